"""Meetings: /lerend plan (bijeenkomst) and herinneringen, the plan and online modals, the RSVP,
calendar and cancel buttons, and the scheduled work (reminders, coordinator notes, the
evaluation after meeting 3, cancellation notices, rebuilding the announcement)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import meetings as blocks
from bot.calendar import ics
from bot.config import Settings
from bot.domain.meetings import Attendance, on_holiday
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import meetings
from bot.services.meeting_schedule import (
    CANCELLED_JOB,
    COORDINATORS_JOB,
    EVALUATION_JOB,
    NOTE_JOB,
    REFRESH_JOB,
    REMINDER_JOB,
    Note,
)
from bot.services.meetings import Announcement, MeetingView, PlanOutcome
from handlers.command import CommandRequest, Router
from handlers.intake import GONE, post_dm, submitted
from handlers.network import post_in_channel
from handlers.notify import upload_to_dm
from handlers.polls import told_user_errors
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
CANCEL_WORDS = {"annuleer", "annuleren", "afzeggen", "cancel"}
# The thread reply under the announcement for each kind of change.
CHANGE = {PlanOutcome.MOVED: "moved", PlanOutcome.REPLANNED: "replanned"}


def register(app: App, router: Router, jobs: JobRegistry) -> None:
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
    app.action(re.compile(rf"^{ids.MEETING_PLAN_OPEN}_\d+$"))(open_plan_from_button)
    app.action(ids.RSVP_IN_PERSON)(answer)
    app.action(ids.RSVP_ABSENT)(answer)
    app.action(ids.RSVP_ONLINE)(open_online)
    app.action(ids.MEETING_ICS)(send_calendar)
    app.action(ids.MEETING_CANCEL)(cancel)
    jobs.register(REMINDER_JOB, remind_job)
    jobs.register(COORDINATORS_JOB, coordinators_job)
    jobs.register(NOTE_JOB, note_job)
    jobs.register(EVALUATION_JOB, evaluation_job)
    jobs.register(REFRESH_JOB, refresh_job)
    jobs.register(CANCELLED_JOB, cancelled_job)


# --- /lerend subcommands -------------------------------------------------------------------


def plan(request: CommandRequest) -> None:
    """`/lerend plan [n]` opens the plan modal; `/lerend plan annuleer <n>` cancels."""
    network = request.network()
    if network is None:
        return
    args = [arg.lower() for arg in request.args]
    if args[:1] and args[0] in CANCEL_WORDS and args[1:2] and args[1].isdigit():
        meeting_id = meetings.meeting_id_of(
            request.context["uow"], network_id=network.id, number=int(args[1])
        )
        cancelled = _cancel(request.context, request.client, meeting_id, request.user_id)
        request.respond(
            text=blocks.cancelled_text(request.lang, cancelled), response_type="ephemeral"
        )
        return
    if len(args) > 1 or (args and not args[0].isdigit()):
        request.reply("meeting.usage")
        return
    draft = meetings.plan_draft(
        request.context["uow"],
        network_id=network.id,
        user_id=request.user_id,
        number=int(args[0]) if args else None,
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
        request.context["uow"],
        network_id=network.id,
        user_id=request.user_id,
        text=",".join(request.args),
        default_tz=request.context["settings"].timezone,
        now=_now(request.context),
    )
    request.reply("meeting.reminders_set", offsets=blocks.offsets_text(request.lang, offsets))


# --- modals and buttons --------------------------------------------------------------------


def submit_plan(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang, settings, now = context["lang"], context["settings"], _now(context)
    result = submitted(
        ack,
        lang,
        "meeting.plan.title",
        blocks.plan_errors,
        lambda: meetings.plan_meeting(
            context["uow"],
            network_id=int(k.metadata(view)["network"]),
            user_id=body["user"]["id"],
            form=blocks.parse_plan(view["state"]),
            tz=context["tz"],
            default_tz=settings.timezone,
            now=now,
        ),
    )
    if result is None:
        return
    ack(response_action="update", view=blocks.planned_modal(lang, context["tz"], result))
    publish(context["uow"], client, settings, result.meeting, now, CHANGE.get(result.outcome))


def open_plan_from_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """From a coordinator's DM, or from the confirmation modal (then the modal turns into the
    next plan form). A refusal reaches the person through the central error handler."""
    ack()
    network_id, number = blocks.parse_plan_value(action["value"])
    draft = meetings.plan_draft(
        context["uow"],
        network_id=network_id,
        user_id=body["user"]["id"],
        number=number,
        now=_now(context),
    )
    modal = blocks.plan_modal(context["lang"], context["tz"], draft)
    if body.get("view"):
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
) -> None:
    """*Aanwezig* or *Afwezig*, from the announcement or from a reminder."""
    ack()
    lang, attendance = context["lang"], blocks.RSVP_ACTIONS[action["action_id"]]
    with told_user_errors(respond, lang):
        meeting = meetings.answer(
            context["uow"],
            meeting_id=int(action["value"]),
            user_id=body["user"]["id"],
            attendance=attendance,
            now=_now(context),
        )
        text = blocks.rsvp_receipt(lang, attendance, meeting)
        respond(text=text, response_type="ephemeral", replace_original=False)
        refresh(client, context["settings"], meeting, clicked_in=body.get("channel", {}).get("id"))


def open_online(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    """*Online* asks for a short reason first: online is allowed, in person is preferred."""
    ack()
    lang = context["lang"]
    with told_user_errors(respond, lang):
        prompt = meetings.online_prompt(
            context["uow"],
            meeting_id=int(action["value"]),
            user_id=body["user"]["id"],
            now=_now(context),
        )
        client.views_open(trigger_id=body["trigger_id"], view=blocks.online_modal(lang, prompt))


def submit_online(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang = context["lang"]
    meeting_id, reason = blocks.parse_online(view)
    meeting = submitted(
        ack,
        lang,
        "rsvp.online.title",
        blocks.online_errors,
        lambda: meetings.answer(
            context["uow"],
            meeting_id=meeting_id,
            user_id=body["user"]["id"],
            attendance=Attendance.ONLINE,
            reason=reason,
            now=_now(context),
        ),
    )
    if meeting is None:
        return
    ack(response_action="update", view=blocks.online_done_modal(lang, meeting))
    refresh(client, context["settings"], meeting)


def send_calendar(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    """The meeting's .ics, privately in the person's DM; a cancellation after cancelling."""
    ack()
    lang = context["lang"]
    with told_user_errors(respond, lang):
        meeting = meetings.calendar_view(
            context["uow"], meeting_id=int(action["value"]), user_id=body["user"]["id"]
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
) -> None:
    """*Annuleren* on the announcement (Slack asked for confirmation); coordinators only."""
    ack()
    lang = context["lang"]
    with told_user_errors(respond, lang):
        meeting = _cancel(context, client, int(action["value"]), body["user"]["id"])
        text = blocks.cancelled_text(lang, meeting)
        respond(text=text, response_type="ephemeral", replace_original=False)


def _cancel(context: BoltContext, client: WebClient, meeting_id: int, user_id: str) -> MeetingView:
    now = _now(context)
    meeting = meetings.cancel_meeting(
        context["uow"], meeting_id=meeting_id, user_id=user_id, now=now
    )
    publish(context["uow"], client, context["settings"], meeting, now, "cancelled")
    return meeting


# --- the announcement ----------------------------------------------------------------------


def publish(
    uow: UnitOfWork,
    client: WebClient,
    settings: Settings,
    meeting: MeetingView,
    now: datetime,
    change: str | None = None,
) -> None:
    """Post the announcement, or rebuild it from the database, in every channel it belongs in
    (an event open to other networks is announced in theirs too); a change also gets a short
    reply in its thread, so people following the thread hear of it."""
    message = blocks.announcement(settings.language, settings.timezone, meeting)
    _in_each(
        meeting,
        meeting.announcements,
        lambda place: _publish_in(uow, client, settings, meeting, place, message, now, change),
    )


def _in_each(
    meeting: MeetingView, places: Iterable[Announcement], act: Callable[[Announcement], object]
) -> None:
    """Do `act` in every channel; a failure in another network's channel (the bot may have
    left it) is logged and does not stop the rest, one in the planning network's is raised."""
    for place in places:
        try:
            act(place)
        except SlackApiError as error:
            if place.network_id == meeting.network.id:
                raise
            logger.warning(
                "event %s not shown in a channel: %s", meeting.id, error.response.get("error")
            )


