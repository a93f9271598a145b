"""The seeded members (UM01, UM02, ...) exist in the fake workspace too, speaking Dutch."""

from __future__ import annotations

import pytest

from fakeslack.fake_server import FakeSlack


@pytest.fixture(autouse=True)
def seeded_users(slack: FakeSlack) -> None:
    for number in range(1, 8):
        slack.add_user(f"UM{number:02d}", locale="nl-NL", tz="Europe/Amsterdam")
