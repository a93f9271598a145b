"""Use cases of network set-up: create, join, roles, and the summaries people look at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.domain.consent import START_JOB
from bot.domain.network import (
    JoinOutcome,
    NetworkForm,
    NetworkStatus,
    Role,
    can_change_role,
    clean_text,
    decide_join,
    name_key,
    organisations_needed,
    places_left,
    status_for,
    validate_network_form,
    validate_organisation_name,
)
from bot.domain.similar import similar_names
from bot.scheduling.schedule import failed_jobs, schedule_job
from bot.services.approvals import NEEDS_COORDINATOR, needs_approval, request_approval
from bot.services.balance import organisation_balance
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.ideas import idea_box
from bot.services.intake import schedule_reminders
from bot.services.meeting_overview import meeting_overview
from bot.services.meeting_schedule import schedule_for_new_member
from bot.services.membership import ChannelAccess, channel_of, contact_of, standing
from bot.services.next_steps import NextStep, Seat
from bot.services.organisations import filled_again, note_if_empty
from bot.services.views import (
    HomeCard,
    HomeOverview,
    JoinForm,
    JoinResult,
    MeetingRef,
    NetworkRef,
    NetworkSummary,
    OrganisationRow,
)
from bot.services.year import ask_newcomer, stopped_organisations, year_overview
from storage import repositories as repo
from storage.models import (
    ColleagueRequest,
    JoinRequest,
    Member,
    MemberRole,
    Network,
    Organisation,
    Theme,
)
from storage.uow import UnitOfWork

WELCOME_MESSAGE = "network.welcome"
HOME_NETWORKS_SHOWN = 15
# The scheduled work of network set-up (handlers: bot/services/network_jobs.py).
WELCOME_JOB = "member.welcome"
JOIN_REQUEST_JOB = "join_request.notify"
ROLE_CHANGED_JOB = "member.role_changed"
# Joining an organisation that already takes part waits for a yes from one of its members or
# a coordinator (issue 12): the outcome, and the jobs that ask and that tell the requester.
NEEDS_APPROVAL = "needs_approval"
COLLEAGUE_ASK_JOB = "colleague.ask"
COLLEAGUE_ANSWERED_JOB = "colleague.answered"


def ref(network: Network) -> NetworkRef:
    return NetworkRef(network.id, network.name, network.channel_id, network.status)


def find_network(uow: UnitOfWork, team_id: str, channel_id: str) -> NetworkRef | None:
    with uow:
        network = repo.network_by_channel(uow.session, team_id, channel_id)
        return ref(network) if network else None


def network_ref(uow: UnitOfWork, network_id: int) -> NetworkRef:
    """Just the network's name, channel and status (cheap, for DMs that only name it)."""
    with uow:
        return ref(_network(uow.session, network_id))


def my_networks(uow: UnitOfWork, team_id: str, user_id: str) -> list[NetworkRef]:
    with uow:
        return [ref(m.network) for m in repo.memberships(uow.session, team_id, user_id)]


def create_network(
    uow: UnitOfWork,
    *,
    team_id: str,
    channel_id: str,
    user_id: str,
    form: NetworkForm,
    now: datetime,
) -> NetworkRef:
    """Create the channel's network with the creator as its coordinator."""
    errors = validate_network_form(form)
    if errors:
        raise FieldErrors(errors)
    with uow:
        session = uow.session
        if repo.network_by_channel(session, team_id, channel_id) is not None:
            raise FieldErrors({"name": "error.channel_taken"})
        workspace = repo.get_or_create_workspace(session, team_id, now)
        network = Network(
            workspace=workspace,
            channel_id=channel_id,
            name=form.name,
            description=form.description,
            building_blocks=list(form.building_blocks),
            status=NetworkStatus.FOUNDING,
            created_by=user_id,
            created_at=now,
        )
        network.themes = [Theme(position=i, name=name) for i, name in enumerate(form.themes, 1)]
        coordinator = Member(slack_user_id=user_id, joined_at=now)
        coordinator.role_rows = [MemberRole(role=Role.COORDINATOR)]
        network.members.append(coordinator)
        session.add(network)
        try:
            session.flush()
        except IntegrityError:  # the same channel, created a moment ago by someone else
            raise FieldErrors({"name": "error.channel_taken"}) from None
        repo.record_audit(
            session, network_id=network.id, actor=user_id, action="network.created", now=now
        )
        uow.commit()
        return ref(network)


