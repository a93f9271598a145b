"""The idea box: /lerend idee, the idea modal (from the button under a meeting's announcement or
in the DM after a meeting), *Zet mijn naam erbij*, *Oppakken* in App Home, and the scheduled
offer of the box right after each meeting."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ideas as blocks
from bot.blocks import ids
from bot.blocks.meetings import parse_idea_value
from bot.clock import Clock
from bot.config import Settings
from bot.edge.errors import modal_errors
from bot.i18n import t
from bot.services import ideas
from bot.services.home_view import show_home
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    router.add(("idee", "idea"), "idee [tekst]", "idea.help", idea_command)
    app.action(ids.IDEA_OPEN)(open_idea)
    app.view(ids.IDEA_MODAL)(submit_idea)
    modal_errors(ids.IDEA_MODAL, "idea.title", blocks.idea_errors)
    app.action(ids.IDEA_SHOW_NAME)(show_name)
    app.action(ids.IDEA_TAKE_UP)(take_up)


def idea_command(request: CommandRequest) -> None:
    """`/lerend idee <tekst>` stores it anonymously and offers to add one's name; without a
    text the modal opens."""
    network = request.network()
    if network is None:
        return
    uow, text = request.uow, " ".join(request.args)
    if not text:
        prompt = ideas.idea_prompt(
            uow, network_id=network.id, meeting_id=None, user_id=request.user_id
        )
        request.client.views_open(
            trigger_id=request.trigger_id, view=blocks.idea_modal(request.lang, prompt)
        )
        return
    dropped = ideas.drop_idea(
        uow,
        network_id=network.id,
        meeting_id=None,
        user_id=request.user_id,
        text=text,
        named=False,
        now=request.clock.now(),
    )
    request.respond(**blocks.thanks_message(request.lang, dropped), response_type="ephemeral")


def open_idea(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    network_id, meeting_id = parse_idea_value(action["value"])
    prompt = ideas.idea_prompt(
        uow, network_id=network_id, meeting_id=meeting_id, user_id=body["user"]["id"]
    )
    client.views_open(trigger_id=body["trigger_id"], view=blocks.idea_modal(lang, prompt))


def submit_idea(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    network_id, meeting_id, text, named = blocks.parse_idea(view)
    dropped = ideas.drop_idea(
        uow,
        network_id=network_id,
        meeting_id=meeting_id,
        user_id=body["user"]["id"],
        text=text,
        named=named,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.thanks_modal(lang, dropped))


def show_name(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    ideas.show_name(uow, idea_id=int(action["value"]), user_id=body["user"]["id"])
    respond(text=t("idea.named_done", lang), replace_original=True)


def take_up(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    clock: Clock,
    settings: Settings,
) -> None:
    """*Oppakken* in App Home: the channel is told, and the Home is rebuilt without the idea.
    A refusal reaches the coordinator through the central error handler."""
    ack()
    user = body["user"]["id"]
    taken = ideas.take_up(uow, idea_id=int(action["value"]), user_id=user, now=clock.now())
    text = blocks.taken_up_text(settings.language, taken)
    client.chat_postMessage(channel=taken.network.channel_id, text=text)
    show_home(context, client, user)
