"""Bolt middleware: drop redelivered events; give every listener a unit of work, the clock,
settings and its reader's language and time zone.

Both only spend a database write or a Slack call on requests a feature listener handles
(`wants`, from `bot.edge.acks`): the many events nobody wants are acknowledged for free."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import Ack, BoltContext, BoltRequest, BoltResponse
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.config import Settings
from bot.edge.acks import wanted
from bot.services.people import DisplayNames, Reader, ReaderMemo, reader_for
from storage.models import ProcessedEvent
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

logger = logging.getLogger(__name__)
Wants = Callable[[BoltRequest, BoltResponse], bool]


def request_context(
    session_factory: sessionmaker[Session],
    clock: Clock,
    settings: Settings,
    wants: Wants | None = None,
) -> Callable[..., Any]:
    default = Reader(settings.language, settings.timezone)
    memo = ReaderMemo()
    names = DisplayNames()  # per app: a user id names one person only in its workspace

    def middleware(
        context: BoltContext,
        body: dict[str, Any],
        req: BoltRequest,
        resp: BoltResponse,
        next: Callable[[], Any],
    ) -> Any:
        context["ack"] = StickyAck()
        uow = UnitOfWork(session_factory)
        context["uow"] = uow
        context["clock"] = clock
        context["settings"] = settings
        context["names"] = names
        reader = default
        if context.user_id and not _is_bot_event(body) and wanted(context, req, resp, wants):
            reader = reader_for(
                uow,
                context.client,
                team_id=context.team_id,
                user_id=context.user_id,
                default=default,
                now=clock.now(),
                memo=memo,
            )
        context["lang"], context["tz"] = reader.lang, reader.tz
        return next()

    return middleware


def deduplicate_events(
    session_factory: sessionmaker[Session], clock: Clock, wants: Wants | None = None
) -> Callable[..., Any]:
    """Slack redelivers an event it thinks we missed (`X-Slack-Retry-Num`); each event id a
    feature handles is handled once, later copies are acknowledged and dropped. Events no
    feature wants are not recorded: handling them twice costs nothing."""

    def middleware(
        context: BoltContext,
        body: dict[str, Any],
        req: BoltRequest,
        resp: BoltResponse,
        next: Callable[[], Any],
    ) -> Any:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if (
            event_id
            and wanted(context, req, resp, wants)
            and not _first_delivery(session_factory, str(event_id), clock.now())
        ):
            logger.info("event %s already handled; retry ignored", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return middleware


def _first_delivery(session_factory: sessionmaker[Session], event_id: str, now: datetime) -> bool:
    with session_factory() as session, session.begin():
        return insert_if_absent(
            session, ProcessedEvent, ["event_id"], event_id=event_id, received_at=now
        )


class StickyAck(Ack):
    """An acknowledgement that, once given, stays given.

    Bolt's thread runner resets `ack.response` to None when a listener raises *after* acking;
    if that happens before the request thread has seen the ack, Slack gets no answer (a 404
    after 3 s) although we acknowledged. The error itself still reaches the error handler.
    """

    _given: BoltResponse | None = None

    @property
    def response(self) -> BoltResponse | None:
        return self._given

    @response.setter
    def response(self, value: BoltResponse | None) -> None:
        if value is not None or self._given is None:
            self._given = value


def _is_bot_event(body: dict[str, Any]) -> bool:
    event = body.get("event") or {}
    return bool(event.get("bot_id")) or event.get("subtype") == "bot_message"
