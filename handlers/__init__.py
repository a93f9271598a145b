"""Bolt listeners, one module per feature, each with register(...)."""

from __future__ import annotations

from slack_bolt import App

from bot.scheduling.registry import JobRegistry
from handlers import (
    checkins,
    command,
    consent,
    errors,
    events,
    fit_check,
    home,
    intake,
    knowledge,
    meetings,
    network,
    polls,
    privacy,
    report,
)


def register_all(app: App, jobs: JobRegistry) -> None:
    router = command.Router()
    network.register(app, router, jobs)
    intake.register(app, router, jobs)
    fit_check.register(app, router, jobs)
    polls.register(app, router, jobs)
    meetings.register(app, router, jobs)
    checkins.register(app, router, jobs)
    knowledge.register(app, router, jobs)
    report.register(app, router, jobs)
    privacy.register(app, router, jobs)
    events.register(app)
    consent.register(app, jobs)
    home.register(app)
    command.register(app, router)
    errors.register(app)
