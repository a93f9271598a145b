"""Socket Mode end to end: a local WebSocket server plays Slack, the app's real Socket Mode
client (Bolt's adapter on slack_sdk's built-in client) connects to it through the fake Web
API's `apps.connections.open`, and every envelope must come back acknowledged with the
payload Slack expects. The same app and listeners as in HTTP mode answer."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.config import Settings
from bot.edge.socket_mode import SocketModeRunner
from fakeslack.fake_server import FakeSlack
from fakeslack.socket_server import FakeSocketMode, HeldEndpoint, SocketEnvelopeClient
from storage.models import Contribution, Network
from tests.edge.test_acks import EVENT_SHAPES, slack_event
from tests.flows import seed_network, submit_start, texts
from tests.knowledge.helpers import Replies, reply_event, share

APP_TOKEN = "xapp-1-A0001-1-socketmodetest"
PING_SECONDS = 0.5  # how often the client checks its connection (production: 10 s)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Socket Mode: an app-level token and no signing secret (nothing is signed there)."""
    return replace(settings, slack_app_token=APP_TOKEN, slack_signing_secret=None)


@pytest.fixture
def socket_mode(slack: FakeSlack) -> Iterator[FakeSocketMode]:
    server = FakeSocketMode().start(slack)
    yield server
    server.stop()
    assert not server.problems, server.problems


@pytest.fixture
def runner(bot: LnBot, socket_mode: FakeSocketMode) -> Iterator[SocketModeRunner]:
    runner = SocketModeRunner(bot, health_port=0, ping_interval=PING_SECONDS)
    runner.start()
    socket_mode.wait_connected()
    yield runner
    runner.stop()


@pytest.fixture
def envelopes(
    runner: SocketModeRunner, socket_mode: FakeSocketMode, slack: FakeSlack, listeners
) -> SocketEnvelopeClient:
    """Sends requests as envelopes; returns once acked and the listeners have finished."""
    return SocketEnvelopeClient(
        socket_mode, after_ack=listeners.wait_idle, response_url=slack.response_url
    )


def test_connects_with_the_app_token_and_gets_hello(
    runner: SocketModeRunner, socket_mode: FakeSocketMode, slack: FakeSlack
) -> None:
    (opened,) = slack.calls_to("apps.connections.open")
    assert opened.token == APP_TOKEN  # the app-level token, never the bot token
    assert opened.response is not None and opened.response["url"].startswith("ws://127.0.0.1:")
    assert runner.connected() and [c.number for c in socket_mode.connections] == [1]
    assert not socket_mode.refused


def test_slash_command_block_action_submission_and_events_are_acked(
    bot: LnBot, envelopes: SocketEnvelopeClient, slack: FakeSlack
) -> None:
    help_answer = envelopes.slash(text="help", user="U1")
    assert help_answer.status == 200 and help_answer.body == ""  # a bare ack
    reply = slack.wait_for("response_url")[0].params
    assert reply["response_type"] == "ephemeral" and "/lerend start" in texts(reply["blocks"])

    assert envelopes.slash(text="start", user="U1", channel="C1").body == ""
    modal = slack.wait_for("views.open")[0].params
    assert modal["view"]["callback_id"] == ids.START_MODAL and modal["trigger_id"]

    refused = submit_start(envelopes, name="  ", theme_1="Dementie", theme_2="dementie")
    assert refused.json == {
        "response_action": "errors",
        "errors": {
            ids.START_NAME: "Geef het netwerk een naam.",
            ids.START_THEME_2: "Het tweede thema is hetzelfde als het eerste.",
        },
    }
    with bot.uow() as uow:
        assert uow.session.scalars(select(Network)).all() == []

    assert submit_start(envelopes).body == ""
    welcome = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "C1")[0]
    assert "Welkom bij Ouderenzorg Noord" in texts(welcome.params["blocks"])
    with bot.uow() as uow:
        network_id = uow.session.scalars(select(Network.id)).one()

    assert welcome.response is not None
    clicked = envelopes.block_action(
        ids.JOIN_BUTTON, str(network_id), user="U2", message_ts=welcome.response["ts"]
    )
    assert clicked.body == ""
    join = slack.wait_for("views.open", count=2)[1].params["view"]
    assert join["callback_id"] == ids.JOIN_MODAL

    home = envelopes.event(
        {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}
    )
    assert home.body == ""
    published = slack.wait_for("views.publish")[0].params
    assert published["user_id"] == "U1" and "Ouderenzorg Noord" in texts(published["view"])


