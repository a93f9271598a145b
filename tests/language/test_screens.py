"""The screen reader of tests/language/screens.py catches what it promises to (it runs over
every payload of the suite through the `slack` and `client` fixtures)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.blocks import dates
from bot.blocks import kit as k
from tests.language.screens import NEEDS_PLACEHOLDER, problems


def modal_with(element: dict[str, Any], label: str = "Datum") -> dict[str, Any]:
    return {"view": k.modal("cb", "Titel", [k.input_block("b1", label, element)])}


def test_a_clean_dutch_modal_passes() -> None:
    element = {"type": "datepicker", "placeholder": k.plain("Kies een datum")}
    assert problems(modal_with(element), "views.open") == []


def test_every_select_picker_and_input_without_placeholder_is_caught() -> None:
    for kind in sorted(NEEDS_PLACEHOLDER):
        found = problems(modal_with({"type": kind}), "views.open")
        assert found == [f"views.open: view.blocks[0].element: {kind} without a placeholder"]


def test_a_slack_date_token_is_caught_in_text_and_blocks() -> None:
    token = "<!date^1800000000^{date_long_pretty}|9 februari>"
    found = problems({"text": f"Op {token}", "blocks": [k.section(token)]}, "chat.postMessage")
    assert len(found) == 2 and all("Slack date token" in line for line in found)


def test_a_raw_catalogue_key_is_caught_but_not_a_link_or_a_file_name() -> None:
    assert problems({"text": "poll.create.title"}, "response_url") == [
        "response_url: text: catalogue key 'poll.create.title' shown raw"
    ]
    fine = "Zie www.noorderbreedte.nl of poll-3.csv, e.g. dit."
    assert problems({"text": fine, "blocks": [k.section(fine)]}, "chat.postMessage") == []


def test_a_home_made_optional_marker_is_caught() -> None:
    element = k.text_input(max_length=10, placeholder="https://")
    for label in ("Link (mag leeg)", "Link (optional)"):
        found = problems(modal_with(element, label), "views.open")
        assert found and "home-made optional marker" in found[0]


def test_no_slack_date_token_in_the_code() -> None:
    root = Path(__file__).resolve().parents[2]
    users = [
        str(path.relative_to(root))
        for folder in ("bot", "handlers")
        for path in (root / folder).rglob("*.py")
        if "<!date" in path.read_text()
    ]
    assert users == []


def test_meeting_times_read_in_the_readers_language_and_zone() -> None:
    start = datetime(2027, 2, 9, 13, 0, tzinfo=UTC)
    assert dates.span(start, start + timedelta(hours=3), "nl", "Europe/Amsterdam") == (
        "dinsdag 9 februari 2027, 14:00",
        "17:00",
    )
    assert dates.span(start, start + timedelta(hours=12), "en", "Europe/London") == (
        "Tuesday 9 February 2027, 13:00",
        "Wednesday 10 February 2027, 01:00",
    )
