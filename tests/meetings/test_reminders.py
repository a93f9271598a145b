"""Reminders anchored to their meeting: 09:00 in the member's own time zone (across DST), the
preparation ask and the RSVP nudge, the holiday rule, late joiners, a restart, the 3-day check
for organisations with nobody coming, and the coordinator's own offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import LnBot, create_app
from bot.blocks import ids
from bot.clock import FixedClock
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from tests.flows import seed_network, speaks_english, submit_join, texts, wants_yes
from tests.meetings.flows import buttons, dms_to, jobs, meeting_id, plan, rsvp, run_due, shown

WEEK_BEFORE = datetime(2027, 2, 2, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam, 7 days before 9 Feb
DAY_BEFORE = datetime(2027, 2, 8, 8, 0, tzinfo=UTC)


def reminders_to(slack: FakeSlack, user: str) -> list[dict]:
    return [c.params for c in dms_to(slack, user) if "Herinnering" in c.params["text"]]


def test_reminders_come_at_nine_with_the_preparation_ask_and_a_nudge(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    post = plan(client, slack, network.id)
    value = str(meeting_id(bot, 1))  # the buttons in the DM carry the meeting
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")
    run_due(bot, WEEK_BEFORE - timedelta(minutes=1))
    assert reminders_to(slack, "UM01") == []
    run_due(bot, WEEK_BEFORE)
    answered, unanswered = reminders_to(slack, "UM01")[0], reminders_to(slack, "UM02")[0]
    assert answered["text"] == (
        "Herinnering: bijeenkomst 1 van Ouderenzorg Noord is op dinsdag 9 februari "
        "2027, 14:00, Zwolle, De Kamer 1."
    )
    ask = texts(answered["blocks"])
    assert "Hoe staat jouw organisatie er nu voor op het gebied van *Dementie*" in ask
    assert "cijfers om te vergelijken" in ask and "Wat kom je brengen en wat wil je halen" in ask
    assert [b["action_id"] for b in buttons(answered["blocks"])] == [ids.MEETING_ICS]
    nudge = [b["action_id"] for b in buttons(unanswered["blocks"])]
    assert nudge == [ids.RSVP_IN_PERSON, ids.RSVP_ONLINE, ids.RSVP_ABSENT, ids.MEETING_ICS]
    assert "Laat je even weten of je komt?" in texts(unanswered["blocks"])
    # The nudge's button answers from the DM and the channel's announcement follows.
    client.block_action(ids.RSVP_ABSENT, value, user="UM02", channel="DUM02")
    assert "*Zorggroep 2*: afwezig: 1" in texts(shown(slack, post)["blocks"])
    run_due(bot, DAY_BEFORE)
    assert len(reminders_to(slack, "UM02")) == 2
    assert "Laat je even weten" not in texts(reminders_to(slack, "UM02")[1]["blocks"])
    run_due(bot, DAY_BEFORE + timedelta(days=3))
    assert len(reminders_to(slack, "UM01")) == 2


def test_reminders_survive_a_restart_without_repeating(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, clock: FixedClock
) -> None:
    network = seed_network(bot, organisations=1)
    plan(client, slack, network.id)
    bot.close()  # the process stops; the schedule is in the database
    clock.set(WEEK_BEFORE + timedelta(minutes=5))
    for _ in range(2):  # the first restart sends, the second does not send again
        restarted = create_app(bot.settings, clock=clock)
        try:
            restarted.dispatcher.run_once()
        finally:
            restarted.close()
        assert len(reminders_to(slack, "UM01")) == 1


def test_reminders_at_nine_local_time_across_the_dst_changes(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, clock: FixedClock
) -> None:
    network = seed_network(bot, organisations=1)
    slack.add_user("UL", locale="en-GB", tz="Europe/London")
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    submit_join(client, network.id, user="UL", existing=None, new="Care Home London")
    speaks_english(bot, "UL")
    # Sunday 28 March 2027, the last Sunday of March: clocks go forward that night.
    plan(client, slack, network.id, number=1, day="2027-03-28", start="10:00")
    # Sunday 31 October 2027, the last Sunday of October: clocks go back that night.
    plan(client, slack, network.id, number=2, day="2027-10-31", start="14:00")
    spring, autumn = meeting_id(bot, 1), meeting_id(bot, 2)
    scheduled = {key: job.run_at for key, job in jobs(bot).items()}
    assert scheduled[f"meeting:{spring}:reminder:7d:member:UM01"] == datetime(
        2027, 3, 21, 8, 0, tzinfo=UTC
    )  # 09:00 winter time
    assert scheduled[f"meeting:{spring}:reminder:1d:member:UM01"] == datetime(
        2027, 3, 27, 8, 0, tzinfo=UTC
    )  # 09:00 winter time, the day before summer time
    assert scheduled[f"meeting:{spring}:reminder:1d:member:UL"] == datetime(
        2027, 3, 27, 9, 0, tzinfo=UTC
    )  # 09:00 in London (GMT)
    assert scheduled[f"meeting:{autumn}:reminder:1d:member:UM01"] == datetime(
        2027, 10, 30, 7, 0, tzinfo=UTC
    )  # 09:00 summer time, the day before winter time
    assert scheduled[f"meeting:{autumn}:reminder:7d:member:UM01"] == datetime(
        2027, 10, 24, 7, 0, tzinfo=UTC
    )
    assert scheduled[f"meeting:{autumn}:reminder:1d:member:UL"] == datetime(
        2027, 10, 30, 8, 0, tzinfo=UTC
    )  # 09:00 in London (BST)
    run_due(bot, datetime(2027, 3, 27, 7, 59, tzinfo=UTC))
    count = len(reminders_to(slack, "UM01"))
    run_due(bot, datetime(2027, 3, 27, 8, 0, tzinfo=UTC))
    assert len(reminders_to(slack, "UM01")) == count + 1
    assert "zondag 28 maart 2027, 10:00" in reminders_to(slack, "UM01")[-1]["text"]
    run_due(bot, datetime(2027, 10, 30, 7, 0, tzinfo=UTC))
    assert "zondag 31 oktober 2027, 14:00" in reminders_to(slack, "UM01")[-1]["text"]
    run_due(bot, datetime(2027, 10, 30, 8, 0, tzinfo=UTC))
    english = [c.params["text"] for c in dms_to(slack, "UL") if "Reminder" in c.params["text"]]
    assert english[-1].startswith("Reminder: meeting 2 of Ouderenzorg Noord")


def test_someone_on_holiday_is_reminded_once_per_meeting(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    slack.add_user("UM01", status_text="Op vakantie tot 20 februari", status_emoji=":palm_tree:")
    plan(client, slack, network.id)
    run_due(bot, WEEK_BEFORE)
    run_due(bot, DAY_BEFORE)
    assert len(reminders_to(slack, "UM01")) == 1
    assert len(reminders_to(slack, "UM02")) == 2
    first = meeting_id(bot, 1)
    skipped = jobs(bot)[f"meeting:{first}:reminder:1d:member:UM01"]
    assert skipped.state == "done"  # the schedule remembers it was handled


def test_a_member_who_joins_later_gets_the_coming_reminders(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    plan(client, slack, network.id)
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    submit_join(client, network.id, user="U2", existing=None, new="Zorggroep Oost")
    first = meeting_id(bot, 1)
    keys = [k for k in jobs(bot) if k.endswith(":member:U2")]
    assert sorted(keys) == [
        f"meeting:{first}:reminder:1d:member:U2",
        f"meeting:{first}:reminder:7d:member:U2",
    ]
    run_due(bot, WEEK_BEFORE)
    assert len(reminders_to(slack, "U2")) == 1


def test_organisations_with_nobody_coming_are_reported_three_days_before(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    post = plan(client, slack, network.id)
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")
    rsvp(client, post, ids.RSVP_ABSENT, "UM02")
    run_due(bot, datetime(2027, 2, 6, 13, 0, tzinfo=UTC))  # one DM job per coordinator
    notes = [c.params["text"] for c in dms_to(slack, "U1") if "Over 3 dagen" in c.params["text"]]
    assert len(notes) == 1
    assert "nog niemand: Zorggroep 2, Zorggroep 3" in notes[0]
    assert not [c for c in dms_to(slack, "UM01") if "Over 3 dagen" in c.params["text"]]


def test_nobody_is_bothered_when_every_organisation_comes(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = plan(client, slack, network.id)
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")
    run_due(bot, datetime(2027, 2, 6, 13, 0, tzinfo=UTC))
    assert not [c for c in dms_to(slack, "U1") if "Over 3 dagen" in c.params["text"]]


def test_the_coordinator_chooses_when_reminders_go(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    client.slash(text="herinneringen 2d,2h", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url")[0].params["text"]
    client.slash(text="herinneringen elke week", user="U1")
    assert "`7d,1d,2h`" in slack.wait_for("response_url", count=2)[1].params["text"]
    client.slash(text="herinneringen 2d, 2h", user="U1")
    assert (
        "herinnering 2 dagen, 2 uur vóór"
        in slack.wait_for("response_url", count=3)[2].params["text"]
    )
    scheduled = jobs(bot)
    prefix = f"meeting:{first}:reminder"
    assert scheduled[f"{prefix}:7d:member:UM01"].state == "cancelled"
    assert scheduled[f"{prefix}:1d:member:UM01"].state == "cancelled"
    assert scheduled[f"{prefix}:2d:member:UM01"].run_at == datetime(2027, 2, 7, 8, 0, tzinfo=UTC)
    assert scheduled[f"{prefix}:2h:member:UM01"].run_at == datetime(2027, 2, 9, 11, 0, tzinfo=UTC)
    client.slash(text="herinneringen 7d", user="U1")
    assert jobs(bot)[f"{prefix}:7d:member:UM01"].state == "pending"  # re-armed, not duplicated
