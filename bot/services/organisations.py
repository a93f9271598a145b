"""Organisations come and go (issue 15): a coordinator renames, merges or removes one, and an
organisation whose last member left is flagged and stops counting after a grace period.

An organisation that stops taking part keeps its row (`left_at`, `left_reason`): what its
people contributed keeps its label, as a former participant, but it leaves the count of 6 to
10 (`Network.organisations` holds the participating ones only). Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from bot.domain.network import (
    CONSENT_NEEDED_AFTER_MEETING,
    MIN_ORGANISATIONS,
    Role,
    clean_text,
    name_key,
    validate_organisation_name,
)
from bot.scheduling.schedule import cancel_jobs, schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.views import NetworkRef
from storage import repositories as repo
from storage.models import (
    BenchmarkValue,
    ColleagueRequest,
    ConsentVote,
    Contribution,
    KnowledgeItem,
    Member,
    Network,
    Organisation,
    OrganisationContact,
    OrganisationProposal,
    ReportApproval,
    ScheduledJob,
)
from storage.uow import UnitOfWork

# How long an organisation without members still counts (the coordinator can cut it short).
EMPTY_GRACE = timedelta(days=14)
ORGANISATION_EMPTY_JOB = "organisation.empty"  # tell the coordinators: no members left
ORGANISATION_EXPIRE_JOB = "organisation.expire"  # the grace period is over: stop counting
ORGANISATION_REMOVED_JOB = "organisation.removed.tell"  # tell a member their organisation left
MEMBER_LEFT_JOB = "member.removed.tell"  # tell a member a coordinator removed them


@dataclass(frozen=True)
class OrganisationLine:
    id: int
    name: str
    members: int
    empty_since: datetime | None


@dataclass(frozen=True)
class OrganisationsView:
    network: NetworkRef
    organisations: tuple[OrganisationLine, ...]
    former: tuple[str, ...]  # names of organisations that took part before
    meetings_held: int


@dataclass(frozen=True)
class RemovalCheck:
    """What removing an organisation means, said before it is done."""

    organisation: str
    count_after: int
    below_minimum: bool  # after meeting 2, the network falls below 6 organisations


@dataclass(frozen=True)
class Change:
    network: NetworkRef
    organisation: str
    other: str = ""  # the new name, or the organisation that stays


def _ref(network: Network) -> NetworkRef:
    return NetworkRef(network.id, network.name, network.channel_id, network.status)


def require_coordinator(session: Session, network_id: int, user_id: str) -> Network:
    """The network, when the person coordinates it; else a friendly refusal."""
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    member = repo.member_of(session, network_id, user_id)
    if member is None or Role.COORDINATOR not in member.roles:
        raise UserFacingError("error.coordinators_only")
    return network


def _organisation(session: Session, network: Network, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None or organisation.network_id != network.id or organisation.left_at:
        raise UserFacingError("organisations.error.unknown")
    return organisation


def organisations_view(
    uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime
) -> OrganisationsView:
    with uow:
        session = uow.session
        network = require_coordinator(session, network_id, user_id)
        former = session.scalars(
            select(Organisation.name)
            .where(Organisation.network_id == network_id, Organisation.left_at.is_not(None))
            .order_by(Organisation.name)
        )
        return OrganisationsView(
            network=_ref(network),
            organisations=tuple(
                OrganisationLine(org.id, org.name, len(org.members), org.empty_since)
                for org in network.organisations
            ),
            former=tuple(former),
            meetings_held=repo.meetings_held(session, network_id, now),
        )


def organisation_name(uow: UnitOfWork, *, network_id: int, user_id: str, org_id: int) -> str:
    with uow:
        network = require_coordinator(uow.session, network_id, user_id)
        return _organisation(uow.session, network, org_id).name


# --- rename -----------------------------------------------------------------------------------


def rename(
    uow: UnitOfWork, *, network_id: int, actor: str, organisation_id: int, name: str, now: datetime
) -> Change:
    new_name = clean_text(name)
    if problem := validate_organisation_name(new_name):
        raise FieldErrors({"name": problem})
    with uow:
        session = uow.session
        network = require_coordinator(session, network_id, actor)
        organisation = _organisation(session, network, organisation_id)
        key = name_key(new_name)
        taken = repo.organisation_by_key(session, network_id, key)
        if taken is not None and taken.id != organisation.id:
            raise FieldErrors({"name": "organisations.error.name_taken"}, name=taken.name)
        former = session.scalar(
            select(Organisation).where(
                Organisation.network_id == network_id,
                Organisation.name_key == key,
                Organisation.id != organisation.id,
            )
        )
        if former is not None:  # a former participant's name: unique per network, kept
            raise FieldErrors({"name": "organisations.error.name_former"}, name=former.name)
        old = organisation.name
        organisation.name, organisation.name_key = new_name, key
        repo.record_audit(
            session,
            network_id=network_id,
            actor=actor,
            action="organisation.renamed",
            now=now,
            organisation=old,
            name=new_name,
        )
        uow.commit()
        return Change(_ref(network), old, new_name)


# --- merge ------------------------------------------------------------------------------------


def merge(
    uow: UnitOfWork, *, network_id: int, actor: str, source_id: int, target_id: int, now: datetime
) -> Change:
    """Merge `source` into `target`: members, their intakes and RSVPs (they go with the
    people), consent votes, report approvals, proposals, join requests and contributions move
    to the organisation that stays. Where both have a record that may exist once (a consent
    vote, a report approval), the staying organisation's record wins, and the audit says how
    many of the other's were set aside."""
    if source_id == target_id:
        raise FieldErrors({"target": "organisations.error.merge_itself"})
    with uow:
        session = uow.session
        network = require_coordinator(session, network_id, actor)
        source = _organisation(session, network, source_id)
        target = _organisation(session, network, target_id)
        set_aside = _move_records(session, source.id, target.id)
        for member in list(source.members):
            member.organisation = target
        source.left_at, source.left_reason, source.merged_into_id = now, "merged", target.id
        source.empty_since = None
        target.empty_since = None
        cancel_jobs(session, key_prefix=f"organisation:{source.id}:empty", now=now)
        repo.record_audit(
            session,
            network_id=network_id,
            actor=actor,
            action="organisation.merged",
            now=now,
            organisation=source.name,
            target=target.name,
            set_aside=set_aside,
        )
        session.flush()
        session.expire(network, ["organisations"])
        uow.commit()
        return Change(_ref(network), source.name, target.name)


