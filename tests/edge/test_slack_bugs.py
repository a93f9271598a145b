"""Bugs at the Slack edge: a vote on a deleted poll, Slack's documented `message_deleted`,
and Block Kit limits the kit must keep (the fake Slack refuses payloads over them)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete

from bot.app import LnBot
from bot.blocks import kit
from bot.domain.knowledge import ThreadEvent, thread_event
from fakeslack import limits
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Poll
from tests.flows import seed_network
from tests.polls.flows import create_poll, ephemeral_texts, vote


def test_a_vote_on_a_deleted_poll_says_it_is_gone_and_nothing_else(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = create_poll(client, slack, network.id)
    with bot.session_factory() as session, session.begin():
        session.execute(delete(Poll))
    slack.reset()
    assert vote(client, post, "Zwolle", user="UM01").status == 200
    assert ephemeral_texts(slack) == ["Deze poll bestaat niet meer."]
    assert not slack.calls_to("chat.postEphemeral")  # no "Sorry, daar ging iets mis"


def test_message_deleted_in_slacks_documented_shape_is_a_deletion() -> None:
    documented = {
        "type": "message",
        "subtype": "message_deleted",
        "hidden": True,
        "channel": "C123ABC456",
        "ts": "1358878755.000001",
        "deleted_ts": "1358878749.000002",
    }
    assert thread_event(documented) == ThreadEvent(
        "C123ABC456", "1358878749.000002", "", "", "", deleted=True
    )
    assert thread_event({**documented, "deleted_ts": ""}) is None
    # With the previous message, a top-level message is still not a reply.
    top_level = {"type": "message", "user": "U1", "text": "x", "ts": "1358878749.000002"}
    assert thread_event({**documented, "previous_message": top_level}) is None


def message(*blocks: kit.Block) -> dict[str, object]:
    return {"channel": "C1", "text": "t", "blocks": list(blocks)}


def test_section_fields_are_clipped_at_slacks_2000_characters() -> None:
    block = kit.fields("a" * 2500, "kort")
    assert [len(field["text"]) for field in block["fields"]] == [2000, 4]
    assert block["fields"][0]["text"].endswith("…")
    assert limits.check_message(message(block)) == []
    assert limits.check_message(message({**block, "fields": [kit.mrkdwn("a" * 2500)]}))


def test_an_actions_block_keeps_at_most_25_elements() -> None:
    buttons = [kit.button(f"Knop {n}", f"action_{n}") for n in range(30)]
    block = kit.actions(*buttons)
    assert [b["action_id"] for b in block["elements"]] == [f"action_{n}" for n in range(25)]
    assert limits.check_message(message(block)) == []
    assert limits.check_message(message({"type": "actions", "elements": buttons}))


def test_private_metadata_over_3000_characters_is_refused_before_slack_sees_it() -> None:
    fits = {"network": 1, "ids": list(range(500))}
    view = kit.modal("cb", "Titel", [kit.section("x")], metadata=fits)
    assert json.loads(view["private_metadata"]) == fits
    assert limits.check_view(view, expected_type="modal") == []
    too_big = {"ids": list(range(1000))}
    with pytest.raises(ValueError, match="private_metadata"):
        kit.modal("cb", "Titel", [kit.section("x")], metadata=too_big)
    raw = {**view, "private_metadata": json.dumps(too_big)}
    assert limits.check_view(raw, expected_type="modal") == [
        f"view.private_metadata: {len(json.dumps(too_big))} characters, max 3000"
    ]
