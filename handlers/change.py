"""Change happens (issue 15): `/lerend organisaties` (rename, merge, remove), `/lerend
verlaten`, `/lerend verwijder @persoon`, `/lerend bewerk`, the buttons in the DMs (an empty
organisation, taking over from a coordinator who left Slack) and the `user_change` event that
notices such a coordinator."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import change as blocks
from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import START_FIELDS, field_errors, parse_start, result_modal
from bot.clock import Clock
from bot.config import Settings
from bot.edge.errors import modal_errors
from bot.edge.person import MENTION
from bot.i18n import t
from bot.services import approvals, leaving, network_edit, organisations
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.network_jobs import refresh_welcome
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

SETTING_WORDS = {"aan": True, "on": True, "uit": False, "off": False}


def register(app: App, router: Router) -> None:
    router.add(
        ("organisaties", "organisations"),
        "organisaties [goedkeuren aan|uit]",
        "help.organisations",
        organisations_command,
    )
    router.add(("verlaten", "leave"), "verlaten", "help.leave", leave_command)
    app.action(ids.ORGS_OPEN)(open_organisations)
    app.action(ids.NETWORK_EDIT_OPEN)(open_edit)
    router.add(("verwijder", "remove"), "verwijder @persoon", "help.remove", remove_command)
    router.add(("bewerk", "edit"), "bewerk", "help.edit", edit_command)
    app.action(ids.ORG_MENU)(open_menu_choice)
    app.action(ids.ORG_END_EMPTY)(end_empty)
    app.action(ids.TAKE_OVER)(take_over)
    app.action(ids.APPROVAL_APPROVE)(approve_request)
    app.action(ids.APPROVAL_DECLINE)(open_decline)
    app.view(ids.APPROVAL_DECLINE_MODAL)(submit_decline)
    app.view(ids.ORG_RENAME_MODAL)(submit_rename)
    app.view(ids.ORG_MERGE_MODAL)(submit_merge)
    app.view(ids.ORG_REMOVE_MODAL)(submit_remove)
    app.view(ids.LEAVE_MODAL)(submit_leave)
    app.view(ids.REMOVE_MEMBER_MODAL)(submit_remove_member)
    app.view(ids.EDIT_MODAL)(submit_edit)
    app.event("user_change", matchers=[account_deleted])(on_account_deleted)
    modal_errors(ids.ORG_RENAME_MODAL, "organisations.rename_title", organisation_fields)
    modal_errors(ids.ORG_MERGE_MODAL, "organisations.merge_title", organisation_fields)
    modal_errors(ids.ORG_REMOVE_MODAL, "organisations.remove_title")
    modal_errors(ids.LEAVE_MODAL, "leave.title")
    modal_errors(
        ids.APPROVAL_DECLINE_MODAL,
        "approval.decline_title",
        lambda e, lang: field_errors(e, blocks.APPROVAL_FIELDS, lang),
    )
    modal_errors(
        ids.REMOVE_MEMBER_MODAL,
        "remove_member.title",
        lambda e, lang: field_errors(e, blocks.REMOVE_FIELDS, lang),
    )
    modal_errors(
        ids.EDIT_MODAL,
        "edit.title",
        lambda e, lang: field_errors(e, START_FIELDS, lang),
    )


# --- /lerend subcommands -------------------------------------------------------------------


def organisations_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    if request.args[:1] and request.args[0].lower() in ("goedkeuren", "approve"):
        on = SETTING_WORDS.get(request.args[1].lower()) if len(request.args) > 1 else None
        if on is None:
            request.reply("approval.usage")
            return
        approvals.set_approval(
            request.uow,
            network_id=network.id,
            actor=request.user_id,
            on=on,
            now=request.clock.now(),
        )
        request.reply("approval.setting_on" if on else "approval.setting_off", name=network.name)
        return
    view = _organisations_modal(
        request.uow, request.lang, request.clock.now(), network.id, request.user_id
    )
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def leave_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    checked = leaving.leave_check(request.uow, network_id=network.id, user_id=request.user_id)
    request.client.views_open(
        trigger_id=request.trigger_id, view=blocks.leave_modal(request.lang, checked)
    )


def remove_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    mention = MENTION.match(request.args[0]) if len(request.args) == 1 else None
    if mention is None:
        request.reply("remove_member.usage")
        return
    with request.uow as uow:
        organisations.require_coordinator(uow.session, network.id, request.user_id)
    view = blocks.remove_member_modal(request.lang, network, mention.group(1))
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def open_organisations(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    """*Organisaties* in the coordinator's App Home: the same list as `/lerend organisaties`."""
    ack()
    view = _organisations_modal(uow, lang, clock.now(), int(action["value"]), body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=view)


