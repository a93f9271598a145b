"""The year as the group lives it (shared/DOMAIN.md, 'The year'; seed 003): the first meeting
is free of obligation, then each organisation commits for a year; the network goes on only
with at least six committed organisations; the shared goal is set after meeting 1; after
meeting 7 the network may go on for another year. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from bot.domain.meetings import MEETINGS_PER_YEAR, NETWORK_YEAR
from bot.domain.network import MIN_ORGANISATIONS, clean_text

COMMIT_AFTER_MEETING = 1
CONTINUE_AFTER_MEETING = MEETINGS_PER_YEAR
GOAL_AFTER_MEETING = 1
ANSWER_WITHIN = timedelta(days=14)
REMIND_BEFORE_DEADLINE = timedelta(days=3)
GOAL_MAX = 600


class CommitmentStatus(StrEnum):
    ASKED = "asked"
    COMMITTED = "committed"
    STOPPED = "stopped"


def commitment_period(first_meeting_start: datetime) -> tuple[datetime, datetime]:
    """A commitment runs a year from the year's first meeting."""
    return first_meeting_start, first_meeting_start + NETWORK_YEAR


def deadline_after(asked_at: datetime) -> datetime:
    return asked_at + ANSWER_WITHIN


def reminder_before(deadline: datetime, asked_at: datetime) -> datetime | None:
    """When the organisations that have not answered hear once more; None when that moment
    would come before the question itself."""
    moment = deadline - REMIND_BEFORE_DEADLINE
    return moment if moment > asked_at else None


def committed_count(statuses: Iterable[str]) -> int:
    return sum(1 for status in statuses if status == CommitmentStatus.COMMITTED)


def goes_on(committed: int) -> bool:
    """The network is active only with at least six committed organisations."""
    return committed >= MIN_ORGANISATIONS


def still_needed(committed: int) -> int:
    return max(0, MIN_ORGANISATIONS - committed)


def validate_goal(text: str) -> str | None:
    """None when the goal may be stored, else a message key."""
    if not clean_text(text):
        return "year.goal.error.empty"
    if len(text) > GOAL_MAX:
        return "error.too_long"
    return None
