"""Which code runs a job of a given kind, and what that code receives.

Handlers get a `JobView` (a plain copy of the row), never the ORM object: the claim transaction
is closed before a handler runs, and the handler opens its own units of work.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.clock import Clock
from storage.models import ScheduledJob
from storage.uow import UnitOfWork


class PermanentJobError(Exception):
    """Raised by a handler when retrying cannot help (e.g. the subject is gone): fail at once."""


@dataclass(frozen=True)
class JobView:
    """A detached copy of a claimed row; `attempts` counts this run (1 the first time)."""

    id: int
    key: str
    kind: str
    payload: dict[str, Any]
    team_id: str | None
    network_id: int | None
    anchor_type: str | None
    anchor_id: int | None
    run_at: datetime
    attempts: int
    max_attempts: int = 5

    @classmethod
    def of(cls, job: ScheduledJob) -> JobView:
        return cls(
            id=job.id,
            key=job.key,
            kind=job.kind,
            payload=copy.deepcopy(job.payload or {}),
            team_id=job.team_id,
            network_id=job.network_id,
            anchor_type=job.anchor_type,
            anchor_id=job.anchor_id,
            run_at=job.run_at,
            attempts=job.attempts,
            max_attempts=job.max_attempts,
        )


@dataclass(frozen=True)
class JobContext:
    """What every handler may use; built once at start-up."""

    uow_factory: Callable[[], UnitOfWork]
    client: Any
    clock: Clock
    settings: Any = None
    client_for: Callable[[str | None], Any] | None = None  # per workspace, when distributed

    def for_team(self, team_id: str | None) -> JobContext:
        """The context for work of one workspace: its own Slack client when there are many."""
        if self.client_for is None:
            return self
        return dataclasses.replace(self, client=self.client_for(team_id))


JobHandler = Callable[[JobContext, JobView], None]


class JobRegistry:
    """Maps a job kind to its handler; one handler per kind."""

    def __init__(self) -> None:
        self._handlers: dict[str, JobHandler] = {}

    def register(self, kind: str, handler: JobHandler) -> None:
        if kind in self._handlers:
            raise ValueError(f"a handler for job kind {kind!r} is already registered")
        self._handlers[kind] = handler

    def job(self, kind: str) -> Callable[[JobHandler], JobHandler]:
        """Decorator form of `register`; returns the handler unchanged."""

        def decorate(handler: JobHandler) -> JobHandler:
            self.register(kind, handler)
            return handler

        return decorate

    def get(self, kind: str) -> JobHandler | None:
        return self._handlers.get(kind)

    def __contains__(self, kind: object) -> bool:
        return kind in self._handlers

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self._handlers)
