"""The fit check: /lerend passend (start, or `uitslag` for the tally), the questions modal, and
the scheduled invitations and result."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks import fit_check as blocks
from bot.blocks import ids
from bot.blocks import kit as k
from bot.clock import Clock
from bot.edge.errors import modal_errors
from bot.services import fit_check as fit
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

RESULT_WORDS = ("uitslag", "stand", "result", "results")


def register(app: App, router: Router) -> None:
    router.add(("passend", "fit"), "passend [uitslag]", "fit.help", fit_check)
    app.view(ids.FIT_MODAL)(submit_answers)
    modal_errors(ids.FIT_MODAL, "fit.title", blocks.fit_errors)
    app.action(ids.FIT_BUTTON)(open_questions)


def fit_check(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    uow = request.uow
    if request.args and request.args[0].lower() in RESULT_WORDS:
        report = fit.latest_report(uow, network_id=network.id, user_id=request.user_id)
        message = blocks.result_message(request.lang, request.tz, report)
        request.respond(response_type="ephemeral", **message)
        return
    check = fit.start_fit_check(
        uow, network_id=network.id, user_id=request.user_id, now=request.clock.now()
    )
    text = blocks.started_text(request.lang, request.tz, check)
    request.respond(text=text, response_type="ephemeral")


def open_questions(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    form = fit.fit_check_form(uow, fit_check_id=int(action["value"]), user_id=body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=blocks.fit_modal(lang, form))


def submit_answers(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    check = fit.answer_fit_check(
        uow,
        fit_check_id=int(k.metadata(view)["fit_check"]),
        user_id=body["user"]["id"],
        answers=blocks.parse_fit(view["state"]),
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.thanks_modal(lang, check))
