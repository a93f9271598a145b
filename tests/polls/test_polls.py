"""Polls end to end: signed requests in, assertions on Slack calls and the database."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from bot.app import LnBot, create_app
from bot.blocks import ids
from bot.services import evaluation
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Poll, PollAnswer, PollVote, ScheduledJob
from tests.flows import add_members, seed_network, speaks_english, texts
from tests.polls.flows import (
    create_poll,
    ephemeral_texts,
    latest_message,
    poll_id_of,
    settle,
    submit_poll,
    vote,
    vote_values,
)


def test_coordinator_opens_a_one_screen_modal_within_slacks_limits(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """Question and three options on one phone screen; options 1 and 2 are required (not
    labelled optional), the rest waits behind "Optie toevoegen" and "Meer instellingen"."""
    seed_network(bot)
    client.slash(text="poll", user="U1")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == ids.POLL_MODAL and view["title"]["text"] == "Poll maken"
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert list(inputs) == ["poll_question", "poll_option_1", "poll_option_2", "poll_option_3"]
    assert [inputs[f"poll_option_{n}"]["optional"] for n in (1, 2, 3)] == [False, False, True]
    assert inputs["poll_question"]["optional"] is False
    buttons = next(b for b in view["blocks"] if b["type"] == "actions")["elements"]
    assert [(e["action_id"], e["text"]["text"]) for e in buttons] == [
        (ids.POLL_ADD_OPTION, "Optie toevoegen"),
        (ids.POLL_MORE_SETTINGS, "Meer instellingen"),
    ]
    assert len(view["blocks"]) <= 10


def _typed(view: dict[str, Any], **values: str) -> dict[str, Any]:
    """The modal as Slack sends it back after a tap: with what the person typed so far."""
    state = {
        block: {ids.VALUE: SlackRequestClient.text_value(text)} for block, text in values.items()
    }
    return {**view, "id": "V7", "state": {"values": state}}


def _input_values(view: dict[str, Any]) -> dict[str, str | None]:
    return {
        b["block_id"]: b["element"].get("initial_value")
        for b in view["blocks"]
        if b["type"] == "input" and b["element"]["type"] == "plain_text_input"
    }


def test_adding_an_option_and_more_settings_keep_what_was_typed(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    client.slash(text="poll", user="U1")
    first = slack.wait_for("views.open")[0].params["view"]
    typed = {"poll_question": "Waar?", "poll_option_1": "Zwolle", "poll_option_3": "Kampen"}
    client.block_action(ids.POLL_ADD_OPTION, "add", view=_typed(first, **typed), user="U1")
    grown = slack.wait_for("views.update")[0].params
    assert grown["view_id"] == "V7"
    values = _input_values(grown["view"])
    assert values == {
        "poll_question": "Waar?",
        "poll_option_1": "Zwolle",
        "poll_option_2": None,
        "poll_option_3": "Kampen",
        "poll_option_4": None,
    }
    client.block_action(
        ids.POLL_MORE_SETTINGS, "more", view=_typed(grown["view"], **typed), user="U1"
    )
    advanced = slack.wait_for("views.update", count=2)[1].params["view"]
    assert _input_values(advanced)["poll_option_3"] == "Kampen"
    block_ids = [b.get("block_id") for b in advanced["blocks"]]
    assert "poll_follow_up_4" in block_ids and "poll_closes_on" in block_ids
    assert ids.POLL_MORE_SETTINGS not in json.dumps(advanced["blocks"])
    assert json.loads(advanced["private_metadata"]) == {
        "network": network.id,
        "rev": 0,
        "slots": 4,
        "more": True,
    }
    # What the advanced screen submits is one poll, as before.
    post = create_poll(client, slack, network.id, options=("Zwolle", "Deventer", "Kampen", "Epe"))
    assert list(vote_values(post.params)) == ["Zwolle", "Deventer", "Kampen", "Epe"]


def test_the_one_screen_modal_in_english(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    speaks_english(bot, "U1")
    client.slash(text="poll", user="U1")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["title"]["text"] == "Create a poll"
    assert "Add option" in texts(view["blocks"]) and "More settings" in texts(view["blocks"])
    for _ in range(8):  # up to ten options, then the button goes
        client.block_action(ids.POLL_ADD_OPTION, "add", view=_typed(view), user="U1")
        view = slack.wait_for("views.update", count=_ + 1)[_].params["view"]
    assert sum(1 for b in view["blocks"] if b.get("block_id", "").startswith("poll_option_")) == 10
    assert "Add option" not in texts(view["blocks"])
    assert json.loads(view["private_metadata"])["network"] == network.id


def test_members_create_polls_only_when_the_coordinator_allows_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    client.slash(text="poll", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url")[0].params["text"]
    client.slash(text="poll iedereen aan", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url", count=2)[1].params["text"]
    client.slash(text="poll iedereen aan", user="U1")
    assert "Alle deelnemers" in slack.wait_for("response_url", count=3)[2].params["text"]
    client.slash(text="poll", user="UM01")
    assert slack.wait_for("views.open")
    post = create_poll(client, slack, network.id, user="UM01")
    assert "poll van <@UM01>" in texts(post.params["blocks"])


def test_a_template_fills_the_modal(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    modal = {"id": "V42", "private_metadata": json.dumps({"network": network.id, "rev": 0})}
    client.block_action(
        ids.POLL_TEMPLATE,
        view=modal,
        action_type="static_select",
        selected_option="network",
        user="U1",
    )
    update = slack.wait_for("views.update")[0].params
    assert update["view_id"] == "V42"
    view = update["view"]
    values = {
        b["block_id"]: b["element"].get("initial_value")
        for b in view["blocks"]
        if b["type"] == "input" and b["element"]["type"] == "plain_text_input"
    }
    # New block ids, so Slack shows the template's values instead of what was typed before.
    assert values["poll_question.1"] == "Maakt jouw organisatie deel uit van een lerend netwerk?"
    assert [values[f"poll_option_{n}.1"] for n in (1, 2, 3)] == ["Ja", "Nee", "Weet ik niet"]
    assert values["poll_follow_up_1.1"] == "Hoe ziet jullie netwerk eruit? En wat heb je eraan?"
    assert values["poll_follow_up_2.1"] == (
        "Wat zijn de obstakels bij het vormen van een lerend netwerk?\n"
        "Wil je hierbij ondersteund worden?"
    )
    assert json.loads(view["private_metadata"])["rev"] == 1


def test_invalid_polls_get_field_errors_in_the_readers_language(
    bot: LnBot, client: SlackRequestClient
) -> None:
    network = seed_network(bot)
    one = submit_poll(client, network.id, options=("Ja",))
    assert one.json == {
        "response_action": "errors",
        "errors": {"poll_option_2": "Geef minstens twee opties."},
    }
    twice = submit_poll(client, network.id, options=("Ja", "ja"))
    assert twice.json["errors"] == {"poll_option_2": "Deze optie staat er al."}
    long = submit_poll(client, network.id, options=("Ja", "x" * 80))
    assert "hoogstens 75 tekens" in long.json["errors"]["poll_option_2"]
    past = submit_poll(client, network.id, closes_on="2027-01-12", closes_time="09:30")
    assert past.json["errors"] == {
        "poll_closes_on": "Dit moment is al voorbij. Kies een moment in de toekomst."
    }
    speaks_english(bot, "U3")
    english = submit_poll(client, network.id, user="U3", options=("Yes",))
    assert english.json["errors"] == {"poll_option_2": "Give at least two options."}
    after_template = submit_poll(client, network.id, rev=2, options=("Ja",))
    assert after_template.json["errors"] == {"poll_option_2.2": "Geef minstens twee opties."}
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Poll)) == 0


def test_single_choice_votes_move_and_never_count_twice(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id)
    body = texts(post.params["blocks"])
    assert "Waar zullen we de volgende keer afspreken?" in body and "Eén keuze" in body
    vote(client, post, "Zwolle", user="U2")
    first = latest_message(slack, post)  # the first vote rebuilds the message at once
    assert "`▓▓▓▓▓▓▓▓▓▓` 1 (100%)" in texts(first["blocks"]) and "<@U2>" in texts(first["blocks"])
    vote(client, post, "Zwolle", user="U2")  # a double click
    vote(client, post, "Deventer", user="U2")  # changes the vote
    vote(client, post, "Deventer", user="U4")
    assert ephemeral_texts(slack)[-1] == "Je stem is geteld: *Deventer*."
    settle(bot)
    shown = texts(latest_message(slack, post)["blocks"])
    assert "*Zwolle*\\n`░░░░░░░░░░` 0 (0%)" in shown
    assert "*Deventer*\\n`▓▓▓▓▓▓▓▓▓▓` 2 (100%)\\n<@U2>, <@U4>" in shown
    assert "2 personen stemden" in shown
    with bot.uow() as uow:
        votes = uow.session.scalars(select(PollVote.slack_user_id)).all()
        assert sorted(votes) == ["U2", "U4"]


def test_multiple_choice_toggles(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(
        client, slack, network.id, options=("Zwolle", "Deventer", "Kampen"), settings=("multiple",)
    )
    vote(client, post, "Zwolle", user="U2")
    vote(client, post, "Kampen", user="U2")
    assert ephemeral_texts(slack)[-1] == "Je stem is geteld: *Zwolle*, *Kampen*."
    vote(client, post, "Zwolle", user="U2")
    assert ephemeral_texts(slack)[-1] == "Je stem is geteld: *Kampen*."
    settle(bot)
    shown = texts(latest_message(slack, post)["blocks"])
    assert "Meer keuzes mogelijk" in shown and "*Kampen*\\n`▓▓▓▓▓▓▓▓▓▓` 1 (100%)" in shown


def test_anonymous_polls_never_show_who_voted(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id, settings=("anonymous",))
    vote(client, post, "Zwolle", user="U2")
    vote(client, post, "Zwolle", user="U4")
    settle(bot)
    shown = texts(latest_message(slack, post)["blocks"])
    assert "Anoniem" in shown and "2 (100%)" in shown
    assert "<@U2>" not in shown and "<@U4>" not in shown
    client.block_action(ids.POLL_EXPORT, str(poll_id_of(post)), user="U1")
    upload = next(iter(slack.uploads.values())).decode("utf-8-sig")
    assert "U2" not in upload and "U4" not in upload and "Zwolle;2;100%" in upload


def test_a_vote_asks_the_options_follow_up_questions(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(
        client,
        slack,
        network.id,
        question="Maakt jouw organisatie deel uit van een lerend netwerk?",
        options=("Ja", "Nee", "Weet ik niet"),
        follow_ups={
            1: "Hoe ziet jullie netwerk eruit? En wat heb je eraan?",
            2: "Wat zijn de obstakels?\nWil je hierbij ondersteund worden?",
        },
    )
    vote(client, post, "Nee", user="U2")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.POLL_FOLLOW_UP_MODAL
    labels = [b["label"]["text"] for b in modal["blocks"] if b["type"] == "input"]
    assert labels == [
        "Wat zijn de obstakels?",
        "Wil je hierbij ondersteund worden?",
        "Wie mag je antwoord lezen?",
    ]
    vote(client, post, "Weet ik niet", user="U4")  # no follow-up: no modal
    assert len(slack.calls_to("views.open")) == 1
    state = {
        "poll_answer_0": {ids.VALUE: SlackRequestClient.text_value("=Geen tijd")},
        "poll_answer_1": {ids.VALUE: SlackRequestClient.text_value("Ja graag")},
    }
    answered = client.view_submission(
        ids.POLL_FOLLOW_UP_MODAL, state, user="U2", private_metadata=modal["private_metadata"]
    )
    assert "Dank je wel" in texts(answered.json["view"]["blocks"])
    with bot.uow() as uow:
        assert uow.session.scalars(select(PollAnswer.answers)).one() == ["=Geen tijd", "Ja graag"]
    client.slash(text="poll export", user="U1")
    raw = next(iter(slack.uploads.values()))
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte order mark, for Excel
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert ["Nee", "Wat zijn de obstakels?", "Gebruiker U2", "'=Geen tijd"] in rows  # guarded
    voted = rows[rows.index(["Persoon", "Organisatie", "Optie", "Tijd"]) + 1]
    assert voted == ["Gebruiker U2", "", "Nee", "12 jan 2027 10:00"]  # a name, Dutch local time
    assert not any(cell.startswith("U2") for row in rows for cell in row)  # no Slack ids


def test_export_is_for_coordinators_and_goes_to_their_dm(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = create_poll(client, slack, network.id)
    refused = client.block_action(ids.POLL_EXPORT, str(poll_id_of(post)), user="UM01")
    assert refused.status == 200  # acknowledged; the refusal comes as a private message
    assert "Alleen een coördinator" in ephemeral_texts(slack)[-1]
    assert not slack.uploads
    client.slash(text="poll export", user="U1")
    complete = slack.wait_for("files.completeUploadExternal")[0].params
    assert complete["channel_id"] == "DU1"
    assert complete["files"][0]["title"] == "Waar zullen we de volgende keer afspreken?"


def test_closing_by_button_shows_the_final_result(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id)
    vote(client, post, "Zwolle", user="U2")
    client.block_action(ids.POLL_CLOSE, str(poll_id_of(post)), user="UM01")
    assert "Alleen een coördinator" in ephemeral_texts(slack)[-1]
    client.block_action(ids.POLL_CLOSE, str(poll_id_of(post)), user="U1")
    closed = latest_message(slack, post)
    assert "De poll is gesloten" in texts(closed["blocks"]) and not vote_values(closed)
    assert "1 (100%)" in texts(closed["blocks"])
    client.block_action(ids.POLL_VOTE, vote_values(post.params)["Deventer"], user="U4")
    assert ephemeral_texts(slack)[-1] == "De poll is gesloten; stemmen kan niet meer."
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PollVote)) == 1


def test_closing_time_and_reminder_go_through_the_schedule_and_survive_a_restart(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    slack.add_channel("C1", name="lerend-netwerk", members=["U1", "U2", "U4", "UBOT"])
    # 14 januari 17:00 in Amsterdam is 16:00 UTC; the reminder is a day earlier.
    post = create_poll(
        client, slack, network.id, closes_on="2027-01-14", closes_time="17:00", remind="1440"
    )
    assert "Sluit donderdag 14 januari 2027, 17:00" in texts(post.params["blocks"])
    vote(client, post, "Zwolle", user="U2")
    bot.close()
    restarted = create_app(bot.settings, clock=bot.clock)  # a new process, same database
    try:
        bot.clock.set(bot.clock.now().replace(day=13, hour=16))
        restarted.dispatcher.run_once()  # the fan-out plans one DM per member who did not vote
        restarted.dispatcher.run_once()
        dms = [c for c in slack.calls_to("chat.postMessage") if c.params["channel"] in ("U1", "U4")]
        assert sorted(c.params["channel"] for c in dms) == ["U1", "U4"]
        assert "Er loopt nog een poll in <#C1>" in dms[0].params["text"]
        restarted.dispatcher.run_once()
        assert len(slack.calls_to("chat.postMessage")) == 3  # once, not again
        bot.clock.set(bot.clock.now().replace(day=14, hour=16))
        restarted.dispatcher.run_once()
        assert "De poll is gesloten" in texts(latest_message(slack, post)["blocks"])
        with restarted.uow() as uow:
            poll = uow.session.scalars(select(Poll)).one()
            assert poll.closed_at is not None and poll.closed_by is None
            states = dict(uow.session.execute(select(ScheduledJob.key, ScheduledJob.state)).all())
            assert states[f"poll:{poll.id}:close"] == "done"
    finally:
        restarted.close()


def test_evaluation_is_anonymous_and_summarised_for_the_coordinator(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="evaluatie", user="UM01")
    assert "Alleen een coördinator" in ephemeral_texts(slack)[-1]
    client.slash(text="evaluatie", user="U1")
    assert "De evaluatie staat klaar" in ephemeral_texts(slack)[-1]
    client.slash(text="evaluatie", user="U1")  # started twice: still one evaluation
    bot.dispatcher.run_once()
    post = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "C1")[-1]
    body = texts(post.params["blocks"])
    assert "voldoet ons lerend netwerk aan je verwachtingen?" in body and "Anoniem" in body
    assert (
        "0 personen stemden · poll van <@U1>" in body
    )  # the count in words, no "persoon/personen"
    assert post.params["text"] == (
        "Poll: Evaluatie: voldoet ons lerend netwerk aan je verwachtingen? Tik op je antwoord "
        "om te stemmen."
    )
    vote(client, post, "Deels", user="UM01")
    modal = slack.wait_for("views.open")[0].params["view"]
    labels = [b["label"]["text"] for b in modal["blocks"] if b["type"] == "input"]
    assert labels[0].startswith("Moet er iets veranderen aan de vorm, de inhoud")
    state = {"poll_answer_0": {ids.VALUE: SlackRequestClient.text_value("Vaker op locatie")}}
    client.view_submission(
        ids.POLL_FOLLOW_UP_MODAL, state, user="UM01", private_metadata=modal["private_metadata"]
    )
    bot.clock.advance(timedelta(days=7))
    bot.dispatcher.run_once()  # closes the evaluation and plans the summary
    bot.dispatcher.run_once()
    summary = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "U1")[0]
    shown = texts(summary.params["blocks"])
    assert "Uitslag op een rij" in shown and "*Deels*: `▓▓▓▓▓▓▓▓▓▓` 1 (100%)" in shown
    assert "Vaker op locatie" in shown and "UM01" not in shown
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Poll)) == 1


def test_the_evaluation_after_meeting_three_names_no_bot_as_its_author(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """Started by the schedule, not by a person: no "poll van <@lnbot>" (issue 13, item 6)."""
    network = seed_network(bot, organisations=1)
    evaluation.start_evaluation(bot.uow(), network.id, lang="nl", now=bot.clock.now())
    bot.dispatcher.run_once()
    post = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "C1")[-1]
    body = texts(post.params["blocks"])
    assert "0 personen stemden · evaluatie van het netwerk" in body
    assert "lnbot" not in body and "lnbot" not in post.params["text"]
