"""Every request Slack sends is answered with a 2xx, whether or not a feature wants it, in
single-workspace and OAuth mode; events nobody wants cost no Slack call and no database write.

The events are JSON fixtures in the shapes of Slack's documentation (docs.slack.dev, one file
per event shape, in tests/fixtures/slack_events/); the client wraps each in Slack's
`event_callback` envelope."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from bot.app import LnBot
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Contribution, ProcessedEvent, SlackUser
from tests.flows import seed_network
from tests.knowledge.helpers import Replies, reply_event, share

FIXTURES = Path(__file__).parent.parent / "fixtures" / "slack_events"
EVENT_SHAPES = sorted(path.stem for path in FIXTURES.glob("*.json"))
# Slack's limit for an answer; the endpoint must answer well within it.
ACK_SECONDS = 3.0


def slack_event(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def count(bot: LnBot, model: type[Any]) -> int:
    with bot.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def answered(client: SlackRequestClient, event: dict[str, Any]) -> None:
    started = time.monotonic()
    response = client.event(event)
    assert 200 <= response.status < 300, (event.get("type"), event.get("subtype"), response)
    assert time.monotonic() - started < ACK_SECONDS


def subscribed_event_types() -> set[str]:
    """The event types the manifest subscribes to (`message.channels` arrives as `message`)."""
    manifest = yaml.safe_load((Path(__file__).parent.parent.parent / "manifest.yml").read_text())
    names = manifest["settings"]["event_subscriptions"]["bot_events"]
    return {name.split(".")[0] for name in names}


def test_the_fixtures_cover_every_subscribed_event_and_common_message_subtypes() -> None:
    subscribed = subscribed_event_types()
    assert {"app_home_opened", "app_uninstalled", "tokens_revoked", "message"} <= subscribed
    types = {slack_event(name)["type"] for name in EVENT_SHAPES}
    assert subscribed <= types, "add a fixture for each new event subscription"
    channel_types = {slack_event(name).get("channel_type") for name in EVENT_SHAPES}
    assert {"channel", "group"} <= channel_types  # message.channels and message.groups
    subtypes = {slack_event(name).get("subtype") for name in EVENT_SHAPES}
    assert {
        None,
        "channel_join",
        "channel_leave",
        "bot_message",
        "message_replied",
        "message_changed",
        "message_deleted",
        "file_share",
        "thread_broadcast",
        "me_message",
        "channel_topic",
    } <= subtypes


@pytest.mark.parametrize("name", EVENT_SHAPES)
def test_single_workspace_answers_every_event_shape(
    name: str, bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    answered(client, slack_event(name))


@pytest.mark.parametrize("name", EVENT_SHAPES)
def test_oauth_mode_answers_every_event_shape(
    name: str, oauth_client: SlackRequestClient, slack: FakeSlack
) -> None:
    answered(oauth_client, slack_event(name))


def test_interactions_nobody_handles_are_answered(client: SlackRequestClient) -> None:
    """An old button, a closed modal or a command no feature knows still gets a 200."""
    assert client.block_action("a_button_from_an_old_version", "1").status == 200
    assert client.view_submission("an_old_modal", {}).status == 200
    assert client.view_closed("an_old_modal").status == 200
    assert client.shortcut("an_old_shortcut").status == 200
    assert client.slash(command="/oud-commando").status == 200


UNWANTED = [
    "message",
    "message_groups",
    "message_channel_join",
    "message_channel_leave",
    "message_bot_message",
    "message_message_replied",
    "message_message_changed",
    "message_file_share",
    "message_me_message",
    "message_channel_topic",
    "app_home_opened_messages",
]


def test_events_nobody_wants_cost_no_slack_call_and_no_database_write(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    slack.reset()
    for name in UNWANTED:
        answered(client, slack_event(name))
    assert [call.method for call in slack.calls if call.method != "auth.test"] == []
    assert (count(bot, ProcessedEvent), count(bot, SlackUser)) == (0, 0)


def test_in_oauth_mode_too_events_nobody_wants_cost_no_slack_call(
    installed_oauth_bot: LnBot, oauth_client: SlackRequestClient, slack: FakeSlack
) -> None:
    """Bolt checks the workspace's token with `auth.test` once, not on every request."""
    answered(oauth_client, slack_event("message"))
    slack.reset()
    for name in UNWANTED:
        answered(oauth_client, slack_event(name))
    assert slack.calls == []
    assert (count(installed_oauth_bot, ProcessedEvent), count(installed_oauth_bot, SlackUser)) == (
        0,
        0,
    )


def test_a_wanted_event_is_still_deduplicated_and_its_reader_looked_up(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """The control for the test above: the counts it asserts do move for a wanted event."""
    slack.add_user("UM01")
    slack.add_user("UM02")
    network = seed_network(bot, organisations=2)
    thread = share(client, slack, network.id).response["ts"]
    processed = count(bot, ProcessedEvent)
    slack.reset()
    ts = Replies(bot).next_ts()
    event = reply_event(thread, user="UM02", text="Bij ons ook.", ts=ts)
    answered(client, event)
    assert count(bot, ProcessedEvent) == processed + 1
    assert [call.params["user"] for call in slack.calls_to("users.info")] == ["UM02"]
    (reply,) = [row for row in rows_of(bot, Contribution) if row.ts == ts]
    assert reply.text == "Bij ons ook."


def rows_of(bot: LnBot, model: type[Any]) -> list[Any]:
    with bot.session_factory() as session:
        return list(session.scalars(select(model)))


@pytest.mark.parametrize("mode", ["single", "oauth"])
def test_a_feature_still_gets_the_events_it_wants(
    mode: str, request: pytest.FixtureRequest, slack: FakeSlack
) -> None:
    """Thread replies under a shared item are recorded and Slack's documented
    `message_deleted` (only `deleted_ts`) removes one, behind the catch-all."""
    bot: LnBot = request.getfixturevalue("bot" if mode == "single" else "installed_oauth_bot")
    client: SlackRequestClient = request.getfixturevalue(
        "client" if mode == "single" else "oauth_client"
    )
    slack.add_user("UM01")
    slack.add_user("UM02")
    network = seed_network(bot, organisations=2)
    thread = share(client, slack, network.id).response["ts"]
    ts = Replies(bot).next_ts()
    answered(client, reply_event(thread, user="UM02", text="Wij doen een nachtronde.", ts=ts))
    (reply,) = rows_of(bot, Contribution)
    assert (reply.text, reply.deleted_at) == ("Wij doen een nachtronde.", None)

    deleted = slack_event("message_message_deleted") | {"deleted_ts": ts}
    assert "previous_message" not in deleted
    answered(client, deleted)
    (reply,) = rows_of(bot, Contribution)
    assert reply.text == "" and reply.deleted_at is not None


def test_app_home_still_opens(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    answered(client, slack_event("app_home_opened_home"))
    assert slack.last("views.publish").params["user_id"] == "U1"
