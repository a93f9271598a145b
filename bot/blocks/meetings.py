"""Block Kit of meetings: the plan modal, the channel announcement with RSVP buttons, the online
modal, the DMs (reminder, coordinator notes, cancellation) and the calendar event.

The announcement is read by everyone in the channel, each in their own time zone, so its times
are Slack date tokens; the fallback text (for clients that cannot render them) uses the
network's default time zone. DMs and modals use the reader's own language and time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal

from bot.blocks import dates, ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.network import field_errors, result_modal
from bot.calendar import CalendarEvent, event_uid
from bot.domain.meetings import (
    LOCATION_MAX,
    MEETINGS_PER_YEAR,
    ONLINE_REASON_MAX,
    Attendance,
    EventType,
)
from bot.i18n import format_datetime, t, t_plural, unescape
from bot.services.meeting_overview import OrganisationAttendance
from bot.services.meeting_schedule import Note
from bot.services.meetings import (
    CoordinatorNote,
    MeetingView,
    OnlinePrompt,
    PlanDraft,
    PlanForm,
    PlanResult,
    Reminder,
)

PLAN_FIELDS = {
    "number": ids.MEETING_NUMBER,
    "date": ids.MEETING_DATE,
    "duration": ids.MEETING_DURATION,
    "location": ids.MEETING_LOCATION,
    "theme": ids.MEETING_THEME,
}
REASON_FIELDS = {"reason": ids.RSVP_REASON}
DEFAULT_HOURS = Decimal(3)
RSVP_BUTTONS = (
    (Attendance.IN_PERSON, ids.RSVP_IN_PERSON, "primary"),
    (Attendance.ONLINE, ids.RSVP_ONLINE, None),
    (Attendance.ABSENT, ids.RSVP_ABSENT, None),
)
RSVP_ACTIONS = {action_id: attendance for attendance, action_id, _ in RSVP_BUTTONS}
GROUPS_SHOWN = 25  # organisation lines in an announcement (an event may reach many networks)


# --- the plan modal ------------------------------------------------------------------------


def plan_modal(lang: str, tz: str, draft: PlanDraft) -> dict[str, Any]:
    current = draft.current
    numbers = [
        k.option(t("meeting.plan.number_option", lang, number=n), str(n))
        for n in range(1, MEETINGS_PER_YEAR + 1)
    ]
    themes = [k.option(name, str(theme_id)) for theme_id, name in draft.themes]
    intro = (
        t("meeting.plan.intro_move", lang, number=draft.number)
        if current
        else t("meeting.plan.intro", lang)
    )
    facilitator: dict[str, Any] = {
        "type": "users_select",
        "placeholder": k.plain(t("meeting.plan.facilitator_placeholder", lang), 150),
    }
    if current and current.facilitator:
        facilitator["initial_user"] = current.facilitator
    blocks: list[k.Block] = [
        k.section(intro),
        k.input_block(
            ids.MEETING_NUMBER,
            t("meeting.plan.number", lang),
            k.static_select(
                numbers, initial=str(draft.number), placeholder=t("placeholder.choose", lang)
            ),
        ),
        *timing_inputs(lang, tz, current, DEFAULT_HOURS, "meeting.plan.duration_hint"),
    ]
    if themes:
        initial = str(current.theme_id) if current and current.theme_id else themes[0]["value"]
        blocks.append(
            k.input_block(
                ids.MEETING_THEME,
                t("meeting.plan.theme", lang),
                k.static_select(themes, initial=initial, placeholder=t("placeholder.choose", lang)),
            )
        )
    blocks.append(
        k.input_block(
            ids.MEETING_FACILITATOR,
            t("meeting.plan.facilitator", lang),
            facilitator,
            optional=True,
            hint=t("meeting.plan.facilitator_hint", lang),
        )
    )
    return k.modal(
        ids.MEETING_PLAN_MODAL,
        t("meeting.plan.title", lang),
        blocks,
        submit=t("meeting.plan.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": draft.network.id},
    )


def _placeholder(lang: str, kind: str) -> dict[str, Any]:
    return k.plain(t(f"placeholder.{kind}", lang), 150)


def timing_inputs(
    lang: str, tz: str, current: MeetingView | None, default_hours: Decimal, duration_hint: str
) -> list[k.Block]:
    """Date, start time, duration and place: the same fields for a meeting and an event."""
    date_element: dict[str, Any] = {"type": "datepicker", "placeholder": _placeholder(lang, "date")}
    time_element: dict[str, Any] = {"type": "timepicker", "placeholder": _placeholder(lang, "time")}
    if current is not None:
        local = current.starts_at.astimezone(ZoneInfo(tz))
        date_element["initial_date"] = local.date().isoformat()
        time_element["initial_time"] = local.strftime("%H:%M")
    hours = _hours(current.duration) if current else default_hours
    return [
        k.input_block(ids.MEETING_DATE, t("meeting.plan.date", lang), date_element),
        k.input_block(
            ids.MEETING_TIME,
            t("meeting.plan.time", lang),
            time_element,
            hint=t("meeting.plan.time_hint", lang, tz=tz),
        ),
        k.input_block(
            ids.MEETING_DURATION,
            t("meeting.plan.duration", lang),
            {
                "type": "number_input",
                "placeholder": _placeholder(lang, "hours"),
                "is_decimal_allowed": True,
                "initial_value": format(hours, "f"),
            },
            hint=t(duration_hint, lang),
        ),
        k.input_block(
            ids.MEETING_LOCATION,
            t("meeting.plan.location", lang),
            k.text_input(
                max_length=LOCATION_MAX,
                initial=current.location if current else None,
                placeholder=t("meeting.plan.location_placeholder", lang),
            ),
        ),
    ]


@dataclass(frozen=True)
class Timing:
    """What the timing fields hold, as typed (date and time in the planner's time zone)."""

    day: date | None
    start: time | None
    hours: str
    location: str


def parse_timing(state: dict[str, Any]) -> Timing:
    day = k.state_value(state, ids.MEETING_DATE)
    start = k.state_value(state, ids.MEETING_TIME)
    return Timing(
        day=date.fromisoformat(day) if day else None,
        start=time.fromisoformat(start) if start else None,
        hours=str(k.state_value(state, ids.MEETING_DURATION) or ""),
        location=(k.state_value(state, ids.MEETING_LOCATION) or "").strip(),
    )


def parse_plan(state: dict[str, Any]) -> PlanForm:
    number = k.state_value(state, ids.MEETING_NUMBER)
    theme = k.state_value(state, ids.MEETING_THEME)
    timing = parse_timing(state)
    return PlanForm(
        number=int(number) if number and number.isdigit() else None,
        day=timing.day,
        start=timing.start,
        hours=timing.hours,
        location=timing.location,
        theme_id=int(theme) if theme and theme.isdigit() else None,
        facilitator=k.state_value(state, ids.MEETING_FACILITATOR) or None,
    )


def plan_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, PLAN_FIELDS, lang)


