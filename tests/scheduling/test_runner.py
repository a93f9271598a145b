"""The APScheduler runner ticks the dispatcher, survives its errors and stops cleanly."""

from __future__ import annotations

import threading

from bot.scheduling.dispatcher import DispatchReport
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.scheduling.runner import (
    DISPATCHER_JOB_ID,
    scheduler_alive,
    start_scheduler,
    stop_scheduler,
)

WAIT = 5.0


def test_the_scheduler_dispatches_due_jobs_and_stops(add_job, make_dispatcher):
    ran = threading.Event()

    def handler(ctx: JobContext, job: JobView) -> None:
        ran.set()

    registry = JobRegistry()
    registry.register("ping", handler)
    add_job("ping", kind="ping")

    scheduler = start_scheduler(make_dispatcher(jobs=registry), interval_seconds=0.05)
    try:
        assert scheduler_alive(scheduler)
        job = scheduler.get_job(DISPATCHER_JOB_ID)
        assert (job.max_instances, job.coalesce, job.misfire_grace_time) == (1, True, 60)
        assert ran.wait(WAIT)
    finally:
        stop_scheduler(scheduler)

    assert not scheduler_alive(scheduler)
    stop_scheduler(scheduler)  # stopping twice is harmless


class FlakyDispatcher:
    """Fails on its first run, then counts runs."""

    worker_id = "flaky"

    def __init__(self) -> None:
        self.runs = 0
        self.twice = threading.Event()

    def run_once(self, *, wait: bool = True):
        self.runs += 1
        if self.runs >= 2:
            self.twice.set()
        if self.runs == 1:
            raise RuntimeError("database went away")
        return DispatchReport()

    def stop(self, *, wait: bool = True) -> None:
        pass


def test_an_error_in_a_run_is_logged_and_the_next_tick_still_comes(caplog):
    dispatcher = FlakyDispatcher()

    scheduler = start_scheduler(dispatcher, interval_seconds=0.05)  # type: ignore[arg-type]
    try:
        assert dispatcher.twice.wait(WAIT)
        assert scheduler_alive(scheduler)
    finally:
        stop_scheduler(scheduler)

    assert "dispatcher run failed" in caplog.text


def test_no_scheduler_is_not_alive():
    assert not scheduler_alive(None)
