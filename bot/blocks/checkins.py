"""Block Kit of check-ins: the DM that asks, the modal, and the coordinators' anonymous summary
with the trend over the year."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel.numbers import format_decimal

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.network import field_errors, result_modal
from bot.domain.checkins import MIN_ANSWERS, REMARK_MAX, SCALE, RoundResult
from bot.i18n import format_date, t
from bot.services.checkins import CheckinAsk, CheckinReport

CHECKIN_FIELDS = {"score": ids.CHECKIN_SCORE, "remark": ids.CHECKIN_REMARK}
REMARKS_SHOWN = 15


def ask_dm(lang: str, ask: CheckinAsk) -> dict[str, Any]:
    if ask.meeting_number is None:
        text = t("checkin.ask_now", lang, name=ask.network.name)
    else:
        text = t("checkin.ask_meeting", lang, name=ask.network.name, number=ask.meeting_number)
    button = k.button(
        t("checkin.button", lang), ids.CHECKIN_OPEN, str(ask.checkin_id), style="primary"
    )
    return k.message(text, [k.section(text), k.actions(button)])


def checkin_modal(lang: str, ask: CheckinAsk) -> dict[str, Any]:
    options = [k.option(t(f"checkin.scale.{score}", lang), str(score)) for score in SCALE]
    blocks = [
        k.section(t("checkin.intro", lang, name=ask.network.name)),
        k.input_block(
            ids.CHECKIN_SCORE,
            t("checkin.question", lang),
            k.static_select(
                options,
                initial=str(ask.score) if ask.score else None,
                placeholder=t("checkin.score_placeholder", lang),
            ),
        ),
        k.input_block(
            ids.CHECKIN_REMARK,
            t("checkin.remark", lang),
            k.text_input(
                max_length=REMARK_MAX,
                initial=ask.remark,
                multiline=True,
                placeholder=t("placeholder.answer", lang),
            ),
            optional=True,
        ),
    ]
    return k.modal(
        ids.CHECKIN_MODAL,
        t("checkin.title", lang),
        blocks,
        submit=t("checkin.submit", lang),
        close=t("common.cancel", lang),
        metadata={"checkin": ask.checkin_id},
    )


def parse_checkin(view: dict[str, Any]) -> tuple[int, int | None, str]:
    """(check-in id, score, remark)."""
    state = view["state"]
    score = k.state_value(state, ids.CHECKIN_SCORE)
    remark = (k.state_value(state, ids.CHECKIN_REMARK) or "").strip()
    checkin_id = int(k.metadata(view).get("checkin", 0))
    return checkin_id, int(score) if score and score.isdigit() else None, remark


def checkin_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, CHECKIN_FIELDS, lang)


def thanks_modal(lang: str, ask: CheckinAsk) -> dict[str, Any]:
    return result_modal(lang, "checkin.title", t("checkin.thanks", lang, name=ask.network.name))


def summary_dm(lang: str, tz: str, report: CheckinReport) -> dict[str, Any]:
    """Anonymous: counts, average and remarks without names, and only from MIN_ANSWERS on."""
    current = report.current
    title = t("checkin.summary.title", lang, name=report.network.name)
    blocks: list[k.Block] = [
        k.header(title),
        k.context(t("checkin.summary.round", lang, round=_round_label(lang, tz, current))),
    ]
    answered = t("checkin.summary.answered", lang, answered=current.answered, asked=current.asked)
    if not current.shown:
        blocks.append(
            k.section(answered + "\n" + t("checkin.summary.too_few", lang, min=MIN_ANSWERS))
        )
    else:
        spread = " · ".join(f"{s}: {n}" for s, n in zip(SCALE, current.counts, strict=True))
        line = t("checkin.summary.average", lang, average=_average(lang, current), spread=spread)
        blocks.append(k.section(f"{answered}\n{line}"))
        if current.remarks:
            blocks.append(k.section(t("checkin.summary.remarks", lang)))
            blocks += [k.context(f"“{escape(r)}”") for r in current.remarks[:REMARKS_SHOWN]]
    trend = [
        t(
            "checkin.summary.trend_line",
            lang,
            round=_round_label(lang, tz, r),
            average=_average(lang, r),
        )
        for r in report.trend
    ]
    blocks.append(k.section(t("checkin.summary.trend", lang) + "\n" + "\n".join(trend)))
    blocks.append(k.context(t("checkin.summary.anonymous", lang, min=MIN_ANSWERS)))
    return k.message(title, blocks)


def _round_label(lang: str, tz: str, result: RoundResult) -> str:
    if result.meeting_number is not None:
        return t("checkin.round_meeting", lang, number=result.meeting_number)
    return t("checkin.round_manual", lang, date=format_date(result.sent_at, lang, tz))


def _average(lang: str, result: RoundResult) -> str:
    if result.average is None:
        return t("checkin.summary.no_average", lang)
    # Half up, as people round: 3.25 reads as 3,3 (babel would round half to even).
    shown = Decimal(str(result.average)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return format_decimal(shown, format="0.0", locale=lang)
