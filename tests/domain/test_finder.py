"""The network finder's quality: a partition into groups of 6 to 10, themes first, then distance."""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.finder import (
    BLOCK_POINTS,
    DISTANCE_POINTS,
    THEME_POINTS,
    WORD_CAP,
    WORD_POINTS,
    Basis,
    Candidate,
    DuplicateCandidateError,
    InvalidBuildingBlockError,
    LeftoverReason,
    NoGroupReason,
    Proposal,
    normalise_theme,
    propose_groups,
    within_reach,
)
from bot.domain.provinces import Province, UnknownProvinceError, distance

P = Province


def org(
    id: int,
    province: Province = P.UTRECHT,
    themes: Iterable[str] = ("dementie",),
    *,
    travels: bool = False,
    blocks: Iterable[int] = (),
    needs: str = "",
    brings: str = "",
) -> Candidate:
    return Candidate(
        id=id,
        name=f"Zorg {id}",
        province=province,
        travels=travels,
        themes=frozenset(themes),
        building_blocks=frozenset(blocks),
        learning_needs=needs,
        brings=brings,
    )


def orgs(ids: Iterable[int], province: Province = P.UTRECHT, **kwargs) -> list[Candidate]:
    return [org(i, province, **kwargs) for i in ids]


def sizes(proposal: Proposal) -> list[int]:
    return [group.size for group in proposal.groups]


def assert_partition(proposal: Proposal, candidates: Sequence[Candidate]) -> None:
    """Nobody in two groups, nobody lost, nobody invented."""
    placed = [m for group in proposal.groups for m in group.members]
    left = [leftover.candidate_id for leftover in proposal.leftovers]
    assert len(placed) == len(set(placed))
    assert not set(placed) & set(left)
    assert sorted(placed + left) == sorted(c.id for c in candidates)


def test_weights_order_themes_then_distance_then_bouwstenen_then_words() -> None:
    furthest = max(distance(a, b) for a in Province for b in Province)
    words = WORD_POINTS * WORD_CAP
    assert DISTANCE_POINTS * furthest + BLOCK_POINTS * 6 + words < THEME_POINTS
    assert BLOCK_POINTS * 6 + words < DISTANCE_POINTS
    assert words < BLOCK_POINTS


def test_thirteen_that_fit_together_give_two_groups() -> None:
    candidates = orgs(range(1, 14))
    proposal = propose_groups(candidates)
    assert_partition(proposal, candidates)
    assert sorted(sizes(proposal)) == [6, 7]
    assert proposal.leftovers == ()
    assert proposal.no_group_reason is None


def test_eleven_that_fit_together_give_one_full_group_and_a_leftover() -> None:
    candidates = orgs(range(1, 12))
    proposal = propose_groups(candidates)
    assert sizes(proposal) == [10]
    assert [(x.candidate_id, x.reason) for x in proposal.leftovers] == [
        (11, LeftoverReason.GROUPS_FULL)
    ]


def test_thirteen_split_by_distance_give_one_group_and_leftovers_out_of_reach() -> None:
    candidates = orgs(range(1, 9), P.GRONINGEN) + orgs(range(9, 14), P.LIMBURG)
    proposal = propose_groups(candidates)
    assert_partition(proposal, candidates)
    assert [g.members for g in proposal.groups] == [tuple(range(1, 9))]
    assert {x.candidate_id: x.reason for x in proposal.leftovers} == dict.fromkeys(
        range(9, 14), LeftoverReason.TOO_FEW_NEARBY
    )


@pytest.mark.parametrize(
    ("count", "expected"), [(6, [6]), (10, [10]), (12, [6, 6]), (20, [10, 10]), (21, [7, 7, 7])]
)
def test_sizes_stay_within_six_to_ten(count: int, expected: list[int]) -> None:
    proposal = propose_groups(orgs(range(1, count + 1)))
    assert sorted(sizes(proposal)) == expected
    assert proposal.leftovers == ()


