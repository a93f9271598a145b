"""Lighter events: /lerend activiteit, the event modal and the *Wijzigen* button. Announcing,
RSVPs, reminders, cancelling and the calendar file are the meetings' own (handlers/meetings.py),
so an event needs no listener or job of its own for them."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.blocks import events as blocks
from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.meetings import planned_modal
from bot.clock import Clock
from bot.config import Settings
from bot.edge.errors import modal_errors
from bot.services import events
from bot.services.meeting_jobs import CHANGE, publish
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    router.add(("activiteit", "activity", "event"), "activiteit", "event.help", plan_event)
    app.view(ids.EVENT_MODAL)(submit_event)
    modal_errors(ids.EVENT_MODAL, "event.plan.title", blocks.event_errors)
    app.action(ids.EVENT_EDIT)(open_edit)


def plan_event(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    draft = events.event_draft(
        request.uow,
        network_id=network.id,
        event_id=None,
        user_id=request.user_id,
        now=request.clock.now(),
    )
    view = blocks.event_modal(request.lang, request.tz, draft)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def open_edit(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
) -> None:
    """*Wijzigen* on an event's announcement: the modal, filled in (coordinators only)."""
    ack()
    draft = events.event_draft(
        uow,
        network_id=None,
        event_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=clock.now(),
    )
    view = blocks.event_modal(lang, tz, draft)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_event(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
    settings: Settings,
) -> None:
    now = clock.now()
    meta = k.metadata(view)
    result = events.plan_event(
        uow,
        network_id=int(meta["network"]),
        event_id=int(meta["event"]) if meta.get("event") else None,
        user_id=body["user"]["id"],
        form=blocks.parse_event(view["state"]),
        tz=tz,
        default_tz=settings.timezone,
        now=now,
    )
    ack(response_action="update", view=planned_modal(lang, tz, result))
    publish(uow, client, settings, result.meeting, now, CHANGE.get(result.outcome))
