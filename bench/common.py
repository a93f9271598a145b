"""What every part of the benchmark shares: the server under test in its own process (pinned
to one core), latency measurement, seeding, fresh databases and tables."""

from __future__ import annotations

import logging
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from bot.config import Settings
from bot.domain.network import NetworkForm
from bot.services import networks
from storage.migrate import upgrade
from storage.uow import UnitOfWork

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"

SERVER_CORE = 0

# --- the server under test, in its own process ----------------------------------------------


def _serve(kind: str, settings: Settings, port: int, ready: Any, probe: Path | None) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {SERVER_CORE})
    logging.basicConfig(level=logging.ERROR)  # the tables are the output
    if probe is not None:
        from bench.probe import Probe

        Probe(probe).start()
    from bot.app import create_app

    if kind == "bare":  # the floor: Bolt's own WSGI adapter on the same waitress, nothing else
        from slack_bolt.adapter.wsgi import SlackRequestHandler
        from waitress.server import create_server

        handler = SlackRequestHandler(_bare_app(settings), path="/slack/events")
        server = create_server(handler, host="127.0.0.1", port=port, threads=8)
    else:  # as `lnbot run` serves: the edge here, the worker in a process of its own
        from bot.cli import serve_http

        if probe is not None:  # the probe sees one process: the worker runs as threads here
            settings = replace(settings, worker="thread")
        bot = create_app(replace(settings, port=port))
        ready.put(os.getpid())
        serve_http(bot, host="127.0.0.1")
        return
    ready.put(os.getpid())
    server.run()


def _bare_app(settings: Settings) -> Any:
    """A Bolt app whose listeners only ack: what any Bolt app costs."""
    import re

    from slack_bolt import App
    from slack_sdk import WebClient

    client = WebClient(token=TOKEN, base_url=settings.slack_api_url)  # the fake, never Slack
    app = App(signing_secret=SECRET, client=client, token_verification_enabled=False)
    app.command("/lerend")(lambda ack: ack())
    app.action(re.compile(".*"))(lambda ack: ack())
    return app


@contextmanager
def server(kind: str, settings: Settings, probe: Path | None = None) -> Iterator[tuple[str, int]]:
    port = _free_port()
    context = multiprocessing.get_context("spawn")
    ready = context.Queue()
    # not a daemon: the server starts its worker process, as `lnbot run` does
    process = context.Process(target=_serve, args=(kind, settings, port, ready, probe))
    process.start()
    try:
        pid = ready.get(timeout=60)
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url)
        yield url, pid
    finally:
        process.terminate()  # SIGTERM: the server stops its worker too
        process.join(timeout=30)
        if process.is_alive():
            process.kill()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str) -> None:
    """Up once it answers healthy, or at all for the bare floor (it has no /healthz: a 404)."""
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1).read()
            return
        except urllib.error.HTTPError as error:
            if error.code != 503:  # 503: lnbot's worker is not ready yet
                return
            time.sleep(0.1)
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def memory_mb(pid: int) -> list[str]:
    """The bot's memory, edge (`pid`) and worker (its child) together, as table cells: the
    peak resident set (VmHWM, which counts the pages both processes share twice) and the
    proportional set now (Pss: shared pages split between them)."""
    peak = pss = 0.0
    for process in (pid, *_children(pid)):
        peak += _field_kb(Path(f"/proc/{process}/status"), "VmHWM:") / 1024
        pss += _field_kb(Path(f"/proc/{process}/smaps_rollup"), "Pss:") / 1024
    return [f"{peak:.0f} MB", f"{pss:.0f} MB"]


MEMORY_HEADER = ["peak RSS, edge + worker", "PSS now, edge + worker"]


def _field_kb(path: Path, name: str) -> int:
    for line in path.read_text().splitlines():
        if line.startswith(name):
            return int(line.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        listed = (task / "children").read_text().split()
        children += [int(child) for child in listed]
    return children


# --- measurements ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Latency:
    p50: float
    p95: float
    p99: float
    per_second: float


def measure(
    send: Callable[[int], int], count: int, clients: int, over_seconds: float = 0.0
) -> Latency:
    """Send `count` requests from `clients` threads, back to back, or spread evenly over
    `over_seconds` (as people arrive, not as fast as the server answers); milliseconds to
    each HTTP answer."""
    timings: list[float] = []
    interval = over_seconds / count if count else 0.0
    begin = time.perf_counter()

    def one(index: int) -> None:
        if interval:
            time.sleep(max(0.0, begin + index * interval - time.perf_counter()))
        started = time.perf_counter()
        status = send(index)
        timings.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise RuntimeError(f"HTTP {status}")

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(one, range(count)))
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(timings, n=100, method="inclusive")
    return Latency(cuts[49], cuts[94], cuts[98], count / elapsed)


def seed_network(
    database_url: str,
    members: int = 0,
    channel: str = "C1",
    voters: Sequence[str] = (),
    team_id: str = "T0001",
) -> int:
    """A network with `members` people in ten organisations (each admitted as after the
    group's consent, so each gets a welcome DM: the fan-out), and `voters` who take part
    without an organisation and without DMs (only a network's members may vote)."""
    from bot.services.networks import admit
    from storage.db import make_engine, make_session_factory
    from storage.models import Member, Network

    engine = make_engine(database_url)
    uow = UnitOfWork(make_session_factory(engine))
    now = datetime.now(UTC)
    form = NetworkForm("Bench", "Dementie", None, (), None)
    network_ref = networks.create_network(
        uow, team_id=team_id, channel_id=channel, user_id="U1", form=form, now=now
    )
    with uow:
        network = uow.session.get(Network, network_ref.id)
        assert network is not None
        for number in range(members):
            user = f"UF{channel}{number:04d}"
            admit(uow.session, network, f"Zorggroep {number % 10}", user, True, now)
        for voter in voters:
            uow.session.add(Member(network_id=network.id, slack_user_id=voter, joined_at=now))
        uow.commit()
    engine.dispose()
    return network_ref.id


@contextmanager
def database(kind: str, postgres_url: str) -> Iterator[str | None]:
    """A fresh, migrated database for one measurement; dropped afterwards."""
    if kind == "sqlite":
        path = Path("data") / f"bench-{uuid.uuid4().hex[:8]}.sqlite3"
        url = f"sqlite:///{path}"
        upgrade(url)
        try:
            yield url
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    schema = f"lnbot_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # no PostgreSQL here: say so and go on with SQLite only
        print(f"(PostgreSQL skipped: {type(error).__name__})", file=sys.stderr)
        yield None
        return
    url = f"{postgres_url}?options=-csearch_path%3D{schema}"
    upgrade(url)
    try:
        yield url
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([f"\n{title}", line(header), rule, *map(line, rows)])
