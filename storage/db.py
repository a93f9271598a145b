"""Engine and session factory; SQLite gets WAL, foreign keys and a busy timeout.

Every engine hides SQL parameters from its errors and logs (`hide_parameters`): they carry
what members typed (an idea, a reason), which must never reach a log line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


def make_engine(url: str, *, wait_for_lock: bool = True, **kwargs: Any) -> Engine:
    """`wait_for_lock=False` (the ack path): a SQLite write that finds the database locked
    fails at once, for `retry_while_locked` to try again soon (see there), and its commits
    never copy the log into the database file (a checkpoint, with a sync to disk): the
    other connections' commits do."""
    parsed = make_url(url)
    kwargs = {"hide_parameters": True} | kwargs
    if parsed.get_backend_name() != "sqlite":
        # Enough connections for the listener threads and the dispatcher at once.
        options = {"pool_pre_ping": True, "pool_size": 20, "max_overflow": 20} | kwargs
        return create_engine(url, **options)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
    busy_timeout = BUSY_TIMEOUT_MS if wait_for_lock else 0

    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        if not wait_for_lock:  # the ack path: the other connections' commits checkpoint
            cursor.execute("PRAGMA wal_autocheckpoint=0")
        cursor.close()

    event.listen(engine, "connect", pragmas)
    return engine


BUSY_TIMEOUT_MS = 10_000
LOCK_POLL_SECONDS = 0.001


def retry_while_locked(write: Callable[[], T], seconds: float = BUSY_TIMEOUT_MS / 1000) -> T:
    """Run the transaction `write` until SQLite lets it write. SQLite's own wait for a locked
    database sleeps in growing steps (up to 100 ms), so a writer that keeps taking the lock
    (the worker, handling a burst) can keep another out for seconds; the ack path instead
    tries again every millisecond and gets in at the first free moment. Other errors, and
    PostgreSQL (which queues writers itself), pass through."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return write()
        except OperationalError as error:
            if not _locked(error) or time.monotonic() > deadline:
                raise
        time.sleep(LOCK_POLL_SECONDS)


def _locked(error: OperationalError) -> bool:
    message = str(error.orig).lower()
    return "database is locked" in message or "database is busy" in message


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def without_waiting_for_disk(connection: Connection) -> None:
    """In this transaction, PostgreSQL's COMMIT returns before its log reaches the disk: for
    the rows written on the ack path (a request kept, a signature remembered), which a crash
    of the bot cannot lose; only a crash of the database server within a fraction of a
    second could (`synchronous_commit`). SQLite already commits so (WAL, synchronous=NORMAL)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
