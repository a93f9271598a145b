"""The meeting messages, modals and DMs stay within Slack's limits with the longest names, the
fullest network and every remark filled in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.blocks import checkins as checkin_blocks
from bot.blocks import ids
from bot.blocks import meetings as blocks
from bot.blocks.home import home_view
from bot.blocks.network import status_blocks
from bot.domain.checkins import REMARK_MAX, RoundResult
from bot.domain.meetings import LOCATION_MAX, SlotState
from bot.services.checkins import CheckinAsk, CheckinReport
from bot.services.meeting_overview import (
    AttendanceCounts,
    MeetingOverview,
    NextMeeting,
    OrganisationAttendance,
    SlotRow,
)
from bot.services.meeting_schedule import Note
from bot.services.meetings import (
    CoordinatorNote,
    MeetingView,
    OnlinePrompt,
    PlanDraft,
    PlanOutcome,
    PlanResult,
    Reminder,
)
from bot.services.views import HomeCard, HomeOverview, NetworkRef, NetworkSummary
from fakeslack.limits import check_message, check_view

START = datetime(2027, 3, 28, 8, tzinfo=UTC)
NETWORK = NetworkRef(1, "N" * 80, "C1", "active")
LONG = "Zorgorganisatie " + "x" * 64


def meeting(cancelled: bool = False) -> MeetingView:
    organisations = tuple(
        OrganisationAttendance(
            LONG,
            in_person=tuple(f"UA{i}{j:03d}" for j in range(20)),
            online=tuple(f"UB{i}{j:03d}" for j in range(10)),
            absent=tuple(f"UC{i}{j:03d}" for j in range(5)),
            unanswered=tuple(f"UD{i}{j:03d}" for j in range(5)),
        )
        for i in range(10)
    )
    groups = (*organisations, OrganisationAttendance(None, in_person=("U1",)))
    return MeetingView(
        id=1,
        team_id="T0001",
        network=NETWORK,
        number=7,
        starts_at=START,
        ends_at=START + timedelta(hours=12),
        location="L" * LOCATION_MAX,
        theme_id=1,
        theme="T" * 80,
        facilitator="UF1",
        cancelled=cancelled,
        revision=3,
        attendance=groups,
        channel_id="C1",
        message_ts="1.2",
    )


def overview() -> MeetingOverview:
    slots = tuple(
        SlotRow(n, SlotState.PLANNED, START + timedelta(days=n), "T" * 80) for n in range(1, 8)
    )
    counts = AttendanceCounts(200, 100, 50, 50)
    return MeetingOverview(
        slots=slots,
        next_meeting=NextMeeting(1, counts),
        missing_facilitators=(1, 4, 7),
        unrepresented=tuple(LONG for _ in range(10)),
        evaluation_pending=True,
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("cancelled", [False, True])
def test_the_announcement_fits(lang: str, cancelled: bool) -> None:
    message = blocks.announcement(lang, "Europe/Amsterdam", meeting(cancelled))
    assert check_message(message) == []
    assert (
        check_message({"text": blocks.change_reply(lang, "Europe/Amsterdam", meeting(), "moved")})
        == []
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_modals_fit(lang: str) -> None:
    themes = ((1, "T" * 80), (2, "U" * 80))
    draft = PlanDraft(NETWORK, 7, themes, meeting())
    modal = blocks.plan_modal(lang, "Pacific/Auckland", draft)
    assert check_view(modal, expected_type="modal") == []
    duration = next(b for b in modal["blocks"] if b.get("block_id") == ids.MEETING_DURATION)
    assert duration["element"]["initial_value"] == "12"  # not 1.2E+1
    result = PlanResult(meeting(), PlanOutcome.PLANNED, (2, 3, 4))
    assert (
        check_view(blocks.planned_modal(lang, "Europe/Amsterdam", result), expected_type="modal")
        == []
    )
    prompt = OnlinePrompt(meeting(), "r" * 200)
    assert check_view(blocks.online_modal(lang, prompt), expected_type="modal") == []
    ask = CheckinAsk(1, NETWORK, 7, 5, "r" * REMARK_MAX)
    assert check_view(checkin_blocks.checkin_modal(lang, ask), expected_type="modal") == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_direct_messages_fit(lang: str) -> None:
    tz = "Europe/Amsterdam"
    for answered in (False, True):
        assert (
            check_message(blocks.reminder_dm(lang, tz, Reminder(meeting(), answered, False))) == []
        )
    notes = [
        CoordinatorNote(meeting(), Note.UNREPRESENTED, tuple(LONG for _ in range(10))),
        CoordinatorNote(
            MeetingView(**{**meeting().__dict__, "number": 1}), Note.FOLLOW_UP, (), (2, 3, 4)
        ),
        CoordinatorNote(MeetingView(**{**meeting().__dict__, "number": 3}), Note.FOLLOW_UP),
    ]
    for note in notes:
        assert check_message(blocks.coordinator_note_dm(lang, tz, note)) == []
    assert check_message(blocks.cancelled_dm(lang, tz, meeting(cancelled=True))) == []
    assert check_message(checkin_blocks.ask_dm(lang, CheckinAsk(1, NETWORK, None))) == []
    rounds = tuple(
        RoundResult(f"meeting:{n}", n, START, 60, 60, (12,) * 5, ("r" * REMARK_MAX,) * 60)
        for n in range(1, 20)
    )
    report = CheckinReport(NETWORK, rounds[-1], rounds)
    assert check_message(checkin_blocks.summary_dm(lang, tz, report)) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_status_and_home_fit(lang: str) -> None:
    summary = NetworkSummary(
        network=NETWORK,
        description="d" * 500,
        themes=("t" * 80,),
        building_blocks=(),
        organisations=(),
        coordinators=("U1",),
        without_organisation=(),
        organisations_needed=0,
        places_left=0,
        meetings_held=0,
        next_meeting=None,
        viewer_is_coordinator=True,
        meetings=overview(),
    )
    assert check_message({"blocks": status_blocks(lang, "Europe/Amsterdam", summary)}) == []
    card = HomeCard(NETWORK, ("coordinator",), None, None, 0, True, 2, 3, meetings=overview())
    view = home_view(lang, "Europe/Amsterdam", HomeOverview(mine=(card,) * 15))
    assert check_view(view, expected_type="home") == []
    marker = "Bijeenkomsten:" if lang == "nl" else "Meetings:"
    assert sum(marker in str(block) for block in view["blocks"]) == 15  # none cut off
