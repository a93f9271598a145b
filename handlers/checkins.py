"""Check-ins (hoe zit iedereen erin?): /lerend checkin, the check-in modal, and the scheduled
work (start a round after a meeting, ask each participant, the coordinators' summary)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import checkins as blocks
from bot.blocks import ids
from bot.clock import Clock
from bot.edge.errors import modal_errors
from bot.i18n import plural_key, t_plural
from bot.services import checkins, meetings
from bot.services.home_view import answer_click
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

AFTER_WORDS = {"na", "after"}
OFF_WORDS = {"uit", "off"}


def register(app: App, router: Router) -> None:
    router.add(("checkin", "check-in"), "checkin [na <dagen> | uit]", "checkin.help", checkin)
    app.action(ids.CHECKIN_OPEN)(open_checkin)
    app.action(ids.CHECKIN_START)(start_from_home)
    app.view(ids.CHECKIN_MODAL)(submit_checkin)
    modal_errors(ids.CHECKIN_MODAL, "checkin.title", blocks.checkin_errors)


def checkin(request: CommandRequest) -> None:
    """`/lerend checkin` asks everyone now; `na <dagen>` or `uit` sets the pulse after meetings."""
    network = request.network()
    if network is None:
        return
    args = [arg.lower() for arg in request.args]
    uow, now = request.uow, request.clock.now()
    if not args:
        asked = checkins.start_manual_round(
            uow, network_id=network.id, user_id=request.user_id, now=now
        )
        request.reply(plural_key("checkin.started", asked, request.lang), count=asked)
        return
    if args == args[:1] and args[0] in OFF_WORDS:
        days = 0
    elif len(args) == 2 and args[0] in AFTER_WORDS and request.number(1) is not None:
        days = request.number(1) or 0
    else:
        request.reply("checkin.usage")
        return
    meetings.set_checkin_pulse(
        uow,
        network_id=network.id,
        user_id=request.user_id,
        days=days,
        default_tz=request.settings.timezone,
        now=now,
    )
    key = plural_key("checkin.pulse_set", days, request.lang) if days else "checkin.pulse_off"
    request.reply(key, count=days)


def start_from_home(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """*Check-in starten* in a coordinator's App Home (Slack asked for confirmation)."""
    ack()
    asked = checkins.start_manual_round(
        context["uow"],
        network_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=context["clock"].now(),
    )
    answer_click(body, context, client, t_plural("checkin.started", asked, context["lang"]))


def open_checkin(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    ask = checkins.checkin_form(uow, checkin_id=int(action["value"]), user_id=body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=blocks.checkin_modal(lang, ask))


def submit_checkin(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    checkin_id, score, remark = blocks.parse_checkin(view)
    saved = checkins.answer(
        uow,
        checkin_id=checkin_id,
        user_id=body["user"]["id"],
        score=score,
        remark=remark,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.thanks_modal(lang, saved))
