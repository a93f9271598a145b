"""Database fixtures of the scheduling tests: a migrated SQLite file per test, and the same on
PostgreSQL (a throw-away schema) when TEST_DATABASE_URL is set. Self-sufficient on purpose."""

from __future__ import annotations

import os
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import FixedClock
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.scheduling.schedule import schedule_job
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import ScheduledJob
from storage.uow import UnitOfWork

PG_URL = os.environ.get("TEST_DATABASE_URL")
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=pytest.mark.skipif(not PG_URL, reason="TEST_DATABASE_URL not set")
    ),
]


@dataclass
class Database:
    """Where the test database is, and how to open more engines on it (restarts, races)."""

    url: str
    engine_kwargs: dict[str, Any] = field(default_factory=dict)
    engines: list[Engine] = field(default_factory=list)

    def new_engine(self) -> Engine:
        engine = make_engine(self.url, **self.engine_kwargs)
        self.engines.append(engine)
        return engine

    def dispose(self) -> None:
        for engine in self.engines:
            engine.dispose()


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Database]:
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'scheduling.sqlite3'}")
        yield from _migrated(database)
        return
    assert PG_URL
    schema = f"sched_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        options = {"connect_args": {"options": f"-csearch_path={schema}"}}
        yield from _migrated(Database(PG_URL, options))
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _migrated(database: Database) -> Iterator[Database]:
    upgrade(database.url, engine=database.new_engine())
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def db_url(database: Database) -> str:
    return database.url


@pytest.fixture
def engine(database: Database) -> Engine:
    return database.new_engine()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def uow(session_factory: sessionmaker[Session]) -> UnitOfWork:
    return UnitOfWork(session_factory)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


class Calls:
    """A thread-safe handler that counts its calls per job key."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.views: list[JobView] = []
        self._lock = threading.Lock()

    def __call__(self, ctx: JobContext, job: JobView) -> None:
        with self._lock:
            self.counts[job.key] += 1
            self.views.append(job)


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def registry(calls: Calls) -> JobRegistry:
    registry = JobRegistry()
    registry.register("test.record", calls)
    return registry


DispatcherFactory = Callable[..., Dispatcher]


@pytest.fixture
def make_dispatcher(
    session_factory: sessionmaker[Session], registry: JobRegistry, clock: FixedClock
) -> DispatcherFactory:
    """A dispatcher on the test database; keyword arguments override the defaults."""

    def make(
        factory: sessionmaker[Session] | None = None,
        *,
        jobs: JobRegistry | None = None,
        **overrides: Any,
    ) -> Dispatcher:
        factory = factory or session_factory
        context = JobContext(uow_factory=lambda: UnitOfWork(factory), client=None, clock=clock)
        options: dict[str, Any] = {"clock": clock, "worker_id": f"test-{uuid.uuid4().hex[:6]}"}
        return Dispatcher(factory, jobs or registry, context, **(options | overrides))

    return make


AddJob = Callable[..., int]


@pytest.fixture
def add_job(uow: UnitOfWork, clock: FixedClock) -> AddJob:
    """Schedule one job (kind `test.record`, due now unless told) and commit; returns its id."""

    def add(key: str, **fields: Any) -> int:
        options: dict[str, Any] = {"kind": "test.record", "run_at": clock.now(), "now": clock.now()}
        with uow:
            job = schedule_job(uow.session, key=key, **(options | fields))
            uow.commit()
            return job.id

    return add


@pytest.fixture
def job_row(uow: UnitOfWork) -> Callable[[str], ScheduledJob]:
    """The current row of a key, read in a fresh transaction and detached with its values."""

    def read(key: str) -> ScheduledJob:
        with uow:
            job = uow.session.scalars(select(ScheduledJob).where(ScheduledJob.key == key)).one()
            uow.session.expunge(job)
            return job

    return read
