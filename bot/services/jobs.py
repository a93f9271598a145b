"""Every feature's scheduled work in one list: each feature declares its job kinds once (as
constants beside the code that schedules them) and registers their handlers in its own
`<feature>_jobs.register`; `create_app` calls `register_jobs` once."""

from __future__ import annotations

from bot.scheduling.registry import JobRegistry
from bot.services import (
    change_jobs,
    checkin_jobs,
    consent_jobs,
    fit_check_jobs,
    idea_jobs,
    intake_jobs,
    knowledge_jobs,
    meeting_jobs,
    needs_jobs,
    network_jobs,
    outcome_jobs,
    poll_jobs,
    report_jobs,
    survey_jobs,
    tile_jobs,
    trust_jobs,
    year_jobs,
)

FEATURES = (
    network_jobs,
    intake_jobs,
    fit_check_jobs,
    poll_jobs,
    survey_jobs,
    meeting_jobs,
    checkin_jobs,
    knowledge_jobs,
    report_jobs,
    idea_jobs,
    tile_jobs,
    consent_jobs,
    trust_jobs,
    outcome_jobs,
    change_jobs,
    year_jobs,
    needs_jobs,
)


def register_jobs(jobs: JobRegistry) -> None:
    for feature in FEATURES:
        feature.register(jobs)
