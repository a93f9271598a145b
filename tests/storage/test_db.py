"""SQLite runs with WAL and foreign keys on; a unit of work rolls back unless committed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text

from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import Workspace
from storage.uow import UnitOfWork


def test_sqlite_pragmas(tmp_path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/sub/dir/db.sqlite3")  # folders are created
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_unit_of_work_commits_or_rolls_back(tmp_path) -> None:
    url = f"sqlite:///{tmp_path}/db.sqlite3"
    upgrade(url)
    engine = make_engine(url)
    uow = UnitOfWork(make_session_factory(engine))
    now = datetime(2027, 1, 1, tzinfo=UTC)
    with uow:
        uow.session.add(Workspace(team_id="T1", created_at=now))  # not committed
    with pytest.raises(RuntimeError), uow:
        uow.session.add(Workspace(team_id="T2", created_at=now))
        uow.session.flush()
        raise RuntimeError("half-way")
    with uow:
        uow.session.add(Workspace(team_id="T3", created_at=now))
        uow.commit()
    with uow:
        teams = uow.session.scalars(select(Workspace.team_id)).all()
        assert teams == ["T3"]
        assert uow.session.scalar(select(func.count()).select_from(Workspace)) == 1
    engine.dispose()


def test_naive_datetimes_are_refused(tmp_path) -> None:
    url = f"sqlite:///{tmp_path}/db.sqlite3"
    upgrade(url)
    engine = make_engine(url)
    uow = UnitOfWork(make_session_factory(engine))
    with pytest.raises(Exception, match="naive datetime"), uow:
        uow.session.add(Workspace(team_id="T1", created_at=datetime(2027, 1, 1)))
        uow.session.flush()
    engine.dispose()


def test_a_failing_statement_keeps_a_members_text_out_of_the_log(database_url, caplog) -> None:
    """A database error is logged with its traceback (as the app's error handler does) and the
    engine's own statement log is on at INFO: the member's words appear in neither."""
    import logging

    from sqlalchemy.exc import IntegrityError

    from storage.models import Idea

    secret = "mijn geheime idee over collega Jansen"
    engine = make_engine(database_url)
    uow = UnitOfWork(make_session_factory(engine))
    with caplog.at_level(logging.INFO):
        logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
        try:
            with pytest.raises(IntegrityError) as caught, uow:
                now = datetime(2027, 1, 1, tzinfo=UTC)
                uow.session.add(
                    Idea(network_id=987654, text=secret, author_user_id="U1", created_at=now)
                )
                uow.session.flush()  # no network 987654: a foreign key violation
            logging.getLogger("bot").error("listener failed", exc_info=caught.value)
        finally:
            logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
            engine.dispose()
    assert "INSERT INTO ideas" in caplog.text  # the statement itself was logged ...
    assert "listener failed" in caplog.text and "IntegrityError" in caplog.text
    assert secret not in caplog.text and secret not in str(caught.value)  # ... never its values
    assert "parameters hidden" in str(caught.value)


def test_the_ack_path_writes_as_soon_as_a_busy_sqlite_database_is_free(tmp_path) -> None:
    """SQLite's own wait sleeps in growing steps; `retry_while_locked` tries every
    millisecond, and a write that fails for another reason is not retried."""
    import threading
    import time

    from sqlalchemy.exc import OperationalError

    from storage.db import retry_while_locked

    url = f"sqlite:///{tmp_path}/db.sqlite3"
    holder, edge = make_engine(url), make_engine(url, wait_for_lock=False)
    with holder.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    locked = holder.connect()
    locked.execute(text("INSERT INTO t VALUES (1)"))  # holds the write lock until commit
    released_at: list[float] = []

    def release() -> None:
        released_at.append(time.monotonic())
        locked.commit()

    released = threading.Timer(0.2, release)
    released.start()

    def write() -> float:
        with edge.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (2)"))
        return time.monotonic()

    with pytest.raises(OperationalError, match="locked"):
        write()  # without the retry: refused at once
    written = retry_while_locked(write)  # waits, trying again, until the lock is free
    released.join()
    assert written >= released_at[0]
    with edge.connect() as connection:
        assert connection.execute(text("SELECT x FROM t ORDER BY x")).scalars().all() == [1, 2]
    with pytest.raises(OperationalError, match="no such table"):
        retry_while_locked(lambda: edge.connect().execute(text("SELECT * FROM missing")))
    locked.close()
    holder.dispose()
    edge.dispose()