def join_form(
    uow: UnitOfWork,
    *,
    network_id: int,
    user_id: str,
    now: datetime,
    access: ChannelAccess | None = None,
) -> JoinForm:
    """The join modal's choices; a network in a private channel only for people in it."""
    _check_channel(uow, network_id, user_id, access)
    with uow:
        network = _network(uow.session, network_id)
        member = repo.member_of(uow.session, network_id, user_id)
        count = len(network.organisations)
        return JoinForm(
            network=ref(network),
            organisations=tuple((org.id, org.name) for org in network.organisations),
            current_organisation_id=member.organisation_id if member else None,
            committed=bool(member and member.committed_at),
            experience_expert=bool(member and Role.EXPERIENCE_EXPERT in member.roles),
            places_left=places_left(count),
            consent_needed_for_new=decide_join(
                status=NetworkStatus(network.status),
                organisation_is_new=True,
                organisation_count=0,
                meetings_held=repo.meetings_held(uow.session, network_id, now),
            )
            is JoinOutcome.NEEDS_CONSENT,
        )


def join_network(
    uow: UnitOfWork,
    *,
    network_id: int,
    user_id: str,
    existing_organisation_id: int | None,
    new_organisation_name: str | None,
    committed: bool,
    now: datetime,
    experience_expert: bool = False,
    access: ChannelAccess | None = None,
    really_new: bool = False,
) -> JoinResult:
    """Join with an organisation that takes part, or bring a new one in (rules permitting), or
    as an expert by experience without an organisation (not one of the 6 to 10).

    Joining an organisation that already has members waits for a yes from one of them or a
    coordinator (a coordinator joins at once). `access` asks Slack whether the person is in a
    private network's channel; None only for work the bot does itself."""
    new_name = clean_text(new_organisation_name)
    if experience_expert and (existing_organisation_id or new_name):
        raise FieldErrors({"experience": "experience.error.no_organisation"})
    if not experience_expert and bool(existing_organisation_id) == bool(new_name):
        raise FieldErrors({"organisation": "error.pick_one_organisation"})
    if new_name and (problem := validate_organisation_name(new_name)):
        raise FieldErrors({"new_organisation": problem})
    _check_channel(uow, network_id, user_id, access)
    with uow:
        session = uow.session
        network = _network(session, network_id)
        organisation = _chosen_organisation(session, network, existing_organisation_id, new_name)
        if organisation is None and new_name and not really_new:
            names = [org.name for org in network.organisations]
            if meant := similar_names(new_name, names):  # "bedoel je Zorggroep Zuid?"
                raise FieldErrors({"new_organisation": "join.error.similar"}, name=meant[0])
        outcome = decide_join(
            status=NetworkStatus(network.status),
            organisation_is_new=organisation is None,
            organisation_count=len(network.organisations)
            - len(stopped_organisations(session, network)),
            meetings_held=repo.meetings_held(session, network_id, now),
            experience_expert=experience_expert,
        )
        if outcome is JoinOutcome.NETWORK_CLOSED:
            raise UserFacingError("error.network_closed", name=network.name)
        if outcome is JoinOutcome.NETWORK_FULL:
            raise FieldErrors({"new_organisation": "error.network_full"})
        if outcome is JoinOutcome.NEEDS_CONSENT:
            _record_join_request(session, network, user_id, new_name, committed, now)
            uow.commit()
            return JoinResult(outcome, ref(network), new_name)
        if organisation is None and new_name and needs_approval(session, network, user_id):
            request_approval(session, network, user_id, new_name, committed, now)
            uow.commit()
            return JoinResult(NEEDS_COORDINATOR, ref(network), new_name)
        if organisation is not None and _needs_colleague_yes(session, organisation, user_id):
            _ask_colleagues(session, network, organisation, user_id, committed, now)
            uow.commit()
            return JoinResult(NEEDS_APPROVAL, ref(network), organisation.name)
        chosen = None if experience_expert else organisation or new_name
        joined, newly_joined = admit(session, network, chosen, user_id, committed, now)
        uow.commit()
        name = joined.name if joined else ""
        return JoinResult(outcome, ref(network), name, newly_joined, experience_expert)


