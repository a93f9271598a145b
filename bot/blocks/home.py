"""App Home: the reader's networks, their role and organisation, and what they can do."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.balance import balance_blocks
from bot.blocks.ideas import idea_box_blocks
from bot.blocks.language import language_blocks
from bot.blocks.meeting_status import home_context
from bot.blocks.network import meeting_line
from bot.i18n import t, t_plural
from bot.services.views import HomeCard, HomeOverview

HOME_BLOCKS = 100  # Slack's limit for App Home


def home_view(lang: str, tz: str, overview: HomeOverview) -> dict[str, Any]:
    blocks: list[k.Block] = [k.header(t("home.header", lang)), k.section(t("home.intro", lang))]
    if overview.mine:
        blocks += [k.divider(), k.section(t("home.mine", lang))]
        for card in overview.mine:
            blocks += _card(lang, tz, card)
    else:
        blocks += [k.divider(), k.section(t("home.none", lang))]
    rest: list[k.Block] = []
    if overview.others:
        rest += [k.divider(), k.section(t("home.others", lang))]
        rest += [
            k.section(
                t("home.other_line", lang, name=n.name, channel=n.channel_id),
                k.button(t("welcome.join", lang), ids.JOIN_BUTTON, str(n.id)),
            )
            for n in overview.others
        ]
    if overview.hidden:
        rest.append(k.context(t_plural("home.hidden", overview.hidden, lang)))
    rest += [k.divider(), *language_blocks(lang), k.context(t("home.help", lang))]
    blocks += _idea_boxes(lang, tz, overview, room=HOME_BLOCKS - len(blocks) - len(rest))
    return {"type": "home", "blocks": (blocks + rest)[:HOME_BLOCKS]}


def _idea_boxes(lang: str, tz: str, overview: HomeOverview, room: int) -> list[k.Block]:
    """The idea boxes of the networks the reader coordinates, below the cards, each whole
    and only while they fit (the cards come first)."""
    blocks: list[k.Block] = []
    for card in overview.mine:
        box = idea_box_blocks(lang, tz, card.ideas, card.network.name) if card.ideas else []
        if box and len(blocks) + len(box) + 1 <= room:
            blocks += [k.divider(), *box]
    return blocks


def _card(lang: str, tz: str, card: HomeCard) -> list[k.Block]:
    roles = ", ".join(t(f"role.{role}", lang) for role in card.roles)
    organisation = card.organisation_name or t(
        "experience.home_organisation" if card.experience_expert else "home.no_organisation", lang
    )
    lines = [
        t("home.card", lang, name=card.network.name, channel=card.network.channel_id),
        t("home.role", lang, roles=roles, organisation=organisation),
        meeting_line(lang, tz, card.next_meeting),
    ]
    if card.organisations_needed:
        lines.append(t_plural("home.needed", card.organisations_needed, lang))
    buttons = [k.button(t("welcome.status", lang), ids.STATUS_BUTTON, str(card.network.id))]
    if card.organisation_name is None and not card.experience_expert:
        buttons.insert(0, k.button(t("welcome.join", lang), ids.JOIN_BUTTON, str(card.network.id)))
    else:
        buttons.append(k.button(t("intake.button", lang), ids.INTAKE_BUTTON, str(card.network.id)))
    blocks = [k.section("\n".join(lines)), k.actions(*buttons), *balance_blocks(lang, card.balance)]
    if card.meetings is not None:
        blocks.append(home_context(lang, card.meetings, coordinator=card.is_coordinator))
    if card.pending_join_requests:
        blocks.append(k.context(t_plural("status.join_requests", card.pending_join_requests, lang)))
    if card.failed_jobs:
        blocks.append(k.context(t_plural("status.failed_jobs", card.failed_jobs, lang)))
    return blocks


def help_blocks(lang: str, intro: str, commands: list[tuple[str, str]]) -> list[k.Block]:
    """`commands`: (usage, message key of its one-line description)."""
    lines = [f"`{k.esc(usage)}` — {t(key, lang)}" for usage, key in commands]
    return [k.section(intro), *(k.section(text) for text in k.packed(lines))]
