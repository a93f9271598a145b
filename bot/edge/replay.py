"""A signed command, modal submission or shortcut replayed within Slack's five-minute window
does nothing.

Slack never resends a slash command or an interaction (only Events API deliveries are
retried, and those are de-duplicated by event id in `bot/context.py`), so a second request
with the same signature is a copy someone captured. Each signature is remembered in the
database, so the rule holds across replicas, until its timestamp has left the window that
`SignatureVerifier` accepts; the daily maintenance prunes what has expired.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, text
from sqlalchemy.orm import Session

from storage.db import without_waiting_for_disk
from storage.models import HandledRequest
from storage.types import UTCDateTime

# slack_sdk's SignatureVerifier accepts a timestamp up to five minutes either side of now.
WINDOW = timedelta(minutes=5)
FORM = "application/x-www-form-urlencoded"


# Clicks and option loads are double-click safe by design (idempotent writes, see
# ARCHITECTURE.md), and a poll gets hundreds at once: they skip the extra database write.
IDEMPOTENT_INTERACTIONS = frozenset({"block_actions", "block_suggestion"})


def is_one_shot(content_type: str | None, payload: Mapping[str, Any]) -> bool:
    """Commands, modal submissions and shortcuts (forms): a copy could repeat their effect.
    Events are JSON and have their own retry handling (event ids)."""
    if (content_type or "").split(";")[0].strip() != FORM or not payload:
        return False
    return "command" in payload or payload.get("type") not in IDEMPOTENT_INTERACTIONS


# On the ack path of every command: written once as SQL both databases read alike, so no
# statement is built per request.
_REMEMBER = text(
    "INSERT INTO handled_requests (signature, expires_at) VALUES (:signature, :expires_at)"
    " ON CONFLICT (signature) DO NOTHING RETURNING 1"
).bindparams(bindparam("expires_at", type_=UTCDateTime()))


def first_time(engine: Engine, signature: str, timestamp: int) -> bool:
    """Remember `signature`; False when it was already remembered (a replay)."""
    with engine.begin() as connection:
        without_waiting_for_disk(connection)
        return remember(connection, signature, timestamp)


def remember(connection: Connection, signature: str, timestamp: int) -> bool:
    """`first_time` inside the caller's transaction."""
    expires_at = datetime.fromtimestamp(timestamp, UTC) + WINDOW
    inserted = connection.execute(_REMEMBER, {"signature": signature, "expires_at": expires_at})
    return inserted.first() is not None


def prune(session: Session, now: datetime) -> int:
    """Forget signatures whose request can no longer pass the signature check (one window of
    margin for clocks that differ between replicas); returns how many went."""
    result = session.execute(
        delete(HandledRequest)
        .where(HandledRequest.expires_at < now - WINDOW)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