def admit(
    session: Session,
    network: Network,
    organisation: Organisation | str | None,
    user_id: str,
    committed: bool,
    now: datetime,
) -> tuple[Organisation | None, bool]:
    """Enrol a person for an organisation (created when given by name and new), or as an
    expert by experience without one (`None`), update the network's status, and plan the
    welcome DM and intake reminders for a newcomer.

    Shared by joining and by admission after the group's consent. Returns the organisation
    and whether the person is new to the network."""
    if isinstance(organisation, str):
        name = organisation
        organisation = repo.organisation_by_key(session, network.id, name_key(name))
        if organisation is None:
            organisation = Organisation(name=name, name_key=name_key(name), admitted_at=now)
            network.organisations.append(organisation)
    newly_joined = _enrol(session, network, organisation, user_id, committed, now)
    network.status = status_for(NetworkStatus(network.status), len(network.organisations))
    ask_newcomer(session, network, now)  # once the year's commitment round is out
    if newly_joined:
        team_id = network.workspace.team_id
        schedule_job(
            session,
            key=f"network:{network.id}:member:{user_id}:welcome",
            kind=WELCOME_JOB,
            run_at=now,
            payload={"user_id": user_id},
            team_id=team_id,
            network_id=network.id,
            now=now,
        )
        schedule_reminders(
            session, network_id=network.id, team_id=team_id, user_id=user_id, now=now
        )
        schedule_for_new_member(session, network, user_id, now)
    return organisation, newly_joined


def _chosen_organisation(
    session: Session, network: Network, existing_id: int | None, new_name: str
) -> Organisation | None:
    if existing_id:
        organisation = session.get(Organisation, existing_id)
        if organisation is None or organisation.network_id != network.id:
            raise FieldErrors({"organisation": "error.organisation_unknown"})
        return organisation
    # A "new" name that matches a participating organisation simply means that organisation.
    return repo.organisation_by_key(session, network.id, name_key(new_name))


def _check_channel(
    uow: UnitOfWork, network_id: int, user_id: str, access: ChannelAccess | None
) -> None:
    """A network in a private channel is for the people in that channel (Slack decides)."""
    if access is None:
        return
    channel = channel_of(uow, network_id)
    if not access.allows(channel, user_id):
        raise UserFacingError("trust.error.private_network")


def _needs_colleague_yes(session: Session, organisation: Organisation, user_id: str) -> bool:
    """Someone else already speaks for the organisation and the person is not yet one of
    them nor a coordinator."""
    who = standing(session, organisation.network_id, user_id)
    if who.organisation_id == organisation.id or who.is_coordinator:
        return False
    return contact_of(session, organisation) is not None


def _ask_colleagues(
    session: Session,
    network: Network,
    organisation: Organisation,
    user_id: str,
    committed: bool,
    now: datetime,
) -> None:
    """One pending request per person and organisation; its members and the coordinators
    each get a DM with *Toestaan* / *Weigeren*."""
    request = session.scalar(
        select(ColleagueRequest).where(
            ColleagueRequest.organisation_id == organisation.id,
            ColleagueRequest.slack_user_id == user_id,
            ColleagueRequest.status == "pending",
        )
    )
    if request is None:
        request = ColleagueRequest(
            network_id=network.id,
            organisation_id=organisation.id,
            slack_user_id=user_id,
            created_at=now,
        )
        session.add(request)
    request.committed = committed
    session.flush()
    askers = [m.slack_user_id for m in organisation.members]
    askers += [
        m.slack_user_id for m in repo.members_with_role(session, network.id, Role.COORDINATOR)
    ]
    for asked in dict.fromkeys(a for a in askers if a != user_id):
        schedule_job(
            session,
            key=f"colleague-request:{request.id}:ask:{asked}",
            kind=COLLEAGUE_ASK_JOB,
            run_at=now,
            payload={"request_id": request.id, "user_id": asked},
            team_id=network.workspace.team_id,
            network_id=network.id,
            now=now,
        )


@dataclass(frozen=True)
class ColleagueRequestView:
    id: int
    network: NetworkRef
    organisation: str
    requester: str
    status: str
    decided_by: str | None
    changed: bool = False  # this answer decided it (False: someone answered first)


def colleague_request(uow: UnitOfWork, request_id: int) -> ColleagueRequestView | None:
    """The request to ask about; None once it is decided (or gone)."""
    with uow:
        request = uow.session.get(ColleagueRequest, request_id)
        if request is None or request.status != "pending":
            return None
        return _colleague_view(uow.session, request)


