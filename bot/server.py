"""HTTP mode: Slack requests at POST /slack/events and a health check at GET /healthz,
served by waitress (a production WSGI server), never Bolt's development server.

Both also serve the published outcomes under /uitkomst/ (bot/outcome_pages.py).

Socket Mode serves the same health check alone (`make_health_server`), with the state of its
WebSocket connection as one more check.

Slack requests pass bot/edge/http_guard.py first (size, signature, shape, replay), and
waitress itself refuses a body over the limit before reading it."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from waitress.server import create_server

from bot import outcome_pages
from bot.app import LnBot
from bot.edge import acks, inbox, replay
from bot.edge.http_guard import guarded
from bot.installations import INSTALL_PATH, REDIRECT_PATH
from bot.outcome_pages import is_outcome_path
from bot.request_log import logged
from storage.db import retry_while_locked

logger = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
SLACK_PATHS = (EVENTS_PATH, INSTALL_PATH, REDIRECT_PATH)

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
Check = Callable[[], bool]


def make_wsgi_app(bot: LnBot, checks: Mapping[str, Check] | None = None) -> WsgiApp:
    """Slack's requests, the health check (with `checks`, e.g. the worker process) and the
    published outcomes. Commands, buttons and events are stored and acknowledged at once;
    the worker handles them (bot/edge/inbox.py)."""

    def keep(body: str, headers: Mapping[str, str], signed: inbox.Signed | None) -> bool:
        now = bot.clock.now()
        with bot.edge_lock:
            kept = retry_while_locked(
                lambda: inbox.store(bot.edge_engine, body, headers, now, signed)
            )
        bot.worker.wake()
        return kept

    def remember(signature: str, timestamp: int) -> bool:
        with bot.edge_lock:
            return retry_while_locked(
                lambda: replay.first_time(bot.edge_engine, signature, timestamp)
            )

    wants = acks.feature_wants(bot.app)

    def wanted(payload: Mapping[str, Any]) -> bool:
        """Events are wanted when a feature's listener matches; everything else always is."""
        if payload.get("type") != "event_callback":
            return True
        try:
            request = BoltRequest(body=dict(payload), mode="socket_mode")
            return wants(request, BoltResponse(status=200))
        except Exception:  # a matcher that cannot read this event: let the worker see it
            logger.exception("could not tell whether an event is wanted; kept")
            return True

    bolt = SlackRequestHandler(bot.app, path=EVENTS_PATH)
    slack = guarded(
        logged(inbox.deferring(bolt, keep, remember, wanted)),
        path=EVENTS_PATH,
        signing_secret=bot.settings.slack_signing_secret,
        max_body_bytes=bot.settings.max_body_bytes,
    )

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            return _health(bot, start_response, checks or {})
        if path in SLACK_PATHS:
            return slack(environ, start_response)
        if is_outcome_path(path):
            return _outcomes(bot, environ, start_response)
        return _json(start_response, "404 Not Found", {"error": "not found"})

    return application


def make_health_app(bot: LnBot, checks: Mapping[str, Check]) -> WsgiApp:
    """GET /healthz (database, scheduler and each of `checks`, e.g. the socket), and the
    published outcomes under /uitkomst/ (Socket Mode has no other web server)."""

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            return _health(bot, start_response, checks)
        if is_outcome_path(environ.get("PATH_INFO", "")):
            return _outcomes(bot, environ, start_response)
        return _json(start_response, "404 Not Found", {"error": "not found"})

    return application


def _outcomes(
    bot: LnBot, environ: dict[str, Any], start_response: StartResponse
) -> Iterable[bytes]:
    settings = bot.settings
    return outcome_pages.serve(
        bot.uow(), settings.language, settings.timezone, environ, start_response
    )


def health(bot: LnBot, checks: Mapping[str, Check]) -> tuple[bool, dict[str, Any]]:
    """(healthy, body): the database answers, the scheduler ticks and every check passes."""
    database = _database_ok(bot)
    scheduler = bot.scheduler is None or bot.scheduler_alive()
    results = {name: bool(check()) for name, check in checks.items()}
    ok = database and scheduler and all(results.values())
    body: dict[str, Any] = {"status": "ok" if ok else "unhealthy", "database": database}
    if bot.scheduler is not None or "worker" not in checks:  # else the worker runs it
        body["scheduler"] = "not started" if bot.scheduler is None else scheduler
    body.update(results)
    return ok, body


def _health(
    bot: LnBot, start_response: StartResponse, checks: Mapping[str, Check]
) -> Iterable[bytes]:
    ok, body = health(bot, checks)
    return _json(start_response, "200 OK" if ok else "503 Service Unavailable", body)


def _database_ok(bot: LnBot) -> bool:
    try:
        with bot.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except SQLAlchemyError:
        logger.warning("health check: database unreachable")
        return False


def _json(start_response: StartResponse, status: str, body: dict[str, Any]) -> Iterable[bytes]:
    payload = json.dumps(body).encode()
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))]
    start_response(status, headers)
    return [payload]


def make_server(
    bot: LnBot,
    *,
    host: str = "0.0.0.0",
    port: int = 3000,
    threads: int = 8,
    checks: Mapping[str, Check] | None = None,
) -> Any:
    """A waitress server; `.run()` serves until `.close()`. Port 0 picks a free port.

    Waitress answers 413 to a body over the limit as soon as the headers announce it (or a
    chunked body passes it), so such a body is never read (it refuses at `>=`, hence `+ 1`)."""
    return create_server(
        make_wsgi_app(bot, checks),
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=bot.settings.max_body_bytes + 1,
    )


def make_health_server(
    bot: LnBot, checks: Mapping[str, Check], *, host: str = "0.0.0.0", port: int = 3000
) -> Any:
    """A small waitress server for GET /healthz only (Socket Mode has no Slack endpoint)."""
    return create_server(make_health_app(bot, checks), host=host, port=port, threads=2)
