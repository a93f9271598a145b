"""The learning-needs summary as a rule: counts per organisation, the suggested 1 or 2 themes,
shared words only, nothing an organisation wrote about money."""

from __future__ import annotations

from bot.domain.interest import QUALITY_THEMES
from bot.domain.needs import NeedsAnswer, StaffFreed, summarise, validate_needs


def answer(*themes: str, learn: str = "valpreventie", **fields: object) -> NeedsAnswer:
    values: dict[str, object] = {
        "learn": learn,
        "themes": themes,
        "building_blocks": (),
        "roles": ("carer",),
        "staff_freed": StaffFreed.YES,
    }
    values.update(fields)
    return NeedsAnswer(**values)  # type: ignore[arg-type]


def test_the_most_chosen_theme_is_suggested_and_a_second_when_half_chose_it() -> None:
    summary = summarise(
        [
            answer("safety", "staffing"),
            answer("safety", "staffing", "safety"),  # a theme counts once per organisation
            answer("safety", "information"),
            answer("staffing"),
        ],
        asked=6,
    )
    assert summary.themes == (("safety", 3), ("staffing", 3), ("information", 1))
    assert summary.suggested == ("safety", "staffing")
    assert (summary.answered, summary.asked) == (4, 6)

    lone = summarise([answer("safety"), answer("safety"), answer("information")], asked=3)
    assert lone.suggested == ("safety",)  # 1 of 3 is less than half
    assert summarise([], asked=5).suggested == ()


def test_only_words_several_organisations_used_are_shown_and_funding_stays_private() -> None:
    summary = summarise(
        [
            answer("safety", learn="Valpreventie in de nacht", funding_note="Geen geld voor Ria"),
            answer("safety", learn="Meer over valpreventie en onrust"),
            answer("safety", learn="Onrust bij dementie", staff_freed=StaffFreed.NO),
        ],
        asked=3,
    )
    assert summary.words == (("onrust", 2), ("valpreventie", 2))
    assert "Ria" not in repr(summary) and summary.funding_notes == 1
    assert summary.staff_freed == ((StaffFreed.YES, 2), (StaffFreed.NO, 1))
    assert summary.roles == (("carer", 3),)


def test_an_answer_needs_what_to_learn_a_theme_and_roles_from_the_lists() -> None:
    empty = NeedsAnswer("", (), (), (), StaffFreed.UNKNOWN)
    assert validate_needs(empty, QUALITY_THEMES) == {
        "learn": "needs.error.learn_required",
        "themes": "needs.error.theme_required",
        "roles": "needs.error.roles_required",
    }
    odd = NeedsAnswer("x", ("magic",), ("nope",), ("ceo",), StaffFreed.YES)
    assert set(validate_needs(odd, QUALITY_THEMES)) == {"themes", "building_blocks", "roles"}
    assert validate_needs(answer("safety"), QUALITY_THEMES) == {}
