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

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from storage.models import HandledRequest
from storage.upsert import insert_if_absent

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


def first_time(session_factory: sessionmaker[Session], signature: str, timestamp: int) -> bool:
    """Remember `signature`; False when it was already remembered (a replay)."""
    expires_at = datetime.fromtimestamp(timestamp, UTC) + WINDOW
    with session_factory() as session, session.begin():
        return insert_if_absent(
            session, HandledRequest, ["signature"], signature=signature, expires_at=expires_at
        )


def prune(session: Session, now: datetime) -> int:
    """Forget signatures whose request can no longer pass the signature check (one window of
    margin for clocks that differ between replicas); returns how many went."""
    result = session.execute(
        delete(HandledRequest)
        .where(HandledRequest.expires_at < now - WINDOW)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
