"""Block Kit for network set-up: the start and join modals, welcome message and status."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.balance import balance_blocks
from bot.blocks.meeting_status import year_blocks
from bot.blocks.year import goal_block
from bot.blocks.year import year_blocks as year_blocks_of
from bot.domain.network import (
    BUILDING_BLOCKS,
    DESCRIPTION_MAX,
    MAX_ORGANISATIONS,
    MIN_ORGANISATIONS,
    NAME_MAX,
    ORGANISATION_NAME_MAX,
    THEME_MAX,
    NetworkForm,
    clean_text,
)
from bot.i18n import format_datetime, t, t_plural
from bot.services.views import JoinForm, MeetingRef, NetworkRef, NetworkSummary

START_FIELDS = {
    "name": ids.START_NAME,
    "theme_1": ids.START_THEME_1,
    "theme_2": ids.START_THEME_2,
    "building_blocks": ids.START_BUILDING_BLOCKS,
    "description": ids.START_DESCRIPTION,
}
JOIN_FIELDS = {
    "organisation": ids.JOIN_ORGANISATION,
    "new_organisation": ids.JOIN_NEW_ORGANISATION,
    "experience": ids.JOIN_EXPERIENCE,
}
MEMBERS_LISTED = 8


def field_errors(
    errors: dict[str, str], fields: dict[str, str], lang: str, **values: object
) -> dict[str, str]:
    """Service field names and message keys -> Slack's {block_id: text}."""
    first_block = next(iter(fields.values()))
    return {fields.get(name, first_block): t(key, lang, **values) for name, key in errors.items()}


def building_block_options(lang: str) -> list[dict[str, Any]]:
    return [k.option(t(f"building_block.{code}", lang), code) for code in BUILDING_BLOCKS]


def building_blocks_input(
    lang: str, block_id: str, label: str, initial: tuple[str, ...] | list[str] = ()
) -> k.Block:
    """The optional multi-select of the six bouwstenen, as every form asks for them."""
    return k.input_block(
        block_id,
        label,
        k.static_select(
            building_block_options(lang),
            multi=True,
            initial_many=list(initial),
            placeholder=t("placeholder.choose_many", lang),
        ),
        optional=True,
    )


def start_modal(lang: str, channel_id: str) -> dict[str, Any]:
    return k.modal(
        ids.START_MODAL,
        t("start.title", lang),
        [k.section(t("start.intro", lang)), *network_fields(lang)],
        submit=t("start.submit", lang),
        close=t("common.cancel", lang),
        metadata={"channel": channel_id},
    )


def network_fields(lang: str, form: NetworkForm | None = None) -> list[k.Block]:
    """The network's name, themes, bouwstenen and description: empty to start, prefilled to
    edit (issue 15)."""
    return [
        k.input_block(
            ids.START_NAME,
            t("start.name", lang),
            k.text_input(
                max_length=NAME_MAX,
                placeholder=t("start.name_placeholder", lang),
                initial=form.name if form else None,
            ),
        ),
        k.input_block(
            ids.START_THEME_1,
            t("start.theme_1", lang),
            k.text_input(
                max_length=THEME_MAX,
                placeholder=t("placeholder.theme", lang),
                initial=form.theme_1 if form else None,
            ),
            hint=t("start.themes_hint", lang),
        ),
        k.input_block(
            ids.START_THEME_2,
            t("start.theme_2", lang),
            k.text_input(
                max_length=THEME_MAX,
                placeholder=t("placeholder.theme", lang),
                initial=form.theme_2 if form else None,
            ),
            optional=True,
        ),
        building_blocks_input(
            lang,
            ids.START_BUILDING_BLOCKS,
            t("start.building_blocks", lang),
            form.building_blocks if form else (),
        ),
        k.input_block(
            ids.START_DESCRIPTION,
            t("start.description", lang),
            k.text_input(
                max_length=DESCRIPTION_MAX,
                multiline=True,
                placeholder=t("placeholder.answer", lang),
                initial=form.description if form else None,
            ),
            optional=True,
        ),
    ]


def parse_start(state: dict[str, Any]) -> NetworkForm:
    description = (k.state_value(state, ids.START_DESCRIPTION) or "").strip()
    return NetworkForm(
        name=clean_text(k.state_value(state, ids.START_NAME)),
        theme_1=clean_text(k.state_value(state, ids.START_THEME_1)),
        theme_2=clean_text(k.state_value(state, ids.START_THEME_2)) or None,
        building_blocks=tuple(k.state_value(state, ids.START_BUILDING_BLOCKS) or ()),
        description=description or None,
    )


