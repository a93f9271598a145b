"""The dispatcher runs due work once, retries with back-off, skips missed work, survives crashes."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import update

from bot.scheduling.dispatcher import DispatchReport, describe_error
from bot.scheduling.registry import JobContext, JobRegistry, JobView, PermanentJobError
from bot.scheduling.schedule import schedule_job
from storage.models import ScheduledJob

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


class Crash(BaseException):
    """Stands in for the process dying inside a handler (not caught like an Exception)."""


def _registry(**handlers) -> JobRegistry:
    registry = JobRegistry()
    for kind, handler in handlers.items():
        registry.register(kind, handler)
    return registry


def _failing(error: Exception):
    calls: list[int] = []

    def handler(ctx: JobContext, job: JobView) -> None:
        calls.append(job.attempts)
        raise error

    return handler, calls


def test_due_jobs_run_once_and_are_done(add_job, job_row, make_dispatcher, calls, clock):
    add_job("a", payload={"user_id": "U1"})
    add_job("b", run_at=clock.now() - MINUTE)
    dispatcher = make_dispatcher()

    assert dispatcher.run_once() == DispatchReport(claimed=2, done=2)
    assert dispatcher.run_once() == DispatchReport()

    assert calls.counts == {"a": 1, "b": 1}
    assert [v.key for v in calls.views] == ["b", "a"]  # oldest first
    assert calls.views[1].payload == {"user_id": "U1"} and calls.views[1].attempts == 1
    row = job_row("a")
    assert (row.state, row.finished_at, row.locked_by) == ("done", clock.now(), None)


def test_jobs_not_yet_due_are_left_alone(add_job, job_row, make_dispatcher, calls, clock):
    add_job("later", run_at=clock.now() + MINUTE)
    dispatcher = make_dispatcher()

    assert dispatcher.run_once().claimed == 0
    assert (job_row("later").state, job_row("later").attempts) == ("pending", 0)

    clock.advance(MINUTE)
    assert dispatcher.run_once().done == 1
    assert calls.counts == {"later": 1}


def test_batch_size_limits_one_run(add_job, make_dispatcher, calls):
    for n in range(5):
        add_job(f"j{n}")
    dispatcher = make_dispatcher(batch_size=2)

    assert [dispatcher.run_once().claimed for _ in range(4)] == [2, 2, 1, 0]
    assert sum(calls.counts.values()) == 5


def test_a_failing_job_backs_off_then_fails_with_its_error(
    add_job, job_row, make_dispatcher, clock, caplog
):
    handler, attempts = _failing(RuntimeError("slack said no"))
    add_job("flaky", kind="flaky", max_attempts=3)
    dispatcher = make_dispatcher(jobs=_registry(flaky=handler), backoff_base=timedelta(seconds=30))

    assert dispatcher.run_once() == DispatchReport(claimed=1, retried=1)
    row = job_row("flaky")
    assert (row.state, row.attempts, row.locked_by) == ("pending", 1, None)
    assert row.run_at == clock.now() + timedelta(seconds=30)
    assert row.last_error == "RuntimeError: slack said no"

    clock.advance(timedelta(seconds=29))
    assert dispatcher.run_once().claimed == 0
    clock.advance(timedelta(seconds=1))
    assert dispatcher.run_once().retried == 1
    assert job_row("flaky").run_at == clock.now() + timedelta(seconds=60)

    clock.advance(timedelta(seconds=60))
    assert dispatcher.run_once() == DispatchReport(claimed=1, failed=1)
    row = job_row("flaky")
    assert (row.state, row.attempts, row.finished_at) == ("failed", 3, clock.now())
    assert attempts == [1, 2, 3]
    assert "failed on attempt 3/3, giving up" in caplog.text
    assert "flaky" in caplog.text


def test_backoff_doubles_up_to_the_cap(make_dispatcher):
    dispatcher = make_dispatcher(backoff_base=timedelta(seconds=30), backoff_max=HOUR)

    assert [dispatcher.backoff(n).total_seconds() for n in (1, 2, 3, 8, 9, 500)] == [
        30,
        60,
        120,
        3600,
        3600,
        3600,
    ]


def test_a_permanent_error_fails_at_once(add_job, job_row, make_dispatcher):
    handler, attempts = _failing(PermanentJobError("meeting is gone"))
    add_job("gone", kind="gone")

    report = make_dispatcher(jobs=_registry(gone=handler)).run_once()

    assert report == DispatchReport(claimed=1, failed=1)
    assert attempts == [1]
    assert (job_row("gone").state, job_row("gone").last_error) == (
        "failed",
        "PermanentJobError: meeting is gone",
    )


def test_an_unknown_kind_fails(add_job, job_row, make_dispatcher):
    add_job("mystery", kind="no.such.kind")

    assert make_dispatcher().run_once().failed == 1
    assert (job_row("mystery").state, job_row("mystery").last_error) == (
        "failed",
        "unknown job kind",
    )


def test_one_bad_job_does_not_stop_the_batch(add_job, make_dispatcher, calls, clock):
    handler, _ = _failing(ValueError("boom"))
    add_job("bad", kind="bad", run_at=clock.now() - MINUTE)
    add_job("good")
    registry = _registry(bad=handler, **{"test.record": calls})

    assert make_dispatcher(jobs=registry).run_once() == DispatchReport(claimed=2, done=1, retried=1)
    assert calls.counts == {"good": 1}


def test_missed_work_is_skipped_and_logged_never_sent(
    add_job, job_row, make_dispatcher, calls, clock, caplog
):
    add_job("stale", run_at=clock.now() - 7 * HOUR, payload={"secret": "do-not-log"})
    add_job("late-but-ok", run_at=clock.now() - 5 * HOUR)

    with caplog.at_level(logging.WARNING, logger="bot.scheduling.dispatcher"):
        report = make_dispatcher(grace=6 * HOUR).run_once()

    assert report == DispatchReport(claimed=1, done=1, skipped=1)
    assert calls.counts == {"late-but-ok": 1}
    row = job_row("stale")
    assert (row.state, row.last_error, row.attempts) == (
        "skipped",
        "missed by 7.0h; not sent late",
        0,
    )
    [record] = [r for r in caplog.records if "skipped" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert "stale" in record.getMessage() and "test.record" in record.getMessage()
    assert "do-not-log" not in caplog.text


def test_a_restart_neither_loses_nor_repeats_work(database, clock, registry, calls, add_job):
    from bot.scheduling.dispatcher import Dispatcher
    from storage.db import make_session_factory
    from storage.uow import UnitOfWork

    def boot() -> Dispatcher:
        factory = make_session_factory(database.new_engine())
        context = JobContext(uow_factory=lambda: UnitOfWork(factory), client=None, clock=clock)
        return Dispatcher(factory, registry, context, clock=clock, worker_id="boot")

    add_job("first")
    add_job("second", run_at=clock.now() + HOUR)
    before = boot()
    assert before.run_once().done == 1
    database.dispose()  # the process goes away

    clock.advance(HOUR)
    after = boot()
    assert after.run_once().done == 1
    assert after.run_once().claimed == 0
    assert calls.counts == {"first": 1, "second": 1}


def test_a_job_left_running_by_a_dead_process_is_reclaimed_after_the_lease(
    add_job, job_row, make_dispatcher, calls, clock, caplog
):
    def crash(ctx: JobContext, job: JobView) -> None:
        raise Crash

    add_job("orphan")
    with pytest.raises(Crash):
        make_dispatcher(jobs=_registry(**{"test.record": crash})).run_once()
    assert job_row("orphan").state == "running"

    survivor = make_dispatcher(lease=10 * MINUTE)
    clock.advance(9 * MINUTE)
    assert survivor.run_once() == DispatchReport()
    clock.advance(2 * MINUTE)
    assert survivor.run_once() == DispatchReport(claimed=1, done=1, reclaimed=1)

    assert calls.counts == {"orphan": 1}
    assert calls.views[0].attempts == 2
    assert "reclaimed job orphan" in caplog.text


def test_a_reclaimed_job_without_attempts_left_fails(add_job, job_row, make_dispatcher, uow, clock):
    add_job("spent", max_attempts=2)
    with uow:
        uow.session.execute(
            update(ScheduledJob)
            .where(ScheduledJob.key == "spent")
            .values(state="running", attempts=2, locked_by="dead", locked_at=clock.now())
        )
        uow.commit()
    clock.advance(HOUR)

    assert make_dispatcher().run_once() == DispatchReport(failed=1)
    row = job_row("spent")
    assert row.state == "failed"
    assert row.last_error == "lease expired on attempt 2 (worker dead)"


def test_an_outcome_is_not_recorded_over_a_row_reclaimed_meanwhile(
    add_job, job_row, make_dispatcher, calls, clock, caplog
):
    rescuer = make_dispatcher(lease=10 * MINUTE)

    def slow(ctx: JobContext, job: JobView) -> None:
        clock.advance(11 * MINUTE)  # so slow that the lease runs out and another run reclaims it
        assert rescuer.run_once() == DispatchReport(claimed=1, done=1, reclaimed=1)

    add_job("slow", kind="slow")
    report = make_dispatcher(jobs=_registry(slow=slow), lease=10 * MINUTE).run_once()

    assert report == DispatchReport(claimed=1)
    assert "was reclaimed while it ran" in caplog.text
    assert job_row("slow").state == "failed"  # the rescuer's outcome (no handler there) stands


def test_handlers_run_outside_the_claim_transaction(add_job, job_row, make_dispatcher, clock):
    def chain(ctx: JobContext, job: JobView) -> None:
        uow = ctx.uow_factory()
        with uow:
            now = ctx.clock.now()
            schedule_job(uow.session, key="next", kind="test.record", run_at=now, now=now)
            uow.commit()

    add_job("first", kind="chain")
    registry = _registry(chain=chain)

    assert make_dispatcher(jobs=registry).run_once().done == 1
    assert job_row("next").state == "pending"


def test_last_error_is_cut_and_masks_slack_tokens():
    error = RuntimeError("token xoxb-123-456-abcDEF rejected " + "x" * 600)

    text = describe_error(error)

    assert "xoxb-***" in text and "abcDEF" not in text
    assert len(text) == 500
