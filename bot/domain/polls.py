"""Rules of a poll (see shared/DOMAIN.md, 'Surveys'): a valid poll, a vote, the tally.

Pure: no Slack, no database. Texts are message-catalogue keys; the builders translate them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.network import clean_text, name_key

MIN_OPTIONS = 2
MAX_OPTIONS = 10
OPTION_MAX = 75  # Slack's limit on the text of an option and of a button
OPTION_INPUT_MAX = 150  # the input allows more, so a too long option gets our own error
QUESTION_MAX = 300
FOLLOW_UP_MAX = 600
FOLLOW_UP_QUESTIONS_MAX = 3
ANSWER_MAX = 1000
BAR_WIDTH = 10
REMINDER_CHOICES = (60, 24 * 60)  # minutes before closing
# Slack allows about one chat.update per second per message; we stay well under it.
REFRESH_INTERVAL = timedelta(seconds=2)
# A rebuild claimed by a vote but not started within this time (a burst keeps the process
# busy) is left to the safety-net job one interval after the claim: sent late, it would reach
# Slack less than an interval before the next one.
LATE_REBUILD = timedelta(seconds=0.5)


class PollKind(StrEnum):
    POLL = "poll"
    EVALUATION = "evaluation"


@dataclass(frozen=True)
class PollForm:
    """What the create modal holds; `options` and `follow_ups` keep their slots (1..10)."""

    question: str
    options: tuple[str, ...]
    follow_ups: tuple[str, ...]
    multiple: bool = False
    anonymous: bool = False
    closes_on: date | None = None
    closes_time: time | None = None
    remind_before_minutes: int | None = None

    def chosen_options(self) -> list[tuple[str, str | None]]:
        """(option, follow-up questions or None) for every filled slot, in order."""
        return [
            (text, follow_up or None)
            for text, follow_up in zip(self.options, self.follow_ups, strict=True)
            if text
        ]


@dataclass(frozen=True)
class Template:
    """A ready poll; texts are catalogue keys, follow-ups a tuple of question keys per option."""

    question: str
    options: tuple[tuple[str, tuple[str, ...]], ...]
    multiple: bool = False
    anonymous: bool = False


TEMPLATES: dict[str, Template] = {
    "network": Template(
        "poll.template.network.question",
        (
            ("poll.template.network.yes", ("poll.template.network.yes_follow_up",)),
            (
                "poll.template.network.no",
                (
                    "poll.template.network.no_obstacles",
                    "poll.template.network.no_support",
                ),
            ),
            ("poll.template.network.unknown", ()),
        ),
    ),
}
# The evaluation after the 3rd meeting (DOMAIN.md, 'The year'); anonymous so people speak freely.
EVALUATION_FOLLOW_UPS = ("evaluation.change", "evaluation.remarks")
EVALUATION = Template(
    "evaluation.question",
    tuple(
        (key, EVALUATION_FOLLOW_UPS)
        for key in ("evaluation.yes", "evaluation.partly", "evaluation.no")
    ),
    anonymous=True,
)


def follow_up_questions(text: str | None) -> list[str]:
    """The open questions of an option: one a line, blank lines ignored."""
    return [line for line in (clean_text(raw) for raw in (text or "").splitlines()) if line]


def closing_moment(form: PollForm, tz: str) -> datetime | None:
    """The closing date and time, read in the creator's time zone, as aware UTC."""
    if form.closes_on is None or form.closes_time is None:
        return None
    local = datetime.combine(form.closes_on, form.closes_time, tzinfo=ZoneInfo(tz))
    return local.astimezone(UTC)


def validate_poll_form(form: PollForm, *, now: datetime, tz: str) -> dict[str, str]:
    """Field name -> message key for every rule the form breaks."""
    errors: dict[str, str] = {}
    if not form.question:
        errors["question"] = "poll.error.question_required"
    elif len(form.question) > QUESTION_MAX:
        errors["question"] = "error.too_long"
    errors.update(_option_errors(form))
    errors.update(_closing_errors(form, now=now, tz=tz))
    return errors


