"""Migration 0017 gives networks and meetings a year (every existing one is in year 1), widens
the meetings' unique key to (network, year, number) and adds the commitments and goals: tested
with meetings, RSVPs and announcements present, up and down, on SQLite and (with
TEST_DATABASE_URL) PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, select
from sqlalchemy.exc import IntegrityError

from storage.migrate import alembic_config, upgrade
from tests.storage.test_migration_0009 import WHEN, fresh_url, tables
from tests.storage.test_migration_0016 import columns, count

__all__ = ["fresh_url"]  # the fixture, used by name below


def seed(engine: Engine) -> None:
    """A network with two meetings, an RSVP and the announcement of meeting 1."""
    workspaces, networks, meetings, rsvps, messages = tables(
        engine, "workspaces", "networks", "meetings", "rsvps", "slack_messages"
    )
    with engine.begin() as connection:
        connection.execute(workspaces.insert().values(id=1, team_id="T1", created_at=WHEN))
        connection.execute(
            networks.insert().values(
                id=1,
                workspace_id=1,
                channel_id="C1",
                name="Netwerk",
                building_blocks=[],
                status="active",
                created_by="U1",
                created_at=WHEN,
            )
        )
        for number in (1, 2):
            connection.execute(
                meetings.insert().values(
                    id=number,
                    network_id=1,
                    kind="meeting",
                    number=number,
                    starts_at=WHEN + timedelta(days=30 * number),
                    ends_at=WHEN + timedelta(days=30 * number, hours=3),
                    status="planned",
                    created_at=WHEN,
                    revision=0,
                )
            )
        connection.execute(
            rsvps.insert().values(
                meeting_id=1, slack_user_id="U2", attendance="in_person", answered_at=WHEN
            )
        )
        connection.execute(
            messages.insert().values(
                network_id=1,
                purpose="meeting.announcement",
                subject_id=1,
                channel_id="C1",
                ts="1.0001",
                posted_at=WHEN,
            )
        )


def add_meeting(engine: Engine, meeting_id: int, year: int) -> None:
    (meetings,) = tables(engine, "meetings")
    with engine.begin() as connection:
        connection.execute(
            meetings.insert().values(
                id=meeting_id,
                network_id=1,
                kind="meeting",
                number=1,
                year=year,
                starts_at=WHEN + timedelta(days=400),
                ends_at=WHEN + timedelta(days=400, hours=3),
                status="planned",
                created_at=WHEN,
                revision=0,
            )
        )


def test_meetings_and_their_answers_stay_in_year_one_and_a_second_year_fits(
    fresh_url: str,
) -> None:
    upgrade(fresh_url, revision="0016")
    engine = create_engine(fresh_url)
    try:
        seed(engine)
        engine.dispose()
        upgrade(fresh_url, revision="0017")
        meetings, networks = tables(engine, "meetings", "networks")
        with engine.connect() as connection:
            rows = connection.execute(select(meetings.c.id, meetings.c.number, meetings.c.year))
            assert sorted(tuple(row) for row in rows) == [(1, 1, 1), (2, 2, 1)]
            assert connection.execute(select(networks.c.year)).scalar() == 1
        assert [count(engine, t) for t in ("rsvps", "slack_messages")] == [1, 1]
        assert {"commitments", "network_goals"} <= set(inspect(engine).get_table_names())
        add_meeting(engine, 3, year=2)  # meeting 1 of a second year fits beside the first's
        with pytest.raises(IntegrityError):
            add_meeting(engine, 4, year=2)

        engine.dispose()
        command.downgrade(alembic_config(fresh_url), "0016")
        assert "year" not in columns(engine, "meetings")
        assert [count(engine, t) for t in ("meetings", "rsvps", "slack_messages")] == [2, 1, 1]
    finally:
        engine.dispose()
