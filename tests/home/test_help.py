"""`/lerend help` is short, fits who asks (someone outside, a member, a coordinator, a programme
coordinator) and offers buttons instead of syntax; role words are Dutch or English, with or
without diacritics (issue 13, item 4)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.network import Role, role_from_word
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Member
from tests.flows import seed_network, speaks_english, texts
from tests.meetings.flows import buttons


def ask_help(client: SlackRequestClient, slack: FakeSlack, user: str, **kwargs: Any) -> dict:
    before = len(slack.calls_to("response_url"))
    client.slash(text="help", user=user, **kwargs)
    reply = slack.wait_for("response_url", count=before + 1)[before].params
    assert reply["response_type"] == "ephemeral"
    return reply


def labels(reply: dict) -> list[str]:
    return [b["text"]["text"] for b in buttons(reply["blocks"])]


def test_help_for_someone_outside_offers_to_join(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    reply = ask_help(client, slack, "U2")
    body = texts(reply["blocks"])
    assert reply["text"] == "Wat kun je met lnbot?"
    assert "*Ouderenzorg Noord* is het lerend netwerk van dit kanaal" in body
    assert labels(reply) == ["Deelnemen"]
    assert buttons(reply["blocks"])[0]["value"] == str(network.id)
    assert "Als coördinator" not in body and "&lt;" not in body


def test_help_for_a_member_is_short_and_has_their_buttons(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    reply = ask_help(client, slack, "UM01")
    body = texts(reply["blocks"])
    assert "Je doet mee aan *Ouderenzorg Noord*" in body
    assert labels(reply) == ["Status bekijken", "Mijn intake"]
    assert "Als coördinator" not in body and "/lerend rol" not in body
    assert len(reply["blocks"]) <= 3 and body.count("•") <= 4  # short, not 27 lines of syntax


def test_help_for_a_coordinator_offers_to_plan_the_next_meeting(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    reply = ask_help(client, slack, "U1")
    body = texts(reply["blocks"])
    assert "*Als coördinator*" in body and "/lerend rol @naam gespreksleider" in body
    assert labels(reply)[0] == "Bijeenkomst 1 plannen"
    plan = buttons(reply["blocks"])[0]
    client.block_action(plan["action_id"], plan["value"], user="U1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.MEETING_PLAN_MODAL
    assert plan["value"] == f"{network.id}:1"


def test_help_for_a_programme_coordinator_names_the_programme(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    slack.add_user("U1", is_admin=True)
    client.slash(text="programma claim", user="U1", channel="D1")
    slack.wait_for("response_url")
    reply = ask_help(client, slack, "U1")
    assert "*Als programmacoördinator* zie je alle netwerken" in texts(reply["blocks"])
    member = ask_help(client, slack, "UM01")
    assert "programmacoördinator" not in texts(member["blocks"])


def test_help_in_english_for_who_chose_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    speaks_english(bot, "UM01")
    reply = ask_help(client, slack, "UM01")
    assert reply["text"] == "What can you do with lnbot?"
    assert labels(reply) == ["View status", "My intake"]


def test_help_outside_any_network_says_how_to_start(
    client: SlackRequestClient, slack: FakeSlack
) -> None:
    reply = ask_help(client, slack, "U3", channel="C9")
    assert "typ daar `/lerend start`" in texts(reply["blocks"])
    assert labels(reply) == []


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("coördinator", Role.COORDINATOR),
        ("Coordinator", Role.COORDINATOR),
        ("COÖRDINATOR", Role.COORDINATOR),
        ("procesbegeleider", Role.COORDINATOR),
        ("gespreksleider", Role.FACILITATOR),
        ("facilitator", Role.FACILITATOR),
        ("deelnemer", Role.MEMBER),
        ("lid", Role.MEMBER),
        ("member", Role.MEMBER),
        ("ervaringsdeskundige", Role.EXPERIENCE_EXPERT),
        ("expert", Role.EXPERT),
    ],
)
def test_role_words_in_dutch_and_english(word: str, role: Role) -> None:
    assert role_from_word(word) == role


def test_a_role_is_given_with_dutch_words_with_or_without_diacritics(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=2)
    for count, (user, word) in enumerate(
        (("UM01", "gespreksleider"), ("UM02", "coördinator"), ("UM02", "deelnemer")), start=1
    ):
        client.slash(text=f"rol <@{user}|x> {word}", user="U1")
        reply = slack.wait_for("response_url", count=count)[count - 1].params["text"]
        assert f"<@{user}> is nu" in reply, reply
    client.slash(text="rol <@UM01|x> coordinator", user="U1")
    assert "<@UM01> is nu" in slack.wait_for("response_url", count=4)[3].params["text"]
    with bot.uow() as uow:
        roles = {m.slack_user_id: m.roles for m in uow.session.scalars(select(Member))}
    assert roles["UM01"] >= {"facilitator", "coordinator"} and roles["UM02"] == set()
    client.slash(text="rol <@UM01|x> baas", user="U1")
    usage = slack.wait_for("response_url", count=5)[4].params["text"]
    assert "coördinator|gespreksleider|expert|ervaringsdeskundige|deelnemer" in usage
