"""Halen en brengen per organisation: counted for App Home and `/lerend status`, and checked
weekly so a coordinator hears when an organisation only takes or only brings.

The weekly check is a job per network (scheduled with the digest, see services/digest.py);
each one-sided organisation is reported once per window (the last two held meetings, or 8
weeks while fewer were held), so the same news does not come every week.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.balance import OrganisationBalance, Window, balance_window
from bot.domain.knowledge import ItemKind
from bot.domain.meetings import OccasionKind
from bot.domain.network import Role
from bot.services.network_work import schedule_for
from storage import repositories as repo
from storage.models import Contribution, KnowledgeItem, Meeting, Network, Organisation
from storage.uow import UnitOfWork

ALERT_JOB = "knowledge.balance_alert"


def organisation_balance(
    session: Session, network_id: int, since: datetime | None = None
) -> tuple[OrganisationBalance, ...]:
    """Per participating organisation: items shared and answers given (brought), questions
    asked and answers received (took), since `since` (or ever). An answer is a reply to
    another organisation's question, counted once per question and organisation."""
    organisations = session.scalars(
        select(Organisation)
        .where(Organisation.network_id == network_id)
        .order_by(Organisation.name)
    ).all()
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    items = session.scalars(select(KnowledgeItem).where(KnowledgeItem.network_id == network_id))
    questions: dict[int, int] = {}
    for item in items:
        if item.organisation_id is None:
            continue
        is_question = item.kind == ItemKind.QUESTION
        if is_question:
            questions[item.id] = item.organisation_id
        if since is None or item.created_at >= since:
            key = "questions_asked" if is_question else "items_shared"
            counts[item.organisation_id][key] += 1
    answered = set()
    replies = session.scalars(
        select(Contribution).where(
            Contribution.item_id.in_(questions), Contribution.deleted_at.is_(None)
        )
    )
    for reply in replies:
        asker = questions[reply.item_id]
        if reply.organisation_id in (None, asker) or (since and reply.posted_at < since):
            continue
        if (reply.item_id, reply.organisation_id) not in answered:
            answered.add((reply.item_id, reply.organisation_id))
            counts[reply.organisation_id]["answers_given"] += 1
            counts[asker]["answers_received"] += 1
    return tuple(
        OrganisationBalance(org.id, org.name, **counts.get(org.id, {})) for org in organisations
    )


def check_balance(uow: UnitOfWork, *, network_id: int, now: datetime) -> int:
    """Plan one DM per coordinator for every organisation that was one-sided in the window;
    returns how many organisations were."""
    with uow:
        session = uow.session
        network = session.get(Network, network_id)
        if network is None:
            return 0
        window = _window(session, network_id, now)
        one_sided = [
            row for row in organisation_balance(session, network_id, window.since) if row.lean
        ]
        coordinators = repo.members_with_role(session, network_id, Role.COORDINATOR)
        for row in one_sided:
            for coordinator in coordinators:
                user = coordinator.slack_user_id
                schedule_for(
                    session,
                    network,
                    key=f"network:{network_id}:balance:{window.key}:org:{row.organisation_id}:"
                    f"{row.lean}:to:{user}",
                    kind=ALERT_JOB,
                    now=now,
                    payload={
                        "user_id": user,
                        "organisation": row.name,
                        "lean": str(row.lean),
                        "brought": row.brought,
                        "took": row.took,
                        "since_meetings": window.key.startswith("meeting"),
                    },
                )
        uow.commit()
        return len(one_sided)


def _window(session: Session, network_id: int, now: datetime) -> Window:
    held = session.execute(
        select(Meeting.id, Meeting.starts_at)
        .where(
            Meeting.network_id == network_id,
            Meeting.kind == OccasionKind.MEETING,
            Meeting.status != "cancelled",
            Meeting.ends_at <= now,
        )
        .order_by(Meeting.starts_at)
    ).all()
    return balance_window([(row[0], row[1]) for row in held], now)
