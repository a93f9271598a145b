"""Block Kit for the intake: the modal, the introduction round and the DMs that offer it."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import field_errors, result_modal
from bot.domain.intake import (
    ANSWER_MAX,
    BLOCK_TAG_PREFIX,
    BRING_QUESTIONS,
    TAKE_QUESTIONS,
    IntakeAnswers,
)
from bot.i18n import t
from bot.services.intake import IntakeForm, IntroPost, SavedIntake, TagChoice
from bot.services.views import NetworkRef

QUESTION_BLOCKS = {
    "proud_of": ids.INTAKE_PROUD_OF,
    "good_at": ids.INTAKE_GOOD_AT,
    "developing": ids.INTAKE_DEVELOPING,
    "struggle": ids.INTAKE_STRUGGLE,
    "stuck": ids.INTAKE_STUCK,
    "learn": ids.INTAKE_LEARN,
    "start": ids.INTAKE_START,
}
escape = k.esc  # what a person typed, shown as text: no <!channel>, no disguised links


def tag_label(lang: str, choice: TagChoice) -> str:
    if choice.theme is not None:
        return escape(choice.theme)
    return t(f"building_block.{choice.code.removeprefix(BLOCK_TAG_PREFIX)}", lang)


def tag_labels(lang: str, tags: tuple[TagChoice, ...], chosen: tuple[str, ...]) -> str:
    """The chosen tags' labels, in the network's tag order."""
    return k.join(", ", [tag_label(lang, c) for c in tags if c.code in chosen])


# --- the modal: two short steps ------------------------------------------------------------


BRING_FIELDS = {
    **{q: QUESTION_BLOCKS[q] for q in BRING_QUESTIONS},
    "bring_tags": ids.INTAKE_BRING_TAGS,
}
TAKE_FIELDS = {
    **{q: QUESTION_BLOCKS[q] for q in TAKE_QUESTIONS},
    "take_tags": ids.INTAKE_TAKE_TAGS,
}


def intake_modal(lang: str, form: IntakeForm) -> dict[str, Any]:
    """Step 1 of 2: what you bring (three questions and the topics). "Verder" keeps it as a
    draft and shows step 2."""
    current = form.current or IntakeAnswers()
    options = _tag_options(lang, form)
    blocks = [
        k.section(t("intake.intro", lang, name=form.network.name, organisation=form.organisation)),
        k.header(t("intake.bring", lang)),
        *_questions(lang, BRING_QUESTIONS, current),
        _tags_input(lang, ids.INTAKE_BRING_TAGS, "intake.bring_tags", options, current.bring_tags),
    ]
    return k.modal(
        ids.INTAKE_MODAL,
        t("intake.title_bring", lang),
        blocks,
        submit=t("intake.next", lang),
        close=t("common.cancel", lang),
        metadata={"network": form.network.id},
    )


def take_modal(lang: str, form: IntakeForm) -> dict[str, Any]:
    """Step 2 of 2: what you come to get, and whether the network may see it. "Terug" keeps
    what was typed here and shows step 1 again."""
    current = form.current or IntakeAnswers()
    share = k.option(t("intake.share_option", lang), ids.SHARE_YES)
    back = k.button(t("intake.back", lang), ids.INTAKE_BACK, str(form.network.id))
    blocks = [
        k.header(t("intake.take", lang)),
        *_questions(lang, TAKE_QUESTIONS, current),
        _tags_input(
            lang,
            ids.INTAKE_TAKE_TAGS,
            "intake.take_tags",
            _tag_options(lang, form),
            current.take_tags,
        ),
        k.divider(),
        k.input_block(
            ids.INTAKE_SHARE,
            t("intake.share", lang),
            k.checkboxes([share], checked=[ids.SHARE_YES] if current.shareable else None),
            optional=True,
            hint=t("intake.share_hint", lang),
        ),
        k.actions(back),
    ]
    return k.modal(
        ids.INTAKE_TAKE_MODAL,
        t("intake.title_take", lang),
        blocks,
        submit=t("intake.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": form.network.id},
    )


def _tag_options(lang: str, form: IntakeForm) -> list[dict[str, Any]]:
    return [k.option(tag_label(lang, choice), choice.code) for choice in form.tags]


def _questions(lang: str, questions: tuple[str, ...], current: IntakeAnswers) -> list[k.Block]:
    return [
        k.input_block(
            QUESTION_BLOCKS[question],
            t(f"intake.q.{question}", lang),
            k.text_input(
                max_length=ANSWER_MAX,
                multiline=True,
                initial=current.answer(question),
                placeholder=t("placeholder.answer", lang),
            ),
            optional=True,
        )
        for question in questions
    ]


def _tags_input(
    lang: str, block_id: str, label_key: str, options: list[dict[str, Any]], chosen: tuple[str, ...]
) -> k.Block:
    element = k.static_select(
        options,
        multi=True,
        initial_many=list(chosen),
        placeholder=t("intake.tags_placeholder", lang),
    )
    return k.input_block(block_id, t(label_key, lang), element, optional=True)


def parse_intake(state: dict[str, Any]) -> IntakeAnswers:
    """The answers of one step; the other step's fields are absent and read as empty."""
    answers = {
        question: (k.state_value(state, block_id) or "").strip()
        for question, block_id in QUESTION_BLOCKS.items()
    }
    return IntakeAnswers(
        answers=answers,
        bring_tags=tuple(k.state_value(state, ids.INTAKE_BRING_TAGS) or ()),
        take_tags=tuple(k.state_value(state, ids.INTAKE_TAKE_TAGS) or ()),
        shareable=ids.SHARE_YES in (k.state_value(state, ids.INTAKE_SHARE) or []),
    )


