"""The catalogue reads as a nurse on a phone expects (issue 13, item 7): singular and plural
as separate entries chosen by Babel's plural rules, never "bericht(en)"; "tik" and "kies",
never "klik"; and a text that tells people to tap a button names a button that exists, in the
reader's own language."""

from __future__ import annotations

import re

import pytest

from bot.i18n import CATALOGUES, plural_key, t_plural

SLASH_PLURAL = re.compile(r"[A-Za-zë]\((?:s|en|e|n|den|ën|'s)\)|\b(\w{3})\w*/\1\w*")
CLICK = {"nl": re.compile(r"\b[Kk]lik"), "en": re.compile(r"\b[Cc]lick")}
# "Tik op *Deelnemen*", "kies *Akkoord*", "tap *Join*": the words before a button's label.
POINTS_AT = {
    "nl": re.compile(r"\b(?:[Tt]ik|[Kk]ies|[Dd]ruk)(?: dan)?(?: hieronder)?(?: op)? \*([^*]+)\*"),
    "en": re.compile(r"\b(?:[Tt]ap|[Cc]hoose|[Pp]ress)(?: then)?(?: on)? \*([^*]+)\*"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_slash_plurals(lang: str) -> None:
    found = {key: text for key, text in CATALOGUES[lang].items() if SLASH_PLURAL.search(text)}
    assert found == {}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_tap_not_click(lang: str) -> None:
    found = {key: text for key, text in CATALOGUES[lang].items() if CLICK[lang].search(text)}
    assert found == {}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_texts_name_buttons_that_exist_in_the_same_language(lang: str) -> None:
    labels = set(CATALOGUES[lang].values())
    named = {
        (key, label)
        for key, text in CATALOGUES[lang].items()
        for label in POINTS_AT[lang].findall(text)
    }
    assert named, "the rule reads nothing: its pattern is broken"
    assert {(key, label) for key, label in named if label not in labels} == set()


def test_a_button_named_in_the_other_language_is_caught() -> None:
    english = "Can you after all? Then tap *Aanwezig*."
    (label,) = POINTS_AT["en"].findall(english)
    assert label not in set(CATALOGUES["en"].values())
    for bad in ("organisatie(s)", "bericht(en)", "gepland(e)", "kon(den)", "vraag/vragen"):
        assert SLASH_PLURAL.search(bad), bad


def test_every_plural_has_both_forms_in_both_languages() -> None:
    for _lang, catalogue in CATALOGUES.items():
        stems = {key.rsplit(".", 1)[0] for key in catalogue if key.endswith(".one")}
        for stem in stems:
            for other in CATALOGUES:
                assert f"{stem}.one" in CATALOGUES[other], (other, stem)
                assert f"{stem}.other" in CATALOGUES[other], (other, stem)


def test_babel_chooses_singular_or_plural() -> None:
    assert plural_key("poll.voted_count", 1, "nl") == "poll.voted_count.one"
    assert plural_key("poll.voted_count", 0, "nl") == "poll.voted_count.other"
    assert t_plural("status.failed_jobs", 1, "nl").endswith(
        "1 gepland bericht kon niet worden verstuurd."
    )
    assert t_plural("status.failed_jobs", 2, "nl").endswith(
        "2 geplande berichten konden niet worden verstuurd."
    )
    assert t_plural("home.needed", 1, "en") == "1 more organisation needed to start."
    assert t_plural("meeting.offset.h", 3, "nl") == "3 uur"