def planned_modal(lang: str, tz: str, result: PlanResult) -> dict[str, Any]:
    """The confirmation; after meeting 1 it offers to plan the next ones right away."""
    meeting = result.meeting
    text = t(
        f"meeting.{result.outcome}",
        lang,
        when=format_datetime(meeting.starts_at, lang, tz),
        channel=meeting.channel_id,
        **names(lang, meeting),
    )
    blocks: list[k.Block] = [k.section(text)]
    if result.open_follow_ups:
        blocks.append(k.section(t("meeting.plan.next_intro", lang)))
        blocks.append(plan_buttons(lang, meeting.network.id, result.open_follow_ups))
    title = "event.plan.title" if meeting.is_event else "meeting.plan.title"
    return k.modal(ids.RESULT_MODAL, t(title, lang), blocks, close=t("common.close", lang))


def plan_buttons(lang: str, network_id: int, numbers: tuple[int, ...]) -> k.Block:
    return k.actions(
        *(
            k.button(
                t("meeting.plan.button", lang, number=n),
                f"{ids.MEETING_PLAN_OPEN}_{n}",  # action ids are unique within a block
                plan_value(network_id, n),
            )
            for n in numbers
        )
    )


def offsets_text(lang: str, codes: tuple[str, ...]) -> str:
    """'7d', '2h' -> '7 dag(en), 2 uur', for the coordinator who set them."""
    return ", ".join(t_plural(f"meeting.offset.{code[-1]}", int(code[:-1]), lang) for code in codes)


def plan_value(network_id: int, number: int) -> str:
    return f"{network_id}:{number}"


def parse_plan_value(value: str) -> tuple[int, int]:
    network_id, number = value.split(":")
    return int(network_id), int(number)


# --- the channel announcement --------------------------------------------------------------


