"""Polls: /lerend poll (create, export, who may create), /lerend evaluatie, voting, closing,
follow-up answers, and the scheduled work (rebuild, close, remind, post, summary)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import polls as blocks
from bot.blocks.network import result_modal
from bot.config import Settings
from bot.export import to_csv
from bot.i18n import format_datetime, t
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import evaluation, polls
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.polls import PollView
from handlers.command import CommandRequest, Router
from handlers.notify import reader_of, upload_to_dm
from storage.uow import UnitOfWork

SWITCH_WORDS = {"aan": True, "on": True, "uit": False, "off": False}


def register(app: App, router: Router, jobs: JobRegistry) -> None:
    router.add(("poll", "peiling"), "poll [export | iedereen aan|uit]", "poll.help", poll)
    router.add(("evaluatie", "evaluation"), "evaluatie", "evaluation.help", start_evaluation)
    app.view(ids.POLL_MODAL)(submit_poll)
    app.view(ids.POLL_FOLLOW_UP_MODAL)(submit_answers)
    app.action(ids.POLL_TEMPLATE)(apply_template)
    app.action(ids.POLL_VOTE)(vote)
    app.action(ids.POLL_CLOSE)(close)
    app.action(ids.POLL_EXPORT)(export_from_button)
    jobs.register("poll.refresh", refresh_job)
    jobs.register("poll.close", close_job)
    jobs.register("poll.post", post_job)
    jobs.register("poll.remind", remind_job)
    jobs.register("poll.remind_member", remind_member_job)
    jobs.register("poll.summary", summary_job)


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
        polls.check_may_create(
            request.context["uow"], network_id=network.id, user_id=request.user_id
        )
        view = blocks.create_modal(request.lang, request.tz, network_id=network.id)
        request.client.views_open(trigger_id=request.trigger_id, view=view)


def _export_command(request: CommandRequest, network_id: int, args: list[str]) -> None:
    """`/lerend poll export [number]`: the given poll, or the network's latest."""
    poll_id = int(args[0]) if args and args[0].isdigit() else None
    poll_id = poll_id or polls.latest_poll_id(request.context["uow"], network_id)
    if poll_id is None:
        request.reply("poll.error.none")
        return
    _export(request.context, request.client, request.user_id, poll_id)


def _switch_everyone(request: CommandRequest, network_id: int, allowed: bool) -> None:
    polls.set_members_may_create(
        request.context["uow"],
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
        request.context["uow"],
        network.id,
        lang=request.context["settings"].language,
        now=_now(request),
        started_by=request.user_id,
    )
    request.reply("evaluation.started")


def _now(request: CommandRequest) -> datetime:
    return request.context["clock"].now()


# --- the create modal ----------------------------------------------------------------------


