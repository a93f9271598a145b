"""Knowledge sharing: /lerend deel, zoek, expert and digest; the share shortcuts; the buttons
on an item (choose the helpful answer, edit, delete) and on an expert's DM (Ik help); the
scheduled work (expert offers, unanswered questions, digest, give-and-take check)."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import knowledge as blocks
from bot.blocks.network import result_modal
from bot.domain.knowledge import parse_digest_choice, parse_search, thread_event
from bot.i18n import t
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import balance, digest, knowledge, networks, search
from bot.services.knowledge import ItemView
from handlers.command import CommandRequest, Router
from handlers.intake import post_dm, submitted
from handlers.network import MENTION
from handlers.notify import dm_text, send_dm
from handlers.polls import told_user_errors
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
GONE = ("message_not_found", "cant_delete_message", "channel_not_found")


def register(app: App, router: Router, jobs: JobRegistry) -> None:
    router.add(("deel", "share"), "deel", "knowledge.help.share", share_command)
    router.add(
        ("zoek", "search"),
        "zoek <woorden> [type:vraag] [thema:…] [overal]",
        "search.help_line",
        find,
    )
    router.add(("expert",), "expert [@persoon] <thema…|alles>", "knowledge.help.expert", expert)
    router.add(("digest",), "digest [<dag> <uur> | aan | uit]", "digest.help_line", digest_command)
    app.shortcut(ids.SHARE_SHORTCUT)(share_from_shortcut)
    app.shortcut(ids.SHARE_MESSAGE_SHORTCUT)(share_from_message)
    app.shortcut(ids.HELPFUL_SHORTCUT)(helpful_from_message)
    app.action(ids.SHARE_PICK_NETWORK)(pick_network)
    app.view(ids.SHARE_MODAL)(submit_share)
    app.view(ids.HELPFUL_MODAL)(submit_helpful)
    app.action(ids.KNOWLEDGE_HELP)(offer_help)
    app.action(ids.KNOWLEDGE_CHOOSE_ANSWER)(open_choose_answer)
    app.action(ids.KNOWLEDGE_EDIT)(open_edit)
    app.action(ids.KNOWLEDGE_DELETE)(delete)
    jobs.register(knowledge.OFFER_JOB, offer_job)
    jobs.register(knowledge.UNANSWERED_JOB, unanswered_job)
    jobs.register(knowledge.UNANSWERED_REPORT_JOB, unanswered_report_job)
    jobs.register(knowledge.HELPER_JOB, helper_job)
    jobs.register(knowledge.HELPFUL_JOB, helpful_job)
    jobs.register(digest.DIGEST_JOB, digest_job)
    jobs.register(digest.BALANCE_JOB, balance_check_job)
    jobs.register(balance.ALERT_JOB, balance_alert_job)


# --- /lerend subcommands -----------------------------------------------------------------------


def share_command(request: CommandRequest) -> None:
    network = request.network()
    if network is not None:
        _open_share(request.context, request.client, request.trigger_id, network.id)


def find(request: CommandRequest) -> None:
    """`/lerend zoek` in the network's channel; with `overal` anywhere, across the networks
    that share with the programme."""
    text = " ".join(request.args)
    everywhere = parse_search(text).everywhere
    network = None if everywhere else request.network()
    if network is None and not everywhere:
        return
    found = search.search(
        request.context["uow"],
        network_id=network.id if network else None,
        text=text,
        team_id=request.team_id,
        user_id=request.user_id,
    )
    text, answer = blocks.search_blocks(request.lang, found)
    request.respond(text=text, blocks=answer, response_type="ephemeral")


def expert(request: CommandRequest) -> None:
    """`/lerend expert` lists the experts; with themes (or 'alles') an expert sets their own,
    and a coordinator can name someone first: `/lerend expert @persoon dementie`."""
    network = request.network()
    if network is None:
        return
    uow = request.context["uow"]
    if not request.args:
        listed = knowledge.experts(uow, network_id=network.id)
        request.respond(text=blocks.experts_text(request.lang, listed), response_type="ephemeral")
        return
    mention = MENTION.match(request.args[0])
    row = knowledge.set_expert_themes(
        uow,
        network_id=network.id,
        actor_user_id=request.user_id,
        target_user_id=mention.group(1) if mention else request.user_id,
        words=request.args[1:] if mention else request.args,
        now=request.context["clock"].now(),
    )
    request.respond(text=blocks.experts_text(request.lang, [row]), response_type="ephemeral")


def digest_command(request: CommandRequest) -> None:
    """`/lerend digest` shows the setting; `<dag> <uur>`, `aan` or `uit` changes it."""
    network = request.network()
    if network is None:
        return
    uow, settings = request.context["uow"], request.context["settings"]
    choice = parse_digest_choice(request.args)
    if request.args and choice is None:
        request.reply("digest.usage")
        return
    if choice is None:
        current = digest.digest_settings(uow, network_id=network.id)
    else:
        current = digest.set_digest(
            uow,
            network_id=network.id,
            user_id=request.user_id,
            enabled=choice.enabled,
            weekday=choice.weekday,
            hour=choice.hour,
            now=request.context["clock"].now(),
            tz=settings.timezone,
        )
    text = blocks.digest_settings_text(request.lang, settings.timezone, current)
    request.respond(text=text, response_type="ephemeral")


# --- sharing -----------------------------------------------------------------------------------


def share_from_shortcut(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """The global shortcut: straight to the form in someone's only network, else pick one."""
    ack()
    lang, user = context["lang"], body["user"]["id"]
    mine = knowledge.share_networks(context["uow"], context.team_id or "", user)
    if len(mine) == 1:
        _open_share(context, client, body["trigger_id"], mine[0].id)
        return
    view = (
        blocks.pick_network_modal(lang, mine)
        if mine
        else result_modal(
            lang, "knowledge.share.modal_title", t("knowledge.error.no_networks", lang)
        )
    )
    client.views_open(trigger_id=body["trigger_id"], view=view)


