"""Requests that cannot hurt: each probe of the attack is a real HTTP request into the served
app (waitress), plus the guard alone under a plain WSGI call for what waitress hides."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import select
import socket
import time
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from bot.config import DEFAULT_MAX_BODY_BYTES
from bot.edge.http_guard import guarded
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import FORM, JSON, SlackRequestClient
from tests.conftest import SIGNING_SECRET

HUNDRED_MB = 100 * 1024 * 1024
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_bytes() -> int:
    """Resident memory of this process (the served app runs in it, on a thread)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


def open_socket(server_url: str) -> socket.socket:
    url = urlsplit(server_url)
    return socket.create_connection((url.hostname, url.port), timeout=10)


def read_status(sock: socket.socket, timeout: float = 10) -> tuple[int, bytes]:
    """The status code of the answer, and what came of it, read until the server closes."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return int(data.split(b" ", 2)[1]), data


def slack_effects(slack: FakeSlack) -> list[Any]:
    """Calls to Slack other than the token check the app makes when it is built."""
    return [call for call in slack.calls if call.method != "auth.test"]


def no_error_logged(caplog: pytest.LogCaptureFixture) -> bool:
    return not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


@pytest.fixture
def error_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


# --- size --------------------------------------------------------------------------------


def test_a_100_mb_unsigned_body_is_refused_with_413_before_it_is_read(
    server_url: str, slack: FakeSlack, error_log: pytest.LogCaptureFixture
) -> None:
    before = rss_bytes()
    sock = open_socket(server_url)
    try:
        head = (
            "POST /slack/events HTTP/1.1\r\nHost: lnbot\r\n"
            f"Content-Type: {FORM}\r\nContent-Length: {HUNDRED_MB}\r\n\r\n"
        )
        sock.sendall(head.encode() + b"a" * 64 * 1024)  # a little of the promised 100 MB
        status, _answer = read_status(sock)
    finally:
        sock.close()
    assert status == 413  # answered while 99.9 % of the body was never even sent
    assert rss_bytes() - before < 16 * 1024 * 1024
    assert not slack_effects(slack) and no_error_logged(error_log)


def test_a_chunked_body_is_read_only_up_to_the_limit(
    server_url: str, slack: FakeSlack, error_log: pytest.LogCaptureFixture
) -> None:
    before = rss_bytes()
    sock = open_socket(server_url)
    sent = 0
    status = 0
    chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"a" * 64 * 1024)
    try:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: lnbot\r\n"
            b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        while sent < HUNDRED_MB:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                status, _answer = read_status(sock)
                break
            try:
                sock.sendall(chunk)
            except OSError:  # the server hung up on us: read its answer
                status, _answer = read_status(sock)
                break
            sent += len(chunk)
    finally:
        sock.close()
    assert status == 413
    # Refused once past the limit; what we sent beyond it sat in the sockets' kernel buffers.
    assert sent < 16 * 1024 * 1024
    assert rss_bytes() - before < 16 * 1024 * 1024
    assert not slack_effects(slack) and no_error_logged(error_log)


def test_a_signed_body_near_the_limit_is_served(client: SlackRequestClient) -> None:
    body = {"type": "url_verification", "challenge": "c1", "token": "x"}
    body["padding"] = "x" * (DEFAULT_MAX_BODY_BYTES - len(json.dumps(body)) - 20)
    response = client.send_raw(json.dumps(body), JSON)
    assert response.status == 200 and "c1" in response.body


def test_a_body_one_byte_over_the_limit_is_refused(client: SlackRequestClient) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "c1"})
    body += " " * (DEFAULT_MAX_BODY_BYTES + 1 - len(body))
    assert client.send_raw(body, JSON).status == 413


class CountingStream(io.BytesIO):
    """A request body that counts what the app reads of it."""

    def __init__(self, size: int) -> None:
        super().__init__(b"a" * size)
        self.read_bytes = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.read_bytes += len(data)
        return data


def call_guard(environ: dict[str, Any]) -> tuple[str, bool]:
    """Run the guard alone (no waitress in front); returns (status, whether app was reached)."""
    reached: list[bool] = []
    statuses: list[str] = []

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        reached.append(True)
        start_response("200 OK", [])
        return [b""]

    guard = guarded(app, path="/slack/events", signing_secret=SIGNING_SECRET, max_body_bytes=1024)
    guard(environ, lambda status, headers: statuses.append(status))
    return statuses[0], bool(reached)


def test_the_guard_alone_refuses_on_content_length_without_reading() -> None:
    stream = CountingStream(4096)
    status, reached = call_guard(
        {
            "PATH_INFO": "/slack/events",
            "REQUEST_METHOD": "POST",
            "CONTENT_LENGTH": str(HUNDRED_MB),
            "wsgi.input": stream,
        }
    )
    assert status.startswith("413") and not reached and stream.read_bytes == 0


def test_the_guard_alone_reads_a_body_without_length_only_up_to_the_limit() -> None:
    stream = CountingStream(1024 * 1024)
    status, reached = call_guard(
        {
            "PATH_INFO": "/slack/events",
            "REQUEST_METHOD": "POST",
            "wsgi.input": stream,
            "wsgi.input_terminated": True,
        }
    )
    assert status.startswith("413") and not reached and stream.read_bytes == 1025


# --- signature before parsing; malformed requests get 4xx, never 500 ----------------------


def test_unsigned_stale_and_odd_timestamps_get_401_without_a_traceback(
    client: SlackRequestClient, slack: FakeSlack, error_log: pytest.LogCaptureFixture
) -> None:
    body = urlencode({"command": "/lerend", "text": "help", "user_id": "U1", "team_id": "T0001"})
    stale = str(int(time.time()) - 6 * 60)
    probes = {
        "unsigned": client.send_raw(body, FORM, signature="", timestamp=""),
        "no timestamp": client.send_raw(body, FORM, timestamp=""),
        "wrong signature": client.send_raw(body, FORM, signature="v0=" + "0" * 64),
        "stale": client.send_raw(body, FORM, timestamp=stale),
        "non-numeric timestamp": client.send_raw(body, FORM, timestamp="nu"),
        "negative timestamp": client.send_raw(body, FORM, timestamp="-1"),
        "float timestamp": client.send_raw(body, FORM, timestamp=f"{time.time():.3f}"),
        "5000-digit timestamp": client.send_raw(body, FORM, timestamp="9" * 5000),
    }
    assert {name: r.status for name, r in probes.items()} == dict.fromkeys(probes, 401)
    assert not slack_effects(slack) and no_error_logged(error_log)
    refusals = [r.getMessage() for r in error_log.records if r.name == "lnbot.requests"]
    assert len(refusals) == len(probes) and all(
        m.startswith("request refused 401") for m in refusals
    )


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ('{"type": "event_callback", "event": ', JSON),  # cut-off JSON
        ("[1, 2, 3]", JSON),  # JSON, but not an object
        ("payload=%7Bnot-json", FORM),  # an interaction whose payload is not JSON
        ("payload=%5B%5D", FORM),  # a payload that is not an object
    ],
)
def test_malformed_signed_bodies_get_400_without_a_traceback(
    client: SlackRequestClient,
    slack: FakeSlack,
    error_log: pytest.LogCaptureFixture,
    body: str,
    content_type: str,
) -> None:
    response = client.send_raw(body, content_type)
    assert response.status == 400
    assert not slack_effects(slack) and no_error_logged(error_log)


def test_a_body_that_is_not_utf8_is_refused_without_a_traceback(server_url: str, error_log):
    """Signed over its raw bytes: the check runs over the text Slack would send (UTF-8), so
    these bytes can never match and the request stops at the signature."""
    body = b'{"type": "url_verification", "challenge": "\xff\xfe"}'
    timestamp = str(int(time.time()))
    base = b"v0:" + timestamp.encode() + b":" + body
    digest = hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    sock = open_socket(server_url)
    try:
        head = (
            "POST /slack/events HTTP/1.1\r\nHost: lnbot\r\nConnection: close\r\n"
            f"Content-Type: {JSON}\r\nContent-Length: {len(body)}\r\n"
            f"X-Slack-Request-Timestamp: {timestamp}\r\nX-Slack-Signature: v0={digest}\r\n\r\n"
        )
        sock.sendall(head.encode() + body)
        status, _answer = read_status(sock)
    finally:
        sock.close()
    assert status == 401
    assert no_error_logged(error_log)
