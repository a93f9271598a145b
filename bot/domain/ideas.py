"""The idea box (ideeënbus, seeds 001): members drop ideas for the coming meetings, anonymous
unless they choose to show their name; coordinators see them per meeting and take them up.

An open idea stays with the meeting it was meant for while that meeting is still ahead; once
it has passed (or was cancelled) the idea moves on to the next meeting, so nothing is lost
between two meetings. Pure: no Slack, no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.network import clean_text

IDEA_MAX = 500
OFFER_JOB = "idea.offer"  # after each meeting, planned with it (bot/services/meeting_schedule.py)
IDEAS_SHOWN = 6  # per network in App Home; the rest is counted


class IdeaStatus(StrEnum):
    OPEN = "open"
    TAKEN_UP = "taken_up"


def validate_idea(text: str) -> dict[str, str]:
    if not clean_text(text):
        return {"text": "idea.error.empty"}
    if len(text) > IDEA_MAX:
        return {"text": "idea.error.too_long"}
    return {}


def group_for(meant_for: int | None, ahead: Sequence[int]) -> int | None:
    """The meeting an open idea is shown under: the one it was meant for while that is still
    `ahead` (ids of coming meetings, soonest first), else the next one; None when no meeting
    is planned."""
    if meant_for is not None and meant_for in ahead:
        return meant_for
    return ahead[0] if ahead else None


@dataclass(frozen=True)
class IdeaRow:
    id: int
    text: str
    author: str | None  # None: anonymous


@dataclass(frozen=True)
class IdeaGroup:
    """Open ideas for one coming meeting; `number` None collects those with no meeting yet."""

    number: int | None
    starts_at: datetime | None
    ideas: tuple[IdeaRow, ...]


@dataclass(frozen=True)
class IdeaBox:
    """What a coordinator sees of the idea box in App Home."""

    network_id: int
    groups: tuple[IdeaGroup, ...] = ()
    hidden: int = 0  # open ideas beyond IDEAS_SHOWN

    @property
    def empty(self) -> bool:
        return not self.groups
