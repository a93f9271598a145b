"""Block Kit limit checks, so tests fail on payloads that Slack would reject.

Slack answers ``invalid_blocks`` for a payload that breaks a Block Kit limit, but only in
production; these pure functions apply the documented limits
(https://docs.slack.dev/reference/block-kit) locally. Each check returns human-readable
violations such as ``"blocks[2].text.text: 3001 characters, max 3000"``; an empty list means
the payload is valid.

The limits live in tables of :class:`Field` rules per block, element and view type, so adding
a limit is a one-line change.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

SURFACES = ("message", "modal", "home")
MAX_BLOCKS = {"message": 50, "modal": 100, "home": 100}
MAX_MESSAGE_TEXT = 40_000
TEXT_TYPES = ("plain_text", "mrkdwn")
KNOWN_BLOCK_TYPES = frozenset(
    {
        "actions",
        "context",
        "context_actions",
        "divider",
        "file",
        "header",
        "image",
        "input",
        "markdown",
        "rich_text",
        "section",
        "table",
        "video",
    }
)

Kind = Literal["text", "plain_text", "string", "list", "number"]


@dataclass(frozen=True)
class Field:
    """One limit on one key of a Block Kit object.

    ``kind`` says how ``limit`` applies: ``text``/``plain_text`` are text objects limited on
    their ``text`` (``plain_text`` also forbids mrkdwn), ``string`` is a plain string length,
    ``list`` a maximum item count and ``number`` a maximum numeric value.
    """

    name: str
    kind: Kind
    limit: int
    required: bool = False


BLOCK_ID = Field("block_id", "string", 255)
ACTION_ID = Field("action_id", "string", 255)
PLACEHOLDER = Field("placeholder", "plain_text", 150)

BLOCK_FIELDS: dict[str, tuple[Field, ...]] = {
    "section": (Field("text", "text", 3000), Field("fields", "list", 10)),
    "header": (Field("text", "plain_text", 150, required=True),),
    "context": (Field("elements", "list", 10, required=True),),
    "actions": (Field("elements", "list", 25, required=True),),
    "input": (
        Field("label", "plain_text", 2000, required=True),
        Field("hint", "plain_text", 2000),
    ),
    "image": (
        Field("image_url", "string", 3000),
        Field("alt_text", "string", 2000, required=True),
        Field("title", "plain_text", 2000),
    ),
}
SECTION_FIELD_TEXT = 2000
# Context text has no documented limit of its own; the message text limit still applies.
CONTEXT_TEXT = MAX_MESSAGE_TEXT

_SELECT_OPTIONS = (Field("options", "list", 100), Field("option_groups", "list", 100))
ELEMENT_FIELDS: dict[str, tuple[Field, ...]] = {
    "button": (
        Field("text", "plain_text", 75, required=True),
        Field("value", "string", 2000),
        Field("url", "string", 3000),
    ),
    "static_select": _SELECT_OPTIONS,
    "multi_static_select": _SELECT_OPTIONS,
    "checkboxes": (Field("options", "list", 10, required=True),),
    "radio_buttons": (Field("options", "list", 10, required=True),),
    "overflow": (Field("options", "list", 5, required=True),),
    "plain_text_input": (
        Field("max_length", "number", 3000),
        Field("min_length", "number", 3000),
        Field("initial_value", "string", 3000),
    ),
}
COMMON_ELEMENT_FIELDS = (ACTION_ID, PLACEHOLDER)

OPTION_FIELDS = (
    Field("text", "text", 75, required=True),
    Field("value", "string", 150, required=True),
    Field("description", "text", 75),
)
OPTION_GROUP_FIELDS = (
    Field("label", "plain_text", 75, required=True),
    Field("options", "list", 100, required=True),
)
CONFIRM_FIELDS = (
    Field("title", "plain_text", 100, required=True),
    Field("text", "text", 300, required=True),
    Field("confirm", "plain_text", 30, required=True),
    Field("deny", "plain_text", 30, required=True),
)

_VIEW_IDS = (
    Field("callback_id", "string", 255),
    Field("private_metadata", "string", 3000),
    Field("external_id", "string", 255),
)
VIEW_FIELDS: dict[str, tuple[Field, ...]] = {
    "modal": (
        Field("title", "plain_text", 24, required=True),
        Field("submit", "plain_text", 24),
        Field("close", "plain_text", 24),
        *_VIEW_IDS,
    ),
    "home": _VIEW_IDS,
}

# Keys of a block that hold interactive elements (context elements are images and text).
ELEMENT_KEYS: dict[str, tuple[str, ...]] = {
    "section": ("accessory",),
    "actions": ("elements",),
    "input": ("element",),
}


# --- public API -------------------------------------------------------------------------


def check_blocks(blocks: list[dict[str, Any]], *, surface: str) -> list[str]:
    """Violations in a ``blocks`` array shown on ``surface`` (message, modal or home)."""
    if surface not in SURFACES:
        raise ValueError(f"surface must be one of {SURFACES}, got {surface!r}")
    return _check_block_list(blocks, surface, "blocks")


def check_view(view: dict[str, Any], *, expected_type: str | None = None) -> list[str]:
    """Violations in a modal or App Home view (``expected_type`` pins modal vs home)."""
    if not isinstance(view, dict):
        return [f"view: must be an object, got {type(view).__name__}"]
    view_type = view.get("type")
    if expected_type is not None and view_type != expected_type:
        return [f"view.type: must be {expected_type!r} here, got {view_type!r}"]
    if view_type not in VIEW_FIELDS:
        return [f"view.type: must be 'modal' or 'home', got {view_type!r}"]
    errors = _check_fields(view, VIEW_FIELDS[view_type], "view")
    blocks = _decoded(view.get("blocks"))
    if blocks is None:
        return [*errors, "view.blocks: required"]
    errors += _check_block_list(blocks, view_type, "view.blocks")
    if view_type == "modal" and view.get("submit") is None and _has_input_block(blocks):
        errors.append("view.submit: required when the modal contains input blocks")
    return errors


def check_message(params: dict[str, Any]) -> list[str]:
    """Violations in chat.postMessage/chat.update/response_url parameters."""
    errors: list[str] = []
    text = params.get("text")
    if isinstance(text, str) and len(text) > MAX_MESSAGE_TEXT:
        errors.append(f"text: {len(text)} characters, max {MAX_MESSAGE_TEXT}")
    blocks = _decoded(params.get("blocks"))
    if blocks is not None:
        errors += _check_block_list(blocks, "message", "blocks")
    attachments = _decoded(params.get("attachments")) or []
    for index, attachment in enumerate(attachments):
        if isinstance(attachment, dict) and attachment.get("blocks") is not None:
            path = f"attachments[{index}].blocks"
            errors += _check_block_list(attachment["blocks"], "message", path)
    return errors


# --- blocks -----------------------------------------------------------------------------


def _check_block_list(blocks: Any, surface: str, path: str) -> list[str]:
    if not isinstance(blocks, list):
        return [f"{path}: must be a list, got {type(blocks).__name__}"]
    errors: list[str] = []
    limit = MAX_BLOCKS[surface]
    if len(blocks) > limit:
        errors.append(f"{path}: {len(blocks)} blocks, max {limit} in a {surface}")
    for index, block in enumerate(blocks):
        errors += _check_block(block, surface, f"{path}[{index}]")
    block_ids = [block.get("block_id") for block in blocks if isinstance(block, dict)]
    errors += _duplicates(block_ids, "block_id", path)
    return errors


def _check_block(block: Any, surface: str, path: str) -> list[str]:
    if not isinstance(block, dict):
        return [f"{path}: must be an object, got {type(block).__name__}"]
    block_type = block.get("type")
    if block_type not in KNOWN_BLOCK_TYPES:
        return [f"{path}.type: unknown block type {block_type!r}"]
    errors = _check_fields(block, (BLOCK_ID, *BLOCK_FIELDS.get(block_type, ())), path)
    errors += _check_block_specifics(block, block_type, surface, path)
    elements = list(_elements_of(block))
    for element_path, element in elements:
        errors += _check_element(element, f"{path}.{element_path}")
    action_ids = [element.get("action_id") for _, element in elements if isinstance(element, dict)]
    errors += _duplicates(action_ids, "action_id", path)
    return errors


def _check_block_specifics(
    block: dict[str, Any], block_type: str, surface: str, path: str
) -> list[str]:
    """Rules that are about the block as a whole rather than one field."""
    errors: list[str] = []
    if block_type == "input":
        if surface != "modal":
            errors.append(f"{path}: input blocks are only allowed in modals, not in a {surface}")
        if "element" not in block:
            errors.append(f"{path}.element: required in an input block")
    if block_type == "section":
        if "text" not in block and "fields" not in block:
            errors.append(f"{path}: a section needs text or fields")
        for index, field in enumerate(_as_list(block.get("fields"))):
            errors += _check_text(field, SECTION_FIELD_TEXT, f"{path}.fields[{index}]")
    if block_type == "context":
        for index, item in enumerate(_as_list(block.get("elements"))):
            if not (isinstance(item, dict) and item.get("type") == "image"):
                errors += _check_text(item, CONTEXT_TEXT, f"{path}.elements[{index}]")
    return errors


def _elements_of(block: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Yield (relative path, element) for every interactive element directly in ``block``."""
    for key in ELEMENT_KEYS.get(block["type"], ()):
        value = block.get(key)
        if isinstance(value, list):
            yield from ((f"{key}[{index}]", item) for index, item in enumerate(value))
        elif value is not None:
            yield key, value


