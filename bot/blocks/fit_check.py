"""Block Kit for the fit check: the invitation DM, the questions modal and the anonymous result."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel.numbers import format_decimal

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.needs import summary_text
from bot.blocks.network import field_errors
from bot.domain.fit_check import (
    MIN_ANSWERS,
    QUESTIONS,
    REMARK_MAX,
    SCALE,
    QuestionResult,
)
from bot.i18n import format_date, t, t_plural
from bot.services.fit_check import FitCheckRef, FitCheckReport, FitStep

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
    date = format_date(check.closes_at, lang, tz)
    notification = t("fit.invitation_text", lang, name=check.network.name, date=date)
    return k.message(notification, [k.section(text), k.actions(button)])


def started_text(lang: str, tz: str, check: FitCheckRef) -> str:
    date = format_date(check.closes_at, lang, tz)
    return t_plural("fit.started", check.invited, lang, date=date)


def question_message(lang: str, step: FitStep) -> dict[str, Any]:
    """One question in the DM, with a button per score; a tap stores it and the message moves
    on to the next question. When every question has a score: thanks, and a way to look back."""
    name = step.check.network.name
    if step.index is None or step.question is None:
        text = t("fit.thanks", lang, name=name)
        review = k.button(t("fit.review_button", lang), ids.FIT_BUTTON, str(step.check.id))
        return k.message(text, [k.section(text), k.actions(review)])
    question, number, total = step.question, step.index + 1, len(QUESTIONS)
    chosen = step.answers.scores.get(question)
    scores = [
        k.button(
            t(f"fit.scale.{score}", lang),
            f"{ids.FIT_SCORE_BUTTON}_{score}",  # action ids are unique within a block
            score_value(step.check.id, question, score),
            style="primary" if score == chosen else None,
        )
        for score in SCALE
    ]
    more = [
        k.button(t("fit.remark_button", lang), ids.FIT_REMARK_BUTTON, f"{step.check.id}:{question}")
    ]
    if step.index > 0:
        more.append(
            k.button(t("fit.previous", lang), ids.FIT_PREVIOUS, f"{step.check.id}:{step.index - 1}")
        )
    blocks: list[k.Block] = [
        k.context(t("fit.progress", lang, name=name, number=number, total=total)),
        k.section(f"*{t(f'fit.q.{question}', lang)}*"),
        k.actions(*scores),
    ]
    remark = step.answers.remarks.get(question)
    if remark:
        blocks.append(k.context(t("fit.your_remark", lang, remark=remark)))
    blocks.append(k.actions(*more))
    text = t("fit.question_text", lang, number=number, total=total, name=name)
    return k.message(text, blocks)


def score_value(check_id: int, question: str, score: int) -> str:
    return f"{check_id}:{question}:{score}"


def parse_score(value: str) -> tuple[int, str, int]:
    check_id, question, score = value.split(":")
    return int(check_id), question, int(score)


def parse_question(value: str) -> tuple[int, str]:
    """(check id, the part after it): a question code, or the index of the previous question."""
    check_id, _, rest = value.partition(":")
    return int(check_id), rest


def remark_modal(lang: str, step: FitStep, question: str, channel: str, ts: str) -> dict[str, Any]:
    """The optional remark on one question, in a small modal of its own."""
    block = k.input_block(
        ids.FIT_REMARK.format(question=question),
        t(f"fit.remark.{question}", lang),
        k.text_input(
            max_length=REMARK_MAX,
            multiline=True,
            initial=step.answers.remarks.get(question),
            placeholder=t("placeholder.text", lang),
        ),
        optional=True,
    )
    return k.modal(
        ids.FIT_REMARK_MODAL,
        t("fit.title", lang),
        [k.section(f"*{t(f'fit.q.{question}', lang)}*"), block],
        submit=t("fit.remark_submit", lang),
        close=t("common.cancel", lang),
        metadata={"fit_check": step.check.id, "question": question, "channel": channel, "ts": ts},
    )


def parse_remark(view: dict[str, Any]) -> tuple[int, str, str, str, str]:
    """(check id, question, remark, channel, ts of the question message)."""
    meta = k.metadata(view)
    question = str(meta["question"])
    remark = k.state_value(view["state"], ids.FIT_REMARK.format(question=question)) or ""
    return int(meta["fit_check"]), question, remark, str(meta["channel"]), str(meta["ts"])


def remark_errors(view: dict[str, Any]) -> Any:
    """Field errors of the remark modal point at its one input."""
    question = str(k.metadata(view).get("question", QUESTIONS[0]))
    block = ids.FIT_REMARK.format(question=question)
    return lambda errors, lang: field_errors(
        errors, {f"remark:{question}": block}, lang, max=REMARK_MAX
    )


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
    return k.message(title, blocks)


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
