"""Writing the schedule: services call these inside their own unit of work and commit it.

A job is identified by its `key`, so scheduling the same work twice (an event retry, a double
click) yields one row. Nothing here commits: the row appears together with the change that
caused it, or not at all.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from storage.models import ScheduledJob
from storage.upsert import insert_if_absent

Anchor = tuple[str, int]

PENDING = "pending"
RUNNING = "running"
DONE = "done"
FAILED = "failed"
CANCELLED = "cancelled"
SKIPPED = "skipped"


def schedule_job(
    session: Session,
    *,
    key: str,
    kind: str,
    run_at: datetime,
    payload: dict[str, Any] | None = None,
    team_id: str | None = None,
    network_id: int | None = None,
    anchor: Anchor | None = None,
    max_attempts: int = 5,
    now: datetime,
) -> ScheduledJob:
    """Create the job `key`, or bring an existing one in line; never schedules work twice.

    A pending row is moved (new run_at and, when given, payload); a cancelled row is re-armed;
    a row that ran, is running, failed or was skipped is left alone, so nothing is sent twice.
    """
    _require_aware(run_at, now)
    insert_if_absent(
        session,
        ScheduledJob,
        ["key"],
        key=key,
        kind=kind,
        run_at=run_at,
        payload=payload or {},
        team_id=team_id,
        network_id=network_id,
        anchor_type=anchor[0] if anchor else None,
        anchor_id=anchor[1] if anchor else None,
        max_attempts=max_attempts,
        created_at=now,
    )
    job = session.scalars(
        select(ScheduledJob)
        .where(ScheduledJob.key == key)
        .execution_options(populate_existing=True)
    ).one()
    if job.state == PENDING:
        _update_plan(job, run_at, payload, anchor)
    elif job.state == CANCELLED:
        _update_plan(job, run_at, payload, anchor)
        _rearm(job)
    return job


def cancel_jobs(
    session: Session,
    *,
    anchor: Anchor | None = None,
    key_prefix: str | None = None,
    now: datetime,
) -> int:
    """Cancel the pending jobs of an anchor and/or under a key prefix; returns how many.

    Running jobs are not touched: a handler must re-check its subject (e.g. the meeting) anyway.
    """
    criteria: list[ColumnElement[bool]] = []
    if anchor is not None:
        criteria.append(_anchored(anchor))
    if key_prefix is not None:
        criteria.append(ScheduledJob.key.startswith(key_prefix, autoescape=True))
    if not criteria:
        raise ValueError("cancel_jobs needs an anchor or a key_prefix")
    result = session.execute(
        update(ScheduledJob)
        .where(ScheduledJob.state == PENDING, *criteria)
        .values(state=CANCELLED, finished_at=now, locked_by=None, locked_at=None)
        .execution_options(synchronize_session="fetch")
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def move_anchored(session: Session, *, anchor: Anchor, shift: timedelta) -> int:
    """Shift the anchor's pending jobs by `shift` (the meeting moved); returns how many.

    Done in Python, as date arithmetic in SQL differs between SQLite and PostgreSQL.
    """
    jobs = pending_for_anchor(session, anchor)
    for job in jobs:
        job.run_at = job.run_at + shift
    session.flush()
    return len(jobs)


def pending_for_anchor(session: Session, anchor: Anchor) -> list[ScheduledJob]:
    """The anchor's jobs still to run, soonest first."""
    query = (
        select(ScheduledJob)
        .where(ScheduledJob.state == PENDING, _anchored(anchor))
        .order_by(ScheduledJob.run_at, ScheduledJob.id)
    )
    return list(session.scalars(query))


def failed_jobs(session: Session, *, network_id: int) -> list[ScheduledJob]:
    """A network's jobs that gave up, latest first (coordinators see these in their status)."""
    query = (
        select(ScheduledJob)
        .where(ScheduledJob.network_id == network_id, ScheduledJob.state == FAILED)
        .order_by(ScheduledJob.finished_at.desc(), ScheduledJob.id.desc())
    )
    return list(session.scalars(query))


def _update_plan(
    job: ScheduledJob, run_at: datetime, payload: dict[str, Any] | None, anchor: Anchor | None
) -> None:
    job.run_at = run_at
    if payload is not None:
        job.payload = payload
    if anchor is not None:
        job.anchor_type, job.anchor_id = anchor


def _rearm(job: ScheduledJob) -> None:
    job.state = PENDING
    job.attempts = 0
    job.last_error = None
    job.finished_at = None
    job.locked_by = None
    job.locked_at = None


def _anchored(anchor: Anchor) -> ColumnElement[bool]:
    anchor_type, anchor_id = anchor
    return (ScheduledJob.anchor_type == anchor_type) & (ScheduledJob.anchor_id == anchor_id)


def _require_aware(*moments: datetime) -> None:
    if any(moment.tzinfo is None for moment in moments):
        raise ValueError("scheduling needs aware UTC datetimes")
