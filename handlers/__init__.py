"""Bolt listeners, one module per feature, each with register(...)."""

from __future__ import annotations

from slack_bolt import App

from handlers import (
    activities,
    checkins,
    command,
    consent,
    errors,
    events,
    finder,
    fit_check,
    home,
    ideas,
    intake,
    knowledge,
    language,
    meetings,
    needs,
    network,
    outcome,
    participation,
    polls,
    privacy,
    programme,
    report,
    tiles,
    trust,
)


def register_all(app: App) -> None:
    router = command.Router()
    network.register(app, router)
    intake.register(app, router)
    fit_check.register(app, router)
    needs.register(app, router)
    polls.register(app, router)
    meetings.register(app, router)
    checkins.register(app, router)
    knowledge.register(app, router)
    report.register(app, router)
    privacy.register(app, router)
    activities.register(app, router)
    ideas.register(app, router)
    tiles.register(app, router)
    programme.register(app, router)
    finder.register(app, router)
    outcome.register(router)
    participation.register(app, router)
    language.register(app, router)
    trust.register(app, router)
    events.register(app)
    consent.register(app)
    home.register(app)
    command.register(app, router)
    errors.register(app)
