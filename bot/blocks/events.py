"""Block Kit of the lighter events: the modal that plans or changes one. Its announcement,
RSVP buttons, reminders and calendar file are the meetings' own (bot/blocks/meetings.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.meetings import event_type_label, parse_timing, timing_inputs
from bot.blocks.network import field_errors
from bot.domain.meetings import EVENT_TITLE_MAX, EventType
from bot.i18n import t
from bot.services.events import EventDraft, EventForm

EVENT_FIELDS = {
    "type": ids.EVENT_TYPE,
    "title": ids.EVENT_TITLE,
    "date": ids.MEETING_DATE,
    "duration": ids.MEETING_DURATION,
    "location": ids.MEETING_LOCATION,
}
DEFAULT_EVENT_HOURS = Decimal(2)


def event_modal(lang: str, tz: str, draft: EventDraft) -> dict[str, Any]:
    current = draft.current
    types = [k.option(event_type_label(lang, kind), kind) for kind in EventType]
    blocks: list[k.Block] = [
        k.section(t("event.plan.intro", lang)),
        k.input_block(
            ids.EVENT_TYPE,
            t("event.plan.type", lang),
            k.static_select(
                types,
                initial=current.event_type if current else None,
                placeholder=t("placeholder.choose", lang),
            ),
        ),
        k.input_block(
            ids.EVENT_TITLE,
            t("event.plan.title_field", lang),
            k.text_input(
                max_length=EVENT_TITLE_MAX,
                initial=current.title if current else None,
                placeholder=t("event.plan.title_placeholder", lang),
            ),
        ),
        *timing_inputs(lang, tz, current, DEFAULT_EVENT_HOURS, "event.plan.duration_hint"),
    ]
    if current is None:  # who it is for is chosen once (bot/services/events.py)
        choices = [
            k.option(t("event.plan.open_to_network", lang), ids.EVENT_OPEN_TO_NETWORK),
            k.option(t("event.plan.open_to_all", lang), ids.EVENT_OPEN_TO_ALL),
        ]
        element = {"type": "radio_buttons", "options": choices, "initial_option": choices[0]}
        blocks.append(k.input_block(ids.EVENT_OPEN_TO, t("event.plan.open_to", lang), element))
    metadata: dict[str, Any] = {"network": draft.network.id}
    if current is not None:
        metadata["event"] = current.id
    return k.modal(
        ids.EVENT_MODAL,
        t("event.plan.title_move" if current else "event.plan.title", lang),
        blocks,
        submit=t("event.plan.submit", lang),
        close=t("common.cancel", lang),
        metadata=metadata,
    )


def parse_event(state: dict[str, Any]) -> EventForm:
    timing = parse_timing(state)
    return EventForm(
        event_type=k.state_value(state, ids.EVENT_TYPE),
        title=k.state_value(state, ids.EVENT_TITLE) or "",
        day=timing.day,
        start=timing.start,
        hours=timing.hours,
        location=timing.location,
        open_to_all=k.state_value(state, ids.EVENT_OPEN_TO) == ids.EVENT_OPEN_TO_ALL,
    )


def event_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, EVENT_FIELDS, lang)
