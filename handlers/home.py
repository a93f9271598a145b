"""App Home: published whenever the user opens the app's Home tab."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.services.home_view import show_home


def register(app: App) -> None:
    app.event("app_home_opened", matchers=[home_tab])(publish_home)


def home_tab(event: dict[str, Any]) -> bool:
    """Opening the Messages tab is left to the catch-all: it costs nothing then."""
    return event.get("tab", "home") == "home"


def publish_home(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    show_home(context, client, event["user"])
