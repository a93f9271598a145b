"""Block Kit of the year: the commitment question and its answers, the coordinators' notes
(the round's result, the goal to record, another year), the goal modal, and the year's lines
in status, App Home and the welcome message. Pure."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.privacy import close_confirmation
from bot.domain.network import MIN_ORGANISATIONS
from bot.domain.year import GOAL_MAX, CommitmentStatus
from bot.i18n import format_date, t
from bot.services.year import CommitmentAsk, GoalForm, YearOverview


def commitment_dm(
    lang: str, tz: str, ask: CommitmentAsk, *, reminder: bool = False
) -> dict[str, Any]:
    """*Ik doe mee* / *we stoppen* for the person's organisation, until the deadline."""
    key = "year.commit.remind" if reminder else "year.commit.ask"
    if ask.year > 1 and not reminder:
        key = "year.commit.ask_again"
    text = t(
        key,
        lang,
        name=ask.network.name,
        organisation=ask.organisation,
        start=format_date(ask.starts_at, lang, tz),
        end=format_date(ask.ends_at, lang, tz),
        deadline=format_date(ask.deadline, lang, tz),
        year=ask.year,
    )
    blocks: list[k.Block] = [k.section(text)]
    if ask.goal:
        blocks.append(k.context(t("year.goal.line", lang, goal=ask.goal)))
    blocks.append(_answer_buttons(lang, ask.commitment_id))
    return {"text": text, "blocks": blocks}


def _answer_buttons(lang: str, commitment_id: int) -> k.Block:
    value = str(commitment_id)
    return k.actions(
        k.button(t("year.commit.yes", lang), ids.YEAR_COMMIT, value, style="primary"),
        k.button(t("year.commit.stop", lang), ids.YEAR_STOP, value),
    )


def answered(lang: str, tz: str, ask: CommitmentAsk) -> dict[str, Any]:
    """The DM after an answer: thanks, and the other choice stays open until the end."""
    fields = {
        "name": ask.network.name,
        "organisation": ask.organisation,
        "start": format_date(ask.starts_at, lang, tz),
        "end": format_date(ask.ends_at, lang, tz),
    }
    key = (
        "year.commit.thanks" if ask.answer == CommitmentStatus.COMMITTED else "year.commit.stopped"
    )
    text = t(key, lang, **fields)
    return {
        "text": text,
        "blocks": [
            k.section(text),
            k.context(t("year.commit.change", lang)),
            _answer_buttons(lang, ask.commitment_id),
        ],
    }


def round_result_dm(lang: str, tz: str, overview: YearOverview, goes_on: bool) -> dict[str, Any]:
    """To the coordinators at the deadline: how many go on, and what to do if too few."""
    key = "year.result.on" if goes_on else "year.result.short"
    text = t(
        key,
        lang,
        name=overview.network.name,
        committed=overview.committed,
        needed=overview.needed,
        min=MIN_ORGANISATIONS,
    )
    blocks: list[k.Block] = [k.section(text), *commitment_blocks(lang, tz, overview)]
    if not goes_on:
        blocks.append(
            k.section(t("year.result.options", lang, channel=overview.network.channel_id))
        )
    return {"text": text, "blocks": blocks}


def goal_ask_dm(lang: str, overview: YearOverview) -> dict[str, Any]:
    text = t("year.goal.ask", lang, name=overview.network.name)
    button = k.button(t("year.goal.button", lang), ids.YEAR_GOAL_OPEN, str(overview.network.id))
    return {"text": text, "blocks": [k.section(text), k.actions(button)]}


def continue_dm(lang: str, overview: YearOverview) -> dict[str, Any]:
    """After meeting 7: go on for another year, or end (the final report first)."""
    network = overview.network
    text = t("year.next.ask", lang, name=network.name, year=overview.year, next=overview.year + 1)
    value = f"{network.id}:{overview.year}"
    return {
        "text": text,
        "blocks": [
            k.section(text),
            k.actions(
                k.button(t("year.next.yes", lang), ids.YEAR_NEXT, value, style="primary"),
                k.button(t("year.next.end", lang), ids.YEAR_END, value),
            ),
        ],
    }


def next_year_started(lang: str, tz: str, overview: YearOverview) -> dict[str, Any]:
    network = overview.network
    text = t(
        "year.next.started",
        lang,
        name=network.name,
        year=overview.year,
        count=len(overview.commitments),
        deadline=format_date(overview.deadline, lang, tz) if overview.deadline else "",
    )
    buttons = [
        k.button(t("year.next.plan", lang), f"{ids.MEETING_PLAN_OPEN}_1", f"{network.id}:1"),
        k.button(t("year.goal.revisit", lang), ids.YEAR_GOAL_OPEN, str(network.id)),
    ]
    return {"text": text, "blocks": [k.section(text), k.actions(*buttons)]}