def announcement(lang: str, tz: str, meeting: MeetingView) -> dict[str, Any]:
    """The meeting or event in the channel (in each channel an event is open to); rebuilt from
    the database after every answer or change."""
    title = _title(lang, meeting)
    blocks: list[k.Block] = [k.header(title)]
    if meeting.cancelled:
        blocks.append(k.section(_cancelled_banner(lang, meeting)))
    blocks.append(k.section(_details(lang, tz, meeting)))
    if not meeting.cancelled:
        if not meeting.is_event:
            blocks.append(k.context(t("meeting.prepare_short", lang)))
        blocks += _attendance_blocks(lang, meeting)
    blocks.append(k.actions(*_announcement_buttons(lang, meeting)))
    if not meeting.cancelled and not meeting.is_event:
        blocks.append(k.actions(*_meeting_extras(lang, meeting)))
    fallback = (
        _cancelled_banner(lang, meeting) if meeting.cancelled else _when_text(lang, tz, meeting)
    )
    return k.message(k.clip(f"{title} — {fallback}", 300), blocks)


def _cancelled_banner(lang: str, meeting: MeetingView) -> str:
    return t("event.cancelled_banner" if meeting.is_event else "meeting.cancelled_banner", lang)


def _attendance_blocks(lang: str, meeting: MeetingView) -> list[k.Block]:
    """A line per organisation and the totals. An event open to many networks lists only the
    organisations with an answer, at most GROUPS_SHOWN of them (the totals count everyone)."""
    groups = meeting.attendance
    if meeting.is_event:
        groups = tuple(g for g in groups if g.in_person or g.online or g.absent)
    blocks = [k.section(_organisation_line(lang, group)) for group in groups[:GROUPS_SHOWN]]
    totals = _totals(lang, meeting.attendance)
    if len(groups) > GROUPS_SHOWN:
        totals += " · " + t_plural("event.more_organisations", len(groups) - GROUPS_SHOWN, lang)
    return [*blocks, k.context(totals)]


def _announcement_buttons(lang: str, meeting: MeetingView) -> list[dict[str, Any]]:
    """What every member may do; a coordinator moves, cancels or edits it from App Home."""
    if meeting.cancelled:
        return [_calendar_button(lang, meeting, "meeting.ics.remove")]
    return [*rsvp_buttons(lang, meeting), _calendar_button(lang, meeting, "meeting.ics")]


def _meeting_extras(lang: str, meeting: MeetingView) -> list[dict[str, Any]]:
    """Under a meeting: the idea box, for everyone (the closing round is in App Home)."""
    return [
        k.button(t("idea.button", lang), ids.IDEA_OPEN, idea_value(meeting.network.id, meeting.id)),
    ]


def idea_value(network_id: int, meeting_id: int | None) -> str:
    """The idea button's value: the network, and the meeting the idea is for (0: the next)."""
    return f"{network_id}:{meeting_id or 0}"


def parse_idea_value(value: str) -> tuple[int, int | None]:
    network_id, meeting_id = value.split(":")
    return int(network_id), int(meeting_id) or None


def rsvp_buttons(lang: str, meeting: MeetingView) -> list[dict[str, Any]]:
    return [
        k.button(t(f"rsvp.{attendance}", lang), action_id, str(meeting.id), style=style)
        for attendance, action_id, style in RSVP_BUTTONS
    ]


def _calendar_button(lang: str, meeting: MeetingView, key: str) -> dict[str, Any]:
    return k.button(t(key, lang), ids.MEETING_ICS, str(meeting.id))


def names(lang: str, meeting: MeetingView, *, mrkdwn: bool = True) -> dict[str, str]:
    """How texts name the occasion, as `what` (in a sentence) and `What` (starting one):
    'bijeenkomst 3', or for an event 'de workshop ‘Valpreventie’'."""
    if meeting.is_event:
        title = meeting.title or ""
        what = t(
            f"event.what.{_event_type(meeting)}", lang, title=escape(title) if mrkdwn else title
        )
    else:
        what = t("meeting.what", lang, number=meeting.number)
    return {"what": what, "What": what[:1].upper() + what[1:]}


def _event_type(meeting: MeetingView) -> str:
    return meeting.event_type if meeting.event_type in set(EventType) else EventType.OTHER


def event_type_label(lang: str, event_type: str) -> str:
    return t(f"event.type.{event_type}", lang)


def _title(lang: str, meeting: MeetingView) -> str:
    if meeting.is_event:
        label = event_type_label(lang, _event_type(meeting))
        return t("event.title", lang, type=label, title=meeting.title or "")
    if meeting.theme:
        return t("meeting.title_theme", lang, number=meeting.number, theme=meeting.theme)
    return t("meeting.title", lang, number=meeting.number)


def _details(lang: str, tz: str, meeting: MeetingView) -> str:
    when = _when_span(lang, tz, meeting)
    where = escape(meeting.location or t("status.place_unknown", lang))
    if meeting.is_event:
        key = "event.details_all" if meeting.others else "event.details"
        return t(key, lang, when=when, where=where, name=meeting.network.name)
    facilitator = (
        k.mention(meeting.facilitator) if meeting.facilitator else t("meeting.nobody_yet", lang)
    )
    return t("meeting.details", lang, when=when, where=where, facilitator=facilitator)


