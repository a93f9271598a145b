"""The outcome report: /lerend rapport [anoniem [forceer <reden>]], the review buttons and the
remark modal, and the jobs that build the files and send the excerpts."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import report as blocks
from bot.blocks.network import result_modal
from bot.blocks.trust import review_receipt
from bot.edge.errors import modal_errors
from bot.i18n import plural_key, t
from bot.services import report
from bot.services.home_view import answer_click
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

ANONYMOUS = ("anoniem", "anonymous", "publiek", "public")
FORCE = ("forceer", "force")
YEAR_WORDS = ("jaar", "year")


def register(app: App, router: Router) -> None:
    router.add(
        ("rapport", "report"),
        "rapport [jaar n | anoniem [forceer <reden>]]",
        "report.help",
        report_command,
    )
    app.action(ids.REPORT_START)(request_from_home)
    app.action(ids.REPORT_APPROVE)(approve)
    app.action(ids.REPORT_APPROVE_NAMED)(approve)
    app.action(ids.REPORT_CHANGES)(open_remark)
    app.view(ids.REPORT_REMARK_MODAL)(submit_remark)
    modal_errors(ids.REPORT_REMARK_MODAL, "report.remark.title", blocks.remark_errors)


def report_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    uow, now, user = request.uow, request.clock.now(), request.user_id
    words = [arg.lower() for arg in request.args]
    if not words:
        report.request_report(uow, network_id=network.id, user_id=user, now=now)
        request.reply("report.requested")
    elif len(words) == 2 and words[0] in YEAR_WORDS and words[1].isdigit():
        year = int(words[1][:3])
        report.request_report(uow, network_id=network.id, user_id=user, now=now, year=year)
        request.reply("report.requested")
    elif words[0] in ANONYMOUS and words[1:2] and words[1] in FORCE:
        reason = " ".join(request.args[2:])
        report.force_public(uow, network_id=network.id, user_id=user, reason=reason, now=now)
        request.reply("report.forced")
    elif words[0] in ANONYMOUS and len(words) == 1:
        asked = report.start_review(uow, network_id=network.id, user_id=user, now=now)
        key = (
            plural_key("report.review_started", asked, request.lang)
            if asked
            else "report.review_none"
        )
        request.reply(key, count=asked)
    else:
        request.reply("report.usage")


def request_from_home(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """*Rapport maken* in a coordinator's App Home: as `/lerend rapport`."""
    ack()
    report.request_report(
        context["uow"],
        network_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=context["clock"].now(),
    )
    answer_click(body, context, client, t("report.requested", context["lang"]))


# --- the review ----------------------------------------------------------------------------


def approve(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    lang: str,
) -> None:
    ack()
    named = action["action_id"] == ids.REPORT_APPROVE_NAMED
    state = _decide(context, action["value"], body["user"]["id"], remark=None, named=named)
    text = review_receipt(lang, state.proposed_to, state.approved, state.total, state.complete)
    respond(text=text, response_type="ephemeral", replace_original=False)


def open_remark(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    review_id, organisation_id = blocks.parse_review_value(action["value"])
    report.check_may_answer(
        uow, review_id=review_id, organisation_id=organisation_id, user_id=body["user"]["id"]
    )
    client.views_open(
        trigger_id=body["trigger_id"], view=blocks.remark_modal(lang, action["value"])
    )


def submit_remark(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    lang: str,
) -> None:
    value = k.metadata(view)["review"]
    remark = blocks.parse_remark(view["state"])
    _decide(context, value, body["user"]["id"], remark=remark)
    text = t("report.remark.thanks", lang)
    ack(response_action="update", view=result_modal(lang, "report.remark.title", text))


def _decide(
    context: BoltContext, value: str, user_id: str, *, remark: str | None, named: bool = False
) -> report.ReviewState:
    """Akkoord (no remark; with or without the organisation's name) or Aanpassen (with one)
    for the organisation in `value`."""
    review_id, organisation_id = blocks.parse_review_value(value)
    return report.decide(
        context["uow"],
        review_id=review_id,
        organisation_id=organisation_id,
        user_id=user_id,
        approve=remark is None,
        remark=remark,
        named=named,
        now=context["clock"].now(),
    )
