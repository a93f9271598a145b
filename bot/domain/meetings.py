"""Rules of the network's year of seven meetings (see shared/DOMAIN.md, 'The year'), and of
the lighter events (webinar, workshop, studiemiddag, training) that share their announcement,
RSVPs, reminders and calendar file but not the year's rules."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from zoneinfo import ZoneInfo

MEETINGS_PER_YEAR = 7
MIN_DURATION = timedelta(hours=2, minutes=30)
MIN_EVENT_DURATION = timedelta(minutes=15)  # the 2.5 hours are a rule for meetings only
EVENT_TITLE_MAX = 150
MAX_DURATION = timedelta(hours=12)
FACILITATED_MEETINGS = (1, 4, MEETINGS_PER_YEAR)
EVALUATION_AFTER_MEETING = 3
NETWORK_YEAR = timedelta(days=366)
DEFAULT_REMINDER_OFFSETS = "7d,1d"
REMINDER_TIME = time(9, 0)
MAX_OFFSETS = 5
MAX_OFFSET = timedelta(days=60)
UNREPRESENTED_CHECK_BEFORE = timedelta(days=3)
DEFAULT_CHECKIN_AFTER = timedelta(days=7)
# Where a reminder's 09:00 falls for a member whose own time zone is not known (yet).
DEFAULT_ZONE = "Europe/Amsterdam"
LOCATION_MAX = 300
ONLINE_REASON_MAX = 200
HOLIDAY_EMOJI = {":palm_tree:", ":airplane:", ":beach_with_umbrella:", ":desert_island:"}
HOLIDAY_WORDS = ("vakantie", "verlof", "holiday", "vacation", "leave")
# After meeting 1 the group plans the next three; after the evaluation of meeting 3 the last three.
FOLLOW_UP_SLOTS = {1: (2, 3, 4), EVALUATION_AFTER_MEETING: (5, 6, 7)}
# RSVPs rebuild the announcement at once; a rebuild this long after a burst catches a race.
REFRESH_AFTER = timedelta(seconds=5)
MAX_HOURS_READ = 1000  # a bigger "duration" is a typing error, not a (too) long meeting
_OFFSET = re.compile(r"^(\d{1,3})([dh])$")


class OccasionKind(StrEnum):
    """A meeting counts towards the seven of the year; an event never does."""

    MEETING = "meeting"
    EVENT = "event"


class EventType(StrEnum):
    WEBINAR = "webinar"
    WORKSHOP = "workshop"
    STUDY_AFTERNOON = "study_afternoon"  # studiemiddag
    TRAINING = "training"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class SlotState(StrEnum):
    OPEN = "open"
    PLANNED = "planned"
    HELD = "held"


class Attendance(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    ABSENT = "absent"


@dataclass(frozen=True)
class Slot:
    """A meeting as the rules see it."""

    number: int
    starts_at: datetime
    ends_at: datetime
    facilitator: str | None = None


@dataclass(frozen=True)
class MeetingPlan:
    number: int
    starts_at: datetime
    duration: timedelta
    location: str

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + self.duration


@dataclass(frozen=True)
class EventPlan:
    """A lighter event as the rules see it: no number, no place in the year."""

    event_type: str | None
    title: str
    starts_at: datetime
    duration: timedelta
    location: str

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + self.duration


@dataclass(frozen=True)
class Offset:
    """How long before a meeting a reminder goes; day offsets go at 09:00 local time."""

    amount: int
    unit: str  # "d" or "h"

    @property
    def delta(self) -> timedelta:
        return timedelta(days=self.amount) if self.unit == "d" else timedelta(hours=self.amount)

    @property
    def code(self) -> str:
        return f"{self.amount}{self.unit}"


def validate_plan(plan: MeetingPlan, others: list[Slot], now: datetime) -> dict[str, str]:
    """Field name -> message key. `others` are the network's other (not cancelled) meetings."""
    errors: dict[str, str] = {}
    if not 1 <= plan.number <= MEETINGS_PER_YEAR:
        errors["number"] = "meeting.error.number"
    errors |= _timing_errors(plan, now, MIN_DURATION, "meeting.error.too_short")
    if "date" in errors:
        return errors
    if overlapping(plan, others):
        errors["date"] = "meeting.error.overlap"
    elif not in_order(plan, others):
        errors["date"] = "meeting.error.order"
    elif not within_year(plan, others):
        errors["date"] = "meeting.error.year"
    return errors


def validate_event(plan: EventPlan, now: datetime) -> dict[str, str]:
    """Field name -> message key. An event needs a title and a type, lies ahead and may be
    short; it is not one of the seven, so number, order and year do not apply."""
    errors: dict[str, str] = {}
    if plan.event_type not in set(EventType):
        errors["type"] = "event.error.type_required"
    if not plan.title:
        errors["title"] = "event.error.title_required"
    elif len(plan.title) > EVENT_TITLE_MAX:
        errors["title"] = "error.too_long"
    return errors | _timing_errors(plan, now, MIN_EVENT_DURATION, "event.error.too_short")


