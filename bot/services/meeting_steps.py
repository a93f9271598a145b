"""App Home next steps of the meetings (bot/services/next_steps.py): for a coordinator the next
meetings with *Wijzigen* and *Afzeggen*, the meeting to plan, a missing facilitator, the
evaluation, the closing round and a check-in; for a member, the answer to the next meeting."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.blocks import ids
from bot.blocks.meetings import plan_value
from bot.domain.meetings import EventType, MeetingStatus, OccasionKind
from bot.domain.polls import PollKind
from bot.services.meeting_overview import occasions_open_to, planned_occasions
from bot.services.next_steps import Confirm, NextStep, Phrase, Seat, StepButton
from storage.models import Checkin, Meeting, Poll, Rsvp, TileRound

UPCOMING_SHOWN = 3  # the next meetings a coordinator can move or cancel from App Home
RECENT = timedelta(days=14)  # a closing round or check-in is offered this long after a meeting
CANCEL = Confirm(
    "meeting.cancel_confirm.title", "meeting.cancel_confirm.text", "meeting.cancel_confirm.yes"
)
CHECKIN = Confirm(
    "home.step.checkin_confirm.title", "home.step.checkin_confirm.text", "home.step.checkin_button"
)


def coordinator_steps(seat: Seat) -> list[NextStep]:
    if not seat.is_coordinator:
        return []
    overview, network_id = seat.meetings, seat.network.id
    upcoming = [m for m in planned_occasions(seat.session, network_id) if m.ends_at > seat.now]
    steps = [_manage(m) for m in upcoming[:UPCOMING_SHOWN]]
    planned_ahead = any(m.kind == OccasionKind.MEETING for m in upcoming)
    if overview.first_open is not None and not planned_ahead:
        n = overview.first_open
        steps.append(_plan_step("home.step.plan", "home.step.plan_button", network_id, n))
    for n in overview.missing_facilitators:
        steps.append(
            _plan_step("home.step.facilitator", "home.step.facilitator_button", network_id, n)
        )
    if overview.unrepresented and overview.next_meeting is not None:
        organisations = ", ".join(overview.unrepresented)
        fields = {"number": overview.next_meeting.number, "organisations": organisations}
        steps.append(NextStep("home.step.unrepresented", fields, for_coordinator=True))
    if overview.evaluation_pending:
        steps.append(_evaluation(seat))
    begun = _last_begun(seat)
    if begun is not None and seat.now - begun.ends_at <= RECENT:
        steps += _after_meeting(seat, begun)
    return steps


def member_steps(seat: Seat) -> list[NextStep]:
    """The next meeting or event the person is invited to and has not answered."""
    if not seat.takes_part:
        return []
    upcoming = [m for m in occasions_open_to(seat.session, seat.network.id) if m.ends_at > seat.now]
    if not upcoming:
        return []
    meeting = upcoming[0]
    answered = seat.session.scalar(
        select(Rsvp.id).where(Rsvp.meeting_id == meeting.id, Rsvp.slack_user_id == seat.user_id)
    )
    if answered is not None:
        return []
    value = str(meeting.id)
    buttons = (
        StepButton("rsvp.in_person", ids.RSVP_IN_PERSON, value, style="primary"),
        StepButton("rsvp.online", ids.RSVP_ONLINE, value),
        StepButton("rsvp.absent", ids.RSVP_ABSENT, value),
    )
    return [NextStep(_key("home.step.rsvp", meeting), _named(meeting), buttons)]


def _manage(meeting: Meeting) -> NextStep:
    value = str(meeting.id)
    if meeting.kind == OccasionKind.EVENT:
        edit = StepButton("event.edit", ids.EVENT_EDIT, value)
        cancel_label = "event.cancel"
    else:
        number = meeting.year_number
        edit = StepButton(
            "home.step.edit",
            f"{ids.MEETING_PLAN_OPEN}_{number}",
            plan_value(meeting.network_id, number),
        )
        cancel_label = "meeting.cancel"
    cancel = StepButton(cancel_label, ids.MEETING_CANCEL, value, style="danger", confirm=CANCEL)
    text = _key("home.step.planned", meeting)
    return NextStep(text, _named(meeting), (edit, cancel), for_coordinator=True)


def _key(key: str, meeting: Meeting) -> str:
    return f"{key}_event" if meeting.kind == OccasionKind.EVENT else key


def _named(meeting: Meeting) -> dict[str, object]:
    """A meeting by its number, an event by its title; `what`/`What` name it in a sentence
    ('bijeenkomst 3', 'de workshop ‘Valpreventie’'), as the announcement does."""
    if meeting.kind == OccasionKind.EVENT:
        kind = meeting.event_type if meeting.event_type in set(EventType) else EventType.OTHER
        title = meeting.title or ""
        what = Phrase(f"event.what.{kind}", {"title": title})
        return {"title": title, "when": meeting.starts_at, "what": what, "What": what.capital()}
    what = Phrase("meeting.what", {"number": meeting.year_number})
    fields = {"what": what, "What": what.capital()}
    return {"number": meeting.year_number, "when": meeting.starts_at, **fields}


def _plan_step(text: str, label: str, network_id: int, number: int) -> NextStep:
    button = StepButton(
        label, f"{ids.MEETING_PLAN_OPEN}_{number}", plan_value(network_id, number), style="primary"
    )
    return NextStep(text, {"number": number}, (button,), for_coordinator=True)


def _evaluation(seat: Seat) -> NextStep:
    running = seat.session.scalar(
        select(Poll.id).where(
            Poll.network_id == seat.network.id,
            Poll.kind == PollKind.EVALUATION,
            Poll.closed_at.is_(None),
        )
    )
    if running is not None:
        return NextStep("home.step.evaluation_running", for_coordinator=True)
    button = StepButton("home.step.evaluation_button", ids.EVALUATION_START, str(seat.network.id))
    return NextStep("home.step.evaluation", {}, (button,), for_coordinator=True)


def _last_begun(seat: Seat) -> Meeting | None:
    """The meeting under way or held last: its closing round starts near its end."""
    return seat.session.scalar(
        select(Meeting)
        .where(
            Meeting.network_id == seat.network.id,
            Meeting.kind == OccasionKind.MEETING,
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.starts_at <= seat.now,
        )
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    )


def _after_meeting(seat: Seat, held: Meeting) -> list[NextStep]:
    """Near a meeting's end: the closing round (*tegeltjes*); after it, a check-in; each while
    not done yet."""
    steps = []
    fields = {"number": held.year_number}
    rounds = select(TileRound.id).where(TileRound.meeting_id == held.id)
    if seat.session.scalar(rounds) is None:
        button = StepButton("tile.start_button", ids.TILE_START, str(held.id))
        steps.append(NextStep("home.step.tiles", fields, (button,), for_coordinator=True))
    asked = select(Checkin.id).where(
        Checkin.network_id == seat.network.id, Checkin.sent_at >= held.ends_at
    )
    if held.ends_at <= seat.now and seat.session.scalar(asked.limit(1)) is None:
        button = StepButton(
            "home.step.checkin_button", ids.CHECKIN_START, str(seat.network.id), confirm=CHECKIN
        )
        steps.append(NextStep("home.step.checkin", fields, (button,), for_coordinator=True))
    return steps
