"""Migration 0016 moves a knowledge item's thread starter and a guest network's announcement
into `slack_messages` and keeps them, with the items' replies and tags: tested with rows
present, up and down, on SQLite and (with TEST_DATABASE_URL) PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, create_engine, inspect, select, text

from storage.migrate import alembic_config, upgrade
from tests.storage.test_migration_0009 import WHEN, fresh_url, message_rows, tables

__all__ = ["fresh_url"]  # the fixture, used by name below


def seed(engine: Engine) -> None:
    """Two networks; an item posted in C1 (with a reply and a tag) and one not posted yet; an
    event of the first network announced in the second's channel, and its own announcement."""
    workspaces, networks, items, tags, replies, meetings, guests, messages = tables(
        engine,
        "workspaces",
        "networks",
        "knowledge_items",
        "knowledge_tags",
        "knowledge_contributions",
        "meetings",
        "occasion_networks",
        "slack_messages",
    )
    with engine.begin() as connection:
        connection.execute(workspaces.insert().values(id=1, team_id="T1", created_at=WHEN))
        for number in (1, 2):
            connection.execute(
                networks.insert().values(
                    id=number,
                    workspace_id=1,
                    channel_id=f"C{number}",
                    name=f"Netwerk {number}",
                    building_blocks=[],
                    status="active",
                    created_by="U1",
                    created_at=WHEN,
                )
            )
        item = {
            "network_id": 1,
            "kind": "question",
            "description": "",
            "author_user_id": "U1",
            "channel_id": "C1",
            "created_at": WHEN,
            "updated_at": WHEN,
        }
        connection.execute(items.insert().values(id=1, title="Posted", ts="1.0001", **item))
        connection.execute(items.insert().values(id=2, title="Not yet", **item))
        connection.execute(tags.insert().values(item_id=1, tag="theme:1"))
        connection.execute(
            replies.insert().values(
                item_id=1,
                channel_id="C1",
                ts="1.0002",
                user_id="U2",
                text="Zo doen wij het",
                posted_at=WHEN,
                helpful=False,
            )
        )
        connection.execute(
            meetings.insert().values(
                id=1,
                network_id=1,
                kind="event",
                title="Webinar",
                starts_at=WHEN,
                ends_at=WHEN,
                status="planned",
                created_at=WHEN,
            )
        )
        connection.execute(guests.insert().values(meeting_id=1, network_id=2, ts="2.0001"))
        connection.execute(
            messages.insert().values(
                network_id=1,
                purpose="meeting.announcement",
                subject_id=1,
                channel_id="C1",
                ts="1.0003",
                posted_at=WHEN,
            )
        )


def count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def columns(engine: Engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def test_items_and_guest_announcements_move_into_slack_messages_and_back(
    fresh_url: str,
) -> None:
    upgrade(fresh_url, revision="0015")
    engine = create_engine(fresh_url)
    try:
        seed(engine)
        engine.dispose()
        upgrade(fresh_url, revision="0016")
        assert sorted(message_rows(engine)) == [
            ("knowledge.item", 1, 1, "C1", "1.0001"),
            ("meeting.announcement", 1, 1, "C1", "1.0003"),
            ("meeting.guest", 1, 2, "C2", "2.0001"),
        ]
        assert {"channel_id", "ts"}.isdisjoint(columns(engine, "knowledge_items"))
        assert "ts" not in columns(engine, "occasion_networks")
        indexes = {index["name"] for index in inspect(engine).get_indexes("slack_messages")}
        assert "ix_slack_messages_channel_id_ts" in indexes
        # the items, their reply and tag, and the guest network are all still there
        counts = ("knowledge_items", "knowledge_tags", "knowledge_contributions")
        assert [count(engine, t) for t in (*counts, "occasion_networks")] == [2, 1, 1, 1]

        engine.dispose()
        command.downgrade(alembic_config(fresh_url), "0015")
        assert message_rows(engine) == [("meeting.announcement", 1, 1, "C1", "1.0003")]
        items, guests = tables(engine, "knowledge_items", "occasion_networks")
        with engine.connect() as connection:
            query = select(items.c.id, items.c.channel_id, items.c.ts).order_by(items.c.id)
            assert [tuple(row) for row in connection.execute(query)] == [
                (1, "C1", "1.0001"),
                (2, None, None),
            ]
            query = select(guests.c.meeting_id, guests.c.network_id, guests.c.ts)
            assert [tuple(row) for row in connection.execute(query)] == [(1, 2, "2.0001")]
        assert [count(engine, t) for t in counts] == [2, 1, 1]
    finally:
        engine.dispose()


def test_an_installation_of_the_last_release_upgrades_to_head_in_one_go(fresh_url: str) -> None:
    """`lnbot db upgrade` on a database of the last release (0008) with data runs every
    migration since in one command; the ones that copy a table on SQLite must still keep
    every row (each migration runs in its own transaction)."""
    upgrade(fresh_url, revision="0008")
    engine = create_engine(fresh_url)
    try:
        seed(engine)
        engine.dispose()
        upgrade(fresh_url)
        assert ("knowledge.item", 1, 1, "C1", "1.0001") in message_rows(engine)
        counts = ("knowledge_items", "knowledge_tags", "knowledge_contributions")
        assert [count(engine, t) for t in (*counts, "occasion_networks")] == [2, 1, 1, 1]
    finally:
        engine.dispose()
