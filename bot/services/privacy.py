"""Members' data rights (AVG/GDPR), closing a network, and how long data is kept.

What lives where is declared in storage/personal_data.py; this module only applies it.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, Table, cast, delete, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from bot.domain.network import NetworkStatus
from bot.scheduling.schedule import CANCELLED, PENDING
from bot.services.network_work import coordinators_network
from bot.services.organisations import note_if_empty
from bot.services.poll_sharing import ANSWER_MESSAGE
from storage import personal_data as spec
from storage import repositories as repo
from storage.models import (
    AuditEntry,
    Base,
    Member,
    Network,
    Organisation,
    PollAnswer,
    ProcessedEvent,
    ScheduledJob,
    SlackMessage,
)
from storage.uow import UnitOfWork

PSEUDONYM_PREFIX = "vergeten-"
MEMBER_LINKED = ("member_roles", "intakes", "intake_drafts", "expert_themes")
PROCESSED_EVENTS_KEPT = timedelta(days=2)
FINISHED_JOBS_KEPT = timedelta(days=90)
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class Forgotten:
    pseudonym: str
    rows: dict[str, int]
    # The person's answers shared under a poll: (channel, ts) of the thread messages, which
    # the caller takes down in Slack too.
    shared_messages: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PersonalData:
    """Everything stored about one person, table by table. A reference to a row with a name
    (a network, an organisation, a poll's question) is given by that name under the
    reference's own name (`network_id: 3` becomes `network: "Ouderenzorg Noord"`); dates stay
    datetimes, for the builder to show in the person's time zone."""

    user_id: str
    exported_at: datetime
    tables: dict[str, list[dict[str, Any]]]


# Columns that name a row for a person, in order of preference.
LABEL_COLUMNS = ("name", "title", "question", "text", "number")


def export_personal_data(uow: UnitOfWork, *, user_id: str, now: datetime) -> PersonalData:
    """Everything stored about the person, table by table, readable without our schema."""
    with uow:
        session = uow.session
        tables: dict[str, list[dict[str, Any]]] = {}
        for name, column in _person_columns():
            rows = _rows(session, _table(name), _table(name).c[column] == user_id)
            if rows:
                tables.setdefault(name, []).extend(rows)
        member_ids = _member_ids(session, user_id)
        for name in MEMBER_LINKED:
            table = _table(name)
            rows = _rows(session, table, table.c.member_id.in_(member_ids)) if member_ids else []
            if rows:
                tables[name] = rows
        return PersonalData(user_id, now, tables)


def forget(uow: UnitOfWork, *, user_id: str, now: datetime) -> Forgotten:
    """Delete or pseudonymise the person's data in one transaction.

    Shared counts (votes, attendance, check-in scores, the number of replies) keep their rows
    under a pseudonym, with the person's own words wiped; other members' contributions are
    untouched."""
    pseudonym = PSEUDONYM_PREFIX + secrets.token_hex(4)
    with uow:
        session = uow.session
        rows: dict[str, int] = {}
        shared = _shared_answer_messages(session, user_id)
        _drop_search_documents(session, user_id)
        for counted in spec.COUNTED:
            rows[counted.table] = _pseudonymise(session, counted, user_id, pseudonym)
        for name, columns in spec.MENTIONED.items():
            for column in columns:
                rows[f"{name}.{column}"] = _mention(session, name, column, user_id, pseudonym)
        rows["audit_log.detail"] = _rewrite_audit_details(session, user_id, pseudonym)
        rows["scheduled_jobs"] = _drop_jobs(session, user_id)
        organisation_ids = [
            member.organisation_id
            for member in session.scalars(select(Member).where(Member.slack_user_id == user_id))
            if member.organisation_id is not None
        ]
        for name, column in spec.DELETED.items():
            table = _table(name)
            result = session.execute(delete(table).where(table.c[column] == user_id))
            rows[name] = int(result.rowcount)  # type: ignore[attr-defined]
        # An organisation left without members stops counting, by the same rule as leaving.
        for organisation_id in organisation_ids:
            organisation = session.get(Organisation, organisation_id)
            if organisation is not None:
                session.refresh(organisation)
                note_if_empty(session, organisation, now)
        counts = {name: count for name, count in rows.items() if count}
        repo.record_audit(
            session,
            network_id=None,
            actor=pseudonym,
            action="privacy.forgotten",
            now=now,
            rows=counts,
        )
        uow.commit()
        return Forgotten(pseudonym, counts, shared)


def _shared_answer_messages(session: Session, user_id: str) -> tuple[tuple[str, str], ...]:
    """Where the person's shared poll answers stand in Slack; their rows go from the table of
    message places here, the messages themselves are taken down by the caller."""
    answers = select(PollAnswer.id).where(PollAnswer.slack_user_id == user_id)
    rows = list(
        session.scalars(
            select(SlackMessage).where(
                SlackMessage.purpose == ANSWER_MESSAGE, SlackMessage.subject_id.in_(answers)
            )
        )
    )
    for row in rows:
        session.delete(row)
    return tuple((row.channel_id, row.ts) for row in rows)


def close_network(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> str:
    """A coordinator closes the network: nobody joins any more, planned work stops, and the
    retention period starts. Returns the network's name."""
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        network.status = NetworkStatus.CLOSED
        network.closed_at = now
        session.execute(
            update(ScheduledJob)
            .where(ScheduledJob.network_id == network_id, ScheduledJob.state == PENDING)
            .values(state=CANCELLED, finished_at=now)
        )
        repo.record_audit(
            session, network_id=network_id, actor=user_id, action="network.closed", now=now
        )
        uow.commit()
        return network.name


@dataclass(frozen=True)
class AuditLine:
    """One coordinator action, as stored; `bot.blocks.audit` puts it into words."""

    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]


def audit_rows(uow: UnitOfWork, *, network_id: int, user_id: str) -> tuple[str, list[AuditLine]]:
    """The network's audit log for a coordinator: (network name, lines oldest first)."""
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.network_id == network_id)
            .order_by(AuditEntry.at, AuditEntry.id)
        )
        lines = [AuditLine(e.at, e.actor_user_id, e.action, dict(e.detail)) for e in entries]
        return network.name, lines