def bring_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, BRING_FIELDS, lang, max=ANSWER_MAX)


def take_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    """Errors of the second step; one about the first step (a draft gone meanwhile) shows on
    the first field here."""
    return field_errors(errors, TAKE_FIELDS, lang, max=ANSWER_MAX)


def saved_modal(lang: str, saved: SavedIntake) -> dict[str, Any]:
    key = "intake.saved_shared" if saved.shareable else "intake.saved_private"
    text = t(key, lang, name=saved.network.name, channel=saved.network.channel_id)
    return result_modal(lang, "intake.title", text)


# --- the introduction round ----------------------------------------------------------------


def round_starter(lang: str, network: NetworkRef) -> dict[str, Any]:
    """The one message in the network channel under which every intake appears."""
    blocks = [
        k.section(t("intake.round_intro", lang, name=network.name)),
        k.actions(k.button(t("intake.button", lang), ids.INTAKE_BUTTON, str(network.id))),
    ]
    return k.message(t("intake.round_title", lang, name=network.name), blocks)


def intro_reply(lang: str, post: IntroPost) -> dict[str, Any]:
    """One intake in the thread, rebuilt from the database on every edit."""
    organisation = escape(post.organisation)
    blocks = [
        k.section(t("intake.reply_header", lang, user=post.user_id, organisation=organisation)),
        k.section(_side(lang, post, "intake.bring_we", BRING_QUESTIONS, post.answers.bring_tags)),
        k.section(_side(lang, post, "intake.take_we", TAKE_QUESTIONS, post.answers.take_tags)),
    ]
    text = t("intake.reply_text", lang, organisation=organisation)
    return k.message(text, blocks)


def _side(
    lang: str, post: IntroPost, title_key: str, questions: tuple[str, ...], chosen: tuple[str, ...]
) -> str:
    answers = post.answers
    lines = [f"*{t(title_key, lang)}*"]
    lines += [
        t("intake.reply_line", lang, label=t(f"intake.label.{q}", lang), text=escape(answer))
        for q in questions
        if (answer := answers.answer(q))
    ]
    if chosen:
        lines.append(t("intake.reply_tags", lang, tags=tag_labels(lang, post.tags, chosen)))
    return "\n".join(lines)


# --- direct messages that offer the intake -------------------------------------------------


def intake_offer(lang: str, text: str, network_id: int) -> dict[str, Any]:
    button = k.button(t("intake.button", lang), ids.INTAKE_BUTTON, str(network_id), style="primary")
    return k.message(text, [k.section(text), k.actions(button)])


def welcome_dm(lang: str, network: NetworkRef) -> dict[str, Any]:
    """The DM right after joining: welcome, and the intake as the first step."""
    welcome = t("dm.welcome", lang, name=network.name, channel=network.channel_id)
    message = intake_offer(lang, f"{welcome}\n\n{t('intake.offer', lang)}", network.id)
    # The notification says what to do first, without the long welcome.
    return {**message, "text": t("dm.welcome_text", lang, name=network.name)}


def reminder_dm(lang: str, network: NetworkRef, last: bool) -> dict[str, Any]:
    key = "intake.reminder_last" if last else "intake.reminder"
    return intake_offer(lang, t(key, lang, name=network.name), network.id)
