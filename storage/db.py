"""Engine and session factory; SQLite gets WAL, foreign keys and a busy timeout.

Every engine hides SQL parameters from its errors and logs (`hide_parameters`): they carry
what members typed (an idea, a reason), which must never reach a log line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    kwargs = {"hide_parameters": True} | kwargs
    if parsed.get_backend_name() != "sqlite":
        # Enough connections for the listener threads and the dispatcher at once.
        options = {"pool_pre_ping": True, "pool_size": 20, "max_overflow": 20} | kwargs
        return create_engine(url, **options)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def without_waiting_for_disk(connection: Connection) -> None:
    """In this transaction, PostgreSQL's COMMIT returns before its log reaches the disk: for
    the rows written on the ack path (a request kept, a signature remembered), which a crash
    of the bot cannot lose; only a crash of the database server within a fraction of a
    second could (`synchronous_commit`). SQLite already commits so (WAL, synchronous=NORMAL)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
