"""Messages that mirror the database go through one helper (bot/edge/messages.py): a message
deleted in Slack is posted again and its new place recorded; a channel that cannot be reached
is an error for the caller."""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError
from sqlalchemy import select

from bot.app import LnBot
from bot.edge import messages
from bot.services.polls import POLL_MESSAGE
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import SlackMessage
from tests.flows import add_members, seed_network, texts
from tests.polls.flows import create_poll, poll_id_of, poll_posts, vote


def recorded_ts(bot: LnBot, purpose: str, subject_id: int) -> str:
    with bot.uow() as uow:
        row = uow.session.scalar(
            select(SlackMessage).where(
                SlackMessage.purpose == purpose, SlackMessage.subject_id == subject_id
            )
        )
        assert row is not None
        return row.ts


def test_a_poll_deleted_in_slack_is_posted_again_and_its_new_place_recorded(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2"])  # only the network's members vote
    post = create_poll(client, slack, network.id)
    poll_id = poll_id_of(post)
    assert recorded_ts(bot, POLL_MESSAGE, poll_id) == post.response["ts"]
    slack.fail_next("chat.update", error="message_not_found")
    vote(client, post, "Zwolle", user="U2")
    posts = poll_posts(slack)
    assert len(posts) == 2  # the deleted message came back
    again = posts[-1]
    assert again.response["ts"] != post.response["ts"]
    assert "<@U2>" in texts(again.params["blocks"])  # rebuilt from the database, vote included
    assert recorded_ts(bot, POLL_MESSAGE, poll_id) == again.response["ts"]


def test_an_unreachable_channel_is_raised_not_reposted(slack: FakeSlack, bot: LnBot) -> None:
    remembered: list[str] = []
    slack.fail_next("chat.update", error="channel_not_found")
    with pytest.raises(SlackApiError):
        messages.show(bot.client, "C1", "1.000", {"text": "x"}, remember=remembered.append)
    assert remembered == [] and not slack.calls_to("chat.postMessage")


def test_a_message_without_a_place_is_posted_and_remembered(slack: FakeSlack, bot: LnBot) -> None:
    remembered: list[str] = []
    assert messages.show(bot.client, "C1", None, {"text": "x"}, remember=remembered.append)
    assert remembered == [slack.last("chat.postMessage").response["ts"]]
    ts = remembered[0]
    again = messages.show(bot.client, "C1", ts, {"text": "y"}, remember=remembered.append)
    assert not again and len(remembered) == 1
    assert slack.last("chat.update").params["text"] == "y"


def test_deleting_a_message_that_is_gone_is_done(slack: FakeSlack, bot: LnBot) -> None:
    slack.fail_next("chat.delete", error="message_not_found")
    messages.delete(bot.client, "C1", "1.000")
    slack.fail_next("chat.delete", error="ratelimited_forever")
    with pytest.raises(SlackApiError):
        messages.delete(bot.client, "C1", "1.000")
