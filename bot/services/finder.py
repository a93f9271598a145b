"""Use cases of the network finder (issue 17, seed 004): organisations register their interest
in a learning network; the programme coordinator sees the finder's proposed groups, adjusts
them, and makes a network of a group with one click.

The proposal is stored (`finder_groups`, and each registration's `group_id`), so the
coordinator's adjustments stay until they ask for a new proposal. A registration that came in
after the proposal waits outside the groups until then. Making the network is three steps, so
no transaction is held open across a Slack call: the handler creates or checks the channel,
`create_network_from_group` starts the network and marks the group and its organisations,
then the handler invites the contacts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain import finder
from bot.domain.finder import Basis, Candidate, GroupReason, NoGroupReason
from bot.domain.interest import (
    QUALITY_THEMES,
    InterestForm,
    Unplaced,
    block_code,
    block_number,
    validate_interest,
)
from bot.domain.network import MAX_ORGANISATIONS, MIN_ORGANISATIONS, NetworkForm, clean_text
from bot.domain.provinces import Province, parse_province
from bot.services import networks
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.programme import require_programme_coordinator
from bot.services.views import NetworkRef
from storage import repositories as repo
from storage.models import FinderGroup, NetworkInterest, Workspace
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class InterestRow:
    id: int
    organisation: str
    user_id: str
    province: Province
    travels: bool
    themes: tuple[str, ...]
    building_blocks: tuple[str, ...]
    reason: Unplaced | None  # why it is in no group


@dataclass(frozen=True)
class GroupView:
    id: int
    position: int
    members: tuple[InterestRow, ...]
    reason: GroupReason | None  # None for an empty group

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def fits(self) -> bool:
        return MIN_ORGANISATIONS <= self.size <= MAX_ORGANISATIONS


@dataclass(frozen=True)
class ProposalView:
    groups: tuple[GroupView, ...]
    leftovers: tuple[InterestRow, ...]
    registered: int
    no_group_reason: NoGroupReason | None


# --- organisations ---------------------------------------------------------------------------


def interest_form(uow: UnitOfWork, *, team_id: str, user_id: str) -> InterestForm | None:
    """The person's registration as a form, to open it again pre-filled."""
    with uow:
        row = _own(uow.session, team_id, user_id)
        if row is None:
            return None
        quality = tuple(theme for theme in row.themes if theme in QUALITY_THEMES)
        own = next((theme for theme in row.themes if theme not in QUALITY_THEMES), "")
        return InterestForm(
            organisation=row.organisation,
            province=row.province,
            travels=row.travels,
            themes=quality,
            own_theme=own,
            building_blocks=tuple(row.building_blocks),
            learning_needs=row.learning_needs,
            brings=row.brings,
        )


def register_interest(
    uow: UnitOfWork,
    *,
    team_id: str,
    user_id: str,
    form: InterestForm,
    now: datetime,
    source: str = "command",
) -> bool:
    """Store (or update) the person's registration; True when it is new. Other features (the
    programme survey's "Wil je hierbij ondersteund worden?") call this with their `source`.
    Raises FieldErrors for a form that breaks a rule (e.g. an organisation in no province)."""
    errors = validate_interest(form)
    if errors:
        raise FieldErrors(errors)
    province = parse_province(form.province).value
    with uow:
        session = uow.session
        workspace = repo.get_or_create_workspace(session, team_id, now)
        row = session.scalar(
            select(NetworkInterest).where(
                NetworkInterest.workspace_id == workspace.id,
                NetworkInterest.slack_user_id == user_id,
            )
        )
        new = row is None
        if row is None:
            row = NetworkInterest(
                workspace_id=workspace.id,
                slack_user_id=user_id,
                created_at=now,
                source=source,
                left_out=False,
            )
            session.add(row)
        if row.network_id is not None:
            raise UserFacingError("finder.error.already_placed")
        row.organisation = clean_text(form.organisation)
        row.province = province
        row.travels = form.travels
        row.themes = [*form.themes, *([clean_text(form.own_theme)] if form.own_theme else [])]
        row.building_blocks = list(form.building_blocks)
        row.learning_needs = form.learning_needs.strip()
        row.brings = form.brings.strip()
        row.updated_at = now
        if new:
            repo.record_audit(
                session, network_id=None, actor=user_id, action="finder.registered", now=now
            )
        else:
            repo.record_audit(
                session, network_id=None, actor=user_id, action="finder.updated", now=now
            )
        uow.commit()
        return new


# --- the programme coordinator's proposal ----------------------------------------------------


