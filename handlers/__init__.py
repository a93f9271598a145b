"""Bolt listeners, one module per feature, each with register(...)."""

from __future__ import annotations

from slack_bolt import App

from bot.scheduling.registry import JobRegistry
from handlers import command, consent, errors, fit_check, home, intake, network, polls


def register_all(app: App, jobs: JobRegistry) -> None:
    router = command.Router()
    network.register(app, router, jobs)
    intake.register(app, router, jobs)
    fit_check.register(app, router, jobs)
    polls.register(app, router, jobs)
    consent.register(app, jobs)
    home.register(app)
    command.register(app, router)
    errors.register(app)
