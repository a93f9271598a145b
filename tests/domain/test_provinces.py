"""The province map the finder's reach rule stands on: twelve provinces, symmetric borders."""

from __future__ import annotations

import pytest

from bot.domain.provinces import (
    BORDERS,
    NAMES,
    BorderKind,
    Province,
    UnknownProvinceError,
    border,
    distance,
    neighbours,
    parse_province,
)

P = Province


def test_there_are_twelve_provinces_each_with_a_name() -> None:
    assert len(Province) == 12
    assert set(NAMES) == set(Province)


def test_borders_are_symmetric_and_never_to_itself() -> None:
    for province in Province:
        assert province not in neighbours(province)
        for other in neighbours(province):
            assert province in neighbours(other)
            assert border(province, other) is border(other, province) is not None


def test_every_border_is_listed_once() -> None:
    pairs = [frozenset((a, b)) for a, b, _ in BORDERS]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize(
    ("province", "expected"),
    [
        (P.GRONINGEN, {P.FRIESLAND, P.DRENTHE}),
        (P.DRENTHE, {P.GRONINGEN, P.FRIESLAND, P.OVERIJSSEL}),
        (P.ZEELAND, {P.ZUID_HOLLAND, P.NOORD_BRABANT}),
        (P.LIMBURG, {P.NOORD_BRABANT, P.GELDERLAND}),
        (
            P.FLEVOLAND,
            {P.NOORD_HOLLAND, P.UTRECHT, P.GELDERLAND, P.OVERIJSSEL, P.FRIESLAND},
        ),
        (
            P.GELDERLAND,
            {P.OVERIJSSEL, P.FLEVOLAND, P.UTRECHT, P.ZUID_HOLLAND, P.NOORD_BRABANT, P.LIMBURG},
        ),
        (P.UTRECHT, {P.NOORD_HOLLAND, P.ZUID_HOLLAND, P.GELDERLAND, P.FLEVOLAND}),
    ],
)
def test_known_neighbours(province: Province, expected: set[Province]) -> None:
    assert neighbours(province) == expected


def test_known_non_neighbours() -> None:
    assert P.UTRECHT not in neighbours(P.NOORD_BRABANT)
    assert P.LIMBURG not in neighbours(P.ZUID_HOLLAND)
    assert P.GRONINGEN not in neighbours(P.OVERIJSSEL)
    assert P.ZEELAND not in neighbours(P.GELDERLAND)


def test_water_borders_are_marked_and_land_borders_are_not() -> None:
    assert border(P.FLEVOLAND, P.NOORD_HOLLAND) is BorderKind.WATER
    assert border(P.FLEVOLAND, P.UTRECHT) is BorderKind.WATER
    assert border(P.FLEVOLAND, P.GELDERLAND) is BorderKind.WATER
    assert border(P.FRIESLAND, P.NOORD_HOLLAND) is BorderKind.WATER  # Afsluitdijk
    assert border(P.FLEVOLAND, P.OVERIJSSEL) is BorderKind.LAND  # Noordoostpolder
    assert border(P.FLEVOLAND, P.FRIESLAND) is BorderKind.LAND
    assert border(P.LIMBURG, P.GRONINGEN) is None


def test_distance_counts_borders_and_is_symmetric() -> None:
    assert distance(P.UTRECHT, P.UTRECHT) == 0
    assert distance(P.UTRECHT, P.GELDERLAND) == 1
    assert distance(P.LIMBURG, P.GRONINGEN) == 4  # Limburg-Gelderland-Overijssel-Drenthe-Gr.
    assert distance(P.ZEELAND, P.GRONINGEN) == 4  # Zuid-Holland, Noord-Holland, Afsluitdijk
    for a in Province:
        for b in Province:
            assert distance(a, b) == distance(b, a)
            assert (distance(a, b) == 1) == (b in neighbours(a))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fryslân", P.FRIESLAND),
        ("friesland", P.FRIESLAND),
        ("Noord-Holland", P.NOORD_HOLLAND),
        ("noord holland", P.NOORD_HOLLAND),
        ("NL-ZH", P.ZUID_HOLLAND),
        ("Brabant", P.NOORD_BRABANT),
        (" LIMBURG ", P.LIMBURG),
        (P.ZEELAND, P.ZEELAND),
    ],
)
def test_parse_province_accepts_names_codes_and_aliases(text: str, expected: Province) -> None:
    assert parse_province(text) is expected


@pytest.mark.parametrize("text", [None, "", "Antwerpen", "Holland", "Noord"])
def test_parse_province_refuses_what_is_no_province(text: str | None) -> None:
    with pytest.raises(UnknownProvinceError) as error:
        parse_province(text)
    assert (error.value.field, error.value.code) == ("province", "unknown_province")