def answer_colleague_request(
    uow: UnitOfWork, *, request_id: int, user_id: str, approve: bool, now: datetime
) -> ColleagueRequestView:
    """*Toestaan* or *Weigeren* by a member of the organisation or a coordinator. The first
    answer wins (a conditional update); later clicks change nothing and say who answered."""
    with uow:
        session = uow.session
        request = session.get(ColleagueRequest, request_id)
        if request is None:
            raise UserFacingError("colleague.error.gone")
        who = standing(session, request.network_id, user_id)
        if not who.is_coordinator and who.organisation_id != request.organisation_id:
            raise UserFacingError("colleague.error.not_allowed")
        status = "approved" if approve else "refused"
        won = session.execute(
            update(ColleagueRequest)
            .where(ColleagueRequest.id == request.id, ColleagueRequest.status == "pending")
            .values(status=status, decided_by=user_id, decided_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        session.refresh(request)
        if not won:
            return _colleague_view(session, request)
        network = _network(session, request.network_id)
        organisation = session.get(Organisation, request.organisation_id)
        assert organisation is not None  # the request goes with its organisation
        if approve:
            admit(session, network, organisation, request.slack_user_id, request.committed, now)
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="organisation.join_approved" if approve else "organisation.join_refused",
            now=now,
            organisation=organisation.name,
            target=request.slack_user_id,
        )
        schedule_job(
            session,
            key=f"colleague-request:{request.id}:answered",
            kind=COLLEAGUE_ANSWERED_JOB,
            run_at=now,
            payload={"request_id": request.id, "user_id": request.slack_user_id},
            team_id=network.workspace.team_id,
            network_id=network.id,
            now=now,
        )
        uow.commit()
        return replace(_colleague_view(session, request), changed=True)


def colleague_answer(uow: UnitOfWork, request_id: int) -> ColleagueRequestView | None:
    """A decided request, for telling the requester."""
    with uow:
        request = uow.session.get(ColleagueRequest, request_id)
        return _colleague_view(uow.session, request) if request else None


def _colleague_view(session: Session, request: ColleagueRequest) -> ColleagueRequestView:
    organisation = session.get(Organisation, request.organisation_id)
    return ColleagueRequestView(
        id=request.id,
        network=ref(_network(session, request.network_id)),
        organisation=organisation.name if organisation else "",
        requester=request.slack_user_id,
        status=request.status,
        decided_by=request.decided_by,
    )


def _enrol(
    session: Session,
    network: Network,
    organisation: Organisation | None,
    user_id: str,
    committed: bool,
    now: datetime,
) -> bool:
    member = repo.member_of(session, network.id, user_id)
    newly_joined = member is None
    if member is None:
        member = Member(slack_user_id=user_id, joined_at=now)
        network.members.append(member)
    previous = member.organisation
    member.organisation = organisation
    if organisation is not None:
        filled_again(session, organisation, now)
    if organisation is None and Role.EXPERIENCE_EXPERT not in member.roles:
        member.role_rows.append(MemberRole(role=Role.EXPERIENCE_EXPERT))
    if committed and member.committed_at is None:
        member.committed_at = now
    elif not committed:
        member.committed_at = None
    session.flush()
    if previous is not None and previous is not organisation:  # moved to another (issue 15)
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="member.moved",
            now=now,
            organisation=previous.name,
            target=organisation.name if organisation else "",
        )
        session.refresh(previous, ["members"])
        note_if_empty(session, previous, now)
    return newly_joined


def _record_join_request(
    session: Session, network: Network, user_id: str, name: str, committed: bool, now: datetime
) -> None:
    request = session.scalar(
        select(JoinRequest).where(
            JoinRequest.network_id == network.id,
            JoinRequest.slack_user_id == user_id,
            JoinRequest.status == "pending",
        )
    )
    if request is None:
        request = JoinRequest(network_id=network.id, slack_user_id=user_id, created_at=now)
        session.add(request)
    request.organisation_name, request.committed = name, committed
    session.flush()
    # The group decides by consent (bot/services/consent_jobs.py opens the decision), and the
    # coordinators hear of the request; both jobs are born with the request.
    jobs: list[tuple[str, str, dict[str, Any]]] = [
        (f"join-request:{request.id}:consent", START_JOB, {"request_id": request.id})
    ]
    jobs += [
        (
            f"join-request:{request.id}:notify:{coordinator.slack_user_id}",
            JOIN_REQUEST_JOB,
            {"request_id": request.id, "user_id": coordinator.slack_user_id},
        )
        for coordinator in repo.members_with_role(session, network.id, Role.COORDINATOR)
    ]
    for key, kind, payload in jobs:
        schedule_job(
            session,
            key=key,
            kind=kind,
            run_at=now,
            payload=payload,
            team_id=network.workspace.team_id,
            network_id=network.id,
            now=now,
        )


