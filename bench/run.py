"""Benchmarks a person runs: `make bench` (or `.venv/bin/python -m bench.run`). Prints tables.

What is measured, on SQLite and (when it answers) PostgreSQL:
- time to the ack of `/lerend status` and of a poll vote over real HTTP, at 1, 10 and 50
  concurrent clients, against a bare Bolt app whose listeners only ack (the floor), in the
  same run; the ratio at p50 is the bot's overhead;
- votes per second on one poll (50 clients, distinct voters);
- a DM fan-out to 500 members through the durable schedule while the fake Slack
  rate-limits chat.postMessage: time, Slack calls, and throughput against the limit;
- the bot's memory (edge and worker: peak RSS and PSS) with 100 networks and 10,000 scheduled rows.

The server under test runs in its own process pinned to one core (the load generator uses the
other); all Slack traffic goes to a local fake Slack Web API. Nothing here reaches slack.com.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import (
    MEMORY_HEADER,
    SECRET,
    SERVER_CORE,
    TOKEN,
    Latency,
    database,
    measure,
    memory_mb,
    seed_network,
    server,
    table,
)
from bot.blocks import ids
from bot.config import Settings
from bot.domain.network import NetworkForm
from bot.i18n import t_plural
from bot.scheduling.schedule import schedule_job
from bot.services import networks
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.uow import UnitOfWork

CONCURRENCY = (1, 10, 50)
POST_LIMIT_PER_SECOND = 50
# (one workspace's fan-out, workspaces, DMs each, limit per workspace) for a full and a quick run
FAN_OUT_SIZES = {False: (500, 10, 200, 10.0), True: (250, 10, 60, 10.0)}
# (voters, seconds they arrive in): the 2,000 within a minute; quick: the same rate
BURST_VOTERS = {False: (2_000, 60.0), True: (500, 15.0)}
MEMORY_NETWORKS = 100
MEMORY_ROWS = 10_000


def ack_latency(
    fake: FakeSlack, settings: Settings, requests: int
) -> tuple[list[list[str]], dict[tuple[str, str, int], Latency]]:
    voters = [f"UV{n:05d}" for n in range(requests * len(CONCURRENCY))]
    network_id = seed_network(settings.database_url, voters=voters)
    for user in ["U1", *voters]:
        fake.add_user(user)
    rows = []
    results: dict[tuple[str, str, int], Latency] = {}
    for kind in ("bare", "lnbot"):
        with server(kind, settings) as (url, _pid):
            client = SlackRequestClient(url, SECRET, response_url=fake.response_url)
            value, ts = _poll_value(client, fake, network_id) if kind == "lnbot" else ("1:1", "1")
            command, vote = _senders(client, value, ts, voters)
            for position, clients in enumerate(CONCURRENCY):
                results[kind, "command", clients] = measure(command(), requests, clients)
                results[kind, "vote", clients] = measure(
                    vote(position * requests), requests, clients
                )
    for what in ("command", "vote"):
        for clients in CONCURRENCY:
            bare, bot = results["bare", what, clients], results["lnbot", what, clients]
            rows.append(
                [
                    what,
                    str(clients),
                    f"{bare.p50:.1f}",
                    f"{bot.p50:.1f}",
                    f"{bot.p95:.1f}",
                    f"{bot.p99:.1f}",
                    f"{bot.p50 / bare.p50:.2f}x",
                    f"{bare.p99:.1f}",
                    f"{bot.p99 / bare.p99:.2f}x",
                    f"{bot.per_second:.0f}",
                ]
            )
    return rows, results


def _senders(
    client: SlackRequestClient, value: str, ts: str, voters: list[str]
) -> tuple[Callable[[], Callable[[int], int]], Callable[[int], Callable[[int], int]]]:
    """Request senders: `/lerend status`, and a vote by a voter nobody used before."""

    def command() -> Callable[[int], int]:
        return lambda _index: client.slash(text="status", user="U1").status

    def vote(offset: int) -> Callable[[int], int]:
        def send(index: int) -> int:
            voter = voters[offset + index]
            return client.block_action(ids.POLL_VOTE, value, user=voter, message_ts=ts).status

        return send

    return command, vote


def _poll_value(client: SlackRequestClient, fake: FakeSlack, network_id: int) -> tuple[str, str]:
    """Create a two-option poll through its modal; the first option's vote value and the
    poll message's ts."""
    import json

    state = {
        ids.POLL_QUESTION: {ids.VALUE: client.text_value("Waar spreken we af?")},
        ids.POLL_OPTION.format(slot=1): {ids.VALUE: client.text_value("Zwolle")},
        ids.POLL_OPTION.format(slot=2): {ids.VALUE: client.text_value("Deventer")},
    }
    metadata = json.dumps({"network": network_id, "rev": 0})
    client.view_submission(ids.POLL_MODAL, state, user="U1", private_metadata=metadata)
    post = fake.wait_for("chat.postMessage", where=lambda c: ids.POLL_VOTE in json.dumps(c.params))
    buttons = [
        block["accessory"]["value"]
        for block in post[-1].params["blocks"]
        if block.get("accessory", {}).get("action_id") == ids.POLL_VOTE
    ]
    return buttons[0], post[-1].response["ts"]


