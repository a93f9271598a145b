"""The twelve Dutch provinces and which of them are neighbours, as data.

The network finder uses this to keep travel short: organisations in the same or a neighbouring
province can meet without a long trip. Provinces are identified by their ISO 3166-2 codes
(`NL-GR` ...), which never change even when a name does (Friesland is officially Fryslân).

Water borders: two provinces that meet only across water count as neighbours when a fixed road
link (bridge, dam or dike) joins them, because then an organisation can drive there as it
would across a land border. Such borders are kept with `BorderKind.WATER`, so a screen can
show it and a stricter rule could leave them out. Concretely:
- Flevoland borders Friesland and Overijssel over land (the Noordoostpolder), and Noord-Holland
  (Hollandse Brug), Utrecht (Stichtse Brug) and Gelderland (bridges over the Veluwemeer and
  Drontermeer) across water;
- Friesland borders Noord-Holland across the IJsselmeer by the Afsluitdijk;
- Zeeland borders Zuid-Holland across the delta waters by its dams (Brouwersdam, Philipsdam).
Borders with Germany and Belgium are out of scope: the finder groups Dutch organisations.
"""

from __future__ import annotations

import re
from collections import deque
from enum import StrEnum
from functools import cache

from bot.domain.text import fold


class Province(StrEnum):
    GRONINGEN = "NL-GR"
    FRIESLAND = "NL-FR"
    DRENTHE = "NL-DR"
    OVERIJSSEL = "NL-OV"
    FLEVOLAND = "NL-FL"
    GELDERLAND = "NL-GE"
    UTRECHT = "NL-UT"
    NOORD_HOLLAND = "NL-NH"
    ZUID_HOLLAND = "NL-ZH"
    ZEELAND = "NL-ZE"
    NOORD_BRABANT = "NL-NB"
    LIMBURG = "NL-LI"


class BorderKind(StrEnum):
    LAND = "land"
    WATER = "water"  # across water, joined by a bridge, dam or dike


# The official (Dutch) names: proper nouns, the same in every language the bot speaks.
NAMES: dict[Province, str] = {
    Province.GRONINGEN: "Groningen",
    Province.FRIESLAND: "Fryslân",
    Province.DRENTHE: "Drenthe",
    Province.OVERIJSSEL: "Overijssel",
    Province.FLEVOLAND: "Flevoland",
    Province.GELDERLAND: "Gelderland",
    Province.UTRECHT: "Utrecht",
    Province.NOORD_HOLLAND: "Noord-Holland",
    Province.ZUID_HOLLAND: "Zuid-Holland",
    Province.ZEELAND: "Zeeland",
    Province.NOORD_BRABANT: "Noord-Brabant",
    Province.LIMBURG: "Limburg",
}

# Other ways people write a province (compared after folding and dropping non-letters).
_ALIASES: dict[str, Province] = {
    "friesland": Province.FRIESLAND,
    "brabant": Province.NOORD_BRABANT,
    "northholland": Province.NOORD_HOLLAND,
    "southholland": Province.ZUID_HOLLAND,
    "northbrabant": Province.NOORD_BRABANT,
    "gr": Province.GRONINGEN,
    "fr": Province.FRIESLAND,
    "fy": Province.FRIESLAND,
    "dr": Province.DRENTHE,
    "ov": Province.OVERIJSSEL,
    "fl": Province.FLEVOLAND,
    "ge": Province.GELDERLAND,
    "gld": Province.GELDERLAND,
    "ut": Province.UTRECHT,
    "nh": Province.NOORD_HOLLAND,
    "zh": Province.ZUID_HOLLAND,
    "ze": Province.ZEELAND,
    "nb": Province.NOORD_BRABANT,
    "li": Province.LIMBURG,
}

