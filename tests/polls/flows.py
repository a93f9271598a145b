"""Steps the poll tests share: fill in the create modal, find the poll message, vote."""

from __future__ import annotations

import json
from typing import Any

from bot.blocks import ids
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient

S = SlackRequestClient


def poll_state(
    question: str = "Waar zullen we de volgende keer afspreken?",
    options: tuple[str, ...] = ("Zwolle", "Deventer"),
    follow_ups: dict[int, str] | None = None,
    settings: tuple[str, ...] = (),
    closes_on: str | None = None,
    closes_time: str | None = None,
    remind: str | None = None,
    rev: int = 0,
) -> dict[str, Any]:
    suffix = "" if rev == 0 else f".{rev}"
    state: dict[str, Any] = {
        ids.POLL_QUESTION + suffix: {ids.VALUE: S.text_value(question)},
        ids.POLL_SETTINGS + suffix: {ids.VALUE: S.checkboxes_values(list(settings))},
        ids.POLL_CLOSES_ON + suffix: {ids.VALUE: S.datepicker_value(closes_on)},
        ids.POLL_CLOSES_TIME + suffix: {ids.VALUE: S.timepicker_value(closes_time)},
        ids.POLL_REMIND + suffix: {ids.VALUE: S.static_select_value(remind)},
    }
    for slot in range(1, 11):
        text = options[slot - 1] if slot <= len(options) else None
        follow_up = (follow_ups or {}).get(slot)
        state[ids.POLL_OPTION.format(slot=slot) + suffix] = {ids.VALUE: S.text_value(text)}
        state[ids.POLL_FOLLOW_UP.format(slot=slot) + suffix] = {ids.VALUE: S.text_value(follow_up)}
    return state


def submit_poll(
    client: SlackRequestClient, network_id: int, *, user: str = "U1", rev: int = 0, **fields: Any
) -> Response:
    return client.view_submission(
        ids.POLL_MODAL,
        poll_state(rev=rev, **fields),
        user=user,
        private_metadata=json.dumps({"network": network_id, "rev": rev}),
    )


def create_poll(
    client: SlackRequestClient, slack: FakeSlack, network_id: int, **fields: Any
) -> Call:
    """Create a poll through the modal and return the channel message that was posted."""
    response = submit_poll(client, network_id, **fields)
    assert response.status == 200 and response.body == "", response.body
    return poll_posts(slack)[-1]


def poll_posts(slack: FakeSlack) -> list[Call]:
    return slack.wait_for("chat.postMessage", where=_is_poll_message)


def _is_poll_message(call: Call) -> bool:
    return call.params.get("channel") == "C1" and ids.POLL_VOTE in json.dumps(call.params)


def vote_values(message: dict[str, Any]) -> dict[str, str]:
    """Option text -> the value of its vote button."""
    return {
        block["accessory"]["text"]["text"]: block["accessory"]["value"]
        for block in message["blocks"]
        if block.get("accessory", {}).get("action_id") == ids.POLL_VOTE
    }


def vote(
    client: SlackRequestClient, post: Call, option: str, *, user: str, ts: str | None = None
) -> Response:
    value = vote_values(post.params)[option]
    return client.block_action(
        ids.POLL_VOTE, value, user=user, message_ts=ts or post.response["ts"]
    )


def poll_id_of(post: Call) -> int:
    return int(next(iter(vote_values(post.params).values())).split(":")[0])


def latest_message(slack: FakeSlack, post: Call) -> dict[str, Any]:
    """What the channel shows now: the last update of the message, or the post itself."""
    ts = post.response["ts"]
    updates = [c for c in slack.calls_to("chat.update") if c.params.get("ts") == ts]
    return (updates[-1] if updates else post).params


def ephemeral_texts(slack: FakeSlack) -> list[str]:
    return [c.params.get("text", "") for c in slack.calls_to("response_url")]


def settle(bot: Any) -> None:
    """Let the refresh interval pass and run the due jobs (the delayed rebuild among them)."""
    from datetime import timedelta

    bot.clock.advance(timedelta(seconds=3))
    bot.dispatcher.run_once()
