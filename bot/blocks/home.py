"""App Home: the reader's networks, their role and organisation, and what they can do."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.balance import balance_blocks
from bot.blocks.ideas import idea_box_blocks
from bot.blocks.language import language_blocks
from bot.blocks.meeting_status import home_context
from bot.blocks.network import meeting_line
from bot.blocks.year import year_lines
from bot.i18n import format_datetime, t, t_plural
from bot.services.help import HelpSeat
from bot.services.next_steps import NextStep, Phrase, StepButton
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
    lines += year_lines(lang, tz, card.year)
    blocks = [k.section("\n".join(lines))]
    if card.meetings is not None:
        blocks.append(home_context(lang, card.meetings, coordinator=False))
    work = [step for step in card.steps if step.for_coordinator]
    own = [step for step in card.steps if not step.for_coordinator]
    if work:
        blocks.append(k.section(t("home.steps.coordinator", lang)))
        blocks += [block for step in work for block in step_blocks(lang, tz, step)]
    if own:
        blocks.append(k.section(t("home.steps.mine", lang)))
        blocks += [block for step in own for block in step_blocks(lang, tz, step)]
    value = str(card.network.id)
    buttons = [k.button(t("welcome.status", lang), ids.STATUS_BUTTON, value)]
    if card.organisation_name is not None or card.experience_expert:
        buttons.append(k.button(t("intake.button", lang), ids.INTAKE_BUTTON, value))
    elif card.is_coordinator:
        buttons.append(k.button(t("welcome.join", lang), ids.JOIN_BUTTON, value))
    if card.is_coordinator:  # the coordinator's tools for change (issue 15)
        buttons.append(k.button(t("home.organisations", lang), ids.ORGS_OPEN, value))
        buttons.append(k.button(t("home.edit_network", lang), ids.NETWORK_EDIT_OPEN, value))
    return [*blocks, k.actions(*buttons), *balance_blocks(lang, card.balance)]


def step_blocks(lang: str, tz: str, step: NextStep) -> list[k.Block]:
    """One line per step, with the button that does it beside it (several: below it)."""
    fields = _fields(lang, tz, step.fields)
    text = t(step.key, lang, **fields)
    buttons = [_step_button(lang, button, fields) for button in step.buttons]
    if len(buttons) == 1:
        return [k.section(text, buttons[0])]
    return [k.section(text), k.actions(*buttons)] if buttons else [k.section(text)]


def _step_button(lang: str, button: StepButton, fields: dict[str, object]) -> dict[str, Any]:
    element = k.button(
        t(button.label_key, lang), button.action_id, button.value, style=button.style
    )
    if button.confirm is None:
        return element
    return k.confirmed(
        element,
        title=t(button.confirm.title_key, lang, **fields),
        text=t(button.confirm.text_key, lang, **fields),
        yes=t(button.confirm.yes_key, lang, **fields),
        no=t("common.cancel", lang),
    )


def _fields(lang: str, tz: str, fields: Mapping[str, object]) -> dict[str, object]:
    """Dates in the reader's language and time zone, phrases from the catalogue."""
    done: dict[str, object] = {}
    for name, value in fields.items():
        if isinstance(value, datetime):
            done[name] = format_datetime(value, lang, tz)
        elif isinstance(value, Phrase):
            text = t(value.key, lang, **_fields(lang, tz, value.fields))
            done[name] = text[:1].upper() + text[1:] if value.capitalised else text
        else:
            done[name] = value
    return done


def role_help(lang: str, seat: HelpSeat, intro: str | None = None) -> list[k.Block]:
    """`/lerend help`: a few lines for who asks (member, coordinator, programme coordinator)
    and the buttons that do it, instead of every command's syntax."""
    network = seat.network
    lines: list[str] = []
    buttons: list[dict[str, Any]] = []
    if network is None:
        lines.append(t("help.short.none", lang))
    elif not seat.is_member:
        lines.append(t("help.short.outsider", lang, name=network.name))
        buttons.append(k.button(t("welcome.join", lang), ids.JOIN_BUTTON, str(network.id)))
    else:
        lines.append(t("help.short.member", lang, name=network.name))
        buttons.append(k.button(t("welcome.status", lang), ids.STATUS_BUTTON, str(network.id)))
        buttons.append(k.button(t("intake.button", lang), ids.INTAKE_BUTTON, str(network.id)))
    if seat.is_coordinator and network is not None:
        lines.append(t("help.short.coordinator", lang))
        if seat.meeting_to_plan is not None:
            n = seat.meeting_to_plan
            label = t("help.short.plan_button", lang, number=n)
            plan = k.button(label, f"{ids.MEETING_PLAN_OPEN}_{n}", f"{network.id}:{n}")
            buttons.insert(0, plan)
    if seat.programme:
        lines.append(t("help.short.programme", lang))
    lines.append(t("help.short.all", lang))
    blocks = [k.section(intro or t("help.short.intro", lang)), k.section("\n\n".join(lines))]
    return blocks + ([k.actions(*buttons)] if buttons else [])


def help_blocks(lang: str, intro: str, commands: list[tuple[str, str]]) -> list[k.Block]:
    """`/lerend help alles`. `commands`: (usage, message key of its one-line description);
    `<woorden>` placeholders are written as plain words (Slack hides what looks like a tag)."""
    lines = [f"`{k.esc(_plain_usage(usage))}` — {t(key, lang)}" for usage, key in commands]
    return [k.section(intro), *(k.section(text) for text in k.packed(lines))]


def _plain_usage(usage: str) -> str:
    return re.sub(r"<([^<>]*)>", r"\1", usage)
