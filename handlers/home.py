"""App Home: published whenever the user opens the app's Home tab."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.blocks.home import home_view
from bot.services import networks
from bot.services.membership import SlackChannelAccess


def register(app: App) -> None:
    app.event("app_home_opened")(publish_home)


def publish_home(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    if event.get("tab", "home") != "home":
        return
    show_home(context, client, event["user"])


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
