"""Closing one-liners (tegeltjeswijsheden, seeds 001): at the end of a meeting everyone writes
one line on what they take away; after a while the lines are posted together in the channel
and kept for the outcome report.

One line each, the last edit wins. Posted without names and in alphabetical order, so the
order gives nobody away; the report with names stays with the coordinators. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from bot.domain.network import clean_text

TILE_MAX = 150
DEFAULT_POST_AFTER = timedelta(hours=24)
MAX_POST_AFTER_HOURS = 7 * 24


def validate_tile(text: str) -> dict[str, str]:
    line = clean_text(text)
    if not line:
        return {"text": "tile.error.empty"}
    if len(line) > TILE_MAX:
        return {"text": "error.too_long"}
    return {}


def post_after(hours: str | None) -> timedelta | None:
    """`/lerend tegeltje [uren]`: the default without a number, None when it is not 1..168."""
    if hours is None:
        return DEFAULT_POST_AFTER
    if not hours.isdigit() or not 1 <= int(hours) <= MAX_POST_AFTER_HOURS:
        return None
    return timedelta(hours=int(hours))


def arranged(lines: Iterable[str]) -> list[str]:
    """The one-liners as posted: one line each, alphabetical, so their order reveals no one."""
    return sorted((clean_text(line) for line in lines if clean_text(line)), key=str.casefold)
