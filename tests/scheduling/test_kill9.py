"""`kill -9` in the middle of a fan-out, with real processes: nothing is lost, and only the
sends in flight at the moment of the kill can go out twice (at most the dispatcher's 4)."""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from fakeslack.fake_server import FakeSlack
from storage.db import make_engine, make_session_factory
from storage.models import ScheduledJob
from tests.test_cli import children, free_port, wait_until_up
from tests.test_replicas import seed, start

WORKERS = 4  # Dispatcher's default number of sends in flight
MEMBERS = 60  # tests.test_replicas.seed: 60 welcome DMs due at once


def welcome_dms(slack: FakeSlack) -> list[str]:
    """DMs Slack received whole: a request the kill cut off mid-body reaches the fake without
    its fields (and would not reach Slack as a message either)."""
    channels = (call.params.get("channel") for call in slack.calls_to("chat.postMessage"))
    return [channel for channel in channels if channel and channel != "C1"]


def stops(pid: int, seconds: float = 15) -> bool:
    """The process `pid` ends (or is a zombie waiting to be reaped) within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return True
        if "State:\tZ" in status:
            return True
        time.sleep(0.05)
    return False


def test_kill_9_during_a_fan_out_loses_nothing_and_repeats_at_most_the_sends_in_flight(
    database_url: str, slack: FakeSlack
) -> None:
    for number in range(MEMBERS):
        slack.add_user(f"UR{number:03d}")
    slack.rate_limit("chat.postMessage", per_second=40)  # slow enough to kill it half-way
    seed(database_url)
    port = free_port()
    first = start(database_url, slack, port)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", first)
        deadline = time.monotonic() + 30
        while len(welcome_dms(slack)) < MEMBERS // 4 and time.monotonic() < deadline:
            time.sleep(0.005)
    finally:
        workers = children(first.pid)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    assert workers and all(stops(worker) for worker in workers)  # no worker goes on alone
    sent_before = len(welcome_dms(slack))
    assert 0 < sent_before < MEMBERS  # killed in the middle of the fan-out

    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session, session.begin():
            # Let the 10-minute lease of the dead process's rows run out without waiting for it.
            running = session.scalars(select(ScheduledJob).where(ScheduledJob.state == "running"))
            for job in running:
                assert job.locked_at is not None
                job.locked_at -= timedelta(minutes=11)
        second = start(database_url, slack, free_port())
        try:
            deadline = time.monotonic() + 60
            while len(set(welcome_dms(slack))) < MEMBERS and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.5)  # time for a double send to show up, if there were one
        finally:
            second.send_signal(signal.SIGTERM)
            second.wait(timeout=15)
        with make_session_factory(engine)() as session:
            rows = session.execute(
                select(ScheduledJob.state, func.count())
                .where(ScheduledJob.kind == "member.welcome")
                .group_by(ScheduledJob.state)
            ).all()
            states = {state: count for state, count in rows}
    finally:
        engine.dispose()

    sent = Counter(welcome_dms(slack))
    assert len(sent) == MEMBERS  # nobody was left without their welcome
    assert sum(count - 1 for count in sent.values()) <= WORKERS, sent.most_common(WORKERS + 1)
    assert states == {"done": MEMBERS}
