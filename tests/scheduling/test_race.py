"""Two dispatchers, each with its own engine, racing over one database: every job runs once."""

from __future__ import annotations

import threading
from datetime import timedelta

from bot.scheduling.dispatcher import DispatchReport
from storage.db import make_session_factory

JOBS = 200


def test_two_dispatchers_never_run_a_job_twice(database, make_dispatcher, calls, add_job, clock):
    for n in range(JOBS):
        add_job(f"race:{n}", run_at=clock.now() - timedelta(seconds=n))
    dispatchers = [
        make_dispatcher(make_session_factory(database.new_engine()), batch_size=15)
        for _ in range(2)
    ]
    start = threading.Barrier(len(dispatchers))
    reports: list[list[DispatchReport]] = [[] for _ in dispatchers]
    errors: list[BaseException] = []

    def drain(index: int) -> None:
        start.wait()
        try:
            while (report := dispatchers[index].run_once()).claimed:
                reports[index].append(report)
        except BaseException as error:  # reported in the test thread
            errors.append(error)

    threads = [threading.Thread(target=drain, args=(i,)) for i in range(len(dispatchers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert len(calls.counts) == JOBS
    assert set(calls.counts.values()) == {1}
    assert sum(r.done for runs in reports for r in runs) == JOBS
    assert dispatchers[0].run_once() == DispatchReport()