def test_shared_themes_decide_the_groups_before_bouwstenen_and_words() -> None:
    dementia = orgs(range(1, 7), themes=("dementie",), blocks=(2,), needs="nachtdienst")
    staff = orgs(range(7, 13), themes=("personeel",), blocks=(1,), needs="nachtdienst")
    # Odd ones out: their bouwsteen and words match the other theme's group.
    dementia[0] = org(1, themes=("dementie",), blocks=(1,), needs="nachtdienst")
    staff[0] = org(7, themes=("personeel",), blocks=(2,), needs="nachtdienst")
    proposal = propose_groups(dementia + staff)
    by_basis = {g.reason.basis_value: g.members for g in proposal.groups}
    assert by_basis == {"dementie": (1, 2, 3, 4, 5, 6), "personeel": (7, 8, 9, 10, 11, 12)}
    assert all(g.reason.basis is Basis.THEME for g in proposal.groups)


def test_a_shared_theme_beats_a_shorter_trip() -> None:
    """A Gelderland organisation joins the dementia group next door, not the staff group at home."""
    dementia = orgs(range(1, 7), P.UTRECHT, themes=("dementie",))
    staff = orgs(range(7, 13), P.GELDERLAND, themes=("personeel",))
    newcomer = org(13, P.GELDERLAND, themes=("dementie",))
    proposal = propose_groups([*dementia, *staff, newcomer])
    group = proposal.group_of(13)
    assert group is not None
    assert group.members == (1, 2, 3, 4, 5, 6, 13)


def test_distance_beats_bouwstenen() -> None:
    """Same theme everywhere: the two provinces split, even though bouwstenen cross them."""
    utrecht = orgs(range(1, 7), P.UTRECHT, blocks=(1,), travels=True)
    limburg = orgs(range(7, 13), P.LIMBURG, blocks=(2,), travels=True)
    utrecht[0] = org(1, P.UTRECHT, blocks=(2,), travels=True)
    proposal = propose_groups(utrecht + limburg)
    assert sorted(g.members for g in proposal.groups) == [(1, 2, 3, 4, 5, 6), (7, 8, 9, 10, 11, 12)]


def test_limburg_that_will_not_travel_does_not_land_with_groningen() -> None:
    groningen = orgs(range(1, 8), P.GRONINGEN, themes=("dementie",), travels=True)
    limburg = orgs(range(8, 14), P.LIMBURG, themes=("wonen",), blocks=(6,))
    # Shares Groningen's theme; shares only a bouwsteen with the group at home.
    stay_home = org(20, P.LIMBURG, themes=("dementie",), blocks=(6,))
    proposal = propose_groups([*groningen, *limburg, stay_home])
    group = proposal.group_of(20)
    assert group is not None
    assert group.reason.basis_value == "wonen"
    assert set(group.members) == {8, 9, 10, 11, 12, 13, 20}


def test_limburg_that_shares_nothing_nearby_is_left_over_not_sent_to_groningen() -> None:
    groningen = orgs(range(1, 8), P.GRONINGEN, themes=("dementie",), travels=True)
    limburg = orgs(range(8, 14), P.LIMBURG, themes=("wonen",))
    stay_home = org(20, P.LIMBURG, themes=("dementie",))
    proposal = propose_groups([*groningen, *limburg, stay_home])
    assert proposal.group_of(20) is None
    assert [(x.candidate_id, x.reason) for x in proposal.leftovers] == [
        (20, LeftoverReason.NOTHING_SHARED)
    ]


def test_a_limburg_organisation_that_travels_may_join_groningen() -> None:
    groningen = orgs(range(1, 8), P.GRONINGEN, themes=("dementie",), travels=True)
    traveller = org(20, P.LIMBURG, themes=("dementie",), travels=True)
    proposal = propose_groups([*groningen, traveller])
    [group] = proposal.groups
    assert 20 in group.members
    assert group.reason.travellers == (1, 2, 3, 4, 5, 6, 7, 20)
    assert group.reason.max_distance == 4
    assert group.reason.provinces == ((P.GRONINGEN, 7), (P.LIMBURG, 1))


