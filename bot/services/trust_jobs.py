"""Scheduled work of who speaks for an organisation: asking a colleague's organisation for a
yes, telling the requester, and telling contact persons about a change or a colleague's
proposal."""

from __future__ import annotations

from bot.blocks import consent as consent_blocks
from bot.blocks import trust as blocks
from bot.edge.person import post_dm, send_dm
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import consent, membership, networks, report
from bot.services.network_jobs import refresh_welcome


def register(jobs: JobRegistry) -> None:
    jobs.register(networks.COLLEAGUE_ASK_JOB, ask_job)
    jobs.register(networks.COLLEAGUE_ANSWERED_JOB, answered_job)
    jobs.register(membership.CONTACT_CHANGED_JOB, contact_changed_job)
    jobs.register(consent.PROPOSAL_JOB, consent_proposal_job)
    jobs.register(report.PROPOSAL_JOB, report_proposal_job)


def ask_job(ctx: JobContext, job: JobView) -> None:
    request = networks.colleague_request(ctx.uow_factory(), job.payload["request_id"])
    if request is None:  # answered in the meantime
        return
    post_dm(
        ctx, job.team_id, job.payload["user_id"], lambda r: blocks.colleague_ask_dm(r.lang, request)
    )


def answered_job(ctx: JobContext, job: JobView) -> None:
    request = networks.colleague_answer(ctx.uow_factory(), job.payload["request_id"])
    if request is None:
        return
    send_dm(
        ctx,
        job.team_id,
        request.requester,
        lambda lang: blocks.colleague_requester_text(lang, request),
    )
    if request.status == "approved":
        now = ctx.clock.now()
        language = ctx.settings.language
        refresh_welcome(ctx.uow_factory(), ctx.client, language, request.network.id, now)


def contact_changed_job(ctx: JobContext, job: JobView) -> None:
    payload = job.payload
    send_dm(
        ctx,
        job.team_id,
        payload["user_id"],
        lambda lang: blocks.contact_changed_dm(
            lang, by=payload["by"], organisation=payload["organisation"]
        ),
    )


def consent_proposal_job(ctx: JobContext, job: JobView) -> None:
    payload = job.payload
    decision = consent.decision_view(ctx.uow_factory(), payload["decision_id"])
    if decision.decided:
        return
    send_dm(
        ctx,
        job.team_id,
        payload["user_id"],
        lambda lang: consent_blocks.proposal_text(
            lang,
            by=payload["by"],
            choice=payload["choice"],
            remark=payload.get("remark") or "",
            organisation=decision.organisation_name,
        ),
    )


def report_proposal_job(ctx: JobContext, job: JobView) -> None:
    payload = job.payload
    send_dm(
        ctx,
        job.team_id,
        payload["user_id"],
        lambda lang: blocks.report_proposal_dm(
            lang,
            by=payload["by"],
            organisation=payload["organisation"],
            choice=payload["choice"],
            remark=payload.get("remark") or "",
        ),
    )
