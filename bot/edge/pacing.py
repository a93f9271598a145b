"""Client-side pacing of Slack calls, per workspace (per token) and method, learned from 429s.

Slack limits each method per workspace and says so only by answering 429 with `Retry-After`.
Waiting out each 429 in the sender that met it (what slack_sdk's retry handler does) lets the
other senders run into the same wall, and every 429 stalls one of them for a second. Here
each (token, method) has a lane:

- A method that was never answered 429 is not paced at all.
- A 429 pauses the whole lane for `Retry-After` (every sender of that workspace waits, none
  runs into the wall again), and sets the lane's pace a little under the rate that was
  getting through in the second before it (multiplicative decrease).
- While the lane is busy and Slack keeps answering, the pace creeps up a few percent a second
  (additive increase), so a limit that was raised, or guessed low, is found again.

A 429 in one workspace never pauses another's lane: each token has its own. Slack's tiers are
the same in every workspace, so the pace one lane learned is where the lanes of that method
start that were never limited (new ones, and ones already sending: a fan-out to several
workspaces at once then meets the wall once, not once per workspace). Lanes live as
long as the app (one `Pacing` per app; tokens are few), keyed by a hash of the token so the
token itself is not kept.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

WINDOW_SECONDS = 1.0  # the trailing window the pace is measured over
DECREASE = 0.9  # after a 429: this share of what was getting through
INCREASE = 0.03  # per busy second without a 429: this much faster
MIN_RATE = 1.0  # calls per second; never slower than this
MIN_SAMPLE = 5  # fewer answered calls in the window say nothing about the rate: only pause
BURST_SECONDS = 0.1  # a paced lane may send this many seconds' worth at once


class Lane:
    """The pace of one method in one workspace."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._now = monotonic
        self._lock = threading.Lock()
        self.rate: float | None = None  # calls per second; None: never limited, not paced
        self._tokens = 0.0
        self._updated = monotonic()
        self._raised = monotonic()
        self.paused_until = 0.0
        self._sent: deque[float] = deque()  # answered calls in the trailing window
        self.limited_count = 0

    def wait_time(self) -> float:
        """Seconds to wait before the next call; 0 means: go (and a slot is taken)."""
        with self._lock:
            now = self._now()
            if now < self.paused_until:
                return self.paused_until - now
            if self.rate is None:
                return 0.0
            capacity = max(1.0, self.rate * BURST_SECONDS)
            self._tokens = min(capacity, self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            if self._tokens >= 1:
                self._tokens -= 1
                return 0.0
            return (1 - self._tokens) / self.rate

    def acquire(self, sleep: Callable[[float], None] = time.sleep) -> None:
        while (delay := self.wait_time()) > 0:
            sleep(delay)

    def answered(self) -> None:
        """Slack answered (not 429): count it, and creep up when busy for a second."""
        with self._lock:
            now = self._now()
            self._sent.append(now)
            self._trim(now)
            if self.rate is not None and now - self._raised >= 1.0 and self._tokens < 1:
                self.rate += max(0.5, self.rate * INCREASE)
                self._raised = now

    def limited(self, retry_after: float) -> None:
        """Slack answered 429: pause the lane and slow down (once per pause)."""
        with self._lock:
            now = self._now()
            self.limited_count += 1
            self._trim(now)
            if now < self.paused_until:  # one of several in flight: the pause is set
                return
            if len(self._sent) >= MIN_SAMPLE:
                getting_through = len(self._sent) / WINDOW_SECONDS
                ceiling = getting_through if self.rate is None else min(self.rate, getting_through)
                self.rate = max(MIN_RATE, ceiling * DECREASE)
            self.paused_until = now + max(retry_after, 0.0)
            self._tokens = 1.0  # the first call after the pause goes at once
            self._updated = self.paused_until
            self._raised = self.paused_until

    def adopt(self, rate: float) -> None:
        """Start pacing at `rate`, learned in another workspace, if never limited here."""
        with self._lock:
            if self.rate is not None:
                return
            now = self._now()
            self.rate = rate
            self._tokens = 0.0  # what it sent so far was unpaced: the next call waits its turn
            self._updated = self._raised = now

    def _trim(self, now: float) -> None:
        while self._sent and self._sent[0] < now - WINDOW_SECONDS:
            self._sent.popleft()


class Pacing:
    """All lanes of a process: one per (token, method)."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._now = monotonic
        self._lock = threading.Lock()
        self._lanes: dict[tuple[str, str], Lane] = {}

    def lane(self, token: str | None, method: str) -> Lane:
        key = (hashlib.sha256((token or "").encode()).hexdigest()[:16], method)
        with self._lock:
            lane = self._lanes.get(key)
            if lane is None:
                lane = self._lanes[key] = Lane(self._now)
                # Slack's tiers are the same in every workspace: start at what others learned
                learned = [other.rate for (_, m), other in self._lanes.items() if m == method]
                lane.rate = max((rate for rate in learned if rate is not None), default=None)
            return lane

    def learned(self, method: str, rate: float | None) -> None:
        """A lane of `method` learned `rate`: the lanes of that method never limited adopt it."""
        if rate is None:
            return
        with self._lock:
            lanes = [lane for (_, m), lane in self._lanes.items() if m == method]
        for lane in lanes:
            lane.adopt(rate)


def _method_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]


def _token_of(request: HttpRequest) -> str | None:
    for name, value in request.headers.items():
        if name.lower() == "authorization" and value:
            text = value[0] if isinstance(value, list) else str(value)
            return text.partition(" ")[2] or None
    return None


class PacedRetryHandler(RateLimitErrorRetryHandler):
    """On a 429: tell the lane (pause + slow down), then wait for the lane, not blindly."""

    def __init__(self, pacing: Pacing, max_retry_count: int = 3) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self._pacing = pacing

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        method = _method_of(request.url)
        lane = self._pacing.lane(_token_of(request), method)
        lane.limited(_retry_after(response))
        self._pacing.learned(method, lane.rate)
        state.next_attempt_requested = True
        state.increment_current_attempt()
        lane.acquire()


def _retry_after(response: HttpResponse | None) -> float:
    if response is None:
        return 1.0
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return float(values[0])
            except ValueError:
                return 1.0
    return 1.0


class PacedWebClient(WebClient):
    """A WebClient whose every call waits for its workspace's lane for that method."""

    def __init__(self, *args: Any, pacing: Pacing, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pacing = pacing

    def api_call(self, api_method: str, **kwargs: Any) -> Any:
        lane = self.pacing.lane(self.token, api_method)
        lane.acquire()
        try:
            response = super().api_call(api_method, **kwargs)
        except SlackApiError as error:
            if getattr(error.response, "status_code", 200) != 429:
                lane.answered()
            raise
        lane.answered()
        return response
