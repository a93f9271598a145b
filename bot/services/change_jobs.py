"""The scheduled work of change (issue 15): telling people their organisation left or that
they were removed, flagging an organisation without members to the coordinators, ending its
grace period, and asking people to take over from a coordinator who left Slack."""

from __future__ import annotations

from bot.blocks import change as blocks
from bot.edge.person import dm_text, post_dm, send_dm
from bot.i18n import format_date
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import approvals, leaving, networks, organisations
from bot.services.network_jobs import refresh_welcome


def register(jobs: JobRegistry) -> None:
    jobs.register(organisations.ORGANISATION_REMOVED_JOB, tell_organisation_removed)
    jobs.register(organisations.MEMBER_LEFT_JOB, tell_member_removed)
    jobs.register(organisations.ORGANISATION_EMPTY_JOB, flag_empty_organisation)
    jobs.register(organisations.ORGANISATION_EXPIRE_JOB, expire_empty_organisation)
    jobs.register(leaving.TAKEOVER_ASK_JOB, ask_to_take_over)
    jobs.register(approvals.APPROVAL_ASK_JOB, ask_approval)
    jobs.register(approvals.APPROVAL_ANSWERED_JOB, tell_approval_outcome)


def tell_organisation_removed(ctx: JobContext, job: JobView) -> None:
    network = networks.network_ref(ctx.uow_factory(), job.network_id or 0)
    payload = job.payload
    text = dm_text(
        "organisations.removed_dm", organisation=payload["organisation"], name=network.name
    )
    send_dm(ctx, job.team_id, payload["user_id"], text)


def tell_member_removed(ctx: JobContext, job: JobView) -> None:
    network = networks.network_ref(ctx.uow_factory(), job.network_id or 0)
    payload = job.payload
    text = dm_text("remove_member.dm", name=network.name, reason=payload["reason"])
    send_dm(ctx, job.team_id, payload["person"], text)


def flag_empty_organisation(ctx: JobContext, job: JobView) -> None:
    empty = organisations.empty_organisation(ctx.uow_factory(), job.payload["organisation_id"])
    if empty is None:  # someone joined it again, or it stopped already
        return
    post_dm(
        ctx,
        job.team_id,
        job.payload["user_id"],
        lambda reader: blocks.empty_organisation_dm(
            reader.lang,
            empty.name,
            empty.network.name,
            format_date(empty.ends_at, reader.lang, reader.tz),
            empty.id,
        ),
    )


def expire_empty_organisation(ctx: JobContext, job: JobView) -> None:
    now = ctx.clock.now()
    change = organisations.end_empty(
        ctx.uow_factory(), organisation_id=job.payload["organisation_id"], actor=None, now=now
    )
    if change is not None:
        refresh_welcome(
            ctx.uow_factory(), ctx.client, ctx.settings.language, change.network.id, now
        )


def ask_to_take_over(ctx: JobContext, job: JobView) -> None:
    payload = job.payload
    network = leaving.still_to_take_over(
        ctx.uow_factory(), network_id=job.network_id or 0, gone=payload["gone"]
    )
    if network is None:  # someone took over already
        return
    post_dm(
        ctx,
        job.team_id,
        payload["user_id"],
        lambda reader: blocks.take_over_dm(
            reader.lang, network, payload["gone"], payload["others"]
        ),
    )


def ask_approval(ctx: JobContext, job: JobView) -> None:
    request = approvals.pending_approval(ctx.uow_factory(), job.payload["request_id"])
    if request is None:  # another coordinator answered first
        return
    post_dm(
        ctx,
        job.team_id,
        job.payload["user_id"],
        lambda reader: blocks.approval_ask_dm(reader.lang, request),
    )


def tell_approval_outcome(ctx: JobContext, job: JobView) -> None:
    request = approvals.approval(ctx.uow_factory(), job.payload["request_id"])
    if request is None:
        return
    send_dm(
        ctx,
        job.team_id,
        job.payload["user_id"],
        lambda lang: blocks.approval_outcome_text(lang, request),
    )
