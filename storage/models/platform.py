"""Platform tables: app installations per workspace (slack_sdk's own schema, so its
SQLAlchemy installation and OAuth state stores can use them), processed event ids and the
signatures of handled requests, and the requests acknowledged but not yet handled."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base

INSTALLATIONS_TABLE = "slack_installations"
BOTS_TABLE = "slack_bots"
OAUTH_STATES_TABLE = "slack_oauth_states"

# Built by slack_sdk into our metadata, so Alembic migrates them like every other table.
installations = SQLAlchemyInstallationStore.build_installations_table(
    Base.metadata, INSTALLATIONS_TABLE
)
bots = SQLAlchemyInstallationStore.build_bots_table(Base.metadata, BOTS_TABLE)
oauth_states = SQLAlchemyOAuthStateStore.build_oauth_states_table(Base.metadata, OAUTH_STATES_TABLE)


class ProcessedEvent(Base):
    """An Events API event we handled; Slack's retries of it are acknowledged and ignored."""

    __tablename__ = "processed_events"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(index=True)


class HandledRequest(Base):
    """The signature of a command or interaction we handled: a replay of it within Slack's
    five-minute window is answered and ignored (see bot/edge/replay.py)."""

    __tablename__ = "handled_requests"
    signature: Mapped[str] = mapped_column(String(80), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class PendingRequest(Base):
    """A Slack request the edge acknowledged and the worker has not handled yet
    (bot/edge/inbox.py): kept until it is handled, so a restart in between loses nothing."""

    __tablename__ = "pending_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime]
    body: Mapped[str] = mapped_column(Text)
    headers: Mapped[dict[str, Any]] = mapped_column(JSON)
    taken_at: Mapped[datetime | None] = mapped_column(index=True)
