"""Daily housekeeping through the durable schedule: the retention period for closed networks
and pruning rows nobody needs (among them the signatures kept against replays). Each run plans
the next, so it survives restarts and runs once a day however many processes there are."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta

from bot.edge import inbox, replay
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.scheduling.schedule import schedule_job
from bot.services.privacy import apply_retention, maintenance_key
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
KIND = "maintenance.daily"
RUN_AT = time(3, 0)  # UTC: a quiet hour in the Netherlands


def register(jobs: JobRegistry) -> None:
    jobs.register(KIND, run)


def ensure_planned(uow: UnitOfWork, now: datetime) -> None:
    """Plan today's (or tomorrow's) run if it is not in the schedule yet."""
    when = _next_run(now)
    with uow:
        schedule_job(uow.session, key=maintenance_key(when.date()), kind=KIND, run_at=when, now=now)
        uow.commit()


def run(ctx: JobContext, job: JobView) -> None:
    now = ctx.clock.now()
    removed = apply_retention(ctx.uow_factory(), months=ctx.settings.retention_months, now=now)
    removed["handled_requests"] = forget_old_signatures(ctx.uow_factory(), now)
    removed["pending_requests"] = forget_abandoned_requests(ctx.uow_factory(), now)
    logger.info("maintenance: removed %s", removed)
    ensure_planned(ctx.uow_factory(), now + timedelta(minutes=1))


def forget_old_signatures(uow: UnitOfWork, now: datetime) -> int:
    """Signatures of requests that can no longer pass the signature check are not needed."""
    with uow:
        forgotten = replay.prune(uow.session, now)
        uow.commit()
        return forgotten


def forget_abandoned_requests(uow: UnitOfWork, now: datetime) -> int:
    """Requests a worker took and never finished (it died mid-way) are not run again."""
    with uow:
        forgotten = inbox.prune(uow.session, now)
        uow.commit()
        return forgotten


def _next_run(now: datetime) -> datetime:
    today = datetime.combine(now.date(), RUN_AT, tzinfo=now.tzinfo)
    return today if today > now else today + timedelta(days=1)
