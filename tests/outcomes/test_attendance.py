"""Attendance is taken, not assumed (issue 14, item 4): when a meeting ends, whoever takes
attendance gets one modal pre-filled from the RSVPs, every member is asked *was je erbij?*, and
a confirmation settles a disagreement. The prompts come once, survive a restart and follow a
moved or cancelled meeting."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.app import LnBot
from bot.blocks import ids
from bot.services import attendance
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from tests.flows import seed_network, speaks_english
from tests.meetings.flows import buttons, meeting_id, plan, rsvp, submit_plan
from tests.outcomes.flows import MEETING_ENDS, attendance_state, records, rsvped
from tests.programme.flows import at, dm_with, ephemeral, jobs_like, texts


def test_attendance_is_taken_after_the_meeting_and_the_taker_settles_disagreements(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    post = plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")
    rsvped(bot, first, "UM02", "online")
    key = f"meeting:{first}:attendance"
    assert jobs_like(bot, key)[key].run_at == MEETING_ENDS

    at(MEETING_ENDS - timedelta(minutes=1), bot)
    assert not dm_with(slack, "U1", "Aanwezigheid bevestigen")
    at(MEETING_ENDS, bot)
    (prompt,) = dm_with(slack, "U1", "Aanwezigheid bevestigen")  # no facilitator: coordinator
    for user in ("U1", "UM01", "UM02", "UM03"):
        assert len(dm_with(slack, user, "Was je bij")) == 1
    bot.dispatcher.run_once()  # a restart: nothing twice
    assert len(dm_with(slack, "U1", "Aanwezigheid bevestigen")) == 1
    assert len(dm_with(slack, "UM03", "Was je bij")) == 1

    # A member says they were there; another member cannot take attendance.
    (ask,) = dm_with(slack, "UM03", "Was je bij")
    own = {b["action_id"]: b["value"] for b in buttons(ask.params["blocks"])}
    client.block_action(
        ids.ATTENDANCE_SELF_IN_PERSON,
        own[ids.ATTENDANCE_SELF_IN_PERSON],
        user="UM03",
        channel="DUM03",
    )
    assert ephemeral(slack)[-1]["text"] == (
        "Genoteerd: je was ter plaatse bij bijeenkomst 1 van *Ouderenzorg Noord*."
    )
    client.block_action(ids.ATTENDANCE_OPEN, str(first), user="UM02", channel="DUM02")
    assert "Alleen de gespreksleider" in ephemeral(slack)[-1]["text"]
    assert records(bot) == {"UM03": ("in_person", None)}

    # The coordinator's modal: one checkbox group per organisation, ticked from the RSVPs.
    (open_button,) = [
        b for b in buttons(prompt.params["blocks"]) if b["action_id"] == ids.ATTENDANCE_OPEN
    ]
    client.block_action(ids.ATTENDANCE_OPEN, open_button["value"], user="U1", channel="DU1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.ATTENDANCE_MODAL
    groups = [b for b in modal["blocks"] if b.get("block_id", "").startswith(ids.ATTENDANCE_GROUP)]
    labels = [g["label"]["text"] for g in groups]
    assert labels == ["Zorggroep 1", "Zorggroep 2", "Zorggroep 3", "Zonder organisatie"]
    ticked = {o["value"] for g in groups for o in g["element"].get("initial_options", [])}
    assert ticked == {"UM01", "UM02", "UM03"}  # RSVPs, and UM03's own word
    online = next(b for b in modal["blocks"] if b.get("block_id") == ids.ATTENDANCE_ONLINE)
    assert online["element"]["initial_users"] == ["UM02"]

    # UM03 was not there after all: the coordinator's confirmation counts.
    done = client.view_submission(
        ids.ATTENDANCE_MODAL,
        attendance_state({0: ["UM01"], 1: ["UM02"]}, online=["UM02"]),
        user="U1",
        private_metadata=modal["private_metadata"],
    )
    result = texts(done.json["view"])
    assert "Bij bijeenkomst 1 waren 2 deelnemers, van wie 1 online." in result
    assert "Niemand was er van: Zorggroep 3." in result
    assert "<@UM03>" in result  # said otherwise
    present = attendance.attended(bot.uow(), first)
    assert present.present == {"UM01": "in_person", "UM02": "online"}
    assert present.taken
    assert {user for users in present.by_organisation.values() for user in users} == {
        "UM01",
        "UM02",
    }
    assert records(bot)["UM03"] == ("in_person", "absent")
    client.block_action(ids.ATTENDANCE_SELF_ONLINE, str(first), user="UM03", channel="DUM03")
    assert "al bevestigd, en dat telt" in ephemeral(slack)[-1]["text"]

    # The organisation nobody came from hears it once, through its contact person.
    at(MEETING_ENDS + timedelta(minutes=30), bot)
    (missed,) = dm_with(slack, "UM03", "was niemand van Zorggroep 3")
    assert "lees je terug in <#C1>" in missed.params["text"]
    assert not dm_with(slack, "UM01", "was niemand van")
    bot.dispatcher.run_once()
    assert len(dm_with(slack, "UM03", "was niemand van")) == 1


def test_the_prompts_follow_a_moved_meeting_and_a_cancelled_one_sends_none(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    speaks_english(bot, "UM02")
    plan(client, slack, network.id, facilitator="UM01")
    first = meeting_id(bot, 1)
    submit_plan(client, network.id, day="2027-02-16", facilitator="UM01")  # a week later
    key = f"meeting:{first}:attendance"
    assert jobs_like(bot, key)[key].run_at == MEETING_ENDS + timedelta(days=7)
    at(MEETING_ENDS, bot)
    assert not dm_with(slack, "UM01", "Aanwezigheid bevestigen")
    at(MEETING_ENDS + timedelta(days=7), bot)
    assert dm_with(slack, "UM01", "Aanwezigheid bevestigen")  # the facilitator takes it
    assert not dm_with(slack, "U1", "Aanwezigheid bevestigen")
    (ask,) = dm_with(slack, "UM02", "Were you at meeting 1")
    assert "Yes, in person" in texts(ask.params["blocks"])

    submit_plan(client, network.id, number=2, day="2027-03-09")
    client.slash(text="plan annuleer 2", user="U1")
    at(MEETING_ENDS + timedelta(days=28, hours=1), bot)
    assert not dm_with(slack, "UM01", "bijeenkomst 2 van")


def test_the_command_opens_the_form_for_the_last_meeting_and_refuses_what_is_not_there(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    client.slash(text="aanwezigheid", user="U1")
    assert ephemeral(slack)[-1]["text"] == "Er is nog geen bijeenkomst geweest."
    plan(client, slack, network.id)
    client.slash(text="aanwezigheid 1", user="U1")
    assert ephemeral(slack)[-1]["text"] == "Deze bijeenkomst is nog niet begonnen."
    at(MEETING_ENDS, bot)
    client.slash(text="aanwezigheid", user="U1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.ATTENDANCE_MODAL
    client.slash(text="aanwezigheid 1", user="UM01")
    assert "Alleen de gespreksleider" in ephemeral(slack)[-1]["text"]


def test_a_forged_form_from_someone_who_does_not_take_attendance_changes_nothing(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    seed_network(bot, organisations=1, channel="C2", coordinator="UA01", name="A", members="UN")
    plan(client, slack, network.id)
    at(MEETING_ENDS, bot)
    metadata = json.dumps({"meeting": meeting_id(bot, 1)})
    for user in ("UM02", "UN01", "UA01"):  # a member; another network's member and coordinator
        response = client.view_submission(
            ids.ATTENDANCE_MODAL,
            attendance_state({0: ["UM01", "UM02"]}, online=[]),
            user=user,
            private_metadata=metadata,
        )
        assert "Alleen de gespreksleider" in texts(response.json), user
        assert records(bot) == {}
