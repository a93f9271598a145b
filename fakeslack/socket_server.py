"""A local WebSocket server that plays Slack's Socket Mode, so the app's real Socket Mode
client (slack_sdk's built-in one, driven by Bolt's adapter) can be tested end to end.

Slack's protocol, as the tests need it: the app calls ``apps.connections.open`` with its
app-level token (the fake Web API answers with :meth:`FakeSocketMode.issue_url`), opens the
WebSocket, and Slack sends ``hello``. Each request then arrives as an *envelope*
(``{"envelope_id", "type", "payload", "accepts_response_payload"}``, plus ``retry_attempt``
and ``retry_reason`` for events) and the app acknowledges it by sending back
``{"envelope_id": ..., "payload": ...}``. Slack refreshes a connection with a ``disconnect``
message (reason ``warning`` first, then ``refresh_requested``); the app opens a new one.

:class:`SocketEnvelopeClient` speaks the signed-request client's language (``slash``,
``block_action``, ``view_submission``, ``event`` ...) so payloads are built in one place and a
test reads the same in both modes; its answers are the acks.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

from .fake_server import APP_ID, FakeSlack
from .signed import FORM, Response, SlackRequestClient

ACK_TIMEOUT_SECONDS = 10.0  # Slack waits 3 s; a shared, busy test machine needs slack
Payload = dict[str, Any]


@dataclass(frozen=True)
class Ack:
    """What the app sent back for one envelope; ``payload`` is None for a bare ack."""

    envelope_id: str
    payload: Payload | None
    connection: int


@dataclass
class Connection:
    """One WebSocket session; ``number`` counts from 1 in the order they were opened."""

    number: int
    ticket: str
    socket: ServerConnection
    closed: threading.Event


class FakeSocketMode:
    """Slack's Socket Mode endpoint on a free local port.

    ``start(slack)`` also makes the fake Web API's ``apps.connections.open`` hand out this
    server's ``ws://`` URL with a fresh one-time ticket, as Slack does.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._server: Server | None = None
        self._port = 0
        self._thread: threading.Thread | None = None
        self._tickets = itertools.count(1)
        self._issued: set[str] = set()
        self.connections: list[Connection] = []
        self.acks: dict[str, Ack] = {}
        self.refused: list[str] = []  # paths of handshakes with an unknown or used ticket
        self.sent: dict[str, Payload] = {}  # envelopes by id
        self.problems: list[str] = []  # acks Slack would not accept

    # --- lifecycle ----------------------------------------------------------------------

    def start(self, slack: FakeSlack | None = None) -> FakeSocketMode:
        self._server = serve(self._serve, "127.0.0.1", 0, compression=None)
        self._port = int(self._server.socket.getsockname()[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="FakeSocketMode", daemon=True
        )
        self._thread.start()
        if slack is not None:
            slack.socket_mode_url = self.issue_url
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """Kept after stop(), so a client trying to come back finds nobody listening."""
        if not self._port:
            raise RuntimeError("FakeSocketMode is not started")
        return self._port

    def issue_url(self) -> str:
        """A URL like Slack's ``wss://wss-primary.slack.com/link/?ticket=…&app_id=…``."""
        ticket = f"ticket-{next(self._tickets)}-{uuid.uuid4().hex[:8]}"
        with self._lock:
            self._issued.add(ticket)
        return f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={APP_ID}"

    # --- what a test does as Slack ------------------------------------------------------

    def send(
        self,
        kind: str,
        payload: Payload,
        *,
        accepts_response_payload: bool = False,
        retry_attempt: int | None = None,
        retry_reason: str | None = None,
        connection: Connection | None = None,
    ) -> str:
        """Deliver one envelope on the newest open connection; returns its envelope_id."""
        envelope: Payload = {
            "envelope_id": str(uuid.uuid4()),
            "payload": payload,
            "type": kind,
            "accepts_response_payload": accepts_response_payload,
        }
        if kind == "events_api":
            envelope["retry_attempt"] = retry_attempt or 0
            envelope["retry_reason"] = retry_reason or ""
        with self._lock:
            self.sent[envelope["envelope_id"]] = envelope
        (connection or self.current()).socket.send(json.dumps(envelope))
        return str(envelope["envelope_id"])

    def ask_to_reconnect(self, reason: str = "refresh_requested") -> Connection:
        """Slack's ``disconnect`` message (``warning`` comes ~10 s before a refresh)."""
        connection = self.current()
        message = {"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-1"}}
        connection.socket.send(json.dumps(message))
        return connection

    def drop(self) -> Connection:
        """Close the newest connection from Slack's side (a close frame, code 1001)."""
        connection = self.current()
        connection.socket.close(code=1001, reason="going away")
        return connection

    def cut(self) -> Connection:
        """The network drops the newest connection: TCP closes, no WebSocket close frame."""
        connection = self.current()
        with contextlib.suppress(OSError):
            connection.socket.socket.shutdown(socket.SHUT_RDWR)
        return connection

    # --- waiting ------------------------------------------------------------------------

    def current(self) -> Connection:
        with self._lock:
            open_ones = [c for c in self.connections if not c.closed.is_set()]
        if not open_ones:
            raise AssertionError("no open Socket Mode connection")
        return open_ones[-1]

    def wait_connected(self, count: int = 1, timeout: float = 10.0) -> Connection:
        """Wait until ``count`` connections have been opened in all; returns the last of them."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.connections) >= count, timeout):
                raise AssertionError(
                    f"expected {count} Socket Mode connection(s) within {timeout}s, "
                    f"got {len(self.connections)}"
                )
            return self.connections[count - 1]

    def wait_ack(self, envelope_id: str, timeout: float = ACK_TIMEOUT_SECONDS) -> Ack:
        with self._changed:
            if not self._changed.wait_for(lambda: envelope_id in self.acks, timeout):
                raise AssertionError(f"envelope {envelope_id} was not acknowledged in {timeout}s")
            return self.acks[envelope_id]

    def wait_closed(self, connection: Connection, timeout: float = 10.0) -> None:
        if not connection.closed.wait(timeout):
            raise AssertionError(f"connection {connection.number} is still open")

    # --- the server side of one connection ----------------------------------------------

    def _serve(self, websocket: ServerConnection) -> None:
        path = websocket.request.path if websocket.request else ""
        ticket = (parse_qs(urlsplit(path).query).get("ticket") or [""])[0]
        with self._changed:
            if ticket not in self._issued:
                self.refused.append(path)
                websocket.close(code=1008, reason="invalid ticket")
                return
            self._issued.discard(ticket)  # a ticket opens one connection only
            connection = Connection(len(self.connections) + 1, ticket, websocket, threading.Event())
            self.connections.append(connection)
            websocket.send(json.dumps(_hello(len(self.connections))))
            self._changed.notify_all()
        try:
            for message in websocket:
                self._receive(connection, message)
        except ConnectionClosed:
            pass
        finally:
            connection.closed.set()
            with self._changed:
                self._changed.notify_all()

    def _receive(self, connection: Connection, message: str | bytes) -> None:
        """An ack must name an envelope Slack sent, once, and carry a payload only where the
        envelope accepts one; anything else lands in ``problems`` for the test to fail on."""
        try:
            ack = json.loads(message)
        except ValueError:
            ack = None
        envelope_id = ack.get("envelope_id") if isinstance(ack, dict) else None
        with self._changed:
            envelope = self.sent.get(envelope_id or "")
            if ack is None or envelope is None:
                self.problems.append(f"not an ack of a sent envelope: {message!r}")
            elif envelope_id in self.acks:
                self.problems.append(f"envelope {envelope_id} acked twice")
            elif ack.get("payload") and not envelope["accepts_response_payload"]:
                self.problems.append(
                    f"a payload in the ack of an envelope of type {envelope['type']}"
                )
            if envelope_id and envelope is not None:
                self.acks[envelope_id] = Ack(envelope_id, ack.get("payload"), connection.number)
            self._changed.notify_all()


def _hello(num_connections: int) -> Payload:
    return {
        "type": "hello",
        "num_connections": num_connections,
        "debug_info": {
            "host": "applink-1",
            "build_number": 10,
            "approximate_connection_time": 18060,
        },
        "connection_info": {"app_id": APP_ID},
    }


class SocketEnvelopeClient(SlackRequestClient):
    """The signed-request client's payloads, delivered as Socket Mode envelopes.

    Each call returns once the app has acknowledged the envelope: ``status`` 200 and the
    ack's payload as JSON ``body`` ("" for a bare ack), like the HTTP answer it replaces.
    """

    def __init__(
        self,
        socket_mode: FakeSocketMode,
        *,
        after_ack: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """``after_ack`` runs after each ack, e.g. to wait until listeners have finished."""
        super().__init__("http://socket-mode.invalid", "unused-in-socket-mode", **kwargs)
        self.socket_mode = socket_mode
        self._after_ack = after_ack
        self.last_ack: Ack | None = None
        self.ack_seconds: list[float] = []

    def send_raw(
        self,
        body: str,
        content_type: str,
        *,
        signature: str | None = None,
        timestamp: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        kind, payload, accepts = _envelope_of(body, content_type)
        retry = (headers or {}).get("X-Slack-Retry-Num")
        started = time.monotonic()
        envelope_id = self.socket_mode.send(
            kind,
            payload,
            accepts_response_payload=accepts,
            retry_attempt=int(retry) if retry is not None else None,
            retry_reason=(headers or {}).get("X-Slack-Retry-Reason"),
        )
        ack = self.socket_mode.wait_ack(envelope_id, timeout=self.timeout)
        self.ack_seconds.append(time.monotonic() - started)
        self.last_ack = ack
        if self._after_ack is not None:
            self._after_ack()
        return Response(200, "" if ack.payload is None else json.dumps(ack.payload))


def _envelope_of(body: str, content_type: str) -> tuple[str, Payload, bool]:
    """The envelope type, payload and accepts_response_payload Slack uses for a request
    that HTTP mode would have POSTed as ``body``."""
    if content_type != FORM:
        return "events_api", json.loads(body), False
    form = dict(parse_qsl(body, keep_blank_values=True))
    if "payload" not in form:
        return "slash_commands", form, True
    payload = json.loads(form["payload"])
    # The ack may carry a response for modal submissions and option lists only.
    return "interactive", payload, payload.get("type") in ("view_submission", "block_suggestion")


class HeldEndpoint:
    """A response URL that answers only when the test releases it: a listener that posts to
    it is *in progress* for as long as the test wants, without sleeping."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.released = threading.Event()
        self.answered = threading.Event()
        self.bodies: list[bytes] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                endpoint.bodies.append(self.rfile.read(length))
                endpoint.arrived.set()
                endpoint.released.wait(ACK_TIMEOUT_SECONDS * 3)
                payload = b'{"ok": true}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                self.wfile.flush()
                endpoint.answered.set()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/response/held"

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