def proposal(uow: UnitOfWork, *, team_id: str, user_id: str, now: datetime) -> ProposalView:
    """The current proposal; the first time (or when none is open) the finder makes one."""
    with uow:
        session = uow.session
        workspace = require_programme_coordinator(session, team_id, user_id)
        if not _open_groups(session, workspace.id):
            _propose(session, workspace, now)
            uow.commit()
        return _view(session, workspace.id)


def regroup(uow: UnitOfWork, *, team_id: str, user_id: str, now: datetime) -> ProposalView:
    """A new proposal from every organisation not yet in a network; adjustments are undone."""
    with uow:
        session = uow.session
        workspace = require_programme_coordinator(session, team_id, user_id)
        _propose(session, workspace, now)
        repo.record_audit(
            session, network_id=None, actor=user_id, action="finder.regrouped", now=now
        )
        uow.commit()
        return _view(session, workspace.id)


def move(
    uow: UnitOfWork,
    *,
    team_id: str,
    user_id: str,
    interest_id: int,
    group_id: int | None,
    now: datetime,
) -> ProposalView:
    """Move an organisation to another group of the proposal, or (None) leave it out."""
    with uow:
        session = uow.session
        workspace = require_programme_coordinator(session, team_id, user_id)
        row = session.get(NetworkInterest, interest_id)
        if row is None or row.workspace_id != workspace.id or row.network_id is not None:
            raise FieldErrors({"organisation": "finder.error.not_open"})
        if group_id is not None:
            group = session.get(FinderGroup, group_id)
            if group is None or group.workspace_id != workspace.id or group.network_id:
                raise FieldErrors({"target": "finder.error.group_gone"})
            members = _members(session, group.id)
            if row.group_id != group.id and len(members) >= MAX_ORGANISATIONS:
                raise FieldErrors({"target": "finder.error.group_full"}, max=MAX_ORGANISATIONS)
            _check_reach(_candidate(row), [_candidate(m) for m in members if m.id != row.id])
        row.group_id, row.left_out = group_id, group_id is None
        row.leftover_reason = Unplaced.LEFT_OUT.value if group_id is None else None
        if group_id is None:
            repo.record_audit(
                session,
                network_id=None,
                actor=user_id,
                action="finder.left_out",
                now=now,
                organisation=row.organisation,
            )
        else:
            repo.record_audit(
                session,
                network_id=None,
                actor=user_id,
                action="finder.moved",
                now=now,
                organisation=row.organisation,
            )
        uow.commit()
        return _view(session, workspace.id)


def open_group(uow: UnitOfWork, *, team_id: str, user_id: str, group_id: int) -> GroupView:
    """A group a network can be made of: open, and of 6 to 10 organisations."""
    with uow:
        session = uow.session
        workspace = require_programme_coordinator(session, team_id, user_id)
        group = _group_row(session, workspace, group_id)
        view = _group_view(session, group)
        _check_size(view.size)
        return view


def create_network_from_group(
    uow: UnitOfWork,
    *,
    team_id: str,
    user_id: str,
    group_id: int,
    channel_id: str,
    form: NetworkForm,
    now: datetime,
) -> tuple[NetworkRef, tuple[str, ...]]:
    """Start the network in `channel_id` with the proposal's themes and the programme
    coordinator as its coordinator; returns it and the contacts to invite."""
    with uow:
        session = uow.session
        workspace = require_programme_coordinator(session, team_id, user_id)
        view = _group_view(session, _group_row(session, workspace, group_id))
        _check_size(view.size)
    shared = view.reason.shared_building_blocks if view.reason else ()
    blocks = tuple(block_code(number) for number, _ in shared)
    network = networks.create_network(
        uow,
        team_id=team_id,
        channel_id=channel_id,
        user_id=user_id,
        form=replace(form, building_blocks=form.building_blocks or blocks),
        now=now,
    )
    with uow:
        session = uow.session
        group = session.get(FinderGroup, group_id)
        assert group is not None
        group.network_id = network.id
        for row in _members(session, group_id):
            row.network_id = network.id
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="finder.network_created",
            now=now,
            organisations=view.size,
        )
        uow.commit()
    return network, tuple(dict.fromkeys(member.user_id for member in view.members))


# --- inside ----------------------------------------------------------------------------------


def _own(session: Session, team_id: str, user_id: str) -> NetworkInterest | None:
    return session.scalar(
        select(NetworkInterest)
        .join(Workspace, Workspace.id == NetworkInterest.workspace_id)
        .where(Workspace.team_id == team_id, NetworkInterest.slack_user_id == user_id)
    )


