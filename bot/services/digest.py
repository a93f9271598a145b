"""The weekly digest and the weekly balance check: two chains of jobs per network in the
durable schedule.

Each run plans the next one. Keys name the local ISO week (`network:4:digest:2027-W03`), so
a restart, a retry or a settings change never loses a week nor posts one twice: a week whose
job already ran is skipped when planning. The chains start with the first shared item (before
that there is nothing to digest or balance) and whenever a coordinator changes the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.domain.knowledge import ItemKind, next_weekly_slot, week_key
from bot.scheduling.schedule import CANCELLED, PENDING, cancel_jobs
from bot.services.errors import UserFacingError
from bot.services.network_work import coordinators_network, schedule_for
from bot.services.views import MeetingRef, NetworkRef, network_ref
from storage import repositories as repo
from storage.models import Contribution, KnowledgeItem, KnowledgeSettings, Network, ScheduledJob
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

DIGEST_JOB = "knowledge.digest"
BALANCE_JOB = "knowledge.balance_check"
BALANCE_WEEKDAY, BALANCE_HOUR = 0, 8  # Monday 08:00 local, before the default digest
FIRST_DIGEST_LOOKBACK = timedelta(days=7)
DIGEST_ITEMS = 10
DIGEST_QUESTIONS = 5


@dataclass(frozen=True)
class DigestSettings:
    network: NetworkRef
    enabled: bool
    weekday: int
    hour: int
    next_run: datetime | None


@dataclass(frozen=True)
class DigestLine:
    kind: str
    title: str
    author_user_id: str
    permalink: str | None


@dataclass(frozen=True)
class Digest:
    network: NetworkRef
    new_items: tuple[DigestLine, ...]
    more_items: int
    new_replies: int
    open_questions: tuple[DigestLine, ...]
    next_meeting: MeetingRef | None


def ensure_weekly_jobs(session: Session, network: Network, now: datetime, tz: str) -> None:
    """Make sure the network's digest (when on) and balance check are planned."""
    settings = _settings(session, network.id)
    if settings.digest_enabled:
        _plan_digest(session, network, settings, now, tz)
    _plan_weekly(session, network, BALANCE_JOB, BALANCE_WEEKDAY, BALANCE_HOUR, now, tz)


def digest_settings(uow: UnitOfWork, *, network_id: int) -> DigestSettings:
    with uow:
        return _settings_view(uow.session, network_id)


def set_digest(
    uow: UnitOfWork,
    *,
    network_id: int,
    user_id: str,
    enabled: bool,
    weekday: int | None,
    hour: int | None,
    now: datetime,
    tz: str,
) -> DigestSettings:
    """Coordinators set the day and hour (local time) or switch the digest off. The pending
    digest is replanned; a week that already had its digest does not get a second one."""
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        settings = _settings(session, network_id)
        settings.digest_enabled = enabled
        if weekday is not None and hour is not None:
            settings.digest_weekday, settings.digest_hour = weekday, hour
        cancel_jobs(session, key_prefix=_prefix(network_id, DIGEST_JOB), now=now)
        if enabled:
            _plan_digest(session, network, settings, now, tz)
        repo.record_audit(
            session,
            network_id=network_id,
            actor=user_id,
            action="digest.settings",
            now=now,
            enabled=enabled,
            weekday=settings.digest_weekday,
            hour=settings.digest_hour,
        )
        uow.commit()
        return _settings_view(session, network_id)


