"""The network finder: propose groups of 6 to 10 organisations that could form a learning network.

Seed 004 asks how to form a network: organisations nearby, to limit travel, or organisations
that struggle with the same themes? The finder does both, in that order: shared themes first,
then distance, then the *bouwstenen*, then shared words in the learning needs. Pure and
deterministic: the same candidates (in any order) always give the same proposal, and a person
can follow every step by hand.

Reach (a hard rule). An organisation that will not travel further only sits with organisations
in its own or a neighbouring province (`provinces.distance` <= 1). Two organisations that both
travel may sit together anywhere.

Pair score (between two organisations within reach), in points:
    THEME_POINTS per shared theme
  - DISTANCE_POINTS per province border between them (0 in the same province)
  + BLOCK_POINTS per shared bouwsteen
  + WORD_POINTS per shared word stem (Dutch stemming of `bot.domain.text`) in the learning
    needs, or in what one brings and the other needs, at most WORD_CAP words.
The weights make the order strict (lexicographic) for a pair: one theme outweighs the
longest distance (4 borders in the Netherlands) plus all bouwstenen and words; one border
outweighs all six bouwstenen plus words; one bouwsteen outweighs all words. A candidate's gain
for a group is the sum of its pair scores with the members.

The algorithm, with every tie broken by the smaller candidate id:
1. Seed. Among the candidates not yet placed, take the theme held by the most of them (ties:
   alphabetical); when nobody has a theme left, the bouwsteen held by the most; when nobody
   has either, plain proximity. Its holders are the pool. The seed is the holder with the most
   other holders within its reach.
2. Grow. Add, one at a time, the holder within reach of every member with the highest gain,
   up to a target size: the pool within the seed's reach is split into as few groups of at
   most `max_size` as possible, but into fewer when that would make them smaller than
   `min_size` (13 holders give 7 now and 6 next; 11 give 10). A group still below `min_size`
   when no holder fits is filled to `min_size` with other candidates within reach that have a
   positive gain. Repeat from 1 until everyone is placed.
3. Repair. Each group below `min_size` (largest first) takes members, one at a time, from
   groups above `min_size` or from other groups below it: the move that helps most (gain in
   the group minus the loss in the one it leaves), within reach of every member. Groups still
   too small are dissolved.
4. Place the rest. Each unplaced candidate, in id order, joins the group with room, within its
   reach and sharing something with it (a theme, bouwsteen or word of at least one member),
   where its gain is highest; otherwise it is a leftover with a reason code.

A leftover gets the first reason code that holds: too few candidates in all; too few
within its reach for any group; a group within reach shares something but is full; the
groups within reach with room share nothing with it; else no group formed around it.

Pairs are scored once each (cached), so 500 candidates take well under a second.
The result is data (codes and values), never text: the Slack screen words it in Dutch or
English.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from bot.domain import text
from bot.domain.network import BUILDING_BLOCKS, MAX_ORGANISATIONS, MIN_ORGANISATIONS
from bot.domain.provinces import Province, UnknownProvinceError, distance, parse_province

THEME_POINTS = 400
DISTANCE_POINTS = 70
BLOCK_POINTS = 10
WORD_POINTS = 1
WORD_CAP = 9
NEIGHBOURING = 1  # borders a non-traveller will cross: its own and the neighbouring provinces
BLOCK_NUMBERS = range(1, len(BUILDING_BLOCKS) + 1)  # bouwstenen are numbered 1..6 (seed 001)
SHARED_MIN = 2  # a theme, bouwsteen or word is "shared" when at least two members have it

_Key = TypeVar("_Key", str, int)

__all__ = [
    "Basis",
    "Candidate",
    "CandidateError",
    "DuplicateCandidateError",
    "Group",
    "GroupReason",
    "InvalidBuildingBlockError",
    "Leftover",
    "LeftoverReason",
    "NoGroupReason",
    "Proposal",
    "UnknownProvinceError",
    "describe",
    "normalise_theme",
    "propose_groups",
    "within_reach",
]


class CandidateError(ValueError):
    """A candidate the finder refuses; `field` and `code` let the flow show a field error."""

    field = "candidate"
    code = "invalid_candidate"

    def __init__(self, candidate_id: int, detail: str) -> None:
        super().__init__(f"candidate {candidate_id}: {detail}")
        self.candidate_id = candidate_id


class InvalidBuildingBlockError(CandidateError):
    field = "building_blocks"
    code = "unknown_building_block"


class DuplicateCandidateError(CandidateError):
    field = "id"
    code = "duplicate_candidate"


class Basis(StrEnum):
    """What a group was seeded on."""

    THEME = "theme"
    BUILDING_BLOCK = "building_block"
    PROXIMITY = "proximity"


class LeftoverReason(StrEnum):
    TOO_FEW_CANDIDATES = "too_few_candidates"  # fewer candidates in all than a group needs
    TOO_FEW_NEARBY = "too_few_nearby"  # fewer than a group within its reach
    GROUPS_FULL = "groups_full"  # a group within reach shares something but is full
    NOTHING_SHARED = "nothing_shared"  # groups within reach have room but share nothing
    NO_GROUP_FORMED = "no_group_formed"  # enough nearby, but no full group formed around it


class NoGroupReason(StrEnum):
    TOO_FEW_CANDIDATES = "too_few_candidates"
    NO_GROUP_FITS = "no_group_fits"


def normalise_theme(theme: str) -> str:
    """One spelling per theme: lower case, no accents, no '#', single spaces."""
    return re.sub(r"\s+", " ", text.fold(theme).replace("#", " ")).strip()


@dataclass(frozen=True)
class Candidate:
    """An organisation that registered its interest in a learning network."""

    id: int
    name: str
    province: Province
    travels: bool  # will travel beyond the neighbouring provinces
    themes: frozenset[str] = frozenset()
    building_blocks: frozenset[int] = frozenset()
    learning_needs: str = ""
    brings: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.province, Province):
            raise UnknownProvinceError(self.province)
        themes = frozenset(t for t in map(normalise_theme, self.themes) if t)
        object.__setattr__(self, "themes", themes)
        object.__setattr__(self, "building_blocks", frozenset(self.building_blocks))
        for block in self.building_blocks:
            if block not in BLOCK_NUMBERS:
                raise InvalidBuildingBlockError(self.id, f"no bouwsteen {block!r}")

    @classmethod
    def of(
        cls,
        *,
        id: int,
        name: str,
        province: str | Province | None,
        travels: bool = False,
        themes: Iterable[str] = (),
        building_blocks: Iterable[int] = (),
        learning_needs: str = "",
        brings: str = "",
    ) -> Candidate:
        """A candidate from stored or typed values; raises UnknownProvinceError for no province."""
        return cls(
            id=id,
            name=name,
            province=parse_province(province),
            travels=travels,
            themes=frozenset(themes),
            building_blocks=frozenset(building_blocks),
            learning_needs=learning_needs,
            brings=brings,
        )


@dataclass(frozen=True)
class GroupReason:
    """Why these organisations were put together, for the coordinator's screen."""

    basis: Basis
    basis_value: str | int | None  # the theme, the bouwsteen number, or None for proximity
    shared_themes: tuple[tuple[str, int], ...]  # (theme, members holding it), most shared first
    shared_building_blocks: tuple[tuple[int, int], ...]  # (bouwsteen 1..6, members)
    shared_words: tuple[tuple[str, int], ...]  # words from the learning needs, as written
    provinces: tuple[tuple[Province, int], ...]  # (province, members), most members first
    travellers: tuple[int, ...]  # ids of members who go beyond a neighbouring province
    max_distance: int  # borders between the two members furthest apart


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]  # candidate ids, ascending
    reason: GroupReason
    score: int  # sum of the pair scores: higher is a closer group

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Leftover:
    candidate_id: int
    reason: LeftoverReason


