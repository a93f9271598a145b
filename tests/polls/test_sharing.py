"""Follow-up answers shared in the poll's thread (issue 16, item 2): under one's name,
anonymously or for the organisers only; changed from the poll message; withdrawn by the author
only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import PollAnswer, PollReply, SlackMessage
from tests.flows import add_members, seed_network, speaks_english, texts
from tests.knowledge.helpers import changed_event, deleted_event, reply_event
from tests.polls.flows import create_poll, ephemeral_texts, poll_id_of, vote

S = SlackRequestClient
SEED = {
    "question": "Maakt jouw organisatie deel uit van een lerend netwerk?",
    "options": ("Ja", "Nee", "Weet ik niet"),
    "follow_ups": {
        1: "Hoe ziet jullie netwerk eruit? En wat heb je eraan?",
        2: "Wat zijn de obstakels bij het vormen van een lerend netwerk?\n"
        "Wil je hierbij ondersteund worden?",
    },
}


def answer(
    client: SlackRequestClient, modal: dict[str, Any], answers: list[str], sharing: str, user: str
) -> Response:
    state: dict[str, Any] = {
        ids.POLL_ANSWER.format(index=i): {ids.VALUE: S.text_value(text)}
        for i, text in enumerate(answers)
    }
    state[ids.POLL_SHARING] = {
        ids.VALUE: {"type": "radio_buttons", "selected_option": {"value": sharing}}
    }
    return client.view_submission(
        ids.POLL_FOLLOW_UP_MODAL, state, user=user, private_metadata=modal["private_metadata"]
    )


def thread_posts(slack: FakeSlack, post: Call) -> list[Call]:
    ts = post.response["ts"]
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("thread_ts") == ts]


def sharing_choices(modal: dict[str, Any]) -> list[str]:
    block = next(b for b in modal["blocks"] if b.get("block_id") == ids.POLL_SHARING)
    return [o["value"] for o in block["element"]["options"]]


def test_a_shared_answer_appears_in_the_thread_and_only_its_author_withdraws_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id, **SEED)
    assert "Mijn antwoorden aanpassen" in texts(post.params["blocks"])
    vote(client, post, "Nee", user="U2")
    modal = slack.wait_for("views.open")[-1].params["view"]
    assert sharing_choices(modal) == ["named", "anonymous", "private"]
    done = answer(client, modal, ["Geen tijd", "Ja graag"], "named", user="U2")
    assert "staat nu in de draad" in texts(done.json["view"]["blocks"])
    shared = thread_posts(slack, post)[-1].params
    assert shared["channel"] == "C1"
    shown = texts(shared["blocks"])
    assert "<@U2> koos *Nee*" in shown and "Geen tijd" in shown and "Ja graag" in shown
    assert "Wil je hierbij ondersteund worden?" in shown
    withdraw = next(
        e["value"]
        for b in shared["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == ids.POLL_ANSWER_WITHDRAW
    )
    client.block_action(ids.POLL_ANSWER_WITHDRAW, withdraw, user="U4")
    assert "Alleen wie dit antwoord schreef" in ephemeral_texts(slack)[-1]
    assert not slack.calls_to("chat.delete")
    client.block_action(ids.POLL_ANSWER_WITHDRAW, withdraw, user="U2")
    deleted = slack.wait_for("chat.delete")[0].params
    assert deleted["ts"] == thread_posts(slack, post)[-1].response["ts"]
    assert "staat niet meer in de draad" in ephemeral_texts(slack)[-1]
    with bot.uow() as uow:
        row = uow.session.scalars(select(PollAnswer)).one()
        assert row.sharing == "private" and row.answers == ["Geen tijd", "Ja graag"]


def test_answers_change_from_the_poll_message_and_the_thread_follows(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id, **SEED)
    poll_id = str(poll_id_of(post))
    client.block_action(ids.POLL_MY_ANSWERS, poll_id, user="U2")
    assert ephemeral_texts(slack)[-1] == "Stem eerst; daarna krijg je de vervolgvragen."
    vote(client, post, "Ja", user="U2")
    first = slack.wait_for("views.open")[-1].params["view"]
    answer(client, first, ["Zes VVT-organisaties uit de regio"], "anonymous", user="U2")
    anonymous = thread_posts(slack, post)[-1]
    assert "Iemand koos *Ja*" in texts(anonymous.params["blocks"])
    assert "U2" not in texts(anonymous.params["blocks"])
    # The modal was closed; the button on the poll brings it back with the earlier answers.
    client.block_action(ids.POLL_MY_ANSWERS, poll_id, user="U2")
    again = slack.wait_for("views.open", count=2)[-1].params["view"]
    earlier = next(b for b in again["blocks"] if b.get("block_id") == "poll_answer_0")
    assert earlier["element"]["initial_value"] == "Zes VVT-organisaties uit de regio"
    radio = next(b for b in again["blocks"] if b.get("block_id") == ids.POLL_SHARING)
    assert radio["element"]["initial_option"]["value"] == "anonymous"
    answer(client, again, ["Zeven organisaties, we leren veel"], "anonymous", user="U2")
    updated = [
        c for c in slack.calls_to("chat.update") if c.params["ts"] == anonymous.response["ts"]
    ]
    assert "Zeven organisaties" in texts(updated[-1].params["blocks"])
    assert len(thread_posts(slack, post)) == 1  # updated in place, not posted twice
    answer(client, again, ["Zeven organisaties, we leren veel"], "private", user="U2")
    assert slack.wait_for("chat.delete")[0].params["ts"] == anonymous.response["ts"]
    vote(client, post, "Weet ik niet", user="U4")
    client.block_action(ids.POLL_MY_ANSWERS, poll_id, user="U4")
    assert ephemeral_texts(slack)[-1] == "Bij jouw keuze horen geen vervolgvragen."


def test_anonymous_polls_never_share_by_name_and_english_readers_read_english(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2"])
    speaks_english(bot, "U2")
    post = create_poll(client, slack, network.id, settings=("anonymous",), **SEED)
    vote(client, post, "Nee", user="U2")
    modal = slack.wait_for("views.open")[-1].params["view"]
    assert sharing_choices(modal) == ["anonymous", "private"]
    assert "Who may read your answer?" in texts(modal["blocks"])
    answer(client, modal, ["Geld", ""], "named", user="U2")  # a forged choice
    shown = texts(thread_posts(slack, post)[-1].params["blocks"])
    assert "Iemand koos *Nee*" in shown and "U2" not in shown
    assert "Wil je hierbij ondersteund worden?" not in shown  # unanswered: left out


def test_replies_typed_in_the_polls_thread_are_recorded_and_exported(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id, **SEED)
    ts = post.response["ts"]
    client.event(reply_event(ts, user="U2", text="Wij werken samen met drie huizen.", ts="1.1"))
    client.event(reply_event(ts, user="U2", text="Wij werken samen met drie huizen.", ts="1.1"))
    client.event(changed_event(ts, user="U2", text="Met vier huizen, sinds maart.", ts="1.1"))
    client.event(reply_event(ts, user="U4", text="Graag meer weten!", ts="1.2"))
    client.event(deleted_event(ts, user="U4", ts="1.2"))
    with bot.uow() as uow:
        rows = uow.session.execute(select(PollReply.user_id, PollReply.text)).all()
    assert sorted(tuple(r) for r in rows) == [("U2", "Met vier huizen, sinds maart."), ("U4", "")]
    client.slash(text="poll export", user="U1")
    raw = next(iter(slack.uploads.values())).decode("utf-8-sig")
    assert "Persoon;Reactie in de draad;Tijd" in raw
    assert "Gebruiker U2;Met vier huizen, sinds maart." in raw and "Graag meer weten" not in raw


def test_shared_answers_and_thread_replies_are_found_but_private_answers_never(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2", "U4"])
    post = create_poll(client, slack, network.id, **SEED)
    vote(client, post, "Nee", user="U2")
    modal = slack.wait_for("views.open")[-1].params["view"]
    answer(client, modal, ["Reistijd naar de partners is te lang", "Ja"], "named", user="U2")
    vote(client, post, "Nee", user="U4")
    private = slack.wait_for("views.open", count=2)[-1].params["view"]
    answer(client, private, ["Reistijd en geld", ""], "private", user="U4")
    client.event(reply_event(post.response["ts"], user="U4", text="Reistijd valt mee", ts="1.3"))
    client.slash(text="zoek reistijd", user="U1")
    found = slack.calls_to("response_url")[-1].params
    shown = texts(found["blocks"])
    assert found["text"] == "Gevonden onder de polls van dit netwerk:"
    assert "<@U2>: Reistijd naar de partners is te lang" in shown
    assert "<@U4>: Reistijd valt mee" in shown and "geld" not in shown


def test_forget_me_takes_a_shared_answer_out_of_the_thread(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2"])
    post = create_poll(client, slack, network.id, **SEED)
    vote(client, post, "Nee", user="U2")
    modal = slack.wait_for("views.open")[-1].params["view"]
    answer(client, modal, ["Geen tijd", "Ja graag"], "named", user="U2")
    shared_ts = thread_posts(slack, post)[-1].response["ts"]
    client.block_action(ids.PRIVACY_FORGET, "U2", user="U2")
    deleted = slack.wait_for("chat.delete")[0].params
    assert (deleted["channel"], deleted["ts"]) == ("C1", shared_ts)
    with bot.uow() as uow:
        assert not uow.session.scalars(
            select(SlackMessage).where(SlackMessage.purpose == "poll.answer")
        ).all()


def test_several_chosen_options_each_get_their_answers_back(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    add_members(bot, network.id, ["U2"])
    post = create_poll(
        client,
        slack,
        network.id,
        question="Wat doen jullie al?",
        options=("Valpreventie", "Leefstijl"),
        follow_ups={1: "Hoe pakken jullie het aan?", 2: "Wat werkt goed?"},
        settings=("multiple",),
    )
    vote(client, post, "Valpreventie", user="U2")
    first = slack.wait_for("views.open")[-1].params["view"]
    answer(client, first, ["Met een valkalender"], "private", user="U2")
    vote(client, post, "Leefstijl", user="U2")
    second = slack.wait_for("views.open", count=2)[-1].params["view"]
    answer(client, second, ["Samen wandelen"], "private", user="U2")
    client.block_action(ids.POLL_MY_ANSWERS, str(poll_id_of(post)), user="U2")
    chooser = slack.wait_for("views.open", count=3)[-1].params["view"]
    choices = [e for b in chooser["blocks"] for e in b.get("elements", [])]
    assert [e["text"]["text"] for e in choices] == ["Valpreventie", "Leefstijl"]
    client.block_action(choices[1]["action_id"], choices[1]["value"], user="U2", view={"id": "V7"})
    update = slack.last("views.update").params
    assert update["view_id"] == "V7"
    earlier = next(b for b in update["view"]["blocks"] if b.get("block_id") == "poll_answer_0")
    assert earlier["element"]["initial_value"] == "Samen wandelen"
