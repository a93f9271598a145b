"""App Home as the coordinator's dashboard and each member's to-do list (issue 13, item 4):
what needs doing next, a line each, with the button that does it; state-aware; pressed as
Slack presses it (a block action from the Home view)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.services import networks, report
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import ColleagueRequest, Meeting, Member, Poll, Rsvp, ScheduledJob
from tests.flows import (
    click_in_home,
    home_buttons,
    open_home,
    seed_network,
    speaks_english,
    texts,
)
from tests.meetings.flows import buttons, meeting_id, plan
from tests.polls.flows import create_poll
from tests.programme.flows import held_meeting

MEETING_1 = datetime(2027, 2, 9, 13, 0, tzinfo=UTC)  # 14:00 in Amsterdam, three hours


def actions_in(blocks: list[dict]) -> set[str]:
    return {b["action_id"] for b in home_buttons(blocks)}


def lines(blocks: list[dict]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def test_a_new_network_asks_its_coordinator_to_plan_and_find_organisations(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    home = open_home(client, slack, "U1")
    shown = lines(home)
    assert "*Voor jou als coördinator*" in shown
    assert ":white_circle: Bijeenkomst 1 staat nog niet gepland." in shown
    assert ":busts_in_silhouette: Nog 4 organisaties nodig om te starten." in shown
    assert not any("(s)" in line for line in shown)  # no slash plurals
    # Pressing *Plannen* opens the plan form for meeting 1, as a new modal over App Home.
    click_in_home(client, home, f"{ids.MEETING_PLAN_OPEN}_1", "U1", f"{network.id}:1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.MEETING_PLAN_MODAL
    assert not slack.calls_to("views.update")


def test_once_meetings_are_planned_the_dashboard_manages_them_and_stops_counting_organisations(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)  # meeting 1, no facilitator yet
    home = open_home(client, slack, "U1")
    body = texts(home)
    assert "organisaties nodig" not in body  # the year has started: the group is what it is
    assert ":spiral_calendar_pad: Bijeenkomst 1 · dinsdag 9 februari 2027, 14:00" in lines(home)
    cancel = next(b for b in home_buttons(home) if b["action_id"] == ids.MEETING_CANCEL)
    assert cancel["text"]["text"] == "Bijeenkomst afzeggen" and cancel["style"] == "danger"
    assert cancel["confirm"]["title"]["text"] == "Bijeenkomst 1 afzeggen?"
    assert cancel["confirm"]["confirm"]["text"] == "Ja, afzeggen"
    assert ":bust_in_silhouette: Bijeenkomst 1 heeft nog geen gespreksleider." in lines(home)
    # *Gespreksleider kiezen* opens the plan form of that meeting (the facilitator is in it).
    click_in_home(client, home, f"{ids.MEETING_PLAN_OPEN}_1", "U1", f"{network.id}:1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.MEETING_PLAN_MODAL
    # *Bijeenkomst afzeggen* (after Slack's confirmation): cancelled, and the page rebuilt.
    published = len(slack.calls_to("views.publish"))
    click_in_home(client, home, ids.MEETING_CANCEL, "U1")
    rebuilt = slack.wait_for("views.publish", count=published + 1)[published].params["view"]
    assert "Bijeenkomst 1 ·" not in texts(rebuilt["blocks"])
    with bot.uow() as uow:
        assert uow.session.scalars(select(Meeting.status)).one() == "cancelled"
    assert not slack.calls_to("response_url")  # no ephemeral from App Home: the page answers


def test_a_member_sees_their_own_next_steps_and_no_coordinator_buttons(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)
    create_poll(client, slack, network.id)
    home = open_home(client, slack, "UM01")
    shown = lines(home)
    assert "*Voor jou als coördinator*" not in shown and "*Jouw volgende stappen*" in shown
    assert ":handshake: Vertel wat je komt brengen en wat je komt halen." in shown
    assert ":calendar: Kom je naar bijeenkomst 1? dinsdag 9 februari 2027, 14:00" in shown
    assert any("Je hebt nog niet gestemd op ‘Waar zullen we" in line for line in shown)
    assert actions_in(home).isdisjoint(ids.COORDINATOR_ONLY | ids.CREATOR_OR_COORDINATOR)
    assert {ids.INTAKE_BUTTON, ids.RSVP_IN_PERSON, ids.RSVP_ONLINE, ids.RSVP_ABSENT} <= (
        actions_in(home)
    )
    # Answering from App Home: stored, and the question leaves the page.
    published = len(slack.calls_to("views.publish"))
    click_in_home(client, home, ids.RSVP_IN_PERSON, "UM01")
    rebuilt = slack.wait_for("views.publish", count=published + 1)[published].params["view"]
    assert "Kom je naar bijeenkomst 1?" not in texts(rebuilt["blocks"])
    with bot.uow() as uow:
        answer = uow.session.scalars(select(Rsvp)).one()
        assert (answer.slack_user_id, answer.attendance) == ("UM01", "in_person")
        assert answer.meeting_id == meeting_id(bot, 1)


def test_polls_are_closed_and_exported_from_app_home_not_from_the_channel(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    post = create_poll(client, slack, network.id)
    in_channel = {b["action_id"] for b in buttons(post.params["blocks"])}
    # Voting, and the "⋯" menu that checks who taps it: closing and the export are not for all.
    assert in_channel == {ids.POLL_VOTE, ids.POLL_MORE}
    home = open_home(client, slack, "U1")
    assert any("Poll ‘Waar zullen we de volgende keer afspreken?’" in line for line in lines(home))
    close = next(b for b in home_buttons(home) if b["action_id"] == ids.POLL_CLOSE)
    assert close["confirm"]["title"]["text"] == "Poll sluiten?"
    assert "Waar zullen we de volgende keer afspreken?" in close["confirm"]["text"]["text"]
    published = len(slack.calls_to("views.publish"))
    click_in_home(client, home, ids.POLL_CLOSE, "U1")
    slack.wait_for("views.publish", count=published + 1)
    with bot.uow() as uow:
        assert uow.session.scalars(select(Poll.closed_by)).one() == "U1"
    assert "Poll ‘Waar zullen we" not in texts(slack.last("views.publish").params["view"])


def test_a_colleague_is_let_in_from_app_home(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    slack.add_user("UZ01")
    with bot.uow() as uow:
        organisation_id = uow.session.scalars(
            select(Member.organisation_id).where(Member.organisation_id.is_not(None))
        ).first()
    networks.join_network(
        bot.uow(),
        network_id=network.id,
        user_id="UZ01",
        existing_organisation_id=organisation_id,
        new_organisation_name=None,
        committed=True,
        now=bot.clock.now(),
    )
    home = open_home(client, slack, "U1")
    assert ":raising_hand: <@UZ01> wil meedoen namens Zorggroep 1." in lines(home)
    click_in_home(client, home, ids.COLLEAGUE_APPROVE, "U1")
    slack.wait_for("views.publish", count=2)
    with bot.uow() as uow:
        assert uow.session.scalars(select(ColleagueRequest.status)).one() == "approved"


def test_after_a_meeting_the_coordinator_starts_the_closing_round_and_a_check_in(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    plan(client, slack, network.id)
    bot.clock.set(datetime(2027, 2, 9, 17, 0, tzinfo=UTC))  # type: ignore[attr-defined]
    home = open_home(client, slack, "U1")
    shown = lines(home)
    assert any("Sluit bijeenkomst 1 af met een tegeltje" in line for line in shown)
    assert any("Hoe zit iedereen erin na bijeenkomst 1?" in line for line in shown)
    checkin = next(b for b in home_buttons(home) if b["action_id"] == ids.CHECKIN_START)
    assert checkin["confirm"]["title"]["text"] == "Check-in starten?"
    click_in_home(client, home, ids.CHECKIN_START, "U1", str(network.id))
    rebuilt = slack.wait_for("views.publish", count=2)[1].params["view"]
    assert "Hoe zit iedereen erin na bijeenkomst 1?" not in texts(rebuilt["blocks"])
    assert "Sluit bijeenkomst 1 af" in texts(rebuilt["blocks"])


def test_the_dashboard_speaks_english_to_who_chose_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=2)
    speaks_english(bot, "U1")
    home = open_home(client, slack, "U1")
    shown = lines(home)
    assert "*For you as coordinator*" in shown
    assert ":white_circle: Meeting 1 is not planned yet." in shown
    assert ":busts_in_silhouette: 4 more organisations needed to start." in shown
    plan_button = next(b for b in home_buttons(home) if b["action_id"].startswith("meeting_plan"))
    assert plan_button["text"]["text"] == "Plan"


def test_the_evaluation_the_report_and_the_statement_are_started_from_app_home(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    for number in range(1, 8):
        held_meeting(bot, network.id, number, days_ago=80 - number * 10)
    home = open_home(client, slack, "U1")
    shown = lines(home)
    assert ":mag: Bijeenkomst 3 is geweest: tijd voor de korte evaluatie." in shown
    assert any("De zeven bijeenkomsten zijn geweest: maak het rapport." in line for line in shown)
    assert "organisaties nodig" not in texts(home)
    # *Deelnameverklaring*: the coordinator picks the organisation in a modal.
    click_in_home(client, home, ids.PARTICIPATION_OPEN, "U1", str(network.id))
    picker = slack.wait_for("views.open")[0].params["view"]
    assert picker["callback_id"] == ids.PARTICIPATION_MODAL
    # *Evaluatie starten*: the poll is made, and the line says it runs.
    click_in_home(client, home, ids.EVALUATION_START, "U1", str(network.id))
    rebuilt = slack.wait_for("views.publish", count=2)[1].params["view"]["blocks"]
    assert ":mag: De evaluatie loopt." in texts(rebuilt)
    with bot.uow() as uow:
        assert uow.session.scalars(select(Poll.kind)).all() == ["evaluation"]
    # *Rapport maken*: as `/lerend rapport`, the report is made for the coordinator.
    click_in_home(client, rebuilt, ids.REPORT_START, "U1", str(network.id))
    slack.wait_for("views.publish", count=3)
    with bot.uow() as uow:
        kinds = uow.session.scalars(select(ScheduledJob.kind)).all()
    assert report.BUILD_JOB in kinds, kinds
