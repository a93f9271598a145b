"""New organisations need a yes (issue 15, item 2): while the network wants it (the setting
`approve_new_organisations`, on by default), a person bringing in a new organisation before the
2nd meeting sends a request that a coordinator approves or declines with a reason. After the
2nd meeting the group's consent decision applies, as before (bot/services/consent.py).

The request is a `join_requests` row of kind "approval"; the first coordinator to answer
decides (a conditional update), the requester is told either way, and it is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.domain.network import MAX_ORGANISATIONS, Role, name_key
from bot.domain.similar import similar_names
from bot.scheduling.schedule import schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.organisations import require_coordinator
from bot.services.views import NetworkRef
from storage import repositories as repo
from storage.models import JoinRequest, Network
from storage.uow import UnitOfWork

APPROVAL = "approval"
NEEDS_COORDINATOR = "needs_coordinator"  # the join outcome: waiting for a coordinator's yes
APPROVAL_ASK_JOB = "organisation.approval_ask"
APPROVAL_ANSWERED_JOB = "organisation.approval_answered"
REASON_MAX = 500


def _ref(network: Network) -> NetworkRef:
    return NetworkRef(network.id, network.name, network.channel_id, network.status)


def set_approval(uow: UnitOfWork, *, network_id: int, actor: str, on: bool, now: datetime) -> None:
    with uow:
        network = require_coordinator(uow.session, network_id, actor)
        network.approve_new_organisations = on
        repo.record_audit(
            uow.session,
            network_id=network_id,
            actor=actor,
            action=f"network.approval.{'on' if on else 'off'}",
            now=now,
        )
        uow.commit()


def needs_approval(session: Session, network: Network, user_id: str) -> bool:
    """Whether bringing in a new organisation waits for a coordinator (a coordinator's own
    new organisation does not)."""
    if not network.approve_new_organisations:
        return False
    member = repo.member_of(session, network.id, user_id)
    return not (member and Role.COORDINATOR in member.roles)


def request_approval(
    session: Session, network: Network, user_id: str, name: str, committed: bool, now: datetime
) -> None:
    """One pending request per person and network (a second submit updates it); each
    coordinator gets a DM with *Toestaan* / *Weigeren*."""
    request = session.scalar(
        select(JoinRequest).where(
            JoinRequest.network_id == network.id,
            JoinRequest.slack_user_id == user_id,
            JoinRequest.status == "pending",
            JoinRequest.kind == APPROVAL,
        )
    )
    if request is None:
        request = JoinRequest(
            network_id=network.id, slack_user_id=user_id, created_at=now, kind=APPROVAL
        )
        session.add(request)
    request.organisation_name, request.committed = name, committed
    session.flush()
    for coordinator in repo.members_with_role(session, network.id, Role.COORDINATOR):
        schedule_job(
            session,
            key=f"join-request:{request.id}:approval:{coordinator.slack_user_id}",
            kind=APPROVAL_ASK_JOB,
            run_at=now,
            payload={"request_id": request.id, "user_id": coordinator.slack_user_id},
            team_id=network.workspace.team_id,
            network_id=network.id,
            now=now,
        )


@dataclass(frozen=True)
class ApprovalView:
    id: int
    network: NetworkRef
    requester: str
    organisation: str
    similar: tuple[str, ...]  # names of participating organisations it looks like
    status: str
    decided_by: str | None
    reason: str | None
    changed: bool = False


def _view(session: Session, request: JoinRequest, changed: bool = False) -> ApprovalView:
    network = session.get(Network, request.network_id)
    assert network is not None
    names = [org.name for org in network.organisations]
    return ApprovalView(
        id=request.id,
        network=_ref(network),
        requester=request.slack_user_id,
        organisation=request.organisation_name,
        similar=tuple(similar_names(request.organisation_name, names)),
        status=request.status,
        decided_by=request.decided_by,
        reason=request.reason,
        changed=changed,
    )


def pending_approval(uow: UnitOfWork, request_id: int) -> ApprovalView | None:
    """The request to ask about; None once decided (or gone)."""
    with uow:
        request = uow.session.get(JoinRequest, request_id)
        if request is None or request.kind != APPROVAL or request.status != "pending":
            return None
        return _view(uow.session, request)


def approval(uow: UnitOfWork, request_id: int) -> ApprovalView | None:
    with uow:
        request = uow.session.get(JoinRequest, request_id)
        if request is None or request.kind != APPROVAL:
            return None
        return _view(uow.session, request)


def check_decliner(uow: UnitOfWork, *, request_id: int, user_id: str) -> ApprovalView:
    """Before the reason modal opens: only a coordinator of the network declines."""
    with uow:
        request = uow.session.get(JoinRequest, request_id)
        if request is None or request.kind != APPROVAL:
            raise UserFacingError("approval.error.gone")
        require_coordinator(uow.session, request.network_id, user_id)
        return _view(uow.session, request)


def answer(
    uow: UnitOfWork,
    *,
    request_id: int,
    user_id: str,
    approve: bool,
    reason: str | None,
    now: datetime,
) -> ApprovalView:
    """*Toestaan*, or *Weigeren* with a reason, by a coordinator; the first answer wins."""
    reason = (reason or "").strip() or None
    if not approve and reason is None:
        raise FieldErrors({"reason": "approval.error.reason"})
    if reason and len(reason) > REASON_MAX:
        raise FieldErrors({"reason": "error.too_long"})
    from bot.services.networks import admit  # the join use case admits; it imports this module

    with uow:
        session = uow.session
        request = session.get(JoinRequest, request_id)
        if request is None or request.kind != APPROVAL:
            raise UserFacingError("approval.error.gone")
        network = require_coordinator(session, request.network_id, user_id)
        status = "approved" if approve else "declined"
        full = approve and _full(network, request.organisation_name)
        if full:
            status = "full"
        won = session.execute(
            update(JoinRequest)
            .where(JoinRequest.id == request.id, JoinRequest.status == "pending")
            .values(status=status, decided_by=user_id, decided_at=now, reason=reason)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        session.refresh(request)
        if not won:
            return _view(session, request)
        if status == "approved":
            admit(
                session,
                network,
                request.organisation_name,
                request.slack_user_id,
                request.committed,
                now,
            )
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action=f"organisation.request_{status}",
            now=now,
            organisation=request.organisation_name,
            target=request.slack_user_id,
            reason=reason,
        )
        schedule_job(
            session,
            key=f"join-request:{request.id}:approval:answered",
            kind=APPROVAL_ANSWERED_JOB,
            run_at=now,
            payload={"request_id": request.id, "user_id": request.slack_user_id},
            team_id=network.workspace.team_id,
            network_id=network.id,
            now=now,
        )
        uow.commit()
        return _view(session, request, changed=True)


def _full(network: Network, name: str) -> bool:
    """No place left for it (unless meanwhile it takes part under that name)."""
    key = name_key(name)
    if any(org.name_key == key for org in network.organisations):
        return False
    return len(network.organisations) >= MAX_ORGANISATIONS
