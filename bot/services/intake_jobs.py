"""Intake's scheduled work: the welcome DM right after joining and the intake reminders."""

from __future__ import annotations

from bot.blocks import intake as blocks
from bot.domain.intake import REMINDER_DAYS, REMINDER_JOB
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import intake
from bot.services.views import NetworkRef


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(REMINDER_JOB, remind)


def send_welcome(ctx: JobContext, team_id: str | None, user_id: str, network: NetworkRef) -> None:
    """The welcome DM right after joining, with the intake as the first step."""
    post_dm(ctx, team_id, user_id, lambda reader: blocks.welcome_dm(reader.lang, network))


def remind(ctx: JobContext, job: JobView) -> None:
    """An intake reminder; a no-op when the intake was done in the meantime."""
    user_id = job.payload["user_id"]
    network = intake.reminder_needed(
        ctx.uow_factory(), network_id=job.network_id or 0, user_id=user_id
    )
    if network is None:
        return
    last = job.payload.get("days") == REMINDER_DAYS[-1]
    post_dm(ctx, job.team_id, user_id, lambda r: blocks.reminder_dm(r.lang, network, last))
