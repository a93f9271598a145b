"""Programme-wide surveys' scheduled work: one DM per person (the fan-out goes through the
schedule, so rate limits slow it down without losing anyone)."""

from __future__ import annotations

from bot.blocks import surveys as blocks
from bot.edge import audience
from bot.edge.person import reader_of
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import surveys


def register(jobs: JobRegistry) -> None:
    jobs.register(surveys.DM_JOB, dm_job)


def dm_job(ctx: JobContext, job: JobView) -> None:
    """Send the survey to one person (not to bots or deactivated accounts); sent once."""
    survey_id, user_id = job.payload["survey_id"], job.payload["user_id"]
    survey = surveys.unsent_dm(ctx.uow_factory(), survey_id, user_id)
    if survey is None or not audience.reachable(ctx.client, user_id):
        return
    reader = reader_of(ctx, job.team_id, user_id)
    response = ctx.client.chat_postMessage(
        channel=user_id, **blocks.dm_message(reader.lang, survey)
    )
    surveys.remember_dm(
        ctx.uow_factory(), survey_id, user_id, str(response["channel"]), str(response["ts"])
    )