def test_non_travellers_only_meet_neighbouring_provinces() -> None:
    candidates = [
        *orgs(range(1, 5), P.UTRECHT),
        *orgs(range(5, 9), P.NOORD_HOLLAND),
        *orgs(range(9, 13), P.GELDERLAND),
    ]  # Noord-Holland and Gelderland are two borders apart
    proposal = propose_groups(candidates)
    assert_partition(proposal, candidates)
    for group in proposal.groups:
        provinces = {p for p, _ in group.reason.provinces}
        assert not {P.NOORD_HOLLAND, P.GELDERLAND} <= provinces
        assert group.reason.travellers == ()


def test_the_reason_names_shared_themes_bouwstenen_and_words() -> None:
    candidates = [
        org(i, themes=("Dementie", "zingeving") if i <= 3 else ("dementie",), blocks=(1, 6))
        for i in range(1, 7)
    ]
    candidates[0] = dataclasses.replace(candidates[0], learning_needs="Roosters en nachtdiensten")
    candidates[1] = dataclasses.replace(candidates[1], learning_needs="rooster maken")
    proposal = propose_groups(candidates)
    [group] = proposal.groups
    reason = group.reason
    assert (reason.basis, reason.basis_value) == (Basis.THEME, "dementie")
    assert reason.shared_themes == (("dementie", 6), ("zingeving", 3))
    assert reason.shared_building_blocks == ((1, 6), (6, 6))
    assert reason.shared_words == (("rooster", 2),)
    assert reason.provinces == ((P.UTRECHT, 6),)
    assert group.score > 0


def test_same_input_gives_the_same_proposal_also_shuffled() -> None:
    candidates = mixed_candidates(120, seed=7)
    first = propose_groups(candidates)
    assert first.groups  # a meaningful comparison: there is something to compare
    for seed in range(5):
        shuffled = candidates[:]
        random.Random(seed).shuffle(shuffled)
        assert propose_groups(shuffled) == first


def test_too_few_organisations_give_no_group_and_a_reason() -> None:
    candidates = orgs(range(1, 6))
    proposal = propose_groups(candidates)
    assert proposal.groups == ()
    assert proposal.no_group_reason is NoGroupReason.TOO_FEW_CANDIDATES
    assert {x.reason for x in proposal.leftovers} == {LeftoverReason.TOO_FEW_CANDIDATES}
    assert_partition(proposal, candidates)


def test_enough_organisations_but_too_far_apart_give_no_group_fits() -> None:
    candidates = orgs(range(1, 4), P.GRONINGEN) + orgs(range(4, 7), P.ZEELAND)
    proposal = propose_groups(candidates)
    assert proposal.groups == ()
    assert proposal.no_group_reason is NoGroupReason.NO_GROUP_FITS
    assert {x.reason for x in proposal.leftovers} == {LeftoverReason.TOO_FEW_NEARBY}


def test_no_province_is_refused_with_a_field_error() -> None:
    with pytest.raises(UnknownProvinceError) as error:
        Candidate.of(id=1, name="Zorg", province=None)
    assert (error.value.field, error.value.code) == ("province", "unknown_province")
    with pytest.raises(UnknownProvinceError):
        Candidate.of(id=1, name="Zorg", province="Vlaanderen")
    with pytest.raises(UnknownProvinceError):
        org(1, "Utrecht")  # type: ignore[arg-type]  # a string is not a checked province
    assert Candidate.of(id=1, name="Zorg", province="Fryslân").province is P.FRIESLAND


