"""Who asks `/lerend help`, so the answer fits them (issue 13, item 4): someone outside any
network, a member, a coordinator, and whether they coordinate the programme."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.services.meeting_overview import meeting_overview
from bot.services.membership import standing
from bot.services.programme import is_programme_coordinator
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class HelpSeat:
    network: NetworkRef | None  # the channel's network, else the person's first
    is_member: bool = False
    is_coordinator: bool = False
    programme: bool = False  # a programme coordinator of the workspace
    meeting_to_plan: int | None = None  # the first open meeting, for a coordinator's button


def help_seat(
    uow: UnitOfWork, *, team_id: str, channel_id: str, user_id: str, now: datetime
) -> HelpSeat:
    with uow:
        session = uow.session
        programme = is_programme_coordinator(session, team_id, user_id)
        network = repo.network_by_channel(session, team_id, channel_id)
        if network is None:
            mine = repo.memberships(session, team_id, user_id)
            network = mine[0].network if mine else None
        if network is None:
            return HelpSeat(None, programme=programme)
        seat = standing(session, network.id, user_id)
        to_plan = None
        if seat.is_coordinator:
            to_plan = meeting_overview(session, network, now).first_open
        return HelpSeat(
            network_ref(network),
            is_member=seat.is_member,
            is_coordinator=seat.is_coordinator,
            programme=programme,
            meeting_to_plan=to_plan,
        )
