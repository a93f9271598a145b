"""The network finder: /lerend zoek-netwerk (an organisation registers its interest) and
/lerend programma groepen (the programme coordinator's proposed groups, adjusting them, and
making a network of a group: channel, network, invitations)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import finder as blocks
from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import field_errors, result_modal, welcome_message
from bot.clock import Clock
from bot.domain.network import validate_network_form
from bot.edge.errors import modal_errors
from bot.edge.messages import post_in_channel
from bot.i18n import t
from bot.services import finder, networks
from bot.services.errors import FieldErrors
from bot.services.language import network_language
from bot.services.views import NetworkRef
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
GROUPS = ("groepen", "groups")
CHANNEL_ERRORS = {"name_taken": "finder.error.channel_taken"}


def register(app: App, router: Router) -> None:
    router.add(("zoek-netwerk", "find-network"), "zoek-netwerk", "finder.help", open_interest)
    router.add_sub("programma", GROUPS, show_groups)
    app.view(ids.FINDER_INTEREST_MODAL)(submit_interest)
    app.view(ids.FINDER_MOVE_MODAL)(submit_move)
    app.view(ids.FINDER_CREATE_MODAL)(submit_create)
    app.action(ids.FINDER_OPEN)(open_from_survey)
    app.action(ids.FINDER_REGROUP)(regroup)
    app.action(ids.FINDER_ADJUST)(open_move)
    app.action(ids.FINDER_CREATE)(open_create)
    modal_errors(
        ids.FINDER_INTEREST_MODAL,
        "finder.title",
        lambda errors, lang: field_errors(errors, blocks.INTEREST_FIELDS, lang),
    )
    modal_errors(
        ids.FINDER_MOVE_MODAL,
        "finder.move.title",
        lambda errors, lang: field_errors(errors, blocks.MOVE_FIELDS, lang, max=10),
    )
    modal_errors(
        ids.FINDER_CREATE_MODAL,
        "finder.create.title",
        lambda errors, lang: field_errors(errors, blocks.CREATE_FIELDS, lang),
    )


def show_groups(request: CommandRequest) -> None:
    """`/lerend programma groepen` (routed here by the programme's command)."""
    proposal = finder.proposal(
        request.uow, team_id=request.team_id, user_id=request.user_id, now=request.clock.now()
    )
    request.respond(
        text=t("finder.proposal.header", request.lang),
        blocks=blocks.proposal_blocks(request.lang, proposal),
        response_type="ephemeral",
    )


def open_interest(request: CommandRequest) -> None:
    form = finder.interest_form(request.uow, team_id=request.team_id, user_id=request.user_id)
    view = blocks.interest_modal(request.lang, form)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def open_from_survey(
    ack: Ack,
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """*Zoek een netwerk* under the thanks for a survey answer that asks for support: the
    finder's form takes the place of the thanks (the survey's answers are already stored)."""
    ack()
    form = finder.interest_form(uow, team_id=context.team_id or "", user_id=body["user"]["id"])
    view = blocks.interest_modal(lang, form, source="survey")
    if body.get("view"):
        client.views_update(view_id=body["view"]["id"], view=view)
    else:  # the offer outside a modal
        client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_interest(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    new = finder.register_interest(
        uow,
        team_id=context.team_id or "",
        user_id=body["user"]["id"],
        form=blocks.parse_interest(view["state"]),
        now=clock.now(),
        source=blocks.source_of(view),
    )
    text = t("finder.registered" if new else "finder.updated", lang)
    ack(response_action="update", view=result_modal(lang, "finder.title", text))


def regroup(
    ack: Ack,
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    proposal = finder.regroup(
        uow, team_id=context.team_id or "", user_id=body["user"]["id"], now=clock.now()
    )
    respond(
        text=t("finder.proposal.header", lang),
        blocks=blocks.proposal_blocks(lang, proposal),
        replace_original=True,
    )


def open_move(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    proposal = finder.proposal(
        uow, team_id=context.team_id or "", user_id=body["user"]["id"], now=clock.now()
    )
    view = blocks.move_modal(lang, proposal, int(action["value"]))
    client.views_open(trigger_id=body["trigger_id"], view=view)


def submit_move(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    interest, target = blocks.parse_move(view["state"])
    if interest is None:
        raise FieldErrors({"organisation": "finder.error.not_open"})
    proposal = finder.move(
        uow,
        team_id=context.team_id or "",
        user_id=body["user"]["id"],
        interest_id=interest,
        group_id=target,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.moved_modal(lang, proposal))


def open_create(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    group = finder.open_group(
        uow,
        team_id=context.team_id or "",
        user_id=body["user"]["id"],
        group_id=int(action["value"]),
    )
    client.views_open(trigger_id=body["trigger_id"], view=blocks.create_modal(lang, group))


def submit_create(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    team_id, user_id = context.team_id or "", body["user"]["id"]
    group_id = int(k.metadata(view)["group"])
    form, new_channel, existing = blocks.parse_create(view["state"])
    errors = validate_network_form(form)
    if errors:
        raise FieldErrors(errors)
    finder.open_group(uow, team_id=team_id, user_id=user_id, group_id=group_id)
    channel_id = _channel(client, new_channel, existing)
    network, contacts = finder.create_network_from_group(
        uow,
        team_id=team_id,
        user_id=user_id,
        group_id=group_id,
        channel_id=channel_id,
        form=form,
        now=clock.now(),
    )
    text = t("finder.create.done", lang, name=network.name, channel=channel_id)
    ack(response_action="update", view=result_modal(lang, "finder.create.title", text))
    _invite(client, channel_id, [user_id, *contacts])
    _welcome(context, client, network)


def _channel(client: WebClient, new_channel: str, existing: str | None) -> str:
    """The network's channel: a new one by this name, or the chosen one (the bot joins it)."""
    if bool(new_channel) == bool(existing):
        raise FieldErrors({"channel": "finder.error.channel_choose"})
    if existing:
        try:
            info = client.conversations_info(channel=existing)["channel"]
            if not info.get("is_member"):
                client.conversations_join(channel=existing)
        except SlackApiError:
            raise FieldErrors({"existing": "finder.error.channel_no_access"}) from None
        return existing
    name = blocks.channel_name(new_channel)
    try:
        return str(client.conversations_create(name=name)["channel"]["id"])
    except SlackApiError as error:
        key = CHANNEL_ERRORS.get(error.response.get("error"), "finder.error.channel_name")
        raise FieldErrors({"channel": key}) from None


def _invite(client: WebClient, channel_id: str, people: list[str]) -> None:
    """One at a time, so someone already in the channel (or a guest Slack refuses) does not
    stop the others."""
    for person in dict.fromkeys(people):
        try:
            client.conversations_invite(channel=channel_id, users=person)
        except SlackApiError as error:
            logger.info("not invited: %s", error.response.get("error"))


def _welcome(context: BoltContext, client: WebClient, network: NetworkRef) -> None:
    uow, now = context["uow"], context["clock"].now()
    summary = networks.summary(uow, network_id=network.id, viewer_user_id=None, now=now)
    lang = network_language(uow, network.id, context["settings"].language)
    try:
        response = post_in_channel(client, network.channel_id, welcome_message(lang, summary))
    except SlackApiError as error:
        logger.warning("welcome message not posted: %s", error.response.get("error"))
        return
    networks.remember_welcome(uow, network, response["ts"], now)
