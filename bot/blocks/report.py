"""Block Kit for the outcome report's review: the excerpt an organisation approves, and the
modal for a remark when it wants something changed."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import field_errors
from bot.domain.knowledge import REMARK_MAX
from bot.i18n import t

EXCERPT_SECTIONS = 40


def review_value(review_id: int, organisation_id: int) -> str:
    return f"{review_id}:{organisation_id}"


def parse_review_value(value: str) -> tuple[int, int]:
    review_id, organisation_id = value.split(":", 1)
    return int(review_id), int(organisation_id)


def excerpt_dm(
    lang: str,
    *,
    network_name: str,
    organisation: str,
    label: str,
    sections: list[str],
    value: str,
) -> dict[str, Any]:
    """The organisation's own part of the anonymised report: approve it with or without the
    organisation's name, or ask for a change."""
    intro = t(
        "report.review.intro", lang, name=network_name, organisation=organisation, label=label
    )
    blocks: list[k.Block] = [k.section(intro), k.divider()]
    shown = sections[:EXCERPT_SECTIONS] or [t("report.review.empty", lang, label=label)]
    blocks += [k.section(text) for text in shown]
    blocks += [
        k.divider(),
        k.section(t("report.review.naming", lang)),
        k.actions(
            k.button(
                t("report.review.approve_named", lang),
                ids.REPORT_APPROVE_NAMED,
                value,
                style="primary",
            ),
            k.button(t("report.review.approve", lang), ids.REPORT_APPROVE, value),
            k.button(t("report.review.change", lang), ids.REPORT_CHANGES, value),
        ),
    ]
    return k.message(t("report.review.text", lang, name=network_name), blocks)


def remark_modal(lang: str, value: str) -> dict[str, Any]:
    blocks = [
        k.section(t("report.remark.intro", lang)),
        k.input_block(
            ids.REPORT_REMARK,
            t("report.remark.label", lang),
            k.text_input(
                max_length=REMARK_MAX, multiline=True, placeholder=t("placeholder.answer", lang)
            ),
        ),
    ]
    return k.modal(
        ids.REPORT_REMARK_MODAL,
        t("report.remark.title", lang),
        blocks,
        submit=t("report.remark.submit", lang),
        close=t("common.cancel", lang),
        metadata={"review": value},
    )


def parse_remark(state: dict[str, Any]) -> str:
    return (k.state_value(state, ids.REPORT_REMARK) or "").strip()


def remark_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, {"remark": ids.REPORT_REMARK}, lang)
