"""Migration 0010 keeps existing workspaces, installed, and can be undone."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from storage.migrate import alembic_config, upgrade


def test_workspaces_stay_installed_across_the_migration(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    upgrade(url, revision="0008")
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO workspaces (team_id, created_at) VALUES ('T0001', :at)"),
                {"at": "2027-01-12 09:00:00.000000"},
            )
        upgrade(url, revision="0010")
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT team_id, uninstalled_at FROM workspaces"))
            assert [tuple(row) for row in rows] == [("T0001", None)]
        command.downgrade(alembic_config(url), "0008")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT team_id FROM workspaces")).all() == [("T0001",)]
    finally:
        engine.dispose()
