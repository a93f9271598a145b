"""Proof of participation: /lerend deelname [organisatie], the organisation picker for
coordinators, and the statement (HTML and Markdown) in the requester's DM."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import participation as blocks
from bot.blocks.network import result_modal
from bot.clock import Clock
from bot.domain.anonymise import PlainNamer
from bot.edge.errors import modal_errors
from bot.edge.person import slack_person, upload_files_to_dm
from bot.i18n import t
from bot.participation_files import statement_files
from bot.services import participation
from bot.services.home_view import answer_click
from bot.services.participation import Statement
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

YEAR_WORDS = {"jaar", "year"}


def register(app: App, router: Router) -> None:
    router.add(
        ("deelname", "participation"),
        "deelname [organisatie] [jaar n]",
        "participation.help",
        command,
    )
    app.action(ids.PARTICIPATION_OPEN)(open_from_home)
    app.view(ids.PARTICIPATION_MODAL)(submit_picker)
    modal_errors(ids.PARTICIPATION_MODAL, "participation.picker.title")


def command(request: CommandRequest) -> None:
    """A member gets their own organisation's statement; a coordinator names one or picks."""
    network = request.network()
    if network is None:
        return
    words, year = _year_of(request.args)
    sent = _statement_or_picker(
        request.context,
        request.client,
        request.user_id,
        network.id,
        request.trigger_id,
        " ".join(words),
        year,
    )
    if sent is not None:
        request.reply("participation.sent", organisation=sent)


def open_from_home(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """*Deelnameverklaring* in a coordinator's App Home: pick the organisation."""
    ack()
    user = body["user"]["id"]
    sent = _statement_or_picker(context, client, user, int(action["value"]), body["trigger_id"], "")
    if sent is not None:
        text = t("participation.sent", context["lang"], organisation=sent)
        answer_click(body, context, client, text)


def _statement_or_picker(
    context: BoltContext,
    client: WebClient,
    user_id: str,
    network_id: int,
    trigger_id: str,
    name: str,
    year: int | None = None,
) -> str | None:
    """Send the statement of the named (or the member's own) organisation and return its name;
    or open the picker for a coordinator who named none (None)."""
    uow = context["uow"]
    choice = participation.choose(uow, network_id=network_id, user_id=user_id, name=name)
    if choice.organisation_id is None:
        view = blocks.picker_modal(context["lang"], choice, year)
        client.views_open(trigger_id=trigger_id, view=view)
        return None
    data = participation.statement(
        uow,
        network_id=network_id,
        organisation_id=choice.organisation_id,
        user_id=user_id,
        now=context["clock"].now(),
        year=year,
    )
    send_statement(context, client, user_id, data)
    return data.organisation


def _year_of(args: list[str]) -> tuple[list[str], int | None]:
    """`… jaar 2` (or `year 2`) at the end asks for that year of the network."""
    if len(args) >= 2 and args[-2].lower() in YEAR_WORDS and args[-1].isdigit():
        return args[:-2], int(args[-1][:3])
    return args, None


def submit_picker(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    user = body["user"]["id"]
    network_id, organisation_id, year = blocks.parse_picker(view)
    data = participation.statement(
        uow,
        network_id=network_id,
        organisation_id=organisation_id,
        user_id=user,
        now=clock.now(),
        year=year,
    )
    text = t("participation.sent_modal", lang, organisation=data.organisation)
    ack(response_action="update", view=result_modal(lang, "participation.picker.title", text))
    send_statement(context, client, user, data)


def send_statement(context: BoltContext, client: WebClient, user_id: str, data: Statement) -> None:
    """The files, in the reader's language and time zone, with people's names from Slack."""
    lang = context["lang"]
    people = [slack_person(client, user) for user in data.people]
    unknown = t("report.unknown", lang)
    namer = PlainNamer({data.organisation_id: data.organisation}, people, unknown=unknown)
    files = statement_files(data, namer, lang, context["tz"])
    comment = t(
        "participation.upload", lang, organisation=data.organisation, name=data.network.name
    )
    upload_files_to_dm(client, user_id, files, comment=comment)
