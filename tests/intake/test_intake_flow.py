"""The intake end to end: the modal, saving and editing, and the introduction round thread."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Intake, IntakeDraft, SlackMessage
from tests.flows import seed_network, speaks_english, texts
from tests.intake.helpers import (
    QUESTION_BLOCKS,
    bring_state,
    buttons,
    dms_to,
    intake_state,
    join,
    submit_intake,
    take_state,
)

ANSWERS = {
    "proud_of": "Onze valpreventie bij ouderen",
    "struggle": "Roosters in de avond",
    "bring_tags": ["block:learning_capacity"],
    "take_tags": ["block:data"],
}


def channel_posts(slack: FakeSlack) -> list:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == "C1"]


def test_intake_command_opens_step_one_of_two(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="intake", user="UM01")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == ids.INTAKE_MODAL
    assert view["title"]["text"] == "Intake 1 van 2: brengen"
    assert view["submit"]["text"] == "Verder"
    body = texts(view["blocks"])
    assert "Wat kom je brengen?" in body and "Waar loop je vast?" not in body
    assert "*Zorggroep 1*" in body
    inputs = [b["block_id"] for b in view["blocks"] if b["type"] == "input"]
    assert inputs == [
        ids.INTAKE_PROUD_OF,
        ids.INTAKE_GOOD_AT,
        ids.INTAKE_DEVELOPING,
        ids.INTAKE_BRING_TAGS,
    ]
    tags = next(b for b in view["blocks"] if b.get("block_id") == ids.INTAKE_BRING_TAGS)
    labels = [o["text"]["text"] for o in tags["element"]["options"]]
    assert labels[0] == "Dementie" and "Samenwerken met inwoners" in labels and len(labels) == 7


def _step(client: SlackRequestClient, callback: str, network_id: int, user: str, **fields: Any):
    state = intake_state(**fields)
    part = bring_state(state) if callback == ids.INTAKE_MODAL else take_state(state)
    meta = json.dumps({"network": network_id})
    return client.view_submission(callback, part, user=user, private_metadata=meta)


def test_step_two_halen_and_back_again_lose_nothing(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    first = _step(client, ids.INTAKE_MODAL, network.id, "UM01", proud_of="Valpreventie")
    assert first.json["response_action"] == "update"
    second = first.json["view"]
    assert second["callback_id"] == ids.INTAKE_TAKE_MODAL
    assert second["title"]["text"] == "Intake 2 van 2: halen"
    assert second["submit"]["text"] == "Opslaan"
    inputs = [b["block_id"] for b in second["blocks"] if b["type"] == "input"]
    assert inputs == [
        ids.INTAKE_STRUGGLE,
        ids.INTAKE_STUCK,
        ids.INTAKE_LEARN,
        ids.INTAKE_START,
        ids.INTAKE_TAKE_TAGS,
        ids.INTAKE_SHARE,
    ]
    # Step 1 is a draft, not an intake yet: nothing counts, nothing is posted.
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Intake)) == 0
        assert uow.session.scalars(select(IntakeDraft)).one().answers["answers"]["proud_of"] == (
            "Valpreventie"
        )
    # "Terug" keeps what was typed on step 2 and shows step 1 with its answers.
    typed = {"id": "V5", **second}
    typed["state"] = {"values": take_state(intake_state(learn="Data lezen"))}
    client.block_action(ids.INTAKE_BACK, str(network.id), view=typed, user="UM01")
    back = slack.wait_for("views.update")[0].params
    assert back["view_id"] == "V5" and back["view"]["callback_id"] == ids.INTAKE_MODAL
    by_id = {b.get("block_id"): b for b in back["view"]["blocks"]}
    assert by_id[ids.INTAKE_PROUD_OF]["element"]["initial_value"] == "Valpreventie"
    # Forward again: step 2 shows what was typed there before going back.
    again = _step(client, ids.INTAKE_MODAL, network.id, "UM01", proud_of="Valpreventie")
    by_id = {b.get("block_id"): b for b in again.json["view"]["blocks"]}
    assert by_id[ids.INTAKE_LEARN]["element"]["initial_value"] == "Data lezen"
    # Closing halfway keeps the draft: the intake opens where it was.
    client.slash(text="intake", user="UM01")
    reopened = slack.wait_for("views.open")[0].params["view"]
    by_id = {b.get("block_id"): b for b in reopened["blocks"]}
    assert by_id[ids.INTAKE_PROUD_OF]["element"]["initial_value"] == "Valpreventie"
    # Saving step 2 makes the intake out of both steps, and the draft goes.
    done = _step(client, ids.INTAKE_TAKE_MODAL, network.id, "UM01", learn="Data lezen")
    assert "Dank je!" in texts(done.json["view"]["blocks"])
    with bot.uow() as uow:
        intake = uow.session.scalars(select(Intake)).one()
        assert (intake.proud_of, intake.learn) == ("Valpreventie", "Data lezen")
        assert uow.session.scalars(select(IntakeDraft)).all() == []


def test_the_two_steps_in_english(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    network = seed_network(bot)
    join(bot, network.id, "U3", "Care Group")
    speaks_english(bot, "U3")
    client.slash(text="intake", user="U3")
    view = slack.wait_for("views.open")[0].params["view"]
    assert (view["title"]["text"], view["submit"]["text"]) == ("Intake 1 of 2: bring", "Next")
    second = _step(client, ids.INTAKE_MODAL, network.id, "U3", proud_of="Fall prevention")
    view = second.json["view"]
    assert view["title"]["text"] == "Intake 2 of 2: take"
    assert "Back to bring" in texts(view["blocks"])
    missing = _step(client, ids.INTAKE_TAKE_MODAL, network.id, "U3")
    assert missing.json["errors"] == {
        ids.INTAKE_STRUGGLE: "Answer at least one question under ‘What do you come to get?’."
    }


def test_a_shareable_intake_is_posted_once_and_updated_in_place(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    response = submit_intake(client, network.id, user="UM01", **ANSWERS)
    assert response.json["response_action"] == "update"
    assert "staat in de voorstelronde" in texts(response.json["view"]["blocks"])
    starter, reply = channel_posts(slack)
    assert "thread_ts" not in starter.params
    assert "Voorstelronde Ouderenzorg Noord" in texts(starter.params["blocks"])
    assert reply.params["thread_ts"] == starter.response["ts"]
    body = texts(reply.params["blocks"])
    assert "<@UM01>" in body and "Zorggroep 1" in body
    assert "Onze valpreventie bij ouderen" in body and "Roosters in de avond" in body
    assert "Lerend vermogen" in body and "Monitoring, kennis en datagedreven werken" in body

    # An edit updates the same reply; no new thread, no second reply.
    submit_intake(client, network.id, user="UM01", **{**ANSWERS, "proud_of": "Nieuw antwoord"})
    assert len(channel_posts(slack)) == 2
    update = slack.last("chat.update").params
    assert update["ts"] == reply.response["ts"] and "Nieuw antwoord" in texts(update["blocks"])

    # A second member's intake goes into the same thread.
    submit_intake(client, network.id, user="UM02", **ANSWERS)
    posts = channel_posts(slack)
    assert len(posts) == 3 and posts[2].params["thread_ts"] == starter.response["ts"]
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Intake)) == 2
        intake = uow.session.scalars(select(Intake).order_by(Intake.id)).first()
        assert intake.proud_of == "Nieuw antwoord" and intake.struggle == "Roosters in de avond"
        purposes = sorted(m.purpose for m in uow.session.scalars(select(SlackMessage)))
        assert purposes == ["intake.reply", "intake.reply", "intake.round"]


def test_a_private_intake_is_never_posted_and_a_withdrawn_one_is_removed(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    response = submit_intake(client, network.id, user="UM01", shareable=False, **ANSWERS)
    assert "alleen jij ziet je antwoorden" in texts(response.json["view"]["blocks"])
    assert channel_posts(slack) == [] and not slack.calls_to("chat.update")

    submit_intake(client, network.id, user="UM01", shareable=True, **ANSWERS)
    reply = channel_posts(slack)[-1]
    submit_intake(client, network.id, user="UM01", shareable=False, **ANSWERS)
    deleted = slack.last("chat.delete").params
    assert (deleted["channel"], deleted["ts"]) == ("C1", reply.response["ts"])
    with bot.uow() as uow:
        purposes = [m.purpose for m in uow.session.scalars(select(SlackMessage))]
        assert purposes == ["intake.round"]
        assert uow.session.scalars(select(Intake)).one().shareable is False


def test_a_reply_deleted_in_slack_is_posted_again(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    submit_intake(client, network.id, user="UM01", **ANSWERS)
    slack.fail_next("chat.update", error="message_not_found")
    submit_intake(client, network.id, user="UM01", **ANSWERS)
    starter, first, again = channel_posts(slack)
    assert again.params["thread_ts"] == starter.response["ts"]
    with bot.uow() as uow:
        reply = uow.session.scalar(
            select(SlackMessage).where(SlackMessage.purpose == "intake.reply")
        )
        assert reply.ts == again.response["ts"] != first.response["ts"]


def test_missing_and_too_long_answers_get_field_errors(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    empty = submit_intake(client, network.id, user="UM01")
    assert empty.json == {
        "response_action": "errors",
        "errors": {ids.INTAKE_PROUD_OF: "Vul minstens één vraag in bij ‘Wat kom je brengen?’."},
    }
    no_take = submit_intake(client, network.id, user="UM01", proud_of="Valpreventie")
    assert no_take.json == {
        "response_action": "errors",
        "errors": {ids.INTAKE_STRUGGLE: "Vul minstens één vraag in bij ‘Wat kom je halen?’."},
    }
    too_long = submit_intake(client, network.id, user="UM01", good_at="x" * 501, learn="Roosters")
    assert too_long.json["errors"] == {ids.INTAKE_GOOD_AT: "Dit is te lang: hoogstens 500 tekens."}
    unknown = submit_intake(
        client,
        network.id,
        user="UM01",
        bring_tags=["theme:999"],
        **{k: v for k, v in ANSWERS.items() if k != "bring_tags"},
    )
    assert unknown.json["errors"] == {ids.INTAKE_BRING_TAGS: "Kies onderwerpen uit de lijst."}
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Intake)) == 0
    assert channel_posts(slack) == []


def test_field_errors_in_english_for_english_users(bot: LnBot, client: SlackRequestClient) -> None:
    network = seed_network(bot)
    join(bot, network.id, "U3", "Care Group")
    speaks_english(bot, "U3")
    response = submit_intake(client, network.id, user="U3", struggle="Rosters")
    assert response.json["errors"] == {
        ids.INTAKE_PROUD_OF: "Answer at least one question under ‘What do you bring?’."
    }


def test_the_modal_opens_with_the_last_answers(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    submit_intake(client, network.id, user="UM01", shareable=False, **ANSWERS)
    client.block_action(ids.INTAKE_BUTTON, str(network.id), user="UM01")
    view = slack.wait_for("views.open")[0].params["view"]
    by_id = {b.get("block_id"): b for b in view["blocks"]}
    assert by_id[ids.INTAKE_PROUD_OF]["element"]["initial_value"] == ANSWERS["proud_of"]
    assert "initial_value" not in by_id[ids.INTAKE_GOOD_AT]["element"]
    step_two = _step(client, ids.INTAKE_MODAL, network.id, "UM01", proud_of=ANSWERS["proud_of"])
    by_id = {b.get("block_id"): b for b in step_two.json["view"]["blocks"]}
    assert by_id[ids.INTAKE_STRUGGLE]["element"]["initial_value"] == ANSWERS["struggle"]
    chosen = by_id[ids.INTAKE_TAKE_TAGS]["element"]["initial_options"]
    assert [o["value"] for o in chosen] == ["block:data"]
    assert "initial_options" not in by_id[ids.INTAKE_SHARE]["element"]  # not shared last time


def test_only_participants_with_an_organisation_do_the_intake(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot)
    client.slash(text="intake", user="U2")
    assert "Je doet nog niet mee" in slack.wait_for("response_url")[0].params["text"]
    client.slash(text="intake", user="U1")  # the coordinator, without an organisation
    replies = slack.wait_for("response_url", count=2)
    assert "Kies eerst je organisatie" in replies[1].params["text"]
    assert not slack.calls_to("views.open")


def test_the_welcome_dm_and_app_home_offer_the_intake(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    join(bot, network.id, "U2", "Zorggroep Oost")
    bot.dispatcher.run_once()
    welcome = dms_to(slack, "U2")[0].params
    assert welcome["text"] == (
        "Welkom bij Ouderenzorg Noord! Je eerste stap: tik op Mijn intake en vertel wat je komt "
        "brengen en halen."
    )
    assert "Welkom bij *Ouderenzorg Noord*" in texts(welcome["blocks"])
    assert "vul je intake in" in texts(welcome["blocks"])
    intake_button = buttons(welcome["blocks"])[0]
    assert (intake_button["action_id"], intake_button["value"]) == (
        ids.INTAKE_BUTTON,
        str(network.id),
    )
    client.event({"type": "app_home_opened", "user": "U2", "channel": "D2", "tab": "home"})
    home = slack.wait_for("views.publish")[0].params["view"]
    assert ids.INTAKE_BUTTON in [b["action_id"] for b in buttons(home["blocks"])]
    client.block_action(ids.INTAKE_BUTTON, str(network.id), user="U2", view=home)
    assert slack.wait_for("views.open")[0].params["view"]["callback_id"] == ids.INTAKE_MODAL


def test_help_lists_the_intake_commands(client: SlackRequestClient, slack: FakeSlack) -> None:
    client.slash(text="help alles", user="U1")
    body = texts(slack.wait_for("response_url")[0].params["blocks"])
    for usage in ("/lerend intake", "/lerend match", "/lerend passend [uitslag]"):
        assert usage in body


def test_the_longest_intake_fits_slacks_limits(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    everything = {question: "lang verhaal " * 38 for question in QUESTION_BLOCKS}  # 494 chars
    tags = ["block:learning_capacity", "block:governance", "block:data", "block:funding"]
    submit_intake(client, network.id, user="UM01", bring_tags=tags, take_tags=tags, **everything)
    reply = channel_posts(slack)[-1]
    assert reply.response["ok"] and "thread_ts" in reply.params
    client.block_action(ids.INTAKE_BUTTON, str(network.id), user="UM01")
    assert slack.wait_for("views.open")[0].response["ok"]


def test_two_first_intakes_at_once_share_one_thread(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=4)
    users = ["UM01", "UM02", "UM03", "UM04"]
    with ThreadPoolExecutor(len(users)) as pool:
        list(pool.map(lambda user: submit_intake(client, network.id, user=user, **ANSWERS), users))
    with bot.uow() as uow:
        thread = uow.session.scalars(
            select(SlackMessage.ts).where(SlackMessage.purpose == "intake.round")
        ).one()
        replies = uow.session.scalars(
            select(SlackMessage.ts).where(SlackMessage.purpose == "intake.reply")
        ).all()
    posts = channel_posts(slack)
    starters = [p.response["ts"] for p in posts if "thread_ts" not in p.params]
    deleted = {c.params["ts"] for c in slack.calls_to("chat.delete")}
    assert set(starters) - deleted == {thread}  # any extra thread was taken down again
    kept_replies = [p for p in posts if "thread_ts" in p.params and p.response["ts"] not in deleted]
    assert {p.params["thread_ts"] for p in kept_replies} == {thread}
    assert sorted(p.response["ts"] for p in kept_replies) == sorted(replies)
    assert len(replies) == 4