def run_digest(uow: UnitOfWork, *, network_id: int, now: datetime, tz: str) -> Digest | None:
    """Plan next week's digest and gather this one; None when switched off or when nothing
    new was shared since the last digest."""
    with uow:
        session = uow.session
        network = session.get(Network, network_id)
        if network is None:
            return None
        settings = _settings(session, network_id)
        if not settings.digest_enabled:
            uow.commit()
            return None
        _plan_digest(session, network, settings, now, tz)
        uow.commit()
        # The first digest looks back a week (or to the network's start, inclusive); later
        # ones start where the previous one ended.
        since = settings.digest_covered_until or (
            max(network.created_at, now - FIRST_DIGEST_LOOKBACK) - timedelta(microseconds=1)
        )
        new_items = _items(session, network_id, KnowledgeItem.created_at > since)
        new_replies = session.scalar(
            select(func.count())
            .select_from(Contribution)
            .join(KnowledgeItem)
            .where(
                KnowledgeItem.network_id == network_id,
                Contribution.posted_at > since,
                Contribution.deleted_at.is_(None),
            )
        )
        if not new_items and not new_replies:
            return None
        open_questions = _items(
            session,
            network_id,
            (KnowledgeItem.kind == ItemKind.QUESTION) & KnowledgeItem.answered_at.is_(None),
        )
        meeting = repo.next_meeting(session, network_id, now)
        return Digest(
            network=network_ref(network),
            new_items=tuple(new_items[:DIGEST_ITEMS]),
            more_items=max(0, len(new_items) - DIGEST_ITEMS),
            new_replies=new_replies or 0,
            open_questions=tuple(open_questions[:DIGEST_QUESTIONS]),
            next_meeting=MeetingRef(meeting.year_number, meeting.starts_at, meeting.location)
            if meeting
            else None,
        )


def mark_digest_sent(uow: UnitOfWork, *, network_id: int, until: datetime) -> None:
    """The next digest starts where this one ended."""
    with uow:
        _settings(uow.session, network_id).digest_covered_until = until
        uow.commit()


def plan_next_check(uow: UnitOfWork, *, network_id: int, now: datetime, tz: str) -> None:
    with uow:
        network = uow.session.get(Network, network_id)
        if network is not None:
            _plan_weekly(uow.session, network, BALANCE_JOB, BALANCE_WEEKDAY, BALANCE_HOUR, now, tz)
            uow.commit()


def _items(session: Session, network_id: int, criterion: object) -> list[DigestLine]:
    query = (
        select(KnowledgeItem)
        .where(KnowledgeItem.network_id == network_id, criterion)  # type: ignore[arg-type]
        .order_by(KnowledgeItem.created_at, KnowledgeItem.id)
    )
    return [
        DigestLine(item.kind, item.title, item.author_user_id, item.permalink)
        for item in session.scalars(query)
    ]


def _plan_digest(
    session: Session, network: Network, settings: KnowledgeSettings, now: datetime, tz: str
) -> None:
    weekday, hour = settings.digest_weekday, settings.digest_hour
    _plan_weekly(session, network, DIGEST_JOB, weekday, hour, now, tz)


def _plan_weekly(
    session: Session,
    network: Network,
    kind: str,
    weekday: int,
    hour: int,
    now: datetime,
    tz: str,
) -> None:
    """Schedule the next run of a weekly chain in the first week that has not had one."""
    slot = next_weekly_slot(now, weekday, hour, tz)
    key = _prefix(network.id, kind) + week_key(slot, tz)
    existing = session.scalar(select(ScheduledJob.state).where(ScheduledJob.key == key))
    if existing is not None and existing not in (PENDING, CANCELLED):
        slot = next_weekly_slot(slot, weekday, hour, tz)
        key = _prefix(network.id, kind) + week_key(slot, tz)
    schedule_for(session, network, key=key, kind=kind, run_at=slot, now=now)


def _prefix(network_id: int, kind: str) -> str:
    name = "digest" if kind == DIGEST_JOB else "balance-check"
    return f"network:{network_id}:{name}:"


def _settings(session: Session, network_id: int) -> KnowledgeSettings:
    insert_if_absent(session, KnowledgeSettings, ["network_id"], network_id=network_id)
    settings = session.get(KnowledgeSettings, network_id, populate_existing=True)
    assert settings is not None  # inserted just above, or by a concurrent request
    return settings


def _settings_view(session: Session, network_id: int) -> DigestSettings:
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    settings = _settings(session, network_id)
    next_run = session.scalar(
        select(ScheduledJob.run_at)
        .where(
            ScheduledJob.key.startswith(_prefix(network_id, DIGEST_JOB), autoescape=True),
            ScheduledJob.state == PENDING,
        )
        .order_by(ScheduledJob.run_at)
        .limit(1)
    )
    return DigestSettings(
        network_ref(network),
        settings.digest_enabled,
        settings.digest_weekday,
        settings.digest_hour,
        next_run if settings.digest_enabled else None,
    )
