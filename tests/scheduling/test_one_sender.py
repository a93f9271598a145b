"""One sender per message: a row is sent only by the dispatcher that holds its claim now.

The probe behind these tests: two live dispatchers and a batch that outlives the 10-minute
lease sent 46 of 50 DMs twice, because the batch was claimed once and never re-checked. Time
is driven (`FixedClock`): every send takes simulated minutes, so a batch outlives its lease.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from typing import cast

import pytest
from sqlalchemy import func, select

from bot.clock import FixedClock
from bot.scheduling.dispatcher import Dispatcher, DispatchReport
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from storage.db import make_session_factory
from storage.models import ScheduledJob

MINUTE = timedelta(minutes=1)
LEASE = 10 * MINUTE


class Sends:
    """Every send, by dispatcher name and job key (thread-safe)."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def add(self, sender: str, key: str) -> None:
        with self._lock:
            self.log.append((sender, key))

    @property
    def per_key(self) -> Counter[str]:
        return Counter(key for _sender, key in self.log)

    def by(self, sender: str) -> set[str]:
        return {key for name, key in self.log if name == sender}


def _slow_sender(
    name: str,
    sends: Sends,
    clock: FixedClock,
    took: timedelta,
    after: Callable[[], None] | None = None,
) -> JobRegistry:
    """A handler that 'sends' (records) and takes `took` of driven time per message."""

    def send(ctx: JobContext, job: JobView) -> None:
        sends.add(name, job.key)
        clock.advance(took)
        if after is not None:
            after()

    registry = JobRegistry()
    registry.register("test.record", send)
    return registry


def test_a_batch_outliving_the_lease_beside_a_live_dispatcher_sends_each_row_once(
    database, make_dispatcher, add_job, clock
):
    """A claims 30 rows that take 1 minute each; B ticks every third send of A and has its own
    15 rows. Without per-claim renewal B reclaims A's rows after 10 minutes and both send them."""
    for n in range(45):
        add_job(f"dm:{n:02d}", run_at=clock.now() - timedelta(seconds=n))
    sends = Sends()
    b_reports: list[DispatchReport] = []
    b = make_dispatcher(
        make_session_factory(database.new_engine()),
        jobs=_slow_sender("B", sends, clock, MINUTE),
        batch_size=15,
        lease=LEASE,
        workers=1,
    )

    def b_ticks() -> None:
        if len(sends.by("A")) % 3 == 0:
            b_reports.append(b.run_once())

    a = make_dispatcher(
        jobs=_slow_sender("A", sends, clock, MINUTE, after=b_ticks),
        batch_size=30,
        lease=LEASE,
        workers=1,
    )

    report = a.run_once()

    assert sends.per_key == Counter({f"dm:{n:02d}": 1 for n in range(45)})
    assert report == DispatchReport(claimed=30, done=30)
    assert len(sends.by("A")) == 30 and len(sends.by("B")) == 15
    assert sum(r.done for r in b_reports) == 15 and not any(r.reclaimed for r in b_reports)
    assert len(b_reports) == 10  # B really was live throughout A's 45-minute batch


