"""The fit check's pure rules: validation, the anonymous summary and the advice."""

from __future__ import annotations

import pytest

from bot.domain.fit_check import (
    QUESTIONS,
    AdviceKind,
    FitAnswers,
    advise,
    summarise,
    validate_answers,
)


def answers(default: int = 4, remarks: dict[str, str] | None = None, **scores: int) -> FitAnswers:
    return FitAnswers({q: scores.get(q, default) for q in QUESTIONS}, remarks or {})


def test_every_question_needs_a_score_and_remarks_have_a_limit() -> None:
    assert validate_answers(answers()) == {}
    broken = FitAnswers({"approach": 6, "support": None}, {"needs": "x" * 501})
    errors = validate_answers(broken)
    assert errors["approach"] == errors["support"] == "fit.error.score_required"
    assert errors["balance"] == "fit.error.score_required"  # missing altogether
    assert errors["remark:needs"] == "fit.error.too_long"


def test_summary_counts_scores_averages_and_sorts_remarks() -> None:
    results = summarise(
        [
            answers(support=1, remarks={"support": "zo"}),
            answers(support=5, remarks={"support": "af"}),
            answers(support=3),
        ]
    )
    support = results[QUESTIONS.index("support")]
    assert support.counts == (1, 0, 1, 0, 1)
    assert support.average == 3.0
    assert support.split  # 1 and 5 are far apart
    assert support.remarks == ("af", "zo")  # sorted: the order says nothing about who wrote it
    assert not results[QUESTIONS.index("approach")].split


def test_too_few_answers_give_no_result() -> None:
    results = summarise([answers(), answers()])
    assert advise(results, 2).kind is AdviceKind.TOO_FEW


def test_all_well_means_go_on() -> None:
    advice = advise(summarise([answers(), answers(5), answers(4)]), 3)
    assert (advice.kind, advice.low, advice.split) == (AdviceKind.GO_ON, (), ())


@pytest.mark.parametrize("question", ["approach", "support"])
def test_low_fit_or_support_advises_a_lighter_form(question: str) -> None:
    scores = {question: 2}
    advice = advise(summarise([answers(**scores), answers(**scores), answers(**scores)]), 3)
    assert advice.kind is AdviceKind.LIGHTER_FORM and advice.low == (question,)


def test_other_low_questions_mean_go_on_with_care() -> None:
    low = {"balance": 2, "sources": 1}
    advice = advise(summarise([answers(**low), answers(**low), answers(**low)]), 3)
    assert advice.kind is AdviceKind.GO_ON_WITH_CARE
    assert advice.low == ("balance", "sources")


def test_an_average_of_exactly_three_is_not_low() -> None:
    results = summarise([answers(support=2), answers(support=3), answers(support=4)])
    assert advise(results, 3).kind is AdviceKind.GO_ON
