"""Lighter events (webinar, workshop, studiemiddag, training): planned with /lerend activiteit,
announced, answered, reminded of, moved, cancelled and put in a calendar through the meetings'
own code; never one of the seven; open to one network or to every network in the workspace."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from icalendar import Calendar
from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Meeting, Rsvp
from tests.flows import HOME_VIEW, click_in_home, join_state, open_home, seed_network, wants_yes
from tests.meetings.flows import buttons
from tests.programme.flows import (
    at,
    dm_with,
    ephemeral,
    jobs_like,
    posts_in,
    second_network,
    submit_event,
    texts,
)

FEB_16_1330 = datetime(2027, 2, 16, 12, 30, tzinfo=UTC)  # 13:30 in Amsterdam


def event_id(bot: LnBot) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Meeting.id).where(Meeting.kind == "event")).one()


def click(client: SlackRequestClient, post: Call, action_id: str, user: str, channel: str) -> None:
    value = next(b["value"] for b in buttons(post.params["blocks"]) if b["action_id"] == action_id)
    client.block_action(
        action_id, value, user=user, channel=channel, message_ts=post.response["ts"]
    )


def updates_of(slack: FakeSlack, post: Call) -> list[Call]:
    return [c for c in slack.calls_to("chat.update") if c.params.get("ts") == post.response["ts"]]


def test_a_workshop_is_announced_and_answered_like_a_meeting_but_is_not_one_of_the_seven(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    client.slash(text="activiteit", user="UM01")
    assert "Alleen een coördinator" in ephemeral(slack)[-1]["text"]
    client.slash(text="activiteit", user="U1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.EVENT_MODAL
    assert "telt niet mee bij de 7 bijeenkomsten" in texts(modal["blocks"])
    response = submit_event(client, network.id, hours="1,5")  # shorter than a meeting may be
    assert response.json["response_action"] == "update", response.body
    confirmation = texts(response.json["view"])
    assert "De workshop ‘Valpreventie in de praktijk’ staat gepland op dinsdag 16 februari" in (
        confirmation
    )
    assert "Activiteit plannen" in confirmation
    (post,) = posts_in(slack, "C1")[-1:]
    body = texts(post.params["blocks"])
    assert "Workshop: Valpreventie in de praktijk" in body
    assert "Voor de deelnemers van *Ouderenzorg Noord*" in body and "(1,5 uur)" in body
    assert "Bereid je voor" not in body and "Gespreksleider" not in body
    labels = [b["text"]["text"] for b in buttons(post.params["blocks"])]
    assert labels == ["Aanwezig", "Online", "Afwezig", "Agenda (.ics)"]  # the rest: App Home

    click(client, post, ids.RSVP_IN_PERSON, "UM01", "C1")
    receipt = ephemeral(slack)[-1]["text"]
    assert receipt == "Genoteerd: je bent erbij op de workshop ‘Valpreventie in de praktijk’. Fijn!"
    assert "*Zorggroep 1*: aanwezig: <@UM01>" in texts(updates_of(slack, post)[-1].params)

    # Not one of the seven: the year, the status and the plan modal do not count it.
    client.slash(text="status", user="U1")
    assert "Er is nog geen bijeenkomst gepland." in texts(ephemeral(slack)[-1]["blocks"])
    client.slash(text="plan", user="U1")
    plan_modal = slack.wait_for("views.open", count=2)[1].params["view"]
    number = next(b for b in plan_modal["blocks"] if b.get("block_id") == ids.MEETING_NUMBER)
    assert number["element"]["initial_option"]["value"] == "1"
    # Its reminders only: no coordinator notes, idea box or check-in.
    event = event_id(bot)
    keys = set(jobs_like(bot, f"meeting:{event}:"))
    assert f"meeting:{event}:reminder:7d:member:UM02" in keys
    assert f"meeting:{event}:reminder:1d:member:U1" in keys
    assert not [key for key in keys if "reminder" not in key and "refresh" not in key]

    # The calendar file, through the meetings' own button.
    client.block_action(ids.MEETING_ICS, str(event), user="UM01")
    filename = slack.last("files.getUploadURLExternal").params["filename"]
    assert filename == f"activiteit-{event}.ics"
    upload = slack.last("files.completeUploadExternal").params
    calendar = Calendar.from_ical(slack.uploads[upload["files"][0]["id"]])
    item = next(iter(calendar.walk("VEVENT")))
    assert str(item["UID"]) == f"lnbot-T0001-event-{event}@lnbot"
    assert item.decoded("DTEND") - item.decoded("DTSTART") == timedelta(hours=1, minutes=30)


def test_an_event_for_every_network_is_announced_everywhere_and_open_to_all(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    south = second_network(bot, organisations=1)
    response = submit_event(client, network.id, kind="webinar", open_to=ids.EVENT_OPEN_TO_ALL)
    assert response.json["response_action"] == "update", response.body
    (home,) = posts_in(slack, "C1")[-1:]
    (other,) = posts_in(slack, "C2")
    assert "alle lerende netwerken; georganiseerd door *Ouderenzorg Noord*" in texts(
        other.params["blocks"]
    )
    # A member of the other network answers from their own channel: that announcement is
    # rebuilt at once, the first one by the refresh job a few seconds later.
    click(client, other, ids.RSVP_IN_PERSON, "UN01", "C2")
    assert "het webinar ‘Valpreventie in de praktijk’" in ephemeral(slack)[-1]["text"]
    assert "*Zorg C2 1*: aanwezig: <@UN01>" in texts(updates_of(slack, other)[-1].params)
    assert not updates_of(slack, home)
    bot.clock.advance(timedelta(seconds=6))  # type: ignore[attr-defined]
    bot.dispatcher.run_once()
    assert "*Zorg C2 1*: aanwezig: <@UN01>" in texts(updates_of(slack, home)[-1].params)
    # Somebody in no network at all may not answer.
    click(client, home, ids.RSVP_IN_PERSON, "U4", "C1")
    assert (
        "is voor de deelnemers van de uitgenodigde lerende netwerken"
        in (ephemeral(slack)[-1]["text"])
    )
    with bot.uow() as uow:
        assert set(uow.session.scalars(select(Rsvp.slack_user_id))) == {"UN01"}
    # Everyone invited is reminded, each at 09:00 their time the week before.
    event = event_id(bot)
    reminders = jobs_like(bot, f"meeting:{event}:reminder:7d")
    assert {key.rsplit(":", 1)[1] for key in reminders} == {"U1", "UM01", "U2", "UN01"}
    # Who joins the other network later is reminded too.
    wants_yes(bot, south.id, False)  # joins at once, without a coordinator's yes
    client.view_submission(
        ids.JOIN_MODAL,
        join_state(new="Zorg Zuid Twee"),
        user="UN02",
        private_metadata=json.dumps({"network": south.id}),
    )
    assert f"meeting:{event}:reminder:7d:member:UN02" in jobs_like(bot, "member:UN02")
    at(datetime(2027, 2, 9, 8, 0, tzinfo=UTC), bot)
    assert dm_with(slack, "UN01", "Herinnering: het webinar ‘Valpreventie in de praktijk’")
    assert dm_with(slack, "UN02", "Herinnering: het webinar")
    # Cancelled: everyone invited hears of it, and both announcements say so.
    bot.clock.set(datetime(2027, 2, 10, 9, 0, tzinfo=UTC))  # type: ignore[attr-defined]
    dashboard = open_home(client, slack, "U1")
    assert "Valpreventie in de praktijk" in texts(dashboard)
    cancel = click_in_home(client, dashboard, ids.MEETING_CANCEL, "U1", str(event_id(bot)))
    assert cancel["text"]["text"] == "Activiteit afzeggen"
    assert (
        cancel["confirm"]["title"]["text"] == "Het webinar ‘Valpreventie in de praktijk’ afzeggen?"
    )
    rebuilt = slack.wait_for("views.publish", count=2)[1].params["view"]["blocks"]
    assert "Valpreventie in de praktijk" not in texts(rebuilt)  # the page is the answer
    bot.dispatcher.run_once()
    for user in ("UM01", "UN01", "U2"):
        assert dm_with(slack, user, "gaat niet door"), user
    for post in (home, other):
        assert "Deze activiteit gaat niet door" in texts(updates_of(slack, post)[-1].params)
    assert not [j for j in reminders if jobs_like(bot, j)[j].state == "pending"]


def test_changing_an_event_moves_its_reminders_and_tells_the_thread(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    submit_event(client, network.id, kind="study_afternoon", title="Samen leren", hours="4")
    event = event_id(bot)
    (post,) = posts_in(slack, "C1")[-1:]
    assert ids.EVENT_EDIT not in texts(post.params["blocks"])  # a coordinator's: App Home
    client.block_action(ids.EVENT_EDIT, str(event), user="UM01", view=HOME_VIEW)
    assert "Alleen een coördinator" in slack.last("chat.postMessage").params["text"]
    click_in_home(client, open_home(client, slack, "U1"), ids.EVENT_EDIT, "U1", str(event))
    modal = slack.wait_for("views.open")[0].params["view"]
    assert json.loads(modal["private_metadata"]) == {"network": network.id, "event": event}
    assert "Activiteit wijzigen" in texts(modal) and "Samen leren" in texts(modal)
    assert ids.EVENT_OPEN_TO not in texts(modal)  # who it is for is chosen once
    before = jobs_like(bot, f"meeting:{event}:reminder:1d:member:UM01")
    moved = submit_event(
        client,
        network.id,
        event_id=event,
        kind="study_afternoon",
        title="Samen leren",
        day="2027-02-23",
        hours="4",
    )
    assert "is verplaatst naar dinsdag 23 februari" in texts(moved.json["view"])
    after = jobs_like(bot, f"meeting:{event}:reminder:1d:member:UM01")
    key = f"meeting:{event}:reminder:1d:member:UM01"
    assert after[key].run_at - before[key].run_at == timedelta(days=7)
    replies = [
        c.params["text"]
        for c in slack.calls_to("chat.postMessage")
        if c.params.get("thread_ts") == post.response["ts"]
    ]
    assert replies and "De studiemiddag ‘Samen leren’ is verplaatst" in replies[-1]


def test_an_event_needs_a_kind_and_a_title_but_not_two_and_a_half_hours(
    bot: LnBot, client: SlackRequestClient
) -> None:
    network = seed_network(bot)
    refused = submit_event(client, network.id, kind=None, title="  ", hours="0,1")
    assert refused.json["response_action"] == "errors"
    assert refused.json["errors"] == {
        ids.EVENT_TYPE: "Kies wat voor activiteit het is.",
        ids.EVENT_TITLE: "Geef de activiteit een titel.",
        ids.MEETING_DURATION: "Een activiteit duurt minstens een kwartier.",
    }
    past = submit_event(client, network.id, day="2027-01-01")
    assert past.json["errors"] == {
        ids.MEETING_DATE: "Dit moment is al voorbij. Kies een datum in de toekomst."
    }
    assert submit_event(client, network.id, hours="1").json["response_action"] == "update"


def test_a_channel_the_bot_cannot_reach_does_not_stop_the_others(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    slack.add_channel("C3", is_private=True, is_member=False)  # the bot was removed from it
    second_network(bot, channel="C3", prefix="UP")
    second_network(bot)
    response = submit_event(client, network.id, open_to=ids.EVENT_OPEN_TO_ALL)
    assert response.json["response_action"] == "update", response.body
    assert posts_in(slack, "C2")
    assert [c.response["error"] for c in posts_in(slack, "C3")] == ["channel_not_found"]
    (home,) = posts_in(slack, "C1")[-1:]
    click(client, home, ids.RSVP_IN_PERSON, "UP01", "C1")  # its members may still come
    bot.clock.advance(timedelta(seconds=6))  # type: ignore[attr-defined]
    assert bot.dispatcher.run_once().failed == 0