@dataclass(frozen=True)
class Proposal:
    groups: tuple[Group, ...]
    leftovers: tuple[Leftover, ...]  # by candidate id
    no_group_reason: NoGroupReason | None = None  # set when there is no group at all

    def group_of(self, candidate_id: int) -> Group | None:
        return next((g for g in self.groups if candidate_id in g.members), None)


class _Node:
    """A candidate with what scoring needs precomputed as plain values (scoring is the hot path)."""

    __slots__ = (
        *("blocks", "bring_stems", "candidate", "id", "need_stems", "needs"),
        *("place", "themes", "travels"),
    )

    def __init__(self, candidate: Candidate) -> None:
        self.candidate = candidate
        self.id = candidate.id
        self.place = _PROVINCE_INDEX[candidate.province]
        self.travels = candidate.travels
        self.themes = candidate.themes
        self.blocks = candidate.building_blocks
        self.needs = text.terms(candidate.learning_needs)  # stem -> word as written
        self.need_stems = frozenset(self.needs)
        self.bring_stems = frozenset(text.terms(candidate.brings))


_PROVINCE_INDEX = {province: index for index, province in enumerate(Province)}
_HOPS = [[distance(a, b) for b in Province] for a in Province]


class _Scorer:
    def __init__(self, nodes: Sequence[_Node]) -> None:
        self.nodes = {node.id: node for node in nodes}
        self._cache: dict[tuple[int, int], int | None] = {}

    def pair(self, a: int, b: int) -> int | None:
        """The pair score, or None when the two are not within each other's reach."""
        key = (a, b) if a < b else (b, a)
        try:
            return self._cache[key]
        except KeyError:
            score = self._cache[key] = self._score(self.nodes[a], self.nodes[b])
            return score

    def within_reach(self, a: int, b: int) -> bool:
        return self.pair(a, b) is not None

    def gain(self, candidate: int, members: Iterable[int]) -> int | None:
        total = 0
        for member in members:
            score = self.pair(candidate, member)
            if score is None:
                return None
            total += score
        return total

    def shares(self, candidate: int, members: Iterable[int]) -> bool:
        """Whether the candidate has a theme, bouwsteen or word in common with any member."""
        x = self.nodes[candidate]
        return any(_affinity(x, self.nodes[m]) > 0 for m in members)

    @staticmethod
    def _score(x: _Node, y: _Node) -> int | None:
        hops = _HOPS[x.place][y.place]
        if hops > NEIGHBOURING and not (x.travels and y.travels):
            return None
        return _affinity(x, y) - DISTANCE_POINTS * hops