def join_modal(lang: str, form: JoinForm) -> dict[str, Any]:
    blocks: list[k.Block] = [k.section(t("join.intro", lang, name=form.network.name))]
    if form.organisations:
        options = [k.option(name, str(org_id)) for org_id, name in form.organisations]
        blocks.append(
            k.input_block(
                ids.JOIN_ORGANISATION,
                t("join.existing", lang),
                k.static_select(
                    options,
                    initial=str(form.current_organisation_id or ""),
                    placeholder=t("join.existing_placeholder", lang),
                ),
                optional=True,
            )
        )
    blocks.append(
        k.input_block(
            ids.JOIN_NEW_ORGANISATION,
            t("join.new", lang),
            k.text_input(
                max_length=ORGANISATION_NAME_MAX, placeholder=t("placeholder.organisation", lang)
            ),
            optional=True,
            hint=_new_organisation_hint(lang, form),
        )
    )
    if form.organisations:  # a new name close to one that takes part is pointed out first
        really_new = k.option(t("join.really_new_option", lang), ids.JOIN_REALLY_NEW_YES)
        blocks.append(
            k.input_block(
                ids.JOIN_REALLY_NEW,
                t("join.really_new", lang),
                k.checkboxes([really_new]),
                optional=True,
            )
        )
    expert_option = k.option(t("experience.join_option", lang), ids.EXPERIENCE_YES)
    blocks.append(
        k.input_block(
            ids.JOIN_EXPERIENCE,
            t("experience.join_label", lang),
            k.checkboxes(
                [expert_option], checked=[ids.EXPERIENCE_YES] if form.experience_expert else None
            ),
            optional=True,
            hint=t("experience.join_hint", lang),
        )
    )
    # The first meeting is free of obligation; commitment is asked after it (services/year.py).
    blocks.append(k.context(t("join.commit_later", lang)))
    return k.modal(
        ids.JOIN_MODAL,
        t("join.title", lang),
        blocks,
        submit=t("join.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": form.network.id},
    )


def _new_organisation_hint(lang: str, form: JoinForm) -> str:
    if form.places_left == 0:
        return t("join.hint_full", lang, max=MAX_ORGANISATIONS)
    if form.consent_needed_for_new:
        return t("join.hint_consent", lang)
    return t_plural("join.hint_places", form.places_left, lang, max=MAX_ORGANISATIONS)


def parse_join(state: dict[str, Any]) -> tuple[int | None, str, bool]:
    """(chosen organisation id, new organisation name, committed for the year)."""
    chosen = k.state_value(state, ids.JOIN_ORGANISATION)
    new_name = clean_text(k.state_value(state, ids.JOIN_NEW_ORGANISATION))
    committed = ids.COMMIT_YES in (k.state_value(state, ids.JOIN_COMMIT) or [])
    return (int(chosen) if chosen and chosen.isdigit() else None), new_name, committed


def parse_really_new(state: dict[str, Any]) -> bool:
    """*Ja, het is een andere organisatie*: a name like one that takes part is meant as new."""
    return ids.JOIN_REALLY_NEW_YES in (k.state_value(state, ids.JOIN_REALLY_NEW) or [])


def parse_experience_expert(state: dict[str, Any]) -> bool:
    """*Ik doe mee als ervaringsdeskundige* was ticked."""
    return ids.EXPERIENCE_YES in (k.state_value(state, ids.JOIN_EXPERIENCE) or [])


def result_modal(lang: str, title_key: str, text: str) -> dict[str, Any]:
    return k.modal(
        ids.RESULT_MODAL, t(title_key, lang), [k.section(text)], close=t("common.close", lang)
    )


def welcome_message(lang: str, summary: NetworkSummary) -> dict[str, Any]:
    """The channel's welcome message; rebuilt from the database whenever membership changes."""
    network = summary.network
    blocks = [
        k.header(t("welcome.header", lang, name=network.name)),
        k.section(t("welcome.body", lang)),
        *_about(lang, summary),
        *goal_block(lang, summary.year),
        k.context(_progress(lang, summary)),
        k.actions(
            k.button(t("welcome.join", lang), ids.JOIN_BUTTON, str(network.id), style="primary"),
            k.button(t("welcome.status", lang), ids.STATUS_BUTTON, str(network.id)),
        ),
    ]
    return k.message(t("welcome.header", lang, name=network.name), blocks)