def set_role(
    uow: UnitOfWork,
    *,
    network_id: int,
    actor_user_id: str,
    target_user_id: str,
    role: Role,
    now: datetime,
) -> str:
    """Give a person a role (or back to plain member). Returns the network's name."""
    with uow:
        session = uow.session
        network = _network(session, network_id)
        actor = repo.member_of(session, network_id, actor_user_id)
        target = repo.member_of(session, network_id, target_user_id)
        if target is None and role is Role.MEMBER:
            raise UserFacingError("error.not_a_member", user=target_user_id)
        coordinators = len(repo.members_with_role(session, network_id, Role.COORDINATOR))
        problem = can_change_role(
            actor_roles=actor.roles if actor else frozenset(),
            target_roles=target.roles if target else frozenset(),
            new_role=role,
            coordinators=coordinators,
        )
        if problem:
            raise UserFacingError(problem, user=target_user_id)
        if target is None:  # e.g. an outside facilitator or expert
            target = Member(slack_user_id=target_user_id, joined_at=now)
            network.members.append(target)
        if role is Role.MEMBER:
            target.role_rows.clear()
        elif role not in target.roles:
            target.role_rows.append(MemberRole(role=role))
        repo.record_audit(
            session,
            network_id=network_id,
            actor=actor_user_id,
            action="member.role",
            now=now,
            target=target_user_id,
            role=str(role),
        )
        schedule_job(
            session,
            key=f"network:{network_id}:member:{target_user_id}:role:{role}:{now.isoformat()}",
            kind=ROLE_CHANGED_JOB,
            run_at=now,
            payload={"user_id": target_user_id, "role": str(role), "by": actor_user_id},
            team_id=network.workspace.team_id,
            network_id=network_id,
            now=now,
        )
        uow.commit()
        return network.name


def summary(
    uow: UnitOfWork, *, network_id: int, viewer_user_id: str | None, now: datetime
) -> NetworkSummary:
    with uow:
        return _summary(uow.session, _network(uow.session, network_id), viewer_user_id, now)


def status_for_viewer(
    uow: UnitOfWork, *, network_id: int, user_id: str, access: ChannelAccess, now: datetime
) -> NetworkSummary:
    """The status button: for the network's members and the people in its channel; others
    are refused kindly (its member list is not theirs to read)."""
    channel = channel_of(uow, network_id)
    with uow:
        member = standing(uow.session, network_id, user_id).is_member
    if not member and not access.in_channel(channel, user_id):
        raise UserFacingError("trust.error.members_only_status")
    with uow:
        return _summary(uow.session, _network(uow.session, network_id), user_id, now)


def _summary(
    session: Session, network: Network, viewer_user_id: str | None, now: datetime
) -> NetworkSummary:
    members = sorted(network.members, key=lambda m: m.joined_at)
    year = year_overview(session, network)
    answers = {line.organisation_id: line.answer for line in year.commitments}
    organisations = tuple(
        OrganisationRow(
            id=org.id,
            name=org.name,
            member_ids=tuple(m.slack_user_id for m in members if m.organisation_id == org.id),
            committed="" if answers.get(org.id) == "stopped" else answers.get(org.id, ""),
        )
        for org in network.organisations
        if answers.get(org.id) != "stopped"  # organisations that stopped leave the count
    )
    viewer = next((m for m in members if m.slack_user_id == viewer_user_id), None)
    is_coordinator = bool(viewer and Role.COORDINATOR in viewer.roles)
    count = len(organisations)
    return NetworkSummary(
        network=ref(network),
        description=network.description,
        themes=tuple(theme.name for theme in network.themes),
        building_blocks=tuple(network.building_blocks),
        organisations=organisations,
        coordinators=tuple(m.slack_user_id for m in members if Role.COORDINATOR in m.roles),
        without_organisation=tuple(m.slack_user_id for m in members if m.organisation_id is None),
        organisations_needed=organisations_needed(count),
        places_left=places_left(count),
        meetings_held=repo.meetings_held(session, network.id, now),
        next_meeting=_meeting_ref(session, network.id, now),
        viewer_is_coordinator=is_coordinator,
        pending_join_requests=len(repo.pending_join_requests(session, network.id))
        if is_coordinator
        else 0,
        failed_jobs=len(failed_jobs(session, network_id=network.id)) if is_coordinator else 0,
        meetings=meeting_overview(session, network, now),
        balance=organisation_balance(session, network.id),
        experience_experts=tuple(
            m.slack_user_id for m in members if Role.EXPERIENCE_EXPERT in m.roles
        ),
        year=year,
    )


