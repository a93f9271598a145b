"""The year as the group lives it: /lerend inzet (ask for commitment now, or see who
committed), the *Ik doe mee* / *We stoppen* buttons, /lerend doel and the goal modal, and the
choice after meeting 7 (another year, or end with the final report first)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import year as blocks
from bot.clock import Clock
from bot.config import Settings
from bot.edge.errors import modal_errors
from bot.services import year
from bot.services.network_jobs import refresh_welcome
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    router.add(("inzet", "commitment"), "inzet", "year.commit.help", commitment_command)
    router.add(("doel", "goal"), "doel", "year.goal.help", goal_command)
    app.action(ids.YEAR_COMMIT)(answer_commitment)
    app.action(ids.YEAR_STOP)(answer_commitment)
    app.action(ids.YEAR_GOAL_OPEN)(open_goal)
    app.view(ids.YEAR_GOAL_MODAL)(submit_goal)
    modal_errors(ids.YEAR_GOAL_MODAL, "year.goal.title", blocks.goal_errors)
    app.action(ids.YEAR_NEXT)(next_year)
    app.action(ids.YEAR_END)(end_network)


def commitment_command(request: CommandRequest) -> None:
    """Coordinators: ask every organisation now, or (once asked) see who committed."""
    network = request.network()
    if network is None:
        return
    uow = request.uow
    asked = year.open_round_now(
        uow, network_id=network.id, user_id=request.user_id, now=request.clock.now()
    )
    if asked:
        request.reply("year.commit.opened", count=asked, name=network.name)
        return
    overview = year.overview(uow, network_id=network.id, user_id=request.user_id)
    request.respond(
        text=blocks.overview_text(request.lang, request.tz, overview), response_type="ephemeral"
    )


def answer_commitment(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    now = clock.now()
    ask = year.answer(
        uow,
        commitment_id=int(action["value"]),
        user_id=body["user"]["id"],
        commit=action["action_id"] == ids.YEAR_COMMIT,
        now=now,
    )
    respond(replace_original=True, **blocks.answered(lang, tz, ask))
    refresh_welcome(uow, client, settings.language, ask.network.id, now)


def goal_command(request: CommandRequest) -> None:
    network = request.network()
    if network is not None:
        _open_goal(
            request.uow,
            request.client,
            request.trigger_id,
            request.lang,
            network.id,
            request.user_id,
        )


def open_goal(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    _open_goal(uow, client, body["trigger_id"], lang, int(action["value"]), body["user"]["id"])


def _open_goal(
    uow: UnitOfWork, client: WebClient, trigger_id: str, lang: str, network_id: int, user_id: str
) -> None:
    form = year.goal_form(uow, network_id=network_id, user_id=user_id)
    client.views_open(trigger_id=trigger_id, view=blocks.goal_modal(lang, form))


def submit_goal(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    network_id, text = blocks.parse_goal(view)
    now = clock.now()
    overview = year.set_goal(
        uow, network_id=network_id, user_id=body["user"]["id"], text=text, now=now
    )
    ack(response_action="update", view=blocks.goal_saved_modal(lang, overview))
    refresh_welcome(uow, client, settings.language, network_id, now)


def next_year(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
) -> None:
    ack()
    network_id, number = (int(part) for part in action["value"].split(":"))
    overview = year.next_year(
        uow, network_id=network_id, user_id=body["user"]["id"], year=number, now=clock.now()
    )
    respond(replace_original=True, **blocks.next_year_started(lang, tz, overview))


def end_network(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """Ending: the final report first (`/lerend rapport`), then the close confirmation."""
    ack()
    network_id = int(action["value"].split(":")[0])
    overview = year.overview(uow, network_id=network_id, user_id=body["user"]["id"])
    text, shown = blocks.report_first(lang, overview)
    respond(replace_original=False, text=text, blocks=shown)