def test_bad_bouwsteen_and_duplicate_ids_are_refused() -> None:
    with pytest.raises(InvalidBuildingBlockError) as error:
        org(1, blocks=(7,))
    assert (error.value.field, error.value.candidate_id) == ("building_blocks", 1)
    with pytest.raises(DuplicateCandidateError):
        propose_groups([org(1), org(1), *orgs(range(2, 7))])
    with pytest.raises(ValueError):
        propose_groups(orgs(range(1, 7)), min_size=8, max_size=6)


def test_themes_are_normalised() -> None:
    assert normalise_theme("  #Dementie  Zorg ") == "dementie zorg"
    assert normalise_theme("Zíngeving") == "zingeving"
    assert org(1, themes=("Dementie", "dementie", " ")).themes == frozenset({"dementie"})


def test_learning_needs_words_bring_organisations_together() -> None:
    """All else equal, the group of the seed takes those whose needs share its words."""
    candidates = [
        *orgs(range(1, 8), needs="valpreventie bij ouderen"),
        *orgs(range(8, 15), needs="mondzorg op de afdeling"),
    ]
    proposal = propose_groups(candidates)
    assert sorted(g.members for g in proposal.groups) == [
        tuple(range(1, 8)),
        tuple(range(8, 15)),
    ]


def mixed_candidates(count: int, seed: int) -> list[Candidate]:
    rng = random.Random(seed)
    themes = ["dementie", "valpreventie", "personeel", "medicatie", "zingeving", "wonen"]
    needs = ["roosters en personeel behouden", "dementie thuis", "werken met cijfers", ""]
    return [
        org(
            i,
            rng.choice(list(Province)),
            rng.sample(themes, rng.randint(0, 2)),
            travels=rng.random() < 0.3,
            blocks=rng.sample(range(1, 7), rng.randint(0, 3)),
            needs=rng.choice(needs),
            brings=rng.choice(needs),
        )
        for i in range(1, count + 1)
    ]


def test_five_hundred_candidates_are_grouped_well_under_a_second() -> None:
    candidates = mixed_candidates(500, seed=1)
    started = time.process_time()  # CPU time: the test machine is shared
    proposal = propose_groups(candidates)
    assert time.process_time() - started < 1.0
    assert_partition(proposal, candidates)
    assert len(proposal.groups) >= 40


candidate_strategy = st.builds(
    org,
    id=st.integers(min_value=1, max_value=10_000),
    province=st.sampled_from(list(Province)),
    themes=st.sets(st.sampled_from(["dementie", "wonen", "personeel", "zingeving"]), max_size=2),
    travels=st.booleans(),
    blocks=st.sets(st.integers(min_value=1, max_value=6), max_size=3),
    needs=st.sampled_from(["", "roosters maken", "dementie thuis", "cijfers en data"]),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(candidate_strategy, max_size=60, unique_by=lambda c: c.id),
    st.integers(min_value=2, max_value=6),
    st.integers(min_value=0, max_value=4),
    st.randoms(use_true_random=False),
)
def test_invariants_hold_for_any_candidates(
    candidates: list[Candidate], min_size: int, extra: int, rnd: random.Random
) -> None:
    max_size = min_size + extra
    proposal = propose_groups(candidates, min_size=min_size, max_size=max_size)
    assert_partition(proposal, candidates)
    by_id = {c.id: c for c in candidates}
    for group in proposal.groups:
        assert min_size <= group.size <= max_size
        assert list(group.members) == sorted(group.members)
        people = [by_id[m] for m in group.members]
        assert all(within_reach(a, b) for a in people for b in people)
        assert sum(n for _, n in group.reason.provinces) == group.size
    assert [x.candidate_id for x in proposal.leftovers] == sorted(
        x.candidate_id for x in proposal.leftovers
    )
    assert (proposal.no_group_reason is None) == bool(proposal.groups)
    if len(candidates) < min_size:
        assert proposal.no_group_reason is NoGroupReason.TOO_FEW_CANDIDATES
    shuffled = candidates[:]
    rnd.shuffle(shuffled)
    assert propose_groups(shuffled, min_size=min_size, max_size=max_size) == proposal
