"""The HTTP edge's first check: a request cannot cost memory, a traceback or a second effect.

In this order, before Bolt (or anything else) parses the body:
1. **Size.** A body longer than the limit is refused with 413 on its Content-Length, unread;
   a body without one (chunked) is read only up to the limit. Waitress refuses the same
   bodies even earlier, before the app is called (`max_request_body_size`, bot/server.py);
   this check keeps the promise under any WSGI server.
2. **Signature.** slack_sdk's `SignatureVerifier` over the raw body: unsigned, stale or
   non-numeric timestamps, wrong signatures get 401.
3. **Shape.** The body is parsed as Bolt will parse it; bad JSON or a bad form gets 400.
4. **Replay.** A signed command, modal submission or shortcut is marked (`ONE_SHOT`: its
   signature and timestamp); the next step remembers it in the same transaction that keeps the
   request, and answers a copy seen before with an empty 200 (bot/edge/inbox.py, replay.py).
Refusals are logged in one line at INFO, never with a traceback or the body. What passes goes
on with the very bytes that were checked, and the payload parsed from them (`PAYLOAD`).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt.request.internals import parse_body
from slack_sdk.signature import SignatureVerifier

from bot.config import DEFAULT_MAX_BODY_BYTES
from bot.edge.replay import is_one_shot

logger = logging.getLogger("lnbot.requests")

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
PAYLOAD = "lnbot.payload"  # environ key: the checked request's parsed body
ONE_SHOT = "lnbot.one_shot"  # environ key: (signature, timestamp) of a request a copy could repeat


class Refused(Exception):
    """The request is answered with `status` and goes no further."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def guarded(
    app: WsgiApp,
    *,
    path: str,
    signing_secret: str | None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> WsgiApp:
    """Wrap `app`: every request is size-checked; POSTs to `path` are also signature- and
    shape-checked, and marked for the replay check (without a signing secret the signature
    and replay checks are skipped, as Bolt then skips verification too)."""
    verifier = SignatureVerifier(signing_secret) if signing_secret else None

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            body = read_body(environ, max_body_bytes)
            slack_post = (
                environ.get("PATH_INFO") == path and environ.get("REQUEST_METHOD") == "POST"
            )
            if slack_post:
                _check(environ, body, verifier)
        except Refused as refusal:
            logger.info("request refused %s (%s)", refusal.status.split(" ", 1)[0], refusal.reason)
            return _answer(start_response, refusal.status, refusal.reason.encode())
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return app(environ, start_response)

    return application


def read_body(environ: dict[str, Any], limit: int) -> bytes:
    """The body, read only when it fits in `limit` bytes."""
    declared = environ.get("CONTENT_LENGTH") or ""
    stream = environ["wsgi.input"]
    if declared:
        if not declared.isdigit():
            raise Refused("400 Bad Request", "bad Content-Length")
        if int(declared) > limit:
            raise Refused("413 Payload Too Large", f"body over {limit} bytes")
        return bytes(stream.read(int(declared)))
    if not environ.get("wsgi.input_terminated"):
        return b""  # no length and no end marker: reading could block; there is no body
    body = bytes(stream.read(limit + 1))
    if len(body) > limit:
        raise Refused("413 Payload Too Large", f"body over {limit} bytes")
    return body


def _check(environ: dict[str, Any], body: bytes, verifier: SignatureVerifier | None) -> None:
    """Check signature then shape (raising `Refused`); note the payload, and the signature of
    a request a copy could repeat."""
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or ""
    signature = environ.get("HTTP_X_SLACK_SIGNATURE") or ""
    if verifier is not None:
        if not (signature and timestamp.isascii() and timestamp.isdigit() and len(timestamp) < 16):
            raise Refused("401 Unauthorized", "missing signature or timestamp")
        # Slack sends UTF-8; other bytes are replaced, so such a body can never match.
        if not verifier.is_valid(body.decode("utf-8", "replace"), timestamp, signature):
            raise Refused("401 Unauthorized", "bad or stale signature")
    content_type = environ.get("CONTENT_TYPE")
    payload = _parse(body, content_type)
    environ[PAYLOAD] = payload
    if verifier is not None and is_one_shot(content_type, payload):
        environ[ONE_SHOT] = (signature, int(timestamp))


def _parse(body: bytes, content_type: str | None) -> dict[str, Any]:
    """Parse as Bolt does (JSON, a form, or a form carrying a JSON `payload`)."""
    bolt_type = (content_type or "").split(";")[0] or None  # as Bolt reads the header
    try:
        parsed = parse_body(body.decode("utf-8"), bolt_type)
    except ValueError:  # bad UTF-8, JSON or form: a bad request, not a server error
        raise Refused("400 Bad Request", "malformed body") from None
    if not isinstance(parsed, dict):
        raise Refused("400 Bad Request", "malformed body")
    return parsed


def _answer(start_response: StartResponse, status: str, body: bytes) -> Iterable[bytes]:
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
    )
    return [body]
