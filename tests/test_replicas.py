"""Two `lnbot run --http` processes on one database serve requests and dispatch scheduled work
without sending anything twice (on PostgreSQL in the CI run, and on SQLite)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bot.domain.network import NetworkForm
from bot.services import networks
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.db import make_engine, make_session_factory
from storage.models import ScheduledJob
from storage.uow import UnitOfWork
from tests.conftest import BOT_TOKEN, SIGNING_SECRET
from tests.test_cli import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
MEMBERS = 60


def seed(database_url: str) -> UnitOfWork:
    """A network that 60 people just joined: 60 welcome DMs are due now."""
    engine = make_engine(database_url)
    uow = UnitOfWork(make_session_factory(engine))
    now = datetime.now(UTC)
    form = NetworkForm("Twee processen", "Dementie", None, (), None)
    network = networks.create_network(
        uow, team_id="T0001", channel_id="C1", user_id="U1", form=form, now=now
    )
    for number in range(MEMBERS):
        networks.join_network(
            uow,
            network_id=network.id,
            user_id=f"UR{number:03d}",
            existing_organisation_id=None,
            new_organisation_name=None,
            committed=False,
            now=now,
            experience_expert=True,  # no organisation: nobody needs to say yes first
        )
    return uow


def start(database_url: str, slack: FakeSlack, port: int) -> subprocess.Popen:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.base_url,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "LNBOT_DISPATCH_SECONDS": "0.05",
    }
    command = [sys.executable, "-m", "bot.cli", "run", "--http"]
    return subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)


def test_two_processes_share_the_work_and_send_each_dm_once(
    database_url: str, slack: FakeSlack
) -> None:
    for number in range(MEMBERS):
        slack.add_user(f"UR{number:03d}")
    uow = seed(database_url)
    ports = [free_port(), free_port()]
    processes = [start(database_url, slack, port) for port in ports]
    try:
        for port, process in zip(ports, processes, strict=True):
            wait_until_up(f"http://127.0.0.1:{port}/healthz", process)
        for port in ports:  # a load balancer sends requests to either process
            client = SlackRequestClient(f"http://127.0.0.1:{port}", SIGNING_SECRET)
            assert client.slash(text="help").status == 200
        dms = slack.wait_for(
            "chat.postMessage",
            count=MEMBERS,
            timeout=30,
            where=lambda c: c.params["channel"] != "C1",
        )
        time.sleep(0.5)  # time for a double send to show up, if there were one
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        codes = [process.wait(timeout=15) for process in processes]
    sent = Counter(call.params["channel"] for call in slack.calls_to("chat.postMessage"))
    assert len(dms) == MEMBERS and max(sent.values()) == 1, sent.most_common(3)
    with uow:
        rows = uow.session.execute(select(ScheduledJob.state, ScheduledJob.kind)).all()
    welcomes = [state for state, kind in rows if kind == "member.welcome"]
    assert welcomes.count("done") == MEMBERS
    assert codes == [0, 0]
