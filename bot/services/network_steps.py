"""App Home next steps of the network itself (bot/services/next_steps.py): colleagues who ask to
join an organisation, new organisations the group decides on, organisations still needed while
the year is not planned yet, sends that failed; and, for a member, choosing their organisation."""

from __future__ import annotations

from sqlalchemy import select

from bot.blocks import ids
from bot.domain.meetings import SlotState
from bot.domain.network import organisations_needed
from bot.scheduling.schedule import failed_jobs
from bot.services.next_steps import NextStep, Seat, StepButton
from storage import repositories as repo
from storage.models import ColleagueRequest, Organisation

REQUESTS_SHOWN = 5


def coordinator_steps(seat: Seat) -> list[NextStep]:
    if not seat.is_coordinator:
        return []
    session, network = seat.session, seat.network
    steps = [_colleague(seat, request) for request in _colleague_requests(seat)[:REQUESTS_SHOWN]]
    for request in repo.pending_join_requests(session, network.id)[:REQUESTS_SHOWN]:
        fields = {"organisation": request.organisation_name, "channel": network.channel_id}
        steps.append(NextStep("home.step.consent", fields, for_coordinator=True))
    needed = organisations_needed(len(network.organisations))
    year_started = any(slot.state != SlotState.OPEN for slot in seat.meetings.slots)
    if needed and not year_started:  # once meetings are planned, the group is what it is
        key = "home.step.needed_one" if needed == 1 else "home.step.needed"
        steps.append(NextStep(key, {"count": needed}, for_coordinator=True))
    failed = len(failed_jobs(session, network_id=network.id))
    if failed:
        key = "home.step.failed_one" if failed == 1 else "home.step.failed"
        steps.append(NextStep(key, {"count": failed}, for_coordinator=True))
    return steps


def member_steps(seat: Seat) -> list[NextStep]:
    """A member without an organisation (and not an *ervaringsdeskundige*). A coordinator
    may run the network from outside its organisations: their card offers *Deelnemen*."""
    if seat.takes_part or seat.is_coordinator:
        return []
    button = StepButton("welcome.join", ids.JOIN_BUTTON, str(seat.network.id), style="primary")
    return [NextStep("home.step.organisation", {}, (button,))]


def _colleague_requests(seat: Seat) -> list[ColleagueRequest]:
    query = select(ColleagueRequest).where(
        ColleagueRequest.network_id == seat.network.id, ColleagueRequest.status == "pending"
    )
    return list(seat.session.scalars(query.order_by(ColleagueRequest.created_at)))


def _colleague(seat: Seat, request: ColleagueRequest) -> NextStep:
    value = str(request.id)
    buttons = (
        StepButton("home.step.approve", ids.COLLEAGUE_APPROVE, value, style="primary"),
        StepButton("home.step.refuse", ids.COLLEAGUE_REFUSE, value),
    )
    organisation = seat.session.get(Organisation, request.organisation_id)
    name = organisation.name if organisation else ""
    fields = {"user": request.slack_user_id, "organisation": name}
    return NextStep("home.step.colleague", fields, buttons, for_coordinator=True)
