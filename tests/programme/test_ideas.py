"""The idea box (ideeënbus): ideas from /lerend idee and from the button under a meeting's
announcement, anonymous unless the member adds their name; the coordinator sees them per coming
meeting in App Home and takes them up (the channel is told); after every meeting the box is
offered to each member through the meeting's own schedule."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.ideas import group_for, validate_idea
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Idea
from tests.flows import seed_network
from tests.meetings.flows import buttons, meeting_id, plan, submit_plan
from tests.programme.flows import at, dm_with, ephemeral, jobs_like, posts_in, texts

S = SlackRequestClient
FEB_9_17H = datetime(2027, 2, 9, 16, 0, tzinfo=UTC)  # meeting 1 ends (14:00 + 3 hours)


def ideas(bot: LnBot) -> list[Idea]:
    with bot.uow() as uow:
        rows = list(uow.session.scalars(select(Idea).order_by(Idea.id)))
        uow.session.expunge_all()
        return rows


def idea_state(text: str, named: bool = False) -> dict:
    return {
        ids.IDEA_TEXT: {ids.VALUE: S.text_value(text)},
        ids.IDEA_NAMED: {ids.VALUE: S.checkboxes_values([ids.IDEA_NAMED_YES] if named else [])},
    }


def open_home(client: SlackRequestClient, slack: FakeSlack, user: str = "U1") -> dict:
    client.event({"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home"})
    return slack.calls_to("views.publish")[-1].response["view"]


def test_an_idea_by_slash_command_is_anonymous_until_its_author_adds_a_name(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=2)
    client.slash(text="idee een keer op bezoek bij elkaar", user="UM01")
    thanks = ephemeral(slack)[-1]
    assert "anoniem in de ideeënbus van Ouderenzorg Noord" in thanks["text"]
    (idea,) = ideas(bot)
    assert (idea.text, idea.author_user_id, idea.show_name) == (
        "een keer op bezoek bij elkaar",
        "UM01",
        False,
    )
    (button,) = buttons(thanks["blocks"])
    client.block_action(ids.IDEA_SHOW_NAME, button["value"], user="UM02")
    assert ephemeral(slack)[-1]["text"] == "Dit is niet jouw idee."
    client.block_action(ids.IDEA_SHOW_NAME, button["value"], user="UM01")
    assert ephemeral(slack)[-1]["text"] == "Je naam staat nu bij je idee."
    assert ideas(bot)[0].show_name is True
    client.slash(text="idee iets", user="U4")  # not in the network
    assert "Je doet nog niet mee aan *Ouderenzorg Noord*" in ephemeral(slack)[-1]["text"]
    client.slash(text="idee", user="UM02")  # no text: the form
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.IDEA_MODAL
    assert "Je idee is anoniem, tenzij je je naam erbij zet" in texts(modal)


def test_the_coordinator_sees_ideas_per_meeting_and_takes_one_up(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    first = plan(client, slack, network.id)
    submit_plan(client, network.id, number=2, day="2027-03-09")
    # From the button under meeting 2's announcement: the modal names that meeting.
    second = next(c for c in posts_in(slack, "C1") if "Bijeenkomst 2" in texts(c.params))
    button = next(b for b in buttons(second.params["blocks"]) if b["action_id"] == ids.IDEA_OPEN)
    client.block_action(ids.IDEA_OPEN, button["value"], user="UM01")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert "Heb je een idee voor bijeenkomst 2?" in texts(modal)
    metadata = modal["private_metadata"]
    empty = client.view_submission(
        ids.IDEA_MODAL, idea_state(" "), user="UM01", private_metadata=metadata
    )
    assert empty.json["errors"] == {ids.IDEA_TEXT: "Schrijf je idee in een paar woorden."}
    named = client.view_submission(
        ids.IDEA_MODAL,
        idea_state("Een spreker over dementie", named=True),
        user="UM01",
        private_metadata=metadata,
    )
    assert "Je idee zit in de ideeënbus" in texts(named.json["view"])
    client.slash(text="idee Wandelend vergaderen", user="UM02")  # for the next meeting: 1
    assert [i.meeting_id for i in ideas(bot)] == [meeting_id(bot, 2), meeting_id(bot, 1)]

    # Members do not see the box in App Home; the coordinator does, per meeting.
    assert "Ideeënbus" not in texts(open_home(client, slack, "UM02"))
    home = open_home(client, slack)
    body = texts(home["blocks"])
    assert "*Ideeënbus van Ouderenzorg Noord* (2 open)" in body
    assert body.index("Voor bijeenkomst 1") < body.index("Wandelend vergaderen")
    assert body.index("Voor bijeenkomst 2") < body.index("Een spreker over dementie")
    assert "“Een spreker over dementie” — <@UM01>" in body
    assert "UM02" not in body  # anonymous stays anonymous, also for the coordinator
    take_up = {b["value"]: b for b in buttons(home["blocks"]) if b["action_id"] == ids.IDEA_TAKE_UP}
    anonymous, named_id = (str(i.id) for i in sorted(ideas(bot), key=lambda i: i.show_name))
    assert set(take_up) == {anonymous, named_id}

    client.block_action(ids.IDEA_TAKE_UP, anonymous, user="UM01", view=home)  # not a coordinator
    assert not [c for c in posts_in(slack, "C1") if "Uit de ideeënbus" in texts(c.params)]
    client.block_action(ids.IDEA_TAKE_UP, anonymous, user="U1", view=home)
    told = [c for c in posts_in(slack, "C1") if "Uit de ideeënbus" in texts(c.params)]
    assert told[-1].params["text"] == (
        ":bulb: Uit de ideeënbus: “Wandelend vergaderen”. Dit idee pakken we op! Dank je wel."
    )
    client.block_action(ids.IDEA_TAKE_UP, named_id, user="U1", view=home)
    told = [c for c in posts_in(slack, "C1") if "Uit de ideeënbus" in texts(c.params)]
    assert "(van <@UM01>)" in told[-1].params["text"]
    rebuilt = texts(slack.calls_to("views.publish")[-1].params["view"]["blocks"])
    assert "Ideeënbus" not in rebuilt  # both taken up
    assert first  # the first meeting's announcement carries the idea button too
    assert ids.IDEA_OPEN in json.dumps(first.params)


def test_the_idea_box_is_offered_after_each_meeting_and_follows_the_meeting(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    key = f"meeting:{first}:idea_box"
    assert jobs_like(bot, key)[key].run_at == FEB_9_17H
    submit_plan(client, network.id, day="2027-02-16")  # moved a week: the offer moves along
    assert jobs_like(bot, key)[key].run_at == FEB_9_17H + timedelta(days=7)
    at(FEB_9_17H + timedelta(days=7), bot)
    for user in ("U1", "UM01", "UM02"):
        (offer,) = dm_with(slack, user, "Na bijeenkomst 1 van *Ouderenzorg Noord*")
        (button,) = buttons(offer.params["blocks"])
        assert button["action_id"] == ids.IDEA_OPEN
    client.block_action(ids.IDEA_OPEN, button["value"], user="UM02", channel="DUM02")
    assert slack.wait_for("views.open")[0].params["view"]["callback_id"] == ids.IDEA_MODAL

    # A cancelled meeting offers nothing.
    submit_plan(client, network.id, number=2, day="2027-03-09")
    client.slash(text="plan annuleer 2", user="U1")
    at(datetime(2027, 3, 10, 9, 0, tzinfo=UTC), bot)
    assert not dm_with(slack, "UM01", "Na bijeenkomst 2")


def test_an_open_idea_moves_on_to_the_next_meeting() -> None:
    assert group_for(7, [7, 8]) == 7  # its meeting is still ahead
    assert group_for(6, [7, 8]) == 7  # its meeting passed: the next one
    assert group_for(None, [7, 8]) == 7
    assert group_for(6, []) is None  # nothing planned yet
    assert validate_idea("   ") == {"text": "idea.error.empty"}
    assert validate_idea("x" * 501) == {"text": "idea.error.too_long"}
    assert validate_idea("Samen koken met bewoners") == {}
