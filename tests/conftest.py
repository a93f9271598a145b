"""Shared fixtures: a migrated database, the fake Slack server, and the app served over HTTP.

SQLite (default): the schema is migrated once into a template file that every test copies.
PostgreSQL (TEST_DATABASE_URL set): each test worker migrates a fresh schema of its own,
empties it between tests and drops it at the end, because the server is shared.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from bot.app import LnBot, create_app
from bot.clock import FixedClock
from bot.config import Settings
from bot.server import make_server
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.migrate import upgrade
from storage.models import Base
from tests.language import notifications, screens
from tests.trust import role_screens

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
TEST_START = datetime(2027, 1, 12, 9, 0, tzinfo=UTC)


def _postgres_url() -> str | None:
    return os.environ.get("TEST_DATABASE_URL") or None


@pytest.fixture(scope="session")
def postgres_schema_url() -> Iterator[str | None]:
    """A fresh, migrated PostgreSQL schema for this test process, dropped afterwards."""
    base = _postgres_url()
    if base is None:
        yield None
        return
    schema = f"lnbot_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # fail loudly: the PostgreSQL run must not be skipped silently
        pytest.exit(f"PostgreSQL at TEST_DATABASE_URL does not answer: {error}", returncode=3)
    separator = "&" if "?" in base else "?"
    url = f"{base}{separator}options=-csearch_path%3D{schema}"
    upgrade(url)
    yield url
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "lnbot.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def database_url(
    postgres_schema_url: str | None, sqlite_template: Path, tmp_path: Path
) -> Iterator[str]:
    if postgres_schema_url is None:
        path = tmp_path / "lnbot.sqlite3"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    yield postgres_schema_url
    engine = create_engine(postgres_schema_url)
    _empty(engine)
    engine.dispose()


def _empty(engine: Engine) -> None:
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="session")
def fake_slack_server() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


@pytest.fixture
def slack(fake_slack_server: FakeSlack) -> Iterator[FakeSlack]:
    """The fake Slack Web API, emptied for each test; payloads over Slack's limits fail."""
    fake_slack_server.reset()
    for user in ("U1", "U2", "U3", "U4"):  # Slack's default locale, en-US, as Dutch members have
        fake_slack_server.add_user(user, tz="Europe/Amsterdam")
    fake_slack_server.add_channel("C1", name="lerend-netwerk")
    yield fake_slack_server
    assert not fake_slack_server.violations, fake_slack_server.violations
    # Every screen read as its reader reads it: Dutch chrome, whose buttons, the notification.
    checks = (
        lambda call: screens.problems(call.params, f"{call.method} {call.target or ''}".strip()),
        lambda call: role_screens.problems(call.method, call.params),
        lambda call: notifications.problems(call.method, call.params),
    )
    found = [line for call in fake_slack_server.calls for check in checks for line in check(call)]
    assert not found, "\n".join(found)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TEST_START)


@pytest.fixture
def settings(database_url: str, slack: FakeSlack, tmp_path: Path) -> Settings:
    return Settings(
        slack_bot_token=BOT_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.base_url,
        database_url=database_url,
        report_dir=str(tmp_path / "reports"),  # each test its own: never a file of another
    )


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt runs listeners here after the ack; tests wait until all of them have finished."""

    def __init__(self) -> None:
        super().__init__(max_workers=16, thread_name_prefix="test-listener")
        self._pending: set[Future[Any]] = set()
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)

    def wait_idle(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._pending:
                    return
            time.sleep(0.005)
        raise AssertionError("listeners still running after the ack")


@pytest.fixture
def listeners() -> Iterator[TrackingExecutor]:
    executor = TrackingExecutor()
    yield executor
    executor.shutdown(wait=True)


@pytest.fixture
def bot(settings: Settings, clock: FixedClock, listeners: TrackingExecutor) -> Iterator[LnBot]:
    lnbot = create_app(settings, clock=clock, listener_executor=listeners)
    yield lnbot
    lnbot.close()


@contextmanager
def serving(bot: LnBot) -> Iterator[str]:
    """The app's real HTTP endpoint (waitress on a free port), stopped from inside its own
    loop so no socket is closed under a running select()."""
    server = make_server(bot, host="127.0.0.1", port=0)
    bot.start_worker()  # what the edge acknowledges is handled in this process
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        try:
            server.trigger.pull_trigger(server.close)
        except OSError:  # the loop has already let go of its trigger
            server.close()
        thread.join(timeout=5)


@pytest.fixture
def server_url(bot: LnBot) -> Iterator[str]:
    with serving(bot) as url:
        yield url


class IdleAwareClient(SlackRequestClient):
    """A signed-request client whose calls return once the app has handled what it stored
    at the ack (bot/edge/inbox.py) and finished the work after it, so a test can assert on
    Slack calls and the database right away."""

    def __init__(self, bot: LnBot, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bot = bot

    def send_raw(self, *args: Any, **kwargs: Any) -> Response:
        response = super().send_raw(*args, **kwargs)
        self.settle()
        self._check_answer(response)
        return response

    def settle(self) -> None:
        """Wait until the app has handled every request it stored and its listeners are idle."""
        self._bot.worker.drain()
        listeners = self._bot.listener_executor
        assert isinstance(listeners, TrackingExecutor), "build the app with the listeners fixture"
        listeners.wait_idle()

    def _check_answer(self, response: Response) -> None:
        """A modal the app returns in its ack (`response_action: update/push`) is a screen
        too; it never reaches the fake Slack, so it is read here."""
        if not response.body.startswith("{"):
            return
        answer = response.json
        if isinstance(answer, dict):
            unreadable = screens.problems(answer, "ack")
            assert not unreadable, "\n".join(unreadable)


@pytest.fixture
def client(server_url: str, slack: FakeSlack, bot: LnBot) -> SlackRequestClient:
    """Sends signed requests into the app, as Slack does."""
    return IdleAwareClient(bot, server_url, SIGNING_SECRET, response_url=slack.response_url)
