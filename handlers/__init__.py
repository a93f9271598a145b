"""Bolt listeners, one module per feature, each with register(...)."""

from __future__ import annotations

from slack_bolt import App

from bot.scheduling.registry import JobRegistry
from handlers import command, errors, home, network


def register_all(app: App, jobs: JobRegistry) -> None:
    router = command.Router()
    network.register(app, router, jobs)
    home.register(app)
    command.register(app, router)
    errors.register(app)
