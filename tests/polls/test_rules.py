"""The pure rules: poll validation, votes, tally, debounce slots, consent outcome, safe CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.domain.consent import Choice, Outcome, decide, not_voted, validate_reason
from bot.domain.polls import (
    REFRESH_INTERVAL,
    PollForm,
    bar,
    closing_moment,
    follow_up_questions,
    next_choices,
    percent,
    plan_refresh,
    tally,
    validate_poll_form,
)
from bot.export import safe_cell, to_csv

NOW = datetime(2027, 1, 12, 9, 0, tzinfo=UTC)
TZ = "Europe/Amsterdam"


def form(*options: str, follow_ups: dict[int, str] | None = None, **fields: object) -> PollForm:
    slots = [*options, *[""] * (10 - len(options))]
    ups = ["" for _ in range(10)]
    for slot, text in (follow_ups or {}).items():
        ups[slot - 1] = text
    values = {"question": "Vraag?", **fields}
    return PollForm(options=tuple(slots), follow_ups=tuple(ups), **values)  # type: ignore[arg-type]


def test_a_valid_poll_has_no_errors() -> None:
    assert validate_poll_form(form("Ja", "Nee"), now=NOW, tz=TZ) == {}


@pytest.mark.parametrize(
    ("poll", "expected"),
    [
        (form("Ja"), {"option_2": "poll.error.two_options"}),
        (form("", "", "Ja"), {"option_1": "poll.error.two_options"}),
        (form("Ja", "ja "), {"option_2": "poll.error.option_duplicate"}),
        (form("Ja", "x" * 76), {"option_2": "poll.error.option_too_long"}),
        (form("Ja", "Nee", question=""), {"question": "poll.error.question_required"}),
        (
            form("Ja", "Nee", follow_ups={3: "Waarom?"}),
            {"follow_up_3": "poll.error.follow_up_without_option"},
        ),
        (
            form("Ja", "Nee", follow_ups={1: "a\nb\nc\nd"}),
            {"follow_up_1": "poll.error.too_many_follow_ups"},
        ),
    ],
)
def test_option_rules(poll: PollForm, expected: dict[str, str]) -> None:
    assert validate_poll_form(poll, now=NOW, tz=TZ) == expected


def test_75_characters_fit_on_a_button() -> None:
    assert validate_poll_form(form("Ja", "x" * 75), now=NOW, tz=TZ) == {}


def test_closing_rules_read_the_time_in_the_creators_zone() -> None:
    ok = form("Ja", "Nee", closes_on=date(2027, 1, 12), closes_time=time(10, 30))
    assert closing_moment(ok, TZ) == datetime(2027, 1, 12, 9, 30, tzinfo=UTC)
    assert validate_poll_form(ok, now=NOW, tz=TZ) == {}
    past = form("Ja", "Nee", closes_on=date(2027, 1, 12), closes_time=time(9, 59))
    assert validate_poll_form(past, now=NOW, tz=TZ) == {"closes_on": "poll.error.closes_in_past"}
    assert validate_poll_form(form("Ja", "Nee", closes_time=time(9)), now=NOW, tz=TZ) == {
        "closes_on": "poll.error.date_required"
    }
    late = form(
        "Ja", "Nee", closes_on=date(2027, 1, 12), closes_time=time(11), remind_before_minutes=1440
    )
    assert validate_poll_form(late, now=NOW, tz=TZ) == {"remind": "poll.error.remind_too_late"}
    no_close = form("Ja", "Nee", remind_before_minutes=60)
    assert validate_poll_form(no_close, now=NOW, tz=TZ) == {
        "remind": "poll.error.remind_needs_close"
    }


def test_follow_up_questions_are_one_a_line() -> None:
    assert follow_up_questions(" Waarom?\n\n  En  hoe? ") == ["Waarom?", "En hoe?"]
    assert follow_up_questions(None) == []


def test_single_choice_moves_and_multiple_choice_toggles() -> None:
    assert next_choices(frozenset({1}), 2, multiple=False) == {2}
    assert next_choices(frozenset({2}), 2, multiple=False) == {2}
    assert next_choices(frozenset({1}), 2, multiple=True) == {1, 2}
    assert next_choices(frozenset({1, 2}), 2, multiple=True) == {1}


def test_tally_counts_people_once() -> None:
    rows, voters = tally([(1, "A"), (2, "B")], [(1, "U1"), (2, "U1"), (2, "U2"), (9, "U3")])
    assert [(r.text, r.votes, r.voters) for r in rows] == [
        ("A", 1, ("U1",)),
        ("B", 2, ("U1", "U2")),
    ]
    assert voters == 2
    assert percent(1, 3) == 33 and percent(0, 0) == 0
    assert bar(5, 10) == "▓▓▓▓▓░░░░░" and bar(0, 0) == "░" * 10


def test_rebuilds_are_spaced_and_cannot_be_postponed() -> None:
    assert plan_refresh(None, NOW) == NOW
    due = NOW + REFRESH_INTERVAL
    assert plan_refresh(NOW, NOW + timedelta(seconds=1)) == due
    assert plan_refresh(NOW, NOW + timedelta(seconds=1.9)) == due  # later votes: the same moment
    assert plan_refresh(NOW, due) == due
    assert plan_refresh(NOW, due + timedelta(minutes=5)) == due + timedelta(minutes=5)


ORGS = [1, 2, 3]


@pytest.mark.parametrize(
    ("votes", "deadline_passed", "expected"),
    [
        ({}, False, Outcome.OPEN),
        ({1: Choice.CONSENT, 2: Choice.ABSTAIN}, False, Outcome.OPEN),
        ({1: Choice.CONSENT, 2: Choice.ABSTAIN, 3: Choice.CONSENT}, False, Outcome.PASSED),
        ({1: Choice.CONSENT, 2: Choice.OBJECTION, 3: Choice.CONSENT}, False, Outcome.OPEN),
        ({1: Choice.CONSENT, 2: Choice.OBJECTION, 3: Choice.CONSENT}, True, Outcome.OBJECTED),
        ({1: Choice.OBJECTION}, True, Outcome.OBJECTED),
        ({1: Choice.CONSENT, 2: Choice.CONSENT}, True, Outcome.INCOMPLETE),
        ({1: Choice.ABSTAIN, 2: Choice.ABSTAIN, 3: Choice.ABSTAIN}, True, Outcome.PASSED),
        # An organisation that left no longer counts, neither its vote nor its absence.
        (
            {1: Choice.CONSENT, 2: Choice.CONSENT, 3: Choice.CONSENT, 7: Choice.OBJECTION},
            False,
            Outcome.PASSED,
        ),
    ],
)
def test_consent_outcome(
    votes: dict[int, Choice], deadline_passed: bool, expected: Outcome
) -> None:
    assert decide(ORGS, votes, deadline_passed=deadline_passed) is expected


def test_consent_reminders_and_reasons() -> None:
    assert not_voted(ORGS, {1: Choice.CONSENT}) == {2, 3}
    assert validate_reason(Choice.OBJECTION, "") == "consent.error.reason_required"
    assert validate_reason(Choice.OBJECTION, "Te groot") is None
    assert validate_reason(Choice.CONSENT, "") is None


@pytest.mark.parametrize("dangerous", ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_look_like_formulas_stay_text(dangerous: str) -> None:
    assert safe_cell(dangerous) == "'" + dangerous


def test_csv_round_trip() -> None:
    text = to_csv([["Optie", "Stemmen"], ['=HYPERLINK("x")', 3], ['Zoë, "Noord"', None]])
    assert text.startswith("\ufeff")
    assert text.splitlines()[0] == "\ufeffOptie;Stemmen"  # Dutch Excel's list separator
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows == [["Optie", "Stemmen"], ['\'=HYPERLINK("x")', "3"], ['Zoë, "Noord"', ""]]
