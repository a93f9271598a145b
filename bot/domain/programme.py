"""One programme, many regional networks (seeds 001): what a programme coordinator sees of each
network, and the page of the overview a Slack message can hold. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from bot.domain.meetings import MEETINGS_PER_YEAR
from bot.domain.network import NetworkStatus

ACTIVITY_WINDOW = timedelta(weeks=4)
NETWORKS_PER_PAGE = 10


class Phase(StrEnum):
    FOUNDING = "founding"  # in oprichting: fewer than six organisations
    RUNNING = "running"  # x of 7 meetings held
    COMPLETE = "complete"  # all seven held; the outcome can be written
    CLOSED = "closed"


def phase_of(status: str, meetings_held: int) -> Phase:
    """Where a network is in its year."""
    if status == NetworkStatus.CLOSED:
        return Phase.CLOSED
    if status == NetworkStatus.FOUNDING:
        return Phase.FOUNDING
    return Phase.COMPLETE if meetings_held >= MEETINGS_PER_YEAR else Phase.RUNNING


@dataclass(frozen=True)
class HeldMeeting:
    """Who was invited to a held meeting and how many said they came (in person or online);
    `answers` counts every RSVP, absent included."""

    invited: int
    present: int
    answers: int


def attendance_rate(held: Sequence[HeldMeeting]) -> float | None:
    """Share of the invited who came, over the held meetings whose attendance was registered
    (at least one RSVP); None when none was, so no rate is made up."""
    registered = [meeting for meeting in held if meeting.answers and meeting.invited]
    invited = sum(meeting.invited for meeting in registered)
    if not invited:
        return None
    return sum(meeting.present for meeting in registered) / invited


@dataclass(frozen=True)
class Page:
    number: int  # 0-based
    pages: int
    start: int
    end: int

    @property
    def has_previous(self) -> bool:
        return self.number > 0

    @property
    def has_next(self) -> bool:
        return self.number + 1 < self.pages


def page_of(total: int, number: int, size: int = NETWORKS_PER_PAGE) -> Page:
    """The slice of `total` rows on page `number` (clamped to the pages there are)."""
    pages = max(1, -(-total // size))
    number = min(max(0, number), pages - 1)
    start = number * size
    return Page(number, pages, start, min(total, start + size))
