"""The fit check: /lerend passend (start, or `uitslag` for the tally), the questions one at a
time in the DM, and the scheduled invitations and result."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks import fit_check as blocks
from bot.blocks import ids
from bot.clock import Clock
from bot.edge.errors import modal_errors
from bot.edge.messages import show
from bot.services import fit_check as fit
from bot.services.fit_check import FitStep
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

RESULT_WORDS = ("uitslag", "stand", "result", "results")


def register(app: App, router: Router) -> None:
    router.add(("passend", "fit"), "passend [uitslag]", "fit.help", fit_check)
    app.action(ids.FIT_BUTTON)(open_questions)
    app.action(re.compile(rf"^{ids.FIT_SCORE_BUTTON}_\d+$"))(answer)
    app.action(ids.FIT_PREVIOUS)(previous)
    app.action(ids.FIT_REMARK_BUTTON)(open_remark)
    app.view(ids.FIT_REMARK_MODAL)(submit_remark)
    modal_errors(ids.FIT_REMARK_MODAL, "fit.title", fields_for_view=blocks.remark_errors)


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
    """The invitation's button: the first open question takes the message's place (the first
    question when everything was answered, to look back and change a score)."""
    ack()
    check_id, user = int(action["value"]), body["user"]["id"]
    step = fit.fit_step(uow, fit_check_id=check_id, user_id=user)
    if step.index is None:
        step = fit.fit_step(uow, fit_check_id=check_id, user_id=user, index=0)
    _show(client, body, lang, step)


def answer(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    check_id, question, score = blocks.parse_score(action["value"])
    step = fit.answer_question(
        uow,
        fit_check_id=check_id,
        user_id=body["user"]["id"],
        question=question,
        score=score,
        now=clock.now(),
    )
    _show(client, body, lang, step)


def previous(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    check_id, index = blocks.parse_question(action["value"])
    step = fit.fit_step(
        uow, fit_check_id=check_id, user_id=body["user"]["id"], index=int(index or 0)
    )
    _show(client, body, lang, step)


def open_remark(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    check_id, question = blocks.parse_question(action["value"])
    step = fit.fit_step(uow, fit_check_id=check_id, user_id=body["user"]["id"])
    channel, ts = _place(body)
    view = blocks.remark_modal(lang, step, question, channel, ts)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_remark(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    check_id, question, remark, channel, ts = blocks.parse_remark(view)
    step = fit.save_remark(
        uow,
        fit_check_id=check_id,
        user_id=body["user"]["id"],
        question=question,
        remark=remark,
        now=clock.now(),
    )
    ack()
    show(client, channel, ts, blocks.question_message(lang, step), remember=lambda _ts: None)


def _place(body: dict[str, Any]) -> tuple[str, str]:
    """The DM and message the tap came from."""
    container = body.get("container") or {}
    return container.get("channel_id", body["user"]["id"]), container.get("message_ts", "")


def _show(client: WebClient, body: dict[str, Any], lang: str, step: FitStep) -> None:
    """The question message in place of the one tapped (posted anew when it is gone)."""
    channel, ts = _place(body)
    show(
        client, channel, ts or None, blocks.question_message(lang, step), remember=lambda _ts: None
    )