def _open_interests(session: Session, workspace_id: int) -> list[NetworkInterest]:
    return list(
        session.scalars(
            select(NetworkInterest)
            .where(
                NetworkInterest.workspace_id == workspace_id,
                NetworkInterest.network_id.is_(None),
            )
            .order_by(NetworkInterest.id)
        )
    )


def _open_groups(session: Session, workspace_id: int) -> list[FinderGroup]:
    return list(
        session.scalars(
            select(FinderGroup)
            .where(FinderGroup.workspace_id == workspace_id, FinderGroup.network_id.is_(None))
            .order_by(FinderGroup.position, FinderGroup.id)
        )
    )


def _members(session: Session, group_id: int) -> list[NetworkInterest]:
    return list(
        session.scalars(
            select(NetworkInterest)
            .where(NetworkInterest.group_id == group_id)
            .order_by(NetworkInterest.organisation, NetworkInterest.id)
        )
    )


def _candidate(row: NetworkInterest) -> Candidate:
    return Candidate.of(
        id=row.id,
        name=row.organisation,
        province=row.province,
        travels=row.travels,
        themes=row.themes,
        building_blocks=[block_number(code) for code in row.building_blocks],
        learning_needs=row.learning_needs,
        brings=row.brings,
    )


def _propose(session: Session, workspace: Workspace, now: datetime) -> None:
    rows = _open_interests(session, workspace.id)
    for row in rows:
        row.group_id, row.left_out, row.leftover_reason = None, False, None
    session.flush()
    for old in _open_groups(session, workspace.id):
        session.delete(old)
    session.flush()
    by_id = {row.id: row for row in rows}
    result = finder.propose_groups(_candidate(row) for row in rows)
    for position, group in enumerate(result.groups, 1):
        stored = FinderGroup(
            workspace_id=workspace.id,
            position=position,
            basis=group.reason.basis.value,
            basis_value=None if group.reason.basis_value is None else str(group.reason.basis_value),
            created_at=now,
        )
        session.add(stored)
        session.flush()
        for member in group.members:
            by_id[member].group_id = stored.id
    for leftover in result.leftovers:
        by_id[leftover.candidate_id].leftover_reason = leftover.reason.value
    session.flush()


def _group_row(session: Session, workspace: Workspace, group_id: int) -> FinderGroup:
    group = session.get(FinderGroup, group_id)
    if group is None or group.workspace_id != workspace.id:
        raise UserFacingError("finder.error.group_gone")
    if group.network_id is not None:
        raise UserFacingError("finder.error.group_made")
    return group


def _check_size(size: int) -> None:
    if size < MIN_ORGANISATIONS:
        raise UserFacingError("finder.error.too_few", count=size, min=MIN_ORGANISATIONS)
    if size > MAX_ORGANISATIONS:
        raise UserFacingError("finder.error.too_many", count=size, max=MAX_ORGANISATIONS)


def _check_reach(candidate: Candidate, members: list[Candidate]) -> None:
    """A move the finder would never make: an organisation that does not travel, far away."""
    if members and not all(finder.within_reach(candidate, other) for other in members):
        raise FieldErrors({"target": "finder.error.out_of_reach"})


def _row(row: NetworkInterest) -> InterestRow:
    return InterestRow(
        id=row.id,
        organisation=row.organisation,
        user_id=row.slack_user_id,
        province=parse_province(row.province),
        travels=row.travels,
        themes=tuple(row.themes),
        building_blocks=tuple(row.building_blocks),
        reason=None if row.group_id else Unplaced(row.leftover_reason or Unplaced.NEW),
    )


def _group_view(session: Session, group: FinderGroup) -> GroupView:
    members = _members(session, group.id)
    basis = Basis(group.basis)
    value: str | int | None = group.basis_value
    if basis is Basis.BUILDING_BLOCK and value is not None:
        value = int(value)
    reason = (
        finder.describe([_candidate(m) for m in members], basis, value).reason if members else None
    )
    return GroupView(group.id, group.position, tuple(_row(m) for m in members), reason)


def _view(session: Session, workspace_id: int) -> ProposalView:
    groups = tuple(_group_view(session, group) for group in _open_groups(session, workspace_id))
    rows = _open_interests(session, workspace_id)
    leftovers = tuple(_row(row) for row in rows if row.group_id is None)
    no_group = None
    if not groups:
        few = len(rows) < MIN_ORGANISATIONS
        no_group = NoGroupReason.TOO_FEW_CANDIDATES if few else NoGroupReason.NO_GROUP_FITS
    return ProposalView(groups, leftovers, len(rows), no_group)
