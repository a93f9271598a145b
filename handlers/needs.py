"""The learning-needs analysis: /lerend behoeften (ask every organisation) and
/lerend behoeften uitslag (the anonymous summary), the invitation's button and the modal."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import needs as blocks
from bot.clock import Clock
from bot.edge.errors import modal_errors
from bot.i18n import t
from bot.services import needs
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

RESULT_WORDS = ("uitslag", "result", "results", "samenvatting", "summary")


def register(app: App, router: Router) -> None:
    router.add(("behoeften", "needs"), "behoeften [uitslag]", "needs.help", needs_command)
    app.action(ids.NEEDS_OPEN)(open_questions)
    app.view(ids.NEEDS_MODAL)(submit_answer)
    modal_errors(ids.NEEDS_MODAL, "needs.title", blocks.needs_errors)


def needs_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    if request.args and request.args[0].lower() in RESULT_WORDS:
        result = needs.result(request.uow, network_id=network.id, user_id=request.user_id)
        request.respond(
            text=t("needs.result.header", request.lang),
            blocks=blocks.result_blocks(request.lang, result),
            response_type="ephemeral",
        )
        return
    survey = needs.start(
        request.uow, network_id=network.id, user_id=request.user_id, now=request.clock.now()
    )
    request.respond(text=blocks.started_text(request.lang, survey), response_type="ephemeral")


def open_questions(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    form = needs.form(uow, survey_id=int(action["value"]), user_id=body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=blocks.needs_modal(lang, form))


def submit_answer(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    organisation = needs.answer(
        uow,
        survey_id=int(k.metadata(view)["survey"]),
        user_id=body["user"]["id"],
        answer=blocks.parse_needs(view["state"]),
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.thanks_modal(lang, organisation))
