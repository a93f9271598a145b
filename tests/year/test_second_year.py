"""A second year (issue 15, item 5): after the 7th meeting the coordinator is offered to go on;
the organisations are asked to commit again, a new year of seven meetings is planned with the
same rules, and the first year stays readable (status, statement per year). A network can also
end: the final report is offered first. The participation statement (issue 14, item 7) names
the commitment and who attended each meeting."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.services import programme
from bot.services.report import report_data
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Meeting, Network, NetworkGoal
from tests.flows import seed_network, texts
from tests.knowledge.test_report import uploaded
from tests.meetings.flows import buttons, dms_to, meeting_id, run_due, submit_plan
from tests.programme.flows import answered
from tests.year.flows import click_answer, questions, statuses
from tests.year.test_goal import GOAL, submit_goal

DAYS = ("2027-02-09", "2027-03-09", "2027-04-13", "2027-05-11", "2027-06-08", "2027-07-06")
SEVENTH = "2027-09-07"
MEETING_ONE_ENDS = datetime(2027, 2, 9, 16, 0, tzinfo=UTC)
SEVENTH_ENDS = datetime(2027, 9, 7, 15, 0, tzinfo=UTC)  # 17:00 summer time


def a_whole_year(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> int:
    """Six organisations, seven meetings planned; all six committed after meeting 1."""
    network = seed_network(bot, organisations=6)
    for number, day in enumerate((*DAYS, SEVENTH), 1):
        response = submit_plan(client, network.id, number=number, day=day)
        assert response.json["response_action"] == "update", response.body
    run_due(bot, MEETING_ONE_ENDS)
    for number in range(1, 7):
        click_answer(client, slack, f"UM{number:02d}")
    return network.id


def offer(slack: FakeSlack) -> dict:
    return next(
        c.params
        for c in dms_to(slack, "U1")
        if any(b["action_id"] == ids.YEAR_NEXT for b in buttons(c.params.get("blocks") or []))
    )


def test_after_the_seventh_meeting_the_network_goes_on_for_a_second_year(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = a_whole_year(bot, client, slack)
    submit_goal(client, network, GOAL)
    value = f"{network}:1"
    client.block_action(ids.YEAR_NEXT, value, user="U1", channel="DU1")
    refused = slack.calls_to("response_url")[-1].params["text"]
    assert "Het jaar is nog niet rond: er zijn pas 1 van de zeven" in refused
    run_due(bot, SEVENTH_ENDS)
    note = offer(slack)
    assert "De zevende bijeenkomst van Ouderenzorg Noord zit erop" in note["text"]
    assert "Gaan jullie door met jaar 2?" in note["text"]
    assert not [c for c in dms_to(slack, "UM01") if "zevende" in c.params["text"]]

    client.block_action(ids.YEAR_NEXT, value, user="UM01", channel="DUM01")
    assert "Alleen een coördinator" in slack.calls_to("response_url")[-1].params["text"]
    client.block_action(ids.YEAR_NEXT, value, user="U1", channel="DU1")
    started = slack.calls_to("response_url")[-1].params
    assert started["replace_original"] is True
    assert (
        "Jaar 2 van *Ouderenzorg Noord* is begonnen. Gevraagde organisaties: 6" in (started["text"])
    )
    assert [b["action_id"] for b in buttons(started["blocks"])] == [
        f"{ids.MEETING_PLAN_OPEN}_1",
        ids.YEAR_GOAL_OPEN,
    ]
    client.block_action(ids.YEAR_NEXT, value, user="U1", channel="DU1")  # a second click
    with bot.uow() as uow:
        assert uow.session.scalars(select(Network.year)).one() == 2
    assert statuses(bot, year=1) == {f"Zorggroep {n}": "committed" for n in range(1, 7)}
    assert statuses(bot, year=2) == {f"Zorggroep {n}": "asked" for n in range(1, 7)}
    bot.dispatcher.run_once()
    assert len(questions(slack, "UM01")) == 2  # asked again, once
    again = questions(slack, "UM01")[-1]["text"]
    assert "Ouderenzorg Noord gaat door met jaar 2. Doet Zorggroep 1 weer mee" in again
    assert "van dinsdag 7 september 2027 tot" in again

    # The second year's seven meetings are planned with the same rules, beside the first's.
    response = submit_plan(client, network, number=1, day="2027-10-05")
    assert response.json["response_action"] == "update", response.body
    with bot.uow() as uow:
        rows = uow.session.execute(select(Meeting.year, Meeting.number)).all()
    assert sorted(rows) == [(1, n) for n in range(1, 8)] + [(2, 1)]
    # The programme overview counts this year's meetings: seven held in year 1, none yet in 2.
    now = bot.clock.now()
    programme.claim(
        bot.uow(), team_id="T0001", user_id="U1", now=now, is_workspace_admin=lambda _: True
    )
    (line,) = programme.overview(
        bot.uow(), team_id="T0001", user_id="U1", page=0, now=bot.clock.now()
    ).lines
    assert line.meetings_held == 0
    client.slash(text="status", user="U1")
    status = texts(slack.calls_to("response_url")[-1].params["blocks"])
    assert "Jaar 2" in status
    assert f"Ons doel: {GOAL}" in status  # carried over until it is revisited
    client.block_action(ids.YEAR_GOAL_OPEN, str(network), user="U1", channel="DU1")
    modal = slack.last("views.open").params["view"]
    field = next(b for b in modal["blocks"] if b.get("block_id") == ids.YEAR_GOAL)
    assert field["element"]["initial_value"] == GOAL
    submit_goal(client, network, "Samen de nachtrust verbeteren.")
    with bot.uow() as uow:
        goals = uow.session.execute(select(NetworkGoal.year, NetworkGoal.text)).all()
    assert sorted(goals) == [(1, GOAL), (2, "Samen de nachtrust verbeteren.")]
    assert "Doen mee voor het jaar: 0 van 6 organisaties" in status


def test_the_statement_per_year_names_the_commitment_and_who_attended(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    slack.add_user("UM01", locale="nl-NL", real_name="Anna de Vries")
    network = a_whole_year(bot, client, slack)
    with bot.uow() as uow:
        first = uow.session.scalars(
            select(Meeting.id).where(Meeting.number == 1, Meeting.year == 1)
        ).one()
    answered(bot, first, ("UM01", "in_person"), ("UM02", "in_person"))
    run_due(bot, SEVENTH_ENDS)
    client.block_action(ids.YEAR_NEXT, f"{network}:1", user="U1", channel="DU1")
    slack.uploads.clear()
    client.slash(text="deelname jaar 1", user="UM01")
    html = next(body for name, body in uploaded(slack).items() if name.endswith(".html"))
    assert "Jaar 1" in html
    assert "Zorggroep 1 heeft zich op dinsdag 9 februari 2027 verbonden aan het netwerk voor " in (
        html
    )
    markdown = next(body for name, body in uploaded(slack).items() if name.endswith(".md"))
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert len(rows) == 8  # a header and the seven meetings of year 1
    assert rows[1].startswith("| 1 |") and "Anna de Vries" in rows[1]
    assert "Anna de Vries" not in rows[2]
    slack.uploads.clear()
    client.slash(text="deelname", user="UM01")
    html = next(body for name, body in uploaded(slack).items() if name.endswith(".html"))
    assert "Jaar 2" in html and "is gevraagd mee te doen in jaar 2" in html
    client.slash(text="deelname jaar 3", user="UM01")
    assert "kies een jaar van 1 tot en met 2" in slack.calls_to("response_url")[-1].params["text"]
    assert meeting_id(bot, 1)  # still readable by number


def test_ending_offers_the_final_report_first(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = a_whole_year(bot, client, slack)
    run_due(bot, SEVENTH_ENDS)
    end = next(b for b in buttons(offer(slack)["blocks"]) if b["action_id"] == ids.YEAR_END)
    client.block_action(ids.YEAR_END, end["value"], user="U1", channel="DU1")
    answer = slack.calls_to("response_url")[-1].params
    assert (
        "Maak eerst het eindrapport van *Ouderenzorg Noord*: typ `/lerend rapport`"
        in (answer["text"])
    )
    close = [b for b in buttons(answer["blocks"]) if b["action_id"] == ids.NETWORK_CLOSE]
    assert close and close[0]["value"] == str(network)
    with bot.uow() as uow:
        assert uow.session.scalars(select(Network.status)).one() == "active"  # not yet closed


def test_a_report_per_year_keeps_the_first_year_readable(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = a_whole_year(bot, client, slack)
    submit_goal(client, network, GOAL)
    run_due(bot, SEVENTH_ENDS)
    client.block_action(ids.YEAR_NEXT, f"{network}:1", user="U1", channel="DU1")
    submit_goal(client, network, "Samen de nachtrust verbeteren.")
    submit_plan(client, network, number=1, day="2027-10-05")
    everything = report_data(bot.uow(), network_id=network, now=bot.clock.now())
    first = report_data(bot.uow(), network_id=network, now=bot.clock.now(), year=1)
    assert [(m.year, m.number) for m in everything.meetings][-2:] == [(1, 7), (2, 1)]
    assert [(m.year, m.number) for m in first.meetings] == [(1, n) for n in range(1, 8)]
    assert [(row.year, row.goal, row.committed) for row in first.years] == [(1, GOAL, 6)]
    assert [row.year for row in everything.years] == [1, 2]
    assert first.period_start == datetime(2027, 2, 9, 13, 0, tzinfo=UTC)

    client.slash(text="rapport jaar 3", user="U1")
    assert "kies een jaar van 1 tot en met 2" in slack.calls_to("response_url")[-1].params["text"]
    slack.uploads.clear()
    client.slash(text="rapport jaar 1", user="U1")
    bot.dispatcher.run_once()
    pdf = next(body for name, body in uploaded(slack).items() if name.endswith(".pdf"))
    assert "Ons gezamenlijke doel" in pdf and "Minder onrust" in pdf
    assert "nachtrust" not in pdf  # year 2's goal is not in year 1's report
