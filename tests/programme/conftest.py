"""Members of the seeded networks exist in the fake workspace, with a second network's channel
(C2); an expert by experience (UX1); the report directory is the test's own folder."""

from __future__ import annotations

import pytest

from fakeslack.fake_server import FakeSlack
from tests.knowledge.conftest import report_dir, settings

__all__ = ["report_dir", "settings"]  # the knowledge tests' report folder and settings


@pytest.fixture(autouse=True)
def seeded_users(slack: FakeSlack) -> None:
    for number in range(1, 13):
        slack.add_user(f"UM{number:02d}", locale="nl-NL", tz="Europe/Amsterdam")
        slack.add_user(f"UN{number:02d}", locale="nl-NL", tz="Europe/Amsterdam")
    slack.add_user("UX1", locale="nl-NL", tz="Europe/Amsterdam", real_name="Ria Ervaring")
    slack.add_channel("C2", name="lerend-netwerk-zuid")
