"""Use cases of the consent decision on a join request after the network's 2nd meeting.

The rule itself is pure (bot/domain/consent.py); here it meets the database: one vote row per
organisation (insert-if-absent, then the last vote overwrites it), the deadline and reminders
in the durable schedule, and admission of the organisation when the group consents.

Only the organisation's contact person (bot/services/membership.py) casts its vote; another
member's click is kept as a proposal and shown to the contact person in a DM (issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.domain.consent import (
    CLOSE_JOB,
    DEADLINE,
    OUTCOME_JOB,
    REMIND_BEFORE_DEADLINE,
    REMIND_JOB,
    REMIND_MEMBER_JOB,
    Choice,
    Outcome,
    decide,
    not_voted,
    validate_reason,
)
from bot.domain.network import MAX_ORGANISATIONS, name_key
from bot.scheduling.schedule import cancel_jobs, schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.membership import contact_of, contacts, propose, standing
from bot.services.networks import admit
from storage import repositories as repo
from storage.models import ConsentDecision, ConsentVote, JoinRequest, Network
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

CONSENT_MESSAGE = "consent.message"
PROPOSAL_JOB = "organisation.proposal"
REQUEST_STATUS = {Outcome.PASSED: "approved"}


@dataclass(frozen=True)
class Position:
    organisation_id: int
    name: str
    choice: str | None
    reason: str | None


@dataclass(frozen=True)
class DecisionView:
    id: int
    network_id: int
    network_name: str
    channel_id: str
    candidate: str
    organisation_name: str
    deadline: datetime
    outcome: str
    positions: tuple[Position, ...]
    message_ts: str | None
    proposed_to: str | None = None  # the voter proposed; their contact person decides

    @property
    def proposed(self) -> bool:
        return self.proposed_to is not None

    @property
    def decided(self) -> bool:
        return self.outcome != Outcome.OPEN


def start_decision(uow: UnitOfWork, *, request_id: int, now: datetime) -> DecisionView | None:
    """Open the decision of a pending join request (once, however often it is called)."""
    with uow:
        session = uow.session
        request = session.get(JoinRequest, request_id)
        if request is None or request.status != "pending":
            return None
        insert_if_absent(
            session,
            ConsentDecision,
            ["join_request_id"],
            network_id=request.network_id,
            join_request_id=request.id,
            deadline=now + DEADLINE,
            created_at=now,
        )
        decision = session.scalars(
            select(ConsentDecision).where(ConsentDecision.join_request_id == request.id)
        ).one()
        if decision.outcome is None:
            _schedule(session, decision, "close", CLOSE_JOB, decision.deadline, now)
            remind_at = decision.deadline - REMIND_BEFORE_DEADLINE
            _schedule(session, decision, "remind", REMIND_JOB, max(remind_at, now), now)
        uow.commit()
        return _view(session, decision)


def remember_message(uow: UnitOfWork, decision: DecisionView, ts: str, now: datetime) -> None:
    with uow:
        repo.remember_message(
            uow.session,
            purpose=CONSENT_MESSAGE,
            subject_id=decision.id,
            network_id=decision.network_id,
            channel_id=decision.channel_id,
            ts=ts,
            now=now,
        )
        uow.commit()


def decision_view(uow: UnitOfWork, decision_id: int) -> DecisionView:
    with uow:
        return _view(uow.session, _decision(uow.session, decision_id))


def check_may_vote(uow: UnitOfWork, *, decision_id: int, user_id: str) -> None:
    """Before the objection modal opens: only members of a participating organisation vote or
    propose, and only while the decision is open."""
    with uow:
        session = uow.session
        decision = _decision(session, decision_id)
        if decision.outcome is not None:
            raise UserFacingError("consent.error.decided")
        member = repo.member_of(session, decision.network_id, user_id)
        if member is None or member.organisation is None:
            raise UserFacingError("consent.error.not_an_organisation")


def cast(
    uow: UnitOfWork,
    *,
    decision_id: int,
    user_id: str,
    choice: Choice,
    reason: str = "",
    now: datetime,
) -> DecisionView:
    """Record the position of the voter's organisation; decide when everyone consented."""
    problem = validate_reason(choice, reason)
    if problem:
        raise FieldErrors({"reason": problem})
    with uow:
        session = uow.session
        decision = _locked_decision(session, decision_id)
        if decision.outcome is not None:
            raise UserFacingError("consent.error.decided")
        member = repo.member_of(session, decision.network_id, user_id)
        if member is None or member.organisation is None:
            raise UserFacingError("consent.error.not_an_organisation")
        if not standing(session, decision.network_id, user_id).speaks_for_organisation:
            contact = propose(
                session,
                member,
                subject="consent",
                subject_id=decision.id,
                choice=choice,
                remark=reason or None,
                now=now,
            )
            if contact is not None:
                _schedule(
                    session,
                    decision,
                    f"proposal:{user_id}:{now.isoformat()}",
                    PROPOSAL_JOB,
                    now,
                    now,
                    contact,
                    extra={"by": user_id, "choice": str(choice), "remark": reason or ""},
                )
            uow.commit()
            return replace(_view(session, decision), proposed_to=contact or "")
        insert_if_absent(
            session,
            ConsentVote,
            ["decision_id", "organisation_id"],
            decision_id=decision.id,
            organisation_id=member.organisation_id,
            choice=choice,
            slack_user_id=user_id,
            cast_at=now,
        )
        vote = session.scalars(
            select(ConsentVote)
            .where(
                ConsentVote.decision_id == decision.id,
                ConsentVote.organisation_id == member.organisation_id,
            )
            .execution_options(populate_existing=True)
        ).one()
        vote.choice, vote.reason, vote.slack_user_id, vote.cast_at = (
            choice,
            reason or None,
            user_id,
            now,
        )
        session.flush()
        _decide(session, decision, deadline_passed=now >= decision.deadline, now=now)
        uow.commit()
        return _view(session, decision)


