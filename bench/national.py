"""National size: search over a programme's knowledge, the dispatcher over a programme's
schedule, and the bot's memory with all of it in the database.

Rows are written in bulk (Core inserts), not through the services: what is measured is the
search, the tick and the memory, not the seeding. The search documents are made by the
backend's own `document_text`, so the index holds what the app would have put there.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from bench.common import memory_mb, server
from bot.config import Settings
from storage.db import make_engine, make_session_factory
from storage.models import (
    Contribution,
    KnowledgeItem,
    Member,
    Network,
    ProgrammeShare,
    ScheduledJob,
    SearchDocument,
    Workspace,
)
from storage.search import backend_for
from storage.uow import UnitOfWork

# Words a care network writes about (nouns and verbs that survive the stop-word list).
VOCABULARY = (  # noqa: SIM905 (a paragraph of words reads better than a list)
    "valpreventie dementie mantelzorg wijkverpleging thuiszorg medicatie overdracht "
    "huisarts ziekenhuis revalidatie ouderen eenzaamheid dagbesteding casemanager zorgplan "
    "leefstijl beweging voeding slaap onrust gedrag familie vrijwilligers scholing coaching "
    "intervisie roosters personeelstekort werkdruk verzuim digitalisering domotica "
    "beeldbellen sensoren alarmering privacy dossier samenwerking gemeente zorgkantoor "
    "financiering inkoop evaluatie pilot verbetering kwaliteit veiligheid incidenten "
    "melding palliatief levenseinde wondzorg katheter diabetes hartfalen copd delier "
    "depressie angst"
).split()
# Dutch compounds of them make a vocabulary of a few thousand words, drawn with Zipf's law as
# real text is: a few words are everywhere, most are rare (uniform draws from a small list
# would make every word match a quarter of all documents).
WORDS = [*VOCABULARY, *(a + b for a in VOCABULARY for b in VOCABULARY if a != b)]
WEIGHTS = [1 / (rank + 1) for rank in range(len(WORDS))]
CUMULATIVE = list(accumulate(WEIGHTS))
QUERY_RANKS = (10, 1000)  # what people search for: neither the commonest nor the rarest words
SIZES = {  # networks, items, replies; networks, members, scheduled rows
    False: ((200, 100_000, 300_000), (1_000, 50_000, 100_000)),
    True: ((200, 10_000, 30_000), (1_000, 50_000, 100_000)),
}
CHUNK = 5_000
NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _bulk(engine: Engine, model: Any, rows: Iterator[dict[str, Any]]) -> None:
    with Session(engine) as session:
        for chunk in _chunks(rows):
            session.execute(insert(model), chunk)
        session.commit()


def _networks(engine: Engine, count: int, team_id: str = "T0001") -> list[int]:
    with Session(engine) as session:
        workspace = session.query(Workspace).filter_by(team_id=team_id).one_or_none()
        if workspace is None:
            workspace = Workspace(team_id=team_id, created_at=NOW)
            session.add(workspace)
            session.flush()
        session.execute(
            insert(Network),
            [
                {
                    "workspace_id": workspace.id,
                    "channel_id": f"CN{number:05d}",
                    "name": f"Netwerk {number}",
                    "building_blocks": [],
                    "status": "active",
                    "created_by": "U1",
                    "created_at": NOW,
                }
                for number in range(count)
            ],
        )
        session.commit()
        return list(session.scalars(text("SELECT id FROM networks ORDER BY id")))


def _sentence(rng: random.Random, length: int) -> str:
    return " ".join(rng.choices(WORDS, cum_weights=CUMULATIVE, k=length))


def _query_word(rng: random.Random) -> str:
    return WORDS[rng.randrange(*QUERY_RANKS)]


# --- search -----------------------------------------------------------------------------------


def seed_knowledge(engine: Engine, networks: int, items: int, replies: int) -> list[int]:
    rng = random.Random(18)
    network_ids = _networks(engine, networks)
    with Session(engine) as session:
        backend = backend_for(session)
        session.execute(
            insert(ProgrammeShare),
            [
                {"network_id": n, "shared": True, "changed_by": "U1", "changed_at": NOW}
                for n in network_ids
            ],
        )
        session.commit()
    titles = [_sentence(rng, 4) for _ in range(items)]
    descriptions = [_sentence(rng, 20) for _ in range(items)]
    owners = [network_ids[number % len(network_ids)] for number in range(items)]
    _bulk(
        engine,
        KnowledgeItem,
        (
            {
                "id": number + 1,
                "network_id": owners[number],
                "kind": "example",
                "title": titles[number][:150],
                "description": descriptions[number],
                "author_user_id": "U1",
                "created_at": NOW - timedelta(minutes=number),
                "updated_at": NOW,
            }
            for number in range(items)
        ),
    )
    reply_texts = [_sentence(rng, 15) for _ in range(replies)]
    _bulk(
        engine,
        Contribution,
        (
            {
                "id": number + 1,
                "item_id": number % items + 1,
                "channel_id": f"CN{number % networks:05d}",
                "ts": f"1700000000.{number:06d}",
                "user_id": "U1",
                "text": reply_texts[number],
                "posted_at": NOW,
            }
            for number in range(replies)
        ),
    )

    def documents() -> Iterator[dict[str, Any]]:
        for number in range(items):
            body = backend.document_text(f"{titles[number]} {descriptions[number]}")
            yield {
                "doc_key": f"item:{number + 1}",
                "network_id": owners[number],
                "item_id": number + 1,
                "body": body,
            }
        for number in range(replies):
            item = number % items
            yield {
                "doc_key": f"reply:{number + 1}",
                "network_id": owners[item],
                "item_id": item + 1,
                "contribution_id": number + 1,
                "body": backend.document_text(reply_texts[number]),
            }

    _bulk(engine, SearchDocument, documents())
    return network_ids


def rebuild_index(engine: Engine) -> float:
    """Seconds to build the full-text index from scratch over every document."""
    started = time.perf_counter()
    with Session(engine) as session:
        backend = backend_for(session)
    with engine.begin() as connection:
        backend.rebuild(connection)
    return time.perf_counter() - started


def _timed(run: Callable[[], object], times: int) -> tuple[float, float, float]:
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(timings, n=100, method="inclusive")
    return cuts[49], cuts[94], max(timings)


def search_rows(database_url: str, quick: bool) -> list[list[str]]:
    from bot.services.search import search

    networks, items, replies = SIZES[quick][0]
    engine = make_engine(database_url)
    started = time.perf_counter()
    network_ids = seed_knowledge(engine, networks, items, replies)
    seeded = time.perf_counter() - started
    build = rebuild_index(engine)
    uow = UnitOfWork(make_session_factory(engine))
    rng = random.Random(7)

    def one_network(words: int) -> Callable[[], object]:
        return lambda: search(
            uow,
            network_id=rng.choice(network_ids),
            text=" ".join(_query_word(rng) for _ in range(words)),
        )

    def everywhere(words: int) -> Callable[[], object]:
        return lambda: search(
            uow,
            network_id=network_ids[0],
            text=" ".join(_query_word(rng) for _ in range(words)) + " overal",
            team_id="T0001",
            user_id="U1",
        )

    queries = [
        ("one word, one network", one_network(1)),
        ("two words, one network", one_network(2)),
        ("one word, overal", everywhere(1)),
        ("two words, overal", everywhere(2)),
    ]
    rows = []
    for label, run in queries:
        run()  # warm
        p50, p95, worst = _timed(run, 30 if quick else 100)
        rows.append(
            [
                label,
                f"{items:,}",
                f"{replies:,}",
                f"{p50:.1f}",
                f"{p95:.1f}",
                f"{worst:.1f}",
                f"{build:.1f}",
                f"{seeded:.0f}",
            ]
        )
    engine.dispose()
    return rows


# --- the dispatcher and memory ----------------------------------------------------------------


def seed_schedule(engine: Engine, networks: int, members: int, rows: int) -> None:
    network_ids = _networks(engine, networks)
    _bulk(
        engine,
        Member,
        (
            {
                "network_id": network_ids[number % networks],
                "slack_user_id": f"UM{number:06d}",
                "joined_at": NOW,
            }
            for number in range(members)
        ),
    )
    later = datetime.now(UTC) + timedelta(days=1)
    _bulk(
        engine,
        ScheduledJob,
        (
            {
                "key": f"bench:national:{number}",
                "kind": "bench.noop",
                "payload": {"user_id": f"UM{number % members:06d}"},
                "team_id": "T0001",
                "network_id": network_ids[number % networks],
                "run_at": later + timedelta(minutes=number % 500_000),
                "state": "pending" if number % 10 else "done",
                "created_at": NOW,
            }
            for number in range(rows)
        ),
    )
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def dispatcher_rows(database_url: str, quick: bool) -> tuple[list[list[str]], list[str]]:
    """Ticks of a dispatcher over the national schedule: idle (nothing due), and with a batch
    of 50 due no-op jobs; the PostgreSQL plans of its queries."""
    from bot.clock import SystemClock
    from bot.scheduling.dispatcher import Dispatcher
    from bot.scheduling.registry import JobContext, JobRegistry
    from bot.scheduling.schedule import schedule_job

    networks, members, rows = SIZES[quick][1]
    engine = make_engine(database_url)
    seed_schedule(engine, networks, members, rows)
    factory = make_session_factory(engine)
    registry = JobRegistry()
    registry.register("bench.noop", lambda ctx, job: None)
    context = JobContext(uow_factory=lambda: UnitOfWork(factory), client=None, clock=SystemClock())
    dispatcher = Dispatcher(factory, registry, context, clock=SystemClock())
    idle = _timed(dispatcher.run_once, 50)

    def busy() -> None:
        now = datetime.now(UTC)
        with factory() as session:
            for number in range(50):
                schedule_job(
                    session,
                    key=f"bench:due:{time.monotonic_ns()}:{number}",
                    kind="bench.noop",
                    run_at=now,
                    team_id="T0001",
                    now=now,
                )
            session.commit()
        started = time.perf_counter()
        report = dispatcher.run_once()
        busy_times.append((time.perf_counter() - started) * 1000)
        assert report.done == 50, report

    busy_times: list[float] = []
    for _ in range(10):
        busy()
    table = [
        ["idle (nothing due)", f"{rows:,}", f"{idle[0]:.1f}", f"{idle[1]:.1f}", f"{idle[2]:.1f}"],
        [
            "50 due no-op jobs",
            f"{rows:,}",
            f"{statistics.median(busy_times):.1f}",
            "-",
            f"{max(busy_times):.1f}",
        ],
    ]
    plans: list[str] = []
    if engine.dialect.name == "postgresql":
        now = datetime.now(UTC)
        with engine.connect() as connection:
            for label, query in (
                ("claim", dispatcher.claim_query(now, "T0001").with_for_update(skip_locked=True)),
                ("workspaces with due work", dispatcher.due_teams_query(now)),
            ):
                compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
                plan = connection.execute(text(f"EXPLAIN {compiled}")).scalars().all()
                plans.append(f"-- {label}\n" + "\n".join(plan))
    engine.dispose()
    return table, plans


def memory_row(database_url: str, settings: Settings, fake: Any) -> list[str]:
    """The bot serving status requests over the national database: its peak memory."""
    from bench.common import SECRET
    from fakeslack.signed import SlackRequestClient

    fake.add_user("U1")
    with server("lnbot", settings) as (url, pid):
        client = SlackRequestClient(url, SECRET, response_url=fake.response_url)
        for number in range(200):
            client.slash(text="status", user="U1", channel=f"CN{number * 5 % 1000:05d}")
        fake.wait_for("response_url", count=200, timeout=120)  # the worker answered them all
        time.sleep(2)  # dispatcher ticks over the 100,000 rows
        return memory_mb(pid)
