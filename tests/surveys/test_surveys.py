"""Programme-wide surveys end to end (issue 16, item 1): the seed's question sent by DM to the
members of every network, one vote per organisation, follow-up questions by answer, the
support list with a button to get in touch, results per network, an export for Dutch Excel;
and a survey in a channel outside any network."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.services import programme
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import NetworkInterest, Organisation, SurveyAnswer, SurveyVote
from tests.finder.flows import interest_state
from tests.flows import join_as_colleague, seed_network, speaks_english, texts
from tests.polls.flows import ephemeral_texts

S = SlackRequestClient


def claim(bot: LnBot, user: str = "U1") -> None:
    programme.claim(
        bot.uow(),
        team_id="T0001",
        user_id=user,
        now=bot.clock.now(),
        is_workspace_admin=lambda _user: True,
    )


def open_modal(client: SlackRequestClient, slack: FakeSlack, channel: str = "C1") -> Any:
    client.slash(text="enquete", user="U1", channel=channel)
    return slack.wait_for("views.open")[-1].params["view"]


def submit(
    client: SlackRequestClient,
    modal: dict[str, Any],
    *,
    audience: str,
    networks: tuple[str, ...] = (),
    per_organisation: bool = True,
) -> Response:
    """Submit the create modal as it was filled in (the seed's question)."""
    state: dict[str, Any] = {}
    for block in modal["blocks"]:
        if block["type"] == "input" and block["element"]["type"] == "plain_text_input":
            value = block["element"].get("initial_value")
            state[block["block_id"]] = {ids.VALUE: S.text_value(value)}
    state[ids.SURVEY_AUDIENCE] = {ids.VALUE: S.radio_value(audience)}
    state[ids.SURVEY_NETWORKS] = {ids.VALUE: S.multi_static_select_values(list(networks))}
    chosen = [ids.SURVEY_PER_ORGANISATION] if per_organisation else []
    state[ids.SURVEY_SETTINGS] = {ids.VALUE: S.checkboxes_values(chosen)}
    return client.view_submission(
        ids.SURVEY_MODAL, state, user="U1", private_metadata=modal["private_metadata"]
    )


def dm_of(slack: FakeSlack, user: str) -> Call:
    return slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.params["channel"] == user and ids.SURVEY_VOTE in json.dumps(c.params),
    )[0]


def vote(client: SlackRequestClient, message: dict[str, Any], option: str, user: str) -> None:
    value = next(
        e["value"]
        for b in message["blocks"]
        for e in ([b.get("accessory")] if b.get("accessory") else b.get("elements", []))
        if e and e.get("action_id") == ids.SURVEY_VOTE and e["text"]["text"] == option
    )
    client.block_action(ids.SURVEY_VOTE, value, user=user, channel=f"D{user}")


def answer(
    client: SlackRequestClient, modal: dict[str, Any], user: str, *answers: str | None
) -> Response:
    state: dict[str, Any] = {}
    support = json.loads(modal["private_metadata"]).get("support")
    for index, text in enumerate(answers):
        value = S.radio_value(text) if index == support else S.text_value(text)
        state[ids.SURVEY_ANSWER.format(index=index)] = {ids.VALUE: value}
    return client.view_submission(
        ids.SURVEY_FOLLOW_UP_MODAL, state, user=user, private_metadata=modal["private_metadata"]
    )