def apply_template(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    view = body["view"]
    meta = k.metadata(view)
    lang = context["lang"]
    modal = blocks.create_modal(
        lang,
        context["tz"],
        network_id=int(meta["network"]),
        rev=int(meta.get("rev", 0)) + 1,
        prefill=blocks.template_prefill(lang, action["selected_option"]["value"]),
    )
    client.views_update(view_id=view["id"], hash=view.get("hash"), view=modal)


def submit_poll(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang, meta = context["lang"], k.metadata(view)
    rev = int(meta.get("rev", 0))
    try:
        created = polls.create_poll(
            context["uow"],
            network_id=int(meta["network"]),
            user_id=body["user"]["id"],
            form=blocks.parse_create(view["state"], rev),
            tz=context["tz"],
            now=context["clock"].now(),
        )
    except FieldErrors as error:
        ack(response_action="errors", errors=blocks.create_errors(error.errors, rev, lang))
        return
    except UserFacingError as error:
        text = t(error.key, lang, **error.fields)
        ack(response_action="update", view=result_modal(lang, "poll.create.title", text))
        return
    ack()
    post(context["uow"], client, context["settings"], created, context["clock"].now())


def post(
    uow: UnitOfWork, client: WebClient, settings: Settings, poll: PollView, now: datetime
) -> None:
    """Post the poll in the network's channel and remember where, to rebuild it later."""
    message = blocks.poll_message(settings.language, settings.timezone, poll)
    response = client.chat_postMessage(channel=poll.channel_id, **message)
    polls.remember_message(uow, poll, response["ts"], now)


# --- voting, answering, closing, exporting -------------------------------------------------


def vote(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    ack()
    poll_id, option_id = blocks.parse_vote(action["value"])
    now = context["clock"].now()
    with told_user_errors(respond, context["lang"]):
        result = polls.cast_vote(
            context["uow"],
            poll_id=poll_id,
            option_id=option_id,
            user_id=body["user"]["id"],
            now=now,
        )
        if result.follow_up is not None:
            view = blocks.follow_up_modal(context["lang"], result.follow_up)
            client.views_open(trigger_id=body["trigger_id"], view=view)
        else:
            text = blocks.vote_receipt(context["lang"], result)
            respond(text=text, response_type="ephemeral", replace_original=False)
        if result.refresh_now:
            refresh(context["uow"], client, context["settings"], poll_id, now)


def submit_answers(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
) -> None:
    lang = context["lang"]
    poll_id, option_id, answers = blocks.parse_answers(view)
    try:
        polls.save_answers(
            context["uow"],
            poll_id=poll_id,
            option_id=option_id,
            user_id=body["user"]["id"],
            answers=answers,
            now=context["clock"].now(),
        )
        text = t("poll.follow_up.thanks", lang)
    except UserFacingError as error:
        text = t(error.key, lang, **error.fields)
    ack(response_action="update", view=result_modal(lang, "poll.follow_up.title", text))


def close(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    ack()
    with told_user_errors(respond, context["lang"]):
        closed = polls.close_poll(
            context["uow"],
            poll_id=int(action["value"]),
            user_id=body["user"]["id"],
            now=context["clock"].now(),
        )
        publish(context["uow"], client, context["settings"], closed)


def export_from_button(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    ack()
    with told_user_errors(respond, context["lang"]):
        _export(context, client, body["user"]["id"], int(action["value"]))


@contextmanager
def told_user_errors(respond: Respond, lang: str) -> Iterator[None]:
    """Answer a rule the user ran into (e.g. only coordinators may close) privately, in
    their language. Raising it after ack() instead would make Bolt withhold its HTTP answer
    and Slack show an error."""
    try:
        yield
    except UserFacingError as error:
        text = t(error.key, lang, **error.fields)
        respond(text=text, response_type="ephemeral", replace_original=False)


def _export(context: BoltContext, client: WebClient, user_id: str, poll_id: int) -> None:
    """Upload the results as CSV into the person's DM with the app (files upload v2)."""
    lang = context["lang"]
    results = polls.results(
        context["uow"], poll_id=poll_id, user_id=user_id, now=context["clock"].now()
    )
    upload_to_dm(
        client,
        user_id,
        content=to_csv(blocks.export_rows(lang, results)),
        filename=blocks.export_filename(results.poll),
        title=results.poll.question,
        comment=t("poll.export_done", lang, question=results.poll.question),
    )


# --- rebuilding the message ----------------------------------------------------------------


def refresh(
    uow: UnitOfWork, client: WebClient, settings: Settings, poll_id: int, now: datetime
) -> None:
    publish(uow, client, settings, polls.poll_view(uow, poll_id, now))


def publish(uow: UnitOfWork, client: WebClient, settings: Settings, poll: PollView) -> None:
    """Rebuild the channel message from the database; note which version it shows."""
    if poll.message_ts is None:
        return
    message = blocks.poll_message(settings.language, settings.timezone, poll)
    client.chat_update(channel=poll.channel_id, ts=poll.message_ts, **message)
    polls.mark_rendered(uow, poll.id, poll.version)


# --- scheduled jobs ------------------------------------------------------------------------


def refresh_job(ctx: JobContext, job: JobView) -> None:
    """A planned rebuild; skipped when the message is up to date."""
    poll_id = job.payload["poll_id"]
    if polls.claim_refresh(ctx.uow_factory(), poll_id, ctx.clock.now()):
        refresh(ctx.uow_factory(), ctx.client, ctx.settings, poll_id, ctx.clock.now())


def close_job(ctx: JobContext, job: JobView) -> None:
    closed = polls.close_poll(
        ctx.uow_factory(), poll_id=job.payload["poll_id"], user_id=None, now=ctx.clock.now()
    )
    publish(ctx.uow_factory(), ctx.client, ctx.settings, closed)


def post_job(ctx: JobContext, job: JobView) -> None:
    unposted = polls.unposted(ctx.uow_factory(), job.payload["poll_id"], ctx.clock.now())
    if unposted is not None:
        post(ctx.uow_factory(), ctx.client, ctx.settings, unposted, ctx.clock.now())


def remind_job(ctx: JobContext, job: JobView) -> None:
    """Fan out: one reminder job per channel member who has not voted."""
    poll_id = job.payload["poll_id"]
    channel = polls.poll_view(ctx.uow_factory(), poll_id, ctx.clock.now()).channel_id
    bot_user = ctx.client.auth_test().get("user_id")
    members = [m for m in _channel_members(ctx.client, channel) if m != bot_user]
    polls.plan_reminders(
        ctx.uow_factory(), poll_id=poll_id, channel_members=members, now=ctx.clock.now()
    )


def _channel_members(client: WebClient, channel: str) -> list[str]:
    members: list[str] = []
    cursor = None
    while True:
        page = client.conversations_members(channel=channel, cursor=cursor, limit=200)
        members += page.get("members") or []
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            return members


def remind_member_job(ctx: JobContext, job: JobView) -> None:
    user_id, now = job.payload["user_id"], ctx.clock.now()
    reminder = polls.reminder(
        ctx.uow_factory(), poll_id=job.payload["poll_id"], user_id=user_id, now=now
    )
    if reminder is None:  # voted or closed in the meantime
        return
    reader = reader_of(ctx, job.team_id, user_id)
    when = format_datetime(reminder.closes_at or now, reader.lang, reader.tz)
    text = t(
        "poll.reminder",
        reader.lang,
        question=reminder.question,
        channel=reminder.channel_id,
        when=when,
    )
    ctx.client.chat_postMessage(channel=user_id, text=text)


def summary_job(ctx: JobContext, job: JobView) -> None:
    """An evaluation closed: its summary goes to a coordinator, in their language."""
    results = polls.results(
        ctx.uow_factory(), poll_id=job.payload["poll_id"], user_id=None, now=ctx.clock.now()
    )
    reader = reader_of(ctx, job.team_id, job.payload["user_id"])
    ctx.client.chat_postMessage(
        channel=job.payload["user_id"],
        text=t("poll.summary.title", reader.lang),
        blocks=blocks.summary_blocks(reader.lang, results),
    )
