"""Use case of `/lerend match`: a member's matches, and for coordinators the network overview.

Only shareable intakes are shown to others; a member's own intake is used for their own
matches whether or not it is shared, since it only decides what they themselves see.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.matching import (
    Matches,
    Profile,
    Side,
    TagRow,
    common_words,
    find_matches,
    tag_overview,
)
from bot.domain.network import Role
from bot.services.errors import UserFacingError
from bot.services.intake import TagChoice, answers_of, network_intakes, tag_choices
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import Intake
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class NetworkOverview:
    """Brengen en halen across the network, for a coordinator choosing meeting themes."""

    rows: tuple[TagRow, ...]
    bring_words: tuple[tuple[str, int], ...]
    take_words: tuple[tuple[str, int], ...]
    shared: int  # intakes counted
    private: int  # intakes that may not be shared, so not counted
    missing: int  # participants without an intake


@dataclass(frozen=True)
class MatchReport:
    network: NetworkRef
    tags: tuple[TagChoice, ...]
    can_do_intake: bool  # takes part for an organisation
    matches: Matches | None  # None until the reader did the intake
    overview: NetworkOverview | None  # coordinators only


def match_report(uow: UnitOfWork, *, network_id: int, user_id: str) -> MatchReport:
    with uow:
        session = uow.session
        member = repo.member_of(session, network_id, user_id)
        if member is None:
            raise UserFacingError("intake.error.not_a_member")
        network = member.network
        intakes = network_intakes(session, network_id)
        shared = [_profile(intake) for intake in intakes if intake.shareable]
        tag_order = [choice.code for choice in tag_choices(network)]
        mine = next((intake for intake in intakes if intake.member_id == member.id), None)
        matches = None
        if mine is not None:
            others = [p for p in shared if p.user_id != user_id]
            matches = find_matches(_profile(mine), others, tag_order)
        overview = None
        if Role.COORDINATOR in member.roles:
            participants = sum(1 for m in network.members if m.organisation_id is not None)
            overview = NetworkOverview(
                rows=tag_overview(shared, tag_order),
                bring_words=common_words(shared, bringing=True),
                take_words=common_words(shared, bringing=False),
                shared=len(shared),
                private=len(intakes) - len(shared),
                missing=max(0, participants - len(intakes)),
            )
        return MatchReport(
            network=network_ref(network),
            tags=tag_choices(network),
            can_do_intake=member.organisation_id is not None,
            matches=matches,
            overview=overview,
        )


def _profile(intake: Intake) -> Profile:
    answers = answers_of(intake)
    organisation = intake.member.organisation
    return Profile(
        user_id=intake.member.slack_user_id,
        organisation_id=organisation.id if organisation else 0,
        organisation=organisation.name if organisation else "",
        bring=Side.of(answers.bring_tags, answers.bring_texts()),
        take=Side.of(answers.take_tags, answers.take_texts()),
    )
