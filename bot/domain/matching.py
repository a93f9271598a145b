"""Matching on the intake: who brings what I come to get, and who wants what I bring.

Deliberately simple so that a person can check every result by hand: a shared tag is worth
TAG_POINTS, a shared word (same Dutch stem) WORD_POINTS. Ties are broken by the number of shared
tags, then the organisation's name, so the same intakes always give the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.domain import text

TAG_POINTS = 2
WORD_POINTS = 1
MATCHES_SHOWN = 5
WORDS_SHOWN = 6
COMMON_WORDS_MIN_ORGANISATIONS = 2


@dataclass(frozen=True)
class Side:
    """One side of an intake (bringing or taking): its tags and its content words."""

    tags: frozenset[str]
    words: Mapping[str, str]  # stem -> the word as the person wrote it

    @classmethod
    def of(cls, tags: Iterable[str], texts: Iterable[str]) -> Side:
        words: dict[str, str] = {}
        for answer in texts:
            for stem, word in text.terms(answer).items():
                words.setdefault(stem, word)
        return cls(frozenset(tags), words)


@dataclass(frozen=True)
class Profile:
    """A shareable intake as matching sees it."""

    user_id: str
    organisation_id: int
    organisation: str
    bring: Side
    take: Side


@dataclass(frozen=True)
class Match:
    user_id: str
    organisation: str
    score: int
    tags: tuple[str, ...]  # shared tags, in the network's tag order
    words: tuple[str, ...]  # overlapping words as the reader wrote them, alphabetical


@dataclass(frozen=True)
class Matches:
    they_bring: tuple[Match, ...]  # organisations that bring what the reader comes to get
    they_take: tuple[Match, ...]  # organisations that come to get what the reader brings


def find_matches(
    me: Profile,
    others: Iterable[Profile],
    tag_order: Sequence[str],
    limit: int = MATCHES_SHOWN,
) -> Matches:
    """The best person per other organisation, on both sides, best first."""
    candidates = [p for p in others if p.organisation_id != me.organisation_id]
    they_bring = [_match(me.take, p.bring, p, tag_order) for p in candidates]
    they_take = [_match(me.bring, p.take, p, tag_order) for p in candidates]
    return Matches(_best(they_bring, limit), _best(they_take, limit))


def _match(mine: Side, theirs: Side, person: Profile, tag_order: Sequence[str]) -> Match:
    tags = tuple(tag for tag in tag_order if tag in mine.tags & theirs.tags)
    stems = mine.words.keys() & theirs.words.keys()
    words = tuple(sorted({mine.words[stem] for stem in stems}))
    score = TAG_POINTS * len(tags) + WORD_POINTS * len(words)
    return Match(person.user_id, person.organisation, score, tags, words)


def _best(matches: list[Match], limit: int) -> tuple[Match, ...]:
    ranked = sorted(
        (m for m in matches if m.score > 0),
        key=lambda m: (-m.score, -len(m.tags), m.organisation.casefold(), m.user_id),
    )
    seen: set[str] = set()
    best = []
    for match in ranked:
        if match.organisation not in seen:
            seen.add(match.organisation)
            best.append(match)
    return tuple(best[:limit])


@dataclass(frozen=True)
class TagRow:
    """For one tag: which organisations bring it and which come to get it."""

    tag: str
    bringers: tuple[str, ...]
    takers: tuple[str, ...]


def tag_overview(profiles: Iterable[Profile], tag_order: Sequence[str]) -> tuple[TagRow, ...]:
    """The network's brengen/halen per tag, to help pick meeting themes; empty tags left out."""
    bringers: dict[str, set[str]] = defaultdict(set)
    takers: dict[str, set[str]] = defaultdict(set)
    for profile in profiles:
        for tag in profile.bring.tags:
            bringers[tag].add(profile.organisation)
        for tag in profile.take.tags:
            takers[tag].add(profile.organisation)
    return tuple(
        TagRow(tag, _names(bringers[tag]), _names(takers[tag]))
        for tag in tag_order
        if bringers[tag] or takers[tag]
    )


def common_words(
    profiles: Iterable[Profile], *, bringing: bool, limit: int = WORDS_SHOWN
) -> tuple[tuple[str, int], ...]:
    """Words that several organisations use on one side: (word, number of organisations)."""
    organisations: dict[str, set[str]] = defaultdict(set)
    written: dict[str, set[str]] = defaultdict(set)
    for profile in profiles:
        side = profile.bring if bringing else profile.take
        for stem, word in side.words.items():
            organisations[stem].add(profile.organisation)
            written[stem].add(word)
    counted = [
        (min(written[stem]), len(orgs))
        for stem, orgs in organisations.items()
        if len(orgs) >= COMMON_WORDS_MIN_ORGANISATIONS
    ]
    return tuple(sorted(counted, key=lambda item: (-item[1], item[0]))[:limit])


def _names(organisations: set[str]) -> tuple[str, ...]:
    return tuple(sorted(organisations, key=str.casefold))
