"""Our Block Kit stays within Slack's limits even with the longest names and fullest networks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.blocks import ids
from bot.blocks.home import help_blocks, home_view
from bot.blocks.network import (
    join_modal,
    parse_join,
    parse_start,
    start_modal,
    status_modal,
    welcome_message,
)
from bot.domain.network import BUILDING_BLOCKS
from bot.services.views import (
    HomeCard,
    HomeOverview,
    JoinForm,
    MeetingRef,
    NetworkRef,
    NetworkSummary,
    OrganisationRow,
)
from fakeslack.limits import check_message, check_view
from tests.flows import join_state, start_state

LONG = "Zorgorganisatie " + "x" * 200
NETWORK = NetworkRef(1, "N" * 80, "C1", "active")


def full_summary(viewer_is_coordinator: bool = True) -> NetworkSummary:
    return NetworkSummary(
        network=NETWORK,
        description="d" * 500,
        themes=("t" * 80, "u" * 80),
        building_blocks=BUILDING_BLOCKS,
        organisations=tuple(
            OrganisationRow(i, LONG[:80], tuple(f"U{i}{j:03d}" for j in range(40)), "committed")
            for i in range(10)
        ),
        coordinators=tuple(f"UC{i}" for i in range(5)),
        without_organisation=(),
        organisations_needed=0,
        places_left=0,
        meetings_held=3,
        next_meeting=MeetingRef(4, datetime(2027, 3, 1, 13, tzinfo=UTC), "L" * 300),
        viewer_is_coordinator=viewer_is_coordinator,
        pending_join_requests=2,
        failed_jobs=3,
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_modals_fit(lang: str) -> None:
    assert check_view(start_modal(lang, "C1"), expected_type="modal") == []
    form = JoinForm(NETWORK, tuple((i, LONG) for i in range(10)), 3, True, 0, True)
    assert check_view(join_modal(lang, form), expected_type="modal") == []
    assert (
        check_view(status_modal(lang, "Europe/Amsterdam", full_summary()), expected_type="modal")
        == []
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_messages_fit(lang: str) -> None:
    assert check_message(welcome_message(lang, full_summary())) == []
    assert (
        check_message(
            {
                "text": "help",
                "blocks": help_blocks(lang, "intro", [("/lerend x", "help.start")] * 30),
            }
        )
        == []
    )


def test_home_fits_with_many_networks() -> None:
    card = HomeCard(NETWORK, ("coordinator", "expert"), LONG, None, 3, True, 4, 2)
    overview = HomeOverview(mine=(card,) * 15, others=(NETWORK,) * 15, hidden=40)
    assert check_view(home_view("nl", "Europe/Amsterdam", overview), expected_type="home") == []


def test_parsers_read_what_slack_sends() -> None:
    form = parse_start(
        {"values": start_state("  Noord  ", "Dementie", "", ["data"], " beschrijving ")}
    )
    assert (form.name, form.theme_1, form.theme_2, form.building_blocks) == (
        "Noord",
        "Dementie",
        None,
        ("data",),
    )
    assert form.description == "beschrijving"
    assert parse_join({"values": join_state(existing=4, committed=True)}) == (4, "", True)
    assert parse_join(
        {"values": {ids.JOIN_NEW_ORGANISATION: join_state(new=" A  B ")[ids.JOIN_NEW_ORGANISATION]}}
    ) == (None, "A B", False)
