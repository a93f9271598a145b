"""Polls: /lerend poll (create, export, who may create), /lerend evaluatie, voting, closing,
follow-up answers, and the scheduled work (rebuild, close, remind, post, summary)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import polls as blocks
from bot.blocks.network import result_modal
from bot.blocks.poll_sharing import export_rows as reply_rows
from bot.blocks.poll_sharing import parse_sharing
from bot.clock import Clock
from bot.config import Settings
from bot.domain.polls import LATE_REBUILD, MAX_OPTIONS
from bot.edge.errors import FieldMapper, modal_errors
from bot.edge.person import upload_to_dm
from bot.export import to_csv
from bot.i18n import t
from bot.services import evaluation, poll_sharing, polls
from bot.services.home_view import answer_click, clicked_in_home, show_home
from bot.services.poll_jobs import post, publish, refresh
from bot.services.poll_thread import show_answer
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
    app.action(ids.POLL_ADD_OPTION)(add_option)
    app.action(ids.POLL_MORE_SETTINGS)(more_settings)
    app.action(ids.POLL_VOTE)(vote)
    app.action(ids.POLL_CLOSE)(close)
    app.action(ids.POLL_EXPORT)(export_from_button)
    app.action(ids.EVALUATION_START)(start_evaluation_from_home)


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
    prefill = blocks.template_prefill(lang, action["selected_option"]["value"])
    layout = blocks.template_layout(blocks.layout_of(view).rev + 1, prefill)
    _grow(client, view, lang, tz, layout, prefill)


def add_option(ack: Ack, body: dict[str, Any], client: WebClient, lang: str, tz: str) -> None:
    """ "Optie toevoegen": one more option field, with everything typed so far kept."""
    ack()
    view = body["view"]
    layout = blocks.layout_of(view)
    layout = replace(layout, slots=min(layout.slots + 1, MAX_OPTIONS))
    _grow(client, view, lang, tz, layout, blocks.typed_prefill(view["state"], layout))


def more_settings(ack: Ack, body: dict[str, Any], client: WebClient, lang: str, tz: str) -> None:
    """ "Meer instellingen": the follow-up questions, anonymity, closing and reminder."""
    ack()
    view = body["view"]
    layout = replace(blocks.layout_of(view), more=True)
    _grow(client, view, lang, tz, layout, blocks.typed_prefill(view["state"], layout))


def _grow(
    client: WebClient,
    view: dict[str, Any],
    lang: str,
    tz: str,
    layout: blocks.Layout,
    prefill: blocks.Prefill,
) -> None:
    network_id = int(k.metadata(view)["network"])
    modal = blocks.create_modal(lang, tz, network_id=network_id, layout=layout, prefill=prefill)
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
    rev = blocks.layout_of(view).rev
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
    rev = blocks.layout_of(view).rev
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
        refresh(uow, client, settings, poll_id, clock)


def submit_answers(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    """The answers are stored; shared ones appear in the poll's thread (issue 16)."""
    poll_id, option_id, answers = blocks.parse_answers(view)
    shared = poll_sharing.answer(
        uow,
        poll_id=poll_id,
        option_id=option_id,
        user_id=body["user"]["id"],
        answers=answers,
        sharing=parse_sharing(view),
        now=clock.now(),
    )
    text = t("poll.follow_up.thanks_shared" if shared.shown else "poll.follow_up.thanks", lang)
    ack(response_action="update", view=result_modal(lang, "poll.follow_up.title", text))
    show_answer(uow, client, settings, shared, clock.now())


def close(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
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
    publish(uow, client, settings, closed, clock)
    if clicked_in_home(body):
        show_home(context, client, body["user"]["id"])


def start_evaluation_from_home(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """*Evaluatie starten* in a coordinator's App Home, after the 3rd meeting."""
    ack()
    evaluation.start_evaluation(
        context["uow"],
        int(action["value"]),
        lang=context["settings"].language,
        now=context["clock"].now(),
        started_by=body["user"]["id"],
    )
    answer_click(body, context, client, t("evaluation.started", context["lang"]))


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
    replies = poll_sharing.replies(context["uow"], poll_id)
    people = blocks.export_people(results) | {reply.user_id for reply in replies}
    names = context["names"].of(client, people)
    rows = blocks.export_rows(lang, tz, results, names) + reply_rows(lang, tz, replies, names)
    upload_to_dm(
        client,
        user_id,
        content=to_csv(rows),
        filename=blocks.export_filename(results.poll),
        title=results.poll.question,
        comment=t("poll.export_done", lang, question=results.poll.question),
    )


# --- rebuilding the message ----------------------------------------------------------------
