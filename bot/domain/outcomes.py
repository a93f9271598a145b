"""What happened at a meeting (issue 14, items 4 and 5): attendance taken afterwards, and the
results (insights, agreements, actions). Pure: no Slack, no database.

Attendance is taken, not assumed: an RSVP is an intention. After a meeting each member may say
whether they were there (*was je erbij?*) and the facilitator or a coordinator confirms who was
there; the confirmation, when given, is what counts, so it settles any disagreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.meetings import Attendance
from bot.domain.network import clean_text

# Planned with the meeting (bot/services/meeting_schedule.py): at its end, the prompts go out.
PROMPTS_JOB = "attendance.prompts"
# One per person, planned by PROMPTS_JOB for right away.
TAKER_JOB = "attendance.taker"
ASK_MEMBER_JOB = "attendance.ask_member"
# Once attendance is confirmed: a word to each organisation nobody came from (its contact).
MISSED_JOB = "attendance.missed"
MISSED_AFTER = timedelta(minutes=10)  # room to correct the form before anyone is told
# The one reminder to an action's owner, the day before its date.
ACTION_REMINDER_JOB = "result.action_reminder"

PRESENT = frozenset({Attendance.IN_PERSON, Attendance.ONLINE})
ANSWERS = (Attendance.IN_PERSON, Attendance.ONLINE, Attendance.ABSENT)
RESULT_MAX = 1000
RESULTS_SHOWN = 40  # in the thread message (Slack allows 50 blocks)
REMINDER_HOUR = time(9, 0)


def counted(self_report: str | None, confirmed: str | None) -> str | None:
    """What counts for one person: the confirmation, else their own word, else nothing."""
    return confirmed or self_report


def disagrees(self_report: str | None, confirmed: str | None) -> bool:
    """The member said one thing and the one who took attendance another (present or not)."""
    if self_report is None or confirmed is None:
        return False
    return (self_report in PRESENT) != (confirmed in PRESENT)


def confirmed_modes(members: list[str], present: set[str], online: set[str]) -> dict[str, str]:
    """The attendance taker's form as one answer per member: ticked as present (in person
    unless also named online), named online only (online), or neither (absent)."""
    modes: dict[str, str] = {}
    for user in members:
        if user in online:
            modes[user] = Attendance.ONLINE
        elif user in present:
            modes[user] = Attendance.IN_PERSON
        else:
            modes[user] = Attendance.ABSENT
    return modes


class ResultKind(StrEnum):
    INSIGHT = "insight"
    AGREEMENT = "agreement"
    ACTION = "action"


@dataclass(frozen=True)
class ResultInput:
    kind: str | None
    text: str
    owner: str | None
    due_on: date | None


def validate_result(value: ResultInput, today: date) -> dict[str, str]:
    """Field errors (field -> catalogue key): an action needs an owner; a date belongs to an
    action and lies ahead."""
    errors: dict[str, str] = {}
    if value.kind not in set(ResultKind):
        errors["kind"] = "result.error.kind"
    if not clean_text(value.text):
        errors["text"] = "result.error.empty"
    elif len(value.text) > RESULT_MAX:
        errors["text"] = "result.error.too_long"
    if value.kind == ResultKind.ACTION and not value.owner:
        errors["owner"] = "result.error.owner"
    if value.kind != ResultKind.ACTION and value.due_on is not None:
        errors["due"] = "result.error.due_not_action"
    elif value.due_on is not None and value.due_on < today:
        errors["due"] = "result.error.due_past"
    return errors


def reminder_at(due_on: date, tz: str, now: datetime) -> datetime | None:
    """The one reminder: 09:00 the day before the date, in the owner's time zone; right away
    when that moment has passed but the date has not begun; None when it is too late."""
    zone = ZoneInfo(tz)
    moment = datetime.combine(due_on - timedelta(days=1), REMINDER_HOUR, zone).astimezone(UTC)
    if moment >= now:
        return moment
    day_begins = datetime.combine(due_on, time(0, 0), zone).astimezone(UTC)
    return now if now < day_begins else None


# --- the agenda (issue 14, item 3) ---------------------------------------------------------

# A burst of edits is announced once: this long after the last edit, in the meeting's thread.
AGENDA_CHANGED_JOB = "agenda.changed"
AGENDA_PROPOSAL_JOB = "agenda.proposal"  # a member's proposal, to each coordinator
AGENDA_QUIET = timedelta(minutes=5)
AGENDA_POINTS_MAX = 15
AGENDA_POINT_MAX = 200
NUMBERING = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s*")


def agenda_points(text: str) -> list[str]:
    """The agenda as typed: one point per line, numbering and bullets taken off, empty lines
    dropped (so the coordinator orders the agenda by moving lines)."""
    points = []
    for line in text.splitlines():
        point = clean_text(NUMBERING.sub("", line))
        if point:
            points.append(point)
    return points


def validate_agenda(points: list[str]) -> dict[str, str]:
    if len(points) > AGENDA_POINTS_MAX:
        return {"points": "agenda.error.too_many"}
    if any(len(point) > AGENDA_POINT_MAX for point in points):
        return {"points": "agenda.error.too_long"}
    return {}


def validate_proposal(text: str) -> dict[str, str]:
    if not clean_text(text):
        return {"text": "agenda.error.empty"}
    if len(text) > AGENDA_POINT_MAX:
        return {"text": "agenda.error.too_long"}
    return {}
