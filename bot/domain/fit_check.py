"""The fit check before starting: is a learning network the right form? (shared/DOMAIN.md,
'Before starting').

The founding group rates the seven questions from 1 (not at all) to 5 (fully). The result is
anonymous: per question only the spread and the average, and nothing at all below
MIN_ANSWERS answers, because with two answers everyone can tell who said what.

The advice, in plain words:
- the learning approach does not fit, or there is too little support (average of question 1
  or 2 below LOW_AVERAGE): consider a lighter form first, such as a study afternoon or workshop;
- otherwise, when another question scores low: go on, but discuss those points first;
- otherwise: go on with a learning network.
Questions where answers lie SPLIT_RANGE or more apart are named as worth talking about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

QUESTIONS = (
    "approach",  # 1. the question is not simple; a learning approach fits
    "support",  # 2. enough support (draagvlak) for a learning approach
    "balance",  # 3. the group is balanced; every partner gets enough interaction
    "involvement",  # 4. all participants feel equally involved
    "needs",  # 5. we know what knowledge the network needs
    "present",  # 6. that knowledge is already present at one of the partners
    "sources",  # 7. we know where or through whom to find the missing knowledge
)
DECISIVE = ("approach", "support")  # low fit or low support: choose a lighter form
SCALE = (1, 2, 3, 4, 5)
REMARK_MAX = 500
LOW_AVERAGE = 3.0
SPLIT_RANGE = 3
MIN_ANSWERS = 3
ANSWER_DAYS = 5  # the result goes out when everyone answered, or after this many days


@dataclass(frozen=True)
class FitAnswers:
    """One person's answers: a score per question (None when missing) and optional remarks."""

    scores: Mapping[str, int | None] = field(default_factory=dict)
    remarks: Mapping[str, str] = field(default_factory=dict)


def validate_answers(answers: FitAnswers) -> dict[str, str]:
    """Field name -> message key; score fields are the question codes, remarks 'remark:<q>'."""
    errors: dict[str, str] = {}
    for question in QUESTIONS:
        if answers.scores.get(question) not in SCALE:
            errors[question] = "fit.error.score_required"
        if len(answers.remarks.get(question, "")) > REMARK_MAX:
            errors[f"remark:{question}"] = "fit.error.too_long"
    return errors


@dataclass(frozen=True)
class QuestionResult:
    question: str
    counts: tuple[int, ...]  # how many answered 1, 2, 3, 4, 5
    remarks: tuple[str, ...] = ()

    @property
    def answered(self) -> int:
        return sum(self.counts)

    @property
    def average(self) -> float | None:
        if not self.answered:
            return None
        return sum(score * n for score, n in zip(SCALE, self.counts, strict=True)) / self.answered

    @property
    def split(self) -> bool:
        given = [score for score, n in zip(SCALE, self.counts, strict=True) if n]
        return bool(given) and max(given) - min(given) >= SPLIT_RANGE


def summarise(answers: Sequence[FitAnswers]) -> tuple[QuestionResult, ...]:
    """Counts per score and the remarks per question; remarks sorted, so order reveals no one."""
    results = []
    for question in QUESTIONS:
        scores = [a.scores.get(question) for a in answers]
        counts = tuple(scores.count(score) for score in SCALE)
        remarks = sorted(r for a in answers if (r := a.remarks.get(question, "").strip()))
        results.append(QuestionResult(question, counts, tuple(remarks)))
    return tuple(results)


class AdviceKind(StrEnum):
    TOO_FEW = "too_few"
    LIGHTER_FORM = "lighter_form"
    GO_ON_WITH_CARE = "go_on_with_care"
    GO_ON = "go_on"


@dataclass(frozen=True)
class Advice:
    kind: AdviceKind
    low: tuple[str, ...] = ()  # questions whose average is below LOW_AVERAGE
    split: tuple[str, ...] = ()  # questions on which opinions differ widely


def advise(results: Sequence[QuestionResult], answered: int) -> Advice:
    if answered < MIN_ANSWERS:
        return Advice(AdviceKind.TOO_FEW)
    low = tuple(r.question for r in results if r.average is not None and r.average < LOW_AVERAGE)
    split = tuple(r.question for r in results if r.split)
    if any(question in DECISIVE for question in low):
        return Advice(AdviceKind.LIGHTER_FORM, low, split)
    if low:
        return Advice(AdviceKind.GO_ON_WITH_CARE, low, split)
    return Advice(AdviceKind.GO_ON, low, split)