def _option_errors(form: PollForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    seen: set[str] = set()
    for slot, (text, follow_up) in enumerate(zip(form.options, form.follow_ups, strict=True), 1):
        if len(text) > OPTION_MAX:
            errors[f"option_{slot}"] = "poll.error.option_too_long"
        elif text and name_key(text) in seen:
            errors[f"option_{slot}"] = "poll.error.option_duplicate"
        seen.add(name_key(text))
        if follow_up and not text:
            errors[f"follow_up_{slot}"] = "poll.error.follow_up_without_option"
        elif len(follow_up) > FOLLOW_UP_MAX:
            errors[f"follow_up_{slot}"] = "error.too_long"
        elif len(follow_up_questions(follow_up)) > FOLLOW_UP_QUESTIONS_MAX:
            errors[f"follow_up_{slot}"] = "poll.error.too_many_follow_ups"
    if len(form.chosen_options()) < MIN_OPTIONS:
        empty = next((s for s in range(1, MIN_OPTIONS + 1) if not form.options[s - 1]), 2)
        errors.setdefault(f"option_{empty}", "poll.error.two_options")
    return errors


def _closing_errors(form: PollForm, *, now: datetime, tz: str) -> dict[str, str]:
    if form.closes_on is None and form.closes_time is not None:
        return {"closes_on": "poll.error.date_required"}
    if form.closes_on is not None and form.closes_time is None:
        return {"closes_time": "poll.error.time_required"}
    closes_at = closing_moment(form, tz)
    if closes_at is None:
        return {"remind": "poll.error.remind_needs_close"} if form.remind_before_minutes else {}
    if closes_at <= now:
        return {"closes_on": "poll.error.closes_in_past"}
    if form.remind_before_minutes and reminder_moment(closes_at, form.remind_before_minutes) <= now:
        return {"remind": "poll.error.remind_too_late"}
    return {}


def reminder_moment(closes_at: datetime, remind_before_minutes: int) -> datetime:
    return closes_at - timedelta(minutes=remind_before_minutes)


def next_choices(current: frozenset[int], option_id: int, *, multiple: bool) -> frozenset[int]:
    """A person's options after clicking `option_id`: single choice moves the vote (clicking
    the same option again changes nothing), multiple choice toggles the option."""
    if not multiple:
        return frozenset({option_id})
    return current - {option_id} if option_id in current else current | {option_id}


def is_closed(closed_at: datetime | None, closes_at: datetime | None, now: datetime) -> bool:
    """Closed by a person, or past its closing time even before the closing job has run."""
    return closed_at is not None or (closes_at is not None and closes_at <= now)


@dataclass(frozen=True)
class OptionTally:
    option_id: int
    text: str
    votes: int
    voters: tuple[str, ...]


def tally(
    options: Sequence[tuple[int, str]], votes: Iterable[tuple[int, str]]
) -> tuple[tuple[OptionTally, ...], int]:
    """Votes per option (with who, in voting order) and how many people voted at all."""
    by_option: dict[int, list[str]] = {option_id: [] for option_id, _ in options}
    people: set[str] = set()
    for option_id, user_id in votes:
        if option_id in by_option:
            by_option[option_id].append(user_id)
            people.add(user_id)
    rows = tuple(
        OptionTally(option_id, text, len(by_option[option_id]), tuple(by_option[option_id]))
        for option_id, text in options
    )
    return rows, len(people)


def percent(count: int, total: int) -> int:
    return round(100 * count / total) if total else 0


def bar(count: int, total: int, width: int = BAR_WIDTH) -> str:
    """A text bar such as '▓▓▓▓░░░░░░'; readable on a phone, no images needed."""
    filled = round(width * count / total) if total else 0
    return "▓" * filled + "░" * (width - filled)


def plan_refresh(refreshed_at: datetime | None, now: datetime) -> datetime:
    """When the message may be rebuilt next: now, or one interval after the last rebuild was
    claimed. Every vote in between gets the same moment, so later votes never postpone it,
    and claimed rebuilds are always at least an interval apart."""
    if refreshed_at is None or now - refreshed_at >= REFRESH_INTERVAL:
        return now
    return refreshed_at + REFRESH_INTERVAL