def _move_records(session: Session, source: int, target: int) -> int:
    """Re-point every table with an organisation id; returns how many of the source's
    records were set aside because the target already had one."""
    set_aside = 0
    for table, key in (
        (ConsentVote, ConsentVote.decision_id),
        (ReportApproval, ReportApproval.review_id),
        (BenchmarkValue, BenchmarkValue.figure_id),
    ):
        taken = set(session.scalars(select(key).where(table.organisation_id == target)))
        if taken:
            set_aside += int(
                session.execute(
                    delete(table).where(table.organisation_id == source, key.in_(taken))
                ).rowcount  # type: ignore[attr-defined]
            )
        session.execute(
            update(table).where(table.organisation_id == source).values(organisation_id=target)
        )
    for moved in (OrganisationProposal, ColleagueRequest, KnowledgeItem, Contribution):
        session.execute(
            update(moved).where(moved.organisation_id == source).values(organisation_id=target)
        )
    session.execute(
        delete(OrganisationContact).where(OrganisationContact.organisation_id == source)
    )
    return set_aside


# --- remove -----------------------------------------------------------------------------------


def removal_check(
    uow: UnitOfWork, *, network_id: int, actor: str, organisation_id: int, now: datetime
) -> RemovalCheck:
    with uow:
        session = uow.session
        network = require_coordinator(session, network_id, actor)
        organisation = _organisation(session, network, organisation_id)
        return _removal_check(session, network, organisation, now)


def _removal_check(
    session: Session, network: Network, organisation: Organisation, now: datetime
) -> RemovalCheck:
    after = len(network.organisations) - 1
    held = repo.meetings_held(session, network.id, now)
    below = held >= CONSENT_NEEDED_AFTER_MEETING and after < MIN_ORGANISATIONS
    return RemovalCheck(organisation.name, after, below)


def remove(
    uow: UnitOfWork, *, network_id: int, actor: str, organisation_id: int, now: datetime
) -> Change:
    """The organisation stops taking part: it leaves the count, its members leave the network
    (a coordinator stays, without organisation) and are told; its contributions stay."""
    with uow:
        session = uow.session
        network = require_coordinator(session, network_id, actor)
        organisation = _organisation(session, network, organisation_id)
        check = _removal_check(session, network, organisation, now)
        team_id = network.workspace.team_id
        for member in list(organisation.members):
            user = member.slack_user_id
            if Role.COORDINATOR in member.roles:
                member.organisation = None
            else:
                drop_member(session, network, member, now)
            schedule_job(  # after their other work stopped
                session,
                key=f"organisation:{organisation.id}:removed:tell:{user}",
                kind=ORGANISATION_REMOVED_JOB,
                run_at=now,
                payload={"user_id": user, "organisation": organisation.name},
                team_id=team_id,
                network_id=network.id,
                now=now,
            )
        _stop(session, organisation, "removed", now)
        repo.record_audit(
            session,
            network_id=network_id,
            actor=actor,
            action="organisation.removed",
            now=now,
            organisation=organisation.name,
            count=check.count_after,
        )
        session.flush()
        session.expire(network, ["organisations"])
        uow.commit()
        return Change(_ref(network), organisation.name)


