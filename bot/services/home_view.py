"""App Home, rebuilt from the database: opened by the person, or after a click in it (e.g.
taking up an idea), so several features show it through this one function."""

from __future__ import annotations

from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot.blocks.home import home_view
from bot.services import networks
from bot.services.membership import SlackChannelAccess


def show_home(context: BoltContext, client: WebClient, user_id: str) -> None:
    """(Re)build the person's App Home from the database, e.g. after a click in it."""
    overview = networks.home_overview(
        context["uow"],
        team_id=context.team_id or "",
        user_id=user_id,
        now=context["clock"].now(),
        access=SlackChannelAccess(client),
    )
    client.views_publish(user_id=user_id, view=home_view(context["lang"], context["tz"], overview))
