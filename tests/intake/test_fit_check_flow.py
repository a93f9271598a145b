"""The fit check end to end: the coordinator starts it, every participant gets a DM with the
questions, and the coordinator gets an anonymous result with advice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.clock import FixedClock
from bot.services.views import NetworkRef
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import FitCheck, FitCheckAnswer
from tests.flows import seed_network, texts
from tests.intake.helpers import buttons, dms_to, submit_fit

INVITED = ["U1", "UM01", "UM02", "UM03"]  # the coordinator and one person per organisation


def start(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> tuple[NetworkRef, int]:
    network = seed_network(bot, organisations=3)
    client.slash(text="passend", user="U1")
    with bot.uow() as uow:
        return network, uow.session.scalars(select(FitCheck.id)).one()


def result_dm(slack: FakeSlack) -> dict:
    results = [c for c in dms_to(slack, "U1") if "Uitslag" in c.params["text"]]
    assert len(results) == 1
    return results[0].params


def test_only_a_coordinator_starts_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="passend", user="UM01")
    reply = slack.wait_for("response_url")[0].params["text"]
    assert "start de coördinator van *Ouderenzorg Noord*" in reply
    with bot.uow() as uow:
        assert uow.session.scalars(select(FitCheck)).all() == []


def test_everyone_is_asked_through_the_schedule(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start(bot, client, slack)
    reply = slack.wait_for("response_url")[0].params["text"]
    assert "naar 4 deelnemer(s)" in reply and "zondag 17 januari 2027" in reply
    assert not slack.calls_to("chat.postMessage")  # nothing sent from the request itself
    bot.dispatcher.run_once()
    for user in INVITED:
        invitation = [c for c in dms_to(slack, user) if "vraagt je mening" in c.params["text"]]
        assert len(invitation) == 1, user
        assert buttons(invitation[0].params["blocks"])[0]["action_id"] == ids.FIT_BUTTON
    bot.dispatcher.run_once()  # nothing is sent twice
    assert (
        sum("vraagt je mening" in c.params["text"] for c in slack.calls_to("chat.postMessage")) == 4
    )
    client.slash(text="passend", user="U1")
    assert "Er loopt al een check" in slack.wait_for("response_url", count=2)[1].params["text"]


def test_the_button_opens_the_questions(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    _, check_id = start(bot, client, slack)
    client.block_action(ids.FIT_BUTTON, str(check_id), user="UM01", channel="DUM01")
    view = slack.wait_for("views.open")[0].params["view"]
    assert (
        view["callback_id"] == ids.FIT_MODAL and view["title"]["text"] == "Past een lerend netwerk?"
    )
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert len(inputs) == 14  # a 1-5 score and an optional remark per question
    assert inputs[2]["label"]["text"] == "2. Er is genoeg draagvlak voor een lerende aanpak."
    assert [o["value"] for o in inputs[0]["element"]["options"]] == ["1", "2", "3", "4", "5"]
    # After answering, the modal opens with the answers given.
    submit_fit(client, check_id, user="UM01", support=2, remarks={"needs": "Kennis over data"})
    client.block_action(ids.FIT_BUTTON, str(check_id), user="UM01", channel="DUM01")
    again = slack.wait_for("views.open", count=2)[1].params["view"]
    by_id = {b["block_id"]: b for b in again["blocks"] if b["type"] == "input"}
    assert by_id["fit_score_support"]["element"]["initial_option"]["value"] == "2"
    assert by_id["fit_remark_needs"]["element"]["initial_value"] == "Kennis over data"


def test_missing_scores_get_field_errors(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    _, check_id = start(bot, client, slack)
    response = submit_fit(client, check_id, user="UM01", support=None)
    assert response.json == {
        "response_action": "errors",
        "errors": {"fit_score_support": "Kies een cijfer van 1 tot 5."},
    }
    other = submit_fit(client, check_id, user="U2")  # not part of the network
    assert "voor de deelnemers van het netwerk" in texts(other.json["view"]["blocks"])


def test_the_last_answer_brings_the_anonymous_result(
    bot: LnBot, client: SlackRequestClient, clock: FixedClock, slack: FakeSlack
) -> None:
    _, check_id = start(bot, client, slack)
    bot.dispatcher.run_once()
    submit_fit(client, check_id, user="U1", support=2)
    submit_fit(
        client, check_id, user="UM01", support=1, remarks={"support": "Geen tijd <!channel>"}
    )
    submit_fit(client, check_id, user="UM02", support=5)
    response = submit_fit(client, check_id, user="UM03", support=2, balance=1)
    assert "Dank je!" in texts(response.json["view"]["blocks"])
    bot.dispatcher.run_once()
    result = result_dm(slack)
    body = texts(result["blocks"])
    assert "4 van de 4 deelnemers antwoordden" in body
    assert "Advies: kies eerst een lichtere vorm" in body and "studiemiddag of workshop" in body
    assert (
        "*2. Draagvlak*\\nAantal per cijfer: 1: 1 · 2: 2 · 3: 0 · 4: 0 · 5: 1 · gemiddeld *2,5*"
        in body
    )
    assert "De meningen lopen uiteen bij: Draagvlak, Groep in evenwicht" in body
    assert "Geen tijd &lt;!channel&gt;" in body  # remarks anonymous and escaped
    for user in ("UM01", "UM02", "UM03"):
        assert user not in body
    # The check is closed: a late change is refused, and the result is not sent again.
    late = submit_fit(client, check_id, user="UM02", support=1)
    assert "al gesloten" in texts(late.json["view"]["blocks"])
    clock.advance(timedelta(days=6))
    bot.dispatcher.run_once()
    result_dm(slack)


def test_without_everyone_the_result_comes_at_the_deadline(
    bot: LnBot, client: SlackRequestClient, clock: FixedClock, slack: FakeSlack
) -> None:
    _, check_id = start(bot, client, slack)
    bot.dispatcher.run_once()
    for user in ("UM01", "UM02", "UM03"):
        submit_fit(client, check_id, user=user)
    bot.dispatcher.run_once()
    assert not [c for c in dms_to(slack, "U1") if "Uitslag" in c.params["text"]]
    client.slash(text="passend uitslag", user="U1")  # the tally on demand
    tally = slack.wait_for("response_url", count=2)[1].params
    assert "Tussenstand: 3 van de 4" in texts(tally["blocks"])
    clock.advance(timedelta(days=5))
    bot.dispatcher.run_once()
    body = texts(result_dm(slack)["blocks"])
    assert "3 van de 4 deelnemers antwoordden. De check is gesloten" in body
    assert "Advies: ga door met het lerend netwerk.*" in body
    with bot.uow() as uow:
        assert uow.session.get(FitCheck, check_id).closed_at is not None
        assert len(uow.session.scalars(select(FitCheckAnswer)).all()) == 3


def test_too_few_answers_show_no_figures(
    bot: LnBot, client: SlackRequestClient, clock: FixedClock, slack: FakeSlack
) -> None:
    _, check_id = start(bot, client, slack)
    submit_fit(client, check_id, user="UM01", support=1)
    clock.advance(timedelta(days=5))
    bot.dispatcher.run_once()
    body = texts(result_dm(slack)["blocks"])
    assert "Nog te weinig antwoorden (1)" in body and "Aantal per cijfer" not in body


def test_the_tally_is_for_coordinators(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="passend uitslag", user="U1")
    assert "Er is nog geen check gedaan" in slack.wait_for("response_url")[0].params["text"]
    client.slash(text="passend uitslag", user="UM01")
    assert "start de coördinator" in slack.wait_for("response_url", count=2)[1].params["text"]
