"""The worker: handles the requests the edge acknowledged (bot/edge/inbox.py) and runs the
dispatcher of scheduled work.

Each waiting request goes through the same Bolt app and listeners as ever, as Socket Mode
delivers it (the edge checked the signature when it arrived; a request may be older than the
five minutes a signature lasts by the time a restarted worker gets to it). Whatever a listener
puts in its ack for a command or a button (a short answer) reaches the person through the
request's `response_url`, as Slack would have shown it.

In HTTP mode `lnbot run` starts the worker as its own process at a lower CPU priority than
the edge (`WORKER_NICE`), so under load Slack's requests are acknowledged first and the work
follows; `LNBOT_WORKER=thread` runs it as a thread of the one process instead.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk.webhook import WebhookClient
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.edge import inbox

logger = logging.getLogger(__name__)
POLL_SECONDS = 0.02  # an idle worker looks for new requests this often (an indexed lookup)
MAX_PAUSE_SECONDS = 5.0  # the longest wait between tries while the database does not answer
BATCH = 32  # requests taken at once
DISPATCH_THREADS = 16  # requests waiting for their listener's ack at once
WORKER_NICE = 10  # how much lower the worker process runs than the edge (0 = the same)
WATCH_SECONDS = 2.0  # how often the edge checks that its worker process lives


class InboxWorker:
    """Takes waiting requests and dispatches them into `app`, oldest first."""

    def __init__(
        self,
        app: App,
        session_factory: sessionmaker[Session],
        clock: Clock,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.app = app
        self.session_factory = session_factory
        self.clock = clock
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._busy = 0
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(DISPATCH_THREADS, "inbox")
        self._thread: threading.Thread | None = None

    # --- running -------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="inbox-worker", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """A request was just stored by this process: look now rather than at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        """Stop taking requests; those taken are handed to the app before this returns."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
        self._pool.shutdown(wait=True)

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        pause = self.poll_seconds
        while not self._stop.is_set():
            try:
                taken = self.run_once(wait=False)
                pause = self.poll_seconds
            except Exception:  # the database is away: try again, less often the longer it is
                logger.warning("inbox worker: could not take requests; again in %.1f s", pause)
                taken = 0
                self._stop.wait(pause)
                pause = min(pause * 2, MAX_PAUSE_SECONDS)
            if not taken:
                self._wake.wait(self.poll_seconds)
                self._wake.clear()

    def run_once(self, *, wait: bool = True) -> int:
        """Take a batch and hand each request to the app; with `wait`, return only once every
        one of them is acknowledged. Returns how many were taken."""
        with self._lock:
            self._busy += 1
        try:
            taken = inbox.take(self.session_factory, BATCH, self.clock.now())
        except BaseException:
            self._release()
            raise
        if not taken:
            self._release()
            return 0
        futures = [self._pool.submit(self._handle, request) for request in taken]
        self._finish_when_done(futures, [request.id for request in taken])
        if wait:
            for future in futures:
                future.result()
        return len(taken)

    def drain(self, timeout: float = 10.0) -> None:
        """Handle everything waiting, and wait for what other threads took (tests use it to
        see a request's work done when its ack returns)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.run_once():
                continue
            with self._lock:
                if self._busy == 0:
                    return
            time.sleep(0.002)
        raise TimeoutError("requests still waiting for the worker")

    def _release(self) -> None:
        with self._lock:
            self._busy -= 1

    def _finish_when_done(self, futures: list[Any], ids: list[int]) -> None:
        """Once every request of a batch is handled, forget the batch in one statement (a
        crash before that leaves taken rows, which are never run again)."""
        remaining = [len(futures)]

        def one_done(_future: Any) -> None:
            with self._lock:
                remaining[0] -= 1
                last = remaining[0] == 0
            if not last:
                return
            try:
                inbox.done(self.session_factory, ids)
            except Exception:
                logger.exception("inbox worker: could not forget a handled batch")
            finally:
                self._release()

        for future in futures:
            future.add_done_callback(one_done)

    # --- one request ---------------------------------------------------------------------

    def _handle(self, request: inbox.Pending) -> None:
        try:
            bolt_request = BoltRequest(
                body=request.body, headers=request.headers, mode="socket_mode"
            )
            response = self.app.dispatch(bolt_request)
            if response.status != 200:
                logger.warning("inbox worker: the app answered %s", response.status)
            elif response.body:
                _deliver(bolt_request.body.get("response_url"), response.body)
        except Exception:
            logger.exception("inbox worker: a request failed")


def _deliver(url: str | None, answer: str) -> None:
    """An ack with content (only commands and buttons have somewhere to show it): to the
    request's `response_url`, which shows it to the person as Slack shows an ack's answer."""
    if not url:
        return
    try:
        message = json.loads(answer)
    except ValueError:
        message = {"text": answer}
    if isinstance(message, dict):
        WebhookClient(url, timeout=10).send_dict(message)


# --- the worker process -------------------------------------------------------------------


class WorkerProcess:
    """The worker in its own process (spawned: nothing of the edge's state is shared),
    started again when it dies; `alive` once it is ready to take requests and as long as it
    runs."""

    def __init__(self, settings: Settings, watch_seconds: float = WATCH_SECONDS) -> None:
        import multiprocessing

        self._settings = settings
        self._context = multiprocessing.get_context("spawn")
        self._stopping = threading.Event()
        self._start()
        self._watch_seconds = watch_seconds
        threading.Thread(target=self._watch, name="worker-watch", daemon=True).start()

    def _start(self) -> None:
        self._ready = self._context.Event()
        self.process = self._context.Process(
            target=run_process,
            args=(self._settings, self._ready, os.getpid()),
            name="lnbot-worker",
        )
        self.process.start()

    def _watch(self) -> None:
        """Requests keep arriving while a dead worker would leave them waiting: start anew."""
        while not self._stopping.wait(self._watch_seconds):
            if not self.process.is_alive() and not self._stopping.is_set():
                logger.error(
                    "the worker process ended (code %s); starting it again", self.process.exitcode
                )
                self._start()

    def alive(self) -> bool:
        return self._ready.is_set() and self.process.is_alive()

    def stop(self, timeout: float = 60) -> None:
        """SIGTERM: it hands the app what it took and finishes the dispatcher's batch."""
        self._stopping.set()
        self.process.terminate()
        self.process.join(timeout=timeout)


def run_process(settings: Settings, ready: Any = None, edge_pid: int | None = None) -> None:
    """The worker process: inbox and dispatcher until SIGTERM or SIGINT, or until the edge
    that started it is gone (even by `kill -9`), then a clean stop."""
    from bot.app import create_app
    from bot.cli import configure_logging

    if WORKER_NICE and hasattr(os, "nice"):
        os.nice(WORKER_NICE)
    configure_logging(settings)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: stop.set())
    _stop_with(edge_pid)
    bot = create_app(settings)
    bot.start_scheduler()
    bot.start_worker()
    if ready is not None:
        ready.set()
    logger.info("worker started (pid %s)", os.getpid())
    try:
        while not stop.wait(1.0):
            if not bot.worker.alive():
                logger.error("inbox worker stopped; the process ends")
                break
            if edge_pid is not None and os.getppid() != edge_pid:
                logger.warning("the edge process is gone; the worker stops")
                break
    finally:
        bot.close()
        logger.info("worker stopped")


PR_SET_PDEATHSIG = 1  # Linux prctl(2): a signal for this process when its parent dies


def _stop_with(edge_pid: int | None) -> None:
    """On Linux, SIGTERM the moment the edge dies; elsewhere the loop above notices within a
    second. Either way no worker goes on alone, sending what a new bot will send again."""
    if edge_pid is None or not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        logger.warning("the worker cannot ask to stop with the edge; it checks every second")
    if os.getppid() != edge_pid:  # the edge died before we asked
        os.kill(os.getpid(), signal.SIGTERM)
