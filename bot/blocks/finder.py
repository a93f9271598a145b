"""Block Kit for the network finder: the interest modal, the programme coordinator's proposal,
and the modals to adjust a group and to make a network of it."""

from __future__ import annotations

import re
from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import building_blocks_input
from bot.domain.finder import Basis, GroupReason
from bot.domain.interest import BRINGS_MAX, NEEDS_MAX, QUALITY_THEMES, InterestForm, block_code
from bot.domain.network import (
    MAX_ORGANISATIONS,
    MIN_ORGANISATIONS,
    NAME_MAX,
    ORGANISATION_NAME_MAX,
    THEME_MAX,
    NetworkForm,
    clean_text,
)
from bot.domain.provinces import NAMES, Province
from bot.i18n import Markup, escape, t, t_plural, unescape
from bot.services.finder import GroupView, InterestRow, ProposalView

INTEREST_FIELDS = {
    "organisation": ids.FINDER_ORGANISATION,
    "province": ids.FINDER_PROVINCE,
    "themes": ids.FINDER_THEMES,
    "own_theme": ids.FINDER_OWN_THEME,
    "building_blocks": ids.FINDER_BUILDING_BLOCKS,
    "learning_needs": ids.FINDER_NEEDS,
    "brings": ids.FINDER_BRINGS,
}
MOVE_FIELDS = {"organisation": ids.FINDER_MOVE_WHO, "target": ids.FINDER_MOVE_TARGET}
CREATE_FIELDS = {
    "name": ids.FINDER_NETWORK_NAME,
    "theme_1": ids.FINDER_THEME_1,
    "theme_2": ids.FINDER_THEME_2,
    "building_blocks": ids.FINDER_NETWORK_NAME,
    "description": ids.FINDER_NETWORK_NAME,
    "channel": ids.FINDER_NEW_CHANNEL,
    "existing": ids.FINDER_EXISTING_CHANNEL,
}
GROUPS_SHOWN = 12  # 3 blocks each, within a message's 50
LEFTOVERS_SHOWN = 40
CHANNEL_NAME_MAX = 80


def theme_label(lang: str, theme: str) -> str:
    """A quality-framework theme in the reader's words; an own theme as it was written."""
    return t(f"finder.theme.{theme}", lang) if theme in QUALITY_THEMES else escape(theme)


# --- the interest modal ------------------------------------------------------------------------


SOURCES = ("command", "survey")  # where a registration came from


def source_of(view: dict[str, Any]) -> str:
    source = k.metadata(view).get("source")
    return source if source in SOURCES else SOURCES[0]


def interest_modal(
    lang: str, form: InterestForm | None, source: str = SOURCES[0]
) -> dict[str, Any]:
    province_options = [k.option(NAMES[p], p.value) for p in Province]
    theme_options = [k.option(theme_label(lang, theme), theme) for theme in QUALITY_THEMES]
    travels = k.option(t("finder.travels_option", lang), ids.TRAVELS_YES)
    blocks = [
        k.section(t("finder.intro", lang)),
        k.input_block(
            ids.FINDER_ORGANISATION,
            t("finder.organisation", lang),
            k.text_input(
                max_length=ORGANISATION_NAME_MAX,
                placeholder=t("placeholder.organisation", lang),
                initial=form.organisation if form else None,
            ),
        ),
        k.input_block(
            ids.FINDER_PROVINCE,
            t("finder.province", lang),
            k.static_select(
                province_options,
                initial=form.province if form else None,
                placeholder=t("finder.province_placeholder", lang),
            ),
            optional=True,  # checked by the service, with a clear error
        ),
        k.input_block(
            ids.FINDER_TRAVELS,
            t("finder.travels", lang),
            k.checkboxes([travels], checked=[ids.TRAVELS_YES] if form and form.travels else None),
            optional=True,
            hint=t("finder.travels_hint", lang),
        ),
        k.input_block(
            ids.FINDER_THEMES,
            t("finder.themes", lang),
            k.static_select(
                theme_options,
                multi=True,
                initial_many=list(form.themes) if form else None,
                placeholder=t("placeholder.choose_many", lang),
            ),
            optional=True,
            hint=t("finder.themes_hint", lang),
        ),
        k.input_block(
            ids.FINDER_OWN_THEME,
            t("finder.own_theme", lang),
            k.text_input(
                max_length=THEME_MAX,
                placeholder=t("placeholder.theme", lang),
                initial=form.own_theme if form else None,
            ),
            optional=True,
        ),
        building_blocks_input(
            lang,
            ids.FINDER_BUILDING_BLOCKS,
            t("finder.building_blocks", lang),
            form.building_blocks if form else (),
        ),
        k.input_block(
            ids.FINDER_NEEDS,
            t("finder.needs", lang),
            k.text_input(
                max_length=NEEDS_MAX,
                multiline=True,
                placeholder=t("finder.needs_placeholder", lang),
                initial=form.learning_needs if form else None,
            ),
        ),
        k.input_block(
            ids.FINDER_BRINGS,
            t("finder.brings", lang),
            k.text_input(
                max_length=BRINGS_MAX,
                multiline=True,
                placeholder=t("finder.brings_placeholder", lang),
                initial=form.brings if form else None,
            ),
            optional=True,
        ),
    ]
    return k.modal(
        ids.FINDER_INTEREST_MODAL,
        t("finder.title", lang),
        blocks,
        submit=t("finder.submit", lang),
        close=t("common.cancel", lang),
        metadata={"source": source},
    )


