"""After a meeting (issue 14): the prompts when it ends (attendance, results), an action's one
reminder, and the results message in the announcement's thread, rebuilt from the database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import agenda as agenda_blocks
from bot.blocks import benchmark as benchmark_blocks
from bot.blocks import outcomes as blocks
from bot.config import Settings
from bot.domain.benchmark import ASK_JOB as FIGURES_ASK_JOB
from bot.domain.benchmark import LABEL_JOB as FIGURES_LABEL_JOB
from bot.domain.benchmark import PUBLISH_JOB as FIGURES_PUBLISH_JOB
from bot.domain.outcomes import (
    ACTION_REMINDER_JOB,
    AGENDA_CHANGED_JOB,
    AGENDA_PROPOSAL_JOB,
    ASK_MEMBER_JOB,
    MISSED_JOB,
    PROMPTS_JOB,
    TAKER_JOB,
)
from bot.edge import messages
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import agenda, attendance, benchmark, results
from bot.services.meetings import MeetingView, meeting_for_member
from bot.services.results import MeetingResults
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(PROMPTS_JOB, prompts_job)
    jobs.register(TAKER_JOB, taker_job)
    jobs.register(ASK_MEMBER_JOB, ask_member_job)
    jobs.register(ACTION_REMINDER_JOB, action_reminder_job)
    jobs.register(MISSED_JOB, missed_job)
    jobs.register(AGENDA_CHANGED_JOB, agenda_changed_job)
    jobs.register(AGENDA_PROPOSAL_JOB, agenda_proposal_job)
    jobs.register(FIGURES_ASK_JOB, figures_ask_job)
    jobs.register(FIGURES_PUBLISH_JOB, figures_publish_job)
    jobs.register(FIGURES_LABEL_JOB, figures_label_job)


def prompts_job(ctx: JobContext, job: JobView) -> None:
    """The meeting has ended: plan one DM per person."""
    attendance.plan_prompts(
        ctx.uow_factory(), meeting_id=job.payload["meeting_id"], now=ctx.clock.now()
    )


def taker_job(ctx: JobContext, job: JobView) -> None:
    _prompt(ctx, job, blocks.taker_dm)


def ask_member_job(ctx: JobContext, job: JobView) -> None:
    _prompt(ctx, job, blocks.ask_member_dm)


def _prompt(
    ctx: JobContext, job: JobView, build: Callable[[str, MeetingView], dict[str, Any]]
) -> None:
    user_id = job.payload["user_id"]
    meeting = meeting_for_member(
        ctx.uow_factory(), meeting_id=job.payload["meeting_id"], user_id=user_id
    )
    if meeting is not None:  # None: cancelled meanwhile, or no longer a member
        post_dm(ctx, job.team_id, user_id, lambda r: build(r.lang, meeting))


def missed_job(ctx: JobContext, job: JobView) -> None:
    """To an organisation nobody came from: what was missed, and where to read it back."""
    note = attendance.missed_note(
        ctx.uow_factory(),
        meeting_id=job.payload["meeting_id"],
        organisation_id=job.payload["organisation_id"],
    )
    if note is not None:
        post_dm(ctx, job.team_id, job.payload["user_id"], lambda r: blocks.missed_dm(r.lang, note))


def agenda_changed_job(ctx: JobContext, job: JobView) -> None:
    """A few minutes after the last edit: the agenda as it is now, once, in the thread."""
    news = agenda.agenda_news(ctx.uow_factory(), meeting_id=job.payload["meeting_id"])
    if news is None or news.channel_id is None or news.thread_ts is None:
        return  # cancelled, or never announced: the reminders carry the agenda anyway
    message = agenda_blocks.changed_message(ctx.settings.language, news)
    ctx.client.chat_postMessage(channel=news.channel_id, thread_ts=news.thread_ts, **message)


def agenda_proposal_job(ctx: JobContext, job: JobView) -> None:
    proposal = agenda.proposal(ctx.uow_factory(), item_id=job.payload["item_id"])
    if proposal is not None:  # None: answered by another coordinator, or the meeting is off
        post_dm(
            ctx,
            job.team_id,
            job.payload["user_id"],
            lambda r: agenda_blocks.proposal_dm(r.lang, proposal),
        )


def figures_ask_job(ctx: JobContext, job: JobView) -> None:
    asked = benchmark.ask_view(ctx.uow_factory(), benchmark_id=job.payload["benchmark_id"])
    if asked is not None:  # None: shown already, or gone
        post_dm(
            ctx,
            job.team_id,
            job.payload["user_id"],
            lambda r: benchmark_blocks.ask_dm(r.lang, r.tz, asked),
        )


def figures_publish_job(ctx: JobContext, job: JobView) -> None:
    """The deadline: the figures side by side in the channel, then each organisation hears
    its label."""
    round_id = job.payload["benchmark_id"]
    lang = ctx.settings.language
    shown = benchmark.table(ctx.uow_factory(), benchmark_id=round_id, lang=lang)
    if shown is None:  # shown already, or the meeting was cancelled
        return
    message = benchmark_blocks.table_message(lang, shown)
    ctx.client.chat_postMessage(channel=shown.round.meeting.network.channel_id, **message)
    benchmark.mark_published(ctx.uow_factory(), benchmark_id=round_id, now=ctx.clock.now())


def figures_label_job(ctx: JobContext, job: JobView) -> None:
    user_id = job.payload["user_id"]
    lang = ctx.settings.language  # the label is the one the channel shows
    note = benchmark.label_note(
        ctx.uow_factory(),
        benchmark_id=job.payload["benchmark_id"],
        organisation_id=job.payload["organisation_id"],
        lang=lang,
    )
    if note is not None:
        post_dm(ctx, job.team_id, user_id, lambda r: benchmark_blocks.label_dm(r.lang, note))


def action_reminder_job(ctx: JobContext, job: JobView) -> None:
    action = results.action_for_reminder(ctx.uow_factory(), result_id=job.payload["result_id"])
    if action is not None and action.owner:  # None: done or gone
        post_dm(ctx, job.team_id, action.owner, lambda r: blocks.action_reminder_dm(r.lang, action))


def show_results(
    uow: UnitOfWork, client: WebClient, settings: Settings, meeting_id: int, now: datetime
) -> MeetingResults:
    """Post or rebuild the meeting's results in its announcement's thread (nothing to show
    when the announcement was never posted)."""
    shown = results.meeting_results(uow, meeting_id)
    channel, thread = shown.channel_id, shown.thread_ts
    if channel is None or thread is None or not shown.results:
        return shown
    message = blocks.results_message(settings.language, shown)

    def remember(ts: str) -> None:
        link = _permalink(client, channel, ts)
        results.remember_message(
            uow, meeting_id=meeting_id, channel_id=channel, ts=ts, permalink=link, now=now
        )

    messages.show(client, channel, shown.ts, message, remember=remember, thread_ts=thread)
    return shown


def _permalink(client: WebClient, channel: str, ts: str) -> str | None:
    try:
        return str(client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"])
    except SlackApiError as error:
        logger.warning("no permalink for a message: %s", error.response.get("error"))
        return None
