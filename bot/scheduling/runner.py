"""APScheduler only ticks the dispatcher; the rows in `scheduled_jobs` are the schedule.

No APScheduler job store holds our work, so a restart loses nothing. Start the scheduler in the
process that serves requests (with a pre-forking server: in each worker, after the fork).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_RUNNING

from bot.scheduling.dispatcher import Dispatcher

log = logging.getLogger(__name__)

DISPATCHER_JOB_ID = "lnbot-dispatcher"
MIN_MISFIRE_GRACE_SECONDS = 60


def start_scheduler(dispatcher: Dispatcher, *, interval_seconds: float) -> BackgroundScheduler:
    """Start a background scheduler that ticks `dispatcher` now and every `interval_seconds`.

    `coalesce` and a generous `misfire_grace_time` make a slow start run one late tick instead
    of skipping it; `max_instances=1` keeps ticks of this process from overlapping.
    """
    if interval_seconds <= 0:
        raise ValueError("interval_seconds must be positive")
    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(
        tick,
        "interval",
        args=[dispatcher],
        seconds=interval_seconds,
        id=DISPATCHER_JOB_ID,
        name="dispatch due scheduled_jobs",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=max(MIN_MISFIRE_GRACE_SECONDS, round(5 * interval_seconds)),
        replace_existing=True,
        next_run_time=datetime.now(UTC),
    )
    scheduler.start()
    log.info("scheduler started (dispatch every %ss as %s)", interval_seconds, dispatcher.worker_id)
    return scheduler


def tick(dispatcher: Dispatcher) -> None:
    """One dispatcher run, its workspaces' lanes started in the background (a lane runs until
    its due work is done); an error is logged and the next tick tries again."""
    try:
        report = dispatcher.run_once(wait=False)
    except Exception:
        log.exception("dispatcher run failed; trying again next tick")
        return
    if not report.idle:
        log.info("dispatched: %s", report)


def stop_scheduler(scheduler: BackgroundScheduler, *, wait: bool = True) -> None:
    """Stop ticking; with `wait`, let a running tick and the dispatcher's lanes finish their
    batch (its rows then end cleanly)."""
    if scheduler.state != STATE_RUNNING:
        return
    job = scheduler.get_job(DISPATCHER_JOB_ID)
    scheduler.shutdown(wait=wait)
    if job is not None:
        job.args[0].stop(wait=wait)
    log.info("scheduler stopped")


def scheduler_alive(scheduler: BackgroundScheduler | None) -> bool:
    """For /healthz: the scheduler runs, its thread lives and the dispatcher job is planned."""
    if scheduler is None or scheduler.state != STATE_RUNNING:
        return False
    thread = getattr(scheduler, "_thread", None)  # APScheduler 3.x keeps its loop thread here
    if thread is not None and not thread.is_alive():
        return False
    return scheduler.get_job(DISPATCHER_JOB_ID) is not None