def _when_span(lang: str, tz: str, meeting: MeetingView) -> str:
    """Start and end as text in the reader's language and time zone (see bot/blocks/dates.py)."""
    start, end = dates.span(meeting.starts_at, meeting.ends_at, lang, tz)
    return t("meeting.when", lang, start=start, end=end, hours=_hours_text(lang, meeting.duration))


def _when_text(lang: str, tz: str, meeting: MeetingView) -> str:
    return format_datetime(meeting.starts_at, lang, tz)


def _hours(duration: timedelta) -> Decimal:
    """3, 2.5 or 10 hours; normalised, so format it with "f" (10 would read 1E+1)."""
    hours = Decimal(int(duration.total_seconds() // 60)) / 60
    return hours.quantize(Decimal("0.1"), ROUND_HALF_UP).normalize()


def _hours_text(lang: str, duration: timedelta) -> str:
    return format_decimal(_hours(duration), locale=lang)


def _organisation_line(lang: str, group: OrganisationAttendance) -> str:
    name = escape(group.name) if group.name else t("rsvp.others", lang)
    parts = []
    if group.in_person:
        parts.append(t("rsvp.part.in_person", lang, people=_people(group.in_person)))
    if group.online:
        parts.append(t("rsvp.part.online", lang, people=_people(group.online)))
    if group.absent:
        parts.append(t("rsvp.part.absent", lang, count=len(group.absent)))
    if group.unanswered:
        parts.append(t("rsvp.part.unanswered", lang, count=len(group.unanswered)))
    return f"*{name}*: " + (" · ".join(parts) or t("status.nobody", lang))


def _people(users: tuple[str, ...]) -> k.Markup:
    return k.mentions(users)


def _totals(lang: str, groups: tuple[OrganisationAttendance, ...]) -> str:
    return t(
        "rsvp.totals",
        lang,
        in_person=sum(len(g.in_person) for g in groups),
        online=sum(len(g.online) for g in groups),
        absent=sum(len(g.absent) for g in groups),
        unanswered=sum(len(g.unanswered) for g in groups),
    )


def change_reply(lang: str, tz: str, meeting: MeetingView, change: str) -> str:
    """The short thread reply under the announcement when it moved, was cancelled or is back."""
    return t(
        f"meeting.reply.{change}",
        lang,
        when=_when_span(lang, tz, meeting),
        where=escape(meeting.location or t("status.place_unknown", lang)),
        **names(lang, meeting),
    )


def rsvp_receipt(lang: str, attendance: Attendance, meeting: MeetingView) -> str:
    return t(f"rsvp.receipt.{attendance}", lang, **names(lang, meeting))


def cancelled_text(lang: str, meeting: MeetingView) -> str:
    """The coordinator's confirmation after cancelling."""
    return t("meeting.cancelled_done", lang, **names(lang, meeting))


# --- the online modal ----------------------------------------------------------------------


def online_modal(lang: str, prompt: OnlinePrompt) -> dict[str, Any]:
    blocks = [
        k.section(t("rsvp.online.intro", lang, **names(lang, prompt.meeting))),
        k.input_block(
            ids.RSVP_REASON,
            t("rsvp.online.reason", lang),
            k.text_input(
                max_length=ONLINE_REASON_MAX,
                initial=prompt.reason,
                multiline=True,
                placeholder=t("placeholder.answer", lang),
            ),
        ),
    ]
    return k.modal(
        ids.MEETING_ONLINE_MODAL,
        t("rsvp.online.title", lang),
        blocks,
        submit=t("rsvp.online.submit", lang),
        close=t("common.cancel", lang),
        metadata={"meeting": prompt.meeting.id},
    )


def parse_online(view: dict[str, Any]) -> tuple[int, str]:
    meeting_id = int(k.metadata(view).get("meeting", 0))
    return meeting_id, k.state_value(view["state"], ids.RSVP_REASON) or ""


def online_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, REASON_FIELDS, lang)


def online_done_modal(lang: str, meeting: MeetingView) -> dict[str, Any]:
    text = rsvp_receipt(lang, Attendance.ONLINE, meeting)
    return result_modal(lang, "rsvp.online.title", text)


# --- direct messages -----------------------------------------------------------------------


def reminder_dm(lang: str, tz: str, reminder: Reminder) -> dict[str, Any]:
    """A reminder with the preparation ask; without an answer yet, also the RSVP buttons."""
    meeting = reminder.meeting
    text = t("meeting.reminder", lang, **_dm_fields(lang, tz, meeting))
    blocks: list[k.Block] = [k.section(text)]
    if meeting.agenda:
        blocks.append(k.section(agenda_text(lang, meeting.agenda)))
    if not meeting.is_event:
        blocks.append(k.section(_prepare(lang, meeting)))
    buttons = [_calendar_button(lang, meeting, "meeting.ics")]
    if not reminder.answered:
        blocks.append(k.section(t("meeting.nudge", lang)))
        buttons = [*rsvp_buttons(lang, meeting), *buttons]
    blocks.append(k.actions(*buttons))
    return k.message(text, blocks)


def _dm_fields(lang: str, tz: str, meeting: MeetingView) -> dict[str, object]:
    """What the DMs about a meeting say of it, in the reader's language and time zone."""
    return {
        "number": meeting.number,
        "name": meeting.network.name,
        "when": format_datetime(meeting.starts_at, lang, tz),
        "where": escape(meeting.location or t("status.place_unknown", lang)),
        "channel": meeting.network.channel_id,
        **names(lang, meeting),
    }


def _prepare(lang: str, meeting: MeetingView) -> str:
    return t("meeting.prepare", lang, theme=_theme(lang, meeting))


def _theme(lang: str, meeting: MeetingView) -> str:
    return meeting.theme or t("meeting.the_theme", lang)


def coordinator_note_dm(lang: str, tz: str, note: CoordinatorNote) -> dict[str, Any]:
    meeting = note.meeting
    fields = _dm_fields(lang, tz, meeting)
    if note.note == Note.UNREPRESENTED:
        text = t(
            "meeting.note.unrepresented",
            lang,
            organisations=", ".join(escape(name) for name in note.organisations),
            **fields,
        )
        return k.message(text, [k.section(text)])
    text = t(f"meeting.note.after_{meeting.number}", lang, **fields)
    blocks: list[k.Block] = [k.section(text)]
    if note.open_follow_ups:
        blocks.append(plan_buttons(lang, meeting.network.id, note.open_follow_ups))
    else:
        blocks.append(k.context(t("meeting.note.all_planned", lang)))
    return k.message(text, blocks)


def cancelled_dm(lang: str, tz: str, meeting: MeetingView) -> dict[str, Any]:
    text = t("meeting.cancelled_dm", lang, **_dm_fields(lang, tz, meeting))
    button = _calendar_button(lang, meeting, "meeting.ics.remove")
    return k.message(text, [k.section(text), k.actions(button)])


# --- the calendar file ---------------------------------------------------------------------


def calendar_event(lang: str, meeting: MeetingView, now: datetime) -> CalendarEvent:
    description = (
        t(
            "event.ics.description",
            lang,
            name=meeting.network.name,
            **names(lang, meeting, mrkdwn=False),
        )
        if meeting.is_event
        else t(
            "meeting.ics.description", lang, name=meeting.network.name, theme=_theme(lang, meeting)
        )
    )
    if meeting.agenda:  # plain text: the points as typed, the heading from the catalogue
        description = (
            unescape(description) + "\n\n" + agenda_text(lang, meeting.agenda, mrkdwn=False)
        )
    else:
        description = unescape(description)
    return CalendarEvent(
        uid=event_uid(meeting.team_id, meeting.kind, meeting.id),
        sequence=meeting.revision,
        title=unescape(
            t("meeting.ics.title", lang, title=_title(lang, meeting), name=meeting.network.name)
        ),
        description=description,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        stamp=now,
        cancelled=meeting.cancelled,
    )


def agenda_text(lang: str, agenda: tuple[str, ...], *, mrkdwn: bool = True) -> str:
    """The agenda as numbered lines under a heading (for Slack, or plain for the .ics)."""
    lines = [
        f"{number}. {escape(point) if mrkdwn else point}" for number, point in enumerate(agenda, 1)
    ]
    heading = t("agenda.heading", lang) if mrkdwn else unescape(t("agenda.heading", lang))
    return "\n".join([f"*{heading}*" if mrkdwn else heading, *lines])


def calendar_file(lang: str, meeting: MeetingView) -> tuple[str, str, str]:
    """(file name, title, comment) of the upload."""
    key = "meeting.ics.sent_cancel" if meeting.cancelled else "meeting.ics.sent"
    filename = (
        t("event.ics.filename", lang, id=meeting.id)
        if meeting.is_event
        else t("meeting.ics.filename", lang, number=meeting.number)
    )
    return unescape(filename), unescape(_title(lang, meeting)), t(key, lang, **names(lang, meeting))
