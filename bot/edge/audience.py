"""Who a reminder may reach: people, not bots, and not accounts that were deactivated.

A channel's member list (`conversations.members`) holds bots and deactivated accounts too;
DMing them fails or bothers no one. Callers first narrow the list to the network's members
(from the database, no Slack call), then keep the humans here. `users.info` answers are
remembered for a few minutes with the client they came through (the app's one client in
single-workspace mode), so a fan-out over several polls asks Slack once per person.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

CACHE_SECONDS = 600
CACHE_MAX = 10_000
SLACKBOT = "USLACKBOT"
# users.info errors that mean "no person to reach", not "try again later".
GONE = frozenset({"user_not_found", "user_not_visible", "account_inactive"})


class PeopleCache:
    """Whether a user id is a reachable person, for `ttl` seconds."""

    def __init__(self, ttl: float = CACHE_SECONDS) -> None:
        self._ttl = ttl
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[bool, float]] = {}

    def get(self, key: str) -> bool | None:
        with self._lock:
            entry = self._entries.get(key)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def put(self, key: str, human: bool) -> bool:
        with self._lock:
            if len(self._entries) >= CACHE_MAX:
                self._entries.clear()
            self._entries[key] = (human, time.monotonic() + self._ttl)
        return human

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_caches: weakref.WeakKeyDictionary[WebClient, PeopleCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_of(client: WebClient) -> PeopleCache:
    """The cache that lives as long as `client` (one per workspace token in practice)."""
    with _caches_lock:
        cache = _caches.get(client)
        if cache is None:
            cache = _caches[client] = PeopleCache()
        return cache


def humans(
    client: WebClient, user_ids: Iterable[str], *, cache: PeopleCache | None = None
) -> list[str]:
    """`user_ids` without bots, Slackbot and deactivated accounts, in their order.

    A user Slack does not know (any more) is left out; other Slack errors (rate limit, outage)
    propagate, so the scheduled fan-out is retried rather than skipping people."""
    cache = cache or cache_of(client)
    kept: list[str] = []
    for user_id in dict.fromkeys(user_ids):
        known = cache.get(user_id)
        if known is None:
            known = cache.put(user_id, _is_human(client, user_id))
        if known:
            kept.append(user_id)
    return kept


def _is_human(client: WebClient, user_id: str) -> bool:
    if user_id == SLACKBOT:
        return False
    try:
        user = client.users_info(user=user_id)["user"]
    except SlackApiError as error:
        if error.response.get("error") in GONE:
            return False
        raise
    return not (user.get("is_bot") or user.get("deleted") or user.get("is_app_user"))


def reachable(client: WebClient, user_id: str, *, cache: PeopleCache | None = None) -> bool:
    """False for a bot, Slackbot or a deactivated account: a DM to them is skipped. True
    otherwise, also when Slack does not show us the person (someone of another workspace in a
    Slack Connect channel): the DM itself then tells."""
    cache = cache or cache_of(client)
    key = f"dm:{user_id}"
    known = cache.get(key)
    if known is None:
        known = cache.put(key, _not_gone(client, user_id))
    return known


def _not_gone(client: WebClient, user_id: str) -> bool:
    if user_id == SLACKBOT:
        return False
    try:
        user = client.users_info(user=user_id)["user"]
    except SlackApiError as error:
        return error.response.get("error") not in ("account_inactive",)
    return not (user.get("is_bot") or user.get("deleted") or user.get("is_app_user"))
