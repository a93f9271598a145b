"""Block Kit after a meeting (issue 14): the DM to whoever takes attendance, the attendance
modal (one checkbox group per organisation, pre-filled; who took part online), a member's
*was je erbij?*, the results modal, the results message in the announcement's thread, and an
action's reminder."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.meetings import names
from bot.blocks.network import field_errors, result_modal
from bot.domain.meetings import Attendance
from bot.domain.outcomes import PRESENT, RESULT_MAX, RESULTS_SHOWN, ResultInput, ResultKind
from bot.i18n import format_date, t
from bot.services.attendance import AttendanceForm, Confirmed, MissedNote, SelfReported
from bot.services.meetings import MeetingView
from bot.services.results import ActionView, MeetingResults, ResultRow

CHECKBOXES_MAX = 10  # Slack's limit per checkbox group
OUTCOME_FIELDS = {
    "kind": ids.OUTCOME_KIND,
    "text": ids.OUTCOME_TEXT,
    "owner": ids.OUTCOME_OWNER,
    "due": ids.OUTCOME_DUE,
}
SELF_BUTTONS = (
    (ids.ATTENDANCE_SELF_IN_PERSON, Attendance.IN_PERSON),
    (ids.ATTENDANCE_SELF_ONLINE, Attendance.ONLINE),
    (ids.ATTENDANCE_SELF_ABSENT, Attendance.ABSENT),
)


def meeting_fields(lang: str, meeting: MeetingView) -> dict[str, object]:
    """How the after-meeting texts name the meeting and its network."""
    return {"name": meeting.network.name, "number": meeting.number, **names(lang, meeting)}


# --- attendance --------------------------------------------------------------------------------


def taker_dm(lang: str, meeting: MeetingView) -> dict[str, Any]:
    """To the facilitator (else the coordinators) when the meeting has ended."""
    text = t("attendance.taker_dm", lang, **meeting_fields(lang, meeting))
    value = str(meeting.id)
    return {
        "text": text,
        "blocks": [
            k.section(text),
            k.actions(
                k.button(t("attendance.open", lang), ids.ATTENDANCE_OPEN, value, style="primary"),
                k.button(t("outcome.open", lang), ids.OUTCOME_OPEN, value),
            ),
        ],
    }


def attendance_modal(lang: str, form: AttendanceForm, names_of: dict[str, str]) -> dict[str, Any]:
    """Tick who was there, per organisation (pre-filled from what counts now, else the RSVPs),
    and name who took part online."""
    blocks: list[k.Block] = [
        k.section(t("attendance.intro", lang, **meeting_fields(lang, form.meeting)))
    ]
    index = 0
    online: list[str] = []
    for group in form.groups:
        label = group.organisation or t("attendance.no_organisation", lang)
        members = list(group.members)
        for start in range(0, len(members), CHECKBOXES_MAX):
            chunk = members[start : start + CHECKBOXES_MAX]
            options = [k.option(names_of.get(m.user_id, m.user_id), m.user_id) for m in chunk]
            ticked = [m.user_id for m in chunk if m.answer in PRESENT]
            blocks.append(
                k.input_block(
                    f"{ids.ATTENDANCE_GROUP}{index}",
                    label,
                    k.checkboxes(options, checked=ticked),
                    optional=True,
                )
            )
            index += 1
        online += [m.user_id for m in members if m.answer == Attendance.ONLINE]
    element: dict[str, Any] = {
        "type": "multi_users_select",
        "placeholder": k.plain(t("attendance.online_placeholder", lang), 150),
    }
    if online:
        element["initial_users"] = online
    blocks.append(
        k.input_block(
            ids.ATTENDANCE_ONLINE,
            t("attendance.online", lang),
            element,
            optional=True,
            hint=t("attendance.online_hint", lang),
        )
    )
    return k.modal(
        ids.ATTENDANCE_MODAL,
        t("attendance.title", lang),
        blocks,
        submit=t("attendance.submit", lang),
        close=t("common.cancel", lang),
        metadata={"meeting": form.meeting.id},
    )


def parse_attendance(view: dict[str, Any]) -> tuple[int, set[str], set[str]]:
    """(meeting id, ticked as present, named as online)."""
    values = view.get("state", {}).get("values", {})
    present: set[str] = set()
    for block_id in values:
        if block_id.startswith(ids.ATTENDANCE_GROUP):
            present |= set(k.state_value(view["state"], block_id) or [])
    element = values.get(ids.ATTENDANCE_ONLINE, {}).get(ids.VALUE) or {}
    online = set(element.get("selected_users") or [])
    return int(k.metadata(view).get("meeting", 0)), present, online


def confirmed_modal(lang: str, done: Confirmed) -> dict[str, Any]:
    lines = [
        t(
            "attendance.confirmed",
            lang,
            present=done.present,
            online=done.online,
            **meeting_fields(lang, done.meeting),
        )
    ]
    if done.unrepresented:
        lines.append(
            t("attendance.unrepresented", lang, organisations=", ".join(done.unrepresented))
        )
    if done.disagreements:
        lines.append(t("attendance.disagreements", lang, people=k.mentions(done.disagreements)))
    return result_modal(lang, "attendance.title", "\n\n".join(lines))


def ask_member_dm(lang: str, meeting: MeetingView) -> dict[str, Any]:
    """*Was je erbij?* to every member after a meeting."""
    text = t("attendance.ask", lang, **meeting_fields(lang, meeting))
    value = str(meeting.id)
    buttons = [
        k.button(t(f"attendance.self.{mode}", lang), action, value) for action, mode in SELF_BUTTONS
    ]
    return {"text": text, "blocks": [k.section(text), k.actions(*buttons)]}


def missed_dm(lang: str, note: MissedNote) -> dict[str, Any]:
    text = t(
        "attendance.missed",
        lang,
        organisation=note.organisation,
        channel=note.meeting.network.channel_id,
        **meeting_fields(lang, note.meeting),
    )
    return {"text": text, "blocks": [k.section(text)]}


def self_reported_text(lang: str, reported: SelfReported) -> str:
    key = (
        "attendance.self_overruled"
        if reported.overruled
        else f"attendance.thanks.{reported.answer}"
    )
    return t(key, lang, **meeting_fields(lang, reported.meeting))


# --- results -----------------------------------------------------------------------------------


def outcome_modal(lang: str, meeting: MeetingView) -> dict[str, Any]:
    kinds = [k.option(t(f"outcome.kind.{kind}", lang), str(kind)) for kind in ResultKind]
    owner: dict[str, Any] = {
        "type": "users_select",
        "placeholder": k.plain(t("outcome.owner_placeholder", lang), 150),
    }
    due: dict[str, Any] = {
        "type": "datepicker",
        "placeholder": k.plain(t("placeholder.date", lang), 150),
    }
    blocks = [
        k.section(t("outcome.intro", lang, **meeting_fields(lang, meeting))),
        k.input_block(
            ids.OUTCOME_KIND,
            t("outcome.kind", lang),
            k.static_select(
                kinds, initial=ResultKind.INSIGHT, placeholder=t("placeholder.choose", lang)
            ),
        ),
        k.input_block(
            ids.OUTCOME_TEXT,
            t("outcome.text", lang),
            k.text_input(
                max_length=RESULT_MAX, multiline=True, placeholder=t("placeholder.answer", lang)
            ),
        ),
        k.input_block(
            ids.OUTCOME_OWNER,
            t("outcome.owner", lang),
            owner,
            optional=True,
            hint=t("outcome.owner_hint", lang),
        ),
        k.input_block(ids.OUTCOME_DUE, t("outcome.due", lang), due, optional=True),
    ]
    return k.modal(
        ids.OUTCOME_MODAL,
        t("outcome.title", lang),
        blocks,
        submit=t("outcome.submit", lang),
        close=t("common.cancel", lang),
        metadata={"meeting": meeting.id},
    )


def parse_outcome(view: dict[str, Any]) -> tuple[int, ResultInput]:
    state = view["state"]
    due = k.state_value(state, ids.OUTCOME_DUE)
    value = ResultInput(
        kind=k.state_value(state, ids.OUTCOME_KIND),
        text=k.state_value(state, ids.OUTCOME_TEXT) or "",
        owner=k.state_value(state, ids.OUTCOME_OWNER),
        due_on=date.fromisoformat(due) if due else None,
    )
    return int(k.metadata(view).get("meeting", 0)), value


def outcome_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, OUTCOME_FIELDS, lang, max=RESULT_MAX)


def recorded_modal(lang: str, results: MeetingResults) -> dict[str, Any]:
    key = "outcome.recorded" if results.thread_ts else "outcome.recorded_no_thread"
    return result_modal(
        lang, "outcome.title", t(key, lang, **meeting_fields(lang, results.meeting))
    )


def results_message(lang: str, results: MeetingResults) -> dict[str, Any]:
    """The meeting's results in the announcement's thread, grouped by kind."""
    meeting = results.meeting
    header = t("outcome.message", lang, **meeting_fields(lang, meeting))
    blocks: list[k.Block] = [k.section(header)]
    shown = 0
    for kind in ResultKind:
        rows = [r for r in results.results if r.kind == kind]
        if not rows:
            continue
        blocks.append(k.section(f"*{t(f'outcome.heading.{kind}', lang)}*"))
        for row in rows:
            if shown == RESULTS_SHOWN:
                break
            shown += 1
            blocks.append(_result_block(lang, row))
    if len(results.results) > shown:
        blocks.append(k.context(t("outcome.more", lang, count=len(results.results) - shown)))
    blocks.append(k.actions(k.button(t("outcome.add", lang), ids.OUTCOME_OPEN, str(meeting.id))))
    return {"text": header, "blocks": blocks}


def _result_block(lang: str, row: ResultRow) -> k.Block:
    if row.kind != ResultKind.ACTION:
        return k.section(f"• {escape(row.text)}")
    line = t(
        "outcome.action_done" if row.done else "outcome.action_line",
        lang,
        text=escape(row.text),
        owner=k.mention(row.owner) if row.owner else "",
        due=_due(lang, row.due_on),
    )
    if row.done:
        return k.section(line)
    return k.section(
        line, accessory=k.button(t("outcome.done", lang), ids.OUTCOME_DONE, str(row.id))
    )


def _due(lang: str, due_on: date | None) -> str:
    if due_on is None:
        return ""
    moment = datetime.combine(due_on, time(12, 0), tzinfo=UTC)
    return t("outcome.due_on", lang, date=format_date(moment, lang, "UTC"))


def action_reminder_dm(lang: str, action: ActionView) -> dict[str, Any]:
    text = t(
        "outcome.reminder",
        lang,
        text=escape(action.text),
        number=action.number,
        name=action.network.name,
        due=_due(lang, action.due_on),
    )
    button = k.button(t("outcome.done", lang), ids.OUTCOME_DONE, str(action.id), style="primary")
    return {"text": text, "blocks": [k.section(text), k.actions(button)]}


def done_text(lang: str, action: ActionView) -> str:
    return t("outcome.done_thanks", lang, text=escape(action.text))
