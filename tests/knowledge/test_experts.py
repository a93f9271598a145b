"""Questions to experts: offered to the experts for the question's theme, *Ik help*, the
nudge after three days, and closing a question with a helpful answer."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Contribution, HelpOffer
from tests.flows import seed_network
from tests.knowledge.helpers import (
    Replies,
    channel_posts,
    dms_to,
    item_place,
    items,
    make_expert,
    reply_event,
    rows,
    share,
    texts,
    theme_tag_of,
)

QUESTION = {"kind": "question", "title": "Hoe plannen jullie de nachtdienst?", "user": "UM01"}


def ask(bot: LnBot, client: SlackRequestClient, slack: FakeSlack, network_id: int) -> str:
    """UM01 asks a question on the network's theme; returns the thread's ts."""
    tags = [theme_tag_of(bot, network_id)]
    return share(client, slack, network_id, tags=tags, **QUESTION).response["ts"]


def asked_with_expert(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> str:
    """A network with expert UEX (every theme) and UM01's question, offered to the expert."""
    network = seed_network(bot, organisations=2)
    make_expert(bot, network.id, "UEX")
    thread = ask(bot, client, slack, network.id)
    bot.dispatcher.run_once()
    return thread


def three_days_later(bot: LnBot) -> None:
    """The unanswered check runs and plans its DMs; the next run sends them."""
    bot.clock.advance(timedelta(days=3, minutes=1))
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()


def offers_to(slack: FakeSlack, user: str) -> list:
    return [c for c in dms_to(slack, user) if ids.KNOWLEDGE_HELP in json.dumps(c.params)]


