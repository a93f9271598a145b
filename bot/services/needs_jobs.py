"""The learning-needs analysis's scheduled work: one invitation per person."""

from __future__ import annotations

from bot.blocks import needs as blocks
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import needs


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(needs.ASK_JOB, ask)


def ask(ctx: JobContext, job: JobView) -> None:
    """One person's invitation; a no-op once their organisation answered or a newer analysis
    replaced this one."""
    user_id = job.payload["user_id"]
    survey = needs.invitation(
        ctx.uow_factory(), survey_id=job.payload["survey_id"], user_id=user_id
    )
    if survey is not None:
        post_dm(ctx, job.team_id, user_id, lambda reader: blocks.invitation(reader.lang, survey))