def _affinity(x: _Node, y: _Node) -> int:
    """The pair score without distance: what two organisations have in common."""
    words = (
        len(x.need_stems & y.need_stems)
        + len(x.bring_stems & y.need_stems)
        + len(y.bring_stems & x.need_stems)
    )
    return (
        THEME_POINTS * len(x.themes & y.themes)
        + BLOCK_POINTS * len(x.blocks & y.blocks)
        + WORD_POINTS * min(WORD_CAP, words)
    )


@dataclass
class _Draft:
    basis: Basis
    basis_value: str | int | None
    members: list[int]


def propose_groups(
    candidates: Iterable[Candidate],
    *,
    min_size: int = MIN_ORGANISATIONS,
    max_size: int = MAX_ORGANISATIONS,
) -> Proposal:
    """Groups of `min_size` to `max_size` organisations and who fits nowhere yet (see module)."""
    if not 1 <= min_size <= max_size:
        raise ValueError(f"need 1 <= min_size <= max_size, got {min_size}..{max_size}")
    nodes = _nodes(candidates)
    if len(nodes) < min_size:
        return Proposal(
            groups=(),
            leftovers=tuple(Leftover(n.id, LeftoverReason.TOO_FEW_CANDIDATES) for n in nodes),
            no_group_reason=NoGroupReason.TOO_FEW_CANDIDATES,
        )
    scorer = _Scorer(nodes)
    by_id = {node.id: node.candidate for node in nodes}
    drafts = _seed_and_grow(by_id, scorer, min_size, max_size)
    drafts = _repair(drafts, scorer, min_size)
    full = [d for d in drafts if len(d.members) >= min_size]
    placed = {m for d in full for m in d.members}
    rest = [cid for cid in sorted(by_id) if cid not in placed]
    rest = _place_rest(rest, full, scorer, max_size)
    groups = tuple(_group(d, by_id, scorer) for d in full)
    leftovers = tuple(
        Leftover(cid, _leftover_reason(cid, full, by_id, scorer, min_size, max_size))
        for cid in rest
    )
    return Proposal(
        groups=groups,
        leftovers=leftovers,
        no_group_reason=None if groups else NoGroupReason.NO_GROUP_FITS,
    )


def _nodes(candidates: Iterable[Candidate]) -> list[_Node]:
    nodes: dict[int, _Node] = {}
    for candidate in candidates:
        if not isinstance(candidate.province, Province):  # e.g. built with dataclasses.replace
            raise UnknownProvinceError(candidate.province)
        if candidate.id in nodes:
            raise DuplicateCandidateError(candidate.id, "registered twice")
        nodes[candidate.id] = _Node(candidate)
    return [nodes[cid] for cid in sorted(nodes)]