def help_buttons(call: object) -> list[dict]:
    blocks = call.params["blocks"]  # type: ignore[attr-defined]
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_a_question_on_a_theme_goes_to_its_experts(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    make_expert(bot, network.id, "UEX")  # no themes of their own: every theme
    make_expert(bot, network.id, "UM02")
    client.slash(text="expert Dementie", user="UM02")
    assert "Dementie" in slack.wait_for("response_url")[-1].params["text"]
    ask(bot, client, slack, network.id)
    share(client, slack, network.id, kind="question", title="Zonder thema", user="UM01")
    bot.dispatcher.run_once()
    for expert in ("UEX", "UM02"):
        (dm,) = offers_to(slack, expert)
        assert "heeft een vraag in *Ouderenzorg Noord* over jouw thema" in texts(dm.params)
        assert "Hoe plannen jullie de nachtdienst?" in texts(dm.params)
        (button,) = help_buttons(dm)
        assert button["text"]["text"] == "Ik help"
    assert not offers_to(slack, "UM01")


def test_an_expert_for_another_theme_is_not_asked(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    from bot.domain.network import NetworkForm
    from bot.services import networks
    from tests.flows import wants_yes

    form = NetworkForm("Ouderenzorg Noord", "Dementie", "Personeel", (), None)
    network = networks.create_network(
        bot.uow(), team_id="T0001", channel_id="C1", user_id="U1", form=form, now=bot.clock.now()
    )
    wants_yes(bot, network.id, False)  # set up directly, without the coordinator's yes
    for user, organisation in (("UM01", "Zorggroep 1"), ("UM02", "Zorggroep 2")):
        networks.join_network(
            bot.uow(),
            network_id=network.id,
            user_id=user,
            existing_organisation_id=None,
            new_organisation_name=organisation,
            committed=True,
            now=bot.clock.now(),
        )
    make_expert(bot, network.id, "UM02")
    client.slash(text="expert @x", user="UM02")  # not a mention: a theme word that is unknown
    assert "Dat thema ken ik niet" in slack.wait_for("response_url")[-1].params["text"]
    client.slash(text="expert <@UM02> personeel", user="U1")  # a coordinator sets it
    listing = slack.wait_for("response_url", count=2)[-1].params["text"]
    assert "<@UM02>: Personeel" in listing
    client.slash(text="expert dementie", user="UM01")  # not an expert
    assert "is geen expert" in slack.wait_for("response_url", count=3)[-1].params["text"]
    ask(bot, client, slack, network.id)  # tagged Dementie
    bot.dispatcher.run_once()
    assert not offers_to(slack, "UM02")
    client.slash(text="expert", user="UM01")
    assert "<@UM02>: Personeel" in slack.wait_for("response_url", count=4)[-1].params["text"]


def test_ik_help_records_the_helper_and_tells_the_asker(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    make_expert(bot, network.id, "UEX")
    ask(bot, client, slack, network.id)
    (item,) = items(bot)
    for _ in range(2):  # a double click is one offer
        client.block_action(ids.KNOWLEDGE_HELP, str(item.id), user="UEX", channel="DUEX")
    thanks = slack.wait_for("response_url")[0].params
    assert thanks["replace_original"] is True and "Fijn dat je helpt" in thanks["text"]
    assert [(o.item_id, o.user_id) for o in rows(bot, HelpOffer)] == [(item.id, "UEX")]
    update = slack.last("chat.update").params
    place = item_place(bot, item.id)
    assert place and update["ts"] == place[1] and "Helpt mee: <@UEX>" in texts(update["blocks"])
    bot.dispatcher.run_once()
    told = [c.params["text"] for c in dms_to(slack, "UM01")]
    assert (
        told.count("Goed nieuws: <@UEX> helpt met je vraag *Hoe plannen jullie de nachtdienst?*.")
        == 1
    )


def test_an_unanswered_question_is_nudged_once_and_reported(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    thread = asked_with_expert(bot, client, slack)
    # The asker adding to their own thread is not an answer.
    client.event(reply_event(thread, user="UM01", text="Aanvulling", ts=Replies(bot).next_ts()))
    three_days_later(bot)
    offers = offers_to(slack, "UEX")
    assert len(offers) == 2 and "na drie dagen nog geen antwoord" in texts(offers[1].params)
    (report,) = dms_to(slack, "U1")[-1:]
    assert "heeft na drie dagen nog geen antwoord" in report.params["text"]
    bot.clock.advance(timedelta(days=3))
    bot.dispatcher.run_once()
    assert len(offers_to(slack, "UEX")) == 2


def test_an_answered_question_is_not_nudged(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    thread = asked_with_expert(bot, client, slack)
    client.event(
        reply_event(thread, user="UM02", text="Met een vast team.", ts=Replies(bot).next_ts())
    )
    three_days_later(bot)
    assert len(offers_to(slack, "UEX")) == 1  # the first offer only
    assert not [c for c in dms_to(slack, "U1") if "drie dagen" in texts(c.params)]


def test_the_asker_marks_a_helpful_answer_with_the_message_shortcut(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    thread = ask(bot, client, slack, network.id)
    ts = Replies(bot).next_ts()
    message = {"ts": ts, "thread_ts": thread, "user": "UM02", "text": "Met een vast team."}
    # Someone else than the asker may not close it.
    client.message_shortcut(ids.HELPFUL_SHORTCUT, message=message, user="UM02")
    assert "Alleen wie de vraag stelde" in slack.wait_for("response_url")[0].params["text"]
    client.message_shortcut(ids.HELPFUL_SHORTCUT, message=message, user="UM01")
    assert (
        "Je vraag staat nu op beantwoord"
        in slack.wait_for("response_url", count=2)[-1].params["text"]
    )
    (item,) = items(bot)
    assert item.answered_by == "UM01" and item.answered_at is not None
    (reply,) = rows(bot, Contribution)  # recorded from the shortcut, the event never came
    assert reply.helpful and reply.user_id == "UM02"
    update = slack.last("chat.update").params
    assert update["ts"] == thread
    assert "Beantwoord. Het antwoord van <@UM02> hielp." in texts(update["blocks"])
    assert ids.KNOWLEDGE_CHOOSE_ANSWER not in texts(update["blocks"])
    bot.dispatcher.run_once()
    # The dispatcher sends several DMs at once, so look for this one among UM02's DMs.
    assert any("vond jouw antwoord op" in c.params["text"] for c in dms_to(slack, "UM02"))


def test_the_asker_chooses_the_answer_from_the_list_on_the_item(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    make_expert(bot, network.id, "UEX")
    thread = ask(bot, client, slack, network.id)
    replies = Replies(bot)
    client.event(reply_event(thread, user="UM02", text="Met een vast team.", ts=replies.next_ts()))
    client.event(
        reply_event(thread, user="UM03", text="Wij roosteren per maand.", ts=replies.next_ts())
    )
    (item,) = items(bot)
    starter = channel_posts(slack)[-1]
    assert ids.KNOWLEDGE_CHOOSE_ANSWER in texts(starter.params["blocks"])
    client.block_action(ids.KNOWLEDGE_CHOOSE_ANSWER, str(item.id), user="UM01")
    view = slack.wait_for("views.open")[0].params["view"]
    radio = next(b for b in view["blocks"] if b.get("block_id") == ids.HELPFUL_REPLY)
    options = radio["element"]["options"]
    assert [o["text"]["text"] for o in options] == ["<@UM02>", "<@UM03>"]
    chosen = options[1]["value"]
    state = {
        ids.HELPFUL_REPLY: {
            ids.VALUE: {"type": "radio_buttons", "selected_option": {"value": chosen}}
        }
    }
    response = client.view_submission(
        ids.HELPFUL_MODAL, state, user="UM01", private_metadata=view["private_metadata"]
    )
    assert "Je vraag staat nu op beantwoord" in texts(response.json["view"])
    assert "Het antwoord van <@UM03> hielp" in texts(slack.last("chat.update").params["blocks"])
    assert [r.helpful for r in rows(bot, Contribution)] == [False, True]
    three_days_later(bot)  # nothing is nudged for an answered question
    assert not [c for c in dms_to(slack, "U1") if "drie dagen" in texts(c.params)]
