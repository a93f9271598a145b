"""Hostile text, and a scanner of what reached Slack: every text Slack reads as markup (a
message's top-level `text`, mrkdwn objects, a file's comment) must show hostile text escaped,
and `plain_text` objects must show it as typed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fakeslack.fake_server import Call

HOSTILE = "<!channel> <!here> <@U0HOSTILE> <https://evil|klik> &lt; *bold*"
# What must never reach Slack as markup: each would ping, mention or disguise a link.
FORBIDDEN = ("<!channel", "<!here", "<@U0HOSTILE", "<https://evil")
# Escaped once is right (`&lt;` stays `&lt;`); escaped twice shows `&lt;` instead of `<`.
DOUBLE_ESCAPED = ("&amp;lt;", "&amp;gt;", "&amp;amp;")
SHOWN_ESCAPED = "&lt;!channel&gt;"  # how the hostile text reads in markup, escaped once
MARKUP_KEYS = ("text", "initial_comment")


@dataclass
class Texts:
    markup: list[str]
    plain: list[str]


def texts_of(payload: Any) -> Texts:
    """The markup and the plain texts in one Web API payload (or a view)."""
    found = Texts([], [])
    _walk(payload, found)
    return found


def _walk(value: Any, found: Texts) -> None:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return
    if isinstance(value, dict):
        if value.get("type") == "plain_text":
            found.plain.append(str(value.get("text", "")))
            return
        for key, item in value.items():
            if key in MARKUP_KEYS and isinstance(item, str):
                found.markup.append(item)
            elif key not in ("private_metadata", "value", "initial_value", "url"):
                _walk(item, found)
    elif isinstance(value, list):
        for item in value:
            _walk(item, found)


def problems(payloads: Iterable[Any]) -> list[str]:
    """Every markup text with hostile markup or double escaping, and every plain text that
    shows escaping a person would read literally."""
    found = []
    for payload in payloads:
        seen = texts_of(payload)
        for text in seen.markup:
            bad = [m for m in (*FORBIDDEN, *DOUBLE_ESCAPED) if m in text]
            if bad:
                found.append(f"markup {bad}: {text[:300]!r}")
        for text in seen.plain:
            if "&lt;" in text or "&amp;" in text or "&gt;" in text:
                found.append(f"plain_text shows escaping: {text[:300]!r}")
    return found


def call_payloads(calls: Iterable[Call]) -> list[Any]:
    return [call.params for call in calls]


def shown_escaped(payloads: Iterable[Any]) -> int:
    """How many markup texts show the hostile text, escaped: proof that it reached Slack."""
    return sum(SHOWN_ESCAPED in text for payload in payloads for text in texts_of(payload).markup)
