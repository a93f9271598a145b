"""Bolt listeners, one module per feature, each with register(...)."""

from __future__ import annotations

from slack_bolt import App

from handlers import (
    activities,
    agenda,
    benchmark,
    change,
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
    outcomes,
    participation,
    poll_changes,
    poll_sharing,
    polls,
    privacy,
    programme,
    report,
    surveys,
    tiles,
    trust,
    year,
)


def register_all(app: App) -> None:
    router = command.Router()
    network.register(app, router)
    intake.register(app, router)
    fit_check.register(app, router)
    needs.register(app, router)
    polls.register(app, router)
    poll_changes.register(app, router)
    poll_sharing.register(app, router)
    surveys.register(app, router)
    meetings.register(app, router)
    checkins.register(app, router)
    knowledge.register(app, router)
    report.register(app, router)
    privacy.register(app, router)
    activities.register(app, router)
    ideas.register(app, router)
    outcomes.register(app, router)
    agenda.register(app, router)
    benchmark.register(app, router)
    tiles.register(app, router)
    programme.register(app, router)
    finder.register(app, router)
    outcome.register(router)
    participation.register(app, router)
    language.register(app, router)
    trust.register(app, router)
    change.register(app, router)
    year.register(app, router)
    events.register(app)
    consent.register(app)
    home.register(app)
    command.register(app, router)
    errors.register(app)
