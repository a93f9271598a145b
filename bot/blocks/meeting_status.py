"""The year of meetings in `/lerend status` and App Home: seven slots, the next meeting with who
comes, and the warnings a coordinator acts on.

Apart from bot/blocks/meetings.py because bot/blocks/network.py and bot/blocks/home.py import
these builders, and the meeting builders import from bot/blocks/network.py.
"""

from __future__ import annotations

from bot.blocks import kit as k
from bot.domain.meetings import SlotState
from bot.i18n import format_datetime, t
from bot.services.meeting_overview import AttendanceCounts, MeetingOverview, SlotRow

SLOT_ICONS = {
    SlotState.HELD: ":white_check_mark:",
    SlotState.PLANNED: ":spiral_calendar_pad:",
    SlotState.OPEN: ":white_circle:",
}


def year_blocks(
    lang: str, tz: str, overview: MeetingOverview, *, coordinator: bool
) -> list[k.Block]:
    """For the status, under the next meeting: who comes, the year plan, and (for
    coordinators) what needs attention."""
    blocks = []
    if overview.next_meeting is not None:
        answers = _answers(lang, overview.next_meeting.counts)
        blocks.append(k.context(t("meeting.status.answers", lang, answers=answers)))
    lines = [t("meeting.status.year", lang)]
    lines += [_slot_line(lang, tz, slot) for slot in overview.slots]
    blocks.append(k.section("\n".join(lines)))
    if coordinator:
        blocks += [k.context(warning) for warning in warnings(lang, overview)]
    return blocks


def home_context(lang: str, overview: MeetingOverview, *, coordinator: bool) -> k.Block:
    """For an App Home card: the year in one line, who comes next time, the warnings."""
    held = sum(1 for s in overview.slots if s.state == SlotState.HELD)
    planned = sum(1 for s in overview.slots if s.state == SlotState.PLANNED)
    open_ = len(overview.slots) - held - planned
    texts = [t("meeting.home.year", lang, held=held, planned=planned, open=open_)]
    if overview.next_meeting is not None:
        texts.append(_answers(lang, overview.next_meeting.counts))
    if coordinator:
        texts += warnings(lang, overview)
    return k.context(*texts)


def warnings(lang: str, overview: MeetingOverview) -> list[str]:
    found = []
    if overview.missing_facilitators:
        numbers = ", ".join(str(n) for n in overview.missing_facilitators)
        found.append(t("meeting.warning.facilitator", lang, numbers=numbers))
    if overview.unrepresented and overview.next_meeting is not None:
        found.append(
            t(
                "meeting.warning.unrepresented",
                lang,
                number=overview.next_meeting.number,
                organisations=", ".join(overview.unrepresented),
            )
        )
    if overview.evaluation_pending:
        found.append(t("meeting.warning.evaluation", lang))
    return found


def _slot_line(lang: str, tz: str, slot: SlotRow) -> str:
    icon = SLOT_ICONS[SlotState(slot.state)]
    if slot.starts_at is None:
        return t("meeting.slot.open", lang, icon=icon, number=slot.number)
    when = format_datetime(slot.starts_at, lang, tz)
    key = "meeting.slot.held" if slot.state == SlotState.HELD else "meeting.slot.planned"
    line = t(key, lang, icon=icon, number=slot.number, when=when)
    return f"{line} · {k.esc(slot.theme)}" if slot.theme else line


def _answers(lang: str, counts: AttendanceCounts) -> str:
    return t(
        "rsvp.totals",
        lang,
        in_person=counts.in_person,
        online=counts.online,
        absent=counts.absent,
        unanswered=counts.unanswered,
    )