def _seed_and_grow(
    by_id: dict[int, Candidate], scorer: _Scorer, min_size: int, max_size: int
) -> list[_Draft]:
    unplaced = set(by_id)
    drafts: list[_Draft] = []
    while unplaced:
        basis, value, pool = _seed_pool(unplaced, by_id)
        reach = _reach_counts(pool, by_id)
        seed = max(pool, key=lambda c: (reach[c], -c))
        within = [c for c in pool if c == seed or scorer.within_reach(seed, c)]
        members = [seed]
        _grow(members, sorted(within), scorer, _target(len(within), min_size, max_size))
        if len(members) < min_size:
            others = sorted(unplaced - set(pool))
            _grow(members, others, scorer, min_size, positive_only=True)
        unplaced -= set(members)
        drafts.append(_Draft(basis, value, members))
    return drafts


def _seed_pool(
    unplaced: set[int], by_id: dict[int, Candidate]
) -> tuple[Basis, str | int | None, list[int]]:
    themes = Counter(t for c in unplaced for t in by_id[c].themes)
    if themes:
        theme = min(themes, key=lambda t: (-themes[t], t))
        return Basis.THEME, theme, sorted(c for c in unplaced if theme in by_id[c].themes)
    blocks = Counter(b for c in unplaced for b in by_id[c].building_blocks)
    if blocks:
        block = min(blocks, key=lambda b: (-blocks[b], b))
        pool = sorted(c for c in unplaced if block in by_id[c].building_blocks)
        return Basis.BUILDING_BLOCK, block, pool
    return Basis.PROXIMITY, None, sorted(unplaced)


def within_reach(a: Candidate, b: Candidate) -> bool:
    """The reach rule: a non-traveller only meets its own and the neighbouring provinces."""
    return _reaches((a.province, a.travels), (b.province, b.travels))


def _reaches(a: tuple[Province, bool], b: tuple[Province, bool]) -> bool:
    return (a[1] and b[1]) or distance(a[0], b[0]) <= NEIGHBOURING


def _reach_counts(pool: Sequence[int], by_id: dict[int, Candidate]) -> dict[int, int]:
    """For each pool member, how many others in the pool are within its reach (linear time)."""
    kinds = Counter((by_id[c].province, by_id[c].travels) for c in pool)
    counts = {
        kind: sum(n for other, n in kinds.items() if _reaches(kind, other)) - 1 for kind in kinds
    }
    return {c: counts[by_id[c].province, by_id[c].travels] for c in pool}


def _target(pool_size: int, min_size: int, max_size: int) -> int:
    """As few groups of at most max_size as possible, but none made smaller than min_size."""
    count = math.ceil(pool_size / max_size)
    while count > 1 and pool_size < count * min_size:
        count -= 1
    return min(max_size, math.ceil(pool_size / count))


def _grow(
    members: list[int],
    options: Sequence[int],
    scorer: _Scorer,
    size: int,
    *,
    positive_only: bool = False,
) -> None:
    """Add the option with the highest gain, within reach of every member, until `size`."""
    gains: dict[int, int] = {}
    for option in options:
        if option in members:
            continue
        gain = scorer.gain(option, members)
        if gain is not None:
            gains[option] = gain
    while len(members) < size and gains:
        best = min(gains, key=lambda c: (-gains[c], c))
        if positive_only and gains[best] <= 0:
            return
        members.append(best)
        del gains[best]
        for option in list(gains):
            score = scorer.pair(option, best)
            if score is None:
                del gains[option]
            else:
                gains[option] += score


def _repair(drafts: list[_Draft], scorer: _Scorer, min_size: int) -> list[_Draft]:
    """Fill groups below min_size by moving members in; dissolve those that stay too small."""
    small = sorted(
        (d for d in drafts if len(d.members) < min_size),
        key=lambda d: (-len(d.members), min(d.members)),
    )
    for draft in small:
        if not draft.members:  # emptied by an earlier repair
            continue
        while len(draft.members) < min_size:
            move = _best_move(draft, drafts, scorer, min_size)
            if move is None:
                break
            source, member = move
            source.members.remove(member)
            draft.members.append(member)
    return [d for d in drafts if d.members]


