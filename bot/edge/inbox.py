"""Acknowledge first, handle after: the edge stores a request and answers Slack at once; the
worker (bot/worker.py) takes it from here and runs it through the Bolt app.

Slack wants an answer within 3 seconds and cares about nothing else in it for most requests:
a slash command, a button, an event, a shortcut or a closed modal is answered with an empty
200 whatever the app does next. Those are *deferred*: one insert, then the answer, so the ack
never waits for the database work, the Slack calls or the CPU of earlier requests (the worker
runs at a lower priority than the edge). A modal submission and an options request are
answered with content (field errors, the next screen, the options), so they stay inline.

The row is the request until it is handled: a restart between the ack and the work loses
nothing (at most once after it is taken: a crash in the middle of a listener is not rerun,
because a listener's Slack calls cannot be undone).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Engine, bindparam, delete, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.edge.http_guard import ONE_SHOT, PAYLOAD
from bot.edge.replay import remember
from storage.db import without_waiting_for_disk
from storage.models import PendingRequest
from storage.types import UTCDateTime

logger = logging.getLogger(__name__)
StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
Signed = tuple[str, int]  # a one-shot request's signature and timestamp (bot/edge/replay.py)
# (body, headers, signed): keep the request; False when it is a replay (nothing kept)
Keep = Callable[[str, Mapping[str, str], Signed | None], bool]
Remember = Callable[[str, int], bool]  # (signature, timestamp): False when seen before
Wanted = Callable[[Mapping[str, Any]], bool]  # does a feature handle this request?

# Request kinds whose answer carries nothing: ack now, handle in the worker.
DEFERRED_TYPES = frozenset(
    {"block_actions", "event_callback", "shortcut", "message_action", "view_closed"}
)
# The headers Bolt and our middleware read besides the body (Slack's retry marks for events).
KEPT_HEADERS = ("content-type", "x-slack-retry-num", "x-slack-retry-reason")
ABANDONED_AFTER = timedelta(days=1)


def kept_headers(environ: Mapping[str, Any]) -> dict[str, str]:
    """The `KEPT_HEADERS` the request carries, as Bolt reads them (WSGI names them
    CONTENT_TYPE and HTTP_X_SLACK_...)."""
    found = {}
    for name in KEPT_HEADERS:
        key = name.upper().replace("-", "_")
        value = environ.get(key if name == "content-type" else f"HTTP_{key}")
        if value:
            found[name] = str(value)
    return found


def is_deferred(payload: Mapping[str, Any]) -> bool:
    """Slash commands and the interactions and events answered with an empty 200."""
    return "command" in payload or payload.get("type") in DEFERRED_TYPES


def deferring(app: WsgiApp, keep: Keep, remember_inline: Remember, wanted: Wanted) -> WsgiApp:
    """Wrap the Bolt handler `app` (behind the guard, which parsed the payload): a deferred
    request is kept and answered 200 at once, or only answered when no feature wants it (the
    many events of a busy channel cost no write); any other goes on to `app`. A copy of a
    one-shot request seen before is answered 200 and goes no further. When the request cannot
    be kept (the database is away) it is handled inline, as before there was a worker."""

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        payload = environ.get(PAYLOAD)
        signed: Signed | None = environ.get(ONE_SHOT)
        if payload is None or not is_deferred(payload):
            if signed is not None and not remember_inline(*signed):
                return _replayed(start_response)
            return app(environ, start_response)
        if not wanted(payload):
            return _answered(start_response)
        stream = environ["wsgi.input"]
        body = stream.read(int(environ.get("CONTENT_LENGTH") or 0))
        try:
            if not keep(body.decode("utf-8"), kept_headers(environ), signed):
                return _replayed(start_response)
        except SQLAlchemyError:
            logger.warning("inbox unavailable; request handled inline")
            stream.seek(0)
            return app(environ, start_response)
        return _answered(start_response)

    return application


def _replayed(start_response: StartResponse) -> Iterable[bytes]:
    logger.info("request replayed; ignored 200")
    return _answered(start_response)


def _answered(start_response: StartResponse) -> Iterable[bytes]:
    """Slack's empty 200, the answer of Bolt's `ack()`."""
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "0")])
    return [b""]


@dataclass(frozen=True)
class Pending:
    id: int
    body: str
    headers: dict[str, str | Sequence[str]]


# The one statement on the ack path, written once (no statement built per request).
_STORE = text(
    "INSERT INTO pending_requests (received_at, body, headers)"
    " VALUES (:received_at, :body, :headers)"
).bindparams(bindparam("received_at", type_=UTCDateTime()), bindparam("headers", type_=JSON()))


def store(
    engine: Engine,
    body: str,
    headers: Mapping[str, str],
    now: datetime,
    signed: Signed | None = None,
) -> bool:
    """Keep the request (its body and the few headers it is read with, `kept_headers`) until
    it is handled, and remember a one-shot request's signature in the same transaction.
    False, with nothing kept, when that signature was seen before (a replay)."""
    with engine.begin() as connection:
        without_waiting_for_disk(connection)
        if signed is not None and not remember(connection, *signed):
            return False
        connection.execute(_STORE, {"received_at": now, "body": body, "headers": dict(headers)})
        return True


def take(session_factory: sessionmaker[Session], limit: int, now: datetime) -> list[Pending]:
    """Claim up to `limit` waiting requests, oldest first. Another worker (thread, process or
    replica) never gets the same one: the claim is conditional on the row still being free.

    An idle worker asks often, so it first only reads: on SQLite an UPDATE takes the one write
    lock even when it changes nothing, and the edge's next insert would wait for it."""
    waiting = (
        select(PendingRequest.id)
        .where(PendingRequest.taken_at.is_(None))
        .order_by(PendingRequest.id)
        .limit(limit)
        .with_for_update(skip_locked=True)  # PostgreSQL; SQLite has one writer at a time
    )
    with session_factory() as session, session.begin():
        ids = list(session.scalars(waiting))
        if not ids:
            return []
        claim = (
            update(PendingRequest)
            .where(PendingRequest.id.in_(ids), PendingRequest.taken_at.is_(None))
            .values(taken_at=now)
            .returning(PendingRequest.id, PendingRequest.body, PendingRequest.headers)
            .execution_options(synchronize_session=False)
        )
        rows = [Pending(row.id, row.body, dict(row.headers)) for row in session.execute(claim)]
    return sorted(rows, key=lambda row: row.id)


def done(session_factory: sessionmaker[Session], request_ids: list[int]) -> None:
    with session_factory() as session, session.begin():
        session.execute(delete(PendingRequest).where(PendingRequest.id.in_(request_ids)))


def prune(session: Session, now: datetime) -> int:
    """Requests taken long ago whose worker died mid-way: they will not be run again."""
    result = session.execute(
        delete(PendingRequest)
        .where(PendingRequest.taken_at < now - ABANDONED_AFTER)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
