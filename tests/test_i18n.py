"""The message catalogue is complete in both languages, and dates read naturally."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.i18n import CATALOGUES, choose_language, format_datetime, language_for_locale, t

ROOT = Path(__file__).resolve().parents[1]
KEY_LITERAL = re.compile(
    r"""(?:\bt|reply|dm_text|UserFacingError)\(\s*["']([a-z_]+\.[a-z_0-9.]+)["']"""
)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys_and_fields() -> None:
    dutch, english = CATALOGUES["nl"], CATALOGUES["en"]
    assert dutch.keys() == english.keys()
    for key in dutch:
        assert placeholders(dutch[key]) == placeholders(english[key]), key


def test_every_key_used_in_the_code_exists() -> None:
    used = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(KEY_LITERAL.findall(path.read_text()))
    assert used, "the scan found no keys; the pattern is wrong"
    missing = sorted(key for key in used if key not in CATALOGUES["nl"])
    assert not missing


def test_lookup_fills_fields_and_falls_back_to_dutch() -> None:
    assert t("welcome.header", "en", name="Noord") == "Welcome to Noord"
    assert t("welcome.header", "fr", name="Noord") == "Welkom bij Noord"


@pytest.mark.parametrize("locale", ["nl-NL", "en-US", "en_GB", "de-DE", None])
def test_no_slack_locale_decides_the_language_today(locale: str | None) -> None:
    """Slack has no Dutch, so Dutch members carry en-US/en-GB: English says nothing; and
    Slack's other languages are not ones lnbot speaks."""
    assert language_for_locale(locale) is None
    assert choose_language(person=None, network=None, locale=locale, default="nl") == "nl"


@pytest.mark.parametrize(
    ("person", "network", "expected"),
    [("en", "nl", "en"), ("nl", "en", "nl"), (None, "en", "en"), (None, None, "nl")],
)
def test_the_person_beats_the_network_beats_dutch(
    person: str | None, network: str | None, expected: str
) -> None:
    chosen = choose_language(person=person, network=network, locale="en-US", default="nl")
    assert chosen == expected


def test_dates_in_the_readers_language_and_time_zone() -> None:
    moment = datetime(2027, 1, 12, 13, 0, tzinfo=UTC)
    assert format_datetime(moment, "nl", "Europe/Amsterdam") == "dinsdag 12 januari 2027, 14:00"
    assert format_datetime(moment, "en", "Europe/London") == "Tuesday 12 January 2027, 13:00"
