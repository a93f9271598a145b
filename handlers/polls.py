"""Polls: /lerend poll (create, export, who may create), /lerend evaluatie, voting, closing,
follow-up answers, and the scheduled work (rebuild, close, remind, post, summary)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import polls as blocks
from bot.blocks.network import result_modal
from bot.clock import Clock
from bot.config import Settings
from bot.domain.polls import LATE_REBUILD
from bot.edge.errors import FieldMapper, modal_errors
from bot.edge.person import upload_to_dm
from bot.export import to_csv
from bot.i18n import t
from bot.services import evaluation, polls
from bot.services.poll_jobs import post, publish, refresh
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

SWITCH_WORDS = {"aan": True, "on": True, "uit": False, "off": False}


def register(app: App, router: Router) -> None:
    router.add(("poll", "peiling"), "poll [export | iedereen aan|uit]", "poll.help", poll)
    router.add(("evaluatie", "evaluation"), "evaluatie", "evaluation.help", start_evaluation)
    app.view(ids.POLL_MODAL)(submit_poll)
    app.view(ids.POLL_FOLLOW_UP_MODAL)(submit_answers)
    modal_errors(ids.POLL_MODAL, "poll.create.title", fields_for_view=_create_errors)
    modal_errors(ids.POLL_FOLLOW_UP_MODAL, "poll.follow_up.title")
    app.action(ids.POLL_TEMPLATE)(apply_template)
    app.action(ids.POLL_VOTE)(vote)
    app.action(ids.POLL_CLOSE)(close)
    app.action(ids.POLL_EXPORT)(export_from_button)


# --- /lerend poll and /lerend evaluatie ----------------------------------------------------


def poll(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    args = [arg.lower() for arg in request.args]
    if args[:1] == ["export"]:
        _export_command(request, network.id, args[1:])
    elif args[:1] in (["iedereen"], ["everyone"]) and args[1:] and args[1] in SWITCH_WORDS:
        _switch_everyone(request, network.id, SWITCH_WORDS[args[1]])
    elif args:
        request.reply("poll.usage")
    else:
        polls.check_may_create(request.uow, network_id=network.id, user_id=request.user_id)
        view = blocks.create_modal(request.lang, request.tz, network_id=network.id)
        request.client.views_open(trigger_id=request.trigger_id, view=view)


def _export_command(request: CommandRequest, network_id: int, args: list[str]) -> None:
    """`/lerend poll export [number]`: the given poll, or the network's latest."""
    if args:  # the number follows "export", the first argument
        poll_id = request.number(1)
        if poll_id is None:
            request.not_found(1)
            return
    else:
        poll_id = polls.latest_poll_id(request.uow, network_id)
    if poll_id is None:
        request.reply("poll.error.none")
        return
    _export(request.context, request.client, request.user_id, poll_id)


def _switch_everyone(request: CommandRequest, network_id: int, allowed: bool) -> None:
    polls.set_members_may_create(
        request.uow,
        network_id=network_id,
        user_id=request.user_id,
        allowed=allowed,
        now=_now(request),
    )
    request.reply("poll.everyone_on" if allowed else "poll.everyone_off")


def start_evaluation(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    evaluation.start_evaluation(
        request.uow,
        network.id,
        lang=request.settings.language,
        now=_now(request),
        started_by=request.user_id,
    )
    request.reply("evaluation.started")


def _now(request: CommandRequest) -> datetime:
    return request.clock.now()


# --- the create modal ----------------------------------------------------------------------


def apply_template(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    lang: str,
    tz: str,
) -> None:
    ack()
    view = body["view"]
    meta = k.metadata(view)
    modal = blocks.create_modal(
        lang,
        tz,
        network_id=int(meta["network"]),
        rev=int(meta.get("rev", 0)) + 1,
        prefill=blocks.template_prefill(lang, action["selected_option"]["value"]),
    )
    client.views_update(view_id=view["id"], hash=view.get("hash"), view=modal)


def submit_poll(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    tz: str,
    clock: Clock,
    settings: Settings,
) -> None:
    meta = k.metadata(view)
    rev = int(meta.get("rev", 0))
    created = polls.create_poll(
        uow,
        network_id=int(meta["network"]),
        user_id=body["user"]["id"],
        form=blocks.parse_create(view["state"], rev),
        tz=tz,
        now=clock.now(),
    )
    ack()
    post(uow, client, settings, created, clock.now())


def _create_errors(view: dict[str, Any]) -> FieldMapper:
    """The create modal's block ids carry its revision (a template rebuilds the modal)."""
    rev = int(k.metadata(view).get("rev", 0))
    return lambda errors, lang: blocks.create_errors(errors, rev, lang)


# --- voting, answering, closing, exporting -------------------------------------------------


def vote(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    poll_id, option_id = blocks.parse_vote(action["value"])
    now = clock.now()
    result = polls.cast_vote(
        uow,
        poll_id=poll_id,
        option_id=option_id,
        user_id=body["user"]["id"],
        now=now,
    )
    if result.follow_up is not None:
        view = blocks.follow_up_modal(lang, result.follow_up)
        client.views_open(trigger_id=body["trigger_id"], view=view)
    else:
        text = blocks.vote_receipt(lang, result)
        respond(text=text, response_type="ephemeral", replace_original=False)
    if result.refresh_now and clock.now() - now < LATE_REBUILD:
        refresh(uow, client, settings, poll_id, now)


def submit_answers(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    poll_id, option_id, answers = blocks.parse_answers(view)
    polls.save_answers(
        uow,
        poll_id=poll_id,
        option_id=option_id,
        user_id=body["user"]["id"],
        answers=answers,
        now=clock.now(),
    )
    text = t("poll.follow_up.thanks", lang)
    ack(response_action="update", view=result_modal(lang, "poll.follow_up.title", text))


def close(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    closed = polls.close_poll(
        uow,
        poll_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=clock.now(),
    )
    publish(uow, client, settings, closed, clock.now())


def export_from_button(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    ack()
    _export(context, client, body["user"]["id"], int(action["value"]))


def _export(context: BoltContext, client: WebClient, user_id: str, poll_id: int) -> None:
    """Upload the results as CSV into the person's DM with the app (files upload v2)."""
    lang, tz = context["lang"], context["settings"].timezone
    results = polls.results(
        context["uow"], poll_id=poll_id, user_id=user_id, now=context["clock"].now()
    )
    names = context["names"].of(client, blocks.export_people(results))
    upload_to_dm(
        client,
        user_id,
        content=to_csv(blocks.export_rows(lang, tz, results, names)),
        filename=blocks.export_filename(results.poll),
        title=results.poll.question,
        comment=t("poll.export_done", lang, question=results.poll.question),
    )


# --- rebuilding the message ----------------------------------------------------------------