def _best_move(
    target: _Draft, drafts: list[_Draft], scorer: _Scorer, min_size: int
) -> tuple[_Draft, int] | None:
    best: tuple[int, int] | None = None
    chosen: tuple[_Draft, int] | None = None
    for source in drafts:
        if source is target:
            continue
        small = len(source.members) < min_size
        if not small and len(source.members) <= min_size:
            continue  # taking one would break a group that is just big enough
        if small and len(source.members) > len(target.members):
            continue  # a bigger group in need does not feed a smaller one
        for member in source.members:
            gain = scorer.gain(member, target.members)
            if gain is None:
                continue
            stay = [m for m in source.members if m != member]
            loss = 0 if small else (scorer.gain(member, stay) or 0)
            key = (-(gain - loss), member)
            if best is None or key < best:
                best, chosen = key, (source, member)
    return chosen


def _place_rest(rest: list[int], groups: list[_Draft], scorer: _Scorer, max_size: int) -> list[int]:
    """Put each unplaced candidate in the group with room where it gains most; return the rest."""
    left: list[int] = []
    for cid in rest:
        best: tuple[int, int] | None = None
        for index, group in enumerate(groups):
            if len(group.members) >= max_size:
                continue
            gain = scorer.gain(cid, group.members)
            if gain is None or not scorer.shares(cid, group.members):
                continue
            if best is None or (-gain, index) < best:
                best = (-gain, index)
        if best is None:
            left.append(cid)
        else:
            groups[best[1]].members.append(cid)
    return left


def _leftover_reason(
    cid: int,
    groups: list[_Draft],
    by_id: dict[int, Candidate],
    scorer: _Scorer,
    min_size: int,
    max_size: int,
) -> LeftoverReason:
    nearby = sum(1 for other in by_id if other != cid and scorer.within_reach(cid, other))
    if nearby + 1 < min_size:
        return LeftoverReason.TOO_FEW_NEARBY
    gains = [(g, scorer.gain(cid, g.members)) for g in groups]
    if any(
        gain is not None and scorer.shares(cid, g.members)
        for g, gain in gains
        if len(g.members) >= max_size
    ):
        return LeftoverReason.GROUPS_FULL
    if any(gain is not None for g, gain in gains if len(g.members) < max_size):
        return LeftoverReason.NOTHING_SHARED
    return LeftoverReason.NO_GROUP_FORMED


def _group(draft: _Draft, by_id: dict[int, Candidate], scorer: _Scorer) -> Group:
    members = tuple(sorted(draft.members))
    people = [by_id[m] for m in members]
    themes = Counter(t for c in people for t in c.themes)
    blocks = Counter(b for c in people for b in c.building_blocks)
    provinces = Counter(c.province for c in people)
    stems: Counter[str] = Counter()
    written: dict[str, str] = {}
    for member in members:
        for stem, word in scorer.nodes[member].needs.items():
            stems[stem] += 1
            written[stem] = min(written.get(stem, word), word)
    furthest = {c.id: max(distance(c.province, other.province) for other in people) for c in people}
    score = sum(scorer.pair(a, b) or 0 for i, a in enumerate(members) for b in members[i + 1 :])
    return Group(
        members=members,
        reason=GroupReason(
            basis=draft.basis,
            basis_value=draft.basis_value,
            shared_themes=_shared(themes),
            shared_building_blocks=_shared(blocks),
            shared_words=_shared(Counter({written[s]: n for s, n in stems.items()})),
            provinces=tuple(sorted(provinces.items(), key=lambda p: (-p[1], p[0].value))),
            travellers=tuple(cid for cid in members if furthest[cid] > NEIGHBOURING),
            max_distance=max(furthest.values()),
        ),
        score=score,
    )


def _shared(counts: Counter[_Key]) -> tuple[tuple[_Key, int], ...]:
    shared = [(key, n) for key, n in counts.items() if n >= SHARED_MIN]
    return tuple(sorted(shared, key=lambda item: (-item[1], item[0])))


def describe(candidates: Iterable[Candidate], basis: Basis, basis_value: str | int | None) -> Group:
    """The reason for a group as it stands now (after the coordinator moved organisations):
    the same figures as a proposed group, recomputed for these members."""
    nodes = _nodes(candidates)
    if not nodes:
        raise ValueError("a group needs at least one member")
    by_id = {node.id: node.candidate for node in nodes}
    draft = _Draft(basis, basis_value, [node.id for node in nodes])
    return _group(draft, by_id, _Scorer(nodes))
