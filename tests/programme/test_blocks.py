"""The new messages, modals and App Home stay within Slack's limits with the longest names, the
fullest idea boxes, an event open to many networks and a programme of many networks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.blocks import events as event_blocks
from bot.blocks import ideas as idea_blocks
from bot.blocks import meetings as meeting_blocks
from bot.blocks import participation as participation_blocks
from bot.blocks import tiles as tile_blocks
from bot.blocks.home import home_view
from bot.blocks.network import join_modal
from bot.blocks.programme import overview_blocks
from bot.domain.ideas import IDEA_MAX, IdeaBox, IdeaGroup, IdeaRow
from bot.domain.meetings import EVENT_TITLE_MAX, LOCATION_MAX
from bot.domain.programme import Phase, page_of
from bot.domain.tiles import TILE_MAX
from bot.services.events import EventDraft
from bot.services.ideas import DroppedIdea, IdeaPrompt, TakenUp
from bot.services.meeting_overview import OrganisationAttendance
from bot.services.meetings import Announcement, MeetingView, PlanOutcome, PlanResult, Reminder
from bot.services.participation import StatementChoice
from bot.services.programme import NetworkLine, ProgrammeOverview
from bot.services.tiles import Opened, RoundView, TileAsk
from bot.services.views import HomeCard, HomeOverview, JoinForm, NetworkRef
from fakeslack.limits import check_message, check_view

START = datetime(2027, 3, 28, 8, tzinfo=UTC)
NETWORK = NetworkRef(1, "N" * 80, "C1", "active")
LONG = "Zorgorganisatie " + "x" * 64
TZ = "Europe/Amsterdam"


def event(open_to_many: bool = True, cancelled: bool = False) -> MeetingView:
    groups = tuple(
        OrganisationAttendance(f"{LONG}{i}", in_person=tuple(f"U{i}{j:03d}" for j in range(30)))
        for i in range(90)
    )
    others = tuple(Announcement(n, f"C{n}", None) for n in range(2, 40)) if open_to_many else ()
    return MeetingView(
        id=9,
        team_id="T0001",
        network=NETWORK,
        number=None,
        starts_at=START,
        ends_at=START + timedelta(hours=12),
        location="L" * LOCATION_MAX,
        theme_id=None,
        theme=None,
        facilitator=None,
        cancelled=cancelled,
        revision=2,
        attendance=groups,
        channel_id="C1",
        message_ts="1.2",
        kind="event",
        title="T" * EVENT_TITLE_MAX,
        event_type="study_afternoon",
        others=others,
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("cancelled", [False, True])
def test_an_event_for_many_networks_fits(lang: str, cancelled: bool) -> None:
    occasion = event(cancelled=cancelled)
    message = meeting_blocks.announcement(lang, TZ, occasion)
    assert check_message(message) == []
    assert len(message["blocks"]) <= 50
    for change in ("moved", "replanned", "cancelled"):
        assert (
            check_message({"text": meeting_blocks.change_reply(lang, TZ, occasion, change)}) == []
        )
    assert (
        check_message(meeting_blocks.reminder_dm(lang, TZ, Reminder(occasion, False, False))) == []
    )
    assert check_message(meeting_blocks.cancelled_dm(lang, TZ, occasion)) == []
    result = PlanResult(occasion, PlanOutcome.MOVED)
    assert check_view(meeting_blocks.planned_modal(lang, TZ, result), expected_type="modal") == []
    for draft in (EventDraft(NETWORK), EventDraft(NETWORK, occasion)):
        modal = event_blocks.event_modal(lang, "Pacific/Auckland", draft)
        assert check_view(modal, expected_type="modal") == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_idea_box_and_the_closing_round_fit(lang: str) -> None:
    meeting = replace(event(open_to_many=False), kind="meeting", number=7, title=None)
    prompt = IdeaPrompt(NETWORK, meeting)
    assert check_view(idea_blocks.idea_modal(lang, prompt), expected_type="modal") == []
    assert check_message(idea_blocks.offer_dm(lang, meeting)) == []
    assert check_message(idea_blocks.thanks_message(lang, DroppedIdea(1, NETWORK, False))) == []
    taken = TakenUp(NETWORK, "i" * IDEA_MAX, "U1")
    assert check_message({"text": idea_blocks.taken_up_text(lang, taken)}) == []
    tile_round = RoundView(3, NETWORK, meeting, START, False)
    assert check_message({"text": tile_blocks.opened_text(lang, TZ, Opened(tile_round, 60))}) == []
    ask = TileAsk(tile_round, "t" * TILE_MAX)
    assert check_message(tile_blocks.ask_dm(lang, TZ, ask)) == []
    assert check_view(tile_blocks.tile_modal(lang, ask), expected_type="modal") == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_coordinators_home_with_full_idea_boxes_keeps_every_card(lang: str) -> None:
    ideas = tuple(IdeaRow(n, "i" * IDEA_MAX, "U1" if n % 2 else None) for n in range(6))
    box = IdeaBox(1, (IdeaGroup(3, START, ideas[:3]), IdeaGroup(None, None, ideas[3:])), 40)
    card = HomeCard(NETWORK, ("coordinator",), None, None, 0, True, 2, 3, ideas=box)
    view = home_view(lang, TZ, HomeOverview(mine=(card,) * 15))
    assert check_view(view, expected_type="home") == []
    assert (
        sum(str(NETWORK.id) in str(b) and "network_status_open" in str(b) for b in view["blocks"])
        == 15
    )
    one = home_view(lang, TZ, HomeOverview(mine=(card,)))
    assert check_view(one, expected_type="home") == []
    assert "idea_take_up" in str(one["blocks"])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_programme_overview_and_the_pickers_fit(lang: str) -> None:
    lines = tuple(
        NetworkLine(NETWORK, phase, 7, 10, 0.8765, 999, 999, 9999, True)
        for phase in (*Phase, *Phase, Phase.RUNNING, Phase.FOUNDING)
    )
    overview = ProgrammeOverview(
        lines, page_of(250, 3), 250, 200, tuple(f"U{n}" for n in range(40))
    )
    blocks = overview_blocks(lang, overview)
    assert check_message({"text": "x", "blocks": blocks}) == []
    choice = StatementChoice(NETWORK, None, tuple((n, f"{LONG}{n}") for n in range(120)))
    modal = participation_blocks.picker_modal(lang, choice)
    assert check_view(modal, expected_type="modal") == []
    form = JoinForm(NETWORK, ((1, LONG),), None, False, 0, True, experience_expert=True)
    assert check_view(join_modal(lang, form), expected_type="modal") == []
