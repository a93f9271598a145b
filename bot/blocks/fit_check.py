"""Block Kit for the fit check: the invitation DM, the questions modal and the anonymous result."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel.numbers import format_decimal

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.needs import summary_text
from bot.blocks.network import field_errors, result_modal
from bot.domain.fit_check import (
    MIN_ANSWERS,
    QUESTIONS,
    REMARK_MAX,
    SCALE,
    FitAnswers,
    QuestionResult,
)
from bot.i18n import format_date, t
from bot.services.fit_check import FitCheckForm, FitCheckRef, FitCheckReport

SCORE_BLOCKS = {question: ids.FIT_SCORE.format(question=question) for question in QUESTIONS}
REMARK_BLOCKS = {question: ids.FIT_REMARK.format(question=question) for question in QUESTIONS}
FIT_FIELDS = {
    **SCORE_BLOCKS,
    **{f"remark:{question}": block for question, block in REMARK_BLOCKS.items()},
}
REMARKS_SHOWN = 10


def invitation(lang: str, tz: str, check: FitCheckRef) -> dict[str, Any]:
    text = t(
        "fit.invitation",
        lang,
        coordinator=check.started_by,
        name=check.network.name,
        date=format_date(check.closes_at, lang, tz),
    )
    button = k.button(t("fit.answer_button", lang), ids.FIT_BUTTON, str(check.id), style="primary")
    return {"text": text, "blocks": [k.section(text), k.actions(button)]}


def started_text(lang: str, tz: str, check: FitCheckRef) -> str:
    return t("fit.started", lang, count=check.invited, date=format_date(check.closes_at, lang, tz))


def fit_modal(lang: str, form: FitCheckForm) -> dict[str, Any]:
    current = form.current or FitAnswers()
    blocks: list[k.Block] = [k.section(t("fit.intro", lang, name=form.check.network.name))]
    for number, question in enumerate(QUESTIONS, 1):
        score = current.scores.get(question)
        blocks += [
            k.input_block(
                SCORE_BLOCKS[question],
                f"{number}. {t(f'fit.q.{question}', lang)}",
                k.static_select(
                    _scale_options(lang),
                    initial=str(score) if score else None,
                    placeholder=t("fit.score_placeholder", lang),
                ),
            ),
            k.input_block(
                REMARK_BLOCKS[question],
                t(f"fit.remark.{question}", lang),
                k.text_input(
                    max_length=REMARK_MAX,
                    initial=current.remarks.get(question),
                    placeholder=t("placeholder.text", lang),
                ),
                optional=True,
            ),
        ]
    return k.modal(
        ids.FIT_MODAL,
        t("fit.title", lang),
        blocks,
        submit=t("fit.submit", lang),
        close=t("common.cancel", lang),
        metadata={"fit_check": form.check.id},
    )


def _scale_options(lang: str) -> list[dict[str, Any]]:
    return [k.option(t(f"fit.scale.{score}", lang), str(score)) for score in SCALE]


def parse_fit(state: dict[str, Any]) -> FitAnswers:
    scores = {q: _score(k.state_value(state, block)) for q, block in SCORE_BLOCKS.items()}
    remarks = {q: (k.state_value(state, block) or "").strip() for q, block in REMARK_BLOCKS.items()}
    return FitAnswers(scores, remarks)


def _score(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def fit_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, FIT_FIELDS, lang, max=REMARK_MAX)


def thanks_modal(lang: str, check: FitCheckRef) -> dict[str, Any]:
    return result_modal(lang, "fit.title", t("fit.thanks", lang, name=check.network.name))


# --- the result ----------------------------------------------------------------------------


def result_message(lang: str, tz: str, report: FitCheckReport) -> dict[str, Any]:
    check = report.check
    title = t("fit.result_header", lang, name=check.network.name)
    status_key = "fit.result_closed" if report.closed else "fit.result_running"
    status = t(
        status_key,
        lang,
        answered=report.answered,
        invited=check.invited,
        date=format_date(check.closes_at, lang, tz),
    )
    blocks: list[k.Block] = [k.header(title), k.context(status), k.section(_advice(lang, report))]
    for number, result in enumerate(report.results, 1):
        blocks.append(k.section(_question_line(lang, number, result)))
        if result.remarks:
            remarks = [f"“{escape(r)}”" for r in result.remarks[:REMARKS_SHOWN]]
            blocks.append(k.context("\n".join(remarks)))
    if report.needs is not None and report.needs.answered:
        needs = f"{t('needs.fit_check', lang)}\n{summary_text(lang, report.needs)}"
        blocks.append(k.section(needs))
    return {"text": title, "blocks": blocks}


def _advice(lang: str, report: FitCheckReport) -> str:
    advice = report.advice
    low = ", ".join(t(f"fit.short.{q}", lang) for q in advice.low)
    lines = [t(f"fit.advice.{advice.kind}", lang, low=low, count=report.answered, min=MIN_ANSWERS)]
    if advice.split:
        split = ", ".join(t(f"fit.short.{q}", lang) for q in advice.split)
        lines.append(t("fit.advice_split", lang, questions=split))
    return "\n\n".join(lines)


def _question_line(lang: str, number: int, result: QuestionResult) -> str:
    spread = " · ".join(f"{score}: {n}" for score, n in zip(SCALE, result.counts, strict=True))
    # Half up, as people round: 3.25 reads as 3,3 (babel would round half to even).
    average = Decimal(str(result.average or 0)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    shown = format_decimal(average, format="0.0", locale=lang)
    return t(
        "fit.result_line",
        lang,
        number=number,
        question=t(f"fit.short.{result.question}", lang),
        spread=spread,
        average=shown,
    )