def open_edit(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    """*Netwerk aanpassen* in the coordinator's App Home: the same form as `/lerend bewerk`."""
    ack()
    view = _edit_modal(uow, lang, int(action["value"]), body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=view)


def edit_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    view = _edit_modal(request.uow, request.lang, network.id, request.user_id)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def _organisations_modal(
    uow: UnitOfWork, lang: str, now: datetime, network_id: int, user_id: str
) -> dict[str, Any]:
    """The organisations list, for the command and the App Home button alike (coordinators)."""
    view = organisations.organisations_view(uow, network_id=network_id, user_id=user_id, now=now)
    return blocks.organisations_modal(lang, view)


def _edit_modal(uow: UnitOfWork, lang: str, network_id: int, user_id: str) -> dict[str, Any]:
    """The network's prefilled form, for the command and the App Home button alike."""
    ref, form = network_edit.edit_form(uow, network_id=network_id, user_id=user_id)
    return blocks.edit_modal(lang, ref, form)


# --- the organisations modal ---------------------------------------------------------------


def open_menu_choice(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    value = (action.get("selected_option") or {}).get("value") or action.get("value") or ""
    parsed = blocks.parse_menu_value(value)
    if parsed is None:
        return
    choice, network_id, organisation_id = parsed
    user = body["user"]["id"]
    if choice == "remove":
        check = organisations.removal_check(
            uow, network_id=network_id, actor=user, organisation_id=organisation_id, now=clock.now()
        )
        view = blocks.remove_modal(lang, network_id, organisation_id, check)
    else:
        listing = organisations.organisations_view(
            uow, network_id=network_id, user_id=user, now=clock.now()
        )
        names = {line.id: line.name for line in listing.organisations}
        if organisation_id not in names:
            raise UserFacingError("organisations.error.unknown")
        name = names[organisation_id]
        if choice == "rename":
            view = blocks.rename_modal(lang, network_id, organisation_id, name)
        else:
            others = [(i, n) for i, n in names.items() if i != organisation_id]
            view = blocks.merge_modal(lang, network_id, organisation_id, name, others)
    client.views_push(trigger_id=body["trigger_id"], view=view)


def submit_rename(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], uow: UnitOfWork, lang: str, clock: Clock
) -> None:
    meta = k.metadata(view)
    change = organisations.rename(
        uow,
        network_id=int(meta["network"]),
        actor=body["user"]["id"],
        organisation_id=int(meta["organisation"]),
        name=blocks.parse_name(view["state"]),
        now=clock.now(),
    )
    text = t("organisations.renamed", lang, old=change.organisation, name=change.other)
    ack(response_action="update", view=result_modal(lang, "organisations.rename_title", text))


def submit_merge(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    meta = k.metadata(view)
    target = blocks.parse_target(view["state"])
    if target is None:
        raise FieldErrors({"target": "organisations.error.pick_target"})
    change = organisations.merge(
        uow,
        network_id=int(meta["network"]),
        actor=body["user"]["id"],
        source_id=int(meta["organisation"]),
        target_id=target,
        now=clock.now(),
    )
    text = t("organisations.merged", lang, source=change.organisation, target=change.other)
    ack(response_action="update", view=result_modal(lang, "organisations.merge_title", text))
    refresh_welcome(uow, client, settings.language, change.network.id, clock.now())


def submit_remove(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    meta = k.metadata(view)
    change = organisations.remove(
        uow,
        network_id=int(meta["network"]),
        actor=body["user"]["id"],
        organisation_id=int(meta["organisation"]),
        now=clock.now(),
    )
    text = t("organisations.removed", lang, name=change.organisation)
    ack(response_action="update", view=result_modal(lang, "organisations.remove_title", text))
    refresh_welcome(uow, client, settings.language, change.network.id, clock.now())


def end_empty(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    organisation_id = _number(action)
    if organisation_id is None:
        return
    change = organisations.end_empty(
        uow, organisation_id=organisation_id, actor=body["user"]["id"], now=clock.now()
    )
    if change is None:
        respond(text=t("organisations.no_longer_empty", lang), replace_original=True)
        return
    respond(text=t("organisations.ended", lang, name=change.organisation), replace_original=True)
    refresh_welcome(uow, client, settings.language, change.network.id, clock.now())


# --- a new organisation's request -------------------------------------------------------------


def approve_request(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    request_id = _number(action)
    if request_id is None:
        return
    answered = approvals.answer(
        uow,
        request_id=request_id,
        user_id=body["user"]["id"],
        approve=True,
        reason=None,
        now=clock.now(),
    )
    respond(text=blocks.approval_answer_text(lang, answered), replace_original=True)
    if answered.changed:
        refresh_welcome(uow, client, settings.language, answered.network.id, clock.now())


def open_decline(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
) -> None:
    ack()
    request_id = _number(action)
    if request_id is None:
        return
    request = approvals.check_decliner(uow, request_id=request_id, user_id=body["user"]["id"])
    client.views_open(trigger_id=body["trigger_id"], view=blocks.decline_modal(lang, request))


def submit_decline(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], uow: UnitOfWork, lang: str, clock: Clock
) -> None:
    answered = approvals.answer(
        uow,
        request_id=int(k.metadata(view)["request"]),
        user_id=body["user"]["id"],
        approve=False,
        reason=blocks.parse_approval_reason(view["state"]),
        now=clock.now(),
    )
    text = blocks.approval_answer_text(lang, answered)
    ack(response_action="update", view=result_modal(lang, "approval.decline_title", text))


# --- members ---------------------------------------------------------------------------------


def submit_leave(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    network = leaving.leave(
        uow,
        network_id=int(k.metadata(view)["network"]),
        user_id=body["user"]["id"],
        now=clock.now(),
    )
    text = t("leave.done", lang, name=network.name)
    ack(response_action="update", view=result_modal(lang, "leave.title", text))
    refresh_welcome(uow, client, settings.language, network.id, clock.now())


def submit_remove_member(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    meta = k.metadata(view)
    removal = leaving.remove_member(
        uow,
        network_id=int(meta["network"]),
        actor=body["user"]["id"],
        target=str(meta["user"]),
        reason=blocks.parse_reason(view["state"]),
        now=clock.now(),
    )
    text = t("remove_member.done", lang, user=k.mention(removal.user), name=removal.network.name)
    ack(response_action="update", view=result_modal(lang, "remove_member.title", text))
    refresh_welcome(uow, client, settings.language, removal.network.id, clock.now())


def take_over(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    network_id, _, gone = str(action.get("value") or "").partition(":")
    if not network_id.isdigit() or not gone:
        return
    done = leaving.take_over(
        uow, network_id=int(network_id), gone=gone, user_id=body["user"]["id"], now=clock.now()
    )
    key = "takeover.done" if done.changed else "takeover.already"
    respond(text=t(key, lang, name=done.network.name, user=k.mention(gone)), replace_original=True)


def _number(action: dict[str, Any]) -> int | None:
    """A button's value when it is an id (anything else is not ours: ignored)."""
    value = str(action.get("value") or "")
    return int(value) if value.isdigit() else None


def organisation_fields(errors: dict[str, str], lang: str, **fields: object) -> dict[str, str]:
    return field_errors(errors, blocks.ORGANISATION_FIELDS, lang, **fields)


def account_deleted(event: dict[str, Any]) -> bool:
    return bool((event.get("user") or {}).get("deleted"))


def on_account_deleted(event: dict[str, Any], context: BoltContext) -> None:
    user = event["user"]
    team_id = user.get("team_id") or context.team_id or ""
    leaving.coordinator_gone(
        context["uow"], team_id=team_id, user_id=user["id"], now=context["clock"].now()
    )


# --- the network -------------------------------------------------------------------------------


def submit_edit(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    network, changed = network_edit.edit_network(
        uow,
        network_id=int(k.metadata(view)["network"]),
        actor=body["user"]["id"],
        form=parse_start(view["state"]),
        now=clock.now(),
    )
    key = "edit.done" if changed else "edit.unchanged"
    ack(
        response_action="update",
        view=result_modal(lang, "edit.title", t(key, lang, name=network.name)),
    )
    if changed:
        refresh_welcome(uow, client, settings.language, network.id, clock.now())
