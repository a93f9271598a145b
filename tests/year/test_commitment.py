"""The first meeting is free of obligation; then the group commits (issue 14, item 1): when
meeting 1 ends every organisation is asked in a DM (*Ik doe mee* / *We stoppen*) with a
deadline and one reminder; the coordinator sees who committed; at the deadline the network is
active only with six committed organisations, and otherwise hears what to do. The prompt is a
row anchored to the meeting: it comes once, survives a restart and follows a move or a
cancellation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.app import LnBot, create_app
from bot.blocks import ids
from bot.clock import FixedClock
from bot.services import networks
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import AuditEntry, Commitment
from tests.flows import seed_network, speaks_english, texts, wants_yes
from tests.knowledge.test_report import uploaded
from tests.meetings.flows import dms_to, jobs, meeting_id, plan, run_due, submit_plan
from tests.year.flows import click_answer, network_status, questions, statuses

MEETING_ONE_ENDS = datetime(2027, 2, 9, 16, 0, tzinfo=UTC)  # 14:00-17:00 in Amsterdam
DEADLINE = MEETING_ONE_ENDS + timedelta(days=14)


def status_text(client: SlackRequestClient, slack: FakeSlack, user: str = "U1") -> str:
    client.slash(text="status", user=user)
    return texts(slack.calls_to("response_url")[-1].params["blocks"])


def test_after_meeting_one_every_organisation_is_asked_and_answers(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=7)
    plan(client, slack, network.id)
    run_due(bot, MEETING_ONE_ENDS - timedelta(minutes=1))
    assert not questions(slack, "UM01")  # not before the meeting has ended
    run_due(bot, MEETING_ONE_ENDS)
    question = questions(slack, "UM01")[0]
    assert "De eerste bijeenkomst van Ouderenzorg Noord zit erop" in question["text"]
    assert (
        "doet Zorggroep 1 mee voor het jaar, van dinsdag 9 februari 2027 tot donderdag 10 "
        in (question["text"])
    )
    assert "uiterlijk dinsdag 23 februari 2027" in question["text"]
    assert statuses(bot) == {f"Zorggroep {n}": "asked" for n in range(1, 8)}
    # The coordinator is asked for the shared goal at the same time.
    assert any(ids.YEAR_GOAL_OPEN in texts(c.params["blocks"]) for c in dms_to(slack, "U1"))

    for number in range(1, 6):
        response = click_answer(client, slack, f"UM{number:02d}")
        assert response.status == 200
    answer = slack.calls_to("response_url")[-1].params
    assert answer["replace_original"] is True
    assert (
        "*Zorggroep 5* doet mee aan *Ouderenzorg Noord* van dinsdag 9 februari 2027"
        in answer["text"]
    )
    click_answer(client, slack, "UM06", commit=False)
    stopped = slack.calls_to("response_url")[-1].params
    assert "Jammer dat *Zorggroep 6* stopt" in stopped["text"]
    assert "telt niet meer mee" in stopped["text"]
    assert statuses(bot)["Zorggroep 6"] == "stopped"
    assert statuses(bot)["Zorggroep 1"] == "committed"
    with bot.uow() as uow:
        row = uow.session.scalars(select(Commitment).where(Commitment.answered_by == "UM01")).one()
        assert row.answered_at == bot.clock.now() and row.deadline == DEADLINE
        actions = uow.session.scalars(select(AuditEntry.action)).all()
        assert actions.count("year.committed") == 5 and "year.stopped" in actions

    client.slash(text="audit", user="U1")
    log = "".join(uploaded(slack).values())
    assert "heeft gezegd dat Zorggroep 1 meedoet in jaar 1" in log
    assert "heeft gezegd dat Zorggroep 6 stopt in jaar 1" in log

    shown = status_text(client, slack)
    assert "Doen mee voor het jaar: 5 van 7 organisaties" in shown
    assert "Nog geen antwoord van: Zorggroep 7" in shown
    assert "Gestopt: Zorggroep 6" in shown
    assert "*Zorggroep 6*" not in shown  # it left the count
    assert "*Zorggroep 1*: <@UM01> (1 deelnemer) · doet mee voor het jaar" in shown
    client.event({"type": "app_home_opened", "user": "UM01", "channel": "D2", "tab": "home"})
    home = texts(slack.wait_for("views.publish")[0].params["view"]["blocks"])
    assert "Doen mee voor het jaar: 5 van 7 organisaties (dinsdag 9 februari 2027 tot" in home

    # One reminder, three days before the deadline, only to who has not answered.
    run_due(bot, DEADLINE - timedelta(days=3))
    assert len(questions(slack, "UM07")) == 2
    assert "Even een herinnering" in questions(slack, "UM07")[-1]["text"]
    assert len(questions(slack, "UM01")) == 1
    # A restart and a second pass of the dispatcher send nothing twice.
    bot.dispatcher.run_once()
    assert len(questions(slack, "UM07")) == 2 and len(questions(slack, "UM01")) == 1


def test_at_the_deadline_too_few_send_the_network_back_with_advice(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=6)
    assert network_status(bot, network.id) == "active"  # six joined, not yet committed
    plan(client, slack, network.id)
    run_due(bot, MEETING_ONE_ENDS)
    for number in range(1, 5):
        click_answer(client, slack, f"UM{number:02d}")
    click_answer(client, slack, "UM05", commit=False)
    run_due(bot, DEADLINE)
    assert network_status(bot, network.id) == "founding"
    result = next(c.params for c in dms_to(slack, "U1") if "antwoordtermijn" in c.params["text"])
    assert "Organisaties die meedoen: 4" in result["text"]
    assert "minstens 6 nodig; er ontbreken er nog 2" in result["text"]
    advice = texts(result["blocks"])
    assert "*Deelnemen*" in advice and "/lerend activiteit" in advice
    assert "Zorggroep 5: stopt" in advice and "Zorggroep 6: nog geen antwoord" in advice
    # A late yes still counts: six committed make the network active again.
    click_answer(client, slack, "UM06")
    click_answer(client, slack, "UM05")
    assert network_status(bot, network.id) == "active"


def test_enough_commitments_keep_the_network_active_and_the_coordinator_hears_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=6)
    speaks_english(bot, "U1")
    speaks_english(bot, "UM01")
    plan(client, slack, network.id)
    run_due(bot, MEETING_ONE_ENDS)
    assert "does Zorggroep 1 take part for the year" in questions(slack, "UM01")[0]["text"]
    for number in range(1, 7):
        click_answer(client, slack, f"UM{number:02d}")
    run_due(bot, DEADLINE)
    assert network_status(bot, network.id) == "active"
    result = next(c.params for c in dms_to(slack, "U1") if "time to answer" in c.params["text"])
    assert (
        "Organisations taking part: 6. That is enough: the network is active." in (result["text"])
    )


def test_only_the_organisations_own_people_answer_for_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)
    run_due(bot, MEETING_ONE_ENDS)
    value = questions(slack, "UM01")[0]["blocks"][-1]["elements"][1]["value"]
    client.block_action(ids.YEAR_STOP, value, user="UM02", channel="DUM02")
    refusal = slack.calls_to("response_url")[-1].params
    assert "Alleen deelnemers van deze organisatie" in refusal["text"]
    assert statuses(bot)["Zorggroep 1"] == "asked"


def test_the_prompt_follows_a_moved_meeting_and_goes_with_a_cancelled_one(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    key = f"meeting:{first}:year"
    assert jobs(bot)[key].run_at == MEETING_ONE_ENDS
    submit_plan(client, network.id, day="2027-02-16")  # a week later
    assert jobs(bot)[key].run_at == MEETING_ONE_ENDS + timedelta(days=7)
    run_due(bot, MEETING_ONE_ENDS)
    assert not questions(slack, "UM01")
    client.block_action(ids.MEETING_CANCEL, str(first), user="U1")
    assert jobs(bot)[key].state == "cancelled"
    run_due(bot, MEETING_ONE_ENDS + timedelta(days=7))
    assert not questions(slack, "UM01")


def test_the_coordinator_asks_now_and_then_sees_who_committed(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    client.slash(text="inzet", user="UM01")
    assert "Alleen een coördinator" in slack.calls_to("response_url")[-1].params["text"]
    client.slash(text="inzet", user="U1")
    assert "Gevraagde organisaties: 2" in slack.calls_to("response_url")[-1].params["text"]
    bot.dispatcher.run_once()
    assert len(questions(slack, "UM01")) == 1 and len(questions(slack, "UM02")) == 1
    click_answer(client, slack, "UM02")
    client.slash(text="inzet", user="U1")
    overview = slack.calls_to("response_url")[-1].params["text"]
    assert "organisaties die meedoen: 1 van 2" in overview
    assert "• Zorggroep 1: nog geen antwoord" in overview and "• Zorggroep 2: doet mee" in overview
    # The round is asked once: the end of meeting 1 later asks nobody again.
    plan(client, slack, network.id)
    run_due(bot, MEETING_ONE_ENDS)
    assert len(questions(slack, "UM01")) == 1


def test_an_organisation_joining_during_the_round_is_asked_on_the_rounds_terms(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)
    run_due(bot, MEETING_ONE_ENDS)
    bot.clock.set(MEETING_ONE_ENDS + timedelta(days=2))  # type: ignore[attr-defined]
    wants_yes(bot, network.id, False)  # admitted at once: the round's terms are the subject here
    networks.join_network(
        bot.uow(),
        network_id=network.id,
        user_id="UM07",
        existing_organisation_id=None,
        new_organisation_name="Zorggroep Laat",
        committed=False,
        now=bot.clock.now(),
    )
    bot.dispatcher.run_once()
    late = questions(slack, "UM07")
    assert len(late) == 1 and "uiterlijk dinsdag 23 februari 2027" in late[0]["text"]
    assert "van dinsdag 9 februari 2027 tot" in late[0]["text"]
    assert statuses(bot)["Zorggroep Laat"] == "asked"
    assert jobs(bot, "network:")[f"network:{network.id}:year:1:commit:close"].run_at == DEADLINE


def test_the_prompt_survives_a_restart_and_comes_once(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, clock: FixedClock
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)
    bot.close()  # the process stops; the schedule is in the database
    clock.set(MEETING_ONE_ENDS + timedelta(minutes=5))
    for _ in range(2):  # the first restart asks, the second does not ask again
        restarted = create_app(bot.settings, clock=clock)
        try:
            restarted.dispatcher.run_once()
            restarted.dispatcher.run_once()
        finally:
            restarted.close()
        assert len(questions(slack, "UM01")) == 1 and len(questions(slack, "UM02")) == 1
