"""Check-ins' scheduled work: a round after a meeting, each participant's ask, the summary."""

from __future__ import annotations

from bot.blocks import checkins as blocks
from bot.domain.checkins import ROUND_JOB
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import checkins


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(ROUND_JOB, round_job)
    jobs.register(checkins.ASK_JOB, ask_job)
    jobs.register(checkins.SUMMARY_JOB, summary_job)


def round_job(ctx: JobContext, job: JobView) -> None:
    checkins.start_meeting_round(
        ctx.uow_factory(), meeting_id=job.payload["meeting_id"], now=ctx.clock.now()
    )


def ask_job(ctx: JobContext, job: JobView) -> None:
    user_id = job.payload["user_id"]
    ask = checkins.ask(ctx.uow_factory(), round_key=job.payload["round_key"], user_id=user_id)
    if ask is not None:  # None: answered already, or no longer in the network
        post_dm(ctx, job.team_id, user_id, lambda r: blocks.ask_dm(r.lang, ask))


def summary_job(ctx: JobContext, job: JobView) -> None:
    report = checkins.report(ctx.uow_factory(), round_key=job.payload["round_key"])
    if report is not None:
        post_dm(
            ctx,
            job.team_id,
            job.payload["user_id"],
            lambda r: blocks.summary_dm(r.lang, r.tz, report),
        )
