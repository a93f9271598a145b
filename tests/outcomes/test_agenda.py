"""An agenda per meeting (issue 14, item 3): the coordinator builds it from the theme, the
idea box, open questions and free points, in the order they type; members propose points
that a coordinator accepts; the agenda goes out with the reminder and in the calendar file,
and a burst of edits is announced once in the announcement's thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Theme
from tests.flows import seed_network, speaks_english
from tests.knowledge.helpers import share
from tests.meetings.flows import buttons, jobs, plan, thread_replies
from tests.programme.flows import at, dm_with, ephemeral, texts

S = SlackRequestClient
REMINDER_7D = datetime(2027, 2, 2, 8, 0, tzinfo=UTC)  # 09:00 Amsterdam, a week before


def agenda_state(
    points: str, ideas: tuple[str, ...] = (), questions: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        ids.AGENDA_POINTS: {ids.VALUE: S.text_value(points)},
        ids.AGENDA_IDEAS: {ids.VALUE: S.multi_static_select_values(list(ideas))},
        ids.AGENDA_QUESTIONS: {ids.VALUE: S.multi_static_select_values(list(questions))},
    }


def theme_id(bot: LnBot) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Theme.id)).first() or 0


def test_the_coordinator_builds_the_agenda_and_a_burst_of_edits_is_announced_once(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    client.slash(text="idee Samen koken met bewoners", user="UM01")
    share(client, slack, network.id, kind="question", title="Wie werkt met nachtzorg?")
    post = plan(client, slack, network.id, theme=theme_id(bot))
    client.slash(text="agenda", user="UM01")
    assert "coördinator" in ephemeral(slack)[-1]["text"]
    client.slash(text="agenda", user="U1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.AGENDA_MODAL
    by_id = {b["block_id"]: b for b in modal["blocks"] if b.get("block_id")}
    assert by_id[ids.AGENDA_POINTS]["element"]["initial_value"] == "Dementie"  # the theme
    (idea,) = by_id[ids.AGENDA_IDEAS]["element"]["options"]
    (question,) = by_id[ids.AGENDA_QUESTIONS]["element"]["options"]
    assert idea["text"]["text"] == "Samen koken met bewoners"
    assert question["text"]["text"] == "Wie werkt met nachtzorg?"

    metadata = modal["private_metadata"]
    too_many = "\n".join(f"Punt {n}" for n in range(16))
    bad = client.view_submission(
        ids.AGENDA_MODAL, agenda_state(too_many), user="U1", private_metadata=metadata
    )
    assert bad.json["errors"] == {ids.AGENDA_POINTS: "Dat zijn te veel punten: hoogstens 15."}
    saved = client.view_submission(
        ids.AGENDA_MODAL,
        agenda_state("1. Welkom\n2. Dementie", (idea["value"],), (question["value"],)),
        user="U1",
        private_metadata=metadata,
    )
    body = texts(saved.json["view"])
    assert "1. Welkom\\n2. Dementie\\n3. Samen koken met bewoners\\n4. Wie werkt" in body
    first = bot.clock.now()
    (key,) = [k for k in jobs(bot) if "agenda_changed" in k]
    assert jobs(bot)[key].run_at == first + timedelta(minutes=5)

    # Another edit two minutes later moves the one announcement; nothing is posted yet.
    bot.clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]
    client.view_submission(
        ids.AGENDA_MODAL,
        agenda_state("Dementie\nWelkom\nSamen koken met bewoners"),
        user="U1",
        private_metadata=metadata,
    )
    assert [k for k in jobs(bot) if "agenda_changed" in k] == [key]
    at(first + timedelta(minutes=6), bot)
    assert not [r for r in thread_replies(slack, post) if "agenda" in r]
    at(first + timedelta(minutes=7), bot)
    (told,) = [r for r in thread_replies(slack, post) if "agenda" in r]
    assert told == "De agenda van bijeenkomst 1 is bijgewerkt."
    news = [c for c in slack.calls_to("chat.postMessage") if c.params.get("text") == told]
    assert "1. Dementie\\n2. Welkom\\n3. Samen koken" in texts(news[0].params["blocks"])
    bot.dispatcher.run_once()
    assert len([r for r in thread_replies(slack, post) if "agenda" in r]) == 1

    # The reminder and the calendar file carry it.
    at(REMINDER_7D, bot)
    (reminder,) = dm_with(slack, "UM02", "Herinnering")
    assert "*Agenda*\\n1. Dementie\\n2. Welkom" in texts(reminder.params["blocks"])
    client.block_action(ids.MEETING_ICS, str(1), user="UM02", channel="DUM02")
    (calendar,) = slack.uploads.values()
    assert b"Agenda\\n1. Dementie\\n2. Welkom" in calendar.replace(b"\r\n ", b"")


def test_members_propose_points_and_a_coordinator_accepts_one(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    client.slash(text="agenda voorstel Samen wandelen", user="UM02")
    assert ephemeral(slack)[-1]["text"] == "Er is nog geen bijeenkomst gepland."
    plan(client, slack, network.id)
    client.slash(text="agenda voorstel", user="UM02")
    assert "Schrijf je voorstel erbij" in ephemeral(slack)[-1]["text"]
    client.slash(text="agenda voorstel Samen wandelen", user="UM02")
    assert "Je voorstel “Samen wandelen” voor bijeenkomst 1" in ephemeral(slack)[-1]["text"]
    speaks_english(bot, "U1")
    bot.dispatcher.run_once()
    (asked,) = dm_with(slack, "U1", "proposes an agenda point")
    value = buttons(asked.params["blocks"])[0]["value"]
    client.block_action(ids.AGENDA_ACCEPT, value, user="UM01", channel="DUM01")
    assert "coördinator" in ephemeral(slack)[-1]["text"]
    client.block_action(ids.AGENDA_ACCEPT, value, user="U1", channel="DU1")
    assert ephemeral(slack)[-1]["text"] == "“Samen wandelen” is on the agenda of meeting 1."
    client.block_action(ids.AGENDA_DECLINE, value, user="U1", channel="DU1")
    assert ephemeral(slack)[-1]["text"] == "This proposal has been decided on already."
    client.slash(text="agenda 1", user="U1")
    modal = slack.wait_for("views.open")[0].params["view"]
    points = next(b for b in modal["blocks"] if b.get("block_id") == ids.AGENDA_POINTS)
    assert points["element"]["initial_value"] == "Samen wandelen"
    assert [k for k in jobs(bot) if "agenda_changed" in k]
