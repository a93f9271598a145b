"""An organisation's interest in a learning network (the network finder, issue 17), as rules.

Seed 003 suggests the themes of the quality framework (*thema's uit het kwaliteitskader*); they
are offered as a list so that organisations who mean the same theme also pick the same one, and
the finder can group them. One theme of their own may be added in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.network import BUILDING_BLOCKS, ORGANISATION_NAME_MAX, THEME_MAX, clean_text
from bot.domain.provinces import Province, UnknownProvinceError, parse_province

# The eight themes of the Kwaliteitskader Verpleeghuiszorg, as codes (words: the catalogue).
QUALITY_THEMES = (
    "person_centred",
    "living_wellbeing",
    "safety",
    "learning_quality",
    "leadership",
    "staffing",
    "resources",
    "information",
)


class Unplaced(StrEnum):
    """Why a registration is in no group: the finder's reasons, and two of the coordinator's."""

    TOO_FEW_CANDIDATES = "too_few_candidates"
    TOO_FEW_NEARBY = "too_few_nearby"
    GROUPS_FULL = "groups_full"
    NOTHING_SHARED = "nothing_shared"
    NO_GROUP_FORMED = "no_group_formed"
    LEFT_OUT = "left_out"  # the coordinator left it out of the groups
    NEW = "new"  # registered after the proposal was made


NEEDS_MAX = 1000
BRINGS_MAX = 1000
MAX_THEMES_CHOSEN = 3


@dataclass(frozen=True)
class InterestForm:
    organisation: str
    province: str | None  # as chosen: a Province code, or None
    travels: bool
    themes: tuple[str, ...]  # codes from QUALITY_THEMES
    own_theme: str
    building_blocks: tuple[str, ...]  # codes from BUILDING_BLOCKS
    learning_needs: str
    brings: str

    @property
    def all_themes(self) -> tuple[str, ...]:
        return self.themes + ((self.own_theme,) if self.own_theme else ())


def validate_interest(form: InterestForm) -> dict[str, str]:
    """Field name -> message key for every rule the form breaks."""
    errors: dict[str, str] = {}
    if not clean_text(form.organisation):
        errors["organisation"] = "finder.error.organisation_required"
    elif len(form.organisation) > ORGANISATION_NAME_MAX:
        errors["organisation"] = "finder.error.organisation_long"
    try:
        parse_province(form.province)
    except UnknownProvinceError:
        errors["province"] = "finder.error.no_province"
    if any(theme not in QUALITY_THEMES for theme in form.themes):
        errors["themes"] = "finder.error.unknown_theme"
    elif not form.all_themes:
        errors["themes"] = "finder.error.theme_required"
    elif len(form.all_themes) > MAX_THEMES_CHOSEN:
        errors["themes"] = "finder.error.too_many_themes"
    if len(form.own_theme) > THEME_MAX:
        errors["own_theme"] = "finder.error.theme_long"
    if any(block not in BUILDING_BLOCKS for block in form.building_blocks):
        errors["building_blocks"] = "finder.error.unknown_building_block"
    if not form.learning_needs.strip():
        errors["learning_needs"] = "finder.error.needs_required"
    elif len(form.learning_needs) > NEEDS_MAX:
        errors["learning_needs"] = "finder.error.text_long"
    if len(form.brings) > BRINGS_MAX:
        errors["brings"] = "finder.error.text_long"
    return errors


def block_number(code: str) -> int:
    """A bouwsteen's number 1..6 (seed 001), as the finder counts them."""
    return BUILDING_BLOCKS.index(code) + 1


def block_code(number: int) -> str:
    return BUILDING_BLOCKS[number - 1]


def province_of(value: str | None) -> Province:
    return parse_province(value)
