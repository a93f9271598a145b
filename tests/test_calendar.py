"""Calendar files: stable UID, Amsterdam time zone, cancellation."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar

from bot.calendar import CalendarEvent, event_uid, ics


def event(**changes) -> CalendarEvent:
    values = dict(
        uid=event_uid("T0001", "meeting", 4),
        sequence=0,
        title="Bijeenkomst 3: Dementie",
        description="Neem cijfers mee.",
        starts_at=datetime(2027, 3, 28, 8, tzinfo=UTC),
        ends_at=datetime(2027, 3, 28, 11, tzinfo=UTC),
        location="Zwolle",
        stamp=datetime(2027, 1, 12, tzinfo=UTC),
    )
    values.update(changes)
    return CalendarEvent(**values)


def parse(data: bytes):
    calendar = Calendar.from_ical(data)
    return calendar, next(iter(calendar.walk("VEVENT")))


def test_event_in_amsterdam_time_with_a_time_zone_definition() -> None:
    calendar, item = parse(ics(event()))
    assert calendar["METHOD"] == "PUBLISH"
    assert item["UID"] == "lnbot-T0001-meeting-4@lnbot"
    start = item.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Amsterdam" and start.hour == 10  # summer time
    assert item["LOCATION"] == "Zwolle" and item["STATUS"] == "CONFIRMED"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_an_update_keeps_the_uid_and_raises_the_sequence() -> None:
    _, first = parse(ics(event()))
    _, moved = parse(ics(event(sequence=1, starts_at=datetime(2027, 4, 1, 8, tzinfo=UTC))))
    assert first["UID"] == moved["UID"] and moved["SEQUENCE"] == 1


def test_cancellation() -> None:
    calendar, item = parse(ics(event(cancelled=True, sequence=2)))
    assert calendar["METHOD"] == "CANCEL" and item["STATUS"] == "CANCELLED"
