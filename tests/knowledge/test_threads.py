"""Replies in an item's thread, from message events: recorded once (retries and duplicates
are harmless), edits and deletions followed, bot messages and other threads ignored."""

from __future__ import annotations

from bot.app import LnBot
from bot.services import search
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Contribution, SearchDocument
from tests.flows import seed_network
from tests.knowledge.helpers import (
    Replies,
    changed_event,
    deleted_event,
    reply_event,
    rows,
    share,
)


def snippets(bot: LnBot, network_id: int, query: str) -> list[str]:
    found = search.search(bot.uow(), network_id=network_id, text=query).results
    return [result.snippet for result in found]


def test_a_reply_is_recorded_once_despite_retries_and_duplicates(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    thread = share(client, slack, network.id).response["ts"]
    ts = Replies(bot).next_ts()
    event = reply_event(thread, user="UM02", text="Wij werken met een nachtronde.", ts=ts)
    assert client.event(event, event_id="EvReply1").status == 200
    client.event(event, event_id="EvReply1", retry_num=1, retry_reason="http_timeout")
    client.event(event, event_id="EvReply2")  # the same message delivered again, another id
    (reply,) = rows(bot, Contribution)
    assert (reply.user_id, reply.ts, reply.text) == ("UM02", ts, "Wij werken met een nachtronde.")
    assert reply.organisation_id is not None  # Zorggroep 2
    assert snippets(bot, network.id, "nachtronde") == ["Wij werken met een nachtronde."]


def test_edits_and_deletions_are_followed(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    thread = share(client, slack, network.id).response["ts"]
    ts = Replies(bot).next_ts()
    client.event(reply_event(thread, user="UM02", text="Eerst dit", ts=ts))
    client.event(changed_event(thread, user="UM02", text="Liever een heupbeschermer", ts=ts))
    (reply,) = rows(bot, Contribution)
    assert reply.text == "Liever een heupbeschermer" and reply.edited_at is not None
    assert snippets(bot, network.id, "heupbeschermer") == ["Liever een heupbeschermer"]

    client.event(deleted_event(thread, user="UM02", ts=ts))
    (reply,) = rows(bot, Contribution)
    assert reply.text == "" and reply.deleted_at is not None
    assert snippets(bot, network.id, "heupbeschermer") == []
    assert [d.contribution_id for d in rows(bot, SearchDocument)] == [None]  # the item only

    # A late copy of the original event does not bring the deleted reply back.
    client.event(reply_event(thread, user="UM02", text="Eerst dit", ts=ts), event_id="EvLate")
    (reply,) = rows(bot, Contribution)
    assert reply.text == "" and snippets(bot, network.id, "eerst") == []


def test_bot_messages_other_threads_and_plain_messages_are_ignored(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    thread = share(client, slack, network.id).response["ts"]
    replies = Replies(bot)
    bot_reply = {**reply_event(thread, ts=replies.next_ts()), "bot_id": "B0999"}
    client.event(bot_reply)
    client.event({**reply_event(thread, ts=replies.next_ts()), "subtype": "bot_message"})
    client.event(reply_event("1600000000.000100", ts=replies.next_ts()))  # not an item's thread
    plain = reply_event(thread, ts=replies.next_ts())
    del plain["thread_ts"]
    client.event(plain)
    client.event(reply_event(thread, ts=thread))  # the thread's parent itself
    client.event(reply_event(thread, ts=replies.next_ts(), user="UBOT"))  # our own
    assert rows(bot, Contribution) == []
