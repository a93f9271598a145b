"""The one error handler: log the failure, tell the user kindly in their own language. The
policy itself is the Slack edge's (`bot/edge/errors.py`)."""

from __future__ import annotations

from slack_bolt import App

from bot.edge.errors import handle_error

__all__ = ["handle_error", "register"]


def register(app: App) -> None:
    app.error(handle_error)
