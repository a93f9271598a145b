"""Migration 0009 moves the one-liners' message place into `slack_messages` and keeps it:
tested with rows present, up and down, on SQLite and (with TEST_DATABASE_URL) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, Table, create_engine, inspect, select, text

from storage.migrate import alembic_config, upgrade

WHEN = datetime(2027, 3, 1, 15, 0)  # naive UTC, as the reflected columns take it


@pytest.fixture
def fresh_url(tmp_path: Path) -> Iterator[str]:
    """An empty database of its own (a new schema on PostgreSQL), dropped afterwards."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_path / 'migrate.sqlite3'}"
        return
    schema = f"lnbot_migrate_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def tables(engine: Engine, *names: str) -> list[Table]:
    metadata = MetaData()
    return [Table(name, metadata, autoload_with=engine) for name in names]


def seed_rounds(engine: Engine) -> None:
    """A network with a posted round (channel and ts kept) and one still open."""
    workspaces, networks, rounds = tables(engine, "workspaces", "networks", "tile_rounds")
    with engine.begin() as connection:
        connection.execute(workspaces.insert().values(id=1, team_id="T1", created_at=WHEN))
        connection.execute(
            networks.insert().values(
                id=1,
                workspace_id=1,
                channel_id="C1",
                name="Ouderenzorg Noord",
                building_blocks=[],
                status="active",
                created_by="U1",
                created_at=WHEN,
            )
        )
        common = {"network_id": 1, "opened_by": "U1", "opened_at": WHEN, "posts_at": WHEN}
        connection.execute(
            rounds.insert().values(id=1, posted_at=WHEN, channel_id="C1", ts="1.0001", **common)
        )
        connection.execute(rounds.insert().values(id=2, **common))


def message_rows(engine: Engine) -> list[tuple[str, int, int | None, str, str]]:
    (messages,) = tables(engine, "slack_messages")
    query = select(
        messages.c.purpose,
        messages.c.subject_id,
        messages.c.network_id,
        messages.c.channel_id,
        messages.c.ts,
    )
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query)]


def test_the_one_liners_message_moves_into_slack_messages_and_back(fresh_url: str) -> None:
    upgrade(fresh_url, revision="0008")
    engine = create_engine(fresh_url)
    try:
        seed_rounds(engine)
        upgrade(fresh_url, revision="0009")
        assert message_rows(engine) == [("tile.lines", 1, 1, "C1", "1.0001")]
        columns = {column["name"] for column in inspect(engine).get_columns("tile_rounds")}
        assert {"channel_id", "ts"}.isdisjoint(columns) and "posted_at" in columns
        with engine.connect() as connection:  # the rounds themselves are all still there
            assert connection.execute(text("SELECT count(*) FROM tile_rounds")).scalar() == 2

        engine.dispose()
        command.downgrade(alembic_config(fresh_url), "0008")
        assert message_rows(engine) == []
        (rounds,) = tables(engine, "tile_rounds")
        query = select(rounds.c.id, rounds.c.channel_id, rounds.c.ts).order_by(rounds.c.id)
        with engine.connect() as connection:
            assert [tuple(row) for row in connection.execute(query)] == [
                (1, "C1", "1.0001"),
                (2, None, None),
            ]
    finally:
        engine.dispose()
