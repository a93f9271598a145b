"""One log line per Slack request: its kind, the id it addresses, time to the ack, outcome.

Never the text people typed, never a token: only ids that Slack and our code define.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt.request.internals import parse_body

from bot.edge.http_guard import PAYLOAD

logger = logging.getLogger("lnbot.requests")
WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def logged(app: WsgiApp) -> WsgiApp:
    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(body)
        started = time.perf_counter()
        status: list[str] = []

        def capture(line: str, headers: list[Any], exc_info: Any = None) -> Any:
            status.append(line.split(" ", 1)[0])
            return start_response(line, headers, exc_info)

        result = app(environ, capture)
        latency_ms = (time.perf_counter() - started) * 1000
        payload = environ.get(PAYLOAD)  # parsed by the guard, when it checked the request
        if payload is None:
            kind, target = describe(
                body.decode("utf-8", "replace"), environ.get("CONTENT_TYPE", "")
            )
        else:
            kind, target = describe_payload(payload)
        logger.info("request %s %s %.1fms %s", kind, target, latency_ms, "".join(status))
        return result

    return application


def describe(body: str, content_type: str) -> tuple[str, str]:
    """(kind, id) of a Slack request, e.g. ('command', '/lerend') or ('block_actions', 'vote')."""
    try:
        payload = parse_body(body, content_type)
    except ValueError:
        return "unreadable", "-"
    return describe_payload(payload)


def describe_payload(payload: dict[str, Any]) -> tuple[str, str]:
    if "command" in payload:
        return "command", str(payload["command"])
    kind = str(payload.get("type") or "unknown")
    if kind == "event_callback":
        return "event", str((payload.get("event") or {}).get("type"))
    if kind == "block_actions":
        return kind, ",".join(str(a.get("action_id")) for a in payload.get("actions") or [])
    if kind in ("view_submission", "view_closed"):
        return kind, str((payload.get("view") or {}).get("callback_id"))
    return kind, str(payload.get("callback_id") or "-")
