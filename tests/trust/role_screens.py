"""Reads every message the suite posts to a channel the way an ordinary member sees it, and
lists the buttons that are not theirs to press (issue 13, item 3):

- a coordinator-only action (`ids.COORDINATOR_ONLY`, `ids.CREATOR_OR_COORDINATOR`) in a
  message everyone in the channel sees, without a `confirm`;
- a destructive action (`ids.DESTRUCTIVE`) without a `confirm`, in a channel message or in
  App Home.

Ephemeral replies, DMs and modals are the reader's own: coordinator actions belong there.
The `slack` fixture in tests/conftest.py runs it over every call of every test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bot.blocks import ids

CHANNEL_METHODS = frozenset({"chat.postMessage", "chat.update", "chat.scheduleMessage"})
NOT_FOR_EVERYONE = ids.COORDINATOR_ONLY | ids.CREATOR_OR_COORDINATOR


def problems(method: str, params: dict[str, Any]) -> list[str]:
    """What one API call (or response URL answer) shows to people it should not."""
    if _in_channel(method, params):
        where = f"{method} {params.get('channel')}"
        return [f"{where}: {line}" for line in _walk(params.get("blocks"), "blocks", everyone=True)]
    if method == "views.publish":
        view = params.get("view") or {}
        return [f"{method}: {line}" for line in _walk(view.get("blocks"), "blocks", everyone=False)]
    return []


def _in_channel(method: str, params: dict[str, Any]) -> bool:
    if method == "response_url":
        return params.get("response_type") == "in_channel"
    channel = str(params.get("channel") or "")
    return method in CHANNEL_METHODS and channel[:1] in ("C", "G")


def _walk(node: Any, path: str, *, everyone: bool) -> Iterator[str]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{path}[{index}]", everyone=everyone)
    elif isinstance(node, dict):
        action_id = node.get("action_id")
        if isinstance(action_id, str) and node.get("type") != "plain_text_input":
            yield from _action_problems(node, ids.base_action(action_id), path, everyone)
        for key, value in node.items():
            if isinstance(value, list | dict):
                yield from _walk(value, f"{path}.{key}", everyone=everyone)


def _action_problems(
    element: dict[str, Any], action: str, path: str, everyone: bool
) -> Iterator[str]:
    if "confirm" in element:
        return
    if everyone and action in NOT_FOR_EVERYONE:
        yield f"{path}: coordinator action {action!r} shown to every member without a confirm"
    elif action in ids.DESTRUCTIVE:
        yield f"{path}: destructive action {action!r} without a confirm"
