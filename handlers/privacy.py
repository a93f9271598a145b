"""Members' data rights and closing a network: /lerend mijn-gegevens, vergeet-mij, sluit, audit."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import privacy as blocks
from bot.blocks.audit import audit_people, audit_table
from bot.clock import Clock
from bot.config import Settings
from bot.edge import messages
from bot.edge.person import upload_to_dm
from bot.export import to_csv
from bot.i18n import t
from bot.services import networks, privacy
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    router.add(("mijn-gegevens", "my-data"), "mijn-gegevens", "privacy.help.export", export)
    router.add(("vergeet-mij", "forget-me"), "vergeet-mij", "privacy.help.forget", ask_forget)
    router.add(("sluit", "close"), "sluit", "privacy.help.close", ask_close)
    router.add(("audit",), "audit", "privacy.help.audit", audit)
    app.action(ids.PRIVACY_FORGET)(forget)
    app.action(ids.NETWORK_CLOSE)(close)


def export(request: CommandRequest) -> None:
    data = privacy.export_personal_data(
        request.uow, user_id=request.user_id, now=request.clock.now()
    )
    document = blocks.export_document(request.lang, request.tz, data)
    upload_to_dm(
        request.client,
        request.user_id,
        content=json.dumps(document, ensure_ascii=False, indent=2),
        filename="lnbot-mijn-gegevens.json",
        title=t("privacy.export.title", request.lang),
        comment=t("privacy.export.comment", request.lang),
    )
    request.reply("privacy.export.sent")


def ask_forget(request: CommandRequest) -> None:
    confirmation = blocks.forget_confirmation(request.lang, request.user_id)
    request.respond(blocks=confirmation, text=t("privacy.forget.ask", request.lang))


def forget(
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
    user_id = body["user"]["id"]
    if action["value"] != user_id:  # a button someone else's confirmation carried
        respond(text=t("privacy.forget.not_you", lang), replace_original=False)
        return
    forgotten = privacy.forget(uow, user_id=user_id, now=clock.now())
    for channel, ts in forgotten.shared_messages:  # their answers shared under a poll
        messages.delete(client, channel, ts)
    respond(text=t("privacy.forget.done", lang), replace_original=True)


def ask_close(request: CommandRequest) -> None:
    network = request.network()
    if network is not None:
        confirmation = blocks.close_confirmation(request.lang, network.id, network.name)
        request.respond(
            blocks=confirmation, text=t("privacy.close.ask", request.lang, name=network.name)
        )


def close(
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
    network_id = int(action["value"])
    name = privacy.close_network(
        uow,
        network_id=network_id,
        user_id=body["user"]["id"],
        now=clock.now(),
    )
    respond(text=t("privacy.close.done", lang, name=name), replace_original=True)
    network = networks.network_ref(uow, network_id)
    language = settings.language
    client.chat_postMessage(
        channel=network.channel_id, text=t("privacy.close.done", language, name=name)
    )


def audit(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    name, lines = privacy.audit_rows(request.uow, network_id=network.id, user_id=request.user_id)
    if not lines:
        request.reply("privacy.audit.empty", name=name)
        return
    names = request.context["names"].of(request.client, audit_people(lines))
    table = audit_table(request.lang, request.settings.timezone, lines, names)
    upload_to_dm(
        request.client,
        request.user_id,
        content=to_csv(table),
        filename=f"lnbot-logboek-{network.id}.csv",
        title=t("privacy.audit.title", request.lang, name=name),
        comment=t("privacy.audit.sent", request.lang, name=name),
    )
    request.reply("privacy.audit.sent", name=name)
