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
from tests.flows import seed_network, speaks_english, texts
from tests.intake.helpers import buttons, dms_to, submit_fit, submit_remark, tap_score

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
    assert "De coördinator van *Ouderenzorg Noord* start de check" in reply
    with bot.uow() as uow:
        assert uow.session.scalars(select(FitCheck)).all() == []


def test_everyone_is_asked_through_the_schedule(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start(bot, client, slack)
    reply = slack.wait_for("response_url")[0].params["text"]
    assert "naar 4 deelnemers." in reply and "zondag 17 januari 2027" in reply
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


def updates_in_dm(slack: FakeSlack, user: str) -> list[dict]:
    return [c.params for c in slack.calls_to("chat.update") if c.params["channel"] == f"D{user}"]


def test_the_questions_come_one_at_a_time_in_the_dm(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    _, check_id = start(bot, client, slack)
    client.block_action(ids.FIT_BUTTON, str(check_id), user="UM01", channel="DUM01")
    first = slack.wait_for("chat.update")[0].params
    assert first["channel"] == "DUM01"
    assert first["text"] == "Vraag 1 van 7 over Ouderenzorg Noord: kies een cijfer van 1 tot 5."
    body = texts(first["blocks"])
    assert "Vraag 1 van 7" in body and "een lerende aanpak past erbij" in body
    scores = [
        b for b in buttons(first["blocks"]) if b["action_id"].startswith(ids.FIT_SCORE_BUTTON)
    ]
    assert [b["text"]["text"] for b in scores] == [
        "1 – helemaal niet",
        "2 – eerder niet",
        "3 – neutraal",
        "4 – eerder wel",
        "5 – helemaal wel",
    ]
    assert not slack.calls_to("views.open")  # no fourteen-field form any more
    # A tap stores the score and shows the next question in the same message.
    tap_score(client, check_id, "approach", 4, user="UM01")
    second = updates_in_dm(slack, "UM01")[-1]
    assert "Vraag 2 van 7" in texts(second["blocks"])
    assert "Er is genoeg draagvlak" in texts(second["blocks"])
    back = next(b for b in buttons(second["blocks"]) if b["action_id"] == ids.FIT_PREVIOUS)
    with bot.uow() as uow:
        answer = uow.session.scalars(select(FitCheckAnswer)).one()
        assert answer.scores == {"approach": 4}
    # Going back shows the earlier question with the chosen score marked.
    client.block_action(ids.FIT_PREVIOUS, back["value"], user="UM01", channel="DUM01")
    again = updates_in_dm(slack, "UM01")[-1]
    chosen = [b for b in buttons(again["blocks"]) if b.get("style") == "primary"]
    assert [b["text"]["text"] for b in chosen] == ["4 – eerder wel"]
    # Stopping halfway and coming back later: the invitation's button goes on where it was.
    tap_score(client, check_id, "support", 2, user="UM01")
    client.block_action(ids.FIT_BUTTON, str(check_id), user="UM01", channel="DUM01")
    assert "Vraag 3 van 7" in texts(updates_in_dm(slack, "UM01")[-1]["blocks"])
    # A remark on the question, in a small modal of its own.
    remark = next(b for b in buttons(again["blocks"]) if b["action_id"] == ids.FIT_REMARK_BUTTON)
    client.block_action(ids.FIT_REMARK_BUTTON, remark["value"], user="UM01", channel="DUM01")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.FIT_REMARK_MODAL
    assert [b["type"] for b in modal["blocks"]] == ["section", "input"]
    submit_remark(client, check_id, "needs", "Kennis over data", user="UM01")
    with bot.uow() as uow:
        answer = uow.session.scalars(select(FitCheckAnswer)).one()
        assert answer.remarks == {"needs": "Kennis over data"}
    # Halfway does not count as an answer yet.
    client.slash(text="passend uitslag", user="U1")
    tally = slack.wait_for("response_url", count=2)[1].params
    assert "Tussenstand: 0 van de 4" in texts(tally["blocks"])


def test_the_questions_in_english(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    _, check_id = start(bot, client, slack)
    speaks_english(bot, "UM02")
    client.block_action(ids.FIT_BUTTON, str(check_id), user="UM02", channel="DUM02")
    first = slack.wait_for("chat.update")[0].params
    assert first["text"] == ("Question 1 of 7 about Ouderenzorg Noord: choose a score from 1 to 5.")
    assert "5 – fully" in texts(first["blocks"])
    submit_fit(client, check_id, user="UM02")
    last = updates_in_dm(slack, "UM02")[-1]
    assert last["text"].startswith("Thank you! Your answers for Ouderenzorg Noord are saved.")
    assert buttons(last["blocks"])[0]["text"]["text"] == "Review answers"


def test_a_too_long_remark_gets_a_field_error_and_outsiders_are_refused(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    _, check_id = start(bot, client, slack)
    response = submit_remark(client, check_id, "support", "x" * 501, user="UM01")
    assert response.json == {
        "response_action": "errors",
        "errors": {"fit_remark_support": "Dit is te lang: hoogstens 500 tekens."},
    }
    other = submit_remark(client, check_id, "support", "Hoi", user="U2")  # not in the network
    assert "voor de deelnemers van het netwerk" in texts(other.json["view"]["blocks"])
    tap_score(client, check_id, "support", 3, user="U2")
    assert "voor de deelnemers van het netwerk" in slack.wait_for("response_url")[-1].params["text"]
    with bot.uow() as uow:
        assert uow.session.scalars(select(FitCheckAnswer)).all() == []


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
    submit_fit(client, check_id, user="UM03", support=2, balance=1)
    assert updates_in_dm(slack, "UM03")[-1]["text"] == (
        "Dank je! Je antwoorden voor Ouderenzorg Noord zijn bewaard. Zolang de check loopt, kun "
        "je ze nog aanpassen."
    )
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
    tap_score(client, check_id, "support", 1, user="UM02")
    assert "al gesloten" in slack.wait_for("response_url")[-1].params["text"]
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
    assert "start de check" in slack.wait_for("response_url", count=2)[1].params["text"]
