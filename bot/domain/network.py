"""Rules of a learning network's membership (see shared/DOMAIN.md, 'Who takes part')."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

MIN_ORGANISATIONS = 6
MAX_ORGANISATIONS = 10
MAX_THEMES = 2
CONSENT_NEEDED_AFTER_MEETING = 2
NAME_MAX = 80
THEME_MAX = 80
DESCRIPTION_MAX = 500
ORGANISATION_NAME_MAX = 80

# The six building blocks (bouwstenen) of the national programme, usable as tags.
BUILDING_BLOCKS = (
    "learning_capacity",
    "governance",
    "data",
    "funding",
    "populations",
    "residents",
)


class Role(StrEnum):
    COORDINATOR = "coordinator"
    FACILITATOR = "facilitator"
    EXPERT = "expert"
    EXPERIENCE_EXPERT = "experience_expert"  # ervaringsdeskundige: joins without an organisation
    MEMBER = "member"


class NetworkStatus(StrEnum):
    FOUNDING = "founding"  # in oprichting
    ACTIVE = "active"
    CLOSED = "closed"


class JoinOutcome(StrEnum):
    JOINED = "joined"
    NEEDS_CONSENT = "needs_consent"
    NETWORK_FULL = "network_full"
    NETWORK_CLOSED = "network_closed"


@dataclass(frozen=True)
class NetworkForm:
    name: str
    theme_1: str
    theme_2: str | None
    building_blocks: tuple[str, ...]
    description: str | None

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(theme for theme in (self.theme_1, self.theme_2) if theme)


def clean_text(value: str | None) -> str:
    """Trim and collapse inner white space of a single-line value."""
    return re.sub(r"\s+", " ", value or "").strip()


def name_key(name: str) -> str:
    """A comparison key so 'Zorggroep  Noord' and 'zorggroep noord' are one organisation."""
    decomposed = unicodedata.normalize("NFKD", clean_text(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def validate_network_form(form: NetworkForm) -> dict[str, str]:
    """Field name -> message key for every rule the form breaks."""
    errors: dict[str, str] = {}
    if not form.name:
        errors["name"] = "error.name_required"
    elif len(form.name) > NAME_MAX:
        errors["name"] = "error.too_long"
    if not form.theme_1:
        errors["theme_1"] = "error.theme_required"
    elif len(form.theme_1) > THEME_MAX:
        errors["theme_1"] = "error.too_long"
    if form.theme_2 and len(form.theme_2) > THEME_MAX:
        errors["theme_2"] = "error.too_long"
    elif form.theme_2 and name_key(form.theme_2) == name_key(form.theme_1):
        errors["theme_2"] = "error.theme_duplicate"
    if form.description and len(form.description) > DESCRIPTION_MAX:
        errors["description"] = "error.too_long"
    unknown = set(form.building_blocks) - set(BUILDING_BLOCKS)
    if unknown:
        errors["building_blocks"] = "error.unknown_building_block"
    return errors


def validate_organisation_name(name: str) -> str | None:
    if not name:
        return "error.organisation_required"
    if len(name) > ORGANISATION_NAME_MAX:
        return "error.too_long"
    return None


def decide_join(
    *,
    status: NetworkStatus,
    organisation_is_new: bool,
    organisation_count: int,
    meetings_held: int,
    experience_expert: bool = False,
) -> JoinOutcome:
    """Whether a person may join now, and if not, why.

    Joining an organisation that already takes part is always fine while the network is open.
    A new organisation needs a free place (at most 10) and, after the 2nd meeting, the
    consent of the whole group. An expert by experience (ervaringsdeskundige) brings no
    organisation: they take no place among the 6 to 10 and need no consent.
    """
    if status is NetworkStatus.CLOSED:
        return JoinOutcome.NETWORK_CLOSED
    if experience_expert or not organisation_is_new:
        return JoinOutcome.JOINED
    if organisation_count >= MAX_ORGANISATIONS:
        return JoinOutcome.NETWORK_FULL
    if meetings_held >= CONSENT_NEEDED_AFTER_MEETING:
        return JoinOutcome.NEEDS_CONSENT
    return JoinOutcome.JOINED


def status_for(current: NetworkStatus, organisation_count: int) -> NetworkStatus:
    """A founding network becomes active once it has the minimum of six organisations."""
    if current is NetworkStatus.FOUNDING and organisation_count >= MIN_ORGANISATIONS:
        return NetworkStatus.ACTIVE
    return current


# The words people type for a role, Dutch first (issue 13, item 4); `role_from_word` also
# takes them without diacritics and in any case: "coördinator", "Coordinator", "gespreksleider".
ROLE_WORDS: dict[str, Role] = {
    "coördinator": Role.COORDINATOR,
    "procesbegeleider": Role.COORDINATOR,
    "coordinator": Role.COORDINATOR,
    "gespreksleider": Role.FACILITATOR,
    "facilitator": Role.FACILITATOR,
    "expert": Role.EXPERT,
    "ervaringsdeskundige": Role.EXPERIENCE_EXPERT,
    "experience_expert": Role.EXPERIENCE_EXPERT,
    "experience-expert": Role.EXPERIENCE_EXPERT,
    "deelnemer": Role.MEMBER,
    "lid": Role.MEMBER,
    "member": Role.MEMBER,
    "participant": Role.MEMBER,
}


def fold(word: str) -> str:
    """Lower case without diacritics: 'Coördinator' -> 'coordinator'."""
    decomposed = unicodedata.normalize("NFKD", word.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLDED_ROLES = {fold(word): role for word, role in ROLE_WORDS.items()}


def role_from_word(word: str) -> Role | None:
    """The role a typed word names, Dutch or English, with or without diacritics."""
    return _FOLDED_ROLES.get(fold(word))


def organisations_needed(organisation_count: int) -> int:
    return max(0, MIN_ORGANISATIONS - organisation_count)


def places_left(organisation_count: int) -> int:
    return max(0, MAX_ORGANISATIONS - organisation_count)


def can_change_role(
    *, actor_roles: frozenset[str], target_roles: frozenset[str], new_role: Role, coordinators: int
) -> str | None:
    """None when allowed, else a message key. Only coordinators assign roles, and a network
    never loses its last coordinator."""
    if Role.COORDINATOR not in actor_roles:
        return "error.coordinators_only"
    losing_coordinator = Role.COORDINATOR in target_roles and new_role is Role.MEMBER
    if losing_coordinator and coordinators <= 1:
        return "error.last_coordinator"
    return None
