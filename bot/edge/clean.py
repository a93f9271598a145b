"""Clean input at the edge, before any feature sees it.

Control characters in typed text (a NUL above all) break storage: PostgreSQL refuses a NUL in
a text column, so a NUL in a modal or a thread reply cost a 500 or a silently dropped reply.
One Bolt middleware removes them from every string Slack sends (modal inputs in
`view.state.values`, slash command `text`, message event `text`, and the rest), keeping
newline and tab. Numbers typed in commands go through `parse_number`, which is bounded, so a
huge or odd number is "not found" instead of an overflow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.blocks.kit import clip

KEPT = {"\n", "\t"}
# Every Unicode control character (category Cc: C0, DEL and C1) except newline and tab.
_CONTROL = {
    code: None for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(code) not in KEPT
}

NUMBER_MAX = 2**31 - 1  # the largest value of a database integer (PostgreSQL's INTEGER)
_NUMBER_DIGITS = len(str(NUMBER_MAX))


def clean_text(text: str) -> str:
    """`text` without control characters (newline and tab stay)."""
    return text.translate(_CONTROL)


def clean(value: Any) -> Any:
    """Every string in a Slack payload cleaned, in place for dicts and lists (the listener's
    `view`, `command`, `event` and `body` are parts of the same payload)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = clean(item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            value[index] = clean(item)
    return value


def clean_input(body: dict[str, Any], next: Callable[[], Any]) -> Any:
    """Bolt middleware: the request's payload without control characters, before any
    listener (and so before anything is stored)."""
    clean(body)
    return next()


def parse_number(text: str) -> int | None:
    """A whole number typed in a command ('12'), or None: ASCII digits only and at most
    NUMBER_MAX, so '99999999999999999999', '1e30', '-1' or '²' are simply not found."""
    text = text.strip()
    if not text or len(text) > _NUMBER_DIGITS or not (text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if value <= NUMBER_MAX else None


def looks_like_number(text: str) -> bool:
    """Meant as a number ('12', '1e30', '99999999999999999999'), as opposed to a word."""
    return text[:1].isdigit() or (text[:1] in ("+", "-") and text[1:2].isdigit())


ECHO_MAX = 200  # characters of typed text (a name, a query) shown back in an answer


def echoed(fields: dict[str, object]) -> dict[str, object]:
    """Fields of an answer that may echo what the person typed, clipped so the answer stays
    within Slack's limits however long the input was."""
    return {
        name: clip(value, ECHO_MAX) if type(value) is str else value
        for name, value in fields.items()
    }
