"""The report directory is the test's own folder (the knowledge tests' fixtures)."""

from __future__ import annotations

from tests.knowledge.conftest import report_dir, settings

__all__ = ["report_dir", "settings"]