def test_message_event_is_acked_and_recorded(
    bot: LnBot, envelopes: SocketEnvelopeClient, slack: FakeSlack
) -> None:
    for user in ("UM01", "UM02"):
        slack.add_user(user)
    network = seed_network(bot, organisations=2)
    starter = share(envelopes, slack, network.id).response
    assert starter is not None
    thread = starter["ts"]
    ts = Replies(bot).next_ts()
    event = reply_event(thread, user="UM02", text="Wij werken met een nachtronde.", ts=ts)
    assert envelopes.event(event, event_id="EvSocket1").status == 200
    # Slack's redelivery of an envelope it thinks was not acked is harmless too.
    envelopes.event(event, event_id="EvSocket1", retry_num=1, retry_reason="timeout")
    with bot.uow() as uow:
        replies = uow.session.scalars(select(Contribution)).all()
        assert [(r.user_id, r.ts, r.text) for r in replies] == [
            ("UM02", ts, "Wij werken met een nachtronde.")
        ]


@pytest.mark.parametrize("reason", ["refresh_requested", "warning"])
def test_reconnects_when_slack_asks_and_still_answers(
    reason: str,
    runner: SocketModeRunner,
    socket_mode: FakeSocketMode,
    envelopes: SocketEnvelopeClient,
    slack: FakeSlack,
) -> None:
    socket_mode.ask_to_reconnect(reason)
    new = socket_mode.wait_connected(count=2)
    assert len(slack.calls_to("apps.connections.open")) == 2  # a fresh URL for each
    assert envelopes.slash(text="help").body == ""
    assert envelopes.last_ack is not None and envelopes.last_ack.connection == new.number
    # The old connection is let go at once, so the first envelope on the new one is acked
    # in time (the SDK alone took its 3 s receive timeout: over Slack's limit).
    assert envelopes.ack_seconds[-1] < 3
    slack.wait_for("response_url")


def test_reconnects_when_the_socket_drops_and_still_answers(
    runner: SocketModeRunner,
    socket_mode: FakeSocketMode,
    envelopes: SocketEnvelopeClient,
    slack: FakeSlack,
) -> None:
    socket_mode.drop()
    new = socket_mode.wait_connected(count=2)
    assert envelopes.slash(text="help").body == ""
    assert envelopes.last_ack is not None and envelopes.last_ack.connection == new.number
    slack.wait_for("response_url")


def test_reconnects_when_the_network_drops_the_socket(
    runner: SocketModeRunner,
    socket_mode: FakeSocketMode,
    envelopes: SocketEnvelopeClient,
    slack: FakeSlack,
) -> None:
    """No close frame: the client notices from its pings (4 intervals without a pong)."""
    socket_mode.cut()
    new = socket_mode.wait_connected(count=2, timeout=10 * PING_SECONDS + 5)
    assert envelopes.slash(text="help").body == ""
    assert envelopes.last_ack is not None and envelopes.last_ack.connection == new.number


def wait_until(condition: Callable[[], bool], timeout: float = 10) -> None:
    """Poll a condition the app offers no event for, up to `timeout` seconds."""
    done = threading.Event()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        done.wait(0.01)


def health(runner: SocketModeRunner) -> tuple[int, dict]:
    url = f"http://127.0.0.1:{runner.health_port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_healthz_follows_database_and_socket(
    bot: LnBot, runner: SocketModeRunner, socket_mode: FakeSocketMode
) -> None:
    assert health(runner) == (
        200,
        {"status": "ok", "database": True, "scheduler": "not started", "socket": True},
    )
    socket_mode.stop()  # Slack is gone: the connection drops and cannot come back
    socket_mode.wait_closed(socket_mode.connections[0])
    wait_until(lambda: not runner.connected())  # the client may lag the server by a moment
    status, body = health(runner)
    assert status == 503 and body["socket"] is False and body["database"] is True


def test_stop_closes_the_socket_and_close_waits_for_listeners(
    bot: LnBot, runner: SocketModeRunner, socket_mode: FakeSocketMode
) -> None:
    held = HeldEndpoint()
    try:
        envelopes = SocketEnvelopeClient(socket_mode, response_url=lambda _name: held.url)
        assert envelopes.slash(text="help").body == ""  # acked; the listener then replies
        assert held.arrived.wait(10)  # ... and is now in the middle of its reply
        runner.stop()
        socket_mode.wait_closed(socket_mode.connections[0])
        assert not runner.connected() and not held.answered.is_set()
        closing = threading.Thread(target=bot.close)  # what `lnbot run` does next
        closing.start()
        held.released.set()
        closing.join(timeout=10)
        assert not closing.is_alive() and held.answered.is_set()
        assert b"/lerend start" in held.bodies[0]
    finally:
        held.stop()


@pytest.mark.parametrize("name", EVENT_SHAPES)
def test_every_event_shape_is_acked_over_the_socket(
    name: str, envelopes: SocketEnvelopeClient
) -> None:
    """The same documented payloads as the HTTP test (tests/edge/test_acks.py): in Socket
    Mode an envelope nobody wants must be acknowledged too, or Slack redelivers it."""
    answer = envelopes.event(slack_event(name))  # raises when the envelope is never acked
    assert answer.status == 200 and answer.body == ""
    assert envelopes.ack_seconds[-1] < 3
