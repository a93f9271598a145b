"""Changing a poll (issue 16, item 3): reword until the first vote, move the closing time (the
close job follows), reopen once, delete (the message says so; the votes go)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import Poll, PollOption, PollVote, ScheduledJob
from tests.flows import add_members, seed_network, speaks_english, texts
from tests.polls.flows import (
    create_poll,
    ephemeral_texts,
    latest_message,
    poll_id_of,
    vote,
    vote_values,
)

S = SlackRequestClient


def open_edit(client: SlackRequestClient, slack: FakeSlack, post: Call, user: str = "U1") -> Any:
    client.block_action(ids.POLL_EDIT, str(poll_id_of(post)), user=user)
    return slack.wait_for("views.open")[-1].params["view"]


def submit_edit(
    client: SlackRequestClient,
    modal: dict[str, Any],
    *,
    question: str | None = None,
    options: dict[str, str] | None = None,
    closes_on: str | None = None,
    closes_time: str | None = None,
    user: str = "U1",
) -> Response:
    """Submit the edit modal as Slack would: what it showed, with the given changes."""
    state: dict[str, Any] = {
        ids.POLL_EDIT_CLOSES_ON: {ids.VALUE: S.datepicker_value(closes_on)},
        ids.POLL_EDIT_CLOSES_TIME: {ids.VALUE: S.timepicker_value(closes_time)},
    }
    for block in modal["blocks"]:
        if block["type"] == "input" and block["element"]["type"] == "plain_text_input":
            label = block["label"]["text"]
            shown = block["element"].get("initial_value")
            if block["block_id"] == ids.POLL_EDIT_QUESTION:
                value = question if question is not None else shown
            else:
                value = (options or {}).get(shown, shown)
            state[block["block_id"]] = {ids.VALUE: S.text_value(value)}
            assert label
    return client.view_submission(
        ids.POLL_EDIT_MODAL, state, user=user, private_metadata=modal["private_metadata"]
    )


def test_the_creator_rewords_the_poll_until_the_first_vote(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    add_members(bot, network.id, ["U2"])
    post = create_poll(client, slack, network.id)
    menu = post.params["blocks"][-1]["elements"][-1]
    assert [o["text"]["text"] for o in menu["options"]] == ["Aanpassen", "Verwijderen"]
    choose(client, f"edit:{poll_id_of(post)}", user="UM01")
    assert "Alleen wie de poll maakte of een coördinator" in ephemeral_texts(slack)[-1]
    modal = open_edit(client, slack, post)
    assert modal["title"]["text"] == "Poll aanpassen"
    answer = submit_edit(
        client, modal, question="Waar spreken we af?", options={"Deventer": "Kampen"}
    )
    assert answer.status == 200 and answer.body == ""
    shown = texts(latest_message(slack, post)["blocks"])
    assert "Waar spreken we af?" in shown and "Kampen" in shown and "Deventer" not in shown
    bad = submit_edit(client, open_edit(client, slack, post), options={"Kampen": "Zwolle"})
    assert bad.json["response_action"] == "errors"
    assert list(bad.json["errors"].values()) == ["Deze optie staat er al."]
    stale = open_edit(client, slack, post)  # opened before the vote, sent after it
    vote(client, post, "Zwolle", user="U2")
    late = submit_edit(client, stale, question="Toch een andere vraag?")
    assert late.json["errors"] == {
        ids.POLL_EDIT_QUESTION: "Er is intussen al gestemd. De vraag en de opties kunnen nu "
        "niet meer veranderen."
    }
    after = open_edit(client, slack, post)  # after the vote: the wording is not editable
    assert not any(b.get("block_id") == ids.POLL_EDIT_QUESTION for b in after["blocks"])
    assert "Er is al gestemd" in texts(after["blocks"])
    with bot.uow() as uow:
        assert uow.session.scalars(select(Poll.question)).one() == "Waar spreken we af?"
        options = uow.session.scalars(select(PollOption.text).order_by(PollOption.position))
        assert list(options) == ["Zwolle", "Kampen"]


def test_a_new_closing_time_moves_the_close_job(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    post = create_poll(client, slack, network.id, closes_on="2027-01-14", closes_time="17:00")
    modal = open_edit(client, slack, post)
    day = next(b for b in modal["blocks"] if b["block_id"] == ids.POLL_EDIT_CLOSES_ON)
    assert day["element"]["initial_date"] == "2027-01-14"
    past = submit_edit(client, modal, closes_on="2027-01-11", closes_time="09:00")
    assert past.json["errors"] == {
        ids.POLL_EDIT_CLOSES_ON: "Dit moment is al voorbij. Kies een moment in de toekomst."
    }
    half = submit_edit(client, modal, closes_on="2027-01-20")
    assert half.json["errors"] == {ids.POLL_EDIT_CLOSES_TIME: "Kies ook een tijd."}
    submit_edit(client, modal, closes_on="2027-01-20", closes_time="12:00")
    assert "Sluit woensdag 20 januari 2027, 12:00" in texts(latest_message(slack, post)["blocks"])
    with bot.uow() as uow:
        job = uow.session.scalars(select(ScheduledJob).where(ScheduledJob.kind == "poll.close"))
        assert job.one().run_at.isoformat() == "2027-01-20T11:00:00+00:00"
    bot.clock.set(bot.clock.now().replace(day=14, hour=17))
    bot.dispatcher.run_once()  # the old closing time passes: still open
    assert "De poll is gesloten" not in texts(latest_message(slack, post)["blocks"])
    bot.clock.set(bot.clock.now().replace(day=20, hour=11))
    bot.dispatcher.run_once()
    assert "De poll is gesloten" in texts(latest_message(slack, post)["blocks"])


def test_a_closed_poll_reopens_once(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id)
    poll_id = str(poll_id_of(post))
    vote(client, post, "Zwolle", user="U2")
    client.block_action(ids.POLL_REOPEN, poll_id, user="U1")
    assert ephemeral_texts(slack)[-1] == "Deze poll is nog open."
    client.block_action(ids.POLL_CLOSE, poll_id, user="U1")
    closed = latest_message(slack, post)
    assert menu_choices(closed) == [f"reopen:{poll_id}", f"delete:{poll_id}"]
    choose(client, f"reopen:{poll_id}", user="U1")
    reopened = latest_message(slack, post)
    assert "De poll is gesloten" not in texts(reopened["blocks"]) and vote_values(reopened)
    vote(client, post, "Deventer", user="U4")  # counts again
    client.block_action(ids.POLL_CLOSE, poll_id, user="U1")
    closed_again = latest_message(slack, post)
    assert menu_choices(closed_again) == [f"delete:{poll_id}"]
    client.block_action(ids.POLL_REOPEN, poll_id, user="U1")
    assert "al een keer opnieuw geopend" in ephemeral_texts(slack)[-1]
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PollVote)) == 2


def test_deleting_a_poll_takes_its_votes_and_says_so(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    add_members(bot, network.id, ["U2"])
    speaks_english(bot, "U2")
    post = create_poll(client, slack, network.id, closes_on="2027-01-14", closes_time="17:00")
    poll_id = poll_id_of(post)
    assert menu_choices(post.params) == [f"edit:{poll_id}", f"delete:{poll_id}"]
    vote(client, post, "Zwolle", user="U2")
    choose(client, f"delete:{poll_id}", user="U2")
    assert "Only the person who created the poll" in ephemeral_texts(slack)[-1]
    choose(client, f"delete:{poll_id}", user="U1")
    asked = slack.calls_to("response_url")[-1].params
    delete = asked["blocks"][-1]["elements"][0]
    assert delete["action_id"] == ids.POLL_DELETE
    assert delete["confirm"]["title"]["text"] == "Poll verwijderen?"
    client.block_action(ids.POLL_DELETE, str(poll_id), user="U2")
    assert "Only the person who created the poll" in ephemeral_texts(slack)[-1]
    client.block_action(ids.POLL_DELETE, str(poll_id), user="U1")
    gone = latest_message(slack, post)
    assert "Deze poll is verwijderd door <@U1>" in texts(gone["blocks"])
    assert not vote_values(gone)
    vote(client, post, "Zwolle", user="U2")  # a click on an old copy of the message
    assert ephemeral_texts(slack)[-1] == "This poll no longer exists."
    with bot.uow() as uow:
        session = uow.session
        assert session.scalar(select(func.count()).select_from(Poll)) == 0
        assert session.scalar(select(func.count()).select_from(PollVote)) == 0
        states = set(
            session.scalars(select(ScheduledJob.state).where(ScheduledJob.kind == "poll.close"))
        )
        assert states == {"cancelled"}


def test_english_speakers_edit_in_english(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    speaks_english(bot, "U1")
    post = create_poll(client, slack, network.id)
    modal = open_edit(client, slack, post)
    assert modal["title"]["text"] == "Edit poll" and json.loads(modal["private_metadata"])["poll"]


def menu_choices(message: dict[str, Any]) -> list[str]:
    """The values behind the poll's "⋯" menu (for its creator and the coordinators)."""
    menu = message["blocks"][-1]["elements"][-1]
    assert menu["type"] == "overflow" and menu["action_id"] == ids.POLL_MORE
    return [option["value"] for option in menu["options"]]


def choose(client: SlackRequestClient, value: str, *, user: str) -> None:
    client.block_action(
        ids.POLL_MORE, None, user=user, action_type="overflow", selected_option=value
    )
