"""The consent decision's scheduled work (start, reminders, deadline, outcome) and its channel
message, rebuilt from the database."""

from __future__ import annotations

from datetime import datetime

from slack_sdk import WebClient

from bot.blocks import consent as blocks
from bot.config import Settings
from bot.domain.consent import (
    CLOSE_JOB,
    OUTCOME_JOB,
    REMIND_JOB,
    REMIND_MEMBER_JOB,
    START_JOB,
    Outcome,
)
from bot.edge import messages
from bot.edge.person import reader_of
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import consent
from bot.services.consent import DecisionView
from bot.services.network_jobs import refresh_welcome
from storage.uow import UnitOfWork


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(START_JOB, start_job)
    jobs.register(CLOSE_JOB, close_job)
    jobs.register(REMIND_JOB, remind_job)
    jobs.register(REMIND_MEMBER_JOB, remind_member_job)
    jobs.register(OUTCOME_JOB, outcome_job)


def update_message(
    uow: UnitOfWork, client: WebClient, settings: Settings, decision: DecisionView, now: datetime
) -> None:
    """Rebuild the decision's channel message from the database (posted again when it was
    deleted in Slack). Not posted yet: the start job posts it."""
    if decision.message_ts is None:
        return
    message = blocks.consent_message(settings.language, settings.timezone, decision)
    messages.show(
        client,
        decision.channel_id,
        decision.message_ts,
        message,
        remember=lambda ts: consent.remember_message(uow, decision, ts, now),
    )


def start_job(ctx: JobContext, job: JobView) -> None:
    """A join request after the 2nd meeting: open the decision and put it to the channel."""
    decision = consent.start_decision(
        ctx.uow_factory(), request_id=job.payload["request_id"], now=ctx.clock.now()
    )
    if decision is None or decision.message_ts is not None:
        return
    settings = ctx.settings
    message = blocks.consent_message(settings.language, settings.timezone, decision)
    response = ctx.client.chat_postMessage(channel=decision.channel_id, **message)
    consent.remember_message(ctx.uow_factory(), decision, response["ts"], ctx.clock.now())


def close_job(ctx: JobContext, job: JobView) -> None:
    decision = consent.close_at_deadline(
        ctx.uow_factory(), decision_id=job.payload["decision_id"], now=ctx.clock.now()
    )
    update_message(ctx.uow_factory(), ctx.client, ctx.settings, decision, ctx.clock.now())


def remind_job(ctx: JobContext, job: JobView) -> None:
    consent.plan_reminders(
        ctx.uow_factory(), decision_id=job.payload["decision_id"], now=ctx.clock.now()
    )


def remind_member_job(ctx: JobContext, job: JobView) -> None:
    user_id = job.payload["user_id"]
    decision = consent.reminder(
        ctx.uow_factory(),
        decision_id=job.payload["decision_id"],
        user_id=user_id,
        now=ctx.clock.now(),
    )
    if decision is None:  # decided, or their organisation voted in the meantime
        return
    reader = reader_of(ctx, job.team_id, user_id)
    text = blocks.reminder_text(reader.lang, reader.tz, decision)
    ctx.client.chat_postMessage(channel=user_id, text=text)


def outcome_job(ctx: JobContext, job: JobView) -> None:
    """Tell the channel and the candidate how the group decided."""
    decision = consent.decision_view(ctx.uow_factory(), job.payload["decision_id"])
    settings = ctx.settings
    update_message(ctx.uow_factory(), ctx.client, settings, decision, ctx.clock.now())
    channel_text = blocks.outcome_text(settings.language, decision)
    ctx.client.chat_postMessage(channel=decision.channel_id, text=channel_text)
    reader = reader_of(ctx, job.team_id, decision.candidate)
    text = blocks.candidate_text(reader.lang, decision)
    ctx.client.chat_postMessage(channel=decision.candidate, text=text)
    if decision.outcome == Outcome.PASSED:
        now = ctx.clock.now()
        refresh_welcome(ctx.uow_factory(), ctx.client, settings.language, decision.network_id, now)
