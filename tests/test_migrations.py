"""Alembic builds the schema from nothing, and the models match the migrations."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from storage.migrate import current_revision, head_revision
from storage.models import Base
from storage.search import include_in_schema_comparison


def test_migrations_match_the_models(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            # The full-text index is dialect-specific DDL outside the models (storage/search.py).
            options = {"include_name": include_in_schema_comparison}
            context = MigrationContext.configure(connection, opts=options)
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
