"""manifest.yml is a real Slack manifest that matches what the code listens to."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from bot.scopes import BOT_SCOPES

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared" / "slack" / "manifest.schema.1.0.0.json"


def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text())


def test_validates_against_slacks_schema() -> None:
    if not SCHEMA.exists():  # the schema lives beside the checkout, in ../shared
        import pytest

        pytest.skip("Slack's manifest schema is not beside this checkout")
    jsonschema.validate(manifest(), json.loads(SCHEMA.read_text()))


def test_declares_what_the_code_uses() -> None:
    data = manifest()
    features, settings = data["features"], data["settings"]
    assert [c["command"] for c in features["slash_commands"]] == ["/lerend"]
    assert features["slash_commands"][0]["should_escape"] is True  # mentions arrive as <@U…>
    assert features["app_home"]["home_tab_enabled"] is True
    assert features["bot_user"]["display_name"]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True
    assert "app_home_opened" in settings["event_subscriptions"]["bot_events"]
    scopes = set(data["oauth_config"]["scopes"]["bot"])
    assert scopes == set(BOT_SCOPES)


def test_shortcuts_match_the_code() -> None:
    from bot.blocks import ids

    shortcuts = {s["callback_id"]: s["type"] for s in manifest()["features"]["shortcuts"]}
    assert shortcuts == {
        ids.SHARE_SHORTCUT: "global",
        ids.SHARE_MESSAGE_SHORTCUT: "message",
        ids.HELPFUL_SHORTCUT: "message",
    }
    events = set(manifest()["settings"]["event_subscriptions"]["bot_events"])
    assert {"message.channels", "message.groups", "app_home_opened"} <= events
