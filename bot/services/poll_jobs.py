"""Polls' scheduled work (post, rebuild, close, remind, summary) and the channel
message, rebuilt from the database."""

from __future__ import annotations

from datetime import datetime

from slack_sdk import WebClient

from bot.blocks import polls as blocks
from bot.clock import Clock
from bot.config import Settings
from bot.edge import audience, messages
from bot.edge.person import reader_of
from bot.i18n import format_datetime, t
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import polls
from bot.services.language import network_language
from bot.services.polls import PollView
from storage.uow import UnitOfWork


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(polls.REFRESH_JOB, refresh_job)
    jobs.register(polls.CLOSE_JOB, close_job)
    jobs.register(polls.POST_JOB, post_job)
    jobs.register(polls.REMIND_JOB, remind_job)
    jobs.register(polls.REMIND_MEMBER_JOB, remind_member_job)
    jobs.register(polls.SUMMARY_JOB, summary_job)


def post(
    uow: UnitOfWork, client: WebClient, settings: Settings, poll: PollView, now: datetime
) -> None:
    """Post the poll in the network's channel and remember where, to rebuild it later."""
    lang = network_language(uow, poll.network_id, settings.language)
    message = blocks.poll_message(lang, settings.timezone, poll)
    response = client.chat_postMessage(channel=poll.channel_id, **message)
    polls.remember_message(uow, poll, response["ts"], now)


def refresh(
    uow: UnitOfWork, client: WebClient, settings: Settings, poll_id: int, clock: Clock
) -> None:
    publish(uow, client, settings, polls.poll_view(uow, poll_id, clock.now()), clock)


def publish(
    uow: UnitOfWork, client: WebClient, settings: Settings, poll: PollView, clock: Clock
) -> None:
    """Rebuild the channel message from the database (posted again when it was deleted in
    Slack); note which version it shows, and when Slack had it (the next rebuild is spaced
    from then). Not posted yet: the post job posts it."""
    if poll.message_ts is None:
        return
    now = clock.now()
    lang = network_language(uow, poll.network_id, settings.language)
    message = blocks.poll_message(lang, settings.timezone, poll)
    messages.show(
        client,
        poll.channel_id,
        poll.message_ts,
        message,
        remember=lambda ts: polls.remember_message(uow, poll, ts, now),
    )
    polls.mark_rendered(uow, poll.id, poll.version, clock.now())


def refresh_job(ctx: JobContext, job: JobView) -> None:
    """A planned rebuild; skipped when the message is up to date."""
    poll_id = job.payload["poll_id"]
    if polls.claim_refresh(ctx.uow_factory(), poll_id, ctx.clock.now()):
        refresh(ctx.uow_factory(), ctx.client, ctx.settings, poll_id, ctx.clock)


def close_job(ctx: JobContext, job: JobView) -> None:
    closed = polls.close_poll(
        ctx.uow_factory(), poll_id=job.payload["poll_id"], user_id=None, now=ctx.clock.now()
    )
    publish(ctx.uow_factory(), ctx.client, ctx.settings, closed, ctx.clock)


def post_job(ctx: JobContext, job: JobView) -> None:
    unposted = polls.unposted(ctx.uow_factory(), job.payload["poll_id"], ctx.clock.now())
    if unposted is not None:
        post(ctx.uow_factory(), ctx.client, ctx.settings, unposted, ctx.clock.now())


def remind_job(ctx: JobContext, job: JobView) -> None:
    """Fan out: one reminder job per network member in the channel who has not voted, not
    to bots, deactivated accounts or people outside the network."""
    poll_id = job.payload["poll_id"]
    channel = polls.poll_view(ctx.uow_factory(), poll_id, ctx.clock.now()).channel_id
    in_channel = _channel_members(ctx.client, channel)
    waiting = polls.waiting_members(ctx.uow_factory(), poll_id=poll_id, user_ids=in_channel)
    polls.plan_reminders(
        ctx.uow_factory(),
        poll_id=poll_id,
        channel_members=audience.humans(ctx.client, waiting),
        now=ctx.clock.now(),
    )


def _channel_members(client: WebClient, channel: str) -> list[str]:
    members: list[str] = []
    cursor = None
    while True:
        page = client.conversations_members(channel=channel, cursor=cursor, limit=200)
        members += page.get("members") or []
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            return members


def remind_member_job(ctx: JobContext, job: JobView) -> None:
    user_id, now = job.payload["user_id"], ctx.clock.now()
    reminder = polls.reminder(
        ctx.uow_factory(), poll_id=job.payload["poll_id"], user_id=user_id, now=now
    )
    if reminder is None:  # voted or closed in the meantime
        return
    reader = reader_of(ctx, job.team_id, user_id)
    when = format_datetime(reminder.closes_at or now, reader.lang, reader.tz)
    text = t(
        "poll.reminder",
        reader.lang,
        question=reminder.question,
        channel=reminder.channel_id,
        when=when,
    )
    ctx.client.chat_postMessage(channel=user_id, text=text)


def summary_job(ctx: JobContext, job: JobView) -> None:
    """An evaluation closed: its summary goes to a coordinator, in their language."""
    results = polls.results(
        ctx.uow_factory(), poll_id=job.payload["poll_id"], user_id=None, now=ctx.clock.now()
    )
    reader = reader_of(ctx, job.team_id, job.payload["user_id"])
    ctx.client.chat_postMessage(
        channel=job.payload["user_id"],
        text=t("poll.summary.title", reader.lang),
        blocks=blocks.summary_blocks(reader.lang, results),
    )
