"""Small Block Kit element builders; each returns a dict and touches nothing else."""

from __future__ import annotations

import json
import re
from typing import Any

from bot.blocks import ids
from bot.i18n import Markup as Markup
from bot.i18n import escape, unescape
from bot.i18n import join as i18n_join

Block = dict[str, Any]

SECTION_TEXT_MAX = 3000
SECTION_FIELD_MAX = 2000  # each of a section's fields; Slack's limit is lower than for text
SECTION_FIELDS_MAX = 10
ACTIONS_MAX = 25  # elements in one actions block
PRIVATE_METADATA_MAX = 3000
OPTION_TEXT_MAX = 75
BUTTON_TEXT_MAX = 75
MODAL_TITLE_MAX = 24


def clip(text: str, limit: int) -> str:
    """Shorten to Slack's limit with an ellipsis, so a long name never breaks a payload."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def esc(text: object) -> Markup:
    """What a person typed, safe in mrkdwn and a message's `text` (`&`, `<`, `>` escaped, so
    no `<!channel>` and no disguised links). Idempotent: see `bot.i18n`."""
    return escape(text)


def mention(user_id: str) -> Markup:
    """A mention of a person the bot names itself (the id is escaped, the markup is not)."""
    return Markup(f"<@{escape(user_id)}>")


def mentions(user_ids: Any) -> Markup:
    """People the bot names, comma separated."""
    return Markup(", ".join(mention(user) for user in user_ids))


def channel(channel_id: str) -> Markup:
    """A link to a channel the bot names itself."""
    return Markup(f"<#{escape(channel_id)}>")


def join(separator: str, pieces: Any) -> Markup:
    """Pieces joined into one mrkdwn text: text a person typed is escaped, markup is kept."""
    return i18n_join(separator, pieces)


_EMOJI_CODE = re.compile(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w])\s*")
_MARKERS = tuple(
    re.compile(
        rf"(?<![\w{m}]){re.escape(m)}([^{m}\s](?:[^{m}\n]*[^{m}\s])?){re.escape(m)}(?![\w{m}])"
    )
    for m in "*_~"
)


def notification(text: str) -> str:
    """A message's top-level `text` as a lock screen and a screen reader show it: Slack renders
    no mrkdwn there, so the markers (`*bold*`, `_italic_`, `~strike~`, backticks) and emoji
    codes (`:wave:`) go and one plain sentence stays. Mentions cannot be turned into names
    here: a catalogue text for a notification names people by their role instead."""
    text = _EMOJI_CODE.sub("", text)
    for marker in _MARKERS:
        text = marker.sub(r"\1", text)
    text = text.replace("`", "")
    return Markup(re.sub(r"[ \t]+", " ", text).strip())


def message(text: str, blocks: list[Block]) -> dict[str, Any]:
    """A message: its blocks, and `text` as the plain notification of it (see notification)."""
    return {"text": notification(text), "blocks": blocks}


def plain(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    """A plain_text object: Slack shows it literally, so escaped text is shown unescaped."""
    return {"type": "plain_text", "text": clip(unescape(text), limit), "emoji": True}


def mrkdwn(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": clip(text, limit)}


def header(text: str) -> Block:
    return {"type": "header", "text": plain(text, 150)}


def section(text: str, accessory: dict[str, Any] | None = None) -> Block:
    block: Block = {"type": "section", "text": mrkdwn(text)}
    if accessory:
        block["accessory"] = accessory
    return block


def packed(lines: list[str], limit: int = SECTION_TEXT_MAX) -> list[str]:
    """Lines joined into as few texts as fit in `limit` characters each (one section each), so
    a long list never breaks a section's limit."""
    texts: list[str] = []
    for line in lines:
        if texts and len(texts[-1]) + 1 + len(line) <= limit:
            texts[-1] += "\n" + line
        else:
            texts.append(line)
    return texts


def fields(*pairs: str) -> Block:
    texts = pairs[:SECTION_FIELDS_MAX]
    return {"type": "section", "fields": [mrkdwn(text, SECTION_FIELD_MAX) for text in texts]}


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text) for text in texts[:10]]}


def divider() -> Block:
    return {"type": "divider"}


def button(
    text: str, action_id: str, value: str | None = None, *, style: str | None = None
) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(text, BUTTON_TEXT_MAX),
        "action_id": action_id,
    }
    if value is not None:
        element["value"] = value
    if style:
        element["style"] = style
    return element


