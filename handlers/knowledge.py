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
from bot.blocks.poll_sharing import search_blocks as poll_search_blocks
from bot.clock import Clock
from bot.config import Settings
from bot.domain.knowledge import parse_digest_choice, parse_search, thread_event
from bot.edge import messages
from bot.edge.errors import modal_errors
from bot.edge.person import MENTION
from bot.i18n import t
from bot.services import digest, knowledge, networks, poll_sharing, search
from bot.services.knowledge import ItemView
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)


def register(app: App, router: Router) -> None:
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
    modal_errors(ids.SHARE_MODAL, "knowledge.share.modal_title", blocks.share_errors)
    modal_errors(ids.HELPFUL_MODAL, "knowledge.helpful.title", blocks.share_errors)
    app.action(ids.KNOWLEDGE_HELP)(offer_help)
    app.action(ids.KNOWLEDGE_CHOOSE_ANSWER)(open_choose_answer)
    app.action(ids.KNOWLEDGE_EDIT)(open_edit)
    app.action(ids.KNOWLEDGE_MORE)(more)
    app.action(ids.KNOWLEDGE_DELETE)(delete)


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
        request.uow,
        network_id=network.id if network else None,
        text=text,
        team_id=request.team_id,
        user_id=request.user_id,
    )
    shared = poll_sharing.search(request.uow, network_id=network.id if network else None, text=text)
    text, answer = poll_search_blocks(request.lang, found, shared)  # with the polls' (issue 16)
    request.respond(text=text, blocks=answer, response_type="ephemeral")


def expert(request: CommandRequest) -> None:
    """`/lerend expert` lists the experts; with themes (or 'alles') an expert sets their own,
    and a coordinator can name someone first: `/lerend expert @persoon dementie`."""
    network = request.network()
    if network is None:
        return
    uow = request.uow
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
        now=request.clock.now(),
    )
    request.respond(text=blocks.experts_text(request.lang, [row]), response_type="ephemeral")


def digest_command(request: CommandRequest) -> None:
    """`/lerend digest` shows the setting; `<dag> <uur>`, `aan` or `uit` changes it."""
    network = request.network()
    if network is None:
        return
    uow, settings = request.uow, request.settings
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
            now=request.clock.now(),
            tz=settings.timezone,
        )
    text = blocks.digest_settings_text(request.lang, settings.timezone, current)
    request.respond(text=text, response_type="ephemeral")


# --- sharing -----------------------------------------------------------------------------------


def share_from_shortcut(
    ack: Ack,
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """The global shortcut: straight to the form in someone's only network, else pick one."""
    ack()
    user = body["user"]["id"]
    mine = knowledge.share_networks(uow, context.team_id or "", user)
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
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    target = knowledge.share_target(
        uow,
        user_id=body["user"]["id"],
        network_id=int(action["selected_option"]["value"]),
    )
    view = body["view"]
    modal = blocks.share_modal(lang, target)
    client.views_update(view_id=view["id"], hash=view.get("hash"), view=modal)


def share_from_message(
    ack: Ack,
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """The message shortcut "Deel als kennis" in the network channel: the form, with the
    message as description and a link back to it once shared."""
    ack()
    channel, message = body["channel"]["id"], body["message"]
    network = networks.find_network(uow, context.team_id or "", channel)
    if network is None:
        respond(
            text=t("knowledge.error.not_network_channel", lang),
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
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    meta, now = k.metadata(view), clock.now()
    form, user = blocks.parse_share(view["state"]), body["user"]["id"]
    source = (meta["source_channel"], meta["source_ts"]) if meta.get("source_ts") else None

    def save() -> ItemView:
        if meta.get("item"):
            return knowledge.edit_item(
                uow, item_id=int(meta["item"]), user_id=user, form=form, now=now
            )
        return knowledge.share_item(
            uow,
            network_id=int(meta["network"]),
            user_id=user,
            form=form,
            source=source,
            now=now,
            tz=settings.timezone,
        )

    item = save()
    text = blocks.shared_text(lang, item, edited=bool(meta.get("item")))
    ack(response_action="update", view=result_modal(lang, "knowledge.share.modal_title", text))
    publish_item(uow, client, settings.language, item.id, now)


def publish_item(
    uow: UnitOfWork, client: WebClient, language: str, item_id: int, now: datetime
) -> None:
    """Post the item's thread starter, or rebuild it from the database when it is posted."""
    item = knowledge.item_view(uow, item_id)
    channel = item.network.channel_id
    if item.ts and messages.update(client, channel, item.ts, blocks.item_message(language, item)):
        return  # rebuilt in place; a starter deleted in Slack is posted again below
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
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    target = knowledge.edit_target(uow, item_id=int(action["value"]), user_id=body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=blocks.share_modal(lang, target))


def more(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """The item's "⋯" menu: *Aanpassen* opens the form, *Verwijderen* asks first in an
    ephemeral; both only for the author or a coordinator (the service refuses others)."""
    ack()
    value = (action.get("selected_option") or {}).get("value") or action.get("value") or ""
    choice, item_id = blocks.parse_more(value)
    target = knowledge.edit_target(uow, item_id=item_id, user_id=body["user"]["id"])
    if choice == "edit":
        client.views_open(trigger_id=body["trigger_id"], view=blocks.share_modal(lang, target))
        return
    assert target.current is not None
    question = blocks.delete_question(lang, item_id, target.current.title)
    text = t("knowledge.item.delete_title", lang)
    respond(text=text, blocks=question, response_type="ephemeral", replace_original=False)


def delete(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    item = knowledge.delete_item(
        uow,
        item_id=int(action["value"]),
        user_id=body["user"]["id"],
        now=clock.now(),
    )
    if item.ts:
        messages.delete(client, item.network.channel_id, item.ts)
    text = t("knowledge.deleted", lang, title=item.title)
    respond(text=text, response_type="ephemeral", replace_original=False)


def open_choose_answer(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    item, replies = knowledge.reply_choices(
        uow, item_id=int(action["value"]), user_id=body["user"]["id"]
    )
    view = blocks.replies_modal(lang, item, replies)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_helpful(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    now = clock.now()
    item = knowledge.mark_helpful(
        uow,
        user_id=body["user"]["id"],
        now=now,
        contribution_id=blocks.parse_helpful(view["state"]),
    )
    text = t("knowledge.helpful.done", lang)
    ack(response_action="update", view=result_modal(lang, "knowledge.helpful.title", text))
    publish_item(uow, client, settings.language, item.id, now)


def helpful_from_message(
    ack: Ack,
    body: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    """The message shortcut "Markeer als behulpzaam antwoord" on a reply. The shortcut
    carries the reply itself, so it is recorded first in case its event never reached us."""
    ack()
    channel, message, now = body["channel"]["id"], body["message"], clock.now()
    user = body["user"]["id"]
    reply = thread_event({**message, "channel": channel})
    if reply is not None:
        knowledge.record_reply(uow, reply, now=now)
    item = knowledge.mark_helpful(uow, user_id=user, now=now, channel_id=channel, ts=message["ts"])
    respond(text=t("knowledge.helpful.done", lang), response_type="ephemeral")
    publish_item(uow, client, settings.language, item.id, now)


def offer_help(
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
    """*Ik help* in an expert's DM: recorded once, the asker is told, the item shows it."""
    ack()
    now = clock.now()
    item = knowledge.offer_help(
        uow, item_id=int(action["value"]), user_id=body["user"]["id"], now=now
    )
    respond(text=blocks.helping_text(lang, item), replace_original=True)
    publish_item(uow, client, settings.language, item.id, now)