def apply_retention(uow: UnitOfWork, *, months: int, now: datetime) -> dict[str, int]:
    """Remove closed networks older than the retention period (everything they own goes with
    them), and housekeeping rows nobody needs any more."""
    with uow:
        session = uow.session
        removed = {"networks": 0}
        if months > 0:
            cutoff = now - timedelta(days=DAYS_PER_MONTH * months)
            expired = session.scalars(
                select(Network).where(
                    Network.status == NetworkStatus.CLOSED, Network.closed_at < cutoff
                )
            ).all()
            for network in expired:
                session.delete(network)
            removed["networks"] = len(expired)
        removed["processed_events"] = _delete_before(
            session, ProcessedEvent.received_at, now - PROCESSED_EVENTS_KEPT
        )
        removed["finished_jobs"] = int(
            session.execute(
                delete(ScheduledJob).where(
                    ScheduledJob.state.not_in((PENDING, "running")),
                    ScheduledJob.finished_at < now - FINISHED_JOBS_KEPT,
                )
            ).rowcount  # type: ignore[attr-defined]
        )
        uow.commit()
        return removed


def maintenance_key(day: date) -> str:
    return f"maintenance:daily:{day.isoformat()}"


# --- helpers --------------------------------------------------------------------------------


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _person_columns() -> list[tuple[str, str]]:
    columns = list(spec.DELETED.items()) + [(c.table, c.user_column) for c in spec.COUNTED]
    columns += [(name, column) for name, names in spec.MENTIONED.items() for column in names]
    return columns


def _rows(session: Session, table: Table, criterion: Any) -> list[dict[str, Any]]:
    labels = _Labels(session)
    rows: list[dict[str, Any]] = []
    for row in session.execute(select(table).where(criterion)):
        readable: dict[str, Any] = {}
        for key, value in row._mapping.items():
            label = labels.of(table.c[key], value)
            if label is None:
                readable[key] = value
            else:
                readable[key.removesuffix("_id")] = label
        rows.append(readable)
    return rows


