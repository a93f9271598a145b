"""`lnbot run` in Socket Mode as a real process: it connects to the local Socket Mode server
through the fake Web API, serves /healthz on PORT, and on SIGTERM finishes the listener
that is still working before it closes the socket and exits 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fakeslack.fake_server import FakeSlack
from fakeslack.socket_server import FakeSocketMode, HeldEndpoint, SocketEnvelopeClient
from storage.migrate import upgrade
from tests.conftest import BOT_TOKEN
from tests.test_cli import ROOT, free_port, wait_until_up

APP_TOKEN = "xapp-1-A0001-1-socketclitest"


class Lines:
    """Collects a process's stderr lines as they come, so a test can wait for one."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()

    def wait_for(self, text: str, timeout: float = 15) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: any(text in x for x in self.lines), timeout):
                raise AssertionError(f"no log line with {text!r}:\n{''.join(self.lines)}")

    def text(self) -> str:
        self._thread.join(timeout=5)
        return "".join(self.lines)


@pytest.fixture
def socket_mode(slack: FakeSlack) -> Iterator[FakeSocketMode]:
    server = FakeSocketMode().start(slack)
    yield server
    server.stop()
    assert not server.problems, server.problems


@pytest.fixture
def held() -> Iterator[HeldEndpoint]:
    endpoint = HeldEndpoint()
    yield endpoint
    endpoint.stop()


def test_run_in_socket_mode_finishes_work_on_sigterm(
    tmp_path: Path, slack: FakeSlack, socket_mode: FakeSocketMode, held: HeldEndpoint
) -> None:
    database_url = f"sqlite:///{tmp_path}/bot.sqlite3"
    upgrade(database_url)
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": slack.base_url,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "LNBOT_DISPATCH_SECONDS": "0.2",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        env=env,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        health = wait_until_up(f"http://127.0.0.1:{port}/healthz", process, timeout=60)
        assert health == {"status": "ok", "database": True, "scheduler": True, "socket": True}
        logs = Lines(process.stderr)
        connection = socket_mode.wait_connected()
        assert slack.last("apps.connections.open").token == APP_TOKEN

        envelopes = SocketEnvelopeClient(socket_mode, response_url=lambda _name: held.url)
        assert envelopes.slash(text="help").body == ""  # acked over the socket
        assert held.arrived.wait(15)  # the listener is now in the middle of its reply

        process.send_signal(signal.SIGTERM)
        logs.wait_for("stopping: finishing work in progress")
        socket_mode.wait_closed(connection)  # no new envelopes are taken ...
        assert process.poll() is None and not held.answered.is_set()  # ... the reply waits
        held.released.set()
        code = process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    output = logs.text()
    assert code == 0, output
    assert held.answered.is_set() and b"/lerend start" in held.bodies[0]
    assert "Socket Mode connection closed" in output and output.rstrip().endswith("stopped")
    assert BOT_TOKEN not in output and "xapp-" not in output  # tokens never reach the logs
