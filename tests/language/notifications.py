"""Reads the notification text of every message the bot sends, as a lock screen or a screen
reader shows it (issue 13, item 6).

A message with blocks shows its blocks in Slack, but its top-level `text` is what a phone's
notification, a screen reader and a search result show, and there Slack renders no mrkdwn:
`*bold*` shows its stars, `:wave:` its colons and `<@U123>` its raw id. So that text is one
plain sentence: no `*bold*`, `_italic_`, `~strike~` or `` `code` ``, no `:emoji:` codes, and
no `<@…>` mentions or `<!…>` specials (people are named by their role or organisation
instead). A channel link (`<#C…>`) is allowed: Slack shows it as the channel's name.

The `slack` fixture in tests/conftest.py runs it over every payload of every test.
"""

from __future__ import annotations

import re
from typing import Any

NOTIFYING = frozenset({"chat.postMessage", "chat.update", "chat.postEphemeral"})
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bold", re.compile(r"(?<![\w*])\*[^*\s](?:[^*\n]*[^*\s])?\*(?![\w*])")),
    ("italic", re.compile(r"(?<![\w_])_[^_\s](?:[^_\n]*[^_\s])?_(?![\w_])")),
    ("strike", re.compile(r"(?<![\w~])~[^~\s](?:[^~\n]*[^~\s])?~(?![\w~])")),
    ("code", re.compile(r"`")),
    ("emoji code", re.compile(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w])")),
    ("raw mention", re.compile(r"<[@!]")),
)


def problems(method: str, params: dict[str, Any]) -> list[str]:
    """What is wrong with the notification text of one chat call that has blocks."""
    if method not in NOTIFYING or not params.get("blocks"):
        return []
    text = params.get("text")
    if not isinstance(text, str) or not text.strip():
        return [f"{method}: a message with blocks but no notification text"]
    return [
        f"{method}: {name} in notification text {text[:120]!r}"
        for name, pattern in RULES
        if pattern.search(text)
    ]
