"""Rules of the intake: "wat kom je brengen, wat kom je halen" (shared/DOMAIN.md, 'Intake').

Every participant answers for their organisation what they bring (proud of, good at,
developing) and what they come to get (struggle with, stuck on, want to learn, want to start).
At least one answer on each side keeps the balance between bringing and taking.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

BRING_QUESTIONS = ("proud_of", "good_at", "developing")
TAKE_QUESTIONS = ("struggle", "stuck", "learn", "start")
QUESTIONS = BRING_QUESTIONS + TAKE_QUESTIONS
ANSWER_MAX = 500

# Reminders for a member who has not done the intake: days after joining. At most these two.
REMINDER_DAYS = (3, 7)
REMINDER_JOB = "intake.reminder"

THEME_TAG_PREFIX = "theme:"
BLOCK_TAG_PREFIX = "block:"


def theme_tag(theme_id: int) -> str:
    """A network theme as a tag; the id keeps the tag valid if the theme is renamed."""
    return f"{THEME_TAG_PREFIX}{theme_id}"


def block_tag(code: str) -> str:
    """One of the six building blocks (bouwstenen) as a tag."""
    return f"{BLOCK_TAG_PREFIX}{code}"


@dataclass(frozen=True)
class IntakeAnswers:
    """What a member filled in; an empty answer is ''."""

    answers: Mapping[str, str] = field(default_factory=dict)
    bring_tags: tuple[str, ...] = ()
    take_tags: tuple[str, ...] = ()
    shareable: bool = True

    def answer(self, question: str) -> str:
        return self.answers.get(question, "")

    def bring_texts(self) -> list[str]:
        return [self.answer(q) for q in BRING_QUESTIONS if self.answer(q)]

    def take_texts(self) -> list[str]:
        return [self.answer(q) for q in TAKE_QUESTIONS if self.answer(q)]


BRING = "bring"  # the first step of the intake modal
TAKE = "take"  # the second, with the choice to share


def merge(earlier: IntakeAnswers | None, step: IntakeAnswers, side: str) -> IntakeAnswers:
    """One step's answers over what was filled in before: the other side is kept."""
    earlier = earlier or IntakeAnswers()
    own, other = (
        (BRING_QUESTIONS, TAKE_QUESTIONS) if side == BRING else (TAKE_QUESTIONS, BRING_QUESTIONS)
    )
    answers = {q: step.answer(q) for q in own} | {q: earlier.answer(q) for q in other}
    if side == BRING:
        return IntakeAnswers(answers, step.bring_tags, earlier.take_tags, earlier.shareable)
    return IntakeAnswers(answers, earlier.bring_tags, step.take_tags, step.shareable)


def draft_json(answers: IntakeAnswers) -> dict[str, object]:
    """An intake on its way, as stored in its draft."""
    return {
        "answers": {q: answers.answer(q) for q in QUESTIONS},
        "bring_tags": list(answers.bring_tags),
        "take_tags": list(answers.take_tags),
        "shareable": answers.shareable,
    }


def draft_answers(data: Mapping[str, object]) -> IntakeAnswers:
    stored = data.get("answers")
    texts = stored if isinstance(stored, dict) else {}
    return IntakeAnswers(
        answers={q: str(texts.get(q, "")) for q in QUESTIONS},
        bring_tags=tuple(str(tag) for tag in _list(data.get("bring_tags"))),
        take_tags=tuple(str(tag) for tag in _list(data.get("take_tags"))),
        shareable=bool(data.get("shareable", True)),
    )


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def validate_bring(intake: IntakeAnswers, allowed_tags: Collection[str]) -> dict[str, str]:
    """The rules of the first step: what you bring."""
    errors = validate_intake(intake, allowed_tags)
    return {
        name: key for name, key in errors.items() if name in BRING_QUESTIONS or name == "bring_tags"
    }


def validate_intake(intake: IntakeAnswers, allowed_tags: Collection[str]) -> dict[str, str]:
    """Field name -> message key for every rule the intake breaks."""
    errors: dict[str, str] = {}
    for question in QUESTIONS:
        if len(intake.answer(question)) > ANSWER_MAX:
            errors[question] = "intake.error.too_long"
    if not intake.bring_texts():
        errors[BRING_QUESTIONS[0]] = "intake.error.bring_required"
    if not intake.take_texts():
        errors[TAKE_QUESTIONS[0]] = "intake.error.take_required"
    for name, tags in (("bring_tags", intake.bring_tags), ("take_tags", intake.take_tags)):
        if set(tags) - set(allowed_tags):
            errors[name] = "intake.error.unknown_tag"
    return errors


def reminder_prefix(network_id: int, user_id: str) -> str:
    """Key prefix of a member's intake reminders, to cancel them all at once."""
    return f"network:{network_id}:member:{user_id}:intake-reminder:"


def reminder_key(network_id: int, user_id: str, days: int) -> str:
    return f"{reminder_prefix(network_id, user_id)}{days}d"
