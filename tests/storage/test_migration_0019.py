"""Migration 0019 (issue 15) keeps existing data: organisations keep taking part (no
`left_at`), networks ask a coordinator's yes for new organisations from now on, existing join
requests stay consent requests; and it can be undone. SQLite and (with TEST_DATABASE_URL)
PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, select

from storage.migrate import alembic_config, upgrade
from tests.storage.test_migration_0009 import WHEN, fresh_url, tables

__all__ = ["fresh_url"]  # the fixture, used by name below


def test_organisations_networks_and_requests_survive_the_upgrade_and_the_downgrade(
    fresh_url: str,
) -> None:
    upgrade(fresh_url, revision="0016")
    engine = create_engine(fresh_url)
    try:
        workspaces, networks, organisations, requests = tables(
            engine, "workspaces", "networks", "organisations", "join_requests"
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
                    organisations.insert().values(
                        id=number,
                        network_id=1,
                        name=f"Zorggroep {number}",
                        name_key=f"zorggroep {number}",
                        admitted_at=WHEN,
                    )
                )
            connection.execute(
                requests.insert().values(
                    id=1,
                    network_id=1,
                    slack_user_id="U9",
                    organisation_name="Laat",
                    committed=True,
                    status="pending",
                    created_at=WHEN,
                )
            )
        upgrade(fresh_url, revision="0019")
        networks, organisations, requests = tables(
            engine, "networks", "organisations", "join_requests"
        )
        with engine.connect() as connection:
            rows = connection.execute(
                select(organisations.c.name, organisations.c.left_at, organisations.c.empty_since)
            ).all()
            assert [tuple(r) for r in rows] == [
                ("Zorggroep 1", None, None),
                ("Zorggroep 2", None, None),
            ]
            assert connection.scalar(select(networks.c.approve_new_organisations)) is True
            request = connection.execute(
                select(requests.c.kind, requests.c.status, requests.c.decided_by)
            ).one()
            assert tuple(request) == ("consent", "pending", None)
        command.downgrade(alembic_config(fresh_url), "0016")
        organisations, requests = tables(engine, "organisations", "join_requests")
        with engine.connect() as connection:
            assert connection.scalar(
                select(organisations.c.name).where(organisations.c.id == 2)
            ) == ("Zorggroep 2")
            assert "left_at" not in organisations.c
            assert connection.scalar(select(requests.c.organisation_name)) == "Laat"
    finally:
        engine.dispose()
