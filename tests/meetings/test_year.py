"""The year as a whole: the coordinator guided to plan 2-4 after meeting 1, the evaluation after
meeting 3 and the request to plan 5-7, and the year plan with its warnings in status and App
Home."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.clock import FixedClock
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Poll
from tests.flows import seed_network, texts
from tests.meetings.flows import buttons, dms_to, plan, rsvp, run_due, submit_plan


def statuses(slack: FakeSlack) -> list[dict]:
    return [c.params for c in slack.calls_to("response_url") if "blocks" in c.params]


def test_after_meeting_one_the_coordinator_is_guided_to_plan_two_to_four(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    plan(client, slack, network.id)
    plan(client, slack, network.id, number=2, day="2027-03-09")
    run_due(bot, datetime(2027, 2, 9, 16, 0, tzinfo=UTC))  # meeting 1 has ended
    note = next(c.params for c in dms_to(slack, "U1") if "is geweest" in c.params["text"])
    assert "Bijeenkomst 1 van Ouderenzorg Noord is geweest" in note["text"]
    assert [b["value"] for b in buttons(note["blocks"])] == [f"{network.id}:3", f"{network.id}:4"]
    assert not [c for c in dms_to(slack, "UM01") if "is geweest" in c.params["text"]]
    client.block_action(f"{ids.MEETING_PLAN_OPEN}_3", f"{network.id}:3", user="U1", channel="DU1")
    view = slack.wait_for("views.open")[0].params["view"]
    number = next(b for b in view["blocks"] if b.get("block_id") == ids.MEETING_NUMBER)
    assert number["element"]["initial_option"]["value"] == "3"


def test_after_meeting_three_the_evaluation_starts_and_five_to_seven_wait_for_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    for number, day in ((1, "2027-02-09"), (2, "2027-03-09"), (3, "2027-04-13")):
        submit_plan(client, network.id, number=number, day=day)
    third_end = datetime(2027, 4, 13, 15, 0, tzinfo=UTC)  # 17:00 summer time
    run_due(bot, third_end - timedelta(minutes=1))
    with bot.uow() as uow:
        assert uow.session.scalars(select(Poll)).all() == []
    run_due(bot, third_end)
    with bot.uow() as uow:
        poll = uow.session.scalars(select(Poll)).one()
        assert poll.kind == "evaluation" and poll.anonymous and poll.created_by == "lnbot"
    channel = [c.params for c in slack.calls_to("chat.postMessage") if c.params["channel"] == "C1"]
    assert ids.POLL_VOTE in texts(channel[-1]["blocks"])  # the evaluation, posted
    note = next(c.params for c in dms_to(slack, "U1") if "Bijeenkomst 3" in c.params["text"])
    assert "De korte evaluatie staat nu in <#C1>" in note["text"]
    assert [b["value"] for b in buttons(note["blocks"])] == [
        f"{network.id}:5",
        f"{network.id}:6",
        f"{network.id}:7",
    ]
    client.slash(text="status", user="U1")
    status = texts(statuses(slack)[0]["blocks"])
    assert "de evaluatie is nog niet afgerond" in status
    run_due(bot, third_end + timedelta(days=8))  # the evaluation closed
    client.slash(text="status", user="U1")
    assert "evaluatie is nog niet" not in texts(statuses(slack)[1]["blocks"])


def test_status_shows_the_year_and_warns_the_coordinator(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, clock: FixedClock
) -> None:
    network = seed_network(bot, organisations=2)
    post = plan(client, slack, network.id)
    plan(client, slack, network.id, number=4, day="2027-05-11", facilitator="UM02")
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")
    client.slash(text="status", user="U1")
    status = texts(statuses(slack)[0]["blocks"])
    assert "Het jaar: 7 bijeenkomsten" in status
    assert ":spiral_calendar_pad: 1. dinsdag 9 februari 2027, 14:00 · Dementie" in status
    assert ":white_circle: 2. nog niet gepland" in status
    assert "*Volgende bijeenkomst* (nr. 1)" in status
    assert "1 aanwezig · 0 online · 0 afwezig · 1 nog geen antwoord" in status
    assert "Nog geen gespreksleider voor bijeenkomst 1." in status
    assert "Van Zorggroep 2 komt nog niemand naar bijeenkomst 1." in status
    client.slash(text="status", user="UM01")
    member = texts(statuses(slack)[1]["blocks"])
    assert "Het jaar: 7 bijeenkomsten" in member and "gespreksleider" not in member

    clock.set(datetime(2027, 2, 10, 9, 0, tzinfo=UTC))
    client.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    home = texts(slack.wait_for("views.publish")[0].params["view"]["blocks"])
    assert "Bijeenkomsten: 1 geweest, 1 gepland, 5 nog open" in home
    assert "0 aanwezig · 0 online · 0 afwezig · 2 nog geen antwoord" in home
    assert "Van Zorggroep 1, Zorggroep 2 komt nog niemand" in home
    client.event({"type": "app_home_opened", "user": "UM01", "channel": "D2", "tab": "home"})
    home = texts(slack.wait_for("views.publish", count=2)[1].params["view"]["blocks"])
    assert "Bijeenkomsten: 1 geweest" in home and "komt nog niemand" not in home