def parse_interest(state: dict[str, Any]) -> InterestForm:
    return InterestForm(
        organisation=clean_text(k.state_value(state, ids.FINDER_ORGANISATION)),
        province=k.state_value(state, ids.FINDER_PROVINCE),
        travels=ids.TRAVELS_YES in (k.state_value(state, ids.FINDER_TRAVELS) or []),
        themes=tuple(k.state_value(state, ids.FINDER_THEMES) or ()),
        own_theme=clean_text(k.state_value(state, ids.FINDER_OWN_THEME)),
        building_blocks=tuple(k.state_value(state, ids.FINDER_BUILDING_BLOCKS) or ()),
        learning_needs=(k.state_value(state, ids.FINDER_NEEDS) or "").strip(),
        brings=(k.state_value(state, ids.FINDER_BRINGS) or "").strip(),
    )


# --- the proposal ------------------------------------------------------------------------------


def proposal_blocks(lang: str, proposal: ProposalView) -> list[k.Block]:
    blocks: list[k.Block] = [
        k.header(t("finder.proposal.header", lang)),
        k.context(
            t_plural(
                "finder.proposal.intro",
                proposal.registered,
                lang,
                min=MIN_ORGANISATIONS,
                max=MAX_ORGANISATIONS,
            )
        ),
    ]
    if proposal.no_group_reason:
        key = f"finder.proposal.none.{proposal.no_group_reason}"
        blocks.append(k.section(t(key, lang, min=MIN_ORGANISATIONS)))
    for group in proposal.groups[:GROUPS_SHOWN]:
        blocks.append(k.section(group_text(lang, group)))
        buttons = [k.button(t("finder.adjust", lang), ids.FINDER_ADJUST, str(group.id))]
        if group.fits:
            buttons.insert(
                0,
                k.button(
                    t("finder.create", lang), ids.FINDER_CREATE, str(group.id), style="primary"
                ),
            )
        blocks.append(k.actions(*buttons))
    if len(proposal.groups) > GROUPS_SHOWN:
        more = len(proposal.groups) - GROUPS_SHOWN
        blocks.append(k.context(t("finder.proposal.more_groups", lang, count=more)))
    if proposal.leftovers:
        blocks.append(k.divider())
        lines = [t("finder.proposal.leftovers", lang, count=len(proposal.leftovers))]
        lines += [_leftover_line(lang, row) for row in proposal.leftovers[:LEFTOVERS_SHOWN]]
        blocks += [k.section(text) for text in k.packed(lines)[:3]]
    blocks.append(k.actions(k.button(t("finder.regroup", lang), ids.FINDER_REGROUP, "0")))
    return blocks


def group_text(lang: str, group: GroupView) -> str:
    lines = [t_plural("finder.group.title", group.size, lang, number=group.position)]
    if group.reason is not None:
        lines += _reason_lines(lang, group.reason)
    members = [_member(lang, row) for row in group.members]
    lines.append(t("finder.group.members", lang, names=Markup(", ".join(members))))
    if group.size < MIN_ORGANISATIONS:
        lines.append(t("finder.group.too_few", lang, count=group.size, min=MIN_ORGANISATIONS))
    elif group.size > MAX_ORGANISATIONS:
        lines.append(t("finder.group.too_many", lang, count=group.size, max=MAX_ORGANISATIONS))
    return "\n".join(lines)