def close_at_deadline(uow: UnitOfWork, *, decision_id: int, now: datetime) -> DecisionView:
    """The deadline passed: a standing objection or a missing vote rejects the request."""
    with uow:
        session = uow.session
        decision = _locked_decision(session, decision_id)
        if decision.outcome is None:
            _decide(session, decision, deadline_passed=True, now=now)
        uow.commit()
        return _view(session, decision)


def plan_reminders(uow: UnitOfWork, *, decision_id: int, now: datetime) -> int:
    """One DM job per member of an organisation that has not voted yet; returns how many."""
    with uow:
        session = uow.session
        decision = _decision(session, decision_id)
        if decision.outcome is not None:
            return 0
        network = _network(session, decision.network_id)
        missing = not_voted([o.id for o in network.organisations], _votes(session, decision))
        speakers = contacts(session, network)
        users = sorted(speakers[org] for org in missing if org in speakers)
        for user in users:
            _schedule(session, decision, f"remind:{user}", REMIND_MEMBER_JOB, now, now, user)
        uow.commit()
        return len(users)


def reminder(
    uow: UnitOfWork, *, decision_id: int, user_id: str, now: datetime
) -> DecisionView | None:
    """The decision to remind a person of; None when decided or their organisation voted."""
    with uow:
        session = uow.session
        decision = _decision(session, decision_id)
        member = repo.member_of(session, decision.network_id, user_id)
        if decision.outcome is not None or member is None or member.organisation is None:
            return None
        if contact_of(session, member.organisation) != user_id:
            return None
        if member.organisation_id in _votes(session, decision):
            return None
        return _view(session, decision)


# --- deciding ------------------------------------------------------------------------------


