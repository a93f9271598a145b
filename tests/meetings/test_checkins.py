"""Check-ins (hoe zit iedereen erin?): a round a week after each meeting or on demand, the modal,
and the coordinators' anonymous summary with the trend over the year."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.clock import FixedClock
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import Checkin
from tests.flows import seed_network, texts
from tests.meetings.flows import buttons, dms_to, jobs, meeting_id, plan, run_due

S = SlackRequestClient
MEETING_END = datetime(2027, 2, 9, 16, 0, tzinfo=UTC)


def asks_to(slack: FakeSlack, user: str) -> list[dict]:
    return [c.params for c in dms_to(slack, user) if "check-in over" in c.params["text"]]


def summaries(slack: FakeSlack, user: str = "U1") -> list[str]:
    return [
        texts(c.params["blocks"]) for c in dms_to(slack, user) if "Check-in " in c.params["text"]
    ]


def answer(
    client: SlackRequestClient, checkin_id: int, user: str, score: int | None, remark: str = ""
) -> Response:
    state = {
        ids.CHECKIN_SCORE: {ids.VALUE: S.static_select_value(str(score) if score else None)},
        ids.CHECKIN_REMARK: {ids.VALUE: S.text_value(remark)},
    }
    metadata = json.dumps({"checkin": checkin_id})
    return client.view_submission(ids.CHECKIN_MODAL, state, user=user, private_metadata=metadata)


def checkin_ids(bot: LnBot) -> dict[tuple[str, str], int]:
    with bot.uow() as uow:
        rows = uow.session.scalars(select(Checkin)).all()
        return {(row.round_key, row.slack_user_id): row.id for row in rows}


def test_a_week_after_a_meeting_everyone_is_asked_and_the_coordinator_hears(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=4)
    plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    run_due(bot, MEETING_END + timedelta(days=7) - timedelta(minutes=1))
    assert asks_to(slack, "UM01") == []
    run_due(bot, MEETING_END + timedelta(days=7))
    ask = asks_to(slack, "UM01")[0]
    assert "Hoe zit je erin?" in ask["text"] and "na bijeenkomst 1" in ask["text"]
    assert asks_to(slack, "U1") == []  # the coordinator takes part without an organisation
    button = buttons(ask["blocks"])[0]
    assert button["action_id"] == ids.CHECKIN_OPEN
    client.block_action(ids.CHECKIN_OPEN, button["value"], user="UM01", channel="DUM01")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.CHECKIN_MODAL and "anoniem" in texts(modal["blocks"])

    round_ids = {user: id_ for (_, user), id_ in checkin_ids(bot).items()}
    missing = answer(client, round_ids["UM01"], "UM01", None)
    assert missing.json["errors"] == {ids.CHECKIN_SCORE: "Kies een cijfer van 1 tot 5."}
    assert "Dank je" in texts(
        answer(client, round_ids["UM01"], "UM01", 4, "Veel geleerd").json["view"]["blocks"]
    )
    stolen = answer(client, round_ids["UM02"], "UM01", 1)  # someone else's check-in
    assert "bestaat niet meer" in texts(stolen.json["view"]["blocks"])
    answer(client, round_ids["UM02"], "UM02", 2)
    answer(client, round_ids["UM03"], "UM03", 5, "Fijne groep")
    answer(client, round_ids["UM03"], "UM03", 3, "Fijne groep")  # changed: the last counts

    run_due(bot, MEETING_END + timedelta(days=11))
    summary = summaries(slack)[0]
    assert "*3* van de 4 deelnemers antwoordden." in summary
    assert "Gemiddeld *3,0*" in summary and "1: 0 · 2: 1 · 3: 1 · 4: 1 · 5: 0" in summary
    assert "“Fijne groep”" in summary and "“Veel geleerd”" in summary
    assert "UM0" not in summary  # no names
    assert "• na bijeenkomst 1: 3,0" in summary
    assert summaries(slack, "UM01") == []
    assert jobs(bot, f"meeting:{first}:checkin:summary")  # anchored to the meeting


def test_below_three_answers_the_summary_shows_nothing_but_the_count(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, clock: FixedClock
) -> None:
    seed_network(bot, organisations=3)
    client.slash(text="checkin", user="U1")
    assert "naar 3 deelnemers." in slack.wait_for("response_url")[0].params["text"]
    bot.dispatcher.run_once()
    round_ids = {user: id_ for (_, user), id_ in checkin_ids(bot).items()}
    answer(client, round_ids["UM01"], "UM01", 1, "Ik word niet gehoord")
    answer(client, round_ids["UM02"], "UM02", 5)
    run_due(bot, clock.now() + timedelta(days=4))
    summary = summaries(slack)[0]
    assert "*2* van de 3 deelnemers antwoordden." in summary and "te weinig" in summary
    assert "Ik word niet gehoord" not in summary and "Gemiddeld" not in summary


def test_the_trend_follows_the_rounds_of_the_year(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, clock: FixedClock
) -> None:
    network = seed_network(bot, organisations=3)
    plan(client, slack, network.id)
    run_due(bot, MEETING_END + timedelta(days=7))
    for user, score in (("UM01", 2), ("UM02", 3), ("UM03", 3)):
        answer(client, checkin_ids(bot)[("meeting:1", user)], user, score)
    run_due(bot, MEETING_END + timedelta(days=20))
    client.slash(text="checkin", user="U1")
    bot.dispatcher.run_once()
    manual = next(key for key, _ in checkin_ids(bot) if key.startswith("manual:"))
    for user, score in (("UM01", 4), ("UM02", 5), ("UM03", 4)):
        answer(client, checkin_ids(bot)[(manual, user)], user, score)
    run_due(bot, clock.now() + timedelta(days=4))
    summary = summaries(slack)[-1]
    assert "Gemiddeld *4,3*" in summary
    assert "• na bijeenkomst 1: 2,7\\n• check-in van maandag 1 maart 2027: 4,3" in summary


def test_coordinators_set_the_pulse(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    key = f"meeting:{first}:checkin"
    client.slash(text="checkin na 3", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url")[0].params["text"]
    client.slash(text="checkin", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url", count=2)[1].params["text"]
    client.slash(text="checkin na 3", user="U1")
    assert (
        "3 dagen na elke bijeenkomst" in slack.wait_for("response_url", count=3)[2].params["text"]
    )
    assert jobs(bot)[key].run_at == MEETING_END + timedelta(days=3)
    client.slash(text="checkin uit", user="U1")
    assert "geen check-ins meer" in slack.wait_for("response_url", count=4)[3].params["text"]
    assert jobs(bot)[key].state == "cancelled"
    client.slash(text="checkin na 90", user="U1")
    assert "van 0 tot en met 60" in slack.wait_for("response_url", count=5)[4].params["text"]
    client.slash(text="checkin soms", user="U1")
    assert "Gebruik:" in slack.wait_for("response_url", count=6)[5].params["text"]
    client.slash(text="checkin na 7", user="U1")
    assert jobs(bot)[key].state == "pending"