def _meeting_ref(session: Session, network_id: int, now: datetime) -> MeetingRef | None:
    meeting = repo.next_meeting(session, network_id, now)
    return MeetingRef(meeting.year_number, meeting.starts_at, meeting.location) if meeting else None


def home_overview(
    uow: UnitOfWork,
    *,
    team_id: str,
    user_id: str,
    now: datetime,
    access: ChannelAccess | None = None,
    steps: Callable[[Seat], tuple[NextStep, ...]] | None = None,
) -> HomeOverview:
    """The person's networks, and the open networks they could join: a network in a private
    channel only when they are in that channel (Slack is asked after the read)."""
    with uow:
        session = uow.session
        mine = repo.memberships(session, team_id, user_id)
        mine_ids = {m.network_id for m in mine}
        cards = tuple(_home_card(session, m, now, steps) for m in mine[:HOME_NETWORKS_SHOWN])
        others = [n for n in repo.networks_in_workspace(session, team_id) if n.id not in mine_ids]
        open_others = [ref(n) for n in others if n.status != NetworkStatus.CLOSED]
        hidden_before = max(0, len(mine) - len(cards))
    if access is not None:
        open_others = [n for n in open_others if access.allows(n.channel_id, user_id)]
    shown_others = open_others[:HOME_NETWORKS_SHOWN]
    hidden = hidden_before + len(open_others) - len(shown_others)
    return HomeOverview(mine=cards, others=tuple(shown_others), hidden=hidden)


def _home_card(
    session: Session,
    member: Member,
    now: datetime,
    steps: Callable[[Seat], tuple[NextStep, ...]] | None,
) -> HomeCard:
    network = member.network
    is_coordinator = Role.COORDINATOR in member.roles
    meetings = meeting_overview(session, network, now)
    seat = Seat(session=session, member=member, network=network, now=now, meetings=meetings)
    return HomeCard(
        network=ref(network),
        roles=tuple(sorted(member.roles)) or (Role.MEMBER,),
        organisation_name=member.organisation.name if member.organisation else None,
        next_meeting=_meeting_ref(session, network.id, now),
        organisations_needed=organisations_needed(len(network.organisations)),
        is_coordinator=is_coordinator,
        pending_join_requests=len(repo.pending_join_requests(session, network.id))
        if is_coordinator
        else 0,
        failed_jobs=len(failed_jobs(session, network_id=network.id)) if is_coordinator else 0,
        meetings=meetings,
        balance=organisation_balance(session, network.id),
        ideas=idea_box(session, network, now) if is_coordinator else None,
        experience_expert=Role.EXPERIENCE_EXPERT in member.roles,
        steps=steps(seat) if steps else (),
        year=year_overview(session, network),
    )


def coordinator_ids(uow: UnitOfWork, network_id: int) -> list[str]:
    with uow:
        members = repo.members_with_role(uow.session, network_id, Role.COORDINATOR)
        return [m.slack_user_id for m in members]


def join_request(uow: UnitOfWork, request_id: int) -> tuple[NetworkRef, str, str] | None:
    """(network, requesting user, organisation name) of a pending request."""
    with uow:
        request = uow.session.get(JoinRequest, request_id)
        if request is None or request.status != "pending":
            return None
        network = _network(uow.session, request.network_id)
        return ref(network), request.slack_user_id, request.organisation_name


def remember_welcome(uow: UnitOfWork, network: NetworkRef, ts: str, now: datetime) -> None:
    with uow:
        repo.remember_message(
            uow.session,
            purpose=WELCOME_MESSAGE,
            subject_id=network.id,
            network_id=network.id,
            channel_id=network.channel_id,
            ts=ts,
            now=now,
        )
        uow.commit()


def welcome_message_ts(uow: UnitOfWork, network_id: int) -> str | None:
    with uow:
        message = repo.find_message(uow.session, WELCOME_MESSAGE, network_id)
        return message.ts if message else None


def _network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    return network
