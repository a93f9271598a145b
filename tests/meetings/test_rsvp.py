"""Who comes: the RSVP buttons, the online reason, the announcement rebuilt from the database,
and the calendar file."""

from __future__ import annotations

import json
from datetime import timedelta

from icalendar import Calendar
from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Rsvp
from tests.flows import add_members, seed_network, speaks_english, texts
from tests.meetings.flows import meeting_id, plan, rsvp, shown, submit_plan

S = SlackRequestClient


def ephemeral(slack: FakeSlack) -> list[str]:
    return [c.params.get("text", "") for c in slack.calls_to("response_url")]


def answers(bot: LnBot) -> dict[str, tuple[str, str | None]]:
    with bot.uow() as uow:
        rows = uow.session.scalars(select(Rsvp)).all()
        return {r.slack_user_id: (r.attendance, r.online_reason) for r in rows}


def test_answers_rebuild_the_announcement_per_organisation(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    post = plan(client, slack, network.id)
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")
    assert ephemeral(slack)[-1] == "Genoteerd: je bent erbij op bijeenkomst 1. Fijn!"
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")  # double click
    rsvp(client, post, ids.RSVP_ABSENT, "UM02")
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM02")  # changes mind
    rsvp(client, post, ids.RSVP_ABSENT, "UM03")
    rsvp(client, post, ids.RSVP_IN_PERSON, "U1")  # the coordinator
    assert answers(bot) == {
        "UM01": ("in_person", None),
        "UM02": ("in_person", None),
        "UM03": ("absent", None),
        "U1": ("in_person", None),
    }
    body = texts(shown(slack, post)["blocks"])
    assert "*Zorggroep 1*: aanwezig: <@UM01>" in body
    assert "*Zorggroep 3*: afwezig: 1" in body
    assert "*Overig*: aanwezig: <@U1>" in body
    assert "3 aanwezig · 0 online · 1 afwezig · 0 nog geen antwoord" in body
    # The safety net: a rebuild a few seconds later catches any race between two rebuilds.
    bot.clock.advance(timedelta(seconds=6))
    updates = len(slack.calls_to("chat.update"))
    assert bot.dispatcher.run_once().done >= 1
    assert len(slack.calls_to("chat.update")) == updates + 1


def test_online_asks_a_reason_kindly(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = plan(client, slack, network.id)
    rsvp(client, post, ids.RSVP_ONLINE, "UM01")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.MEETING_ONLINE_MODAL
    assert "Online meedoen mag" in texts(modal["blocks"])
    assert "liefst op locatie" in texts(modal["blocks"])
    metadata = modal["private_metadata"]
    empty = {ids.RSVP_REASON: {ids.VALUE: S.text_value("  ")}}
    refused = client.view_submission(
        ids.MEETING_ONLINE_MODAL, empty, user="UM01", private_metadata=metadata
    )
    assert refused.json["errors"] == {
        ids.RSVP_REASON: "Vertel in een paar woorden waarom je online meedoet."
    }
    reason = {ids.RSVP_REASON: {ids.VALUE: S.text_value("Mijn auto is stuk")}}
    done = client.view_submission(
        ids.MEETING_ONLINE_MODAL, reason, user="UM01", private_metadata=metadata
    )
    assert "online mee" in texts(done.json["view"]["blocks"])
    assert answers(bot) == {"UM01": ("online", "Mijn auto is stuk")}
    body = texts(shown(slack, post)["blocks"])
    assert "*Zorggroep 1*: online: <@UM01>" in body
    assert "Mijn auto is stuk" not in body  # the reason is not for the whole channel
    # Opening it again shows the earlier reason.
    rsvp(client, post, ids.RSVP_ONLINE, "UM01")
    again = slack.wait_for("views.open", count=2)[1].params["view"]
    assert "Mijn auto is stuk" in json.dumps(again)


def test_people_outside_the_network_are_told_kindly(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = plan(client, slack, network.id)
    rsvp(client, post, ids.RSVP_IN_PERSON, "U2")
    assert "Je doet nog niet mee aan *Ouderenzorg Noord*" in ephemeral(slack)[-1]
    rsvp(client, post, ids.RSVP_ONLINE, "U2")
    assert "Je doet nog niet mee" in ephemeral(slack)[-1]
    assert not slack.calls_to("views.open")
    assert answers(bot) == {}
    client.slash(text="plan annuleer 1", user="U1")
    rsvp(client, post, ids.RSVP_ABSENT, "UM01")
    assert ephemeral(slack)[-1] == "Bijeenkomst 1 gaat niet door."


def calendar_of(slack: FakeSlack, index: int = -1) -> Calendar:
    upload = slack.calls_to("files.completeUploadExternal")[index]
    file_id = upload.params["files"][0]["id"]
    return Calendar.from_ical(slack.uploads[file_id])


def test_the_calendar_file_is_sent_privately_and_follows_changes(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    add_members(bot, network.id, ["U3"])  # reads English
    plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    client.block_action(ids.MEETING_ICS, str(first), user="UM01")
    opened = slack.last("conversations.open").params
    assert opened["users"] == "UM01"
    upload = slack.last("files.completeUploadExternal").params
    assert upload["channel_id"] == "DUM01"
    assert "voor je agenda" in upload["initial_comment"]
    assert slack.last("files.getUploadURLExternal").params["filename"] == "bijeenkomst-1.ics"
    calendar = calendar_of(slack)
    event = next(iter(calendar.walk("VEVENT")))
    assert calendar["METHOD"] == "PUBLISH"
    assert str(event["UID"]) == f"lnbot-T0001-meeting-{first}@lnbot"
    assert event["SEQUENCE"] == 0
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Amsterdam" and (start.hour, start.minute) == (14, 0)
    assert event["LOCATION"] == "Zwolle, De Kamer 1"
    assert "Bijeenkomst 1: Dementie" in str(event["SUMMARY"])

    submit_plan(client, network.id, day="2027-02-16")  # moved: same UID, higher SEQUENCE
    client.block_action(ids.MEETING_ICS, str(first), user="UM01")
    moved = next(iter(calendar_of(slack).walk("VEVENT")))
    assert moved["UID"] == event["UID"] and moved["SEQUENCE"] == 1
    assert moved.decoded("DTSTART").day == 16

    client.slash(text="plan annuleer 1", user="U1")
    speaks_english(bot, "U3")
    client.block_action(ids.MEETING_ICS, str(first), user="U3")  # in English
    cancelled = calendar_of(slack)
    assert cancelled["METHOD"] == "CANCEL"
    item = next(iter(cancelled.walk("VEVENT")))
    assert item["UID"] == event["UID"] and item["SEQUENCE"] == 2
    assert item["STATUS"] == "CANCELLED"
    assert slack.last("files.getUploadURLExternal").params["filename"] == "meeting-1.ics"
