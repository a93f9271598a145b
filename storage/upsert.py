"""Insert-if-absent and insert-or-update, safe against a concurrent insert of the same key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import literal_column
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_if_absent(session: Session, model: type[Any], unique: list[str], **values: Any) -> bool:
    """INSERT ... ON CONFLICT (unique) DO NOTHING, inside the caller's transaction.

    Chosen over a SAVEPOINT around a plain INSERT: with pysqlite a SAVEPOINT that opens the
    transaction is committed on release, which would escape the caller's rollback.
    Returns True when this call inserted the row.
    """
    statement = _insert(session, model, values).on_conflict_do_nothing(index_elements=unique)
    # RETURNING, not rowcount: psycopg 3 reports rowcount -1 for this statement.
    return session.execute(statement.returning(literal_column("1"))).first() is not None


def upsert(session: Session, model: type[Any], unique: list[str], **values: Any) -> None:
    """INSERT ... ON CONFLICT (unique) DO UPDATE the other given columns: one statement."""
    statement = _insert(session, model, values)
    changed = {name: value for name, value in values.items() if name not in unique}
    session.execute(statement.on_conflict_do_update(index_elements=unique, set_=changed))


def _insert(
    session: Session, model: type[Any], values: dict[str, Any]
) -> postgresql.Insert | sqlite.Insert:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model).values(**values)
    if dialect == "sqlite":
        return sqlite.insert(model).values(**values)
    raise ValueError(f"lnbot does not support the {dialect} database")
