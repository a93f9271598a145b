"""Block Kit of the programme overview: one section per network, a page at a time, so a
programme with many regional networks stays within Slack's 50 blocks per message."""

from __future__ import annotations

from babel.numbers import format_percent

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.domain.programme import Phase
from bot.i18n import t, t_plural
from bot.services.programme import NetworkLine, ProgrammeOverview


def overview_blocks(lang: str, overview: ProgrammeOverview) -> list[k.Block]:
    blocks: list[k.Block] = [
        k.header(t("programme.header", lang)),
        k.context(
            t(
                "programme.summary",
                lang,
                networks=t_plural("count.networks", overview.networks, lang),
                sharing=t_plural("programme.sharing", overview.shared, lang),
            )
        ),
    ]
    if not overview.lines:
        blocks.append(k.section(t("programme.none", lang)))
    blocks += [k.section(_line(lang, line)) for line in overview.lines]
    page = overview.page
    if page.pages > 1:
        buttons = []
        if page.has_previous:
            buttons.append(
                k.button(
                    t("programme.previous", lang), ids.PROGRAMME_PREVIOUS, str(page.number - 1)
                )
            )
        if page.has_next:
            buttons.append(
                k.button(t("programme.next", lang), ids.PROGRAMME_NEXT, str(page.number + 1))
            )
        blocks.append(k.context(t("programme.page", lang, page=page.number + 1, pages=page.pages)))
        blocks.append(k.actions(*buttons))
    people = k.mentions(overview.coordinators)
    blocks.append(k.context(t("programme.coordinators", lang, people=people)))
    return blocks


def _line(lang: str, line: NetworkLine) -> str:
    phase = t(f"programme.phase.{line.phase}", lang, held=line.meetings_held)
    head = t(
        "programme.network",
        lang,
        name=escape(line.network.name),
        channel=line.network.channel_id,
        phase=phase,
        organisations=t_plural("count.organisations", line.organisations, lang),
    )
    facts = [
        t("programme.attendance", lang, rate=format_percent(line.attendance, locale=lang))
        if line.attendance is not None
        else t("programme.attendance_unknown", lang),
        t_plural("programme.open_questions", line.open_questions, lang),
        t(
            "programme.activity",
            lang,
            items=t_plural("count.contributions", line.items, lang),
            replies=t_plural("count.replies", line.replies, lang),
        ),
    ]
    if line.shared:
        facts.append(t("programme.shared", lang))
    if line.phase == Phase.FOUNDING and not line.meetings_held:
        facts = facts[1:]  # no meetings yet: an attendance would mean nothing
    return head + "\n" + " · ".join(facts)