@dataclass(frozen=True)
class FanOut:
    sent: int
    calls: int
    limited: int
    seconds: float  # from the first chat.postMessage to the last one answered ok

    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds else float("nan")


def fan_out(
    fake: FakeSlack, settings: Settings, limit: float | None, teams: int, per_team: int, tag: str
) -> FanOut:
    """Welcome DMs to `per_team` new members in each of `teams` workspaces (each installed with
    its own token, so the fake limits each on its own), all due now, through the schedule."""
    from slack_sdk.oauth.installation_store import Installation

    from bot.installations import installation_store
    from storage.db import make_engine

    oauth = replace(settings, slack_client_id="111.222", slack_client_secret="bench-secret")
    engine = make_engine(oauth.database_url)
    store = installation_store(oauth, engine)
    for number in range(teams):
        team = f"T{tag}{number:03d}"
        store.save(
            Installation(
                app_id="A0001",
                enterprise_id=None,
                team_id=team,
                bot_token=f"xoxb-{team}",
                bot_id="B0001",
                bot_user_id="UBOT",
                bot_scopes="commands,chat:write,users:read",
                user_id="U1",
            )
        )
        seed_network(oauth.database_url, members=per_team, channel=f"C{team}", team_id=team)
        for member in range(per_team):
            fake.add_user(f"UFC{team}{member:04d}", team_id=team)
    engine.dispose()
    fake.reset()
    if limit:
        fake.rate_limit("chat.postMessage", limit)
    total = teams * per_team
    with server("lnbot", oauth):
        delivered = fake.wait_for(
            "chat.postMessage",
            count=total,
            timeout=per_team / (limit or 100) * 6 + 60,
            where=lambda call: bool(call.response and call.response.get("ok")),
        )
    calls = fake.calls_to("chat.postMessage")
    once = {call.params["channel"] for call in delivered}
    if len(once) != len(delivered) or len(delivered) != total:
        raise RuntimeError(f"fan-out: {len(delivered)} delivered, {len(once)} distinct of {total}")
    return FanOut(
        len(delivered), len(calls), len(calls) - len(delivered), delivered[-1].at - calls[0].at
    )