def _publish_in(
    uow: UnitOfWork,
    client: WebClient,
    settings: Settings,
    meeting: MeetingView,
    place: Announcement,
    message: dict[str, Any],
    now: datetime,
    change: str | None,
) -> None:
    if place.ts is None or not _update(client, meeting, place, message):
        ts = post_in_channel(client, place.channel_id, message)["ts"]
        meetings.remember_announcement(uow, meeting, place, ts, now)
        return
    if change is not None:
        reply = blocks.change_reply(settings.language, settings.timezone, meeting, change)
        client.chat_postMessage(channel=place.channel_id, thread_ts=place.ts, text=reply)


def refresh(
    client: WebClient, settings: Settings, meeting: MeetingView, clicked_in: str | None = None
) -> None:
    """Rebuild the announcement after an answer; nothing where it was never posted or is gone.
    With `clicked_in`, only the announcement in that channel (or, from a DM, the planning
    network's): the refresh job rebuilds the others a few seconds later, so a click on an
    event open to many networks costs one update, not one per channel."""
    message = blocks.announcement(settings.language, settings.timezone, meeting)
    places = [p for p in meeting.announcements if p.ts is not None]
    if clicked_in is not None:
        here = [p for p in places if p.channel_id == clicked_in]
        places = here or [p for p in places if p.network_id == meeting.network.id]
    _in_each(meeting, places, lambda place: _update(client, meeting, place, message))


