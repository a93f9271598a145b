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
