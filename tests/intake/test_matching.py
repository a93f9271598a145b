"""Matching on the intake: deterministic, explainable ranking on a small fixture."""

from __future__ import annotations

from bot.domain.matching import (
    Profile,
    Side,
    common_words,
    find_matches,
    tag_overview,
)

TAGS = ("theme:1", "block:learning_capacity", "block:governance", "block:data")


def profile(
    user: str,
    org_id: int,
    org: str,
    bring: str = "",
    take: str = "",
    bring_tags: tuple[str, ...] = (),
    take_tags: tuple[str, ...] = (),
) -> Profile:
    return Profile(user, org_id, org, Side.of(bring_tags, [bring]), Side.of(take_tags, [take]))


ME = profile(
    "U1",
    1,
    "Zorggroep Noord",
    bring="Wij zijn goed in valpreventie bij ouderen",
    take="We lopen vast op roosters en willen leren over dementie",
    bring_tags=("block:learning_capacity",),
    take_tags=("theme:1", "block:data"),
)
OTHERS = [
    # brings two of my tags and one of my words: 2 + 2 + 1 = 5
    profile("U2", 2, "Amstelring", bring="Slimme roosters", bring_tags=("theme:1", "block:data")),
    # brings one tag and two words: 2 + 1 + 1 = 4
    profile("U3", 3, "Buurtzorg", bring="Dementie en roosters", bring_tags=("block:data",)),
    # brings one tag, no words: 2; wants my valpreventie: 1
    profile("U4", 4, "Cordaan", bring="Bestuur", take="valpreventie", bring_tags=("theme:1",)),
    # a colleague from my own organisation never shows up
    profile("U5", 1, "Zorggroep Noord", bring="roosters", bring_tags=("theme:1",)),
    # nothing in common
    profile("U6", 5, "Dijklander", bring="Tuinieren", take="Koken"),
    # same score as Cordaan (2), same tag count: the name decides
    profile("U7", 6, "Aafje", bring="Bestuur", bring_tags=("block:data",)),
]


def test_they_bring_what_i_come_to_get_best_first() -> None:
    matches = find_matches(ME, OTHERS, TAGS)
    ranked = [(m.organisation, m.score) for m in matches.they_bring]
    assert ranked == [("Amstelring", 5), ("Buurtzorg", 4), ("Aafje", 2), ("Cordaan", 2)]
    first = matches.they_bring[0]
    assert first.user_id == "U2"
    assert first.tags == ("theme:1", "block:data")  # in the network's tag order
    assert first.words == ("roosters",)  # as I wrote it
    assert matches.they_bring[1].words == ("dementie", "roosters")


def test_they_want_what_i_bring() -> None:
    matches = find_matches(ME, OTHERS, TAGS)
    assert [(m.organisation, m.score, m.words) for m in matches.they_take] == [
        ("Cordaan", 1, ("valpreventie",))
    ]


def test_the_best_person_of_an_organisation_stands_for_it() -> None:
    colleague = profile("U8", 2, "Amstelring", bring="roosters")  # scores 1, less than U2
    matches = find_matches(ME, [colleague, *OTHERS], TAGS)
    amstelring = [m for m in matches.they_bring if m.organisation == "Amstelring"]
    assert [m.user_id for m in amstelring] == ["U2"]


def test_the_order_does_not_depend_on_the_input_order() -> None:
    forward = find_matches(ME, OTHERS, TAGS)
    backward = find_matches(ME, list(reversed(OTHERS)), TAGS)
    assert forward == backward


def test_the_list_is_cut_at_the_limit() -> None:
    assert len(find_matches(ME, OTHERS, TAGS, limit=2).they_bring) == 2


def test_overview_per_tag_and_common_words() -> None:
    rows = tag_overview([ME, *OTHERS], TAGS)
    by_tag = {row.tag: row for row in rows}
    assert list(by_tag) == ["theme:1", "block:learning_capacity", "block:data"]  # no empty tags
    assert by_tag["theme:1"].bringers == ("Amstelring", "Cordaan", "Zorggroep Noord")
    assert by_tag["theme:1"].takers == ("Zorggroep Noord",)
    bring_words = dict(common_words([ME, *OTHERS], bringing=True))
    assert bring_words["roosters"] == 3  # Amstelring, Buurtzorg, Zorggroep Noord (U5)
    assert bring_words["bestuur"] == 2
    assert "tuinieren" not in bring_words  # one organisation only
