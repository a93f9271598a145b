"""Plain results the services return and the Block Kit builders read (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.domain.balance import OrganisationBalance
from bot.domain.ideas import IdeaBox
from bot.domain.year import CommitmentStatus, committed_count, still_needed
from bot.services.meeting_overview import MeetingOverview
from bot.services.next_steps import NextStep
from storage.models import Network


@dataclass(frozen=True)
class NetworkRef:
    id: int
    name: str
    channel_id: str
    status: str


def network_ref(network: Network) -> NetworkRef:
    """The plain reference every feature shows a network by."""
    return NetworkRef(network.id, network.name, network.channel_id, network.status)


@dataclass(frozen=True)
class MeetingRef:
    number: int
    starts_at: datetime
    location: str | None


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    member_ids: tuple[str, ...]
    committed: str  # the organisation's answer for this year ("" before it is asked)


@dataclass(frozen=True)
class CommitmentLine:
    organisation_id: int
    organisation: str
    answer: str  # asked, committed or stopped
    answered_at: datetime | None


@dataclass(frozen=True)
class YearOverview:
    """The year in status, App Home, the welcome message and the statement."""

    network: NetworkRef
    year: int
    goal: str | None
    goal_set_at: datetime | None
    commitments: tuple[CommitmentLine, ...]
    starts_at: datetime | None
    ends_at: datetime | None
    deadline: datetime | None

    @property
    def asked(self) -> bool:
        return bool(self.commitments)

    @property
    def committed(self) -> int:
        return committed_count(line.answer for line in self.commitments)

    @property
    def stopped(self) -> tuple[str, ...]:
        return tuple(
            line.organisation
            for line in self.commitments
            if line.answer == CommitmentStatus.STOPPED
        )

    @property
    def waiting(self) -> tuple[str, ...]:
        return tuple(
            line.organisation for line in self.commitments if line.answer == CommitmentStatus.ASKED
        )

    @property
    def needed(self) -> int:
        return still_needed(self.committed)


@dataclass(frozen=True)
class NetworkSummary:
    network: NetworkRef
    description: str | None
    themes: tuple[str, ...]
    building_blocks: tuple[str, ...]
    organisations: tuple[OrganisationRow, ...]
    coordinators: tuple[str, ...]
    without_organisation: tuple[str, ...]
    organisations_needed: int
    places_left: int
    meetings_held: int
    next_meeting: MeetingRef | None
    viewer_is_coordinator: bool = False
    pending_join_requests: int = 0
    failed_jobs: int = 0
    meetings: MeetingOverview | None = None  # the year plan, RSVPs and warnings
    balance: tuple[OrganisationBalance, ...] = ()  # halen en brengen per organisation
    experience_experts: tuple[str, ...] = ()  # ervaringsdeskundigen (no organisation needed)
    year: YearOverview | None = None  # the goal and the commitments (services/year.py)


@dataclass(frozen=True)
class JoinForm:
    network: NetworkRef
    organisations: tuple[tuple[int, str], ...]
    current_organisation_id: int | None
    committed: bool
    places_left: int
    consent_needed_for_new: bool
    experience_expert: bool = False


@dataclass(frozen=True)
class JoinResult:
    outcome: str
    network: NetworkRef
    organisation_name: str
    newly_joined: bool = False
    experience_expert: bool = False


@dataclass(frozen=True)
class HomeCard:
    network: NetworkRef
    roles: tuple[str, ...]
    organisation_name: str | None
    next_meeting: MeetingRef | None
    organisations_needed: int
    is_coordinator: bool
    pending_join_requests: int = 0
    failed_jobs: int = 0
    meetings: MeetingOverview | None = None  # the year plan, RSVPs and warnings
    balance: tuple[OrganisationBalance, ...] = ()  # halen en brengen per organisation
    ideas: IdeaBox | None = None  # the open ideas, for coordinators
    experience_expert: bool = False  # takes part as ervaringsdeskundige, without organisation
    steps: tuple[NextStep, ...] = ()  # what to do next, a line each (bot/services/next_steps.py)
    year: YearOverview | None = None  # the goal and the commitments (services/year.py)


@dataclass(frozen=True)
class HomeOverview:
    mine: tuple[HomeCard, ...] = ()
    others: tuple[NetworkRef, ...] = ()
    hidden: int = 0
