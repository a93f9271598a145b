"""Meetings: /lerend plan (bijeenkomst) and herinneringen, the plan and online modals, the RSVP,
calendar and cancel buttons, and the scheduled work (reminders, coordinator notes, the
evaluation after meeting 3, cancellation notices, rebuilding the announcement)."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import meetings as blocks
from bot.calendar import ics
from bot.config import Settings
from bot.domain.meetings import Attendance
from bot.edge.errors import modal_errors
from bot.edge.person import upload_to_dm
from bot.services import meetings
from bot.services.home_view import answer_click
from bot.services.meeting_jobs import CHANGE, publish, refresh
from bot.services.meetings import MeetingView
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
CANCEL_WORDS = {"annuleer", "annuleren", "afzeggen", "cancel"}
# The thread reply under the announcement for each kind of change.


def register(app: App, router: Router) -> None:
    router.add(
        ("plan", "bijeenkomst", "meeting"),
        "plan [1-7] | plan annuleer <nummer>",
        "meeting.help",
        plan,
    )
    router.add(
        ("herinneringen", "reminders"), "herinneringen 7d,1d", "meeting.help_reminders", reminders
    )
    app.view(ids.MEETING_PLAN_MODAL)(submit_plan)
    app.view(ids.MEETING_ONLINE_MODAL)(submit_online)
    modal_errors(ids.MEETING_PLAN_MODAL, "meeting.plan.title", blocks.plan_errors)
    modal_errors(ids.MEETING_ONLINE_MODAL, "rsvp.online.title", blocks.online_errors)
    app.action(re.compile(rf"^{ids.MEETING_PLAN_OPEN}_\d+$"))(open_plan_from_button)
    app.action(ids.RSVP_IN_PERSON)(answer)
    app.action(ids.RSVP_ABSENT)(answer)
    app.action(ids.RSVP_ONLINE)(open_online)
    app.action(ids.MEETING_ICS)(send_calendar)
    app.action(ids.MEETING_CANCEL)(cancel)


# --- /lerend subcommands -------------------------------------------------------------------


def plan(request: CommandRequest) -> None:
    """`/lerend plan [n]` opens the plan modal; `/lerend plan annuleer <n>` cancels."""
    network = request.network()
    if network is None:
        return
    args = [arg.lower() for arg in request.args]
    if args[:1] and args[0] in CANCEL_WORDS and args[1:2]:
        number = request.number(1)
        if number is None:
            request.not_found(1)
            return
        meeting_id = meetings.meeting_id_of(request.uow, network_id=network.id, number=number)
        cancelled = _cancel(request.context, request.client, meeting_id, request.user_id)
        request.respond(
            text=blocks.cancelled_text(request.lang, cancelled), response_type="ephemeral"
        )
        return
    if args and request.means_number(0) and request.number(0) is None:
        request.not_found(0)
        return
    if len(args) > 1 or (args and request.number(0) is None):
        request.reply("meeting.usage")
        return
    draft = meetings.plan_draft(
        request.uow,
        network_id=network.id,
        user_id=request.user_id,
        number=request.number(0),
        now=_now(request.context),
    )
    view = blocks.plan_modal(request.lang, request.tz, draft)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def reminders(request: CommandRequest) -> None:
    """`/lerend herinneringen 7d,1d,2h`: when members are reminded of every meeting."""
    network = request.network()
    if network is None:
        return
    if not request.args:
        request.reply("meeting.reminders_usage")
        return
    offsets = meetings.set_reminder_offsets(
        request.uow,
        network_id=network.id,
        user_id=request.user_id,
        text=",".join(request.args),
        default_tz=request.settings.timezone,
        now=_now(request.context),
    )
    request.reply("meeting.reminders_set", offsets=blocks.offsets_text(request.lang, offsets))


# --- modals and buttons --------------------------------------------------------------------


def submit_plan(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    settings: Settings,
) -> None:
    now = _now(context)
    result = meetings.plan_meeting(
        uow,
        network_id=int(k.metadata(view)["network"]),
        user_id=body["user"]["id"],
        form=blocks.parse_plan(view["state"]),
        tz=tz,
        default_tz=settings.timezone,
        now=now,
    )
    ack(response_action="update", view=blocks.planned_modal(lang, tz, result))
    publish(uow, client, settings, result.meeting, now, CHANGE.get(result.outcome))


def open_plan_from_button(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    tz: str,
) -> None:
    """From App Home or a coordinator's DM, or from the confirmation modal (then the modal turns
    into the next plan form). A refusal reaches the person through the central error handler."""
    ack()
    network_id, number = blocks.parse_plan_value(action["value"])
    draft = meetings.plan_draft(
        uow,
        network_id=network_id,
        user_id=body["user"]["id"],
        number=number,
        now=_now(context),
    )
    modal = blocks.plan_modal(lang, tz, draft)
    if (body.get("view") or {}).get("type") == "modal":
        client.views_update(view_id=body["view"]["id"], hash=body["view"].get("hash"), view=modal)
    else:
        client.views_open(trigger_id=body["trigger_id"], view=modal)


def answer(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    settings: Settings,
) -> None:
    """*Aanwezig* or *Afwezig*, from the announcement or from a reminder."""
    ack()
    attendance = blocks.RSVP_ACTIONS[action["action_id"]]
    meeting = meetings.answer(
        uow,
        meeting_id=int(action["value"]),
        user_id=body["user"]["id"],
        attendance=attendance,
        now=_now(context),
    )
    answer_click(body, context, client, blocks.rsvp_receipt(lang, attendance, meeting))
    refresh(client, settings, meeting, clicked_in=body.get("channel", {}).get("id"))


def open_online(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """*Online* asks for a short reason first: online is allowed, in person is preferred."""
    ack()
    prompt = meetings.online_prompt(
        uow,
        meeting_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=_now(context),
    )
    client.views_open(trigger_id=body["trigger_id"], view=blocks.online_modal(lang, prompt))


def submit_online(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    settings: Settings,
) -> None:
    meeting_id, reason = blocks.parse_online(view)
    meeting = meetings.answer(
        uow,
        meeting_id=meeting_id,
        user_id=body["user"]["id"],
        attendance=Attendance.ONLINE,
        reason=reason,
        now=_now(context),
    )
    ack(response_action="update", view=blocks.online_done_modal(lang, meeting))
    refresh(client, settings, meeting)


def send_calendar(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """The meeting's .ics, privately in the person's DM; a cancellation after cancelling."""
    ack()
    meeting = meetings.calendar_view(
        uow, meeting_id=int(action["value"]), user_id=body["user"]["id"]
    )
    filename, title, comment = blocks.calendar_file(lang, meeting)
    event = blocks.calendar_event(lang, meeting, _now(context))
    upload_to_dm(
        client,
        body["user"]["id"],
        content=ics(event),
        filename=filename,
        title=title,
        comment=comment,
    )


def cancel(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    lang: str,
) -> None:
    """*Bijeenkomst afzeggen* in App Home (Slack asked for confirmation); coordinators only."""
    ack()
    meeting = _cancel(context, client, int(action["value"]), body["user"]["id"])
    answer_click(body, context, client, blocks.cancelled_text(lang, meeting))


def _cancel(context: BoltContext, client: WebClient, meeting_id: int, user_id: str) -> MeetingView:
    now = _now(context)
    meeting = meetings.cancel_meeting(
        context["uow"], meeting_id=meeting_id, user_id=user_id, now=now
    )
    publish(context["uow"], client, context["settings"], meeting, now, "cancelled")
    return meeting


# --- the announcement ----------------------------------------------------------------------


def _now(context: BoltContext) -> datetime:
    return context["clock"].now()
