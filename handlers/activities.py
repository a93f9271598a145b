"""Lighter events: /lerend activiteit, the event modal and the *Wijzigen* button. Announcing,
RSVPs, reminders, cancelling and the calendar file are the meetings' own (handlers/meetings.py),
so an event needs no listener or job of its own for them."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import events as blocks
from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.meetings import planned_modal
from bot.edge.errors import modal_errors
from bot.services import events
from bot.services.meeting_jobs import CHANGE, publish
from handlers.command import CommandRequest, Router


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
        request.context["uow"],
        network_id=network.id,
        event_id=None,
        user_id=request.user_id,
        now=request.context["clock"].now(),
    )
    view = blocks.event_modal(request.lang, request.tz, draft)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def open_edit(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    """*Wijzigen* on an event's announcement: the modal, filled in (coordinators only)."""
    ack()
    draft = events.event_draft(
        context["uow"],
        network_id=None,
        event_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=context["clock"].now(),
    )
    view = blocks.event_modal(context["lang"], context["tz"], draft)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_event(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang, settings, now = context["lang"], context["settings"], context["clock"].now()
    meta = k.metadata(view)
    result = events.plan_event(
        context["uow"],
        network_id=int(meta["network"]),
        event_id=int(meta["event"]) if meta.get("event") else None,
        user_id=body["user"]["id"],
        form=blocks.parse_event(view["state"]),
        tz=context["tz"],
        default_tz=settings.timezone,
        now=now,
    )
    ack(response_action="update", view=planned_modal(lang, context["tz"], result))
    publish(context["uow"], client, settings, result.meeting, now, CHANGE.get(result.outcome))
