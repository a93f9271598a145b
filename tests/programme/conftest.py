"""Members of the seeded networks exist in the fake workspace, with a second network's channel
(C2); an expert by experience (UX1); the report directory is the test's own folder."""

from __future__ import annotations

import pytest

from bot.pdf import document_to_pdf
from bot.report_files import Document
from fakeslack.fake_server import FakeSlack
from tests.knowledge.conftest import report_dir, settings

__all__ = ["report_dir", "settings"]  # the knowledge tests' report folder and settings


@pytest.fixture(scope="session", autouse=True)
def pdf_renderer_ready() -> None:
    """fpdf2 (and Pillow, fontTools) load with the first PDF (a second on a busy machine): do
    that once per worker, not inside the statement's listener, which the harness times."""
    document_to_pdf(Document("lnbot", "", []), "nl")


@pytest.fixture(autouse=True)
def seeded_users(slack: FakeSlack) -> None:
    for number in range(1, 13):
        slack.add_user(f"UM{number:02d}", locale="nl-NL", tz="Europe/Amsterdam")
        slack.add_user(f"UN{number:02d}", locale="nl-NL", tz="Europe/Amsterdam")
    slack.add_user("UX1", locale="nl-NL", tz="Europe/Amsterdam", real_name="Ria Ervaring")
    slack.add_channel("C2", name="lerend-netwerk-zuid")
