"""Build the application: engine, Slack client, Bolt app, listeners and the dispatcher.

Nothing happens at import time; `create_app(settings)` does it all, so tests can build as many
independent apps as they like.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot import maintenance
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.context import deduplicate_events, request_context
from bot.edge import acks
from bot.edge.clean import clean_input
from bot.edge.pacing import PacedRetryHandler, PacedWebClient, Pacing
from bot.installations import (
    clients_per_workspace,
    installation_store,
    oauth_settings,
    resume_if_installed,
)
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.registry import JobContext, JobRegistry
from bot.scheduling.runner import scheduler_alive, start_scheduler, stop_scheduler
from bot.services.jobs import register_jobs
from bot.worker import InboxWorker
from handlers import register_all
from storage.db import make_engine, make_session_factory
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)


def make_client(
    settings: Settings, token: str | None = None, pacing: Pacing | None = None
) -> WebClient:
    """A Web API client paced per workspace and method (bot/edge/pacing.py): it retries 429s
    once its lane's Retry-After pause is over, and dropped connections."""
    pacing = pacing or Pacing()
    return PacedWebClient(
        token=token or settings.slack_bot_token,
        base_url=settings.slack_api_url or WebClient.BASE_URL,
        timeout=15,
        pacing=pacing,
        retry_handlers=[
            PacedRetryHandler(pacing, max_retry_count=3),
            ConnectionErrorRetryHandler(max_retry_count=2),
        ],
    )


def _client_per_token(settings: Settings, pacing: Pacing) -> Callable[[str], WebClient]:
    """One client per bot token for as long as the app runs, so a workspace's scheduled work
    shares its connection settings and its cache of people (bot/edge/audience.py)."""
    clients: dict[str, WebClient] = {}
    lock = threading.Lock()

    def client(token: str) -> WebClient:
        with lock:
            if token not in clients:
                clients[token] = make_client(settings, token, pacing)
            return clients[token]

    return client


@dataclass
class LnBot:
    settings: Settings
    engine: Engine
    edge_engine: Engine  # the ack path's writes (bot/edge/inbox.py): see `_edge_engine`
    edge_lock: AbstractContextManager[Any]  # held around each of them: see `_edge_lock`
    session_factory: sessionmaker[Session]
    client: WebClient
    app: App
    jobs: JobRegistry
    dispatcher: Dispatcher
    clock: Clock
    listener_executor: Executor
    worker: InboxWorker
    scheduler: BackgroundScheduler | None = field(default=None)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    def start_scheduler(self) -> None:
        if self.scheduler is None:
            if not self.settings.oauth:  # a working token means the app is installed (again)
                resume_if_installed(self.uow(), self.client)
            maintenance.ensure_planned(self.uow(), self.clock.now())
            interval = self.settings.dispatch_interval_seconds
            self.scheduler = start_scheduler(self.dispatcher, interval_seconds=interval)

    def scheduler_alive(self) -> bool:
        return scheduler_alive(self.scheduler)

    def start_worker(self) -> None:
        """Handle the requests the edge stores (bot/edge/inbox.py) in a thread of this process."""
        self.worker.start()

    def close(self) -> None:
        """Hand the requests taken to the app, finish listeners in progress and the
        dispatcher's batch, then release connections."""
        self.worker.stop()
        self.listener_executor.shutdown(wait=True)
        if self.edge_engine is not self.engine:
            self.edge_engine.dispose()
        if self.scheduler is not None:
            stop_scheduler(self.scheduler, wait=True)
            self.scheduler = None
        self.engine.dispose()


def _edge_engine(settings: Settings, engine: Engine) -> Engine:
    """On SQLite, connections that do not sleep in SQLite's growing steps when the worker
    holds the write lock, but try again every millisecond (storage.db.retry_while_locked);
    PostgreSQL queues writers itself, so the one engine serves."""
    if engine.dialect.name != "sqlite":
        return engine
    return make_engine(settings.database_url, wait_for_lock=False)


def _edge_lock(engine: Engine) -> AbstractContextManager[Any]:
    """On SQLite the edge's threads write one at a time, queued on a lock of this process: a
    thread holding SQLite's write lock can lose the GIL in the middle of its transaction, and
    the others would then try SQLite's lock in vain until it gets the GIL back."""
    return threading.Lock() if engine.dialect.name == "sqlite" else nullcontext()


LISTENER_THREADS = 32
DRAIN_SECONDS = 5.0  # a workspace's lane keeps taking batches this long within one tick


def create_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    token_verification: bool = True,
    listener_executor: Executor | None = None,
) -> LnBot:
    """`listener_executor` runs listeners after their ack (Bolt's default pool has only 5
    threads, too few when slow Slack calls follow many acks)."""
    clock = clock or SystemClock()
    listener_executor = listener_executor or ThreadPoolExecutor(LISTENER_THREADS, "listener")
    engine = make_engine(settings.database_url)
    session_factory = make_session_factory(engine)
    pacing = Pacing()  # one lane per workspace and method, shared by all this app's clients
    client = make_client(settings, pacing=pacing)
    store = installation_store(settings, engine) if settings.oauth else None
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret or "",
        request_verification_enabled=bool(settings.slack_signing_secret),
        token_verification_enabled=token_verification and bool(settings.slack_bot_token),
        oauth_settings=oauth_settings(settings, store) if store else None,
        ignoring_self_events_enabled=True,
        raise_error_for_unhandled_request=False,
        listener_executor=listener_executor,
    )
    if store is not None:
        app.enable_token_revocation_listeners()
    app.use(clean_input)  # control characters out of everything typed, before anything else
    wants = acks.feature_wants(app)
    app.use(deduplicate_events(session_factory, clock, wants))
    app.use(request_context(session_factory, clock, settings, wants))
    jobs = JobRegistry()
    register_all(app)
    register_jobs(jobs)
    acks.register(app)  # last: features have the first pick
    maintenance.register(jobs)
    job_context = JobContext(
        uow_factory=lambda: UnitOfWork(session_factory),
        client=client,
        clock=clock,
        settings=settings,
        client_for=clients_per_workspace(store, _client_per_token(settings, pacing))
        if store
        else None,
    )
    dispatcher = Dispatcher(
        session_factory,
        jobs,
        job_context,
        clock=clock,
        grace=timedelta(hours=settings.missed_work_grace_hours),
        lane_seconds=DRAIN_SECONDS,
    )
    worker = InboxWorker(app, session_factory, clock)
    return LnBot(
        settings,
        engine,
        _edge_engine(settings, engine),
        _edge_lock(engine),
        session_factory,
        client,
        app,
        jobs,
        dispatcher,
        clock,
        listener_executor,
        worker,
    )
