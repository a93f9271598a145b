"""Clean input (issue 12, item 7): control characters never reach the database, numbers in
commands are bounded, a command's field errors are words, and answers that echo what was
typed are clipped. Run on PostgreSQL too (TEST_DATABASE_URL): it refuses a NUL in text, which
is how the probe got a 500 in 6 of 8 modals and lost a thread reply."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import String, Text, select

from bot.app import LnBot
from bot.blocks import ids
from bot.edge.clean import NUMBER_MAX, clean_text, parse_number
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import (
    Base,
    ConsentVote,
    Contribution,
    Idea,
    Intake,
    KnowledgeItem,
    Meeting,
    Network,
    Organisation,
    Poll,
    Rsvp,
)
from tests.flows import seed_network, speaks_english, submit_join, submit_start, wants_yes
from tests.intake.helpers import submit_intake
from tests.knowledge.helpers import reply_event, share
from tests.meetings.flows import plan, rsvp
from tests.polls.flows import create_poll
from tests.polls.test_consent import object_by, request_to_join
from tests.programme.flows import submit_event

S = SlackRequestClient
DIRTY = "Zorg\x00groep\x07 \x1bNoord\x7f\x85"  # NUL, bell, escape, DEL and a C1 control
CLEAN = "Zorggroep Noord"


def no_control_characters_stored(bot: LnBot) -> None:
    """Every text column of every table is free of control characters (newline and tab
    aside): the whole database, so no path is forgotten."""
    with bot.uow() as uow:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in uow.session.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        assert clean_text(value) == value, (table.name, value)


def stored(bot: LnBot, column: Any) -> list[Any]:
    with bot.uow() as uow:
        return list(uow.session.scalars(select(column)))


def ok(response: Response) -> Response:
    assert response.status == 200, response.body
    return response


def ephemeral(slack: FakeSlack) -> list[str]:
    return [c.params.get("text", "") for c in slack.calls_to("response_url")]


# --- control characters out, before anything is stored -------------------------------------


def test_the_cleaning_keeps_newline_and_tab_and_removes_every_other_control() -> None:
    assert clean_text("a\x00b\tc\nd\r\x7f\x9f\u200de") == "ab\tc\nd\u200de"
    assert clean_text(DIRTY) == "Zorggroep Noord"


def test_a_nul_in_the_start_modal(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    ok(submit_start(client, name=DIRTY, theme_1="De\x00mentie", description="Een\x00\nnet\twerk"))
    with bot.uow() as uow:
        network = uow.session.scalars(select(Network)).one()
        assert (network.name, network.description) == (CLEAN, "Een\nnet\twerk")
    no_control_characters_stored(bot)


def test_a_nul_in_the_join_modal(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    network = seed_network(bot, organisations=1)
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    ok(submit_join(client, network.id, user="U2", new=DIRTY))
    assert CLEAN in stored(bot, Organisation.name)
    no_control_characters_stored(bot)


def test_a_nul_in_the_poll_modal(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    network = seed_network(bot, organisations=1)
    create_poll(
        client,
        slack,
        network.id,
        question="Waar\x00 spreken we af?",
        options=("Zwol\x00le", "Deventer"),
        follow_ups={1: "Waarom\x00?"},
    )
    assert stored(bot, Poll.question) == ["Waar spreken we af?"]
    no_control_characters_stored(bot)


def test_a_nul_in_the_plan_and_event_modals_and_the_online_reason(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = plan(client, slack, network.id, location="Zwolle,\x00 De Kamer 1")
    ok(submit_event(client, network.id, title="Val\x00preventie", location="On\x00line"))
    rsvp(client, post, ids.RSVP_ONLINE, "UM01")
    metadata = slack.wait_for("views.open")[0].params["view"]["private_metadata"]
    reason = {ids.RSVP_REASON: {ids.VALUE: S.text_value("Mijn auto\x00 is stuk")}}
    ok(
        client.view_submission(
            ids.MEETING_ONLINE_MODAL, reason, user="UM01", private_metadata=metadata
        )
    )
    assert sorted(stored(bot, Meeting.location)) == ["Online", "Zwolle, De Kamer 1"]
    assert stored(bot, Rsvp.online_reason) == ["Mijn auto is stuk"]
    no_control_characters_stored(bot)


def test_a_nul_in_the_share_modal_and_in_a_thread_reply(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """The reply with a NUL was silently dropped on PostgreSQL."""
    network = seed_network(bot, organisations=2)
    post = share(client, slack, network.id, title="Val\x00preventie", description="Sen\x00soren")
    event = reply_event(
        (post.response or {})["ts"], user="UM02", text="Wij\x00 ook!", ts="1900000000.1"
    )
    ok(client.event(event))
    assert stored(bot, KnowledgeItem.title) == ["Valpreventie"]
    assert stored(bot, Contribution.text) == ["Wij ook!"]
    no_control_characters_stored(bot)


def test_a_nul_in_the_intake_and_idea_modals_and_in_a_command(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    answers = {"proud_of": "Onze\x00 nachtzorg", "struggle": "Roos\x00ters"}
    tags = {"bring_tags": ["block:learning_capacity"], "take_tags": ["block:data"]}
    saved = ok(submit_intake(client, network.id, user="UM01", **answers, **tags))
    assert saved.json["response_action"] == "update", saved.body
    assert stored(bot, Intake.proud_of) == ["Onze nachtzorg"]
    idea_state = {
        ids.IDEA_TEXT: {ids.VALUE: S.text_value("Meer\x00 pauzes")},
        ids.IDEA_NAMED: {ids.VALUE: S.checkboxes_values([])},
    }
    ok(
        client.view_submission(
            ids.IDEA_MODAL,
            idea_state,
            user="UM01",
            private_metadata=json.dumps({"network": network.id}),
        )
    )
    client.slash(text="idee Een\x00 wandeling", user="UM01")
    assert sorted(stored(bot, Idea.text)) == ["Een wandeling", "Meer pauzes"]
    no_control_characters_stored(bot)


def test_a_nul_in_an_objection(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    decision = request_to_join(bot, client, slack)
    ok(object_by(client, decision, "UM01", "Te\x00 veel"))  # type: ignore[arg-type]
    assert stored(bot, ConsentVote.reason) == ["Te veel"]
    no_control_characters_stored(bot)


# --- numbers in commands are bounded -------------------------------------------------------


@pytest.mark.parametrize("text", ["12", " 7 ", "2147483647"], ids=["twelve", "spaces", "largest"])
def test_a_number_is_read(text: str) -> None:
    assert parse_number(text) == int(text)


@pytest.mark.parametrize(
    "text",
    ["99999999999999999999", "2147483648", "1e30", "-1", "²", "١٢", "0x10", "", "12a"],
)
def test_a_number_we_cannot_have_is_none(text: str) -> None:
    assert parse_number(text) is None
    assert NUMBER_MAX == 2**31 - 1


@pytest.mark.parametrize(
    ("command", "user", "expected"),
    [
        ("poll export 99999999999999999999", "U1", "heb ik niet gevonden"),
        ("poll export 1e30", "U1", "heb ik niet gevonden"),
        ("poll export ²", "U1", "heb ik niet gevonden"),
        ("plan annuleer 1e30", "U1", "heb ik niet gevonden"),
        ("plan annuleer 99999999999999999999", "U1", "heb ik niet gevonden"),
        ("plan 99999999999999999999", "U1", "heb ik niet gevonden"),
        ("plan ²", "U1", "heb ik niet gevonden"),
        ("poll export 99999999999999999999", "U3", "could not find number"),  # English
        ("checkin na 99999999999999999999", "U1", "/lerend checkin"),  # the usage
    ],
)
def test_huge_or_odd_numbers_are_not_found(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, command: str, user: str, expected: str
) -> None:
    network = seed_network(bot, organisations=1)
    if user == "U3":
        speaks_english(bot, user)
    create_poll(client, slack, network.id)
    plan(client, slack, network.id)
    response = client.slash(text=command, user=user)
    assert response.status == 200
    answer = ephemeral(slack)[-1]
    assert expected in answer, answer
    assert "Sorry" not in answer and "Er ging iets mis" not in answer


# --- field errors in words, echoes clipped --------------------------------------------------


def test_a_long_idea_by_command_is_answered_in_words(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="idee " + "lang " * 120, user="UM01")
    answer = ephemeral(slack)[-1]
    assert answer == "Je idee is te lang: hoogstens 500 tekens. Maak het wat korter."
    assert not stored(bot, Idea.text)


@pytest.mark.parametrize(
    ("command", "user"),
    [("zoek", "UM01"), ("deelname", "U1"), ("zoek thema:", "UM01")],
)
def test_answers_that_echo_a_4000_character_query_are_clipped(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, command: str, user: str
) -> None:
    seed_network(bot, organisations=1)
    query = "x" * 4000
    client.slash(
        text=f"{command}{query}" if command.endswith(":") else f"{command} {query}", user=user
    )
    call = slack.calls_to("response_url")[-1].params
    echoed = json.dumps(call, ensure_ascii=False)
    assert "x" * 150 in echoed and "x" * 300 not in echoed, echoed[:400]
    assert len(call["text"]) < 1000 and "…" in call["text"]
