"""Benchmark figures (issue 14, item 6): `/lerend cijfers [n]` (coordinators define the
figures and a deadline), `/lerend cijfers invullen` or the button in the DM (an organisation
enters them)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks import benchmark as blocks
from bot.blocks import ids
from bot.clock import Clock
from bot.edge.errors import modal_errors
from bot.services import agenda, benchmark
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

ENTER = ("invullen", "enter")


def register(app: App, router: Router) -> None:
    router.add(("cijfers", "figures"), "cijfers [n | invullen]", "benchmark.help", figures_command)
    app.view(ids.BENCHMARK_MODAL)(submit_round)
    modal_errors(ids.BENCHMARK_MODAL, "benchmark.title", blocks.round_errors)
    app.action(ids.BENCHMARK_ENTER)(open_entry)
    app.view(ids.BENCHMARK_ENTRY_MODAL)(submit_entry)
    modal_errors(ids.BENCHMARK_ENTRY_MODAL, "benchmark.entry_title", blocks.entry_errors)


def figures_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    now, uow = request.clock.now(), request.uow
    if request.args and request.args[0].lower() in ENTER:
        round_id = benchmark.open_round_id(uow, network_id=network.id, now=now)
        _open_entry(
            request.client,
            uow,
            request.trigger_id,
            request.user_id,
            round_id,
            request.lang,
            request.clock,
        )
        return
    if request.args and request.number(0) is None:
        request.not_found(0)
        return
    number = request.number(0) if request.args else None
    meeting_id = agenda.agenda_meeting(uow, network_id=network.id, number=number, now=now)
    meeting = benchmark.round_meeting(uow, meeting_id=meeting_id, user_id=request.user_id, now=now)
    request.client.views_open(
        trigger_id=request.trigger_id, view=blocks.round_modal(request.lang, meeting)
    )


def submit_round(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
) -> None:
    meeting_id, figures, deadline = blocks.parse_round(view)
    started = benchmark.start_round(
        uow,
        meeting_id=meeting_id,
        user_id=body["user"]["id"],
        figures=figures,
        deadline=deadline,
        tz=tz,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.started_modal(lang, tz, started))


def open_entry(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    _open_entry(
        client, uow, body["trigger_id"], body["user"]["id"], int(action["value"]), lang, clock
    )


def _open_entry(
    client: WebClient,
    uow: UnitOfWork,
    trigger_id: str,
    user_id: str,
    round_id: int,
    lang: str,
    clock: Clock,
) -> None:
    form = benchmark.entry_form(uow, benchmark_id=round_id, user_id=user_id, now=clock.now())
    client.views_open(trigger_id=trigger_id, view=blocks.entry_modal(lang, form))


def submit_entry(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], uow: UnitOfWork, lang: str, clock: Clock
) -> None:
    round_id, values, invalid = blocks.parse_entry(view)
    form = benchmark.enter(
        uow,
        benchmark_id=round_id,
        user_id=body["user"]["id"],
        values=values,
        invalid=invalid,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.entered_modal(lang, form))