def _reason_lines(lang: str, reason: GroupReason) -> list[str]:
    lines: list[str] = []
    if reason.basis is Basis.THEME:
        basis = t("finder.basis.theme", lang, theme=theme_label(lang, str(reason.basis_value)))
    elif reason.basis is Basis.BUILDING_BLOCK:
        block = t(f"building_block.{block_code(int(reason.basis_value or 1))}", lang)
        basis = t("finder.basis.building_block", lang, block=block)
    else:
        basis = t("finder.basis.proximity", lang)
    lines.append(basis)
    if reason.shared_themes:
        shared = ", ".join(f"{theme_label(lang, th)} ({n})" for th, n in reason.shared_themes)
        lines.append(t("finder.reason.themes", lang, themes=shared))
    if reason.shared_building_blocks:
        blocks = ", ".join(
            f"{t(f'building_block.{block_code(b)}', lang)} ({n})"
            for b, n in reason.shared_building_blocks
        )
        lines.append(t("finder.reason.building_blocks", lang, blocks=blocks))
    if reason.shared_words:
        words = ", ".join(word for word, _ in reason.shared_words[:6])
        lines.append(t("finder.reason.words", lang, words=words))
    provinces = ", ".join(f"{NAMES[p]} ({n})" for p, n in reason.provinces)
    distance = t(f"finder.reason.distance.{min(reason.max_distance, 2)}", lang)
    lines.append(t("finder.reason.provinces", lang, provinces=provinces, distance=distance))
    return lines


def _member(lang: str, row: InterestRow) -> str:
    key = "finder.member_travels" if row.travels else "finder.member"
    return t(key, lang, name=row.organisation, province=NAMES[row.province])


def _leftover_line(lang: str, row: InterestRow) -> str:
    reason = t(f"finder.leftover.{row.reason}", lang, min=MIN_ORGANISATIONS)
    return t("finder.leftover_line", lang, organisation=_member(lang, row), reason=reason)


# --- adjusting a group -------------------------------------------------------------------------


def move_modal(lang: str, proposal: ProposalView, group_id: int) -> dict[str, Any]:
    group = next((g for g in proposal.groups if g.id == group_id), None)
    rows = list(group.members if group else ()) + [
        row for g in proposal.groups if g.id != group_id for row in g.members
    ]
    rows += list(proposal.leftovers)
    who = [k.option(_member(lang, row), str(row.id)) for row in rows]
    targets = [
        k.option(t("finder.move.to_group", lang, number=g.position, count=g.size), str(g.id))
        for g in proposal.groups
    ]
    targets.append(k.option(t("finder.move.leave_out", lang), ids.LEAVE_OUT))
    blocks = [
        k.section(group_text(lang, group) if group else t("finder.error.group_gone", lang)),
        k.input_block(
            ids.FINDER_MOVE_WHO,
            t("finder.move.who", lang),
            k.static_select(who, placeholder=t("finder.move.who_placeholder", lang)),
        ),
        k.input_block(
            ids.FINDER_MOVE_TARGET,
            t("finder.move.target", lang),
            k.static_select(
                targets, initial=str(group_id), placeholder=t("placeholder.choose", lang)
            ),
        ),
    ]
    return k.modal(
        ids.FINDER_MOVE_MODAL,
        t("finder.move.title", lang),
        blocks,
        submit=t("finder.move.submit", lang),
        close=t("common.cancel", lang),
        metadata={"group": group_id},
    )


def parse_move(state: dict[str, Any]) -> tuple[int | None, int | None]:
    """(the registration to move, the group it goes to; None: leave it out)."""
    who = k.state_value(state, ids.FINDER_MOVE_WHO)
    target = k.state_value(state, ids.FINDER_MOVE_TARGET)
    interest = int(who) if who and str(who).isdigit() else None
    return interest, int(target) if target and str(target).isdigit() else None


