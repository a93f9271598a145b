"""The similar-name rule that asks "bedoel je Zorggroep Zuid?" (issue 15)."""

from __future__ import annotations

import pytest

from bot.domain.similar import similar_names, similarity

EXISTING = ["Zorggroep Zuid", "Zorggroep Noord", "Stichting Careyn", "Amstelring"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Zorgroep Zuid", ["Zorggroep Zuid"]),  # a letter missing
        ("zorggroep zuidd", ["Zorggroep Zuid"]),  # a letter too many, other case
        ("Careyn", ["Stichting Careyn"]),  # without the legal form
        ("Careyn B.V.", ["Stichting Careyn"]),
        ("Amstelrnig", ["Amstelring"]),  # two letters swapped
    ],
)
def test_a_typo_points_at_the_organisation_meant(typed: str, meant: list[str]) -> None:
    assert similar_names(typed, EXISTING) == meant


@pytest.mark.parametrize("typed", ["Zorggroep West", "Vivium", "Zonnehuis", "Zorggroep Zuid-Oost"])
def test_a_really_different_name_is_not_pointed_at(typed: str) -> None:
    assert similar_names(typed, EXISTING) == []


def test_different_numbers_are_different_organisations() -> None:
    assert similar_names("Zorggroep 2", ["Zorggroep 1", "Zorggroep 12"]) == []
    assert similar_names("Zorgroep 2", ["Zorggroep 2"]) == ["Zorggroep 2"]


def test_the_same_name_is_that_organisation_not_a_similar_one() -> None:
    assert similar_names("zorggroep  ZUID", EXISTING) == []


def test_best_match_first_and_at_most_two() -> None:
    names = ["Zorggroep Zuid", "Zorggroep Zuiden", "Zorggroep Zuidt"]
    assert similar_names("Zorgroep Zuid", names)[0] == "Zorggroep Zuid"
    assert len(similar_names("Zorgroep Zuid", names)) == 2


def test_similarity_is_symmetric_and_bounded() -> None:
    assert similarity("Zorggroep Zuid", "Zorgroep Zuid") == similarity(
        "Zorgroep Zuid", "Zorggroep Zuid"
    )
    assert similarity("", "Zorggroep") == 0.0
    assert similarity("Stichting", "Stichting") == 1.0
