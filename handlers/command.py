"""The `/lerend` slash command: Dutch subcommands with English aliases, routed to features."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks.home import help_blocks, role_help
from bot.blocks.network import no_network_text
from bot.clock import Clock
from bot.config import Settings
from bot.edge.clean import echoed, looks_like_number, parse_number
from bot.i18n import t
from bot.services import networks
from bot.services.help import help_seat
from bot.services.views import NetworkRef
from storage.uow import UnitOfWork

COMMAND = "/lerend"
NUMBER_ECHO_MAX = 20  # characters of a number that is not found, shown back


@dataclass(frozen=True)
class CommandRequest:
    """What a subcommand needs, gathered once by the router."""

    args: list[str]
    user_id: str
    team_id: str
    channel_id: str
    trigger_id: str
    context: BoltContext
    client: WebClient
    respond: Respond

    @property
    def lang(self) -> str:
        return str(self.context["lang"])

    @property
    def tz(self) -> str:
        return str(self.context["tz"])

    @property
    def uow(self) -> UnitOfWork:
        """The request's unit of work (set by the request middleware, bot/context.py)."""
        uow: UnitOfWork = self.context["uow"]
        return uow

    @property
    def clock(self) -> Clock:
        clock: Clock = self.context["clock"]
        return clock

    @property
    def settings(self) -> Settings:
        settings: Settings = self.context["settings"]
        return settings

    def reply(self, key: str, **fields: object) -> None:
        """An ephemeral answer, visible only to the person who typed the command. Text in the
        fields may echo what they typed (a name, a query), so it is clipped."""
        self.respond(text=t(key, self.lang, **echoed(fields)), response_type="ephemeral")

    def number(self, index: int) -> int | None:
        """The argument at `index` as a number (bounded, see `parse_number`); None when it is
        missing or no number we could have."""
        return parse_number(self.args[index]) if index < len(self.args) else None

    def not_found(self, index: int) -> None:
        """The answer to a number that cannot be anything we have ("niet gevonden")."""
        self.reply("error.number_not_found", number=self.args[index][:NUMBER_ECHO_MAX])

    def means_number(self, index: int) -> bool:
        """The argument at `index` was meant as a number, even one we cannot have."""
        return index < len(self.args) and looks_like_number(self.args[index])

    def network(self) -> NetworkRef | None:
        """The channel's network; when there is none, explains how to start one."""
        uow = self.uow
        found = networks.find_network(uow, self.team_id, self.channel_id)
        if found is None:
            mine = networks.my_networks(uow, self.team_id, self.user_id)
            text = no_network_text(self.lang, mine)
            self.respond(text=text, response_type="ephemeral")
        return found


Subcommand = Callable[[CommandRequest], None]


@dataclass(frozen=True)
class Route:
    names: tuple[str, ...]
    usage: str
    help_key: str
    handler: Subcommand


class Router:
    def __init__(self) -> None:
        self.routes: list[Route] = []
        self.subroutes: dict[tuple[str, str], Subcommand] = {}

    def add(self, names: tuple[str, ...], usage: str, help_key: str, handler: Subcommand) -> None:
        self.routes.append(Route(names, usage, help_key, handler))

    def add_sub(self, parent: str, names: tuple[str, ...], handler: Subcommand) -> None:
        """A second word of another feature's subcommand (`programma groepen`), so a feature
        can extend a command without importing the feature's handler."""
        for name in names:
            self.subroutes[(parent, name)] = handler

    def find_sub(self, route: Route, args: list[str]) -> Subcommand | None:
        if len(args) < 2:
            return None
        return self.subroutes.get((route.names[0], args[1].lower()))

    def find(self, name: str) -> Route | None:
        return next((r for r in self.routes if name in r.names), None)

    def help(self) -> list[tuple[str, str]]:
        return [(f"{COMMAND} {r.usage}", r.help_key) for r in self.routes]


def register(app: App, router: Router) -> None:
    router.add(
        ("help", "hulp"), "help [alles]", "help.help", lambda request: _help(request, router)
    )

    def handle_command(
        ack: Ack, command: dict[str, Any], context: BoltContext, client: WebClient, respond: Respond
    ) -> None:
        ack()
        args = (command.get("text") or "").split()
        request = CommandRequest(
            args=args[1:],
            user_id=command["user_id"],
            team_id=command.get("team_id") or context.team_id or "",
            channel_id=command.get("channel_id", ""),
            trigger_id=command.get("trigger_id", ""),
            context=context,
            client=client,
            respond=respond,
        )
        route = router.find(args[0].lower()) if args else router.find("help")
        if route is None:
            intro = t("error.unknown_command", request.lang, command=args[0][:40])
            _help(request, router, intro)
            return
        sub = router.find_sub(route, args)
        if sub is not None:
            sub(replace(request, args=args[2:]))
            return
        route.handler(request)  # a broken rule is answered by the edge's error policy

    app.command(COMMAND)(handle_command)


ALL_WORDS = ("alles", "all")


def _help(request: CommandRequest, router: Router, intro: str | None = None) -> None:
    """Short and for who asks, with buttons; `/lerend help alles` lists every command."""
    if request.args[:1] and request.args[0].lower() in ALL_WORDS:
        intro = t("help.intro", request.lang)
        blocks = help_blocks(request.lang, intro, router.help())
    else:
        seat = help_seat(
            request.uow,
            team_id=request.team_id,
            channel_id=request.channel_id,
            user_id=request.user_id,
            now=request.clock.now(),
        )
        blocks = role_help(request.lang, seat, intro)
        intro = intro or t("help.short.intro", request.lang)
    request.respond(text=intro, blocks=blocks, response_type="ephemeral")