def memory(fake: FakeSlack, settings: Settings) -> list[str]:
    from storage.db import make_engine, make_session_factory

    engine = make_engine(settings.database_url)
    uow = UnitOfWork(make_session_factory(engine))
    now = datetime.now(UTC)
    for number in range(MEMORY_NETWORKS):
        form = NetworkForm(f"Netwerk {number}", "Dementie", None, (), None)
        networks.create_network(
            uow, team_id="T0001", channel_id=f"CM{number:04d}", user_id="U1", form=form, now=now
        )
    with uow:
        for number in range(MEMORY_ROWS):
            schedule_job(
                uow.session,
                key=f"bench:later:{number}",
                kind="member.welcome",
                run_at=now + timedelta(days=30 + number % 300),
                payload={"user_id": f"UL{number:05d}"},
                now=now,
            )
        uow.commit()
    engine.dispose()
    fake.add_user("U1")
    with server("lnbot", settings) as (url, pid):
        client = SlackRequestClient(url, SECRET, response_url=fake.response_url)
        for number in range(200):
            client.slash(text="status", user="U1", channel=f"CM{number % MEMORY_NETWORKS:04d}")
        fake.wait_for("response_url", count=200, timeout=120)  # the worker answered them all
        time.sleep(1)  # a few dispatcher ticks over the 10,000 rows
        return [str(MEMORY_NETWORKS), str(MEMORY_ROWS), *memory_mb(pid)]


