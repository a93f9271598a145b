"""Check-ins (hoe zit iedereen erin?, shared/DOMAIN.md 'The year'): a short pulse after each
meeting, 1 to 5 on how much the network helps, and a remark if you like.

Answers are anonymous to the coordinators: they see counts, the average and the remarks without
names, and nothing of a round below MIN_ANSWERS answers, because then everyone can tell who
said what. The trend over the year is the average per round.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

ROUND_JOB = "checkin.round"  # planned with each meeting, so bot/services/meetings.py needs it
SCALE = (1, 2, 3, 4, 5)
REMARK_MAX = 500
MIN_ANSWERS = 3
SUMMARY_AFTER = timedelta(days=4)  # a few days to answer, then the coordinators hear
MAX_AFTER_DAYS = 60
ROUND_KEY_MAX = 60


def meeting_round(meeting_id: int) -> str:
    return f"meeting:{meeting_id}"


def manual_round(network_id: int, now: datetime) -> str:
    """A round a coordinator starts; the network in the key keeps it unique across networks."""
    return f"manual:{network_id}:{now:%Y%m%dT%H%M%S}"


def validate_answer(score: int | None, remark: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if score not in SCALE:
        errors["score"] = "checkin.error.score_required"
    if len(remark) > REMARK_MAX:
        errors["remark"] = "error.too_long"
    return errors


@dataclass(frozen=True)
class RoundResult:
    """One round as the coordinators may see it."""

    round_key: str
    meeting_number: int | None  # None for a round started on demand
    sent_at: datetime
    asked: int
    answered: int
    counts: tuple[int, ...] = ()  # how many answered 1, 2, 3, 4, 5; empty when not shown
    remarks: tuple[str, ...] = ()

    @property
    def shown(self) -> bool:
        return self.answered >= MIN_ANSWERS

    @property
    def average(self) -> float | None:
        if not self.shown:
            return None
        return sum(s * n for s, n in zip(SCALE, self.counts, strict=True)) / self.answered


def summarise(
    round_key: str,
    meeting_number: int | None,
    sent_at: datetime,
    answers: Sequence[tuple[int | None, str | None]],
) -> RoundResult:
    """(score, remark) per person asked -> the round's result. Below MIN_ANSWERS answers only
    how many answered; remarks are sorted, so their order reveals no one."""
    scores = [score for score, _ in answers if score in SCALE]
    result = RoundResult(round_key, meeting_number, sent_at, len(answers), len(scores))
    if not result.shown:
        return result
    counts = tuple(scores.count(score) for score in SCALE)
    remarks = sorted(r.strip() for score, r in answers if score in SCALE and r and r.strip())
    return dataclasses.replace(result, counts=counts, remarks=tuple(remarks))
