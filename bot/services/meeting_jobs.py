"""Meetings' scheduled work (reminders, coordinator notes, the evaluation after meeting 3,
cancellation notices) and the announcement, rebuilt from the database in every channel it
belongs in."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import meetings as blocks
from bot.config import Settings
from bot.domain.meetings import on_holiday
from bot.edge import messages
from bot.edge.person import post_dm
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
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(REMINDER_JOB, remind_job)
    jobs.register(COORDINATORS_JOB, coordinators_job)
    jobs.register(NOTE_JOB, note_job)
    jobs.register(EVALUATION_JOB, evaluation_job)
    jobs.register(REFRESH_JOB, refresh_job)
    jobs.register(CANCELLED_JOB, cancelled_job)


# The thread reply under the announcement for each kind of change.
CHANGE = {PlanOutcome.MOVED: "moved", PlanOutcome.REPLANNED: "replanned"}


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
    posted = messages.show(
        client,
        place.channel_id,
        place.ts,
        message,
        remember=lambda ts: meetings.remember_announcement(uow, meeting, place, ts, now),
    )
    if posted:
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
    """False when the announcement is gone (deleted in Slack) or was never posted."""
    if place.ts is None:
        return False
    return messages.update(client, place.channel_id, place.ts, message)


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