def test_two_live_dispatchers_draining_slow_sends_send_each_row_exactly_once(
    database, make_dispatcher, add_job, clock, session_factory
):
    """Two threads, two engines, one driven clock: every send takes 5 simulated seconds, so
    each 100-row batch lasts well over the 10-minute lease while the other dispatcher runs."""
    rows = 400
    for n in range(rows):
        add_job(f"fan:{n:03d}", run_at=clock.now() - timedelta(seconds=n))
    sends = Sends()
    dispatchers = {
        name: make_dispatcher(
            make_session_factory(database.new_engine()),
            jobs=_slow_sender(name, sends, clock, timedelta(seconds=5)),
            batch_size=100,
            lease=LEASE,
            workers=2,
        )
        for name in ("A", "B")
    }
    start = threading.Barrier(2)
    errors: list[BaseException] = []
    reports: list[DispatchReport] = []

    def unfinished() -> int:
        with session_factory() as session:
            query = select(func.count()).where(ScheduledJob.state.in_(("pending", "running")))
            return int(session.scalar(query) or 0)

    def drain(dispatcher: Dispatcher) -> None:
        start.wait()
        deadline = time.monotonic() + 90
        try:  # a run that lost every claim race finds nothing: go on until all rows are done
            while unfinished() and time.monotonic() < deadline:
                reports.append(report := dispatcher.run_once())
                if not report.claimed:
                    time.sleep(0.01)
        except BaseException as error:  # reported in the test thread
            errors.append(error)

    threads = [threading.Thread(target=drain, args=(d,)) for d in dispatchers.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == [] and unfinished() == 0
    assert sends.per_key == Counter({f"fan:{n:03d}": 1 for n in range(rows)})
    assert sum(r.done for r in reports) == rows
    assert sends.by("A") and sends.by("B")  # both took part
    assert rows * timedelta(seconds=5) > 3 * LEASE  # the batches did outlive the lease


def test_a_stalled_dispatcher_passes_over_rows_taken_over_meanwhile(
    make_dispatcher, add_job, job_row, clock
):
    """A process that freezes for longer than the lease (a paused VM) loses the rows it had
    not started yet: the other dispatcher sends them, and A, waking up, sends none of them.
    Only the send that was in flight when A froze can go out twice (the documented bound)."""
    for n in range(12):
        add_job(f"dm:{n:02d}", run_at=clock.now() - timedelta(seconds=n))
    sends = Sends()
    b = make_dispatcher(jobs=_slow_sender("B", sends, clock, timedelta(0)), lease=LEASE)
    b_reports: list[DispatchReport] = []

    def freeze() -> None:  # runs once, when all four sends of A's second group are out
        clock.advance(LEASE + MINUTE)
        b_reports.append(b.run_once())

    second_group = threading.Barrier(4, action=freeze)

    def stall_in_the_second_group() -> None:
        if len(sends.by("A")) > 4:
            second_group.wait(timeout=10)

    a = make_dispatcher(
        jobs=_slow_sender("A", sends, clock, timedelta(0), after=stall_in_the_second_group),
        lease=LEASE,
        workers=4,
    )
    report = a.run_once()

    first_group = {key for _sender, key in sends.log[:4]}
    in_flight = sends.by("A") - first_group
    assert len(in_flight) == 4  # the group A had started when it froze
    assert sends.per_key == Counter(
        {f"dm:{n:02d}": 2 if f"dm:{n:02d}" in in_flight else 1 for n in range(12)}
    )
    assert len(sends.by("A")) == 8  # nothing after the freeze
    assert report.yielded == 12 - 4 - 4 and report.done == 4
    assert b_reports == [DispatchReport(claimed=8, done=8, reclaimed=8)]
    assert {job_row(f"dm:{n:02d}").state for n in range(12)} == {"done"}


class Killed(BaseException):
    """Stands in for `kill -9` in the middle of a group of sends (not caught as an Exception)."""


@pytest.mark.parametrize("workers", [1, 4])
def test_after_a_crash_nothing_is_lost_and_at_most_the_rows_in_flight_go_twice(
    make_dispatcher, add_job, clock, workers
):
    """The README's guarantee: at least once, and at most `workers` duplicates per crash."""
    rows = 20
    for n in range(rows):
        add_job(f"dm:{n:02d}", run_at=clock.now() - timedelta(seconds=n))
    sends = Sends()
    in_group = threading.Barrier(workers)

    def send_then_die(ctx: JobContext, job: JobView) -> None:
        sends.add("A", job.key)
        if len(sends.log) > workers:  # the second group: every send has gone out, then death
            in_group.wait(timeout=10)
            raise Killed

    registry = JobRegistry()
    registry.register("test.record", send_then_die)
    with pytest.raises(Killed):
        make_dispatcher(jobs=registry, lease=LEASE, workers=workers).run_once()
    assert len(sends.log) == 2 * workers

    clock.advance(LEASE + MINUTE)
    survivor = make_dispatcher(jobs=_slow_sender("B", sends, clock, timedelta(0)), lease=LEASE)
    report = survivor.run_once()

    counts = sends.per_key
    assert set(counts) == {f"dm:{n:02d}" for n in range(rows)}  # none lost
    twice = {key for key, count in counts.items() if count == 2}
    assert len(twice) == workers and max(counts.values()) == 2  # only the group in flight
    left = rows - workers  # the group in flight and the rows A never started
    assert report == DispatchReport(claimed=left, done=left, reclaimed=left)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_migration_keeps_a_running_row_and_it_is_reclaimed_as_before(
    backend: str, tmp_path, clock, calls, registry
):
    """Upgrading with work in flight: a row claimed by the old version (no token) keeps its
    values, and is reclaimed after its lease and sent once."""
    from sqlalchemy import Table, create_engine, insert, text

    from bot.scheduling.registry import JobContext
    from storage.db import make_engine
    from storage.migrate import upgrade
    from storage.uow import UnitOfWork
    from tests.scheduling.conftest import PG_URL

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    admin = None
    schema = f"mig_{uuid.uuid4().hex[:12]}"
    if backend == "postgresql":
        if not PG_URL:
            pytest.skip("TEST_DATABASE_URL not set")
        url = PG_URL
        admin = create_engine(PG_URL)
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    options = {"connect_args": {"options": f"-csearch_path={schema}"}} if admin else {}
    engine = make_engine(url, **options)
    try:
        upgrade(url, engine=engine, revision="0008")
        with engine.begin() as connection:
            now = clock.now()
            connection.execute(  # the columns of 0008 only: no claim_token yet
                insert(cast(Table, ScheduledJob.__table__)).values(
                    key="old:1",
                    kind="test.record",
                    payload={"member": "U1"},
                    run_at=now,
                    state="running",
                    attempts=1,
                    max_attempts=5,
                    locked_by="old-version",
                    locked_at=now,
                    created_at=now,
                )
            )
        upgrade(url, engine=engine)
        factory = make_session_factory(engine)
        with factory() as session:
            row = session.scalars(select(ScheduledJob)).one()
            assert (row.key, row.payload, row.state, row.locked_by, row.claim_token) == (
                "old:1",
                {"member": "U1"},
                "running",
                "old-version",
                None,
            )
        clock.advance(LEASE + MINUTE)
        context = JobContext(uow_factory=lambda: UnitOfWork(factory), client=None, clock=clock)
        report = Dispatcher(factory, registry, context, clock=clock, lease=LEASE).run_once()
        assert report == DispatchReport(claimed=1, done=1, reclaimed=1)
        assert calls.counts == {"old:1": 1}
    finally:
        engine.dispose()
        if admin is not None:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
