"""Closing one-liners (tegeltjeswijsheden): a coordinator opens the round at the end of a
meeting, every member writes one line in a DM's modal (the last edit wins), and after the set
time the lines appear together, without names, in one channel message; kept for the report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.blocks.tiles import post_message
from bot.domain.tiles import arranged, post_after, validate_tile
from bot.services.tiles import RoundView, TilePost
from bot.services.views import NetworkRef
from fakeslack.fake_server import FakeSlack
from fakeslack.limits import check_message
from fakeslack.signed import SlackRequestClient
from storage.models import Tile
from tests.flows import home_buttons, open_home, seed_network
from tests.knowledge.test_report import kept
from tests.meetings.flows import buttons, plan
from tests.programme.flows import at, dm_with, ephemeral, jobs_like, posts_in, reports, texts

S = SlackRequestClient
FEB_9_1645 = datetime(2027, 2, 9, 15, 45, tzinfo=UTC)  # the last quarter of meeting 1


def write(client: SlackRequestClient, slack: FakeSlack, user: str, text: str) -> dict:
    (ask,) = dm_with(slack, user, "Wat neem je mee")
    (button,) = buttons(ask.params["blocks"])
    client.block_action(ids.TILE_OPEN, button["value"], user=user, channel=f"D{user}")
    modal = slack.calls_to("views.open")[-1].params["view"]
    state = {ids.TILE_TEXT: {ids.VALUE: S.text_value(text)}}
    response = client.view_submission(
        ids.TILE_MODAL, state, user=user, private_metadata=modal["private_metadata"]
    )
    return {"modal": modal, "response": response.json}


def test_a_closing_round_collects_one_line_each_and_posts_them_together(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    announcement = plan(client, slack, network.id)
    bot.clock.set(FEB_9_1645)  # type: ignore[attr-defined]
    assert ids.TILE_START not in texts(announcement.params["blocks"])  # the coordinator's App Home
    home = open_home(client, slack, "U1")
    start = next(b for b in home_buttons(home) if b["action_id"] == ids.TILE_START)
    client.block_action(ids.TILE_START, start["value"], user="UM01")
    assert ephemeral(slack)[-1]["text"] == "Alleen een coördinator kan dit doen."
    client.block_action(ids.TILE_START, start["value"], user="U1")
    opened = ephemeral(slack)[-1]["text"]
    assert "Ik vraag 4 deelnemers om één zin" in opened
    assert "woensdag 10 februari 2027, 16:45" in opened  # 24 hours later
    client.slash(text="tegeltje", user="U1")  # the same round: the meeting's
    assert ephemeral(slack)[-1]["text"].startswith("De tegeltjesronde loopt al.")
    keys = jobs_like(bot, ":tiles:")
    assert len([k for k in keys if ":ask:member:" in k]) == 4
    assert all(job.anchor_type == "meeting" for job in keys.values())

    bot.dispatcher.run_once()
    ask = dm_with(slack, "UM02", "Wat neem je mee uit bijeenkomst 1 van *Ouderenzorg Noord*")
    assert ask and "zonder namen" in ask[0].params["text"]
    first = write(client, slack, "UM01", "Vraag eerst wat de bewoner   zelf wil.")
    assert "Je tegeltje is opgeslagen" in texts(first["response"])
    again = write(client, slack, "UM01", "Begin bij wat de bewoner zelf wil.")  # last edit wins
    assert "Vraag eerst wat de bewoner zelf wil." in texts(again["modal"])
    write(client, slack, "UM02", "Samen leren werkt.")
    too_long = write(client, slack, "UM03", "x" * 151)
    assert too_long["response"]["errors"] == {ids.TILE_TEXT: "Dit is te lang; maak het korter."}
    with bot.uow() as uow:
        stored = sorted(uow.session.scalars(select(Tile.text)))
    assert stored == ["Begin bij wat de bewoner zelf wil.", "Samen leren werkt."]

    at(FEB_9_1645 + timedelta(hours=24) - timedelta(minutes=1), bot)
    assert not [c for c in posts_in(slack, "C1") if "Tegeltjeswijsheden" in texts(c.params)]
    at(FEB_9_1645 + timedelta(hours=24), bot)
    (posted,) = [c for c in posts_in(slack, "C1") if "Tegeltjeswijsheden" in texts(c.params)]
    body = texts(posted.params["blocks"])
    assert "Tegeltjeswijsheden van bijeenkomst 1" in body and "2 tegeltjes, zonder namen" in body
    assert body.index("Begin bij") < body.index("Samen leren")  # alphabetical: no one shows
    assert "UM01" not in body and "UM02" not in body
    # The round is closed: a late line is kindly refused.
    late = write(client, slack, "UM03", "Te laat")
    assert "De tegeltjes staan al in het kanaal" in ephemeral(slack)[-1]["text"]
    assert "deze ronde is gesloten" in texts(late["response"]["view"])
    at(FEB_9_1645 + timedelta(hours=25), bot)
    assert len([c for c in posts_in(slack, "C1") if "Tegeltjeswijsheden" in texts(c.params)]) == 1

    # Kept for the outcome report, without names in every version (also the coordinators').
    internal, public = reports(bot, client, slack)
    for report in (internal, public):
        tiles = report[report.index("## Tegeltjeswijsheden") :].split("\n## ")[0]
        assert "### Na bijeenkomst 1" in tiles and "> Begin bij wat de bewoner zelf wil.  " in tiles
        assert "> Samen leren werkt." in tiles
        assert not any(word in tiles for word in ("UM01", "UM02", "Gebruiker", "Deelnemer", " — "))
    table = next(text for name, text in kept(bot).items() if name.endswith("intern.csv"))
    assert "tegeltje;dinsdag 9 februari 2027;;bijeenkomst 1;;;Begin bij" in table  # `;`, local
    assert "UM01" not in table.split("tegeltje;", 1)[1]


def test_the_command_sets_the_hours_and_works_without_a_meeting(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="tegeltje veel", user="U1")
    assert ephemeral(slack)[-1]["text"].startswith("Gebruik: `/lerend tegeltje`")
    client.slash(text="tegeltje 2", user="U1")
    assert "Ik vraag 2 deelnemers" in ephemeral(slack)[-1]["text"]
    bot.dispatcher.run_once()
    assert dm_with(slack, "UM01", "Wat neem je mee uit *Ouderenzorg Noord*")
    at(bot.clock.now() + timedelta(hours=2), bot)
    (posted,) = [c for c in posts_in(slack, "C1") if "Tegeltjeswijsheden" in texts(c.params)]
    assert "Deze keer zijn er geen tegeltjes ingestuurd." in texts(posted.params)


def test_one_liner_rules_and_a_full_round_within_slacks_limits() -> None:
    assert post_after(None) == timedelta(hours=24)
    assert post_after("4") == timedelta(hours=4)
    assert post_after("0") is None and post_after("169") is None and post_after("x") is None
    assert validate_tile("  ") == {"text": "tile.error.empty"}
    assert validate_tile("één zin") == {}
    assert arranged(["beta", " Alfa  twee ", ""]) == ["Alfa twee", "beta"]
    network = NetworkRef(1, "N" * 80, "C1", "active")
    post = TilePost(
        RoundView(1, network, None, datetime(2027, 2, 10, tzinfo=UTC), False),
        tuple(f"{i:03d} " + "w" * 146 for i in range(200)),
    )
    message = post_message("nl", post)
    assert check_message(message) == []
    assert len(message["blocks"]) <= 50
