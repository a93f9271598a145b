"""The consent decision on a join request: the channel message, the votes, the objection
modal, and the scheduled work (start, reminders, deadline, announcing the outcome)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import consent as blocks
from bot.blocks import ids
from bot.blocks.network import field_errors, result_modal
from bot.config import Settings
from bot.domain.consent import Choice, Outcome
from bot.i18n import t
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import consent
from bot.services.consent import DecisionView
from bot.services.errors import FieldErrors, UserFacingError
from handlers.network import refresh_welcome
from handlers.notify import reader_of
from handlers.polls import told_user_errors

BUTTON_CHOICES = {ids.CONSENT_AGREE: Choice.CONSENT, ids.CONSENT_ABSTAIN: Choice.ABSTAIN}


def register(app: App, jobs: JobRegistry) -> None:
    app.action(ids.CONSENT_AGREE)(vote)
    app.action(ids.CONSENT_ABSTAIN)(vote)
    app.action(ids.CONSENT_OBJECT)(open_objection)
    app.view(ids.CONSENT_OBJECTION_MODAL)(submit_objection)
    jobs.register("consent.start", start_job)
    jobs.register("consent.close", close_job)
    jobs.register("consent.remind", remind_job)
    jobs.register("consent.remind_member", remind_member_job)
    jobs.register("consent.outcome", outcome_job)


# --- votes ---------------------------------------------------------------------------------


def vote(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    ack()
    choice = BUTTON_CHOICES[action["action_id"]]
    with told_user_errors(respond, context["lang"]):
        decision = consent.cast(
            context["uow"],
            decision_id=int(action["value"]),
            user_id=body["user"]["id"],
            choice=choice,
            now=context["clock"].now(),
        )
        text = blocks.receipt(context["lang"], choice, decision)
        respond(text=text, response_type="ephemeral", replace_original=False)
        update_message(client, context["settings"], decision)


def open_objection(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    ack()
    decision_id = int(action["value"])
    with told_user_errors(respond, context["lang"]):
        consent.check_may_vote(context["uow"], decision_id=decision_id, user_id=body["user"]["id"])
        view = blocks.objection_modal(context["lang"], decision_id)
        client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_objection(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang = context["lang"]
    decision_id, reason = blocks.parse_objection(view)
    try:
        decision = consent.cast(
            context["uow"],
            decision_id=decision_id,
            user_id=body["user"]["id"],
            choice=Choice.OBJECTION,
            reason=reason,
            now=context["clock"].now(),
        )
    except FieldErrors as error:
        ack(
            response_action="errors",
            errors=field_errors(error.errors, blocks.REASON_FIELDS, lang),
        )
        return
    except UserFacingError as error:
        text = t(error.key, lang, **error.fields)
        ack(response_action="update", view=result_modal(lang, "consent.objection.title", text))
        return
    text = blocks.receipt(lang, Choice.OBJECTION, decision)
    ack(response_action="update", view=result_modal(lang, "consent.objection.title", text))
    update_message(client, context["settings"], decision)


def update_message(client: WebClient, settings: Settings, decision: DecisionView) -> None:
    """Rebuild the decision's channel message from the database."""
    if decision.message_ts is None:
        return
    message = blocks.consent_message(settings.language, settings.timezone, decision)
    client.chat_update(channel=decision.channel_id, ts=decision.message_ts, **message)


# --- scheduled jobs ------------------------------------------------------------------------


def start_job(ctx: JobContext, job: JobView) -> None:
    """A join request after the 2nd meeting: open the decision and put it to the channel."""
    decision = consent.start_decision(
        ctx.uow_factory(), request_id=job.payload["request_id"], now=ctx.clock.now()
    )
    if decision is None or decision.message_ts is not None:
        return
    settings = ctx.settings
    message = blocks.consent_message(settings.language, settings.timezone, decision)
    response = ctx.client.chat_postMessage(channel=decision.channel_id, **message)
    consent.remember_message(ctx.uow_factory(), decision, response["ts"], ctx.clock.now())


def close_job(ctx: JobContext, job: JobView) -> None:
    decision = consent.close_at_deadline(
        ctx.uow_factory(), decision_id=job.payload["decision_id"], now=ctx.clock.now()
    )
    update_message(ctx.client, ctx.settings, decision)


def remind_job(ctx: JobContext, job: JobView) -> None:
    consent.plan_reminders(
        ctx.uow_factory(), decision_id=job.payload["decision_id"], now=ctx.clock.now()
    )


def remind_member_job(ctx: JobContext, job: JobView) -> None:
    user_id = job.payload["user_id"]
    decision = consent.reminder(
        ctx.uow_factory(),
        decision_id=job.payload["decision_id"],
        user_id=user_id,
        now=ctx.clock.now(),
    )
    if decision is None:  # decided, or their organisation voted in the meantime
        return
    reader = reader_of(ctx, job.team_id, user_id)
    text = blocks.reminder_text(reader.lang, reader.tz, decision)
    ctx.client.chat_postMessage(channel=user_id, text=text)


def outcome_job(ctx: JobContext, job: JobView) -> None:
    """Tell the channel and the candidate how the group decided."""
    decision = consent.decision_view(ctx.uow_factory(), job.payload["decision_id"])
    settings = ctx.settings
    update_message(ctx.client, settings, decision)
    channel_text = blocks.outcome_text(settings.language, decision)
    ctx.client.chat_postMessage(channel=decision.channel_id, text=channel_text)
    reader = reader_of(ctx, job.team_id, decision.candidate)
    text = blocks.candidate_text(reader.lang, decision)
    ctx.client.chat_postMessage(channel=decision.candidate, text=text)
    if decision.outcome == Outcome.PASSED:
        now = ctx.clock.now()
        refresh_welcome(ctx.uow_factory(), ctx.client, settings.language, decision.network_id, now)
