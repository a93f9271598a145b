"""The learning-needs analysis end to end (issue 17, item 1): the coordinator asks every
organisation (a DM with a button, then a modal), each organisation answers once (a colleague's
later answer replaces it), and the anonymous summary suggests the network's themes; it is shown
with the fit check's result and pre-fills the intake's "what do you want to learn?"."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import NeedsAnswer
from tests.flows import seed_network, speaks_english
from tests.intake.helpers import bring_state, intake_state

S = SlackRequestClient


def said(slack: FakeSlack) -> dict[str, Any]:
    return dict(slack.calls_to("response_url")[-1].params)


def invitation_to(slack: FakeSlack, user: str) -> dict[str, Any]:
    return next(
        dict(c.params)
        for c in reversed(slack.calls_to("chat.postMessage"))
        if c.params.get("channel") in (user, f"D{user}") and ids.NEEDS_OPEN in json.dumps(c.params)
    )


def button_value(message: dict[str, Any]) -> str:
    return next(
        element["value"]
        for block in message["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == ids.NEEDS_OPEN
    )


def needs_state(
    learn: str | None = "Valpreventie in de nacht",
    themes: tuple[str, ...] = ("safety",),
    roles: tuple[str, ...] = ("carer", "team_leader"),
    freed: str | None = "yes",
    funding: str | None = None,
) -> dict[str, Any]:
    return {
        ids.NEEDS_LEARN: {ids.VALUE: S.text_value(learn)},
        ids.NEEDS_THEMES: {ids.VALUE: S.multi_static_select_values(list(themes))},
        ids.NEEDS_BUILDING_BLOCKS: {ids.VALUE: S.multi_static_select_values(["data"])},
        ids.NEEDS_ROLES: {ids.VALUE: S.multi_static_select_values(list(roles))},
        ids.NEEDS_STAFF_FREED: {ids.VALUE: S.static_select_value(freed)},
        ids.NEEDS_FUNDING: {ids.VALUE: S.text_value(funding)},
    }


def submit(client: SlackRequestClient, survey: str, user: str, **fields: Any) -> dict[str, Any]:
    response = client.view_submission(
        ids.NEEDS_MODAL,
        needs_state(**fields),
        user=user,
        private_metadata=json.dumps({"survey": int(survey)}),
    )
    return dict(response.json)


def test_the_organisations_answer_and_the_summary_suggests_the_themes(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=3)
    client.slash(text="behoeften", user="UM01")
    assert "coördinator" in said(slack)["text"]
    client.slash(text="behoeften uitslag", user="U1")
    assert "Er is nog geen peiling" in json.dumps(said(slack)["blocks"], ensure_ascii=False)

    client.slash(text="behoeften", user="U1")
    assert said(slack)["text"].startswith("De vragen gaan naar de 3 organisaties van het netwerk")
    bot.dispatcher.run_once()
    invitation = invitation_to(slack, "UM01")
    assert "Wat wil jouw organisatie leren in Ouderenzorg Noord?" in invitation["text"]
    survey = button_value(invitation)
    assert {button_value(invitation_to(slack, u)) for u in ("UM02", "UM03")} == {survey}

    client.block_action(ids.NEEDS_OPEN, survey, user="UM01", channel="DUM01")
    modal = slack.last("views.open").params["view"]
    assert modal["callback_id"] == ids.NEEDS_MODAL
    shown = json.dumps(modal, ensure_ascii=False)
    assert "Je antwoordt voor *Zorggroep 1*" in shown and "Functies, geen namen." in shown
    assert "Nee, niet zonder extra geld" in shown

    empty = submit(client, survey, "UM01", learn="", themes=(), roles=())
    assert set(empty["errors"]) == {ids.NEEDS_LEARN, ids.NEEDS_THEMES, ids.NEEDS_ROLES}
    done = submit(
        client,
        survey,
        "UM01",
        themes=("safety", "staffing"),
        funding="Vervanging voor Ria de Boer",
    )
    assert "Het antwoord van *Zorggroep 1* is binnen" in json.dumps(
        done["view"], ensure_ascii=False
    )
    submit(client, survey, "UM02", learn="Onrust in de nacht", themes=("safety",), freed="no")
    submit(client, survey, "UM03", learn="Valpreventie", themes=("staffing", "information"))
    # Zorggroep 1 answers again: the organisation's last answer counts.
    client.block_action(ids.NEEDS_OPEN, survey, user="UM01", channel="DUM01")
    again = slack.last("views.open").params["view"]
    learn = next(b for b in again["blocks"] if b.get("block_id") == ids.NEEDS_LEARN)
    assert learn["element"]["initial_value"] == "Valpreventie in de nacht"
    submit(
        client,
        survey,
        "UM01",
        learn="Valpreventie in de nacht",
        themes=("safety", "staffing"),
        funding="Vervanging voor Ria de Boer",
    )
    with bot.uow() as uow:
        rows = uow.session.scalars(select(NeedsAnswer)).all()
        assert len(rows) == 3 and {row.organisation_id for row in rows} == {1, 2, 3}

    client.slash(text="behoeften uitslag", user="U1")
    summary = json.dumps(said(slack)["blocks"], ensure_ascii=False)
    assert "3 van de 3 organisaties hebben geantwoord" in summary
    assert (
        "Voorstel voor de thema's van het netwerk: *Veiligheid* en *Personeelssamenstelling*"
        in (summary)
    )
    assert "Thema's: Veiligheid (2), Personeelssamenstelling (2), Gebruik van informatie (1)" in (
        summary
    )
    assert "Wie meedoet: Verzorgenden en verpleegkundigen (3), Teamleiders (3)" in summary
    assert "Medewerkers vrijmaken: Ja (2), Nee, niet zonder extra geld (1)" in summary
    assert "Vaak genoemd: nacht (2), valpreventie (2)" in summary
    assert "Organisaties met een vraag over tijd of geld: 1" in summary
    for private in ("Zorggroep", "Ria", "Vervanging"):
        assert private not in summary

    speaks_english(bot, "U1")
    client.slash(text="needs results", user="U1")
    english = json.dumps(said(slack)["blocks"], ensure_ascii=False)
    assert "Suggested themes for the network: *Safety* and *Staffing*" in english


def test_the_answer_prefills_the_intake_and_is_shown_with_the_fit_check(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=3)
    client.slash(text="behoeften", user="U1")
    bot.dispatcher.run_once()
    survey = button_value(invitation_to(slack, "UM01"))
    for user in ("UM01", "UM02", "UM03"):
        submit(client, survey, user, learn="Valpreventie in de nacht")

    client.slash(text="intake", user="UM02")
    first = slack.last("views.open").params["view"]
    bring = bring_state(intake_state(proud_of="Onze valpreventie"))
    step = client.view_submission(
        ids.INTAKE_MODAL, bring, user="UM02", private_metadata=first["private_metadata"]
    )
    modal = step.json["view"]  # the second step, halen, asks what they want to learn
    learn = next(b for b in modal["blocks"] if b.get("block_id") == ids.INTAKE_LEARN)
    assert learn["element"]["initial_value"] == "Valpreventie in de nacht"

    client.slash(text="passend", user="U1")
    client.slash(text="passend uitslag", user="U1")
    fit = json.dumps(said(slack)["blocks"], ensure_ascii=False)
    assert "*Uit de peiling van leerbehoeften*" in fit
    assert "Voorstel voor de thema's van het netwerk: *Veiligheid*" in fit


def test_a_newer_analysis_replaces_the_old_invitation(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="behoeften", user="U1")
    assert said(slack)["text"].startswith("De vragen gaan naar de organisatie van het netwerk")
    bot.dispatcher.run_once()
    old = button_value(invitation_to(slack, "UM01"))
    client.slash(text="behoeften", user="U1")
    refused = submit(client, old, "UM01")
    assert "vervangen door een nieuwere peiling" in json.dumps(refused, ensure_ascii=False)
    client.block_action(ids.NEEDS_OPEN, old, user="U1", channel="DU1")
    assert "vervangen door een nieuwere peiling" in said(slack)["text"]
