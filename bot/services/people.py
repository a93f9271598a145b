"""Who is reading: a Slack user's language and time zone, cached so most requests skip Slack."""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from sqlalchemy.exc import IntegrityError

from bot.i18n import language_for_locale
from storage.models import SlackUser
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
PROFILE_TTL = timedelta(hours=24)
# The lookup runs before the ack; a slow Slack must not make us miss Slack's 3-second window.
LOOKUP_TIMEOUT_SECONDS = 1.5


MEMO_TTL_SECONDS = 600
MEMO_MAX = 10_000


@dataclass(frozen=True)
class Reader:
    lang: str
    tz: str


class ReaderMemo:
    """Readers this process looked up in the last minutes: most requests then need neither
    the database nor Slack before their ack."""

    def __init__(self, ttl_seconds: float = MEMO_TTL_SECONDS) -> None:
        self._ttl = ttl_seconds
        self._entries: dict[tuple[str, str], tuple[Reader, float]] = {}

    def get(self, key: tuple[str, str]) -> Reader | None:
        entry = self._entries.get(key)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def put(self, key: tuple[str, str], reader: Reader) -> Reader:
        if len(self._entries) >= MEMO_MAX:
            self._entries.clear()
        self._entries[key] = (reader, time.monotonic() + self._ttl)
        return reader


def reader_for(
    uow: UnitOfWork,
    client: WebClient,
    *,
    team_id: str | None,
    user_id: str,
    default: Reader,
    now: datetime,
    memo: ReaderMemo | None = None,
) -> Reader:
    """The user's language (from their Slack locale) and time zone, falling back to defaults."""
    team = team_id or "-"
    remembered = memo.get((team, user_id)) if memo else None
    if remembered is not None:
        return remembered
    reader = _look_up(uow, client, team, user_id, default, now)
    return memo.put((team, user_id), reader) if memo else reader


def _look_up(
    uow: UnitOfWork, client: WebClient, team: str, user_id: str, default: Reader, now: datetime
) -> Reader:
    with uow:
        cached = uow.session.get(SlackUser, (team, user_id))
        if cached is not None and now - cached.refreshed_at < PROFILE_TTL:
            return _reader(cached.locale, cached.tz, default)
    locale, tz = _fetch(client, user_id)
    if locale is None and tz is None and cached is not None:
        return _reader(cached.locale, cached.tz, default)
    _store(uow, team, user_id, locale, tz, now)
    return _reader(locale, tz, default)


def _reader(locale: str | None, tz: str | None, default: Reader) -> Reader:
    return Reader(language_for_locale(locale, default.lang), _known_zone(tz) or default.tz)


def _known_zone(tz: str | None) -> str | None:
    try:
        return tz if tz and ZoneInfo(tz) else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _fetch(client: WebClient, user_id: str) -> tuple[str | None, str | None]:
    quick = WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=LOOKUP_TIMEOUT_SECONDS,  # type: ignore[arg-type]  # annotated int; urllib takes float
    )
    try:
        user = quick.users_info(user=user_id, include_locale=True)["user"]
    except (SlackApiError, SlackRequestError, OSError, KeyError) as error:
        logger.warning("users.info failed for a user: %s", type(error).__name__)
        return None, None
    return user.get("locale"), user.get("tz")


def _store(
    uow: UnitOfWork, team: str, user_id: str, locale: str | None, tz: str | None, now: datetime
) -> None:
    with uow:
        row = uow.session.get(SlackUser, (team, user_id))
        if row is None:
            row = SlackUser(team_id=team, user_id=user_id)
            uow.session.add(row)
        row.locale, row.tz, row.refreshed_at = locale, tz, now
        with contextlib.suppress(IntegrityError):  # a concurrent request stored it first
            uow.commit()