def confirmed(
    element: dict[str, Any], *, title: str, text: str, yes: str, no: str
) -> dict[str, Any]:
    """The element behind Slack's own confirm dialog (red), for what cannot be undone."""
    element["confirm"] = {
        "title": plain(title, 100),
        "text": plain(text, 300),
        "confirm": plain(yes, 30),
        "deny": plain(no, 30),
        "style": "danger",
    }
    return element


def actions(*elements: dict[str, Any], block_id: str | None = None) -> Block:
    """At most Slack's 25 elements: callers put the important ones first."""
    block: Block = {"type": "actions", "elements": list(elements[:ACTIONS_MAX])}
    if block_id:
        block["block_id"] = block_id
    return block


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text, OPTION_TEXT_MAX), "value": value}


def input_block(
    block_id: str,
    label: str,
    element: dict[str, Any],
    *,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    block: Block = {
        "type": "input",
        "block_id": block_id,
        "label": plain(label, 2000),
        "element": {**element, "action_id": ids.VALUE},
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint, 2000)
    return block


def text_input(
    *,
    max_length: int,
    placeholder: str,
    initial: str | None = None,
    multiline: bool = False,
) -> dict[str, Any]:
    """A text field; the placeholder is required, or Slack shows its own English hint."""
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "max_length": max_length,
        "multiline": multiline,
    }
    if initial:
        element["initial_value"] = initial[:max_length]
    element["placeholder"] = plain(placeholder, 150)
    return element


def static_select(
    options: list[dict[str, Any]],
    *,
    initial: str | None = None,
    multi: bool = False,
    initial_many: list[str] | None = None,
    placeholder: str,
) -> dict[str, Any]:
    """A select; the placeholder is required, or Slack shows "Select an item"."""
    element: dict[str, Any] = {
        "type": "multi_static_select" if multi else "static_select",
        "options": options[:100],
    }
    by_value = {o["value"]: o for o in element["options"]}
    if initial in by_value:
        element["initial_option"] = by_value[initial]
    chosen = [by_value[v] for v in initial_many or [] if v in by_value]
    if chosen:
        element["initial_options"] = chosen
    element["placeholder"] = plain(placeholder, 150)
    return element


def checkboxes(options: list[dict[str, Any]], *, checked: list[str] | None = None) -> Block:
    element: dict[str, Any] = {"type": "checkboxes", "options": options[:10]}
    chosen = [o for o in element["options"] if o["value"] in (checked or [])]
    if chosen:
        element["initial_options"] = chosen
    return element


def modal(
    callback_id: str,
    title: str,
    blocks: list[Block],
    *,
    submit: str | None = None,
    close: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title, MODAL_TITLE_MAX),
        "blocks": blocks[:100],
    }
    if submit:
        view["submit"] = plain(submit, 24)
    if close:
        view["close"] = plain(close, 24)
    if metadata:
        view["private_metadata"] = private_metadata(metadata)
    return view


def private_metadata(metadata: dict[str, Any]) -> str:
    """The ids a view carries, as compact JSON within Slack's 3,000 characters. Clipping JSON
    would lose the ids, so a payload too large is a bug in the caller: say so here, not as
    an opaque `invalid_arguments` from Slack."""
    text = json.dumps(metadata, separators=(",", ":"))
    if len(text) > PRIVATE_METADATA_MAX:
        raise ValueError(
            f"private_metadata of {len(text)} characters exceeds {PRIVATE_METADATA_MAX}: "
            "carry ids only"
        )
    return text


def metadata(view: dict[str, Any]) -> dict[str, Any]:
    """The ids carried in a view's private_metadata ({} when absent or unreadable)."""
    try:
        value = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def state_value(state: dict[str, Any], block_id: str) -> Any:
    """What the user entered in an input block, as a plain Python value."""
    element = state.get("values", {}).get(block_id, {}).get(ids.VALUE) or {}
    kind = element.get("type")
    if kind == "plain_text_input":
        return element.get("value") or ""
    if kind in ("static_select", "radio_buttons"):
        chosen = element.get("selected_option")
        return chosen["value"] if chosen else None
    if kind in ("multi_static_select", "checkboxes"):
        return [o["value"] for o in element.get("selected_options") or []]
    if kind == "users_select":
        return element.get("selected_user")
    if kind == "conversations_select":
        return element.get("selected_conversation")
    if kind == "datepicker":
        return element.get("selected_date")
    if kind == "timepicker":
        return element.get("selected_time")
    return element.get("value")