def _decide(
    session: Session, decision: ConsentDecision, *, deadline_passed: bool, now: datetime
) -> None:
    network = _network(session, decision.network_id)
    organisation_ids = [o.id for o in network.organisations]
    outcome = decide(organisation_ids, _votes(session, decision), deadline_passed=deadline_passed)
    if outcome is Outcome.OPEN:
        return
    request = session.get(JoinRequest, decision.join_request_id)
    assert request is not None
    if outcome is Outcome.PASSED and len(organisation_ids) >= MAX_ORGANISATIONS:
        outcome = Outcome.FULL
    if outcome is Outcome.PASSED:
        _admit(session, network, request, now)
    decision.outcome, decision.decided_at = outcome, now
    request.status, request.decided_at = REQUEST_STATUS.get(outcome, "rejected"), now
    cancel_jobs(session, key_prefix=f"consent:{decision.id}:", now=now)
    _schedule(session, decision, "outcome", OUTCOME_JOB, now, now)
    repo.record_audit(
        session,
        network_id=network.id,
        actor="lnbot",
        action="consent.decided",
        now=now,
        request=request.id,
        outcome=str(outcome),
    )


def _admit(session: Session, network: Network, request: JoinRequest, now: datetime) -> None:
    """The group consented: the organisation and the person who asked take part from now."""
    admit(
        session, network, request.organisation_name, request.slack_user_id, request.committed, now
    )


# --- helpers -------------------------------------------------------------------------------


def _votes(session: Session, decision: ConsentDecision) -> dict[int, Choice]:
    rows = session.execute(
        select(ConsentVote.organisation_id, ConsentVote.choice).where(
            ConsentVote.decision_id == decision.id
        )
    )
    return {organisation_id: Choice(choice) for organisation_id, choice in rows}


def _view(session: Session, decision: ConsentDecision) -> DecisionView:
    network = _network(session, decision.network_id)
    request = session.get(JoinRequest, decision.join_request_id)
    assert request is not None
    votes = {
        vote.organisation_id: vote
        for vote in session.scalars(
            select(ConsentVote).where(ConsentVote.decision_id == decision.id)
        )
    }
    positions = tuple(
        Position(
            organisation.id,
            organisation.name,
            votes[organisation.id].choice if organisation.id in votes else None,
            votes[organisation.id].reason if organisation.id in votes else None,
        )
        for organisation in network.organisations
        if organisation.name_key != name_key(request.organisation_name)
    )
    message = repo.find_message(session, CONSENT_MESSAGE, decision.id)
    return DecisionView(
        id=decision.id,
        network_id=network.id,
        network_name=network.name,
        channel_id=message.channel_id if message else network.channel_id,
        candidate=request.slack_user_id,
        organisation_name=request.organisation_name,
        deadline=decision.deadline,
        outcome=decision.outcome or Outcome.OPEN,
        positions=positions,
        message_ts=message.ts if message else None,
    )


def _locked_decision(session: Session, decision_id: int) -> ConsentDecision:
    """Take the row (PostgreSQL) or write (SQLite) lock first, so votes decide one by one."""
    session.execute(
        update(ConsentDecision)
        .where(ConsentDecision.id == decision_id)
        .values(deadline=ConsentDecision.deadline)
        .execution_options(synchronize_session=False)
    )
    decision = session.get(ConsentDecision, decision_id, populate_existing=True)
    if decision is None:
        raise UserFacingError("consent.error.gone")
    return decision


def _decision(session: Session, decision_id: int) -> ConsentDecision:
    decision = session.get(ConsentDecision, decision_id)
    if decision is None:
        raise UserFacingError("consent.error.gone")
    return decision


def _network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    return network


def _schedule(
    session: Session,
    decision: ConsentDecision,
    name: str,
    kind: str,
    run_at: datetime,
    now: datetime,
    user_id: str | None = None,
    extra: dict[str, Any] | None = None,
) -> None:
    network = _network(session, decision.network_id)
    payload: dict[str, Any] = {"decision_id": decision.id, **(extra or {})}
    if user_id:
        payload["user_id"] = user_id
    schedule_job(
        session,
        key=f"consent:{decision.id}:{name}",
        kind=kind,
        run_at=run_at,
        payload=payload,
        team_id=network.workspace.team_id,
        network_id=network.id,
        now=now,
    )
