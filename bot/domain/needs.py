"""The learning-needs analysis (seed 002: analyse the learning needs of the organisations and
their staff first, and think early about funding so staff can be freed). Each organisation
answers once (its last answer counts): what it wants to learn, on which themes and
*bouwstenen*, which roles would take part (roles, never names), and whether staff can be
freed. The summary is anonymous: counts per theme, bouwsteen, role and answer, and the words
several organisations used, never an organisation's own sentence.

The suggestion: a network limits itself to 1 or 2 themes (seed 003). The theme most
organisations chose comes first (ties: alphabetical by code); a second theme is suggested
when at least half of the organisations that answered chose it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.domain import text
from bot.domain.network import BUILDING_BLOCKS, MAX_THEMES

# Who in an organisation would take part: roles a care organisation has (never names).
ROLES = (
    "carer",  # verzorgende / verpleegkundige
    "team_leader",
    "manager",
    "quality",  # kwaliteitsfunctionaris / verpleegkundig specialist
    "practitioner",  # behandelaar (specialist ouderengeneeskunde, psycholoog, paramedicus)
    "trainer",  # praktijkopleider
    "client_council",  # cliëntenraad
    "volunteer",
    "experience_expert",  # ervaringsdeskundige
)
LEARN_MAX = 1000
FUNDING_MAX = 500
MIN_SHARED_WORD = 2  # a word is shown when at least this many organisations used it
WORDS_SHOWN = 8


class StaffFreed(StrEnum):
    """Can staff be freed to take part (time, replacement, funding)?"""

    YES = "yes"
    PARTLY = "partly"  # for some meetings, or some people
    NO = "no"  # not without funding
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class NeedsAnswer:
    learn: str
    themes: tuple[str, ...]
    building_blocks: tuple[str, ...]
    roles: tuple[str, ...]
    staff_freed: StaffFreed
    funding_note: str = ""


@dataclass(frozen=True)
class NeedsSummary:
    answered: int
    asked: int
    themes: tuple[tuple[str, int], ...]  # (theme, organisations), most first
    suggested: tuple[str, ...]  # 1 or 2 themes (none without answers)
    building_blocks: tuple[tuple[str, int], ...]
    roles: tuple[tuple[str, int], ...]
    staff_freed: tuple[tuple[StaffFreed, int], ...]  # in the enum's order, zeros left out
    words: tuple[tuple[str, int], ...]  # words several organisations want to learn about
    funding_notes: int  # how many organisations wrote about funding (the text stays private)


def validate_needs(answer: NeedsAnswer, allowed_themes: Sequence[str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not answer.learn.strip():
        errors["learn"] = "needs.error.learn_required"
    elif len(answer.learn) > LEARN_MAX:
        errors["learn"] = "needs.error.too_long"
    if not answer.themes:
        errors["themes"] = "needs.error.theme_required"
    elif any(theme not in allowed_themes for theme in answer.themes):
        errors["themes"] = "needs.error.unknown"
    if any(block not in BUILDING_BLOCKS for block in answer.building_blocks):
        errors["building_blocks"] = "needs.error.unknown"
    if any(role not in ROLES for role in answer.roles):
        errors["roles"] = "needs.error.unknown"
    elif not answer.roles:
        errors["roles"] = "needs.error.roles_required"
    if len(answer.funding_note) > FUNDING_MAX:
        errors["funding_note"] = "needs.error.too_long"
    return errors


def summarise(answers: Iterable[NeedsAnswer], asked: int) -> NeedsSummary:
    answers = list(answers)
    themes = _ranked(Counter(t for a in answers for t in set(a.themes)))
    suggested: list[str] = []
    if themes:
        suggested.append(themes[0][0])
        if len(themes) > 1 and 2 * themes[1][1] >= len(answers):
            suggested.append(themes[1][0])
    freed = Counter(a.staff_freed for a in answers)
    stems: Counter[str] = Counter()
    written: dict[str, str] = {}
    for answer in answers:
        for stem, word in text.terms(answer.learn).items():
            stems[stem] += 1
            written[stem] = min(written.get(stem, word), word)
    words = [(written[s], n) for s, n in stems.items() if n >= MIN_SHARED_WORD]
    return NeedsSummary(
        answered=len(answers),
        asked=asked,
        themes=themes,
        suggested=tuple(suggested[:MAX_THEMES]),
        building_blocks=_ranked(Counter(b for a in answers for b in set(a.building_blocks))),
        roles=_ranked(Counter(r for a in answers for r in set(a.roles))),
        staff_freed=tuple((kind, freed[kind]) for kind in StaffFreed if freed[kind]),
        words=tuple(sorted(words, key=lambda w: (-w[1], w[0]))[:WORDS_SHOWN]),
        funding_notes=sum(1 for a in answers if a.funding_note.strip()),
    )


def _ranked(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
