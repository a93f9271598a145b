"""Who speaks for an organisation: `/lerend contactpersoon @iemand`, *Toestaan* / *Weigeren*
on a colleague's request to join an organisation, and the DMs that go with them."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import trust as blocks
from bot.clock import Clock
from bot.edge.person import MENTION
from bot.services import membership, networks
from bot.services.home_view import clicked_in_home, show_home
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    router.add(
        ("contactpersoon", "contact"), "contactpersoon @persoon", "contact.help", contact_command
    )
    app.action(ids.COLLEAGUE_APPROVE)(answer_colleague)
    app.action(ids.COLLEAGUE_REFUSE)(answer_colleague)


def contact_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    mention = MENTION.match(request.args[0]) if len(request.args) == 1 else None
    if mention is None:
        request.reply("contact.usage")
        return
    change = membership.set_contact(
        request.uow,
        network_id=network.id,
        actor=request.user_id,
        target=mention.group(1),
        now=request.clock.now(),
    )
    key = "contact.done" if change.changed else "contact.unchanged"
    request.reply(key, user=change.contact, organisation=change.organisation_name)


def answer_colleague(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    request = networks.answer_colleague_request(
        uow,
        request_id=int(action["value"]),
        user_id=body["user"]["id"],
        approve=action["action_id"] == ids.COLLEAGUE_APPROVE,
        now=clock.now(),
    )
    text = blocks.colleague_answer_text(lang, request)
    if clicked_in_home(body):  # in App Home the line goes; in the DM the answer replaces it
        show_home(context, client, body["user"]["id"])
    else:
        respond(text=text, replace_original=True)
