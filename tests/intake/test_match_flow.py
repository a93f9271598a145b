"""`/lerend match` end to end: a member's ranked matches with reasons and a DM button, and the
coordinator's brengen/halen overview; private intakes stay out of both."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.services.views import NetworkRef
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Theme
from tests.flows import seed_network, texts
from tests.intake.helpers import buttons, join, submit_intake


def _theme(bot: LnBot) -> str:
    with bot.uow() as uow:
        return f"theme:{uow.session.scalars(select(Theme.id)).one()}"


def fixture_network(bot: LnBot, client: SlackRequestClient) -> NetworkRef:
    """Four organisations with intakes: U2 looks for help with roosters and dementie."""
    network = seed_network(bot)
    dementie = _theme(bot)
    for user, organisation in (
        ("U2", "Zorggroep Oost"),
        ("U4", "Amstelring"),
        ("UM01", "Buurtzorg"),
        ("UM02", "Cordaan"),
        ("UM03", "Dijklander"),
    ):
        join(bot, network.id, user, organisation)
    submit_intake(
        client,
        network.id,
        user="U2",
        good_at="Valpreventie bij thuiswonende ouderen",
        stuck="Roosters voor de avonddienst",
        bring_tags=["block:residents"],
        take_tags=[dementie, "block:data"],
    )
    submit_intake(  # brings both tags and the word: 2 + 2 + 1
        client,
        network.id,
        user="U4",
        proud_of="Slimme roosters",
        learn="Koken",
        bring_tags=[dementie, "block:data"],
    )
    submit_intake(  # brings one tag and the word: 2 + 1; wants valpreventie
        client,
        network.id,
        user="UM01",
        good_at="Het rooster",
        learn="Valpreventie",
        bring_tags=["block:data"],
    )
    submit_intake(  # would rank first, but may not be shared
        client,
        network.id,
        user="UM02",
        shareable=False,
        proud_of="Roosters en dementiezorg",
        learn="Valpreventie",
        bring_tags=[dementie, "block:data"],
        take_tags=["block:residents"],
    )
    return network


def match_reply(client: SlackRequestClient, slack: FakeSlack, user: str) -> dict[str, Any]:
    client.slash(text="match", user=user)
    return slack.wait_for("response_url")[-1].params


def test_matches_are_ranked_with_reasons_and_a_dm_button(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    fixture_network(bot, client)
    reply = match_reply(client, slack, "U2")
    assert reply["response_type"] == "ephemeral"
    sections = [b["text"]["text"] for b in reply["blocks"] if b["type"] == "section"]
    assert sections[0] == "*Zij brengen wat jij komt halen*"
    assert sections[1].startswith("*Amstelring* · <@U4>")
    assert "Onderwerpen: Dementie, Monitoring, kennis en datagedreven werken" in sections[1]
    assert "Woorden: roosters" in sections[1]
    assert sections[2].startswith("*Buurtzorg* · <@UM01>")
    assert sections[3] == "*Zij komen halen wat jij brengt*"
    assert sections[4].startswith("*Buurtzorg* · <@UM01>") and "valpreventie" in sections[4]
    body = texts(reply["blocks"])
    assert "Cordaan" not in body and "Dijklander" not in body  # private / no intake
    dm = buttons(reply["blocks"])[0]
    assert dm["url"] == "slack://user?team=T0001&id=U4" and dm["action_id"] == ids.MATCH_DM_BUTTON
    assert "een gedeeld onderwerp is 2 punten" in body
    # The link button still reports its click; the app answers it.
    response = client.block_action(ids.MATCH_DM_BUTTON, user="U2")
    assert response.status == 200


def test_a_private_intake_still_gets_its_own_matches(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    fixture_network(bot, client)
    reply = match_reply(client, slack, "UM02")
    sections = [b["text"]["text"] for b in reply["blocks"] if b["type"] == "section"]
    assert sections[1].startswith("*Zorggroep Oost* · <@U2>")  # wants what UM02 brings


def test_without_an_intake_the_member_is_invited_to_do_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    fixture_network(bot, client)
    reply = match_reply(client, slack, "UM03")
    assert "Vul eerst je intake in" in texts(reply["blocks"])
    assert buttons(reply["blocks"])[0]["action_id"] == ids.INTAKE_BUTTON


def test_the_coordinator_sees_the_overview_per_tag(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    fixture_network(bot, client)
    reply = match_reply(client, slack, "U1")
    body = texts(reply["blocks"])
    assert "Brengen en halen in Ouderenzorg Noord" in body
    assert "3 intakes meegeteld · 1 niet gedeeld · 1 deelnemer nog zonder intake" in body
    rows = [b["text"]["text"] for b in reply["blocks"] if b["type"] == "section"]
    assert rows[0] == "*Dementie*\nBrengen: Amstelring\nHalen: Zorggroep Oost"
    assert "*Monitoring, kennis en datagedreven werken*\nBrengen: Amstelring, Buurtzorg" in rows[1]
    assert "Cordaan" not in body
    assert "Veel genoemd bij brengen: rooster (2)" in body  # Amstelring and Buurtzorg
    assert "Jouw matches" not in body  # the coordinator has no intake of their own


def test_people_outside_the_network_are_refused(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot)
    reply = match_reply(client, slack, "U2")
    assert "Je doet nog niet mee" in reply["text"]
