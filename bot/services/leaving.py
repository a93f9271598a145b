"""Members come and go (issue 15): `/lerend verlaten`, a coordinator removing a member with a
reason, and a coordinator who left Slack (`user_change` with `deleted`): the others are asked
to take over. Moving to another organisation goes through the join modal (`/lerend
deelnemen`), which asks that organisation's people for a yes; the organisation left behind
follows the empty-organisation rule (`organisations.note_if_empty`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.network import Role
from bot.scheduling.schedule import schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.organisations import MEMBER_LEFT_JOB, drop_member, require_coordinator
from bot.services.views import NetworkRef
from storage import repositories as repo
from storage.models import Member, MemberRole, Network, ProgrammeCoordinator, Workspace
from storage.uow import UnitOfWork

TAKEOVER_ASK_JOB = "coordinator.takeover_ask"
REASON_MAX = 500


def _ref(network: Network) -> NetworkRef:
    return NetworkRef(network.id, network.name, network.channel_id, network.status)


def _network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    return network


def _leaver(session: Session, network: Network, user_id: str) -> Member:
    member = repo.member_of(session, network.id, user_id)
    if member is None:
        raise UserFacingError("leave.error.not_member", name=network.name)
    coordinators = repo.members_with_role(session, network.id, Role.COORDINATOR)
    if Role.COORDINATOR in member.roles and len(coordinators) <= 1:
        raise UserFacingError("leave.error.last_coordinator", name=network.name)
    return member


def leave_check(uow: UnitOfWork, *, network_id: int, user_id: str) -> NetworkRef:
    """Whether the person may leave (before the confirmation is shown)."""
    with uow:
        network = _network(uow.session, network_id)
        _leaver(uow.session, network, user_id)
        return _ref(network)


def leave(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> NetworkRef:
    """The person leaves: contributions stay, pending reminders stop."""
    with uow:
        session = uow.session
        network = _network(session, network_id)
        member = _leaver(session, network, user_id)
        organisation = member.organisation.name if member.organisation else None
        drop_member(session, network, member, now)
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="member.left",
            now=now,
            organisation=organisation,
        )
        uow.commit()
        return _ref(network)


@dataclass(frozen=True)
class Removal:
    network: NetworkRef
    user: str


def remove_member(
    uow: UnitOfWork, *, network_id: int, actor: str, target: str, reason: str, now: datetime
) -> Removal:
    """A coordinator takes a person out of the network with a reason; the person is told."""
    reason = reason.strip()
    if not reason:
        raise FieldErrors({"reason": "remove_member.error.reason"})
    if len(reason) > REASON_MAX:
        raise FieldErrors({"reason": "error.too_long"})
    with uow:
        session = uow.session
        network = require_coordinator(session, network_id, actor)
        if target == actor:
            raise UserFacingError("remove_member.error.self")
        member = repo.member_of(session, network_id, target)
        if member is None:
            raise UserFacingError("error.not_a_member", user=target)
        organisation = member.organisation.name if member.organisation else None
        drop_member(session, network, member, now)
        schedule_job(  # after their other work stopped
            session,
            key=f"network:{network.id}:removed:{target}:{now.isoformat()}",
            kind=MEMBER_LEFT_JOB,
            run_at=now,
            payload={"person": target, "reason": reason, "by": actor},
            team_id=network.workspace.team_id,
            network_id=network.id,
            now=now,
        )
        repo.record_audit(
            session,
            network_id=network.id,
            actor=actor,
            action="member.removed",
            now=now,
            target=target,
            organisation=organisation,
            reason=reason,
        )
        uow.commit()
        return Removal(_ref(network), target)


# --- a coordinator who left Slack --------------------------------------------------------------


def coordinator_gone(uow: UnitOfWork, *, team_id: str, user_id: str, now: datetime) -> int:
    """Slack says the account is deactivated: in every network they coordinate, the other
    coordinators are asked to take over (none left: its members and the programme
    coordinators). Returns the number of networks concerned; a repeated event asks no one
    twice (one job per network, person and asked person)."""
    with uow:
        session = uow.session
        concerned = 0
        for member in repo.memberships(session, team_id, user_id):
            if Role.COORDINATOR not in member.roles:
                continue
            network = member.network
            concerned += 1
            others = [
                m.slack_user_id
                for m in repo.members_with_role(session, network.id, Role.COORDINATOR)
                if m.slack_user_id != user_id
            ]
            asked = others or [m.slack_user_id for m in network.members] + _programme(
                session, network.workspace
            )
            for person in dict.fromkeys(a for a in asked if a != user_id):
                schedule_job(
                    session,
                    key=f"network:{network.id}:takeover:{user_id}:ask:{person}",
                    kind=TAKEOVER_ASK_JOB,
                    run_at=now,
                    payload={"user_id": person, "gone": user_id, "others": bool(others)},
                    team_id=team_id,
                    network_id=network.id,
                    now=now,
                )
            repo.record_audit(
                session,
                network_id=network.id,
                actor=user_id,
                action="coordinator.gone",
                now=now,
            )
        uow.commit()
        return concerned


def _programme(session: Session, workspace: Workspace) -> list[str]:
    return list(
        session.scalars(
            select(ProgrammeCoordinator.slack_user_id).where(
                ProgrammeCoordinator.workspace_id == workspace.id
            )
        )
    )


@dataclass(frozen=True)
class Takeover:
    network: NetworkRef
    gone: str
    by: str
    changed: bool


def still_to_take_over(uow: UnitOfWork, *, network_id: int, gone: str) -> NetworkRef | None:
    """The network, while the gone coordinator still holds the role (else nothing to ask)."""
    with uow:
        network = uow.session.get(Network, network_id)
        member = repo.member_of(uow.session, network_id, gone) if network else None
        if network is None or member is None or Role.COORDINATOR not in member.roles:
            return None
        return _ref(network)


def take_over(
    uow: UnitOfWork, *, network_id: int, gone: str, user_id: str, now: datetime
) -> Takeover:
    """*Ik neem het over*: the clicker becomes coordinator (a member of the network, or a
    programme coordinator of its workspace) and the gone account loses the role. The first
    click does it; later clicks say it is done."""
    with uow:
        session = uow.session
        network = _network(session, network_id)
        clicker = repo.member_of(session, network_id, user_id)
        programme = user_id in _programme(session, network.workspace)
        if clicker is None and not programme:
            raise UserFacingError("trust.error.members_only", name=network.name)
        gone_member = repo.member_of(session, network_id, gone)
        if gone_member is None or Role.COORDINATOR not in gone_member.roles:
            return Takeover(_ref(network), gone, user_id, False)
        if clicker is None:
            clicker = Member(slack_user_id=user_id, joined_at=now)
            network.members.append(clicker)
        if Role.COORDINATOR not in clicker.roles:
            clicker.role_rows.append(MemberRole(role=Role.COORDINATOR))
        gone_member.role_rows[:] = [
            row for row in gone_member.role_rows if row.role != Role.COORDINATOR
        ]
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="coordinator.took_over",
            now=now,
            target=gone,
        )
        uow.commit()
        return Takeover(_ref(network), gone, user_id, True)