def _has_input_block(blocks: list[Any]) -> bool:
    return any(isinstance(block, dict) and block.get("type") == "input" for block in blocks)


# --- elements, options, confirm dialogs -------------------------------------------------


def _check_element(element: Any, path: str) -> list[str]:
    if not isinstance(element, dict) or not isinstance(element.get("type"), str):
        return [f"{path}: must be an element object with a type"]
    fields = (*COMMON_ELEMENT_FIELDS, *ELEMENT_FIELDS.get(element["type"], ()))
    errors = _check_fields(element, fields, path)
    for key in ("options", "initial_options"):
        for index, option in enumerate(_as_list(element.get(key))):
            errors += _check_object(option, OPTION_FIELDS, f"{path}.{key}[{index}]")
    if element.get("initial_option") is not None:
        errors += _check_object(element["initial_option"], OPTION_FIELDS, f"{path}.initial_option")
    for index, group in enumerate(_as_list(element.get("option_groups"))):
        errors += _check_option_group(group, f"{path}.option_groups[{index}]")
    if element.get("confirm") is not None:
        errors += _check_object(element["confirm"], CONFIRM_FIELDS, f"{path}.confirm")
    return errors


def _check_option_group(group: Any, path: str) -> list[str]:
    errors = _check_object(group, OPTION_GROUP_FIELDS, path)
    options = group.get("options") if isinstance(group, dict) else None
    for index, option in enumerate(_as_list(options)):
        errors += _check_object(option, OPTION_FIELDS, f"{path}.options[{index}]")
    return errors


