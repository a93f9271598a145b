"""Names in the outcome report: real ones for the coordinators, neutral labels for publication.

Experts by experience (ervaringsdeskundigen) are labelled as such in both: 'Jan (ervarings-
deskundige)' for the coordinators, 'Ervaringsdeskundige 1' in the public version, numbered
apart from the other participants.

The anonymiser gives every organisation and person one label for the whole report
(Organisatie A, Deelnemer 1, ...) and replaces them everywhere, also inside free text: Slack
mentions (`<@U…>`), organisation names as typed (any case, with or without accents, also
written as one word as in a web address) and people's display and real names, including
their first and last names on their own. It would rather replace a word too many than leave
a name behind. People are also found by their surname with its particles ('van der Berg'),
by initials and surname ('J. de Vries', 'J.P. van der Berg', 'J.v.d. Berg') and organisations by
the distinctive words of their name ('Noorderbreedte' of 'Zorggroep Noorderbreedte').
E-mail addresses, phone numbers and every link or domain (`https://…`, `www.noorderbreedte.nl`,
`noorderbreedte.nl/zorg`) go too: a web address names an organisation as plainly as its name.

An organisation that chose to be named in the public report (`named`) keeps its own name; its
people still get labels.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from bot.domain.knowledge import MENTION, readable
from bot.domain.text import fold

MIN_NAME_PART = 3
# Parts of Dutch surnames that are words of their own and never identify anyone.
NAME_PARTICLES = frozenset(
    (
        *("de", "der", "den", "van", "von", "het", "ten", "ter", "te", "in", "op", "la", "le"),
        *("du", "el", "al", "da", "di", "dos", "del", "'t"),
    )
)
# Generic words in organisation names: on their own they name nobody ('zorg', 'stichting').
GENERIC_ORGANISATION_WORDS = frozenset(
    (
        *("zorg", "zorggroep", "groep", "stichting", "thuiszorg", "ouderenzorg", "welzijn"),
        *("wonen", "woonzorg", "centrum", "zorgcentrum", "huis", "verpleeghuis", "ziekenhuis"),
        *("care", "noord", "zuid", "oost", "west", "midden", "regio", "gemeente", "instelling"),
        *("organisatie", "netwerk", "cooperatie", "vereniging", "wijkverpleging", "wijkzorg"),
    )
)
MIN_ORGANISATION_WORD = 5
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A link with a scheme or www., or a bare domain with a well-known top-level domain written in
# lower case; any path goes with it. Top-level domains that are also Dutch words (de, nu, be)
# count only with www. or a scheme, so 'klaar.Nu gaan we' (a missing space) stays a sentence.
# Trailing punctuation stays with the sentence.
_TLDS = "nl|com|org|net|eu|info|io|zorg|care|health|online|app|gov|edu|uk|fr"
_LINK = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"']+"
    r"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?-i:" + _TLDS + r")\b"
    r"(?:[/?#][^\s<>\"']*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\""
_PHONE = re.compile(r"(?<!\w)(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}(?!\w)")


@dataclass(frozen=True)
class Person:
    """A person as Slack names them (users.info): display name and real name."""

    user_id: str
    names: tuple[str, ...] = ()


class Namer(Protocol):
    """How the report names people and organisations, and what it makes of free text."""

    def person(self, user_id: str | None) -> str: ...

    def organisation(self, organisation_id: int | None) -> str: ...

    def text(self, text: str) -> str: ...


class PlainNamer:
    """Real names, for the coordinators' own report; mentions become '@Name'.
    `experience_label` is a template such as '{name} (ervaringsdeskundige)'."""

    def __init__(
        self,
        organisations: dict[int, str],
        people: Iterable[Person],
        unknown: str,
        *,
        experience_experts: Collection[str] = (),
        experience_label: str = "{name}",
    ) -> None:
        self._organisations = organisations
        self._people = {p.user_id: next((n for n in p.names if n), p.user_id) for p in people}
        self._unknown = unknown
        self._experts = frozenset(experience_experts)
        self._experience_label = experience_label

    def person(self, user_id: str | None) -> str:
        name = self._people.get(user_id or "", user_id or self._unknown)
        if user_id in self._experts:
            return self._experience_label.format(name=name)
        return name

    def organisation(self, organisation_id: int | None) -> str:
        return self._organisations.get(organisation_id or 0, self._unknown)

    def text(self, text: str) -> str:
        return MENTION.sub(lambda m: "@" + self.person(m.group(1)), readable(text))


class Anonymiser:
    """Neutral labels, the same for one subject throughout one report.

    `organisation_label` and `person_label` are templates such as 'Organisatie {letter}' and
    'Deelnemer {number}'; organisations are lettered in the order given, people numbered in
    the order given and then in the order they first turn up. Experts by experience get
    `experience_label` ('Ervaringsdeskundige {number}'), numbered on their own.
    """

    def __init__(
        self,
        organisations: dict[int, str],
        people: Iterable[Person],
        *,
        organisation_label: str,
        person_label: str,
        email_label: str,
        phone_label: str,
        unknown: str,
        link_label: str = "[link]",
        named: Collection[int] = (),
        experience_experts: Collection[str] = (),
        experience_label: str = "",
    ) -> None:
        self._person_label = person_label
        self._experts = frozenset(experience_experts)
        self._experience_label = experience_label or person_label
        self._unknown = unknown
        self._email_label, self._phone_label = email_label, phone_label
        self._link_label = link_label
        anonymous = [org_id for org_id in organisations if org_id not in named]
        self._org_labels = {
            org_id: organisation_label.format(letter=_letters(index))
            for index, org_id in enumerate(anonymous)
        }
        self._org_labels |= {
            org_id: organisations[org_id] for org_id in named if org_id in organisations
        }
        self._person_labels: dict[str, str] = {}
        self._numbers = {False: 0, True: 0}  # the next number, for others and for experts
        names: dict[str, str] = {}
        surnames: set[str] = set()
        for person in people:
            label = self.person(person.user_id)
            variants, family = _person_variants(person.names)
            for variant in variants:
                names.setdefault(variant, label)
            surnames |= family
        for org_id in anonymous:
            for variant in _organisation_variants(organisations[org_id]):
                names.setdefault(variant, self._org_labels[org_id])
        self._names, self._surnames = names, frozenset(surnames)
        alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        # Initials and surname particles before a name go with it: 'J.P. van der Berg'.
        self._pattern = (
            re.compile(rf"(?<!\w)({_PREFIX})({alternatives})(?!\w)") if alternatives else None
        )

    def person(self, user_id: str | None) -> str:
        key = user_id or ""
        if key not in self._person_labels:
            expert = key in self._experts
            self._numbers[expert] += 1
            label = self._experience_label if expert else self._person_label
            self._person_labels[key] = label.format(number=self._numbers[expert])
        return self._person_labels[key]

    def organisation(self, organisation_id: int | None) -> str:
        return self._org_labels.get(organisation_id or 0, self._unknown)

    def text(self, text: str) -> str:
        text = MENTION.sub(lambda m: self.person(m.group(1)), readable(text))
        text = _EMAIL.sub(self._email_label, text)
        text = _LINK.sub(self._link, text)
        text = _PHONE.sub(self._phone_label, text)
        if self._pattern is None:
            return text
        return _replace_folded(text, self._pattern, self._names, self._surnames)

    def _link(self, match: re.Match[str]) -> str:
        link = match.group(0)
        kept = link.rstrip(_TRAILING)
        return self._link_label + link[len(kept) :]


# Initials ('J.', 'J.P.', 'j ') and Dutch surname particles, written out or short ('v.d.').
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r"|v\.|d\.|vd\.?)"
_PREFIX = rf"(?:(?:[a-z]\.\s?){{1,4}}\s?|[a-z]\s)?(?:{_PARTICLE}\s?)*"


def _replace_folded(
    text: str, pattern: re.Pattern[str], labels: dict[str, str], surnames: Collection[str]
) -> str:
    """Match on a folded copy of `text` (one character for one, so positions agree) and
    replace those spans in the original. Initials and particles before a name go with it only
    when the name is a surname ('J. de Vries'), so 'van Jan' keeps its 'van'."""
    folded = _fold_chars(text)
    pieces: list[str] = []
    position = 0
    last = ""
    for match in pattern.finditer(folded):
        name = match.group(2)
        start = match.start() if name in surnames else match.start(2)
        between = text[position:start]
        if not (labels[name] == last and between.isspace()):  # 'Jan v.d. Berg': one label
            pieces += [between, labels[name]]
        last, position = labels[name], match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def _fold_chars(text: str) -> str:
    """`text` folded one character for one (ASCII, most text, is only lowered)."""
    return text.lower() if text.isascii() else "".join(map(_fold_char, text))


@lru_cache(maxsize=4096)  # a report folds the same few hundred characters again and again
def _fold_char(char: str) -> str:
    folded = fold(char)
    return folded[0] if len(folded) >= 1 else char


def _fold_name(name: str) -> str:
    return _fold_chars(" ".join(name.split()))


def _organisation_variants(name: str) -> set[str]:
    """The name as typed, written as one word (as in a web address), and its distinctive
    words ('noorderbreedte' of 'Zorggroep Noorderbreedte', not 'zorggroep')."""
    full = _fold_name(name)
    compact = re.sub(r"[\W_]+", "", full)
    words = [
        word
        for word in re.split(r"[\W_]+", full)
        if len(word) >= MIN_ORGANISATION_WORD and word not in GENERIC_ORGANISATION_WORDS
    ]
    return {variant for variant in (full, compact, *words) if len(variant) >= MIN_NAME_PART}


def _person_variants(names: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Every way a person's name may turn up, and which of those are surnames (a surname may
    come with initials and particles before it: 'J. van der Berg')."""
    variants: set[str] = set()
    surnames: set[str] = set()
    for name in names:
        full = _fold_name(name.lstrip("@"))
        if len(full) >= MIN_NAME_PART:
            variants.add(full)
        parts = [part for part in re.split(r"[\s.,_]+", full) if part]
        for index, part in enumerate(parts):
            pieces = [part, *part.split("-")] if "-" in part else [part]
            for piece in pieces:
                if len(piece) >= MIN_NAME_PART and piece not in NAME_PARTICLES:
                    variants.add(piece)
                    if index > 0:
                        surnames.add(piece)
        if len(parts) > 1:
            surnames.add(full)
    return variants, surnames


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: enough labels for any number of organisations."""
    letters = string.ascii_uppercase
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = letters[rest] + label
    return label
