"""Dates and times as plain text, written by Babel in the reader's language and time zone.

Never Slack's own date formatting tokens: Slack renders those in the reader's *Slack*
language, and Slack has no Dutch, so a Dutch nurse would read "Tuesday, February 9th". A
channel message has many readers: it is written in the network's language and time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_time

from bot.i18n import format_datetime

TIME_PATTERN = "HH:mm"


def time_of_day(moment: datetime, lang: str, tz: str) -> str:
    """e.g. '14:00' in the reader's time zone."""
    return format_time(moment, TIME_PATTERN, tzinfo=ZoneInfo(tz), locale=lang)


def span(start: datetime, end: datetime, lang: str, tz: str) -> tuple[str, str]:
    """('dinsdag 9 februari 2027, 14:00', '16:30'); the end gets its date too when it falls
    on another day in the reader's time zone."""
    zone = ZoneInfo(tz)
    same_day = start.astimezone(zone).date() == end.astimezone(zone).date()
    until = time_of_day(end, lang, tz) if same_day else format_datetime(end, lang, tz)
    return format_datetime(start, lang, tz), until
