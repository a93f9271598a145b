"""Reads every message and view the way a Dutch nurse would, and lists what would show
Slack's English chrome or our own plumbing (issue 13, item 2):

- a `<!date^…>` token (Slack renders it in the reader's *Slack* language: English);
- a select, picker or text input without a placeholder (Slack then shows "Select an item");
- a home-made "(mag leeg)" / "(optional)" in a label (Slack adds its own to optional inputs);
- a catalogue key shown raw (`poll.create.title` instead of its text).

The `slack` and `client` fixtures in tests/conftest.py run it over every payload of every test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from bot.i18n import CATALOGUES

NEEDS_PLACEHOLDER = frozenset(
    {
        "static_select",
        "multi_static_select",
        "external_select",
        "multi_external_select",
        "users_select",
        "multi_users_select",
        "conversations_select",
        "multi_conversations_select",
        "channels_select",
        "multi_channels_select",
        "datepicker",
        "timepicker",
        "plain_text_input",
        "number_input",
        "email_text_input",
        "url_text_input",
    }
)
KEYS = frozenset(CATALOGUES["nl"])
KEY_LIKE = re.compile(r"(?<![\w./:@-])[a-z_]+(?:\.[a-z_0-9]+)+(?![\w/])")
HOME_MADE_OPTIONAL = re.compile(r"\((mag leeg|optional|optioneel)\)\s*$", re.IGNORECASE)
PAYLOAD_PARTS = ("text", "blocks", "view", "attachments", "initial_comment", "title")


def problems(payload: dict[str, Any], where: str) -> list[str]:
    """What is wrong with one API call's parameters (or one HTTP answer), as readable lines."""
    found: list[str] = []
    for part in PAYLOAD_PARTS:
        if part in payload:
            found += [f"{where}: {problem}" for problem in _walk(payload[part], part)]
    return found


def _walk(node: Any, path: str) -> Iterator[str]:
    if isinstance(node, str):
        yield from _text_problems(node, path)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        kind = node.get("type")
        if kind in NEEDS_PLACEHOLDER and not node.get("placeholder"):
            yield f"{path}: {kind} without a placeholder"
        if node.get("type") == "input" and isinstance(node.get("label"), dict):
            label = str(node["label"].get("text", ""))
            if HOME_MADE_OPTIONAL.search(label):
                yield f"{path}.label: home-made optional marker in {label!r}"
        for key, value in node.items():
            if key in ("action_id", "block_id", "callback_id", "value", "private_metadata"):
                continue
            yield from _walk(value, f"{path}.{key}")


def _text_problems(text: str, path: str) -> Iterator[str]:
    if "<!date" in text:
        yield f"{path}: Slack date token in {text[:80]!r}"
    for candidate in KEY_LIKE.findall(text):
        if candidate in KEYS:
            yield f"{path}: catalogue key {candidate!r} shown raw"
