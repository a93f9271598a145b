"""App Home, rebuilt from the database: opened by the person, or after a click in it (e.g.
taking up an idea), so several features show it through this one function.

It is the coordinator's dashboard and each member's to-do list (issue 13, item 4): every
feature's *next steps* provider (bot/services/next_steps.py) is listed in `PROVIDERS`, the
coordinator's work first. A feature adds its own with one line.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot.blocks.home import home_view
from bot.edge.errors import tell
from bot.services import (
    intake_steps,
    meeting_steps,
    network_steps,
    networks,
    poll_steps,
    report_steps,
)
from bot.services.membership import SlackChannelAccess
from bot.services.next_steps import NextStep, Provider, Seat, collect

PROVIDERS: tuple[Provider, ...] = (
    network_steps.coordinator_steps,
    meeting_steps.coordinator_steps,
    report_steps.steps,
    poll_steps.steps,
    network_steps.member_steps,
    intake_steps.steps,
    meeting_steps.member_steps,
)
STEPS_PER_NETWORK = 12  # App Home holds 100 blocks; a step takes one or two


def next_steps(seat: Seat) -> tuple[NextStep, ...]:
    return collect(PROVIDERS, seat, STEPS_PER_NETWORK)


def show_home(context: BoltContext, client: WebClient, user_id: str) -> None:
    """(Re)build the person's App Home from the database, e.g. after a click in it."""
    overview = networks.home_overview(
        context["uow"],
        team_id=context.team_id or "",
        user_id=user_id,
        now=context["clock"].now(),
        access=SlackChannelAccess(client),
        steps=next_steps,
    )
    client.views_publish(user_id=user_id, view=home_view(context["lang"], context["tz"], overview))


def clicked_in_home(body: dict[str, Any]) -> bool:
    return (body.get("view") or {}).get("type") == "home"


def answer_click(body: dict[str, Any], context: BoltContext, client: WebClient, text: str) -> None:
    """After a button that also lives in App Home: there the page itself is the answer (rebuilt,
    the step done); in a message, an ephemeral line for the person who clicked."""
    if clicked_in_home(body):
        show_home(context, client, body["user"]["id"])
    else:
        tell(body, context, client, text)