def moved_modal(lang: str, proposal: ProposalView) -> dict[str, Any]:
    """After a move: the groups as they now stand (the buttons are in the message)."""
    lines = [group_text(lang, group) for group in proposal.groups[:GROUPS_SHOWN]]
    blocks = [k.section(t("finder.move.done", lang))]
    blocks += [k.section(text) for text in lines]
    if proposal.leftovers:
        names = ", ".join(_member(lang, row) for row in proposal.leftovers[:LEFTOVERS_SHOWN])
        blocks.append(k.section(t("finder.move.leftovers", lang, names=Markup(names))))
    return k.modal(
        ids.RESULT_MODAL, t("finder.move.title", lang), blocks, close=t("common.close", lang)
    )


# --- making the network -------------------------------------------------------------------------


def _suggested_themes(lang: str, group: GroupView) -> tuple[str, str]:
    """The group's two most shared themes, in words, for the network's themes."""
    themes = [
        theme_label(lang, th) for th, _ in (group.reason.shared_themes if group.reason else ())
    ]
    if not themes and group.reason and group.reason.basis is Basis.THEME:
        themes = [theme_label(lang, str(group.reason.basis_value))]
    themes += ["", ""]
    return unescape(themes[0])[:THEME_MAX], unescape(themes[1])[:THEME_MAX]


def channel_name(text: str) -> str:
    """A name Slack accepts for a new channel: lower case, digits, '-' and '_'."""
    name = re.sub(r"[^a-z0-9_-]+", "-", clean_text(text).lower()).strip("-")
    return name[:CHANNEL_NAME_MAX]


def create_modal(lang: str, group: GroupView) -> dict[str, Any]:
    theme_1, theme_2 = _suggested_themes(lang, group)
    name = unescape(t("finder.create.default_name", lang, theme=theme_1 or group.position))
    blocks = [
        k.section(group_text(lang, group)),
        k.input_block(
            ids.FINDER_NETWORK_NAME,
            t("start.name", lang),
            k.text_input(
                max_length=NAME_MAX,
                placeholder=t("start.name_placeholder", lang),
                initial=name,
            ),
        ),
        k.input_block(
            ids.FINDER_THEME_1,
            t("start.theme_1", lang),
            k.text_input(
                max_length=THEME_MAX, placeholder=t("placeholder.theme", lang), initial=theme_1
            ),
            hint=t("finder.create.themes_hint", lang),
        ),
        k.input_block(
            ids.FINDER_THEME_2,
            t("start.theme_2", lang),
            k.text_input(
                max_length=THEME_MAX, placeholder=t("placeholder.theme", lang), initial=theme_2
            ),
            optional=True,
        ),
        k.input_block(
            ids.FINDER_NEW_CHANNEL,
            t("finder.create.new_channel", lang),
            k.text_input(
                max_length=CHANNEL_NAME_MAX,
                placeholder=t("finder.create.channel_placeholder", lang),
                initial=channel_name(f"lerend-netwerk-{theme_1 or group.position}"),
            ),
            optional=True,
            hint=t("finder.create.new_channel_hint", lang),
        ),
        k.input_block(
            ids.FINDER_EXISTING_CHANNEL,
            t("finder.create.existing_channel", lang),
            {
                "type": "conversations_select",
                "placeholder": k.plain(t("finder.create.existing_placeholder", lang), 150),
                "filter": {"include": ["public", "private"], "exclude_bot_users": True},
            },
            optional=True,
            hint=t("finder.create.existing_hint", lang),
        ),
    ]
    return k.modal(
        ids.FINDER_CREATE_MODAL,
        t("finder.create.title", lang),
        blocks,
        submit=t("finder.create.submit", lang),
        close=t("common.cancel", lang),
        metadata={"group": group.id},
    )


def parse_create(state: dict[str, Any]) -> tuple[NetworkForm, str, str | None]:
    """(the network's form, the new channel's name, an existing channel's id)."""
    form = NetworkForm(
        name=clean_text(k.state_value(state, ids.FINDER_NETWORK_NAME)),
        theme_1=clean_text(k.state_value(state, ids.FINDER_THEME_1)),
        theme_2=clean_text(k.state_value(state, ids.FINDER_THEME_2)) or None,
        building_blocks=(),
        description=None,
    )
    new_channel = clean_text(k.state_value(state, ids.FINDER_NEW_CHANNEL))
    return form, new_channel, k.state_value(state, ids.FINDER_EXISTING_CHANNEL) or None
