"""Bolt middleware: every listener gets a unit of work, the clock, settings and its reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, BoltContext, BoltResponse
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.services.people import Reader, reader_for
from storage.uow import UnitOfWork


def request_context(
    session_factory: sessionmaker[Session], clock: Clock, settings: Settings
) -> Callable[..., Any]:
    default = Reader(settings.language, settings.timezone)

    def middleware(context: BoltContext, body: dict[str, Any], next: Callable[[], Any]) -> Any:
        context["ack"] = StickyAck()
        uow = UnitOfWork(session_factory)
        context["uow"] = uow
        context["clock"] = clock
        context["settings"] = settings
        reader = default
        if context.user_id and not _is_bot_event(body):
            reader = reader_for(
                uow,
                context.client,
                team_id=context.team_id,
                user_id=context.user_id,
                default=default,
                now=clock.now(),
            )
        context["lang"], context["tz"] = reader.lang, reader.tz
        return next()

    return middleware


class StickyAck(Ack):
    """An acknowledgement that, once given, stays given.

    Bolt's thread runner resets `ack.response` to None when a listener raises *after* acking;
    if that happens before the request thread has seen the ack, Slack gets no answer (a 404
    after 3 s) although we acknowledged. The error itself still reaches the error handler.
    """

    _given: BoltResponse | None = None

    @property  # type: ignore[override]
    def response(self) -> BoltResponse | None:
        return self._given

    @response.setter
    def response(self, value: BoltResponse | None) -> None:
        if value is not None or self._given is None:
            self._given = value


def _is_bot_event(body: dict[str, Any]) -> bool:
    event = body.get("event") or {}
    return bool(event.get("bot_id")) or event.get("subtype") == "bot_message"
