"""The year of seven meetings: durations, order, overlap, reminders across DST, holidays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.meetings import (
    Attendance,
    MeetingPlan,
    Offset,
    Slot,
    SlotState,
    missing_facilitators,
    on_holiday,
    parse_offsets,
    reminder_at,
    unrepresented,
    validate_plan,
    year_plan,
)

NOW = datetime(2027, 1, 12, 9, tzinfo=UTC)
HOURS = timedelta(hours=1)


def plan(number: int, days: int, hours: float = 3) -> MeetingPlan:
    return MeetingPlan(number, NOW + timedelta(days=days), timedelta(hours=hours), "Zwolle")


def slot(number: int, days: int, hours: float = 3, facilitator: str | None = "UF") -> Slot:
    start = NOW + timedelta(days=days)
    return Slot(number, start, start + timedelta(hours=hours), facilitator)


def test_a_good_plan_passes() -> None:
    assert validate_plan(plan(2, 40), [slot(1, 10), slot(3, 70)], NOW) == {}


def test_at_least_two_and_a_half_hours() -> None:
    assert validate_plan(plan(1, 10, hours=2), [], NOW) == {"duration": "meeting.error.too_short"}
    assert validate_plan(plan(1, 10, hours=2.5), [], NOW) == {}


@pytest.mark.parametrize(
    ("candidate", "others", "error"),
    [
        (plan(1, -1), [], "meeting.error.past"),
        (plan(2, 10), [slot(1, 10, hours=4)], "meeting.error.overlap"),
        (plan(2, 5), [slot(1, 10)], "meeting.error.order"),
        (plan(7, 400), [slot(1, 10)], "meeting.error.year"),
    ],
)
def test_refusals(candidate: MeetingPlan, others: list[Slot], error: str) -> None:
    assert validate_plan(candidate, others, NOW)["date"] == error


def test_only_numbers_one_to_seven() -> None:
    assert validate_plan(plan(8, 10), [], NOW)["number"] == "meeting.error.number"


def test_offsets() -> None:
    assert parse_offsets("7d, 1d,2h") == [Offset(7, "d"), Offset(1, "d"), Offset(2, "h")]
    assert parse_offsets("1d,7d,1d") == [Offset(7, "d"), Offset(1, "d")]
    for bad in ("", "7", "7w", "0d", "90d", "1d,2d,3d,4d,5d,6d", "d7"):
        assert parse_offsets(bad) is None, bad


def test_day_reminders_go_at_nine_local_time_across_dst() -> None:
    # Sunday 28 March 2027 is the last Sunday of March: clocks go forward that night.
    meeting = datetime(2027, 3, 28, 8, 0, tzinfo=UTC)  # 10:00 summer time in Amsterdam
    week_before = reminder_at(meeting, Offset(7, "d"), "Europe/Amsterdam")
    assert week_before == datetime(2027, 3, 21, 8, 0, tzinfo=UTC)  # 09:00 winter time
    day_before = reminder_at(meeting, Offset(1, "d"), "Europe/Amsterdam")
    assert day_before == datetime(2027, 3, 27, 8, 0, tzinfo=UTC)  # 09:00 winter time (+1)
    # Sunday 31 October 2027: clocks go back.
    autumn = datetime(2027, 10, 31, 13, 0, tzinfo=UTC)  # 14:00 winter time
    assert reminder_at(autumn, Offset(1, "d"), "Europe/Amsterdam") == datetime(
        2027, 10, 30, 7, 0, tzinfo=UTC
    )  # 09:00 summer time (+2)
    assert reminder_at(autumn, Offset(2, "h"), "Europe/Amsterdam") == autumn - 2 * HOURS


def test_reminders_follow_the_members_time_zone() -> None:
    meeting = datetime(2027, 3, 28, 8, 0, tzinfo=UTC)
    london = reminder_at(meeting, Offset(1, "d"), "Europe/London")
    assert london == datetime(2027, 3, 27, 9, 0, tzinfo=UTC)


def test_year_plan_and_facilitators() -> None:
    slots = [slot(1, -30, facilitator=None), slot(2, 10), slot(4, 80, facilitator=None)]
    states = [(number, state) for number, state, _ in year_plan(slots, NOW)]
    assert states == [
        (1, SlotState.HELD),
        (2, SlotState.PLANNED),
        (3, SlotState.OPEN),
        (4, SlotState.PLANNED),
        (5, SlotState.OPEN),
        (6, SlotState.OPEN),
        (7, SlotState.OPEN),
    ]
    assert missing_facilitators(slots) == [1, 4]


def test_holiday_status() -> None:
    assert on_holiday("Op vakantie tot 3 mei", "")
    assert on_holiday("", ":palm_tree:")
    assert not on_holiday("In overleg", ":calendar:")


def test_organisations_with_nobody_coming() -> None:
    answers = {
        "Noord": [Attendance.ABSENT, None],
        "Oost": [Attendance.ONLINE],
        "Zuid": [],
        "West": [Attendance.IN_PERSON, Attendance.ABSENT],
    }
    assert unrepresented(answers) == ["Noord", "Zuid"]
