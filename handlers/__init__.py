"""Bolt listeners, one module per feature, each with register(...)."""

from __future__ import annotations

from slack_bolt import App

from bot.scheduling.registry import JobRegistry
from handlers import (
    activities,
    checkins,
    command,
    consent,
    errors,
    events,
    fit_check,
    home,
    ideas,
    intake,
    knowledge,
    meetings,
    network,
    participation,
    polls,
    privacy,
    programme,
    report,
    tiles,
    trust,
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
    activities.register(app, router, jobs)
    ideas.register(app, router, jobs)
    tiles.register(app, router, jobs)
    programme.register(app, router, jobs)
    participation.register(app, router, jobs)
    trust.register(app, router, jobs)
    events.register(app)
    consent.register(app, jobs)
    home.register(app)
    command.register(app, router)
    errors.register(app)
