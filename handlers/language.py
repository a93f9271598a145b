"""`/lerend taal en|nl`, `/lerend taal netwerk en|nl` and the language buttons in App Home."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks.language import language_blocks
from bot.clock import Clock
from bot.i18n import t
from bot.services import language
from bot.services.home_view import show_home
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

NETWORK_WORDS = ("netwerk", "network")


def register(app: App, router: Router) -> None:
    router.add(("taal", "language"), "taal en|nl", "language.help", choose)
    app.action(re.compile(rf"^{ids.LANGUAGE_CHOOSE}:"))(choose_in_home)


def choose(request: CommandRequest) -> None:
    args = [arg.lower() for arg in request.args]
    if not args:
        blocks = language_blocks(request.lang, "language.current")
        text = t("language.current", request.lang)
        request.respond(text=text, blocks=blocks, response_type="ephemeral")
        return
    if args[0] in NETWORK_WORDS and len(args) > 1:
        _choose_for_network(request, language.language_or_error(args[1]))
        return
    chosen = language.language_or_error(args[0])
    language.choose_for_person(
        request.uow,
        team_id=request.context.team_id or "-",
        user_id=request.user_id,
        language=chosen,
        now=request.clock.now(),
    )
    request.respond(text=t("language.person.set", chosen), response_type="ephemeral")


def _choose_for_network(request: CommandRequest, chosen: str) -> None:
    network = request.network()
    if network is None:
        return
    name = language.choose_for_network(
        request.uow,
        network_id=network.id,
        user_id=request.user_id,
        language=chosen,
        now=request.clock.now(),
    )
    spoken = t(f"language.name.{chosen}", chosen)
    request.reply("language.network.set", name=name, language=spoken)


def choose_in_home(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    clock: Clock,
) -> None:
    """A language button: in App Home the page is rebuilt in the new language; under the
    `/lerend taal` reply the reply says so."""
    ack()
    chosen = language.language_or_error(action["value"])
    user_id = body["user"]["id"]
    language.choose_for_person(
        uow,
        team_id=context.team_id or "-",
        user_id=user_id,
        language=chosen,
        now=clock.now(),
    )
    context["lang"] = chosen
    if body.get("view", {}).get("type") == "home":
        show_home(context, client, user_id)
    else:
        respond(text=t("language.person.set", chosen), replace_original=True)
