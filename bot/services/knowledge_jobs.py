"""Knowledge sharing's scheduled work: expert offers, unanswered questions, the digest and the
give-and-take check."""

from __future__ import annotations

from bot.blocks import knowledge as blocks
from bot.edge.person import dm_text, post_dm, send_dm
from bot.i18n import t
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import balance, digest, knowledge


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(knowledge.OFFER_JOB, offer_job)
    jobs.register(knowledge.UNANSWERED_JOB, unanswered_job)
    jobs.register(knowledge.UNANSWERED_REPORT_JOB, unanswered_report_job)
    jobs.register(knowledge.HELPER_JOB, helper_job)
    jobs.register(knowledge.HELPFUL_JOB, helpful_job)
    jobs.register(digest.DIGEST_JOB, digest_job)
    jobs.register(digest.BALANCE_JOB, balance_check_job)
    jobs.register(balance.ALERT_JOB, balance_alert_job)


def offer_job(ctx: JobContext, job: JobView) -> None:
    """A question to one expert (or, 3 days on, once more); nothing when it was answered."""
    offer = knowledge.expert_offer(
        ctx.uow_factory(), item_id=job.payload["item_id"], nudge=bool(job.payload.get("nudge"))
    )
    if offer is not None:
        post_dm(ctx, job.team_id, job.payload["user_id"], lambda r: blocks.expert_dm(r.lang, offer))


def unanswered_job(ctx: JobContext, job: JobView) -> None:
    knowledge.check_unanswered(
        ctx.uow_factory(), item_id=job.payload["item_id"], now=ctx.clock.now()
    )


def unanswered_report_job(ctx: JobContext, job: JobView) -> None:
    item = knowledge.expert_offer(ctx.uow_factory(), item_id=job.payload["item_id"], nudge=True)
    if item is not None:
        question = item.item
        text = dm_text(
            "knowledge.unanswered.report",
            title=question.title,
            user=question.author_user_id,
            channel=question.network.channel_id,
            link=question.permalink or "",
        )
        send_dm(ctx, job.team_id, job.payload["user_id"], text)


def helper_job(ctx: JobContext, job: JobView) -> None:
    item = knowledge.find_item(ctx.uow_factory(), job.payload["item_id"])
    if item is not None:
        text = dm_text("knowledge.expert.helping", helper=job.payload["helper"], title=item.title)
        send_dm(ctx, job.team_id, job.payload["user_id"], text)


def helpful_job(ctx: JobContext, job: JobView) -> None:
    item = knowledge.find_item(ctx.uow_factory(), job.payload["item_id"])
    if item is not None:
        text = dm_text("knowledge.helpful.thanks", user=item.author_user_id, title=item.title)
        send_dm(ctx, job.team_id, job.payload["user_id"], text)


def digest_job(ctx: JobContext, job: JobView) -> None:
    """This week's digest in the channel (none when nothing is new); the next one is planned
    first, so a failed post does not break the chain."""
    settings, now = ctx.settings, ctx.clock.now()
    network_id = job.network_id or 0
    found = digest.run_digest(
        ctx.uow_factory(), network_id=network_id, now=now, tz=settings.timezone
    )
    if found is None:
        return
    message = blocks.digest_message(settings.language, settings.timezone, found)
    ctx.client.chat_postMessage(channel=found.network.channel_id, **message)
    digest.mark_digest_sent(ctx.uow_factory(), network_id=network_id, until=now)


def balance_check_job(ctx: JobContext, job: JobView) -> None:
    network_id, now = job.network_id or 0, ctx.clock.now()
    digest.plan_next_check(
        ctx.uow_factory(), network_id=network_id, now=now, tz=ctx.settings.timezone
    )
    balance.check_balance(ctx.uow_factory(), network_id=network_id, now=now)


def balance_alert_job(ctx: JobContext, job: JobView) -> None:
    payload = job.payload
    window = "balance.window.meetings" if payload.get("since_meetings") else "balance.window.weeks"

    def compose(lang: str) -> str:
        return t(
            f"balance.alert.{payload['lean']}",
            lang,
            organisation=payload["organisation"],
            brought=payload["brought"],
            took=payload["took"],
            window=t(window, lang),
        )

    send_dm(ctx, job.team_id, payload["user_id"], compose)