def _update(
    client: WebClient, meeting: MeetingView, place: Announcement, message: dict[str, Any]
) -> bool:
    """False when the announcement is gone (deleted in Slack)."""
    try:
        client.chat_update(channel=place.channel_id, ts=place.ts, **message)
    except SlackApiError as error:
        if error.response.get("error") not in GONE:
            raise
        logger.info("announcement of meeting %s is gone", meeting.id)
        return False
    return True


# --- scheduled jobs ------------------------------------------------------------------------


def remind_job(ctx: JobContext, job: JobView) -> None:
    """A reminder with the preparation ask (and the RSVP buttons when unanswered). Someone
    whose Slack status says they are on holiday gets at most one per meeting."""
    user_id = job.payload["user_id"]
    reminder = meetings.reminder(
        ctx.uow_factory(),
        meeting_id=job.payload["meeting_id"],
        user_id=user_id,
        job_key=job.key,
        now=ctx.clock.now(),
    )
    if reminder is None:
        return
    if reminder.reminded_before and on_holiday(*_status(ctx.client, user_id)):
        return
    post_dm(ctx, job.team_id, user_id, lambda r: blocks.reminder_dm(r.lang, r.tz, reminder))


def _status(client: WebClient, user_id: str) -> tuple[str | None, str | None]:
    """The person's Slack status now (text, emoji); unknown when Slack will not say."""
    try:
        profile = client.users_info(user=user_id)["user"].get("profile") or {}
    except SlackApiError as error:
        logger.info("no status for a member: %s", error.response.get("error"))
        return None, None
    return profile.get("status_text"), profile.get("status_emoji")


def coordinators_job(ctx: JobContext, job: JobView) -> None:
    meetings.plan_coordinator_notes(
        ctx.uow_factory(),
        meeting_id=job.payload["meeting_id"],
        note=Note(job.payload["note"]),
        now=ctx.clock.now(),
    )


def note_job(ctx: JobContext, job: JobView) -> None:
    note = meetings.coordinator_note(
        ctx.uow_factory(),
        meeting_id=job.payload["meeting_id"],
        note=job.payload["note"],
        organisations=job.payload.get("organisations") or [],
    )
    if note is not None:  # None: cancelled in the meantime
        post_dm(
            ctx,
            job.team_id,
            job.payload["user_id"],
            lambda r: blocks.coordinator_note_dm(r.lang, r.tz, note),
        )


def evaluation_job(ctx: JobContext, job: JobView) -> None:
    """The end of meeting 3: the evaluation poll starts (it is posted by its own job)."""
    meetings.start_evaluation_after(
        ctx.uow_factory(),
        meeting_id=job.payload["meeting_id"],
        lang=ctx.settings.language,
        now=ctx.clock.now(),
    )


def refresh_job(ctx: JobContext, job: JobView) -> None:
    meeting = meetings.meeting_view(ctx.uow_factory(), job.payload["meeting_id"])
    refresh(ctx.client, ctx.settings, meeting)


def cancelled_job(ctx: JobContext, job: JobView) -> None:
    meeting = meetings.cancellation_notice(
        ctx.uow_factory(), meeting_id=job.payload["meeting_id"], revision=job.payload["revision"]
    )
    if meeting is not None:  # None: planned again since
        post_dm(
            ctx,
            job.team_id,
            job.payload["user_id"],
            lambda r: blocks.cancelled_dm(r.lang, r.tz, meeting),
        )


def _now(context: BoltContext) -> datetime:
    return context["clock"].now()
