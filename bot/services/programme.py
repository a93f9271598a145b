"""Use cases of the programme (seeds 001: one programme, many regional networks): programme
coordinators, the overview of every network in the workspace, and which networks share their
knowledge with the programme.

Programme coordinators are stored per workspace. Nobody is one until someone claims the
programme with `/lerend programma claim`, and only these may (issue 12): the person who
installed the app (the installation store knows them when the app is installed through *Add to
Slack*), a workspace admin or owner (Slack's `users.info`: `is_admin` / `is_owner`), or a person
named in `LNBOT_PROGRAMME_COORDINATORS` (user ids, comma-separated: in single-workspace mode
Slack does not tell the app who installed it). A network coordinator cannot: anyone can start a
throwaway network. The first claim wins (the `programmes` row is inserted only if absent);
after that programme coordinators add and remove others, and the last one cannot be removed.

Sharing is the network's own choice (its coordinators turn it on): then every member of every
network of the workspace finds its items with `/lerend zoek … overal`. Off by default.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.domain.knowledge import ItemKind
from bot.domain.meetings import Attendance, MeetingStatus, OccasionKind
from bot.domain.programme import (
    ACTIVITY_WINDOW,
    HeldMeeting,
    Page,
    Phase,
    attendance_rate,
    page_of,
    phase_of,
)
from bot.i18n import Markup
from bot.services.attendance import answers_of
from bot.services.errors import UserFacingError
from bot.services.network_work import coordinators_network
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import (
    Contribution,
    KnowledgeItem,
    Meeting,
    Network,
    Programme,
    ProgrammeCoordinator,
    ProgrammeShare,
    Workspace,
)
from storage.models.platform import installations
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

PRESENT = (Attendance.IN_PERSON, Attendance.ONLINE)
PROGRAMME_COORDINATORS_SETTING = "LNBOT_PROGRAMME_COORDINATORS"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NetworkLine:
    """One network as the programme coordinator sees it."""

    network: NetworkRef
    phase: Phase
    meetings_held: int
    organisations: int
    attendance: float | None  # None: not registered
    open_questions: int
    items: int  # shared in the last four weeks
    replies: int  # in the last four weeks
    shared: bool


@dataclass(frozen=True)
class ProgrammeOverview:
    lines: tuple[NetworkLine, ...]  # this page's
    page: Page
    networks: int
    shared: int
    coordinators: tuple[str, ...]


# --- programme coordinators ----------------------------------------------------------------


def claim(
    uow: UnitOfWork,
    *,
    team_id: str,
    user_id: str,
    now: datetime,
    is_workspace_admin: Callable[[str], bool],
    named: Collection[str] = (),
) -> None:
    """Become the first programme coordinator of the workspace. `is_workspace_admin` asks
    Slack (only when needed, outside the transaction); `named` is the setting's user ids."""
    with uow:
        session = uow.session
        workspace = session.scalar(select(Workspace).where(Workspace.team_id == team_id))
        existing = _coordinators(session, workspace.id) if workspace else []
        if existing:
            raise UserFacingError("programme.error.claimed", people=_mentions(existing))
        installer = _installer(session, team_id)
    if user_id != installer and user_id not in named and not is_workspace_admin(user_id):
        raise UserFacingError("programme.error.may_not_claim")
    with uow:
        session = uow.session
        workspace = repo.get_or_create_workspace(session, team_id, now)
        existing = _coordinators(session, workspace.id)
        if existing:
            raise UserFacingError("programme.error.claimed", people=_mentions(existing))
        if not insert_if_absent(
            session,
            Programme,
            ["workspace_id"],
            workspace_id=workspace.id,
            claimed_by=user_id,
            claimed_at=now,
        ):  # someone else claimed it a moment ago
            raise UserFacingError("programme.error.claimed", people=_mentions(existing))
        session.add(
            ProgrammeCoordinator(
                workspace_id=workspace.id, slack_user_id=user_id, added_by=user_id, added_at=now
            )
        )
        repo.record_audit(
            session, network_id=None, actor=user_id, action="programme.claimed", now=now
        )
        uow.commit()


