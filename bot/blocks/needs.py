"""Block Kit for the learning-needs analysis: the invitation, the questions modal, and the
anonymous summary with the suggested themes."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.finder import theme_label
from bot.blocks.network import building_blocks_input, field_errors
from bot.domain.interest import QUALITY_THEMES
from bot.domain.needs import FUNDING_MAX, LEARN_MAX, ROLES, NeedsAnswer, NeedsSummary, StaffFreed
from bot.i18n import CATALOGUES, FALLBACK, Markup, escape, t, t_plural
from bot.services.needs import NeedsForm, NeedsResult, NeedsSurveyRef

FIELDS = {
    "learn": ids.NEEDS_LEARN,
    "themes": ids.NEEDS_THEMES,
    "building_blocks": ids.NEEDS_BUILDING_BLOCKS,
    "roles": ids.NEEDS_ROLES,
    "staff_freed": ids.NEEDS_STAFF_FREED,
    "funding_note": ids.NEEDS_FUNDING,
}


def needs_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, FIELDS, lang)


def invitation(lang: str, survey: NeedsSurveyRef) -> dict[str, Any]:
    text = t("needs.invitation", lang, name=survey.network.name)
    button = k.button(
        t("needs.answer_button", lang), ids.NEEDS_OPEN, str(survey.id), style="primary"
    )
    return {"text": text, "blocks": [k.section(text), k.actions(button)]}


def needs_modal(lang: str, form: NeedsForm) -> dict[str, Any]:
    current = form.current
    themes = [k.option(theme_label(lang, theme), theme) for theme in QUALITY_THEMES]
    roles = [k.option(t(f"needs.role.{role}", lang), role) for role in ROLES]
    freed = [k.option(t(f"needs.freed.{kind}", lang), kind.value) for kind in StaffFreed]
    blocks = [
        k.section(
            t("needs.intro", lang, organisation=form.organisation, name=form.survey.network.name)
        ),
        k.input_block(
            ids.NEEDS_LEARN,
            t("needs.learn", lang),
            k.text_input(
                max_length=LEARN_MAX,
                multiline=True,
                placeholder=t("needs.learn_placeholder", lang),
                initial=current.learn if current else None,
            ),
        ),
        k.input_block(
            ids.NEEDS_THEMES,
            t("needs.themes", lang),
            k.static_select(
                themes,
                multi=True,
                initial_many=list(current.themes) if current else None,
                placeholder=t("placeholder.choose_many", lang),
            ),
        ),
        building_blocks_input(
            lang,
            ids.NEEDS_BUILDING_BLOCKS,
            t("needs.building_blocks", lang),
            current.building_blocks if current else (),
        ),
        k.input_block(
            ids.NEEDS_ROLES,
            t("needs.roles", lang),
            k.static_select(
                roles,
                multi=True,
                initial_many=list(current.roles) if current else None,
                placeholder=t("placeholder.choose_many", lang),
            ),
            hint=t("needs.roles_hint", lang),
        ),
        k.input_block(
            ids.NEEDS_STAFF_FREED,
            t("needs.staff_freed", lang),
            k.static_select(
                freed,
                initial=current.staff_freed.value if current else None,
                placeholder=t("placeholder.choose", lang),
            ),
        ),
        k.input_block(
            ids.NEEDS_FUNDING,
            t("needs.funding", lang),
            k.text_input(
                max_length=FUNDING_MAX,
                multiline=True,
                placeholder=t("needs.funding_placeholder", lang),
                initial=current.funding_note if current else None,
            ),
            optional=True,
            hint=t("needs.funding_hint", lang),
        ),
    ]
    return k.modal(
        ids.NEEDS_MODAL,
        t("needs.title", lang),
        blocks,
        submit=t("needs.submit", lang),
        close=t("common.cancel", lang),
        metadata={"survey": form.survey.id},
    )


def parse_needs(state: dict[str, Any]) -> NeedsAnswer:
    freed = k.state_value(state, ids.NEEDS_STAFF_FREED)
    return NeedsAnswer(
        learn=(k.state_value(state, ids.NEEDS_LEARN) or "").strip(),
        themes=tuple(k.state_value(state, ids.NEEDS_THEMES) or ()),
        building_blocks=tuple(k.state_value(state, ids.NEEDS_BUILDING_BLOCKS) or ()),
        roles=tuple(k.state_value(state, ids.NEEDS_ROLES) or ()),
        staff_freed=StaffFreed(freed) if freed in set(StaffFreed) else StaffFreed.UNKNOWN,
        funding_note=(k.state_value(state, ids.NEEDS_FUNDING) or "").strip(),
    )


def thanks_modal(lang: str, organisation: str) -> dict[str, Any]:
    text = t("needs.thanks", lang, organisation=organisation)
    return k.modal(
        ids.RESULT_MODAL, t("needs.title", lang), [k.section(text)], close=t("common.close", lang)
    )


def started_text(lang: str, survey: NeedsSurveyRef) -> str:
    return t_plural("needs.started", survey.asked, lang)


def result_blocks(lang: str, result: NeedsResult) -> list[k.Block]:
    blocks: list[k.Block] = [k.header(t("needs.result.header", lang))]
    summary = result.summary
    if summary is None:
        return [*blocks, k.section(t("needs.result.none", lang))]
    blocks.append(
        k.context(t("needs.result.answered", lang, answered=summary.answered, asked=summary.asked))
    )
    if not summary.answered:
        return [*blocks, k.section(t("needs.result.waiting", lang))]
    blocks.append(k.section(summary_text(lang, summary)))
    return blocks


def summary_text(lang: str, summary: NeedsSummary) -> str:
    """The anonymous summary as a few lines (also shown with the fit check's result)."""
    lines = []
    if summary.suggested:
        suggested = t("needs.result.and", lang).join(
            f"*{theme_label(lang, theme)}*" for theme in summary.suggested
        )
        lines.append(t("needs.result.suggested", lang, themes=Markup(suggested)))
    lines.append(t("needs.result.themes", lang, themes=_counts(lang, summary.themes, _theme)))
    if summary.building_blocks:
        blocks = _counts(lang, summary.building_blocks, _block)
        lines.append(t("needs.result.building_blocks", lang, blocks=blocks))
    lines.append(t("needs.result.roles", lang, roles=_counts(lang, summary.roles, _role)))
    freed = ", ".join(
        f"{t(f'needs.freed.{kind.value}', lang)} ({n})" for kind, n in summary.staff_freed
    )
    lines.append(t("needs.result.freed", lang, freed=freed))
    if summary.words:
        words = ", ".join(f"{word} ({n})" for word, n in summary.words)
        lines.append(t("needs.result.words", lang, words=words))
    if summary.funding_notes:
        lines.append(t("needs.result.funding_notes", lang, count=summary.funding_notes))
    return "\n".join(lines)


def _theme(lang: str, code: str) -> str:
    return theme_label(lang, code)


def _block(lang: str, code: str) -> str:
    return _known(f"building_block.{code}", lang, code)


def _role(lang: str, code: str) -> str:
    return _known(f"needs.role.{code}", lang, code)


def _known(key: str, lang: str, code: str) -> str:
    """A code's words; a code the catalogue no longer knows (stored long ago) as it is."""
    return t(key, lang) if key in CATALOGUES[FALLBACK] else escape(code)


def _counts(lang: str, counts: tuple[tuple[str, int], ...], label: Any) -> str:
    return ", ".join(f"{label(lang, code)} ({n})" for code, n in counts)
