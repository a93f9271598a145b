"""The programme: /lerend programma (the overview, a page at a time), `claim`, `toevoegen` and
`verwijderen` of programme coordinators, and a network's `delen aan|uit`."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.blocks import ids
from bot.blocks.programme import overview_blocks
from bot.clock import Clock
from bot.edge.person import MENTION
from bot.i18n import t
from bot.services import programme
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

CLAIM = ("claim", "claimen")
ADD = ("toevoegen", "add")
REMOVE = ("verwijderen", "remove")
SHARE = ("delen", "share")
ON_OFF = {"aan": True, "on": True, "uit": False, "off": False}


def register(app: App, router: Router) -> None:
    router.add(
        ("programma", "programme", "program"),
        "programma [claim | toevoegen @persoon | verwijderen @persoon | delen aan|uit]",
        "programme.help",
        programme_command,
    )
    app.action(ids.PROGRAMME_PREVIOUS)(turn_page)
    app.action(ids.PROGRAMME_NEXT)(turn_page)


def programme_command(request: CommandRequest) -> None:
    words = [arg.lower() for arg in request.args]
    uow, now = request.uow, request.clock.now()
    mention = MENTION.match(request.args[1]) if len(request.args) == 2 else None
    if not words:
        _show(request, page=0)
    elif len(words) == 1 and words[0] in CLAIM:
        programme.claim(
            uow,
            team_id=request.team_id,
            user_id=request.user_id,
            now=now,
            is_workspace_admin=programme.workspace_admin_check(request.client),
            named=programme.named_coordinators(request.context["settings"].extra),
        )
        request.reply("programme.claimed")
    elif words[0] in ADD + REMOVE and mention is not None:
        change = programme.add_coordinator if words[0] in ADD else programme.remove_coordinator
        target = mention.group(1)
        change(uow, team_id=request.team_id, actor=request.user_id, target=target, now=now)
        request.reply("programme.added" if words[0] in ADD else "programme.removed", user=target)
    elif words[0] in SHARE and len(words) == 2 and words[1] in ON_OFF:
        network = request.network()
        if network is not None:
            shared = ON_OFF[words[1]]
            programme.set_sharing(
                uow, network_id=network.id, user_id=request.user_id, shared=shared, now=now
            )
            request.reply(
                "programme.shared_on" if shared else "programme.shared_off", name=network.name
            )
    else:
        request.reply("programme.usage")


def _show(request: CommandRequest, page: int) -> None:
    overview = programme.overview(
        request.uow,
        team_id=request.team_id,
        user_id=request.user_id,
        page=page,
        now=request.clock.now(),
    )
    request.respond(
        text=t("programme.header", request.lang),
        blocks=overview_blocks(request.lang, overview),
        response_type="ephemeral",
    )


def turn_page(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    """*Vorige* / *Volgende*: the same message shows the other page."""
    ack()
    overview = programme.overview(
        uow,
        team_id=context.team_id or "",
        user_id=body["user"]["id"],
        page=int(action["value"]),
        now=clock.now(),
    )
    respond(
        text=t("programme.header", lang),
        blocks=overview_blocks(lang, overview),
        replace_original=True,
    )
