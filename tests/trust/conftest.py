"""Members UM01..UM06 and an expert exist in the fake workspace; reports go to the test's
own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from fakeslack.fake_server import FakeSlack


@pytest.fixture(autouse=True)
def seeded_users(slack: FakeSlack) -> None:
    for number in range(1, 7):
        slack.add_user(f"UM{number:02d}", locale="nl-NL", tz="Europe/Amsterdam")
    slack.add_user("UEX", locale="nl-NL", tz="Europe/Amsterdam", real_name="Eva Expert")


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    return Settings(
        slack_bot_token=settings.slack_bot_token,
        slack_signing_secret=settings.slack_signing_secret,
        slack_api_url=settings.slack_api_url,
        database_url=settings.database_url,
        report_dir=str(tmp_path / "reports"),
    )
