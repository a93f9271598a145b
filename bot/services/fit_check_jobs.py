"""The fit check's scheduled work: invitations and the anonymous result."""

from __future__ import annotations

from bot.blocks import fit_check as blocks
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import fit_check as fit


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(fit.ASK_JOB, ask)
    jobs.register(fit.RESULT_JOB, send_result)


def ask(ctx: JobContext, job: JobView) -> None:
    """One person's invitation; a no-op once the check closed or they answered anyway."""
    user_id = job.payload["user_id"]
    check = fit.invitation(
        ctx.uow_factory(), fit_check_id=job.payload["fit_check_id"], user_id=user_id
    )
    if check is not None:
        post_dm(ctx, job.team_id, user_id, lambda r: blocks.invitation(r.lang, r.tz, check))


def send_result(ctx: JobContext, job: JobView) -> None:
    """Close the check and send the anonymous result to the coordinator who started it."""
    report = fit.close_and_report(
        ctx.uow_factory(), fit_check_id=job.payload["fit_check_id"], now=ctx.clock.now()
    )
    if report is not None:
        post_dm(
            ctx,
            job.team_id,
            job.payload["user_id"],
            lambda r: blocks.result_message(r.lang, r.tz, report),
        )