# --- databases and output -------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, help="requests per measurement (200; quick: 40)")
    parser.add_argument(
        "--quick", action="store_true", help="smaller sizes: minutes instead of a quarter hour"
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--part", choices=tuple(PARTS), action="append")
    parser.add_argument("--out", default="data/bench", help="where tables.md and charts go")
    args = parser.parse_args(argv)
    args.requests = args.requests or (40 if args.quick else 200)
    Path("data").mkdir(exist_ok=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    output = [f"lnbot benchmarks: {os.cpu_count()} cores, server pinned to core {SERVER_CORE}"]
    print(output[0])
    for kind in ("sqlite", "postgresql"):
        if args.only and args.only != kind:
            continue
        output += run_one(kind, args)
    (out / "tables.md").write_text("\n".join(output) + "\n")
    print(f"\n(tables and charts in {out}/)")
    return 0


def run_one(kind: str, args: argparse.Namespace) -> list[str]:
    def settings(url: str, fake: FakeSlack) -> Settings:
        return Settings(
            slack_bot_token=TOKEN,
            slack_signing_secret=SECRET,
            slack_api_url=fake.base_url,
            database_url=url,
            dispatch_interval_seconds=0.2,
            log_level="ERROR",  # the tables are the output
        )

    output: list[str] = []
    for part in args.part or list(PARTS):
        with FakeSlack() as fake, database(kind, args.postgres) as url:
            if url is None:
                return output
            text = PARTS[part](kind, fake, settings(url, fake), args)
            print(text, flush=True)
            output.append(text)
    return output


def latency_table(kind: str, fake: FakeSlack, settings: Settings, args: argparse.Namespace) -> str:
    from bench.chart import ack_chart

    rows, results = ack_latency(fake, settings, args.requests)
    title = f"[{kind}] time to ack in ms ({args.requests} requests each; floor = bare Bolt app)"
    chart = ack_chart(results, CONCURRENCY, title, Path(args.out) / f"ack-latency-{kind}.png")
    header = ["request", "clients", "floor p50", "p50", "p95", "p99", "p50/floor"]
    header += ["floor p99", "p99/floor", "req/s"]
    return table(title, header, rows) + f"\n(chart: {chart})"


def fan_out_table(kind: str, fake: FakeSlack, settings: Settings, args: argparse.Namespace) -> str:
    size, teams, per_team, team_limit = FAN_OUT_SIZES[args.quick]
    free = fan_out(fake, settings, None, 1, size, "a")  # what the bot can do
    one = fan_out(fake, settings, POST_LIMIT_PER_SECOND, 1, size, "b")  # what Slack allows
    alone = fan_out(fake, settings, team_limit, 1, per_team, "c")
    many = fan_out(fake, settings, team_limit, teams, per_team, "d")
    rows = [
        _fan_out_row(f"1 x {size}", free, None, "-"),
        _fan_out_row(f"1 x {size}", one, POST_LIMIT_PER_SECOND, "-"),
        _fan_out_row(f"1 x {per_team}", alone, team_limit, "1.00x"),
        _fan_out_row(
            f"{teams} x {per_team}", many, team_limit, f"{many.seconds / alone.seconds:.2f}x"
        ),
    ]
    return table(
        f"[{kind}] DM fan-out through the schedule (workspaces x DMs; limit per workspace)",
        [
            "workspaces x DMs",
            "seconds",
            "Slack calls",
            "answered 429",
            "429 share",
            "DMs/s",
            "limit",
            "per workspace / limit",
            "time / one workspace",
        ],
        rows,
    )


def _fan_out_row(label: str, result: FanOut, limit: float | None, versus_one: str) -> list[str]:
    teams = int(label.split(" x ")[0])
    per_team = result.rate / teams
    return [
        label,
        f"{result.seconds:.1f}",
        str(result.calls),
        str(result.limited),
        f"{result.limited / result.calls:.1%}",
        f"{result.rate:.1f}",
        f"{limit:g}/s" if limit else "none",
        f"{per_team / limit:.2f}x" if limit else "-",
        versus_one,
    ]


def memory_table(kind: str, fake: FakeSlack, settings: Settings, _args: argparse.Namespace) -> str:
    return table(
        f"[{kind}] peak memory of the bot process",
        ["networks", "rows", *MEMORY_HEADER],
        [memory(fake, settings)],
    )


def profile_table(kind: str, fake: FakeSlack, settings: Settings, args: argparse.Namespace) -> str:
    """Where the server's time goes, per request: SQL statements, Slack calls, hot functions
    (all threads sampled, work after the ack included)."""
    from collections import Counter

    from bench import probe

    count = args.requests
    voters = [f"UV{n:05d}" for n in range(count)]
    network_id = seed_network(settings.database_url, voters=voters)
    for user in ["U1", *voters]:
        fake.add_user(user)
    path = Path("data") / f"probe-{uuid.uuid4().hex[:8]}.json"
    rows: list[list[str]] = []
    hot: list[str] = []
    with server("lnbot", settings, probe=path) as (url, pid):
        client = SlackRequestClient(url, SECRET, response_url=fake.response_url)
        value, ts = _poll_value(client, fake, network_id)
        command, vote = _senders(client, value, ts, voters)
        time.sleep(1)
        probe.read(path, pid)  # start afresh

        def phase(what: str, run: Callable[[], object], per: int, answer: str) -> None:
            seen = len(fake.calls)
            run()
            deadline = time.monotonic() + 120  # until the worker has answered every request
            while time.monotonic() < deadline:
                if sum(call.method == answer for call in fake.calls[seen:]) >= per:
                    break
                time.sleep(0.05)
            time.sleep(1.5)  # the coalesced rebuilds
            report = probe.read(path, pid)
            methods = Counter(call.method for call in fake.calls[seen:])
            slack = ", ".join(f"{m} {n / per:.2f}" for m, n in methods.most_common(4))
            busy = report["busy"] / max(report["samples"], 1)
            rows.append([what, str(per), f"{report['statements'] / per:.1f}", slack, f"{busy:.2f}"])
            hot.append(
                table(
                    f"[{kind}] {what}: where the time goes (share of busy samples)",
                    ["function", "on stack"],
                    probe.hot_functions(report, 12, own=True),
                )
            )

        phase("command", lambda: measure(command(), count, 10), count, "response_url")
        phase("vote", lambda: measure(vote(0), count, 10), count, "response_url")

        def dms() -> None:
            seed_network(settings.database_url, members=count, channel="CP")
            for number in range(count):
                fake.add_user(f"UFCP{number:04d}")
            fake.wait_for(
                "chat.postMessage",
                count=count,
                timeout=120,
                where=lambda c: str(c.params.get("channel", "")).startswith("UFCP"),
            )

        phase("welcome DM", dms, count, "chat.postMessage")
    path.unlink(missing_ok=True)
    summary = table(
        f"[{kind}] per request: SQL statements and Slack calls (10 clients; after-ack work too)",
        ["request", "requests", "SQL statements", "Slack calls (per request)", "busy threads"],
        rows,
    )
    return "\n".join([summary, *hot])


def search_table(kind: str, _fake: FakeSlack, settings: Settings, args: argparse.Namespace) -> str:
    from bench.national import search_rows

    return table(
        f"[{kind}] /lerend zoek at national size, in ms (the search service, in process)",
        ["query", "items", "replies", "p50", "p95", "max", "index build s", "seeding s"],
        search_rows(settings.database_url, args.quick),
    )


def national_table(kind: str, fake: FakeSlack, settings: Settings, args: argparse.Namespace) -> str:
    from bench.national import SIZES, dispatcher_rows, memory_row

    networks, members, _rows = SIZES[args.quick][1]
    ticks, plans = dispatcher_rows(settings.database_url, args.quick)
    memory = memory_row(settings.database_url, settings, fake)
    parts = [
        table(
            f"[{kind}] dispatcher at national size ({networks:,} networks, {members:,} members)",
            ["tick", "scheduled rows", "p50 ms", "p95 ms", "max ms"],
            ticks,
        ),
        table(f"[{kind}] memory of the bot, national database", MEMORY_HEADER, [memory]),
    ]
    if plans:
        parts.append(
            f"\n[{kind}] PostgreSQL plans of the dispatcher's queries\n" + "\n".join(plans)
        )
    return "\n".join(parts)


def burst_table(kind: str, fake: FakeSlack, settings: Settings, args: argparse.Namespace) -> str:
    """A survey burst: distinct voters on one poll, arriving evenly within a minute, from 50
    clients; every vote counted, the acks, and how the poll message kept up (rebuilds
    spaced, the final count shown)."""
    import itertools
    import json

    from sqlalchemy import func, select

    from storage.db import make_engine
    from storage.models import PollVote

    count, within = BURST_VOTERS[args.quick]
    voters = [f"UB{n:05d}" for n in range(count)]
    network_id = seed_network(settings.database_url, voters=voters)
    for user in ["U1", *voters]:
        fake.add_user(user)
    with server("lnbot", settings) as (url, _pid):
        client = SlackRequestClient(url, SECRET, response_url=fake.response_url)
        value, ts = _poll_value(client, fake, network_id)
        _command, vote = _senders(client, value, ts, voters)
        started = time.perf_counter()
        latency = measure(vote(0), len(voters), 50, over_seconds=within)
        last_vote = time.monotonic()
        seconds = time.perf_counter() - started
        final = t_plural("poll.voted_count", len(voters), "nl")  # "500 personen stemden"
        shown = fake.wait_for(
            "chat.update",
            timeout=30,
            where=lambda c: c.params.get("ts") == ts and final in json.dumps(c.params),
        )[0]
    updates = [c for c in fake.calls_to("chat.update") if c.params.get("ts") == ts]
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(updates)]
    engine = make_engine(settings.database_url)
    with engine.connect() as connection:
        counted = connection.scalar(select(func.count()).select_from(PollVote))
    engine.dispose()
    row = [
        str(len(voters)),
        str(counted),
        f"{seconds:.1f}",
        f"{latency.p50:.0f}",
        f"{latency.p99:.0f}",
        str(len(updates)),
        f"{min(gaps):.2f}" if gaps else "-",
        f"{max(shown.at - last_vote, 0):.2f}",
    ]
    return table(
        f"[{kind}] survey burst on one poll ({count} voters within {within:.0f} s, 50 clients)",
        [
            "voters",
            "votes counted",
            "seconds",
            "ack p50 ms",
            "ack p99 ms",
            "message rebuilds",
            "min s between rebuilds",
            "final count shown s after last vote",
        ],
        [row],
    )


def report_table(
    kind: str, _fake: FakeSlack, _settings: Settings, _args: argparse.Namespace
) -> str:
    from bench.report_year import report_rows

    return table(
        "outcome report of a full year (7 meetings, 10 organisations), all formats",
        ["version", "items", "replies", "document s", "html s", "md s", "csv s", "pdf s", "all s"],
        report_rows(),
    )


PARTS = {
    "latency": latency_table,
    "fanout": fan_out_table,
    "memory": memory_table,
    "profile": profile_table,
    "burst": burst_table,
    "search": search_table,
    "report": report_table,
    "national": national_table,
}


if __name__ == "__main__":
    sys.exit(main())