def _timing_errors(
    plan: MeetingPlan | EventPlan, now: datetime, minimum: timedelta, too_short: str
) -> dict[str, str]:
    """What meetings and events share: a sensible length, a place that fits, a future date."""
    errors: dict[str, str] = {}
    if plan.duration < minimum:
        errors["duration"] = too_short
    elif plan.duration > MAX_DURATION:
        errors["duration"] = "meeting.error.too_long"
    if len(plan.location) > LOCATION_MAX:
        errors["location"] = "error.too_long"
    if plan.starts_at <= now:
        errors["date"] = "meeting.error.past"
    return errors


def overlapping(plan: MeetingPlan, others: list[Slot]) -> Slot | None:
    return next(
        (o for o in others if o.starts_at < plan.ends_at and plan.starts_at < o.ends_at), None
    )


def in_order(plan: MeetingPlan, others: list[Slot]) -> bool:
    """Meeting 3 comes after meeting 2 and before meeting 4."""
    before = [o for o in others if o.number < plan.number]
    after = [o for o in others if o.number > plan.number]
    return all(o.ends_at <= plan.starts_at for o in before) and all(
        plan.ends_at <= o.starts_at for o in after
    )


def within_year(plan: MeetingPlan, others: list[Slot]) -> bool:
    """All seven meetings fall within one year: more than that is a second year."""
    starts = [o.starts_at for o in others] + [plan.starts_at]
    return max(starts) - min(starts) <= NETWORK_YEAR


def parse_offsets(text: str) -> list[Offset] | None:
    """'7d,1d,2h' -> offsets, longest first; None when the text is not of that form."""
    parts = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not parts or len(parts) > MAX_OFFSETS:
        return None
    offsets = []
    for part in parts:
        match = _OFFSET.match(part)
        if match is None:
            return None
        offset = Offset(int(match.group(1)), match.group(2))
        if offset.amount == 0 or offset.delta > MAX_OFFSET:
            return None
        offsets.append(offset)
    unique = {offset.code: offset for offset in offsets}
    return sorted(unique.values(), key=lambda offset: offset.delta, reverse=True)


def reminder_at(starts_at: datetime, offset: Offset, tz: str) -> datetime:
    """When a reminder goes: 'd' offsets at 09:00 on that day in the member's time zone
    (so a reminder never comes at night), 'h' offsets exactly that long before."""
    if offset.unit == "h":
        return starts_at - offset.delta
    zone = ZoneInfo(tz)
    day: date = starts_at.astimezone(zone).date() - timedelta(days=offset.amount)
    return datetime.combine(day, REMINDER_TIME, tzinfo=zone).astimezone(starts_at.tzinfo)


def year_plan(slots: list[Slot], now: datetime) -> list[tuple[int, SlotState, Slot | None]]:
    """The seven slots of the year: open, planned or held."""
    by_number = {slot.number: slot for slot in slots}
    plan: list[tuple[int, SlotState, Slot | None]] = []
    for number in range(1, MEETINGS_PER_YEAR + 1):
        slot = by_number.get(number)
        if slot is None:
            plan.append((number, SlotState.OPEN, None))
        else:
            state = SlotState.HELD if slot.ends_at <= now else SlotState.PLANNED
            plan.append((number, state, slot))
    return plan


def missing_facilitators(slots: list[Slot]) -> list[int]:
    """Meetings 1, 4 and 7 need a facilitator (gespreksleider)."""
    return sorted(s.number for s in slots if s.number in FACILITATED_MEETINGS and not s.facilitator)


def on_holiday(status_text: str | None, status_emoji: str | None) -> bool:
    text = (status_text or "").casefold()
    return (status_emoji or "") in HOLIDAY_EMOJI or any(word in text for word in HOLIDAY_WORDS)


def unrepresented(organisations: dict[str, list[Attendance | None]]) -> list[str]:
    """Organisations of which nobody is coming (in person or online)."""
    coming = {Attendance.IN_PERSON, Attendance.ONLINE}
    return sorted(
        name for name, answers in organisations.items() if not coming.intersection(answers)
    )


def first_open(taken: Collection[int]) -> int | None:
    """The lowest meeting number that is not planned yet; None when all seven are."""
    return next((n for n in range(1, MEETINGS_PER_YEAR + 1) if n not in taken), None)


def parse_hours(text: str | None) -> timedelta | None:
    """'2.5' or '2,5' hours -> a duration; None when it is not a positive number."""
    try:
        hours = Decimal((text or "").strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not hours.is_finite() or not 0 < hours <= MAX_HOURS_READ:
        return None
    return timedelta(minutes=int(hours * 60))


def local_start(day: date, start: time, tz: str) -> datetime:
    """A date and time as the planner reads them in their own time zone, in UTC."""
    return datetime.combine(day, start, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def refresh_due(now: datetime) -> datetime:
    """The end of the REFRESH_AFTER window `now` falls in: every RSVP of one burst shares it."""
    step = REFRESH_AFTER.total_seconds()
    return datetime.fromtimestamp((now.timestamp() // step + 1) * step, UTC)