def test_the_seed_survey_by_dm_counts_organisations_and_lists_who_wants_support(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    noord = seed_network(bot, organisations=2)
    seed_network(
        bot,
        organisations=1,
        channel="C2",
        coordinator="UA01",
        name="Zuid",
        members="UN",
        organisation="Thuiszorg",
    )
    with bot.uow() as uow:
        zorggroep = uow.session.scalars(
            select(Organisation.id).where(Organisation.name == "Zorggroep 1")
        ).one()
    join_as_colleague(bot, noord.id, "UM11", zorggroep)
    for user, name in (("UM01", "Els Bakker"), ("UM02", "Anna de Vries"), ("UM11", "Piet Jansen")):
        slack.add_user(user, real_name=name)
    slack.add_user("UN01", real_name="Fatima el Amrani")
    client.slash(text="enquete", user="UM01")
    assert "programma" in ephemeral_texts(slack)[-1].lower()  # not a programme coordinator
    claim(bot)
    modal = open_modal(client, slack)
    assert modal["title"]["text"] == "Enquête maken"
    shown = texts(modal["blocks"])
    assert "Maakt jouw organisatie deel uit van een lerend netwerk?" in shown
    assert "Wat zijn de obstakels bij het vormen van een lerend netwerk?" in shown
    unchosen = submit(client, modal, audience="chosen")
    assert unchosen.json["errors"] == {ids.SURVEY_NETWORKS: "Kies minstens één netwerk."}
    sent = submit(client, modal, audience="all")
    assert "naar 6 personen" in texts(sent.json["view"]["blocks"])
    bot.dispatcher.run_once()  # one DM per member of both networks
    for user in ("U1", "UM01", "UM02", "UM11", "UA01", "UN01"):
        assert dm_of(slack, user)
    vote(client, dm_of(slack, "UM02").params, "Nee", user="UM02")
    follow_up = slack.wait_for("views.open")[-1].params["view"]
    labels = [b["label"]["text"] for b in follow_up["blocks"] if b["type"] == "input"]
    assert labels == [
        "Wat zijn de obstakels bij het vormen van een lerend netwerk?",
        "Wil je hierbij ondersteund worden?",
    ]
    thanks = answer(client, follow_up, "UM02", "=Geen tijd en geen partners", "yes")
    assert "neemt contact met je op" in texts(thanks.json["view"]["blocks"])
    find_network(bot, client, slack, thanks.json["view"])
    vote(client, dm_of(slack, "UM01").params, "Ja", user="UM01")
    yes_modal = slack.wait_for("views.open", count=2)[-1].params["view"]
    assert [b["label"]["text"] for b in yes_modal["blocks"] if b["type"] == "input"] == [
        "Hoe ziet jullie netwerk eruit? En wat heb je eraan?"
    ]
    answer(client, yes_modal, "UM01", "Zes organisaties, we leren veel")
    vote(client, dm_of(slack, "UM11").params, "Weet ik niet", user="UM11")  # same organisation
    assert ephemeral_texts(slack)[-1] == "Je antwoord telt voor *Zorggroep 1*: *Weet ik niet*."
    vote(client, dm_of(slack, "UN01").params, "Ja", user="UN01")
    dm = dm_of(slack, "UN01")
    updated = [c for c in slack.calls_to("chat.update") if c.params["ts"] == dm.response["ts"]]
    assert "Jouw antwoord: *Ja*" in texts(updated[-1].params["blocks"])
    client.block_action(ids.SURVEY_VOTE, "1:1", user="UZ09", channel="DUZ09")
    assert ephemeral_texts(slack)[-1] == "Deze enquête is niet aan jou gestuurd."
    with bot.uow() as uow:
        rows = uow.session.execute(select(SurveyVote.slack_user_id, SurveyVote.organisation))
        votes = {user: organisation for user, organisation in rows}
    assert votes == {"UM02": "Zorggroep 2", "UM11": "Zorggroep 1", "UN01": "Thuiszorg 1"}

    client.slash(text="enquete uitslag", user="U1")
    results = slack.calls_to("response_url")[-1].params
    shown = texts(results["blocks"])
    assert "3 personen stemden; 6 personen kregen de vraag per privébericht" in shown
    assert "*Ouderenzorg Noord*" in shown and "*Zuid*" in shown
    assert "<@UM02> (Zorggroep 2 · Ouderenzorg Noord)" in shown
    contact = next(
        b["accessory"]
        for b in results["blocks"]
        if b.get("accessory", {}).get("action_id") == ids.SURVEY_CONTACT
    )
    assert contact["url"] == "slack://user?team=T0001&id=UM02"  # opens the DM on a phone too
    to_um02 = len([c for c in slack.calls_to("chat.postMessage") if c.params["channel"] == "UM02"])
    client.block_action(ids.SURVEY_CONTACT, contact["value"], user="UM01")
    assert len(
        [c for c in slack.calls_to("chat.postMessage") if c.params["channel"] == "UM02"]
    ) == (to_um02)  # only programme coordinators
    speaks_english(bot, "UM02")
    client.block_action(ids.SURVEY_CONTACT, contact["value"], user="U1")
    told = [c for c in slack.calls_to("chat.postMessage") if c.params["channel"] == "UM02"][-1]
    assert told.params["text"].startswith("Hello! <@U1> from the programme will get in touch.")
    assert ephemeral_texts(slack)[-1].startswith("<@UM02> weet nu dat je contact opneemt.")
    with bot.uow() as uow:
        assert uow.session.scalars(select(SurveyAnswer.contacted_by)).all().count("U1") == 1

    client.slash(text="enquete export", user="U1")
    raw = next(iter(slack.uploads.values()))
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert ["Alle netwerken", "Ja", "1", "33%"] in rows
    assert ["Zuid", "Ja", "1", "100%"] in rows
    assert ["Anna de Vries", "Zorggroep 2", "Ouderenzorg Noord", "Nee"] in [r[:4] for r in rows]
    assert ["Fatima el Amrani", "Thuiszorg 1", "Zuid", "Ja"] in [r[:4] for r in rows]
    assert ["Anna de Vries", "Zorggroep 2", "Gebruiker U1"] in rows  # wants support, contacted
    assert [
        "Els Bakker",
        "Zorggroep 1",
        "Ja",
        "Hoe ziet jullie netwerk eruit? En wat heb je eraan?",
        "Zes organisaties, we leren veel",
    ] in rows
    assert any("'=Geen tijd" in cell for row in rows for cell in row)  # guarded for Excel
    assert not any(cell.startswith("UM") for row in rows for cell in row)  # no Slack ids


def test_a_survey_in_a_channel_outside_any_network_and_a_survey_to_nobody(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    claim(bot)
    nobody = submit(client, open_modal(client, slack, channel="C9"), audience="all")
    assert nobody.json["errors"] == {
        ids.SURVEY_AUDIENCE: "Deze enquête zou naar niemand gaan: de gekozen netwerken hebben "
        "nog geen deelnemers."
    }
    here = submit(client, open_modal(client, slack, channel="C9"), audience="channel")
    assert here.status == 200 and here.body == ""
    post = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "C9")[0]
    vote(client, post.params, "Nee", user="UZ01")  # anyone of the workspace, no network
    modal = slack.wait_for("views.open", count=3)[-1].params["view"]
    answer(client, modal, "UZ01", "Geen partners in de buurt", "no")
    shown = texts(slack.calls_to("chat.update")[-1].params["blocks"])
    assert "*Nee*\\n`▓▓▓▓▓▓▓▓▓▓` 1 (100%)" in shown
    survey_id = post.params["blocks"][-1]["elements"][0]["value"]
    client.block_action(ids.SURVEY_CLOSE, survey_id, user="UZ01", channel="C9")
    assert "De enquête is gesloten" not in texts(slack.calls_to("chat.update")[-1].params)
    client.block_action(ids.SURVEY_CLOSE, survey_id, user="U1", channel="C9")
    assert "De enquête is gesloten" in texts(slack.calls_to("chat.update")[-1].params["blocks"])
    vote(client, post.params, "Ja", user="UZ02")
    assert ephemeral_texts(slack)[-1] == "De enquête is gesloten; antwoorden kan niet meer."
    client.block_action(ids.SURVEY_VOTE, "1:1", user="UX01", team="T0002", channel="C9")
    assert ephemeral_texts(slack)[-1] == "Deze enquête bestaat niet meer."  # another workspace
    with bot.uow() as uow:
        answers = uow.session.scalars(select(SurveyAnswer)).one()
        assert answers.answers == ["Geen partners in de buurt", "Nee, dank je"]
        assert not answers.wants_support


def test_english_programme_coordinators_get_english(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot)
    claim(bot)
    speaks_english(bot, "U1")
    modal = open_modal(client, slack)
    assert modal["title"]["text"] == "Create a survey"
    shown = texts(modal["blocks"])
    assert "Is your organisation part of a learning network?" in shown
    assert "Direct message to all members of all networks" in shown
    nobody = submit(client, modal, audience="chosen")
    assert nobody.json["errors"] == {ids.SURVEY_NETWORKS: "Choose at least one network."}


def find_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, thanks: dict[str, Any]
) -> None:
    """Asking for support offers the network finder in the same modal; a registration made
    there says it came from the survey."""
    (offer,) = [
        e
        for b in thanks["blocks"]
        for e in b.get("elements", [])
        if e.get("action_id") == ids.FINDER_OPEN
    ]
    client.block_action(ids.FINDER_OPEN, offer["value"], user="UM02", view={"id": "V42"})
    update = slack.last("views.update").params
    assert update["view_id"] == "V42"
    assert update["view"]["callback_id"] == ids.FINDER_INTEREST_MODAL
    state = interest_state(organisation="Zorggroep 2", province="NL-OV")
    client.view_submission(
        ids.FINDER_INTEREST_MODAL,
        state,
        user="UM02",
        private_metadata=update["view"]["private_metadata"],
    )
    with bot.uow() as uow:
        assert uow.session.scalars(select(NetworkInterest.source)).all() == ["survey"]
