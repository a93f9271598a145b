"""Acknowledge first, handle after (bot/edge/inbox.py, bot/worker.py): what the edge answers
at once, what it keeps, and how the worker hands it to the app, once."""

from __future__ import annotations

import io
import itertools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from slack_bolt import Ack, App
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bot.app import LnBot, create_app
from bot.config import Settings
from bot.edge import inbox
from bot.edge.http_guard import PAYLOAD
from bot.server import make_server
from bot.worker import InboxWorker
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import PendingRequest
from tests.conftest import SIGNING_SECRET, FixedClock

FORM = "application/x-www-form-urlencoded"


def pending(bot: LnBot) -> int:
    with bot.session_factory() as session:
        return session.scalar(select(func.count()).select_from(PendingRequest)) or 0


@contextmanager
def edge_only(bot: LnBot) -> Iterator[str]:
    """The HTTP edge with no worker running: what it keeps stays kept."""
    server = make_server(bot, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.trigger.pull_trigger(server.close)
        thread.join(timeout=5)


def test_a_command_is_answered_at_once_and_handled_by_the_worker(
    bot: LnBot, slack: FakeSlack
) -> None:
    with edge_only(bot) as url:
        client = SlackRequestClient(url, SIGNING_SECRET, response_url=slack.response_url)
        response = client.slash(text="help", user="U1")
        assert (response.status, response.body) == (200, "")
        assert pending(bot) == 1
        assert not slack.calls_to("response_url")  # nothing ran before the answer
        bot.worker.drain()
        bot.listener_executor.wait_idle()  # type: ignore[attr-defined]
    assert pending(bot) == 0
    assert "lnbot" in str(slack.last("response_url").params)


def test_a_modal_submission_is_answered_inline_with_its_field_errors(
    bot: LnBot, slack: FakeSlack
) -> None:
    """Its answer carries content (errors), so it never waits in the inbox."""
    from tests.flows import seed_network
    from tests.polls.flows import submit_poll

    network = seed_network(bot)
    with edge_only(bot) as url:
        client = SlackRequestClient(url, SIGNING_SECRET, response_url=slack.response_url)
        response = submit_poll(client, network.id, question="")
        assert response.status == 200
        assert response.json["response_action"] == "errors"
        assert pending(bot) == 0


def test_what_the_edge_kept_survives_a_restart_and_is_handled_once(
    settings: Settings, clock: FixedClock, slack: FakeSlack, listeners: Any
) -> None:
    """Stored by one process that stops before handling it; the next one handles it, even
    when the request is older than a signature lasts."""
    first = create_app(settings, clock=clock, listener_executor=listeners)
    with edge_only(first) as url:
        client = SlackRequestClient(url, SIGNING_SECRET, response_url=slack.response_url)
        assert client.slash(text="help", user="U1").status == 200
    first.close()  # never started its worker
    assert not slack.calls_to("response_url")
    second = create_app(settings, clock=clock, listener_executor=listeners)
    try:
        assert pending(second) == 1
        time.sleep(0.01)
        second.worker.drain()
        listeners.wait_idle()
        second.worker.drain()
        assert len(slack.calls_to("response_url")) == 1
        assert pending(second) == 0
    finally:
        second.close()


def _tiny_app(answers: list[str], slack: FakeSlack) -> App:
    from slack_sdk import WebClient

    client = WebClient(token="xoxb-t", base_url=slack.base_url)  # the fake, never Slack
    app = App(signing_secret=SIGNING_SECRET, token_verification_enabled=False, client=client)

    @app.command("/echo")
    def echo(ack: Ack, command: dict[str, Any]) -> None:
        answers.append(command["text"])
        ack(text=f"je typte {command['text']}")

    return app


def _command_body(text: str, response_url: str) -> str:
    from urllib.parse import urlencode

    fields = {"command": "/echo", "text": text, "user_id": "U1", "team_id": "T0001"}
    return urlencode({**fields, "channel_id": "C1", "response_url": response_url})


def test_an_ack_with_an_answer_reaches_the_person_through_the_response_url(
    bot: LnBot, slack: FakeSlack
) -> None:
    answers: list[str] = []
    worker = InboxWorker(_tiny_app(answers, slack), bot.session_factory, bot.clock)
    body = _command_body("hallo", slack.response_url("echo"))
    inbox.store(bot.engine, body, {"content-type": FORM}, bot.clock.now())
    worker.drain()
    worker.stop()
    assert answers == ["hallo"]
    assert slack.last("response_url").params["text"] == "je typte hallo"


def test_two_workers_never_handle_the_same_request(bot: LnBot, slack: FakeSlack) -> None:
    """Claims are conditional on the row being free: across threads, processes or replicas
    each request is handled exactly once."""
    answers: list[str] = []
    app = _tiny_app(answers, slack)
    texts = [str(number) for number in range(60)]
    for text in texts:
        body = _command_body(text, slack.response_url(f"r{text}"))
        inbox.store(bot.engine, body, {"content-type": FORM}, bot.clock.now())
    workers = [InboxWorker(app, bot.session_factory, bot.clock, poll_seconds=0.001) for _ in "ab"]
    for worker in workers:
        worker.start()
    deadline = time.monotonic() + 20
    while (len(answers) < len(texts) or pending(bot)) and time.monotonic() < deadline:
        time.sleep(0.02)
    for worker in workers:
        worker.stop()
    assert sorted(answers, key=int) == texts
    assert pending(bot) == 0


def test_when_the_inbox_cannot_be_written_the_request_is_handled_inline() -> None:
    def unavailable(_body: str, _headers: Any, _signed: Any) -> bool:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    handled: list[bytes] = []

    def bolt(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        handled.append(environ["wsgi.input"].read())
        start_response("200 OK", [])
        return [b""]

    body = b"command=%2Flerend&text=help"
    environ = {
        "REQUEST_METHOD": "POST",
        "CONTENT_TYPE": FORM,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        PAYLOAD: {"command": "/lerend", "text": "help"},
    }
    inbox.deferring(bolt, unavailable, lambda *_args: True, lambda _payload: True)(
        environ, lambda *_args: None
    )
    assert handled == [body]


def test_which_requests_wait_for_the_worker() -> None:
    assert inbox.is_deferred({"command": "/lerend"})
    for kind in ("block_actions", "event_callback", "shortcut", "message_action", "view_closed"):
        assert inbox.is_deferred({"type": kind})
    for kind in ("view_submission", "block_suggestion", "url_verification", "ssl_check"):
        assert not inbox.is_deferred({"type": kind})


def test_requests_a_dead_worker_left_taken_are_pruned_after_a_day(bot: LnBot) -> None:
    from datetime import timedelta

    now = bot.clock.now()
    inbox.store(bot.engine, "a=1", {"content-type": FORM}, now)
    assert [row.body for row in inbox.take(bot.session_factory, 10, now)] == ["a=1"]
    assert inbox.take(bot.session_factory, 10, now) == []  # taken rows are not taken again
    with bot.session_factory() as session, session.begin():
        assert inbox.prune(session, now + timedelta(hours=23)) == 0
        assert inbox.prune(session, now + timedelta(days=1, minutes=1)) == 1


def test_events_nobody_wants_are_answered_without_a_write(bot: LnBot, slack: FakeSlack) -> None:
    """A busy channel sends an event for every message; only those a feature handles (a reply
    in a thread, App Home opened) are kept for the worker."""
    from tests.edge.test_acks import UNWANTED, slack_event

    with edge_only(bot) as url:
        client = SlackRequestClient(url, SIGNING_SECRET, response_url=slack.response_url)
        for name in UNWANTED:
            response = client.event(slack_event(name))
            assert (response.status, response.body) == (200, "")
        assert pending(bot) == 0
        assert client.event(slack_event("app_home_opened_home")).status == 200
        assert pending(bot) == 1


def test_a_worker_whose_database_is_away_tries_less_and_less_often(
    bot: LnBot, monkeypatch: Any
) -> None:
    """Not fifty failing queries (and log lines) a second while the database is down."""
    tries: list[float] = []

    def unavailable(*_args: Any) -> list[inbox.Pending]:
        tries.append(time.monotonic())
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(inbox, "take", unavailable)
    worker = InboxWorker(bot.app, bot.session_factory, bot.clock)
    worker.start()
    time.sleep(1.0)
    worker.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(tries)]
    assert 3 <= len(tries) <= 8  # 20 ms, 40 ms, 80 ms, ... apart; at 20 ms it would be 50
    assert gaps == sorted(gaps)  # each pause longer than the one before