BORDERS: tuple[tuple[Province, Province, BorderKind], ...] = (
    (Province.GRONINGEN, Province.FRIESLAND, BorderKind.LAND),
    (Province.GRONINGEN, Province.DRENTHE, BorderKind.LAND),
    (Province.FRIESLAND, Province.DRENTHE, BorderKind.LAND),
    (Province.FRIESLAND, Province.OVERIJSSEL, BorderKind.LAND),
    (Province.FRIESLAND, Province.FLEVOLAND, BorderKind.LAND),
    (Province.FRIESLAND, Province.NOORD_HOLLAND, BorderKind.WATER),
    (Province.DRENTHE, Province.OVERIJSSEL, BorderKind.LAND),
    (Province.OVERIJSSEL, Province.FLEVOLAND, BorderKind.LAND),
    (Province.OVERIJSSEL, Province.GELDERLAND, BorderKind.LAND),
    (Province.FLEVOLAND, Province.GELDERLAND, BorderKind.WATER),
    (Province.FLEVOLAND, Province.UTRECHT, BorderKind.WATER),
    (Province.FLEVOLAND, Province.NOORD_HOLLAND, BorderKind.WATER),
    (Province.GELDERLAND, Province.UTRECHT, BorderKind.LAND),
    (Province.GELDERLAND, Province.ZUID_HOLLAND, BorderKind.LAND),
    (Province.GELDERLAND, Province.NOORD_BRABANT, BorderKind.LAND),
    (Province.GELDERLAND, Province.LIMBURG, BorderKind.LAND),
    (Province.UTRECHT, Province.NOORD_HOLLAND, BorderKind.LAND),
    (Province.UTRECHT, Province.ZUID_HOLLAND, BorderKind.LAND),
    (Province.NOORD_HOLLAND, Province.ZUID_HOLLAND, BorderKind.LAND),
    (Province.ZUID_HOLLAND, Province.ZEELAND, BorderKind.WATER),
    (Province.ZUID_HOLLAND, Province.NOORD_BRABANT, BorderKind.LAND),
    (Province.ZEELAND, Province.NOORD_BRABANT, BorderKind.LAND),
    (Province.NOORD_BRABANT, Province.LIMBURG, BorderKind.LAND),
)


class UnknownProvinceError(ValueError):
    """The text names no Dutch province; the flow shows it as an error on the province field."""

    field = "province"
    code = "unknown_province"

    def __init__(self, value: object) -> None:
        super().__init__(f"not a Dutch province: {value!r}")
        self.value = value


def _key(value: str) -> str:
    return re.sub(r"[^a-z]", "", fold(value))


@cache
def _lookup() -> dict[str, Province]:
    table = {_key(province.value): province for province in Province}
    table.update({_key(name): province for province, name in NAMES.items()})
    table.update({_key(province.name): province for province in Province})
    table.update(_ALIASES)
    return table


def parse_province(value: str | Province | None) -> Province:
    """The province a person or a stored row means: code, name or common alias, any case."""
    if isinstance(value, Province):
        return value
    province = _lookup().get(_key(value or ""))
    if province is None:
        raise UnknownProvinceError(value)
    return province


@cache
def neighbours(province: Province) -> frozenset[Province]:
    """The provinces that share a border (land, or water with a fixed link) with `province`."""
    return frozenset(b if a is province else a for a, b, _ in BORDERS if province in (a, b))


def border(a: Province, b: Province) -> BorderKind | None:
    """How two provinces meet, or None when they do not border each other."""
    for x, y, kind in BORDERS:
        if {x, y} == {a, b} and a is not b:
            return kind
    return None


@cache
def distance(a: Province, b: Province) -> int:
    """How many borders one crosses at least to go from `a` to `b` (0 in the same province)."""
    seen = {a: 0}
    queue = deque([a])
    while queue:
        current = queue.popleft()
        if current is b:
            return seen[current]
        for nxt in sorted(neighbours(current)):
            if nxt not in seen:
                seen[nxt] = seen[current] + 1
                queue.append(nxt)
    raise AssertionError("the provinces form one connected map")  # pragma: no cover