def _about(lang: str, summary: NetworkSummary) -> list[k.Block]:
    blocks = [k.section(t("status.themes", lang, themes=", ".join(summary.themes)))]
    if summary.description:
        blocks.insert(0, k.section(k.esc(summary.description)))
    if summary.building_blocks:
        labels = ", ".join(t(f"building_block.{code}", lang) for code in summary.building_blocks)
        blocks.append(k.context(t("status.building_blocks", lang, blocks=labels)))
    return blocks


def _progress(lang: str, summary: NetworkSummary) -> str:
    count = len(summary.organisations)
    if summary.organisations_needed:
        taking_part = t_plural("status.taking_part", count, lang)
        needed = t_plural(
            "status.more_needed", summary.organisations_needed, lang, min=MIN_ORGANISATIONS
        )
        return f"{taking_part} {needed}"
    return t("status.places", lang, count=count, places=summary.places_left, max=MAX_ORGANISATIONS)


def status_blocks(lang: str, tz: str, summary: NetworkSummary) -> list[k.Block]:
    network = summary.network
    blocks: list[k.Block] = [
        k.header(network.name),
        k.fields(
            t("status.status", lang, status=t(f"network_status.{network.status}", lang)),
            t("status.channel", lang, channel=network.channel_id),
        ),
        *_about(lang, summary),
        k.divider(),
        k.section(_progress(lang, summary)),
        *[k.section(_organisation_line(lang, row)) for row in summary.organisations],
    ]
    if summary.experience_experts:
        experts = summary.experience_experts[:MEMBERS_LISTED]
        people = k.mentions(experts)
        blocks.append(k.section(t("experience.status", lang, people=people)))
    if summary.coordinators:
        people = k.mentions(summary.coordinators)
        blocks.append(k.context(t("status.coordinators", lang, people=people)))
    blocks.append(k.section(meeting_line(lang, tz, summary.next_meeting)))
    blocks.extend(year_blocks_of(lang, tz, summary.year))
    if summary.meetings is not None:
        coordinator = summary.viewer_is_coordinator
        blocks.extend(year_blocks(lang, tz, summary.meetings, coordinator=coordinator))
    blocks.extend(balance_blocks(lang, summary.balance))
    blocks.extend(_coordinator_warnings(lang, summary))
    return blocks


def _organisation_line(lang: str, row: Any) -> str:
    people = k.mentions(row.member_ids[:MEMBERS_LISTED])
    more = len(row.member_ids) - MEMBERS_LISTED
    if more > 0:
        people = k.join(" ", [people, t("status.more", lang, count=more)])
    return t(
        "status.organisation",
        lang,
        name=row.name,
        people=people or t("status.nobody", lang),
        members=t_plural("count.participants", len(row.member_ids), lang),
        committed=t(f"status.commitment.{row.committed}", lang) if row.committed else "",
    )


def meeting_line(lang: str, tz: str, meeting: MeetingRef | None) -> str:
    if meeting is None:
        return t("status.no_meeting", lang)
    return t(
        "status.next_meeting",
        lang,
        number=meeting.number,
        when=format_datetime(meeting.starts_at, lang, tz),
        where=meeting.location or t("status.place_unknown", lang),
    )


def _coordinator_warnings(lang: str, summary: NetworkSummary) -> list[k.Block]:
    warnings = []
    if summary.pending_join_requests:
        warnings.append(t_plural("status.join_requests", summary.pending_join_requests, lang))
    if summary.failed_jobs:
        warnings.append(t_plural("status.failed_jobs", summary.failed_jobs, lang))
    return [k.context(text) for text in warnings]


def status_modal(lang: str, tz: str, summary: NetworkSummary) -> dict[str, Any]:
    return k.modal(
        ids.STATUS_MODAL,
        t("status.title", lang),
        status_blocks(lang, tz, summary),
        close=t("common.close", lang),
    )


def no_network_text(lang: str, networks: list[NetworkRef]) -> str:
    text = t("error.no_network", lang)
    if networks:
        channels = k.join(", ", [k.channel(n.channel_id) for n in networks])
        text += "\n" + t("error.your_networks", lang, channels=channels)
    return text
