"""The year's scheduled work: the after-meeting trigger (meeting 1: commitment and goal;
meeting 7: another year), the commitment question, its reminder, the close at the deadline
and the coordinators' notes."""

from __future__ import annotations

from bot.blocks import year as blocks
from bot.domain.year import goes_on
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import year
from bot.services.network_jobs import refresh_welcome


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(year.AFTER_MEETING_JOB, after_meeting_job)
    jobs.register(year.COMMIT_ASK_JOB, ask_job)
    jobs.register(year.COMMIT_REMIND_JOB, remind_job)
    jobs.register(year.COMMIT_CLOSE_JOB, close_job)
    jobs.register(year.COMMIT_RESULT_JOB, result_job)
    jobs.register(year.GOAL_ASK_JOB, goal_ask_job)
    jobs.register(year.CONTINUE_OFFER_JOB, continue_job)


def after_meeting_job(ctx: JobContext, job: JobView) -> None:
    year.after_meeting(ctx.uow_factory(), meeting_id=job.payload["meeting_id"], now=ctx.clock.now())


def ask_job(ctx: JobContext, job: JobView) -> None:
    _ask(ctx, job, reminder=False)


def remind_job(ctx: JobContext, job: JobView) -> None:
    _ask(ctx, job, reminder=True)


def _ask(ctx: JobContext, job: JobView, *, reminder: bool) -> None:
    user_id = job.payload["user_id"]
    ask = year.commitment_ask(
        ctx.uow_factory(),
        network_id=job.network_id or 0,
        user_id=user_id,
        year=job.payload["year"],
        reminder=reminder,
    )
    if ask is not None:  # None: left the network, or (reminder) the organisation answered
        post_dm(
            ctx,
            job.team_id,
            user_id,
            lambda r: blocks.commitment_dm(r.lang, r.tz, ask, reminder=reminder),
        )


def close_job(ctx: JobContext, job: JobView) -> None:
    now = ctx.clock.now()
    year.close_round(
        ctx.uow_factory(), network_id=job.network_id or 0, year=job.payload["year"], now=now
    )
    refresh_welcome(ctx.uow_factory(), ctx.client, ctx.settings.language, job.network_id or 0, now)


def result_job(ctx: JobContext, job: JobView) -> None:
    overview = _overview(ctx, job)
    if overview is not None:
        post_dm(
            ctx,
            job.team_id,
            job.payload["user_id"],
            lambda r: blocks.round_result_dm(r.lang, r.tz, overview, goes_on(overview.committed)),
        )


def goal_ask_job(ctx: JobContext, job: JobView) -> None:
    overview = _overview(ctx, job)
    if overview is not None and not overview.goal:
        post_dm(
            ctx, job.team_id, job.payload["user_id"], lambda r: blocks.goal_ask_dm(r.lang, overview)
        )


def continue_job(ctx: JobContext, job: JobView) -> None:
    overview = _overview(ctx, job)
    if overview is not None:
        post_dm(
            ctx, job.team_id, job.payload["user_id"], lambda r: blocks.continue_dm(r.lang, overview)
        )


def _overview(ctx: JobContext, job: JobView) -> year.YearOverview | None:
    """The year the job was planned for; None when the network moved on or closed since."""
    return year.overview_for_job(
        ctx.uow_factory(), network_id=job.network_id or 0, year=job.payload["year"]
    )
