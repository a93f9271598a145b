"""People of the finder tests exist in the fake workspace: the programme coordinator U1 (a
workspace admin, so they may claim the programme) and contact people UA01..UA20."""

from __future__ import annotations

import pytest

from fakeslack.fake_server import FakeSlack


@pytest.fixture(autouse=True)
def finder_people(slack: FakeSlack) -> None:
    slack.add_user("U1", is_admin=True, locale="nl-NL")
    for number in range(1, 21):
        slack.add_user(f"UA{number:02d}", locale="nl-NL")