def _installer(session: Session, team_id: str) -> str | None:
    """Who installed the app through *Add to Slack* (unknown in single-workspace mode)."""
    return session.scalar(
        select(installations.c.user_id)
        .where(installations.c.team_id == team_id)
        .order_by(installations.c.installed_at.desc())
        .limit(1)
    )


def named_coordinators(extra: Mapping[str, str]) -> frozenset[str]:
    """`LNBOT_PROGRAMME_COORDINATORS`: Slack user ids who may claim the programme."""
    raw = extra.get(PROGRAMME_COORDINATORS_SETTING) or ""
    return frozenset(part.strip() for part in raw.split(",") if part.strip())


class UsersInfo(Protocol):
    def users_info(self, *, user: str, **kwargs: Any) -> Any: ...


def workspace_admin_check(client: UsersInfo) -> Callable[[str], bool]:
    """Asks Slack whether a person is an admin or owner of the workspace; any failure: no."""

    def check(user_id: str) -> bool:
        try:
            user = client.users_info(user=user_id)["user"]
        except Exception as error:
            logger.warning("users.info failed: %s", type(error).__name__)
            return False
        return bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))

    return check


def add_coordinator(
    uow: UnitOfWork, *, team_id: str, actor: str, target: str, now: datetime
) -> None:
    with uow:
        session = uow.session
        workspace = _as_coordinator(session, team_id, actor)
        insert_if_absent(
            session,
            ProgrammeCoordinator,
            ["workspace_id", "slack_user_id"],
            workspace_id=workspace.id,
            slack_user_id=target,
            added_by=actor,
            added_at=now,
        )
        repo.record_audit(
            session, network_id=None, actor=actor, action="programme.added", now=now, target=target
        )
        uow.commit()


def remove_coordinator(
    uow: UnitOfWork, *, team_id: str, actor: str, target: str, now: datetime
) -> None:
    """The programme never loses its last coordinator."""
    with uow:
        session = uow.session
        workspace = _as_coordinator(session, team_id, actor)
        row = session.get(ProgrammeCoordinator, (workspace.id, target))
        if row is None:
            raise UserFacingError("programme.error.not_coordinator", user=target)
        if len(_coordinators(session, workspace.id)) <= 1:
            raise UserFacingError("programme.error.last", user=target)
        session.delete(row)
        repo.record_audit(
            session,
            network_id=None,
            actor=actor,
            action="programme.removed",
            now=now,
            target=target,
        )
        uow.commit()


def _as_coordinator(session: Session, team_id: str, user_id: str) -> Workspace:
    """The workspace, when `user_id` is one of its programme coordinators."""
    workspace = session.scalar(select(Workspace).where(Workspace.team_id == team_id))
    coordinators = _coordinators(session, workspace.id) if workspace else []
    if workspace is None or not coordinators:
        raise UserFacingError("programme.error.unclaimed")
    if user_id not in coordinators:
        raise UserFacingError("programme.error.only_coordinators")
    return workspace


def is_programme_coordinator(session: Session, team_id: str, user_id: str) -> bool:
    workspace = session.scalar(select(Workspace).where(Workspace.team_id == team_id))
    return workspace is not None and user_id in _coordinators(session, workspace.id)


def _coordinators(session: Session, workspace_id: int) -> list[str]:
    return list(
        session.scalars(
            select(ProgrammeCoordinator.slack_user_id)
            .where(ProgrammeCoordinator.workspace_id == workspace_id)
            .order_by(ProgrammeCoordinator.added_at, ProgrammeCoordinator.slack_user_id)
        )
    )


def _mentions(users: list[str]) -> Markup:
    return Markup(", ".join(f"<@{user}>" for user in users))  # Slack user ids, not typed text


# --- the overview --------------------------------------------------------------------------


