"""Migration 0015 adds an organisation's choice to be named in the public report and keeps the
organisations already there (not named until they say so); undoing it keeps them and their
members."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from storage.migrate import alembic_config, upgrade

NOW = "2027-01-01 09:00:00"


def test_existing_organisations_stay_and_are_not_named(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'lnbot.sqlite3'}"
    upgrade(url, revision="0013")
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO workspaces (id, team_id, created_at) VALUES (1, 'T1', :now)"),
                {"now": NOW},
            )
            connection.execute(
                text(
                    "INSERT INTO networks (id, workspace_id, channel_id, name, building_blocks,"
                    " status, created_by, created_at) VALUES (1, 1, 'C1', 'Noord', '[]',"
                    " 'active', 'U1', :now)"
                ),
                {"now": NOW},
            )
            for number, name in ((1, "Zorggroep Noorderbreedte"), (2, "De Wielewaal")):
                connection.execute(
                    text(
                        "INSERT INTO organisations (id, network_id, name, name_key, admitted_at)"
                        " VALUES (:id, 1, :name, :key, :now)"
                    ),
                    {"id": number, "name": name, "key": name.lower(), "now": NOW},
                )
            connection.execute(
                text(
                    "INSERT INTO members (id, network_id, slack_user_id, organisation_id,"
                    " joined_at) VALUES (1, 1, 'UM01', 1, :now)"
                ),
                {"now": NOW},
            )
        upgrade(url, revision="0015")
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT name, named_in_report FROM organisations ORDER BY id")
            ).all()
        assert [(name, bool(named)) for name, named in rows] == [
            ("Zorggroep Noorderbreedte", False),
            ("De Wielewaal", False),
        ]
        command.downgrade(alembic_config(url), "0013")
        with engine.connect() as connection:
            columns = [
                row[1] for row in connection.execute(text("PRAGMA table_info(organisations)"))
            ]
            count = connection.execute(text("SELECT count(*) FROM organisations")).scalar()
            member = connection.execute(text("SELECT organisation_id FROM members")).scalar()
        assert "named_in_report" not in columns and count == 2 and member == 1
    finally:
        engine.dispose()