class _Labels:
    """Names of referenced rows (a network's name, a poll's question), looked up once each."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._known: dict[tuple[str, Any], str | None] = {}

    def of(self, column: Any, value: Any) -> str | None:
        """The label of the row `column` refers to; None when it has none (keep the id)."""
        if value is None or not column.foreign_keys:
            return None
        target = next(iter(column.foreign_keys)).column
        names = [target.table.c[c] for c in LABEL_COLUMNS if c in target.table.c]
        if not names:
            return None
        key = (target.table.name, value)
        if key not in self._known:
            found = self._session.execute(select(*names).where(target == value)).first()
            texts = [str(v) for v in (found or ()) if v not in (None, "")]
            self._known[key] = texts[0] if texts else None
        return self._known[key]


def _member_ids(session: Session, user_id: str) -> list[int]:
    return list(session.scalars(select(Member.id).where(Member.slack_user_id == user_id)))


def _pseudonymise(session: Session, counted: spec.Counted, user_id: str, pseudonym: str) -> int:
    table = _table(counted.table)
    owned = table.c[counted.user_column] == user_id
    count = 0
    for row in session.execute(select(table).where(owned)).mappings().all():
        values = {column: _wiped(table, column, row[column]) for column in counted.wipe}
        key = [table.c[c.name] == row[c.name] for c in table.primary_key.columns]
        session.execute(
            update(table).where(*key).values({counted.user_column: pseudonym, **values})
        )
        count += 1
    return count


def _wiped(table: Table, column: str, value: Any) -> Any:
    """The empty form of a value: the same JSON shape, NULL where allowed, else a marker."""
    if isinstance(table.c[column].type, JSON):
        return type(value)() if isinstance(value, dict | list) else None
    if table.c[column].nullable:
        return None
    return spec.WIPED_TEXT


def _mention(session: Session, name: str, column: str, user_id: str, pseudonym: str) -> int:
    table = _table(name)
    # A facilitator is a role on a meeting, not a fact about the past: leave the slot open.
    replacement = None if table.c[column].nullable and name == "meetings" else pseudonym
    result = session.execute(
        update(table).where(table.c[column] == user_id).values({column: replacement})
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _rewrite_audit_details(session: Session, user_id: str, pseudonym: str) -> int:
    """Audit details may name the person (e.g. the target of a role change)."""
    entries = session.scalars(
        select(AuditEntry).where(cast(AuditEntry.detail, String).contains(user_id))
    ).all()
    for entry in entries:
        text = json.dumps(entry.detail).replace(user_id, pseudonym)
        entry.detail = json.loads(text)
    return len(entries)


def _drop_jobs(session: Session, user_id: str) -> int:
    """Scheduled work for or about the person (their keys and payloads name them)."""
    result = session.execute(
        delete(ScheduledJob).where(
            or_(
                ScheduledJob.key.contains(user_id, autoescape=True),
                cast(ScheduledJob.payload, String).contains(user_id, autoescape=True),
            )
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _drop_search_documents(session: Session, user_id: str) -> None:
    """Their own words leave the search index too (kept in step by the index's own rules)."""
    documents = _table("search_documents")
    items = _table("knowledge_items")
    replies = _table("knowledge_contributions")
    own_items = select(items.c.id).where(items.c.author_user_id == user_id)
    own_replies = select(replies.c.id).where(replies.c.user_id == user_id)
    session.execute(
        delete(documents).where(
            or_(
                documents.c.contribution_id.in_(own_replies),
                documents.c.item_id.in_(own_items) & documents.c.contribution_id.is_(None),
            )
        )
    )


def _delete_before(session: Session, column: Any, cutoff: datetime) -> int:
    table = column.class_.__table__
    result = session.execute(delete(table).where(column < cutoff))
    return int(result.rowcount)  # type: ignore[attr-defined]
