"""The consent decision on a join request: the channel message, the votes, the objection
modal, and the scheduled work (start, reminders, deadline, announcing the outcome)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.blocks import consent as blocks
from bot.blocks import ids
from bot.blocks.network import field_errors, result_modal
from bot.clock import Clock
from bot.config import Settings
from bot.domain.consent import Choice
from bot.edge.errors import modal_errors
from bot.services import consent
from bot.services.consent_jobs import update_message
from storage.uow import UnitOfWork

BUTTON_CHOICES = {ids.CONSENT_AGREE: Choice.CONSENT, ids.CONSENT_ABSTAIN: Choice.ABSTAIN}


def register(app: App) -> None:
    app.action(ids.CONSENT_AGREE)(vote)
    app.action(ids.CONSENT_ABSTAIN)(vote)
    app.action(ids.CONSENT_OBJECT)(open_objection)
    app.view(ids.CONSENT_OBJECTION_MODAL)(submit_objection)
    modal_errors(
        ids.CONSENT_OBJECTION_MODAL,
        "consent.objection.title",
        lambda errors, lang: field_errors(errors, blocks.REASON_FIELDS, lang),
    )


# --- votes ---------------------------------------------------------------------------------


def vote(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    choice = BUTTON_CHOICES[action["action_id"]]
    decision = consent.cast(
        uow,
        decision_id=int(action["value"]),
        user_id=body["user"]["id"],
        choice=choice,
        now=clock.now(),
    )
    text = blocks.receipt(lang, choice, decision)
    respond(text=text, response_type="ephemeral", replace_original=False)
    update_message(uow, client, settings, decision, clock.now())


def open_objection(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    decision_id = int(action["value"])
    consent.check_may_vote(uow, decision_id=decision_id, user_id=body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=blocks.objection_modal(lang, decision_id))


def submit_objection(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    decision_id, reason = blocks.parse_objection(view)
    decision = consent.cast(
        uow,
        decision_id=decision_id,
        user_id=body["user"]["id"],
        choice=Choice.OBJECTION,
        reason=reason,
        now=clock.now(),
    )
    text = blocks.receipt(lang, Choice.OBJECTION, decision)
    ack(response_action="update", view=result_modal(lang, "consent.objection.title", text))
    update_message(uow, client, settings, decision, clock.now())
