"""Benchmark figures (issue 14, item 6; *cijfers om met een ander te benchmarken*): before a
meeting the coordinator asks every organisation for a few numbers; after the deadline the
channel sees them side by side under neutral labels (Organisatie A, B, ...) unless an
organisation chose to be named. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.domain.network import clean_text

ASK_JOB = "benchmark.ask"  # one per organisation's contact person, right away
PUBLISH_JOB = "benchmark.publish"  # at the deadline
LABEL_JOB = "benchmark.tell_label"  # after publishing: each organisation hears its label
FIGURES_MAX = 3
NAME_MAX = 100
UNIT_MAX = 30
DEADLINE_HOUR = time(17, 0)  # the deadline day ends for the figures at 17:00 local time


@dataclass(frozen=True)
class FigureInput:
    name: str
    unit: str


def validate_round(
    figures: list[FigureInput], deadline: date | None, today: date, meeting_day: date
) -> dict[str, str]:
    """Field errors: at least one figure with a name; a unit needs a name; the deadline lies
    between today and the meeting."""
    errors: dict[str, str] = {}
    for index, figure in enumerate(figures):
        if figure.unit.strip() and not clean_text(figure.name):
            errors[f"name{index}"] = "benchmark.error.unit_without_name"
        if len(figure.name) > NAME_MAX:
            errors[f"name{index}"] = "benchmark.error.name_too_long"
        if len(figure.unit) > UNIT_MAX:
            errors[f"unit{index}"] = "benchmark.error.unit_too_long"
    if not any(clean_text(f.name) for f in figures) and "name0" not in errors:
        errors["name0"] = "benchmark.error.no_figure"
    if deadline is None:
        errors["deadline"] = "benchmark.error.no_deadline"
    elif deadline < today or deadline > meeting_day:
        errors["deadline"] = "benchmark.error.deadline"
    return errors


def deadline_at(day: date, tz: str) -> datetime:
    return datetime.combine(day, DEADLINE_HOUR, ZoneInfo(tz)).astimezone(UTC)


def labels(organisations: list[tuple[int, str, bool]], label: str) -> dict[int, str]:
    """Organisation id -> how the channel names it: its own name when it chose to be named,
    else `label` with the next letter (Organisatie A, B, ...), in the given order."""
    named: dict[int, str] = {}
    letter = 0
    for organisation_id, name, named_in_report in organisations:
        if named_in_report:
            named[organisation_id] = name
        else:
            named[organisation_id] = label.format(letter=_letters(letter))
            letter += 1
    return named


def _letters(index: int) -> str:
    """A, B, ..., Z, AA, AB, ..."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text
