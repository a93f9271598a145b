"""Calendar files (.ics) for meetings and events, built with the `icalendar` package.

The UID is stable per meeting, so a calendar replaces the event when it changes (SEQUENCE
goes up) and removes it on METHOD:CANCEL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

PRODUCT_ID = "-//lnbot//lerend netwerk//NL"
CALENDAR_ZONE = "Europe/Amsterdam"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    sequence: int
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime
    location: str | None
    stamp: datetime
    cancelled: bool = False


def event_uid(team_id: str, kind: str, subject_id: int) -> str:
    return f"lnbot-{team_id}-{kind}-{subject_id}@lnbot"


def ics(event: CalendarEvent) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if event.cancelled else "PUBLISH")
    zone = ZoneInfo(CALENDAR_ZONE)
    item = Event()
    item.add("uid", event.uid)
    item.add("sequence", event.sequence)
    item.add("dtstamp", event.stamp)
    item.add("dtstart", event.starts_at.astimezone(zone))
    item.add("dtend", event.ends_at.astimezone(zone))
    item.add("summary", event.title)
    item.add("description", event.description)
    if event.location:
        item.add("location", event.location)
    item.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    calendar.add_component(item)
    calendar.add_missing_timezones()
    return calendar.to_ical()
