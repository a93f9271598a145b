"""A fake Slack Web API over real HTTP, so the app's real slack_sdk clients can be tested.

The app talks to :class:`FakeSlack` exactly as it would talk to slack.com: point
``WebClient(base_url=fake.base_url)`` at it and hand out ``fake.response_url()`` as response
URL. Every request is recorded as a :class:`Call`; Block Kit payloads are checked with
:mod:`fakeslack.limits` and rejected with ``invalid_blocks`` like Slack would, and the
violations are also collected in ``fake.violations`` so a fixture can fail the test loudly.
Faults (rate limits, server errors, dropped connections) can be injected per method.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import limits

TEAM_ID = "T0001"
TEAM_NAME = "Testwerkruimte"
TEAM_URL = "https://testwerkruimte.slack.com/"
BOT_USER_ID = "UBOT"
BOT_ID = "B0001"
APP_ID = "A0001"
FIRST_TS_SECONDS = 1_700_000_000
TS_STEP_MICROS = 100
# Form-encoded API calls carry these parameters as JSON strings.
POLL_SECONDS = 0.05  # how fast stop() returns
JSON_PARAMS = ("blocks", "view", "attachments", "files", "metadata")

Params = dict[str, Any]
Handler = Callable[[Params], Params]


@dataclass(frozen=True)
class Call:
    """One request to the fake. ``token`` stays out of ``repr`` so it never lands in logs.

    ``at`` is ``time.monotonic()`` on arrival (for rate measurements); ``target`` is the
    response URL name or upload file id for non-API routes; ``response`` is the JSON the
    fake answered (None when it dropped the connection or answered text).
    """

    method: str
    params: Params
    token: str | None = field(default=None, repr=False)
    at: float = field(default_factory=time.monotonic)
    target: str | None = None
    response: Params | None = None


@dataclass
class FakeUser:
    """A workspace member as users.info describes it."""

    id: str
    name: str
    real_name: str
    locale: str = "en-US"  # Slack has no Dutch: Dutch members carry en-US or en-GB
    tz: str = "Europe/Amsterdam"
    team_id: str = TEAM_ID
    status_text: str = ""
    status_emoji: str = ""
    is_bot: bool = False
    deleted: bool = False  # a deactivated account
    is_admin: bool = False
    is_owner: bool = False

    def as_api(self, *, include_locale: bool) -> Params:
        tz_label, tz_offset = _tz_details(self.tz)
        user: Params = {
            "id": self.id,
            "team_id": self.team_id,
            "name": self.name,
            "deleted": self.deleted,
            "real_name": self.real_name,
            "tz": self.tz,
            "tz_label": tz_label,
            "tz_offset": tz_offset,
            "is_bot": self.is_bot,
            "is_admin": self.is_admin,
            "is_owner": self.is_owner,
            "profile": {
                "real_name": self.real_name,
                "display_name": self.name,
                "status_text": self.status_text,
                "status_emoji": self.status_emoji,
                "team": self.team_id,
            },
        }
        if include_locale:  # Slack only sends locale when asked
            user["locale"] = self.locale
        return user


@dataclass
class FakeChannel:
    """A conversation as conversations.info describes it."""

    id: str
    name: str
    is_private: bool = False
    is_member: bool = True
    members: list[str] = field(default_factory=list)
    is_im: bool = False

    def as_api(self) -> Params:
        return {
            "id": self.id,
            "name": self.name,
            "is_channel": not (self.is_private or self.is_im),
            "is_group": False,
            "is_im": self.is_im,
            "is_private": self.is_private or self.is_im,
            "is_archived": False,
            "is_member": self.is_member,
            "num_members": len(self.members),
        }


@dataclass(frozen=True)
class _Reply:
    status: int = 200
    body: Params | str = field(default_factory=lambda: {"ok": True})
    headers: dict[str, str] = field(default_factory=dict)
    drop_connection: bool = False


@dataclass
class _Fault:
    reply: _Reply
    remaining: int


@dataclass
class _TokenBucket:
    """Allows ``per_second`` calls per second with bursts of at most max(1, per_second)."""

    per_second: float
    tokens: float
    updated: float

    @classmethod
    def full(cls, per_second: float) -> _TokenBucket:
        return cls(per_second, cls.capacity_for(per_second), time.monotonic())

    @staticmethod
    def capacity_for(per_second: float) -> float:
        return max(1.0, per_second)

    def take(self, now: float) -> bool:
        refilled = self.tokens + (now - self.updated) * self.per_second
        self.tokens = min(self.capacity_for(self.per_second), refilled)
        self.updated = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # many senders at once (a fan-out, a bench) are not turned away


class _ApiError(Exception):
    """Raised by a method handler to answer ``{"ok": false, "error": ...}``."""

    def __init__(self, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.body: Params = {"ok": False, "error": error, **extra}


class FakeSlack:
    """Local fake of the Slack Web API, response URLs and file upload URLs."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.users: dict[str, FakeUser] = {}
        self.channels: dict[str, FakeChannel] = {}
        # Ids and timestamps keep counting across reset() so they stay unique.
        self._id_counters: Counter[str] = Counter()
        self._handlers: dict[str, Handler] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.update": self._update_message,
            "chat.delete": self._delete_message,
            "chat.postEphemeral": self._post_ephemeral,
            "chat.getPermalink": self._get_permalink,
            "views.open": lambda params: self._open_modal("views.open", params),
            "views.push": lambda params: self._open_modal("views.push", params),
            "views.update": self._update_view,
            "views.publish": self._publish_view,
            "users.info": self._users_info,
            "conversations.open": self._open_conversation,
            "conversations.join": self._join_conversation,
            "conversations.info": self._conversation_info,
            "conversations.members": self._conversation_members,
            "conversations.create": self._create_conversation,
            "conversations.invite": self._invite_to_conversation,
            "files.getUploadURLExternal": self._get_upload_url,
            "files.completeUploadExternal": self._complete_upload,
            "oauth.v2.access": self._oauth_access,
            "apps.connections.open": self._open_socket_connection,
        }
        self.oauth_grants: dict[str, Params] = {}
        self.reset()

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> FakeSlack:
        if self._server is not None:
            return self
        server = _Server(("127.0.0.1", 0), _RequestHandler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": POLL_SECONDS},
            name="FakeSlack",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget recorded traffic, uploads, views and faults; users and channels stay."""
        with self._lock:
            self._calls: list[Call] = []
            self.violations: list[str] = []
            self.uploads: dict[str, bytes] = {}
            self._faults: dict[str, deque[_Fault]] = {}
            self._limits: dict[str, float] = {}
            self._buckets: dict[tuple[str, str | None], _TokenBucket] = {}
            self._views: dict[str, Params] = {}
            self._external_view_ids: dict[str, str] = {}
            self._home_view_ids: dict[str, str] = {}
            self._pending_files: dict[str, Params] = {}
            # Set by fakeslack.socket_server.FakeSocketMode: a fresh ws:// URL per call.
            self.socket_mode_url: Callable[[], str] | None = None

    # --- addresses ----------------------------------------------------------------------

    @property
    def root_url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeSlack is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        """Pass as ``WebClient(base_url=...)``; slack_sdk appends the method name."""
        return f"{self.root_url}/api/"

    def response_url(self, name: str = "r1") -> str:
        """A response URL whose POSTs are recorded as calls to method ``"response_url"``."""
        return f"{self.root_url}/response/{name}"

    # --- workspace setup ----------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        *,
        locale: str = "en-US",  # Slack has no Dutch: Dutch members carry en-US or en-GB
        tz: str = "Europe/Amsterdam",
        name: str | None = None,
        real_name: str | None = None,
        team_id: str = TEAM_ID,
        status_text: str = "",
        status_emoji: str = "",
        is_bot: bool = False,
        deleted: bool = False,
        is_admin: bool = False,
        is_owner: bool = False,
    ) -> FakeUser:
        user = FakeUser(
            id=user_id,
            name=name or user_id.lower(),
            real_name=real_name or f"Gebruiker {user_id}",
            locale=locale,
            tz=tz,
            team_id=team_id,
            status_text=status_text,
            status_emoji=status_emoji,
            is_bot=is_bot,
            deleted=deleted,
            is_admin=is_admin,
            is_owner=is_owner,
        )
        with self._lock:
            self.users[user_id] = user
        return user

    def add_channel(
        self,
        channel_id: str,
        *,
        name: str | None = None,
        is_private: bool = False,
        is_member: bool = True,
        members: list[str] | None = None,
    ) -> FakeChannel:
        channel = FakeChannel(
            id=channel_id,
            name=name or channel_id.lower(),
            is_private=is_private,
            is_member=is_member,
            members=list(members or []),
        )
        with self._lock:
            self.channels[channel_id] = channel
        return channel

    # --- fault injection ----------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        error: str | None = None,
        status: int = 200,
        retry_after: int | None = None,
        times: int = 1,
        drop_connection: bool = False,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail instead of being answered."""
        reply = _fault_reply(error, status, retry_after, drop_connection)
        with self._lock:
            self._faults.setdefault(method, deque()).append(_Fault(reply, times))

    def rate_limit(self, method: str, per_second: float) -> None:
        """Answer 429 (Retry-After: 1) once calls of ``method`` exceed ``per_second``, like
        Slack per workspace: each token (each installation) has its own allowance."""
        with self._lock:
            self._limits[method] = per_second
            for key in [key for key in self._buckets if key[0] == method]:
                del self._buckets[key]

    # --- inspection ---------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """A snapshot of all recorded calls, oldest first."""
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self._calls if call.method == method]

    def last(self, method: str) -> Call:
        calls = self.calls_to(method)
        if not calls:
            raise AssertionError(f"no call to {method}; calls seen: {self._summary()}")
        return calls[-1]

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,
        where: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Wait until ``count`` matching calls arrived; Bolt listeners run after the ack."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                matches = [c for c in self.calls_to(method) if where is None or where(c)]
                remaining = deadline - time.monotonic()
                if len(matches) >= count:
                    return matches
                if remaining <= 0:
                    condition = " matching `where`" if where is not None else ""
                    raise AssertionError(
                        f"expected {count} call(s) to {method}{condition} within {timeout}s, "
                        f"got {len(matches)}; calls seen: {self._summary()}"
                    )
                self._changed.wait(remaining)

    def _summary(self) -> str:
        counts = Counter(call.method for call in self.calls)
        return ", ".join(f"{method} x{n}" for method, n in counts.items()) or "none"

    # --- request pipeline (called from server threads) ----------------------------------

    def handle(self, path: str, headers: Any, body: bytes) -> _Reply:
        """Answer one HTTP request; a bug in the fake becomes a 500 and a violation."""
        try:
            return self._route(path, headers, body)
        except Exception as error:
            with self._lock:
                self.violations.append(f"fake server error on {path}: {error!r}")
            return _Reply(500, {"ok": False, "error": "fake_server_error"})

    def _route(self, path: str, headers: Any, body: bytes) -> _Reply:
        url = urlsplit(path)
        route, _, name = url.path.strip("/").partition("/")
        content_type = headers.get("Content-Type", "")
        if route == "upload" and name:
            data = _upload_bytes(body, content_type)
            meta = {"size": len(data)}
            return self._serve("upload", None, meta, name, lambda: self._upload(name, data))
        params = _parse_params(body, content_type, url.query)
        token = _bearer_token(headers) or params.pop("token", None)
        if route == "api" and name:
            return self._serve(name, token, params, None, lambda: self._answer(name, params))
        if route == "response" and name:
            return self._serve("response_url", token, params, name, lambda: self._respond(params))
        return _Reply(404, {"ok": False, "error": "unknown_method"})

    def _serve(
        self,
        method: str,
        token: str | None,
        params: Params,
        target: str | None,
        answer: Callable[[], _Reply],
    ) -> _Reply:
        """Apply faults and rate limits, answer, record the call and wake up waiters."""
        with self._changed:
            reply = self._take_fault(method) or self._throttle(method, token) or answer()
            response = reply.body if isinstance(reply.body, dict) else None
            self._calls.append(Call(method, params, token, target=target, response=response))
            self._changed.notify_all()
        return reply

    def _take_fault(self, method: str) -> _Reply | None:
        queue = self._faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.popleft()
        return fault.reply

    def _throttle(self, method: str, token: str | None) -> _Reply | None:
        limit = self._limits.get(method)
        if limit is None:
            return None
        bucket = self._buckets.get((method, token))
        if bucket is None:
            bucket = self._buckets[method, token] = _TokenBucket.full(limit)
        if bucket.take(time.monotonic()):
            return None
        return _rate_limited_reply(1)

    def _answer(self, method: str, params: Params) -> _Reply:
        handler = self._handlers.get(method, _ok)
        try:
            return _Reply(body=handler(params))
        except _ApiError as error:
            return _Reply(body=error.body)

    def _respond(self, params: Params) -> _Reply:
        """A response URL answers invalid blocks with HTTP 400 rather than ok=false."""
        try:
            self._check("response_url", limits.check_message(params))
        except _ApiError as error:
            return _Reply(400, error.body)
        return _Reply(body={"ok": True})

    def _upload(self, file_id: str, data: bytes) -> _Reply:
        if file_id not in self._pending_files:
            return _Reply(404, "file not found")
        self.uploads[file_id] = data
        return _Reply(body=f"OK - {len(data)}")

    # --- shared rules -------------------------------------------------------------------

    def _check(self, method: str, errors: list[str]) -> None:
        """Reject Block Kit violations like Slack, and keep them for the test to see."""
        if errors:
            self.violations.extend(f"{method}: {error}" for error in errors)
            raise _ApiError("invalid_blocks", errors=errors, response_metadata={"messages": errors})

    def _next_id(self, prefix: str) -> str:
        self._id_counters[prefix] += 1
        return f"{prefix}{self._id_counters[prefix]:04d}"

    def _next_ts(self) -> str:
        """Unique, increasing message timestamps: 1700000000.000100, ...000200, ..."""
        self._id_counters["ts"] += 1
        micros = self._id_counters["ts"] * TS_STEP_MICROS
        return f"{FIRST_TS_SECONDS + micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _channel(self, params: Params, key: str = "channel") -> FakeChannel:
        """A known channel the bot can see; Slack hides private channels from non-members."""
        channel = self.channels.get(params.get(key) or "")
        if channel is None or (channel.is_private and not channel.is_member):
            raise _ApiError("channel_not_found")
        return channel

    def _postable_channel(self, params: Params, key: str = "channel") -> str:
        """Channel id to post in; unknown channels are allowed, known ones need membership."""
        channel_id = params.get(key)
        if not channel_id:
            raise _ApiError("channel_not_found")
        if channel_id in self.channels and not self._channel(params, key).is_member:
            raise _ApiError("not_in_channel")
        return channel_id

    def _message(self, params: Params, ts: str) -> Params:
        message: Params = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "ts": ts,
            "text": params.get("text", ""),
        }
        for key in ("blocks", "attachments", "thread_ts", "metadata"):
            if key in params:
                message[key] = params[key]
        return message

    def _save_view(self, view: Params, view_id: str | None = None) -> Params:
        external_id = view.get("external_id")
        view_id = view_id or self._external_view_ids.get(external_id or "") or self._next_id("V")
        saved = {
            **view,
            "id": view_id,
            "team_id": TEAM_ID,
            "app_id": APP_ID,
            "bot_id": BOT_ID,
            "hash": f"{time.time():.6f}.{self._next_id('H')}",
            "state": {"values": {}},
        }
        self._views[view_id] = saved
        if external_id:
            self._external_view_ids[external_id] = view_id
        return saved

    # --- API methods --------------------------------------------------------------------

    def add_oauth_grant(
        self,
        code: str,
        *,
        team_id: str,
        team_name: str,
        bot_token: str,
        installer: str,
        enterprise_id: str | None = None,
        enterprise_name: str = "Zorgconcern",
    ) -> None:
        """What `oauth.v2.access` answers for `code` (an install into another workspace);
        with `enterprise_id`, a workspace inside an Enterprise Grid organisation."""
        enterprise = {"id": enterprise_id, "name": enterprise_name} if enterprise_id else None
        self.oauth_grants[code] = {
            "ok": True,
            "app_id": "A0001",
            "authed_user": {"id": installer},
            "scope": "commands,chat:write",
            "token_type": "bot",
            "access_token": bot_token,
            "bot_user_id": BOT_USER_ID,
            "team": {"id": team_id, "name": team_name},
            "enterprise": enterprise,
            "is_enterprise_install": False,
        }

    def _oauth_access(self, params: Params) -> Params:
        grant = self.oauth_grants.get(str(params.get("code")))
        if grant is None:
            raise _ApiError("invalid_code")
        return grant

    def _open_socket_connection(self, params: Params) -> Params:
        """Socket Mode: the WebSocket URL to connect to (one-time ticket, like Slack's)."""
        if self.socket_mode_url is None:  # no Socket Mode server attached to this fake
            raise _ApiError("invalid_auth")
        return {"ok": True, "url": self.socket_mode_url()}

    def _auth_test(self, params: Params) -> Params:
        return {
            "ok": True,
            "url": TEAM_URL,
            "team": TEAM_NAME,
            "user": "lnbot",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _post_message(self, params: Params) -> Params:
        channel = self._postable_channel(params)
        _require_content(params)
        self._check("chat.postMessage", limits.check_message(params))
        ts = self._next_ts()
        return {"ok": True, "channel": channel, "ts": ts, "message": self._message(params, ts)}

    def _update_message(self, params: Params) -> Params:
        channel = self._postable_channel(params)
        ts = _require_ts(params, "ts")
        self._check("chat.update", limits.check_message(params))
        message = self._message(params, ts)
        return {
            "ok": True,
            "channel": channel,
            "ts": ts,
            "text": message["text"],
            "message": message,
        }

    def _delete_message(self, params: Params) -> Params:
        channel = self._postable_channel(params)
        return {"ok": True, "channel": channel, "ts": _require_ts(params, "ts")}

    def _post_ephemeral(self, params: Params) -> Params:
        _require(params, "user")
        self._postable_channel(params)
        _require_content(params)
        self._check("chat.postEphemeral", limits.check_message(params))
        return {"ok": True, "message_ts": self._next_ts()}

    def _get_permalink(self, params: Params) -> Params:
        channel = self._postable_channel(params)
        ts = _require_ts(params, "message_ts")
        permalink = f"{TEAM_URL}archives/{channel}/p{ts.replace('.', '')}"
        return {"ok": True, "channel": channel, "permalink": permalink}

    def _open_modal(self, method: str, params: Params) -> Params:
        """views.open and views.push: a new modal, which needs a fresh trigger_id."""
        _require(params, "trigger_id", "view")
        self._check(method, limits.check_view(params["view"], expected_type="modal"))
        return {"ok": True, "view": self._save_view(params["view"])}

    def _update_view(self, params: Params) -> Params:
        _require(params, "view")
        external_id = params.get("external_id") or ""
        view_id = params.get("view_id") or self._external_view_ids.get(external_id)
        if not view_id:
            raise _ApiError("not_found")
        known = self._views.get(view_id)
        if known is not None and params.get("hash") and params["hash"] != known["hash"]:
            raise _ApiError("hash_conflict")
        self._check("views.update", limits.check_view(params["view"]))
        return {"ok": True, "view": self._save_view(params["view"], view_id)}

    def _publish_view(self, params: Params) -> Params:
        _require(params, "user_id", "view")
        self._check("views.publish", limits.check_view(params["view"], expected_type="home"))
        user_id = params["user_id"]
        if user_id not in self._home_view_ids:
            self._home_view_ids[user_id] = self._next_id("V")
        return {"ok": True, "view": self._save_view(params["view"], self._home_view_ids[user_id])}

    def _users_info(self, params: Params) -> Params:
        user = self.users.get(params.get("user") or "")
        if user is None:
            raise _ApiError("user_not_found")
        include_locale = _truthy(params.get("include_locale"))
        return {"ok": True, "user": user.as_api(include_locale=include_locale)}

    def _open_conversation(self, params: Params) -> Params:
        if params.get("channel"):
            return {"ok": True, "channel": {"id": params["channel"]}, "already_open": True}
        _require(params, "users")
        user_id = str(params["users"]).split(",")[0].strip()
        channel_id = f"D{user_id}"
        if channel_id not in self.channels:
            self.channels[channel_id] = FakeChannel(
                channel_id, user_id, members=[user_id, BOT_USER_ID], is_im=True
            )
        return {"ok": True, "channel": {"id": channel_id}}

    def _join_conversation(self, params: Params) -> Params:
        channel = self._channel(params)
        if channel.is_private:
            raise _ApiError("channel_not_found")
        already_member = channel.is_member
        channel.is_member = True
        if BOT_USER_ID not in channel.members:
            channel.members.append(BOT_USER_ID)
        answer: Params = {"ok": True, "channel": channel.as_api()}
        if already_member:
            answer["warning"] = "already_in_channel"
        return answer

    def _create_conversation(self, params: Params) -> Params:
        """A new channel with the bot in it; Slack's naming rule and `name_taken` included."""
        _require(params, "name")
        name = str(params["name"])
        if not re.fullmatch(r"[a-z0-9_-]{1,80}", name):
            raise _ApiError("invalid_name_specials")
        if any(channel.name == name for channel in self.channels.values()):
            raise _ApiError("name_taken")
        channel = FakeChannel(
            self._next_id("C"),
            name,
            is_private=str(params.get("is_private", "")).lower() == "true",
            members=[BOT_USER_ID],
        )
        self.channels[channel.id] = channel
        return {"ok": True, "channel": channel.as_api()}

    def _invite_to_conversation(self, params: Params) -> Params:
        _require(params, "users")
        channel = self._channel(params)
        if not channel.is_member:
            raise _ApiError("not_in_channel")
        users = [u.strip() for u in str(params["users"]).split(",") if u.strip()]
        if any(user in channel.members for user in users):
            raise _ApiError("already_in_channel")
        channel.members.extend(users)
        return {"ok": True, "channel": channel.as_api()}

    def _conversation_info(self, params: Params) -> Params:
        return {"ok": True, "channel": self._channel(params).as_api()}

    def _conversation_members(self, params: Params) -> Params:
        members = self._channel(params).members
        start = int(params.get("cursor") or 0)
        limit = int(params.get("limit") or 100)
        end = start + limit
        next_cursor = str(end) if end < len(members) else ""
        return {
            "ok": True,
            "members": members[start:end],
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _get_upload_url(self, params: Params) -> Params:
        _require(params, "filename", "length")
        file_id = self._next_id("F")
        self._pending_files[file_id] = {"name": params["filename"], "length": int(params["length"])}
        return {"ok": True, "upload_url": f"{self.root_url}/upload/{file_id}", "file_id": file_id}

    def _complete_upload(self, params: Params) -> Params:
        _require(params, "files")
        if params.get("channel_id"):
            self._postable_channel(params, "channel_id")
        return {"ok": True, "files": [self._completed_file(item) for item in params["files"]]}

    def _completed_file(self, item: Params) -> Params:
        file_id = item.get("id", "")
        pending = self._pending_files.get(file_id)
        if pending is None or file_id not in self.uploads:
            raise _ApiError("file_not_found")
        return {
            "id": file_id,
            "name": pending["name"],
            "title": item.get("title") or pending["name"],
            "size": len(self.uploads[file_id]),
            "permalink": f"{TEAM_URL}files/{BOT_USER_ID}/{file_id}/{pending['name']}",
        }


class _RequestHandler(BaseHTTPRequestHandler):
    """Thin HTTP shell around :meth:`FakeSlack.handle`."""

    def do_POST(self) -> None:
        self._serve()

    def do_GET(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet; the test output is for the test."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fake: FakeSlack = self.server.fake  # type: ignore[attr-defined]
        reply = fake.handle(self.path, self.headers, body)
        if reply.drop_connection:
            self.close_connection = True  # the client sees the socket close without a reply
            return
        self._send(reply)

    def _send(self, reply: _Reply) -> None:
        if isinstance(reply.body, dict):
            payload = json.dumps(reply.body).encode()
            content_type = "application/json; charset=utf-8"
        else:
            payload = reply.body.encode()
            content_type = "text/plain; charset=utf-8"
        self.send_response(reply.status)
        headers = {"Content-Type": content_type, **reply.headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


# --- request parsing --------------------------------------------------------------------


def _parse_params(body: bytes, content_type: str, query: str) -> Params:
    """Form, JSON or multipart parameters (plus query string), JSON fields decoded."""
    params: Params = dict(parse_qsl(query, keep_blank_values=True))
    if content_type.startswith("application/json"):
        decoded = json.loads(body or b"{}")
        params.update(decoded if isinstance(decoded, dict) else {"_body": decoded})
    elif content_type.startswith("multipart/form-data"):
        params.update(_parse_multipart(body, content_type))
    else:
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    for key in JSON_PARAMS:
        if isinstance(params.get(key), str):
            params[key] = _json_or_raw(params[key])
    return params


def _parse_multipart(body: bytes, content_type: str) -> Params:
    """Multipart fields: file parts as bytes, other parts as text."""
    header = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
    fields: Params = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        fields[name] = data if part.get_filename() else data.decode("utf-8")
    return fields


def _upload_bytes(body: bytes, content_type: str) -> bytes:
    """files_upload_v2 posts raw bytes; browsers and curl -F post multipart."""
    if not content_type.startswith("multipart/form-data"):
        return body
    parts = _parse_multipart(body, content_type).values()
    return next((part for part in parts if isinstance(part, bytes)), b"")


def _bearer_token(headers: Any) -> str | None:
    authorization = headers.get("Authorization") or ""
    scheme, _, token = authorization.partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def _json_or_raw(value: str) -> Any:
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1")


# --- answers ----------------------------------------------------------------------------


def _ok(params: Params) -> Params:
    return {"ok": True}


def _require(params: Params, *names: str) -> None:
    missing = [name for name in names if params.get(name) in (None, "")]
    if missing:
        messages = [f"[ERROR] missing required field: {name}" for name in missing]
        raise _ApiError("invalid_arguments", response_metadata={"messages": messages})


def _require_ts(params: Params, key: str) -> str:
    if not params.get(key):
        raise _ApiError("message_not_found")
    return str(params[key])


def _require_content(params: Params) -> None:
    if not any(params.get(key) for key in ("text", "blocks", "attachments")):
        raise _ApiError("no_text")


def _rate_limited_reply(retry_after: int) -> _Reply:
    body = {"ok": False, "error": "ratelimited"}
    return _Reply(429, body, {"Retry-After": str(retry_after)})


def _fault_reply(error: str | None, status: int, retry_after: int | None, drop: bool) -> _Reply:
    if drop:
        return _Reply(drop_connection=True)
    if status == 429:
        return _rate_limited_reply(1 if retry_after is None else retry_after)
    headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
    if status != 200:
        return _Reply(status, {"ok": False, "error": error or "internal_error"}, headers)
    if error is None:
        raise ValueError("fail_next needs error=, a non-200 status or drop_connection=True")
    return _Reply(200, {"ok": False, "error": error}, headers)


def _tz_details(tz: str) -> tuple[str, int]:
    """(label, offset in seconds) for users.info; unknown zones fall back to UTC."""
    try:
        now = datetime.now(ZoneInfo(tz))
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC", 0
    offset = now.utcoffset()
    return now.tzname() or tz, int(offset.total_seconds()) if offset else 0