def _stop(session: Session, organisation: Organisation, reason: str, now: datetime) -> None:
    organisation.left_at, organisation.left_reason, organisation.empty_since = now, reason, None
    session.execute(
        update(ColleagueRequest)
        .where(
            ColleagueRequest.organisation_id == organisation.id,
            ColleagueRequest.status == "pending",
        )
        .values(status="refused", decided_at=now)
    )
    cancel_jobs(session, key_prefix=f"organisation:{organisation.id}:empty", now=now)


# --- members leave: the shared rule -------------------------------------------------------------


def drop_member(session: Session, network: Network, member: Member, now: datetime) -> None:
    """A person leaves the network: their membership goes (contributions, votes and RSVPs stay,
    keyed by person), their pending reminders and other work stop, and an organisation left
    without members is flagged (`note_if_empty`)."""
    organisation = member.organisation
    user = member.slack_user_id
    stop_work_for(session, network.id, user, now)
    session.delete(member)
    session.flush()
    if organisation is not None:
        session.refresh(organisation, ["members"])
        note_if_empty(session, organisation, now)


def stop_work_for(session: Session, network_id: int, user_id: str, now: datetime) -> int:
    """Cancel the network's pending work that is for this person alone."""
    jobs = session.scalars(
        select(ScheduledJob).where(
            ScheduledJob.network_id == network_id, ScheduledJob.state == "pending"
        )
    )
    mine = [
        job.key
        for job in jobs
        if (job.payload or {}).get("user_id") == user_id or f":{user_id}:" in f"{job.key}:"
    ]
    for key in mine:
        cancel_jobs(session, key_prefix=key, now=now)
    return len(mine)


def note_if_empty(session: Session, organisation: Organisation, now: datetime) -> None:
    """The shared rule for an organisation whose last member left (leaving, moving, removal of
    a member, `vergeet-mij`): the coordinators are told, and after `EMPTY_GRACE` it stops
    counting unless someone joins it again."""
    if organisation.left_at is not None or organisation.members or organisation.empty_since:
        return
    organisation.empty_since = now
    network = session.get(Network, organisation.network_id)
    assert network is not None
    team_id = network.workspace.team_id
    for coordinator in repo.members_with_role(session, network.id, Role.COORDINATOR):
        schedule_job(
            session,
            key=f"organisation:{organisation.id}:empty:{now.isoformat()}:tell:{coordinator.slack_user_id}",
            kind=ORGANISATION_EMPTY_JOB,
            run_at=now,
            payload={"organisation_id": organisation.id, "user_id": coordinator.slack_user_id},
            team_id=team_id,
            network_id=network.id,
            now=now,
        )
    schedule_job(
        session,
        key=f"organisation:{organisation.id}:empty:{now.isoformat()}:expire",
        kind=ORGANISATION_EXPIRE_JOB,
        run_at=now + EMPTY_GRACE,
        payload={"organisation_id": organisation.id},
        team_id=team_id,
        network_id=network.id,
        now=now,
    )


def filled_again(session: Session, organisation: Organisation, now: datetime) -> None:
    """Someone joined an organisation that was flagged empty: it counts on as before."""
    if organisation.empty_since is not None:
        organisation.empty_since = None
        cancel_jobs(session, key_prefix=f"organisation:{organisation.id}:empty", now=now)


@dataclass(frozen=True)
class EmptyOrganisation:
    id: int
    name: str
    network: NetworkRef
    ends_at: datetime


def empty_organisation(uow: UnitOfWork, organisation_id: int) -> EmptyOrganisation | None:
    """An organisation still flagged empty (None once someone joined or it stopped)."""
    with uow:
        organisation = uow.session.get(Organisation, organisation_id)
        if organisation is None or organisation.left_at or organisation.empty_since is None:
            return None
        network = uow.session.get(Network, organisation.network_id)
        assert network is not None
        ends = organisation.empty_since + EMPTY_GRACE
        return EmptyOrganisation(organisation.id, organisation.name, _ref(network), ends)


def end_empty(
    uow: UnitOfWork, *, organisation_id: int, actor: str | None, now: datetime
) -> Change | None:
    """Stop counting an empty organisation: after the grace period (actor None), or at once
    when a coordinator cuts it short. None when it is no longer empty."""
    with uow:
        session = uow.session
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise UserFacingError("organisations.error.unknown")
        if actor is not None:
            require_coordinator(session, organisation.network_id, actor)
        if organisation.left_at or organisation.empty_since is None or organisation.members:
            return None
        network = session.get(Network, organisation.network_id)
        assert network is not None
        _stop(session, organisation, "empty", now)
        repo.record_audit(
            session,
            network_id=network.id,
            actor=actor or "lnbot",
            action="organisation.emptied",
            now=now,
            organisation=organisation.name,
        )
        session.flush()
        session.expire(network, ["organisations"])
        uow.commit()
        return Change(_ref(network), organisation.name)