def pick_network(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    target = knowledge.share_target(
        context["uow"],
        user_id=body["user"]["id"],
        network_id=int(action["selected_option"]["value"]),
    )
    view = body["view"]
    modal = blocks.share_modal(context["lang"], target)
    client.views_update(view_id=view["id"], hash=view.get("hash"), view=modal)


def share_from_message(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient, respond: Respond
) -> None:
    """The message shortcut "Deel als kennis" in the network channel: the form, with the
    message as description and a link back to it once shared."""
    ack()
    channel, message = body["channel"]["id"], body["message"]
    network = networks.find_network(context["uow"], context.team_id or "", channel)
    if network is None:
        respond(
            text=t("knowledge.error.not_network_channel", context["lang"]),
            response_type="ephemeral",
        )
        return
    source = (channel, message["ts"])
    _open_share(context, client, body["trigger_id"], network.id, message.get("text"), source)


def _open_share(
    context: BoltContext,
    client: WebClient,
    trigger_id: str,
    network_id: int,
    message_text: str | None = None,
    source: tuple[str, str] | None = None,
) -> None:
    target = knowledge.share_target(
        context["uow"], user_id=context.user_id or "", network_id=network_id
    )
    view = blocks.share_modal(context["lang"], target, message_text=message_text, source=source)
    client.views_open(trigger_id=trigger_id, view=view)


def submit_share(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang, meta, now = context["lang"], k.metadata(view), context["clock"].now()
    form, user = blocks.parse_share(view["state"]), body["user"]["id"]
    source = (meta["source_channel"], meta["source_ts"]) if meta.get("source_ts") else None

    def save() -> ItemView:
        if meta.get("item"):
            return knowledge.edit_item(
                context["uow"], item_id=int(meta["item"]), user_id=user, form=form, now=now
            )
        return knowledge.share_item(
            context["uow"],
            network_id=int(meta["network"]),
            user_id=user,
            form=form,
            source=source,
            now=now,
            tz=context["settings"].timezone,
        )

    item = submitted(ack, lang, "knowledge.share.modal_title", blocks.share_errors, save)
    if item is None:
        return
    text = blocks.shared_text(lang, item, edited=bool(meta.get("item")))
    ack(response_action="update", view=result_modal(lang, "knowledge.share.modal_title", text))
    publish_item(context["uow"], client, context["settings"].language, item.id, now)


def publish_item(
    uow: UnitOfWork, client: WebClient, language: str, item_id: int, now: datetime
) -> None:
    """Post the item's thread starter, or rebuild it from the database when it is posted."""
    item = knowledge.item_view(uow, item_id)
    channel = item.network.channel_id
    if item.ts:
        client.chat_update(channel=channel, ts=item.ts, **blocks.item_message(language, item))
        return
    if item.source_ts and not item.source_permalink and item.source_channel_id:
        link = _permalink(client, item.source_channel_id, item.source_ts)
        knowledge.remember_links(uow, item.id, now=now, source_permalink=link)
        item = knowledge.item_view(uow, item_id)
    ts = client.chat_postMessage(channel=channel, **blocks.item_message(language, item))["ts"]
    knowledge.remember_links(
        uow, item.id, now=now, ts=ts, permalink=_permalink(client, channel, ts)
    )


def _permalink(client: WebClient, channel: str, ts: str) -> str | None:
    try:
        return str(client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"])
    except SlackApiError as error:
        logger.warning("no permalink for a message: %s", error.response.get("error"))
        return None


# --- the item's buttons, the helpful answer ------------------------------------------------------


def open_edit(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    target = knowledge.edit_target(
        context["uow"], item_id=int(action["value"]), user_id=body["user"]["id"]
    )
    client.views_open(
        trigger_id=body["trigger_id"], view=blocks.share_modal(context["lang"], target)
    )


def delete(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    ack()
    item = knowledge.delete_item(
        context["uow"],
        item_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=context["clock"].now(),
    )
    if item.ts:
        try:
            client.chat_delete(channel=item.network.channel_id, ts=item.ts)
        except SlackApiError as error:
            if error.response.get("error") not in GONE:
                raise
    text = t("knowledge.deleted", context["lang"], title=item.title)
    respond(text=text, response_type="ephemeral", replace_original=False)


def open_choose_answer(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    item, replies = knowledge.reply_choices(
        context["uow"], item_id=int(action["value"]), user_id=body["user"]["id"]
    )
    view = blocks.replies_modal(context["lang"], item, replies)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_helpful(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang, now = context["lang"], context["clock"].now()
    item = submitted(
        ack,
        lang,
        "knowledge.helpful.title",
        blocks.share_errors,
        lambda: knowledge.mark_helpful(
            context["uow"],
            user_id=body["user"]["id"],
            now=now,
            contribution_id=blocks.parse_helpful(view["state"]),
        ),
    )
    if item is None:
        return
    text = t("knowledge.helpful.done", lang)
    ack(response_action="update", view=result_modal(lang, "knowledge.helpful.title", text))
    publish_item(context["uow"], client, context["settings"].language, item.id, now)


def helpful_from_message(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient, respond: Respond
) -> None:
    """The message shortcut "Markeer als behulpzaam antwoord" on a reply. The shortcut
    carries the reply itself, so it is recorded first in case its event never reached us."""
    ack()
    channel, message, now = body["channel"]["id"], body["message"], context["clock"].now()
    user = body["user"]["id"]
    reply = thread_event({**message, "channel": channel})
    if reply is not None:
        knowledge.record_reply(context["uow"], reply, now=now)
    item = knowledge.mark_helpful(
        context["uow"], user_id=user, now=now, channel_id=channel, ts=message["ts"]
    )
    respond(text=t("knowledge.helpful.done", context["lang"]), response_type="ephemeral")
    publish_item(context["uow"], client, context["settings"].language, item.id, now)


def offer_help(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
) -> None:
    """*Ik help* in an expert's DM: recorded once, the asker is told, the item shows it."""
    ack()
    now = context["clock"].now()
    with told_user_errors(respond, context["lang"]):
        item = knowledge.offer_help(
            context["uow"], item_id=int(action["value"]), user_id=body["user"]["id"], now=now
        )
        respond(text=blocks.helping_text(context["lang"], item), replace_original=True)
        publish_item(context["uow"], client, context["settings"].language, item.id, now)


# --- scheduled jobs ------------------------------------------------------------------------------


def offer_job(ctx: JobContext, job: JobView) -> None:
    """A question to one expert (or, 3 days on, once more); nothing when it was answered."""
    offer = knowledge.expert_offer(
        ctx.uow_factory(), item_id=job.payload["item_id"], nudge=bool(job.payload.get("nudge"))
    )
    if offer is not None:
        post_dm(ctx, job.team_id, job.payload["user_id"], lambda r: blocks.expert_dm(r.lang, offer))


def unanswered_job(ctx: JobContext, job: JobView) -> None:
    knowledge.check_unanswered(
        ctx.uow_factory(), item_id=job.payload["item_id"], now=ctx.clock.now()
    )


def unanswered_report_job(ctx: JobContext, job: JobView) -> None:
    item = knowledge.expert_offer(ctx.uow_factory(), item_id=job.payload["item_id"], nudge=True)
    if item is not None:
        question = item.item
        text = dm_text(
            "knowledge.unanswered.report",
            title=question.title,
            user=question.author_user_id,
            channel=question.network.channel_id,
            link=question.permalink or "",
        )
        send_dm(ctx, job.team_id, job.payload["user_id"], text)


def helper_job(ctx: JobContext, job: JobView) -> None:
    item = knowledge.find_item(ctx.uow_factory(), job.payload["item_id"])
    if item is not None:
        text = dm_text("knowledge.expert.helping", helper=job.payload["helper"], title=item.title)
        send_dm(ctx, job.team_id, job.payload["user_id"], text)


def helpful_job(ctx: JobContext, job: JobView) -> None:
    item = knowledge.find_item(ctx.uow_factory(), job.payload["item_id"])
    if item is not None:
        text = dm_text("knowledge.helpful.thanks", user=item.author_user_id, title=item.title)
        send_dm(ctx, job.team_id, job.payload["user_id"], text)


def digest_job(ctx: JobContext, job: JobView) -> None:
    """This week's digest in the channel (none when nothing is new); the next one is planned
    first, so a failed post does not break the chain."""
    settings, now = ctx.settings, ctx.clock.now()
    network_id = job.network_id or 0
    found = digest.run_digest(
        ctx.uow_factory(), network_id=network_id, now=now, tz=settings.timezone
    )
    if found is None:
        return
    message = blocks.digest_message(settings.language, settings.timezone, found)
    ctx.client.chat_postMessage(channel=found.network.channel_id, **message)
    digest.mark_digest_sent(ctx.uow_factory(), network_id=network_id, until=now)


def balance_check_job(ctx: JobContext, job: JobView) -> None:
    network_id, now = job.network_id or 0, ctx.clock.now()
    digest.plan_next_check(
        ctx.uow_factory(), network_id=network_id, now=now, tz=ctx.settings.timezone
    )
    balance.check_balance(ctx.uow_factory(), network_id=network_id, now=now)


def balance_alert_job(ctx: JobContext, job: JobView) -> None:
    payload = job.payload
    window = "balance.window.meetings" if payload.get("since_meetings") else "balance.window.weeks"

    def compose(lang: str) -> str:
        return t(
            f"balance.alert.{payload['lean']}",
            lang,
            organisation=payload["organisation"],
            brought=payload["brought"],
            took=payload["took"],
            window=t(window, lang),
        )

    send_dm(ctx, job.team_id, payload["user_id"], compose)