# --- field rules ------------------------------------------------------------------------


def _check_object(obj: Any, fields: Iterable[Field], path: str) -> list[str]:
    if not isinstance(obj, dict):
        return [f"{path}: must be an object, got {type(obj).__name__}"]
    return _check_fields(obj, fields, path)


def _check_fields(obj: dict[str, Any], fields: Iterable[Field], path: str) -> list[str]:
    errors: list[str] = []
    for field in fields:
        value = obj.get(field.name)
        field_path = f"{path}.{field.name}"
        if value is None:
            if field.required:
                errors.append(f"{field_path}: required")
            continue
        errors += _KIND_CHECKS[field.kind](value, field.limit, field_path)
    return errors


def _check_text(obj: Any, limit: int, path: str, *, plain_only: bool = False) -> list[str]:
    """A text object: known type, non-empty text (Slack rejects empty text), within limit."""
    if not isinstance(obj, dict):
        return [f"{path}: must be a text object, got {type(obj).__name__}"]
    text_type = obj.get("type")
    if text_type not in TEXT_TYPES:
        return [f"{path}.type: must be plain_text or mrkdwn, got {text_type!r}"]
    errors: list[str] = []
    if plain_only and text_type != "plain_text":
        errors.append(f"{path}.type: must be plain_text, got {text_type!r}")
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        errors.append(f"{path}.text: must be a non-empty string")
    else:
        errors += _check_string(text, limit, f"{path}.text")
    return errors


def _check_plain_text(obj: Any, limit: int, path: str) -> list[str]:
    return _check_text(obj, limit, path, plain_only=True)


def _check_string(value: Any, limit: int, path: str) -> list[str]:
    if not isinstance(value, str):
        return [f"{path}: must be a string, got {type(value).__name__}"]
    if len(value) > limit:
        return [f"{path}: {len(value)} characters, max {limit}"]
    return []


def _check_list(value: Any, limit: int, path: str) -> list[str]:
    if not isinstance(value, list):
        return [f"{path}: must be a list, got {type(value).__name__}"]
    if not value:
        return [f"{path}: must not be empty"]
    if len(value) > limit:
        return [f"{path}: {len(value)} items, max {limit}"]
    return []


def _check_number(value: Any, limit: int, path: str) -> list[str]:
    if isinstance(value, bool) or not isinstance(value, int):
        return [f"{path}: must be an integer, got {value!r}"]
    if value > limit:
        return [f"{path}: {value} exceeds max {limit}"]
    return []


_KIND_CHECKS: dict[Kind, Callable[[Any, int, str], list[str]]] = {
    "text": _check_text,
    "plain_text": _check_plain_text,
    "string": _check_string,
    "list": _check_list,
    "number": _check_number,
}


# --- helpers ----------------------------------------------------------------------------


def _duplicates(values: Iterable[Any], what: str, path: str) -> list[str]:
    counts = Counter(value for value in values if isinstance(value, str))
    return [f"{path}: duplicate {what} {value!r}" for value, n in counts.items() if n > 1]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _decoded(value: Any) -> Any:
    """Form-encoded API calls carry blocks as a JSON string; decode it when needed."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value
