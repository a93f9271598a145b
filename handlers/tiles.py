"""Closing one-liners (tegeltjeswijsheden): /lerend tegeltje and the button under a meeting's
announcement (coordinators), the button in the DM and the one-line modal, and the scheduled
work (ask each member, post the lines together)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import tiles as blocks
from bot.clock import Clock
from bot.domain.tiles import DEFAULT_POST_AFTER, post_after
from bot.edge.errors import modal_errors
from bot.services import tiles
from bot.services.home_view import answer_click
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    router.add(("tegeltje", "tegeltjes", "tile"), "tegeltje [uren]", "tile.help", tile_command)
    app.action(ids.TILE_START)(start_from_button)
    app.action(ids.TILE_OPEN)(open_tile)
    app.view(ids.TILE_MODAL)(submit_tile)
    modal_errors(ids.TILE_MODAL, "tile.title", blocks.tile_errors)


def tile_command(request: CommandRequest) -> None:
    """`/lerend tegeltje [uren]`: open the closing round of the meeting that is ending."""
    network = request.network()
    if network is None:
        return
    after = post_after(request.args[0] if request.args else None)
    if after is None or len(request.args) > 1:
        request.reply("tile.usage")
        return
    opened = tiles.open_round(
        request.uow,
        network_id=network.id,
        meeting_id=None,
        user_id=request.user_id,
        after=after,
        now=request.clock.now(),
    )
    text = blocks.opened_text(request.lang, request.tz, opened)
    request.respond(text=text, response_type="ephemeral")


def start_from_button(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
) -> None:
    """*Tegeltjesronde starten* in a coordinator's App Home, after a meeting."""
    ack()
    opened = tiles.open_round(
        uow,
        network_id=None,
        meeting_id=int(action["value"]),
        user_id=body["user"]["id"],
        after=DEFAULT_POST_AFTER,
        now=clock.now(),
    )
    answer_click(body, context, client, blocks.opened_text(lang, tz, opened))


def open_tile(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    ask = tiles.tile_form(uow, round_id=int(action["value"]), user_id=body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=blocks.tile_modal(lang, ask))


def submit_tile(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
) -> None:
    round_id, text = blocks.parse_tile(view)
    saved = tiles.write_tile(
        uow,
        round_id=round_id,
        user_id=body["user"]["id"],
        text=text,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.thanks_modal(lang, tz, saved))
