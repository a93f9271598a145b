"""The idea box's scheduled work: offer the box to each member right after a meeting."""

from __future__ import annotations

from bot.blocks import ideas as blocks
from bot.domain.ideas import OFFER_JOB
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import ideas
from bot.services.meetings import meeting_for_member


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(OFFER_JOB, offer_round_job)
    jobs.register(ideas.OFFER_MEMBER_JOB, offer_job)


def offer_round_job(ctx: JobContext, job: JobView) -> None:
    """The meeting has ended: plan one DM per member."""
    ideas.plan_offers(ctx.uow_factory(), meeting_id=job.payload["meeting_id"], now=ctx.clock.now())


def offer_job(ctx: JobContext, job: JobView) -> None:
    user_id = job.payload["user_id"]
    meeting = meeting_for_member(
        ctx.uow_factory(), meeting_id=job.payload["meeting_id"], user_id=user_id
    )
    if meeting is not None:  # None: cancelled, or no longer a member
        post_dm(ctx, job.team_id, user_id, lambda r: blocks.offer_dm(r.lang, meeting))
