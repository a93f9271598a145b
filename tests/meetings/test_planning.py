"""Planning, moving and cancelling meetings end to end: signed requests in, assertions on the
Slack calls, the meetings and the rows of the durable schedule."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import AuditEntry, Meeting
from tests.flows import seed_network, speaks_english, texts
from tests.meetings.flows import (
    announcements,
    buttons,
    dms_to,
    jobs,
    make_coordinator,
    meeting_id,
    plan,
    shown,
    submit_plan,
    thread_replies,
)

FEB_9_14H = datetime(2027, 2, 9, 13, 0, tzinfo=UTC)  # 14:00 in Amsterdam (winter time)


def test_the_plan_modal_opens_for_the_first_open_meeting(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    client.slash(text="plan", user="U1")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == ids.MEETING_PLAN_MODAL
    assert json.loads(view["private_metadata"]) == {"network": network.id}
    elements = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert elements[ids.MEETING_NUMBER]["initial_option"]["value"] == "1"
    assert elements[ids.MEETING_DURATION]["type"] == "number_input"
    assert elements[ids.MEETING_DURATION]["is_decimal_allowed"] is True
    assert elements[ids.MEETING_FACILITATOR]["type"] == "users_select"
    assert [o["text"]["text"] for o in elements[ids.MEETING_THEME]["options"]] == ["Dementie"]
    assert "Europe/Amsterdam" in texts(view["blocks"])
    plan(client, slack, network.id)
    client.slash(text="bijeenkomst", user="U1")
    second = slack.wait_for("views.open", count=2)[1].params["view"]
    number = next(b for b in second["blocks"] if b.get("block_id") == ids.MEETING_NUMBER)
    assert number["element"]["initial_option"]["value"] == "2"


def test_only_coordinators_plan_and_never_more_than_seven(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    client.slash(text="plan", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url")[0].params["text"]
    client.slash(text="plan 8", user="U1")
    assert "7 bijeenkomsten" in slack.wait_for("response_url", count=2)[1].params["text"]
    assert not slack.calls_to("views.open")
    refused = submit_plan(client, network.id, user="UM01")
    assert "Alleen een coördinator" in texts(refused.json["view"]["blocks"])
    forged = submit_plan(client, network.id, number=8)
    assert forged.json["errors"][ids.MEETING_NUMBER].startswith("Een netwerkjaar heeft 7")
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_planning_announces_the_meeting_and_schedules_its_work(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    response = submit_plan(client, network.id, facilitator="UM01")
    confirmation = response.json["view"]
    assert "staat gepland op dinsdag 9 februari 2027, 14:00" in texts(confirmation["blocks"])
    # After meeting 1 the group plans the next three: the confirmation offers them at once.
    offered = [b["value"] for b in buttons(confirmation["blocks"])]
    assert offered == [f"{network.id}:2", f"{network.id}:3", f"{network.id}:4"]
    post = announcements(slack)[0]
    body = texts(post.params["blocks"])
    assert "Bijeenkomst 1: Dementie" in body and "Zwolle, De Kamer 1" in body
    assert "dinsdag 9 februari 2027, 14:00" in body and "17:00" in body  # text, no date token
    assert "(3 uur)" in body and "Gespreksleider: <@UM01>" in body
    assert "*Zorggroep 1*: nog geen antwoord: 1" in body
    labels = [b["text"]["text"] for b in buttons(post.params["blocks"])]
    # What every member may do; afzeggen and the closing round live in the coordinator's App Home
    assert labels == ["Aanwezig", "Online", "Afwezig", "Agenda (.ics)", "Idee voor de ideeënbus"]
    scheduled = jobs(bot)
    first = meeting_id(bot, 1)
    reminder = scheduled[f"meeting:{first}:reminder:7d:member:UM01"]
    assert reminder.run_at == datetime(2027, 2, 2, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
    assert (reminder.anchor_type, reminder.anchor_id) == ("meeting", first)
    assert scheduled[f"meeting:{first}:reminder:1d:member:U1"].run_at == datetime(
        2027, 2, 8, 8, 0, tzinfo=UTC
    )
    assert scheduled[f"meeting:{first}:unrepresented"].run_at == FEB_9_14H - timedelta(days=3)
    assert scheduled[f"meeting:{first}:follow_up"].run_at == FEB_9_14H + timedelta(hours=3)
    assert scheduled[f"meeting:{first}:checkin"].run_at == FEB_9_14H + timedelta(days=7, hours=3)
    # Right after the meeting the idea box is offered to every member.
    assert scheduled[f"meeting:{first}:idea_box"].run_at == FEB_9_14H + timedelta(hours=3)
    assert all(j.anchor_id == first and j.state == "pending" for j in scheduled.values())


def test_refusals_are_field_errors_that_explain(bot: LnBot, client: SlackRequestClient) -> None:
    network = seed_network(bot)
    short = submit_plan(client, network.id, hours="2")
    assert short.json["response_action"] == "errors"
    assert short.json["errors"] == {
        ids.MEETING_DURATION: "Een bijeenkomst duurt minstens 2,5 uur. Dan is er tijd voor de "
        "inhoud én om elkaar echt te spreken."
    }
    make_coordinator(bot, network.id, "U3")
    speaks_english(bot, "U3")
    english = submit_plan(client, network.id, user="U3", hours="2")
    assert "at least 2.5 hours" in english.json["errors"][ids.MEETING_DURATION]
    assert "errors" not in submit_plan(client, network.id, hours="2,5").json
    overlap = submit_plan(client, network.id, number=2, start="16:00")
    assert "al een andere bijeenkomst" in overlap.json["errors"][ids.MEETING_DATE]
    order = submit_plan(client, network.id, number=2, day="2027-02-01")
    assert "ná de vorige" in order.json["errors"][ids.MEETING_DATE]
    year = submit_plan(client, network.id, number=7, day="2028-03-01")
    assert "binnen één jaar" in year.json["errors"][ids.MEETING_DATE]
    past = submit_plan(client, network.id, number=2, day="2027-01-11")
    assert "al voorbij" in past.json["errors"][ids.MEETING_DATE]
    for nonsense in ("drie", "1e20", "0"):
        refused = submit_plan(client, network.id, number=2, hours=nonsense)
        assert "bijvoorbeeld 3 of 2,5" in refused.json["errors"][ids.MEETING_DURATION]
    too_long = submit_plan(client, network.id, number=2, hours="13")
    assert "hoogstens 12 uur" in too_long.json["errors"][ids.MEETING_DURATION]
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Meeting)) == 1


def test_moving_a_meeting_moves_its_work_and_tells_the_channel(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    post = plan(client, slack, network.id, number=2, day="2027-03-09")
    first = meeting_id(bot, 2)
    before = jobs(bot)
    client.slash(text="plan 2", user="U1")
    view = slack.wait_for("views.open")[0].params["view"]
    elements = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert elements[ids.MEETING_DATE]["initial_date"] == "2027-03-09"
    assert elements[ids.MEETING_TIME]["initial_time"] == "14:00"
    assert elements[ids.MEETING_DURATION]["initial_value"] == "3"
    assert "staat al gepland" in texts(view["blocks"])

    moved = submit_plan(client, network.id, number=2, day="2027-03-16", hours="2.5")
    assert "is verplaatst naar dinsdag 16 maart 2027" in texts(moved.json["view"]["blocks"])
    after = jobs(bot)
    assert after.keys() == before.keys()  # the same rows, moved
    key = f"meeting:{first}:reminder:7d:member:UM01"
    assert after[key].run_at - before[key].run_at == timedelta(days=7)
    assert after[key].id == before[key].id and after[key].state == "pending"
    assert len(announcements(slack)) == 1
    assert "(2,5 uur)" in texts(shown(slack, post)["blocks"])
    assert "is verplaatst naar" in thread_replies(slack, post)[0]
    with bot.uow() as uow:
        meeting = uow.session.get(Meeting, first)
        assert meeting.revision == 1
        assert meeting.ends_at - meeting.starts_at == timedelta(hours=2, minutes=30)
        actions = uow.session.scalars(select(AuditEntry.action)).all()
        assert "meeting.planned" in actions and "meeting.moved" in actions


def test_cancelling_cancels_the_work_and_tells_every_member(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    post = plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    value, ts = str(first), post.response["ts"]
    client.block_action(ids.MEETING_CANCEL, value, user="UM01", message_ts=ts)
    assert "Alleen een coördinator" in slack.wait_for("response_url")[0].params["text"]
    assert all(j.state == "pending" for j in jobs(bot).values())

    client.block_action(ids.MEETING_CANCEL, value, user="U1", message_ts=ts)
    receipt = slack.wait_for("response_url", count=2)[1].params["text"]
    assert receipt == "Bijeenkomst 1 is geannuleerd. Ik laat het alle deelnemers weten."
    scheduled = jobs(bot)
    planned_work = [j for k, j in scheduled.items() if ":cancelled:" not in k]
    assert planned_work and all(j.state == "cancelled" for j in planned_work)
    notices = [k for k in scheduled if ":cancelled:" in k]
    assert sorted(notices) == sorted(
        f"meeting:{first}:cancelled:1:member:{user}" for user in ("U1", "UM01", "UM02")
    )
    body = texts(shown(slack, post)["blocks"])
    assert "gaat niet door" in body and ids.RSVP_IN_PERSON not in body
    assert "Uit mijn agenda (.ics)" in body
    assert "gaat niet door" in thread_replies(slack, post)[0]

    bot.dispatcher.run_once()
    notice = next(
        c.params for c in dms_to(slack, "UM01") if "Bijeenkomst 1 van" in c.params["text"]
    )
    assert "Bijeenkomst 1 van Ouderenzorg Noord op dinsdag 9 februari 2027" in notice["text"]
    assert buttons(notice["blocks"])[0]["action_id"] == ids.MEETING_ICS
    assert {c.params["channel"] for c in slack.calls_to("chat.postMessage")} >= {"U1", "UM02"}
    client.block_action(ids.MEETING_CANCEL, value, user="U1", message_ts=ts)
    assert "was al geannuleerd" in slack.wait_for("response_url", count=3)[2].params["text"]


def test_cancel_by_command_and_plan_again(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = plan(client, slack, network.id, number=2, day="2027-03-09")
    client.slash(text="plan annuleer 2", user="U1")
    assert "is geannuleerd" in slack.wait_for("response_url")[0].params["text"]
    client.slash(text="plan annuleer 3", user="U1")
    assert "niet gepland" in slack.wait_for("response_url", count=2)[1].params["text"]
    again = submit_plan(client, network.id, number=2, day="2027-03-23")
    assert "staat weer gepland" in texts(again.json["view"]["blocks"])
    assert len(announcements(slack)) == 1
    assert ids.RSVP_IN_PERSON in texts(shown(slack, post)["blocks"])
    assert "gaat toch door" in thread_replies(slack, post)[-1]
    second = meeting_id(bot, 2)
    scheduled = jobs(bot)
    assert scheduled[f"meeting:{second}:reminder:7d:member:UM01"].state == "pending"
    bot.dispatcher.run_once()  # the cancellation notices are no longer true: none is sent
    assert not [c for c in dms_to(slack, "UM01") if "gaat niet door" in c.params["text"]]


def test_the_plan_buttons_open_the_next_meeting(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    confirmation = submit_plan(client, network.id).json["view"]
    modal = {"id": "V77", "private_metadata": "", "blocks": confirmation["blocks"]}
    client.block_action(f"{ids.MEETING_PLAN_OPEN}_3", f"{network.id}:3", user="U1", view=modal)
    update = slack.wait_for("views.update")[0].params
    assert update["view_id"] == "V77"
    blocks = update["view"]["blocks"]
    number = next(b for b in blocks if b.get("block_id") == ids.MEETING_NUMBER)
    assert number["element"]["initial_option"]["value"] == "3"
    client.block_action(f"{ids.MEETING_PLAN_OPEN}_2", f"{network.id}:2", user="U1")
    assert slack.wait_for("views.open")
