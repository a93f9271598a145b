"""Closing one-liners' scheduled work: ask each member, post the lines together."""

from __future__ import annotations

from bot.blocks import tiles as blocks
from bot.edge.person import post_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import tiles


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(tiles.ASK_JOB, ask_job)
    jobs.register(tiles.POST_JOB, post_job)


def ask_job(ctx: JobContext, job: JobView) -> None:
    user_id = job.payload["user_id"]
    ask = tiles.ask(ctx.uow_factory(), round_id=job.payload["round_id"], user_id=user_id)
    if ask is not None:  # None: posted already, or no longer a member
        post_dm(ctx, job.team_id, user_id, lambda r: blocks.ask_dm(r.lang, r.tz, ask))


def post_job(ctx: JobContext, job: JobView) -> None:
    """The time is up: every line together in the channel, in the network's language."""
    round_id = job.payload["round_id"]
    post = tiles.to_post(ctx.uow_factory(), round_id=round_id)
    if post is None:  # posted already
        return
    channel = post.round.network.channel_id
    message = blocks.post_message(ctx.settings.language, post)
    ts = ctx.client.chat_postMessage(channel=channel, **message)["ts"]
    tiles.mark_posted(
        ctx.uow_factory(), round_id=round_id, channel_id=channel, ts=ts, now=ctx.clock.now()
    )
