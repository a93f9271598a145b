"""Similar organisation names: "Zorgroep Zuid" is probably "Zorggroep Zuid" (issue 15).

A pure rule on comparison keys (`name_key`: case, accents and spacing do not count). Two names
are similar when their keys differ but are close: difflib's ratio of at least
`SIMILAR_RATIO`, or one name is the other plus or minus a common legal-form word (B.V.,
Stichting, ...). Names with different numbers ("Zorggroep 1", "Zorggroep 2") are different.
The same name (same key) is not "similar": it simply is that organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from bot.domain.network import name_key

SIMILAR_RATIO = 0.85
# Words that say what kind of body an organisation is, not which one.
LEGAL_FORMS = frozenset({"stichting", "bv", "b.v.", "b.v", "nv", "n.v.", "vof", "de", "het"})


def _core(name: str) -> str:
    words = re.findall(r"[\w.]+", name_key(name))
    kept = [word for word in words if word not in LEGAL_FORMS]
    return " ".join(kept or words)


def similarity(first: str, second: str) -> float:
    """0..1: how alike two organisation names are, after the comparison key and without legal
    forms."""
    a, b = _core(first), _core(second)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):  # "Locatie 1" and "Locatie 2" differ
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def similar_names(name: str, existing: Iterable[str], *, limit: int = 2) -> list[str]:
    """The existing names `name` probably means (best first), leaving out `name` itself."""
    key = name_key(name)
    scored = [
        (similarity(name, other), other)
        for other in existing
        if name_key(other) != key and similarity(name, other) >= SIMILAR_RATIO
    ]
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [other for _, other in scored[:limit]]
