"""Who speaks for an organisation: `/lerend contactpersoon @iemand`, *Toestaan* / *Weigeren*
on a colleague's request to join an organisation, and the DMs that go with them."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.blocks import consent as consent_blocks
from bot.blocks import ids
from bot.blocks import trust as blocks
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import consent, membership, networks, report
from handlers.command import CommandRequest, Router
from handlers.intake import post_dm
from handlers.network import MENTION, refresh_welcome
from handlers.notify import send_dm
from handlers.polls import told_user_errors


def register(app: App, router: Router, jobs: JobRegistry) -> None:
    router.add(
        ("contactpersoon", "contact"), "contactpersoon @persoon", "contact.help", contact_command
    )
    app.action(ids.COLLEAGUE_APPROVE)(answer_colleague)
    app.action(ids.COLLEAGUE_REFUSE)(answer_colleague)
    jobs.register(networks.COLLEAGUE_ASK_JOB, ask_job)
    jobs.register(networks.COLLEAGUE_ANSWERED_JOB, answered_job)
    jobs.register(membership.CONTACT_CHANGED_JOB, contact_changed_job)
    jobs.register(consent.PROPOSAL_JOB, consent_proposal_job)
    jobs.register(report.PROPOSAL_JOB, report_proposal_job)


def contact_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    mention = MENTION.match(request.args[0]) if len(request.args) == 1 else None
    if mention is None:
        request.reply("contact.usage")
        return
    change = membership.set_contact(
        request.context["uow"],
        network_id=network.id,
        actor=request.user_id,
        target=mention.group(1),
        now=request.context["clock"].now(),
    )
    key = "contact.done" if change.changed else "contact.unchanged"
    request.reply(key, user=change.contact, organisation=change.organisation_name)


def answer_colleague(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, respond: Respond
) -> None:
    ack()
    with told_user_errors(respond, context["lang"]):
        request = networks.answer_colleague_request(
            context["uow"],
            request_id=int(action["value"]),
            user_id=body["user"]["id"],
            approve=action["action_id"] == ids.COLLEAGUE_APPROVE,
            now=context["clock"].now(),
        )
        respond(text=blocks.colleague_answer_text(context["lang"], request), replace_original=True)


# --- scheduled jobs ------------------------------------------------------------------------


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