def goal_modal(lang: str, form: GoalForm) -> dict[str, Any]:
    intro = t("year.goal.intro", lang, name=form.network.name)
    blocks: list[k.Block] = [k.section(intro)]
    if form.versions > 1:
        blocks.append(k.context(t("year.goal.history", lang, count=form.versions)))
    blocks.append(
        k.input_block(
            ids.YEAR_GOAL,
            t("year.goal.label", lang),
            k.text_input(
                max_length=GOAL_MAX,
                placeholder=t("year.goal.placeholder", lang),
                initial=form.current,
                multiline=True,
            ),
        )
    )
    return k.modal(
        ids.YEAR_GOAL_MODAL,
        t("year.goal.title", lang),
        blocks,
        submit=t("year.goal.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": form.network.id},
    )


def parse_goal(view: dict[str, Any]) -> tuple[int, str]:
    return int(k.metadata(view).get("network", 0)), k.state_value(
        view["state"], ids.YEAR_GOAL
    ) or ""


def goal_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    key = next(iter(errors.values()), "")
    return {ids.YEAR_GOAL: t(key, lang, max=GOAL_MAX)} if key else {}


def goal_saved_modal(lang: str, overview: YearOverview) -> dict[str, Any]:
    text = t("year.goal.saved", lang, name=overview.network.name, goal=overview.goal or "")
    return k.modal(
        ids.RESULT_MODAL,
        t("year.goal.title", lang),
        [k.section(text)],
        close=t("common.close", lang),
    )


def overview_text(lang: str, tz: str, overview: YearOverview) -> str:
    """`/lerend inzet` for coordinators: each organisation's answer."""
    lines = [
        t(
            "year.commit.overview",
            lang,
            name=overview.network.name,
            year=overview.year,
            committed=overview.committed,
            count=len(overview.commitments),
            deadline=format_date(overview.deadline, lang, tz) if overview.deadline else "",
        )
    ]
    lines += [
        t(f"year.commit.line.{line.answer}", lang, organisation=line.organisation)
        for line in overview.commitments
    ]
    return "\n".join(lines)


def commitment_blocks(lang: str, tz: str, overview: YearOverview) -> list[k.Block]:
    """Each organisation's answer, in packed sections."""
    lines = [
        t(f"year.commit.line.{line.answer}", lang, organisation=line.organisation)
        for line in overview.commitments
    ]
    return [k.section(text) for text in k.packed(lines)]


def year_lines(
    lang: str, tz: str, overview: YearOverview | None, *, goal: bool = True
) -> list[str]:
    """The year in status and App Home: the goal, the year and the commitments."""
    if overview is None:
        return []
    lines = []
    if goal and overview.goal:
        lines.append(t("year.goal.line", lang, goal=overview.goal))
    if overview.year > 1:
        lines.append(t("year.number", lang, year=overview.year))
    if overview.asked:
        period = ""
        if overview.starts_at and overview.ends_at:
            period = t(
                "year.commit.period",
                lang,
                start=format_date(overview.starts_at, lang, tz),
                end=format_date(overview.ends_at, lang, tz),
            )
        lines.append(
            t(
                "year.commit.status",
                lang,
                committed=overview.committed,
                count=len(overview.commitments),
                period=period,
            )
        )
        if overview.waiting:
            lines.append(t("year.commit.waiting", lang, organisations=", ".join(overview.waiting)))
        if overview.stopped:
            lines.append(
                t("year.commit.stopped_list", lang, organisations=", ".join(overview.stopped))
            )
    return lines


def year_blocks(lang: str, tz: str, overview: YearOverview | None) -> list[k.Block]:
    lines = year_lines(lang, tz, overview)
    return [k.section(text) for text in k.packed(lines)] if lines else []


def goal_block(lang: str, overview: YearOverview | None) -> list[k.Block]:
    """The goal, pinned in the welcome message."""
    if overview is None or not overview.goal:
        return []
    return [k.section(t("year.goal.pinned", lang, goal=overview.goal))]


def report_first(lang: str, overview: YearOverview) -> tuple[str, list[k.Block]]:
    """Ending: the final report first, then the close confirmation (bot/blocks/privacy.py)."""
    network = overview.network
    text = t("year.end.report_first", lang, name=network.name, channel=network.channel_id)
    return text, [k.section(text), *close_confirmation(lang, network.id, network.name)]
