"""Halen en brengen: the balance between what an organisation brings and what it takes
(shared/DOMAIN.md, 'Intake': keep a balance between taking and bringing).

Bringing: items shared (anything but a question) and answers given to another organisation's
question. Taking: questions asked and the answers other organisations gave to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

FALLBACK_WINDOW = timedelta(weeks=8)  # when fewer than two meetings were held
FALLBACK_PERIOD_DAYS = 28  # a one-sided organisation is reported at most this often then
MEETINGS_IN_WINDOW = 2


class Lean(StrEnum):
    ONLY_TAKES = "only_takes"
    ONLY_BRINGS = "only_brings"


@dataclass(frozen=True)
class OrganisationBalance:
    organisation_id: int
    name: str
    items_shared: int = 0
    answers_given: int = 0
    questions_asked: int = 0
    answers_received: int = 0

    @property
    def brought(self) -> int:
        return self.items_shared + self.answers_given

    @property
    def took(self) -> int:
        return self.questions_asked + self.answers_received

    @property
    def lean(self) -> Lean | None:
        """One-sided over the window: took without bringing, or brought without taking."""
        if self.took and not self.brought:
            return Lean.ONLY_TAKES
        if self.brought and not self.took:
            return Lean.ONLY_BRINGS
        return None


@dataclass(frozen=True)
class Window:
    """The period the weekly check looks at; `key` names it, so one situation is reported
    once per window."""

    since: datetime
    key: str


def balance_window(held: list[tuple[int, datetime]], now: datetime) -> Window:
    """`held`: (meeting id, start) of the meetings held, oldest first. The window starts at
    the second-to-last held meeting; with fewer than two held, it is the last 8 weeks."""
    if len(held) >= MEETINGS_IN_WINDOW:
        since = held[-MEETINGS_IN_WINDOW][1]
        return Window(since, f"meeting-{held[-1][0]}")
    period = (now - datetime(2000, 1, 3, tzinfo=now.tzinfo)).days // FALLBACK_PERIOD_DAYS
    return Window(now - FALLBACK_WINDOW, f"period-{period}")
