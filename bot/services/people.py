"""Who is reading: a Slack user's language and time zone, cached so most requests skip Slack."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from sqlalchemy import select

from bot.i18n import choose_language
from bot.services.language import networks_choice, person_choice
from storage.models import SlackUser
from storage.uow import UnitOfWork
from storage.upsert import upsert

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
    """Slack profiles (time zone, locale) this process looked up in the last minutes: most
    requests then need no Slack call before their ack. Language choices are not kept here."""

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
    ask: Callable[[], tuple[str | None, str | None]] | None = None,
) -> Reader:
    """The user's language and time zone. The language: their own choice, else their network's,
    else a Slack locale that really names a language, else the default (Dutch); see
    `bot.i18n.choose_language`. The time zone comes from Slack: `ask` gives the locale and
    zone when the copy in the database is stale (by default a quick users.info).

    One query reads both choices and the stored copy of the profile; choices are not
    remembered: a choice or a join counts from the next request."""
    team = team_id or "-"
    with uow:
        known = uow.session.execute(
            select(
                person_choice(team, user_id),
                networks_choice(user_id),
                *(
                    select(column)
                    .where(SlackUser.team_id == team, SlackUser.user_id == user_id)
                    .scalar_subquery()
                    for column in (SlackUser.locale, SlackUser.tz, SlackUser.refreshed_at)
                ),
            )
        ).one()
    person, network, *stored = known
    profile = memo.get((team, user_id)) if memo else None
    if profile is None:
        profile = _look_up(uow, team, user_id, default, now, stored, ask or _asker(client, user_id))
        if memo:
            memo.put((team, user_id), profile)
    language = choose_language(person=person, network=network, locale=None, default=profile.lang)
    return Reader(language, profile.tz)


def _look_up(
    uow: UnitOfWork,
    team: str,
    user_id: str,
    default: Reader,
    now: datetime,
    stored: list[Any],
    ask: Callable[[], tuple[str | None, str | None]],
) -> Reader:
    """What Slack's profile says (the stored copy while fresh): the time zone, and a language
    only when the locale really names one (see `bot.i18n.language_for_locale`)."""
    locale, tz, refreshed_at = stored
    if refreshed_at is not None and now - refreshed_at < PROFILE_TTL:
        return _reader(locale, tz, default)
    fetched = ask()
    if fetched == (None, None) and refreshed_at is not None:
        return _reader(locale, tz, default)
    with uow:
        upsert(
            uow.session,
            SlackUser,
            ["team_id", "user_id"],
            team_id=team,
            user_id=user_id,
            locale=fetched[0],
            tz=fetched[1],
            refreshed_at=now,
        )
        uow.commit()
    return _reader(*fetched, default)


def _reader(locale: str | None, tz: str | None, default: Reader) -> Reader:
    language = choose_language(person=None, network=None, locale=locale, default=default.lang)
    return Reader(language, _known_zone(tz) or default.tz)


def _known_zone(tz: str | None) -> str | None:
    try:
        return tz if tz and ZoneInfo(tz) else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _asker(client: WebClient, user_id: str) -> Callable[[], tuple[str | None, str | None]]:
    return lambda: _fetch(client, user_id)


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


NAMES_TTL_SECONDS = 3600


class DisplayNames:
    """Names for files people read (exports, the audit log) instead of Slack ids: users.info,
    remembered by this process for an hour, so an export of 300 votes asks Slack once per
    person. Someone Slack does not know (another workspace, a pseudonym after "forget me")
    keeps the id or pseudonym. Each app keeps its own (the request middleware puts it in the
    context as `names`), keyed per Slack API and token: a user id names one person only
    within its workspace."""

    def __init__(self, ttl_seconds: float = NAMES_TTL_SECONDS) -> None:
        self._ttl = ttl_seconds
        self._entries: dict[tuple[str, str | None, str], tuple[str, float]] = {}

    def of(self, client: WebClient, user_ids: Iterable[str]) -> dict[str, str]:
        return {user_id: self.name(client, user_id) for user_id in set(user_ids) if user_id}

    def name(self, client: WebClient, user_id: str) -> str:
        key = (client.base_url, client.token, user_id)
        entry = self._entries.get(key)
        if entry is not None and entry[1] >= time.monotonic():
            return entry[0]
        name = _display_name(client, user_id)
        if name is None:
            return user_id
        if len(self._entries) >= MEMO_MAX:
            self._entries.clear()
        self._entries[key] = (name, time.monotonic() + self._ttl)
        return name


def _display_name(client: WebClient, user_id: str) -> str | None:
    try:
        user = client.users_info(user=user_id)["user"]
    except (SlackApiError, SlackRequestError, OSError, KeyError):
        return None
    profile = user.get("profile") or {}
    # The full name reads best in an office file; the display name is often a nickname.
    names = (profile.get("real_name"), user.get("real_name"), profile.get("display_name"))
    return next((str(name) for name in names if name), None)
