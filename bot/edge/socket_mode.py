"""Socket Mode: the same Bolt app and listeners as HTTP mode, reached over Slack's WebSocket.

Bolt's Socket Mode adapter with slack_sdk's built-in client (no extra dependency, and the
one Bolt recommends) does the protocol: it asks `apps.connections.open` for a URL, acks each
envelope with Bolt's answer, opens a new connection when Slack sends `disconnect` or closes
the socket, and pings to notice a dead one. What it lacks is a graceful stop, which
:meth:`SocketModeRunner.stop` adds, and a health check, which `serve` adds on `PORT`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

from slack_bolt.adapter.socket_mode.builtin import SocketModeHandler
from slack_sdk.socket_mode.builtin.connection import Connection

from bot.app import LnBot
from bot.server import make_health_server

logger = logging.getLogger(__name__)
PING_SECONDS = 5.0  # slack_sdk's default; a silently dropped socket is noticed in 4-5 pings
RELEASE_SECONDS = 0.05  # reads on a connection Slack is replacing, so it closes quickly
ENVELOPE_THREADS = 10  # envelopes being acked at once; listeners then run on the bot's pool


class SocketModeRunner:
    """One Socket Mode connection to Slack for `bot`, with a stop that finishes work, and
    optionally GET /healthz on `health_port` (0 picks a free port) for an orchestrator:
    200 while database, scheduler and the Slack connection are fine, 503 otherwise."""

    def __init__(
        self,
        bot: LnBot,
        *,
        health_port: int | None = None,
        ping_interval: float = PING_SECONDS,
    ) -> None:
        if not bot.settings.slack_app_token:
            raise ValueError("Socket Mode needs SLACK_APP_TOKEN")
        self.bot = bot
        self.handler = SocketModeHandler(
            bot.app,
            bot.settings.slack_app_token,
            web_client=bot.client,  # SLACK_API_URL and the retry handlers apply here too
            ping_interval=ping_interval,
            concurrency=ENVELOPE_THREADS,
        )
        self.handler.client.on_message_listeners.append(self._on_message)
        self._health_port = health_port
        self._health: tuple[Any, threading.Thread] | None = None

    def start(self) -> None:
        """Open the connection (SlackApiError when Slack refuses the app token), then
        serve /healthz if asked."""
        self.handler.connect()
        if self._health_port is not None:
            self._health = _start_health(self.bot, self.connected, self._health_port)

    def connected(self) -> bool:
        return self.handler.client.is_connected()

    def _on_message(self, message: str) -> None:
        """Slack asks for a new connection: let the old one go at once. The client closes it
        only when its reader lets go of the socket, which otherwise takes up to the 3 s
        receive timeout, and envelopes on the new connection would wait (over Slack's 3 s
        limit for an ack). Runs in the reader's thread, before its next read."""
        if '"disconnect"' not in message:
            return
        with contextlib.suppress(ValueError):
            if json.loads(message).get("type") == "disconnect":
                session = self.handler.client.current_session
                sock = session.sock if session is not None else None
                if sock is not None:
                    sock.settimeout(RELEASE_SECONDS)

    @property
    def health_port(self) -> int | None:
        return None if self._health is None else int(self._health[0].effective_port)

    def stop(self) -> None:
        """Stop taking envelopes, finish (and ack) the ones in hand, then close the socket.

        Envelopes that arrive after this are never acked, so Slack delivers them again on
        another connection. Listener work after the ack and the dispatcher's batch are
        finished by `LnBot.close`, which the caller runs next.
        """
        client = self.handler.client
        client.default_auto_reconnect_enabled = client.auto_reconnect_enabled = False
        client.closed = True  # ends the loop that hands queued envelopes to workers ...
        client.message_queue.put(None)  # ... now, rather than after its 1 s poll
        if client.message_processor.is_alive():
            client.message_processor.shutdown()
        client.message_workers.shutdown(wait=True)  # acks of envelopes in hand go out
        _end_reading(client.current_session)
        client.close()
        logger.info("Socket Mode connection closed")
        if self._health is not None:
            _stop_health(*self._health)
            self._health = None


def serve(
    bot: LnBot,
    stop: threading.Event,
    *,
    health_port: int | None = None,
    ping_interval: float = PING_SECONDS,
) -> None:
    """Serve Slack over Socket Mode until `stop` is set (by SIGTERM), then stop gracefully."""
    runner = SocketModeRunner(bot, health_port=health_port, ping_interval=ping_interval)
    try:
        runner.start()
        logger.info("connected to Slack in Socket Mode")
        while not stop.wait(1.0):
            pass
        logger.info("stopping: finishing work in progress")
    finally:
        runner.stop()


def _end_reading(session: Connection | None) -> None:
    """Wake the thread blocked reading the socket (it holds the lock `close` needs for up
    to its 3 s receive timeout) by shutting the socket down first."""
    sock = session.sock if session is not None else None
    if sock is None:
        return
    with contextlib.suppress(OSError):  # already gone
        sock.shutdown(socket.SHUT_RDWR)


def _start_health(
    bot: LnBot, connected: Callable[[], bool], port: int
) -> tuple[Any, threading.Thread]:
    server = make_health_server(bot, {"socket": connected}, port=port)
    thread = threading.Thread(target=server.run, name="healthz", daemon=True)
    thread.start()
    logger.info("serving /healthz on port %s", server.effective_port)
    return server, thread


def _stop_health(server: Any, thread: threading.Thread) -> None:
    """Close waitress from inside its own loop, so no socket closes under a running select."""
    try:
        server.trigger.pull_trigger(server.close)
    except OSError:  # the loop has already let go of its trigger
        server.close()
    thread.join(timeout=5)
    server.task_dispatcher.shutdown()  # its worker threads outlive close() otherwise