def overview(
    uow: UnitOfWork, *, team_id: str, user_id: str, page: int, now: datetime
) -> ProgrammeOverview:
    """Every network of the workspace, one page at a time (the figures only for that page)."""
    with uow:
        session = uow.session
        workspace = _as_coordinator(session, team_id, user_id)
        networks = repo.networks_in_workspace(session, team_id)
        shared = _shared_ids(session, [n.id for n in networks])
        shown = page_of(len(networks), page)
        lines = tuple(
            _line(session, network, network.id in shared, now)
            for network in networks[shown.start : shown.end]
        )
        return ProgrammeOverview(
            lines, shown, len(networks), len(shared), tuple(_coordinators(session, workspace.id))
        )


def _line(session: Session, network: Network, shared: bool, now: datetime) -> NetworkLine:
    held_ids = list(
        session.scalars(
            select(Meeting.id).where(
                Meeting.network_id == network.id,
                Meeting.kind == OccasionKind.MEETING,
                Meeting.year == network.year,  # this year's seven (a second year starts anew)
                Meeting.status != MeetingStatus.CANCELLED,
                Meeting.ends_at <= now,
            )
        )
    )
    answers: dict[int, Counter[str]] = {meeting: Counter() for meeting in held_ids}
    for meeting_id, taken in answers_of(session, held_ids).items():  # taken, not RSVPs
        answers[meeting_id].update(taken.values())
    invited = len(network.members)
    held = [
        HeldMeeting(invited, sum(c[a] for a in PRESENT), sum(c.values())) for c in answers.values()
    ]
    since = now - ACTIVITY_WINDOW
    items = (
        select(func.count())
        .select_from(KnowledgeItem)
        .where(KnowledgeItem.network_id == network.id)
    )
    replies = (
        select(func.count())
        .select_from(Contribution)
        .join(KnowledgeItem, KnowledgeItem.id == Contribution.item_id)
        .where(
            KnowledgeItem.network_id == network.id,
            Contribution.deleted_at.is_(None),
            Contribution.posted_at >= since,
        )
    )
    open_questions = items.where(
        KnowledgeItem.kind == ItemKind.QUESTION, KnowledgeItem.answered_at.is_(None)
    )
    return NetworkLine(
        network=network_ref(network),
        phase=phase_of(network.status, len(held_ids)),
        meetings_held=len(held_ids),
        organisations=len(network.organisations),
        attendance=attendance_rate(held),
        open_questions=session.scalar(open_questions) or 0,
        items=session.scalar(items.where(KnowledgeItem.created_at >= since)) or 0,
        replies=session.scalar(replies) or 0,
        shared=shared,
    )


# --- sharing with the programme ------------------------------------------------------------


def set_sharing(
    uow: UnitOfWork, *, network_id: int, user_id: str, shared: bool, now: datetime
) -> NetworkRef:
    """`/lerend programma delen aan|uit`, by the network's coordinators."""
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        insert_if_absent(
            session,
            ProgrammeShare,
            ["network_id"],
            network_id=network.id,
            shared=shared,
            changed_by=user_id,
            changed_at=now,
        )
        row = session.get(ProgrammeShare, network.id, populate_existing=True)
        assert row is not None
        row.shared, row.changed_by, row.changed_at = shared, user_id, now
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="programme.sharing",
            now=now,
            shared=shared,
        )
        uow.commit()
        return network_ref(network)


def searchable_networks(session: Session, team_id: str, user_id: str) -> list[Network]:
    """What `/lerend zoek … overal` searches: the networks of the workspace that share with the
    programme, and the person's own networks."""
    networks = repo.networks_in_workspace(session, team_id)
    shared = _shared_ids(session, [n.id for n in networks])
    own = {member.network_id for member in repo.memberships(session, team_id, user_id)}
    return [n for n in networks if n.id in shared or n.id in own]


def _shared_ids(session: Session, network_ids: list[int]) -> set[int]:
    return set(
        session.scalars(
            select(ProgrammeShare.network_id).where(
                ProgrammeShare.network_id.in_(network_ids), ProgrammeShare.shared.is_(True)
            )
        )
    )


def require_programme_coordinator(session: Session, team_id: str, user_id: str) -> Workspace:
    """The workspace, when `user_id` is one of its programme coordinators (else the same
    refusal as the programme's own commands): for features that only they may use."""
    return _as_coordinator(session, team_id, user_id)
