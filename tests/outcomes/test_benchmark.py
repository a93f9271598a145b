"""Benchmark figures (issue 14, item 6): the coordinator asks every organisation for a few
numbers before a meeting; organisations enter them in a modal (numbers checked, field
errors); after the deadline the channel sees them side by side under neutral labels, except
an organisation that chose to be named, and each organisation hears which label is theirs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Organisation
from tests.flows import seed_network, speaks_english
from tests.meetings.flows import buttons, plan
from tests.programme.flows import at, dm_with, ephemeral, posts_in, texts

S = SlackRequestClient
DEADLINE = datetime(2027, 2, 5, 16, 0, tzinfo=UTC)  # 17:00 Amsterdam on the chosen day


def round_state(figures: list[tuple[str, str]], deadline: str | None) -> dict[str, Any]:
    state: dict[str, Any] = {ids.BENCHMARK_DEADLINE: {ids.VALUE: S.datepicker_value(deadline)}}
    for index in range(3):
        name, unit = figures[index] if index < len(figures) else ("", "")
        state[f"{ids.BENCHMARK_NAME}{index}"] = {ids.VALUE: S.text_value(name)}
        state[f"{ids.BENCHMARK_UNIT}{index}"] = {ids.VALUE: S.text_value(unit)}
    return state


def entry_state(modal: dict[str, Any], *values: str) -> dict[str, Any]:
    blocks = [b["block_id"] for b in modal["blocks"] if b.get("block_id")]
    return {
        block: {ids.VALUE: S.text_value(value)}
        for block, value in zip(blocks, values, strict=False)
    }


def test_figures_are_asked_entered_and_shown_side_by_side_with_neutral_labels(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    speaks_english(bot, "UM03")
    plan(client, slack, network.id)
    client.slash(text="cijfers", user="UM01")
    assert "coördinator" in ephemeral(slack)[-1]["text"]
    client.slash(text="cijfers", user="U1")
    modal = slack.wait_for("views.open")[0].params["view"]
    metadata = modal["private_metadata"]
    bad = client.view_submission(
        ids.BENCHMARK_MODAL,
        round_state([("", ""), ("", "%")], "2027-02-10"),
        user="U1",
        private_metadata=metadata,
    )
    assert bad.json["errors"] == {
        f"{ids.BENCHMARK_NAME}0": "Geef minstens één cijfer een naam.",
        f"{ids.BENCHMARK_NAME}1": "Geef dit cijfer ook een naam.",
        ids.BENCHMARK_DEADLINE: "Kies een datum vanaf vandaag tot en met de dag van de "
        "bijeenkomst.",
    }
    started = client.view_submission(
        ids.BENCHMARK_MODAL,
        round_state([("Valincidenten per maand", "aantal"), ("Tevredenheid", "%")], "2027-02-05"),
        user="U1",
        private_metadata=metadata,
    )
    assert "De vraag naar 2 cijfers voor bijeenkomst 1 is uitgezet" in texts(started.json)
    bot.dispatcher.run_once()
    (asked,) = dm_with(slack, "UM01", "vergelijken we een paar cijfers")
    assert dm_with(slack, "UM03", "we compare a few figures")
    (enter,) = buttons(asked.params["blocks"])

    client.block_action(ids.BENCHMARK_ENTER, enter["value"], user="UM01", channel="DUM01")
    entry = slack.calls_to("views.open")[-1].params["view"]
    labels = [b["label"]["text"] for b in entry["blocks"] if b["type"] == "input"]
    assert labels == ["Valincidenten per maand (aantal)", "Tevredenheid (%)"]
    wrong = client.view_submission(
        ids.BENCHMARK_ENTRY_MODAL,
        entry_state(entry, "12 keer", "85,555"),
        user="UM01",
        private_metadata=entry["private_metadata"],
    )
    assert (
        sorted(wrong.json["errors"].values())
        == [
            "Vul een getal in, zoals 12 of 12,5 (hoogstens twee cijfers na de komma).",
        ]
        * 2
    )
    done = client.view_submission(
        ids.BENCHMARK_ENTRY_MODAL,
        entry_state(entry, "12", "85,5"),
        user="UM01",
        private_metadata=entry["private_metadata"],
    )
    assert "De cijfers van Zorggroep 1 zijn opgeslagen" in texts(done.json)
    client.slash(text="cijfers invullen", user="UM02")
    second = slack.calls_to("views.open")[-1].params["view"]
    client.view_submission(
        ids.BENCHMARK_ENTRY_MODAL,
        entry_state(second, "7", ""),
        user="UM02",
        private_metadata=second["private_metadata"],
    )
    with bot.uow() as uow:  # Zorggroep 2 chose to be named
        uow.session.execute(
            update(Organisation)
            .where(Organisation.name == "Zorggroep 2")
            .values(named_in_report=True)
        )
        uow.commit()

    at(DEADLINE, bot)
    (table,) = [c for c in posts_in(slack, "C1") if "naast elkaar" in texts(c.params)]
    body = texts(table.params["blocks"])
    assert (
        "*Valincidenten per maand (aantal)*\\nOrganisatie A: 12\\nZorggroep 2: 7\\nOrganisatie B: –"
        in body
    )
    assert "*Tevredenheid (%)*\\nOrganisatie A: 85,5\\nZorggroep 2: –\\nOrganisatie B: –" in body
    assert "Zorggroep 1" not in body and "Zorggroep 3" not in body
    (mine,) = dm_with(slack, "UM01", "staat jouw organisatie")
    assert "als Organisatie A" in mine.params["text"]
    assert dm_with(slack, "UM03", "your organisation is *Organisatie B*")
    assert dm_with(slack, "UM02", "met haar eigen naam, *Zorggroep 2*")
    bot.dispatcher.run_once()
    assert len([c for c in posts_in(slack, "C1") if "naast elkaar" in texts(c.params)]) == 1
    client.block_action(ids.BENCHMARK_ENTER, enter["value"], user="UM01", channel="DUM01")
    assert ephemeral(slack)[-1]["text"] == "Invullen kan niet meer: de uiterste datum is voorbij."
