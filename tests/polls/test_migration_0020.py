"""Migration 0020 adds a poll's reopening and an answer's readers to the tables polls already
fill: the polls and answers there stay (never reopened; answers for the organisers only, as
before); undoing it keeps them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from storage.migrate import alembic_config, upgrade

NOW = "2027-01-01 09:00:00"
ROWS = (
    "INSERT INTO workspaces (id, team_id, created_at) VALUES (1, 'T1', :now)",
    "INSERT INTO networks (id, workspace_id, channel_id, name, building_blocks, status,"
    " created_by, created_at) VALUES (1, 1, 'C1', 'Noord', '[]', 'active', 'U1', :now)",
    "INSERT INTO polls (id, network_id, kind, question, multiple, anonymous, created_by,"
    " created_at, version, rendered_version) VALUES (1, 1, 'poll', 'Doe je mee?', 0, 0, 'U1',"
    " :now, 0, 0)",
    "INSERT INTO poll_options (id, poll_id, position, text) VALUES (1, 1, 1, 'Ja')",
    "INSERT INTO poll_options (id, poll_id, position, text, follow_up) VALUES (2, 1, 2, 'Nee',"
    " 'Waarom niet?')",
    "INSERT INTO poll_votes (id, poll_id, option_id, slack_user_id, voted_at)"
    " VALUES (1, 1, 2, 'UM01', :now)",
    "INSERT INTO poll_answers (id, poll_id, option_id, slack_user_id, answers, answered_at)"
    " VALUES (1, 1, 2, 'UM01', '[\"Geen tijd\"]', :now)",
)


def test_existing_polls_and_answers_stay_private_and_never_reopened(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'lnbot.sqlite3'}"
    upgrade(url, revision="0016")
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for statement in ROWS:
                connection.execute(text(statement), {"now": NOW})
        upgrade(url, revision="0020")
        with engine.connect() as connection:
            poll = connection.execute(text("SELECT question, reopened_at FROM polls")).one()
            answer = connection.execute(text("SELECT answers, sharing FROM poll_answers")).one()
            votes = connection.execute(text("SELECT count(*) FROM poll_votes")).scalar()
        assert tuple(poll) == ("Doe je mee?", None)
        assert tuple(answer) == ('["Geen tijd"]', "private") and votes == 1
        command.downgrade(alembic_config(url), "0016")
        with engine.connect() as connection:
            columns = [
                row[1] for row in connection.execute(text("PRAGMA table_info(poll_answers)"))
            ]
            answers = connection.execute(text("SELECT count(*) FROM poll_answers")).scalar()
            votes = connection.execute(text("SELECT count(*) FROM poll_votes")).scalar()
        assert "sharing" not in columns and answers == 1 and votes == 1
    finally:
        engine.dispose()
