"""Who a reminder may reach: people, not bots, and not accounts that were deactivated.

A channel's member list (`conversations.members`) holds bots and deactivated accounts too;
DMing them fails or bothers no one. Callers first narrow the list to the network's members
(from the database, no Slack call), then keep the humans here. `users.info` answers are
remembered for a few minutes with the client they came through (the app's one client in
single-workspace mode), so a fan-out over several polls asks Slack once per person. The same
answer carries the person's locale and time zone (`person_of`): a scheduled DM asks Slack
once, for whether to send and in which language.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

CACHE_SECONDS = 600
CACHE_MAX = 10_000
SLACKBOT = "USLACKBOT"
# users.info errors that mean "no person to reach", not "try again later".
NO_PERSON_ERRORS = frozenset({"user_not_found", "user_not_visible", "account_inactive"})


HUMAN, GONE_STATE, UNKNOWN = "human", "gone", "unknown"


@dataclass(frozen=True)
class SlackPerson:
    """What users.info said: a person, gone, or unknown to us; and their locale and zone."""

    state: str
    locale: str | None = None
    tz: str | None = None


class PeopleCache:
    """What Slack said of a user id, for `ttl` seconds."""

    def __init__(self, ttl: float = CACHE_SECONDS) -> None:
        self._ttl = ttl
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[SlackPerson, float]] = {}

    def get(self, key: str) -> SlackPerson | None:
        with self._lock:
            entry = self._entries.get(key)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def put(self, key: str, person: SlackPerson) -> SlackPerson:
        with self._lock:
            if len(self._entries) >= CACHE_MAX:
                self._entries.clear()
            self._entries[key] = (person, time.monotonic() + self._ttl)
        return person

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
    return [u for u in dict.fromkeys(user_ids) if state_of(client, u, cache) == HUMAN]


def reachable(client: WebClient, user_id: str, *, cache: PeopleCache | None = None) -> bool:
    """False for a bot, Slackbot or a deactivated account: a DM to them is skipped. True
    otherwise, also when Slack does not show us the person (someone of another workspace in a
    Slack Connect channel): the DM itself then tells."""
    return state_of(client, user_id, cache) != GONE_STATE


def state_of(client: WebClient, user_id: str, cache: PeopleCache | None = None) -> str:
    """One `users.info` per person per cache period, whichever question is asked."""
    return person_of(client, user_id, cache).state


def person_of(client: WebClient, user_id: str, cache: PeopleCache | None = None) -> SlackPerson:
    """What Slack says of `user_id`, asked at most once per cache period."""
    cache = cache or cache_of(client)
    known = cache.get(user_id)
    return known if known is not None else cache.put(user_id, _ask(client, user_id))


def _ask(client: WebClient, user_id: str) -> SlackPerson:
    if user_id == SLACKBOT:
        return SlackPerson(GONE_STATE)
    try:
        user = client.users_info(user=user_id, include_locale=True)["user"]
    except SlackApiError as error:
        code = error.response.get("error")
        if code == "account_inactive":
            return SlackPerson(GONE_STATE)
        if code in NO_PERSON_ERRORS:
            return SlackPerson(UNKNOWN)
        raise
    gone = user.get("is_bot") or user.get("deleted") or user.get("is_app_user")
    return SlackPerson(GONE_STATE if gone else HUMAN, user.get("locale"), user.get("tz"))
