"""Block Kit for `/lerend match`: the reader's matches with their reasons, and the
coordinator's brengen/halen overview."""

from __future__ import annotations

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape, tag_label, tag_labels
from bot.domain.matching import TAG_POINTS, WORD_POINTS, Match, TagRow
from bot.i18n import t, t_plural
from bot.services.intake import TagChoice
from bot.services.matching import MatchReport, NetworkOverview


def dm_link(team_id: str, user_id: str) -> str:
    """Opens a direct message with the person, in the Slack app on a phone or a computer."""
    return f"slack://user?team={team_id}&id={user_id}"


def match_message(lang: str, team_id: str, report: MatchReport) -> list[k.Block]:
    blocks: list[k.Block] = []
    if report.overview is not None:
        blocks += _overview(lang, report, report.overview)
    if report.matches is not None:
        blocks += [k.header(t("match.header", lang, name=report.network.name))]
        blocks += _list(lang, team_id, report.tags, "match.they_bring", report.matches.they_bring)
        blocks += _list(lang, team_id, report.tags, "match.they_take", report.matches.they_take)
        blocks.append(k.context(t("match.how", lang, tag=TAG_POINTS, word=WORD_POINTS)))
    elif report.can_do_intake:
        button = k.button(t("intake.button", lang), ids.INTAKE_BUTTON, str(report.network.id))
        blocks += [k.section(t("match.no_intake", lang)), k.actions(button)]
    elif report.overview is None:
        blocks.append(k.section(t("intake.error.no_organisation", lang, name=report.network.name)))
    return blocks


def _list(
    lang: str, team_id: str, tags: tuple[TagChoice, ...], title_key: str, matches: tuple[Match, ...]
) -> list[k.Block]:
    blocks = [k.section(f"*{t(title_key, lang)}*")]
    if not matches:
        return [*blocks, k.context(t("match.nobody", lang))]
    for match in matches:
        button = k.button(t("match.dm", lang), ids.MATCH_DM_BUTTON)
        button["url"] = dm_link(team_id, match.user_id)
        organisation = escape(match.organisation)
        lines = [t("match.line", lang, organisation=organisation, user=match.user_id)]
        if match.tags:
            lines.append(t("match.tags", lang, tags=tag_labels(lang, tags, match.tags)))
        if match.words:
            lines.append(t("match.words", lang, words=escape(", ".join(match.words))))
        blocks.append(k.section("\n".join(lines), button))
    return blocks


def _overview(lang: str, report: MatchReport, overview: NetworkOverview) -> list[k.Block]:
    counts = t(
        "match.overview_counts",
        lang,
        shared=t_plural("count.intakes", overview.shared, lang),
        private=overview.private,
        missing=t_plural("count.participants", overview.missing, lang),
    )
    title = t("match.overview_header", lang, name=report.network.name)
    blocks = [k.header(title), k.context(counts)]
    if not overview.rows:
        return [*blocks, k.section(t("match.overview_empty", lang))]
    labels = {choice.code: tag_label(lang, choice) for choice in report.tags}
    blocks += [k.section(_row(lang, labels[row.tag], row)) for row in overview.rows]
    for key, words in (
        ("match.common_bring", overview.bring_words),
        ("match.common_take", overview.take_words),
    ):
        if words:
            listed = ", ".join(f"{escape(word)} ({count})" for word, count in words)
            blocks.append(k.context(t(key, lang, words=listed)))
    return blocks


def _row(lang: str, label: str, row: TagRow) -> str:
    nobody = t("match.nobody_short", lang)
    return t(
        "match.overview_row",
        lang,
        tag=label,
        bring=escape(", ".join(row.bringers)) or nobody,
        take=escape(", ".join(row.takers)) or nobody,
    )
