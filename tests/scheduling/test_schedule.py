"""schedule_job and friends: idempotent keys, moves, cancels, re-arming."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from bot.clock import FixedClock
from bot.scheduling.schedule import (
    cancel_jobs,
    failed_jobs,
    move_anchored,
    pending_for_anchor,
    schedule_job,
)
from storage.models import Network, ScheduledJob, Workspace
from storage.uow import UnitOfWork

MEETING = ("meeting", 42)
HOUR = timedelta(hours=1)


def _count(uow: UnitOfWork) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(ScheduledJob)) or 0


def _set_state(uow: UnitOfWork, key: str, state: str) -> None:
    """Put a row in `state` as if it had been tried three times."""
    with uow:
        uow.session.execute(
            update(ScheduledJob).where(ScheduledJob.key == key).values(state=state, attempts=3)
        )
        uow.commit()


def test_same_key_twice_is_one_row_and_moves_it(add_job, job_row, uow, clock):
    first = add_job("k", payload={"n": 1}, run_at=clock.now() + HOUR)
    second = add_job("k", payload={"n": 2}, run_at=clock.now() + 2 * HOUR)

    assert first == second
    assert _count(uow) == 1
    row = job_row("k")
    assert (row.state, row.payload, row.run_at) == ("pending", {"n": 2}, clock.now() + 2 * HOUR)
    assert row.created_at == clock.now()


def test_a_move_without_payload_keeps_the_payload(add_job, job_row, clock):
    add_job("k", payload={"n": 1})
    add_job("k", run_at=clock.now() + HOUR)

    assert job_row("k").payload == {"n": 1}


@pytest.mark.parametrize("state", ["done", "running", "failed", "skipped"])
def test_work_that_ran_or_gave_up_is_never_rearmed(state, add_job, job_row, uow, clock):
    add_job("k", payload={"n": 1})
    _set_state(uow, "k", state)

    add_job("k", payload={"n": 2}, run_at=clock.now() + HOUR)

    row = job_row("k")
    assert (row.state, row.payload, row.run_at, row.attempts) == (state, {"n": 1}, clock.now(), 3)


def test_a_cancelled_job_is_rearmed(add_job, job_row, uow, clock):
    add_job("k")
    _set_state(uow, "k", "cancelled")

    add_job("k", payload={"n": 2}, run_at=clock.now() + HOUR)

    row = job_row("k")
    assert (row.state, row.attempts, row.finished_at) == ("pending", 0, None)
    assert (row.payload, row.run_at) == ({"n": 2}, clock.now() + HOUR)


def test_nothing_is_written_when_the_caller_rolls_back(uow, clock):
    with uow:
        schedule_job(uow.session, key="k", kind="x", run_at=clock.now(), now=clock.now())

    assert _count(uow) == 0


def test_naive_datetimes_are_refused(uow, clock):
    with uow, pytest.raises(ValueError, match="aware"):
        naive = clock.now().replace(tzinfo=None)
        schedule_job(uow.session, key="k", kind="x", run_at=naive, now=clock.now())


def test_cancel_by_anchor_only_touches_pending_rows_of_that_anchor(add_job, job_row, uow, clock):
    add_job("m42:a", anchor=MEETING)
    add_job("m42:b", anchor=MEETING)
    add_job("m43:a", anchor=("meeting", 43))
    _set_state(uow, "m42:b", "done")

    with uow:
        assert cancel_jobs(uow.session, anchor=MEETING, now=clock.now() + HOUR) == 1
        uow.commit()

    assert job_row("m42:a").state == "cancelled"
    assert job_row("m42:a").finished_at == clock.now() + HOUR
    assert job_row("m42:b").state == "done"
    assert job_row("m43:a").state == "pending"


def test_cancel_by_key_prefix_treats_wildcards_literally(add_job, job_row, uow, clock):
    add_job("net:1_x:a")
    add_job("net:1_x:b")
    add_job("net:1yx:c")

    with uow:
        assert cancel_jobs(uow.session, key_prefix="net:1_x:", now=clock.now()) == 2
        uow.commit()

    assert job_row("net:1yx:c").state == "pending"


def test_cancel_needs_something_to_match(uow, clock):
    with uow, pytest.raises(ValueError):
        cancel_jobs(uow.session, now=clock.now())


def test_move_anchored_shifts_pending_rows_only(add_job, job_row, uow, clock):
    add_job("r7d", anchor=MEETING, run_at=clock.now() + HOUR)
    add_job("r1d", anchor=MEETING, run_at=clock.now() + 2 * HOUR)
    add_job("sent", anchor=MEETING, run_at=clock.now())
    _set_state(uow, "sent", "done")

    with uow:
        assert move_anchored(uow.session, anchor=MEETING, shift=timedelta(days=7)) == 2
        uow.commit()
    with uow:
        pending = pending_for_anchor(uow.session, MEETING)
        assert [(j.key, j.run_at) for j in pending] == [
            ("r7d", clock.now() + HOUR + timedelta(days=7)),
            ("r1d", clock.now() + 2 * HOUR + timedelta(days=7)),
        ]
    assert job_row("sent").run_at == clock.now()


def test_failed_jobs_lists_one_networks_failures(add_job, uow, clock):
    with uow:
        workspace = Workspace(team_id="T1", created_at=clock.now())
        network = Network(
            workspace=workspace,
            channel_id="C1",
            name="Net",
            status="active",
            created_by="U1",
            created_at=clock.now(),
        )
        uow.session.add(network)
        uow.commit()
        network_id = network.id
    add_job("a", network_id=network_id)
    add_job("b", network_id=network_id)
    add_job("c")
    for key in ("a", "c"):
        _set_state(uow, key, "failed")

    with uow:
        assert [j.key for j in failed_jobs(uow.session, network_id=network_id)] == ["a"]


def test_concurrent_scheduling_of_the_same_keys_makes_one_row_each(uow, clock: FixedClock):
    keys = [f"welcome:{n}" for n in range(30)]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def schedule_all(worker_uow: UnitOfWork) -> None:
        start.wait()
        try:
            for key in keys:
                with worker_uow:
                    schedule_job(
                        worker_uow.session, key=key, kind="x", run_at=clock.now(), now=clock.now()
                    )
                    worker_uow.commit()
        except BaseException as error:  # reported below, in the test thread
            errors.append(error)

    threads = [threading.Thread(target=schedule_all, args=(uow.fresh(),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert _count(uow) == len(keys)
