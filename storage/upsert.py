"""Insert-if-absent that is safe against a concurrent insert of the same unique key."""

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
    dialect = session.get_bind().dialect.name
    statement: postgresql.Insert | sqlite.Insert
    if dialect == "postgresql":
        statement = postgresql.insert(model).values(**values)
    elif dialect == "sqlite":
        statement = sqlite.insert(model).values(**values)
    else:
        raise ValueError(f"lnbot does not support the {dialect} database")
    statement = statement.on_conflict_do_nothing(index_elements=unique)
    # RETURNING, not rowcount: psycopg 3 reports rowcount -1 for this statement.
    return session.execute(statement.returning(literal_column("1"))).first() is not None
