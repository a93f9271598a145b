"""Block Kit of benchmark figures (issue 14, item 6): the coordinator's modal (up to three
figures with name and unit, and a deadline), the ask in an organisation's DM, the entry modal,
the figures side by side in the channel, and the DM naming each organisation's label."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.network import result_modal
from bot.blocks.outcomes import meeting_fields
from bot.domain.benchmark import FIGURES_MAX, NAME_MAX, UNIT_MAX, FigureInput
from bot.edge.clean import parse_number
from bot.i18n import format_datetime, t, t_plural
from bot.services.benchmark import EntryForm, LabelNote, RoundView, Table
from bot.services.meetings import MeetingView

DECIMALS_MAX = 2


def round_modal(lang: str, meeting: MeetingView) -> dict[str, Any]:
    blocks: list[k.Block] = [k.section(t("benchmark.intro", lang, **meeting_fields(lang, meeting)))]
    for index in range(FIGURES_MAX):
        blocks += [
            k.input_block(
                f"{ids.BENCHMARK_NAME}{index}",
                t("benchmark.figure_name", lang, number=index + 1),
                k.text_input(
                    max_length=NAME_MAX, placeholder=t("benchmark.name_placeholder", lang)
                ),
                optional=index > 0,
            ),
            k.input_block(
                f"{ids.BENCHMARK_UNIT}{index}",
                t("benchmark.figure_unit", lang, number=index + 1),
                k.text_input(
                    max_length=UNIT_MAX, placeholder=t("benchmark.unit_placeholder", lang)
                ),
                optional=True,
            ),
        ]
    deadline = {"type": "datepicker", "placeholder": k.plain(t("placeholder.date", lang), 150)}
    blocks.append(k.input_block(ids.BENCHMARK_DEADLINE, t("benchmark.deadline", lang), deadline))
    return k.modal(
        ids.BENCHMARK_MODAL,
        t("benchmark.title", lang),
        blocks,
        submit=t("benchmark.submit", lang),
        close=t("common.cancel", lang),
        metadata={"meeting": meeting.id},
    )


def parse_round(view: dict[str, Any]) -> tuple[int, list[FigureInput], date | None]:
    state = view["state"]
    figures = [
        FigureInput(
            k.state_value(state, f"{ids.BENCHMARK_NAME}{index}") or "",
            k.state_value(state, f"{ids.BENCHMARK_UNIT}{index}") or "",
        )
        for index in range(FIGURES_MAX)
    ]
    day = k.state_value(state, ids.BENCHMARK_DEADLINE)
    return (
        int(k.metadata(view).get("meeting", 0)),
        figures,
        date.fromisoformat(day) if day else None,
    )


def round_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    blocks = {
        "deadline": ids.BENCHMARK_DEADLINE,
        **{f"name{i}": f"{ids.BENCHMARK_NAME}{i}" for i in range(FIGURES_MAX)},
        **{f"unit{i}": f"{ids.BENCHMARK_UNIT}{i}" for i in range(FIGURES_MAX)},
    }
    return {
        blocks.get(field, ids.BENCHMARK_DEADLINE): t(key, lang, max=NAME_MAX, unit_max=UNIT_MAX)
        for field, key in errors.items()
    }


def started_modal(lang: str, tz: str, started: RoundView) -> dict[str, Any]:
    text = t_plural(
        "benchmark.started",
        len(started.figures),
        lang,
        deadline=format_datetime(started.deadline, lang, tz),
        **meeting_fields(lang, started.meeting),
    )
    return result_modal(lang, "benchmark.title", text)


def ask_dm(lang: str, tz: str, asked: RoundView) -> dict[str, Any]:
    figures = "\n".join(f"• {_figure_label(f.name, f.unit)}" for f in asked.figures)
    text = t(
        "benchmark.ask",
        lang,
        deadline=format_datetime(asked.deadline, lang, tz),
        **meeting_fields(lang, asked.meeting),
    )
    button = k.button(
        t("benchmark.enter", lang), ids.BENCHMARK_ENTER, str(asked.id), style="primary"
    )
    return {"text": text, "blocks": [k.section(text), k.section(figures), k.actions(button)]}


def entry_modal(lang: str, form: EntryForm) -> dict[str, Any]:
    blocks: list[k.Block] = [
        k.section(
            t(
                "benchmark.entry_intro",
                lang,
                organisation=form.organisation,
                **meeting_fields(lang, form.round.meeting),
            )
        )
    ]
    for figure in form.round.figures:
        initial = _number(lang, figure.value) if figure.value is not None else None
        blocks.append(
            k.input_block(
                f"{ids.BENCHMARK_VALUE}{figure.id}",
                _figure_label(figure.name, figure.unit, mrkdwn=False),
                k.text_input(
                    max_length=20,
                    initial=initial,
                    placeholder=t("benchmark.value_placeholder", lang),
                ),
                optional=True,
            )
        )
    return k.modal(
        ids.BENCHMARK_ENTRY_MODAL,
        t("benchmark.entry_title", lang),
        blocks,
        submit=t("benchmark.entry_submit", lang),
        close=t("common.cancel", lang),
        metadata={"benchmark": form.round.id},
    )


def parse_entry(view: dict[str, Any]) -> tuple[int, dict[int, Decimal | None], list[int]]:
    """(round id, figure id -> value (None: left blank), figures that are not a number)."""
    values: dict[int, Decimal | None] = {}
    invalid: list[int] = []
    for block_id in view.get("state", {}).get("values", {}):
        if not block_id.startswith(ids.BENCHMARK_VALUE):
            continue
        figure_id = int(block_id.removeprefix(ids.BENCHMARK_VALUE))
        text = k.state_value(view["state"], block_id) or ""
        value = parse_figure(text) if text.strip() else None
        if text.strip() and value is None:
            invalid.append(figure_id)
        values[figure_id] = value
    return int(k.metadata(view).get("benchmark", 0)), values, sorted(invalid)


def parse_figure(text: str) -> Decimal | None:
    """A figure as typed: '12', '12,5' or '12.5' (at most two decimals), never negative; each
    part through bot/edge/clean.py `parse_number`. None: not a figure."""
    whole, separator, fraction = text.strip().replace(" ", "").replace(",", ".").partition(".")
    number = parse_number(whole)
    if number is None:
        return None
    if not separator:
        return Decimal(number)
    if not fraction or len(fraction) > DECIMALS_MAX or parse_number(fraction) is None:
        return None
    return Decimal(f"{number}.{fraction}")


def entry_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return {
        f"{ids.BENCHMARK_VALUE}{field.removeprefix('figure')}": t(key, lang)
        for field, key in errors.items()
    }


def entered_modal(lang: str, form: EntryForm) -> dict[str, Any]:
    text = t(
        "benchmark.entered",
        lang,
        organisation=form.organisation,
        **meeting_fields(lang, form.round.meeting),
    )
    return result_modal(lang, "benchmark.entry_title", text)


def table_message(lang: str, shown: Table) -> dict[str, Any]:
    text = t("benchmark.table", lang, **meeting_fields(lang, shown.round.meeting))
    blocks: list[k.Block] = [k.section(text)]
    for index, figure in enumerate(shown.round.figures):
        lines = [f"*{_figure_label(figure.name, figure.unit)}*"]
        for label, values in shown.rows:
            value = values[index]
            lines.append(f"{escape(label)}: {_number(lang, value) if value is not None else '–'}")
        blocks.append(k.section("\n".join(lines)))
    blocks.append(k.context(t("benchmark.table_note", lang)))
    return k.message(text, blocks)


def label_dm(lang: str, note: LabelNote) -> dict[str, Any]:
    key = "benchmark.your_name" if note.named else "benchmark.your_label"
    text = t(
        key,
        lang,
        label=note.label,
        channel=note.round.meeting.network.channel_id,
        **meeting_fields(lang, note.round.meeting),
    )
    return {"text": text, "blocks": [k.section(text)]}


def _figure_label(name: str, unit: str, *, mrkdwn: bool = True) -> str:
    shown = f"{name} ({unit})" if unit else name
    return str(escape(shown)) if mrkdwn else shown


def _number(lang: str, value: Decimal) -> str:
    return str(format_decimal(value, locale=lang, decimal_quantization=False))
