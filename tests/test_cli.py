"""`lnbot` as a person runs it: config errors in one line, migrations, a real HTTP server."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bot.cli import main
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from tests.conftest import BOT_TOKEN, SIGNING_SECRET

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def clean_env(monkeypatch, tmp_path) -> Path:
    """An empty working directory (no .env) and no Slack settings in the environment."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "LNBOT_", "DATABASE_URL", "PORT")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_missing_token_is_one_clear_line(clean_env: Path, capsys) -> None:
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SLACK_BOT_TOKEN" in err and "README.md" in err
    assert "Traceback" not in err


def test_malformed_setting_exits_2(clean_env: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PORT", "abc")
    assert main(["check"]) == 2
    assert "PORT: 'abc' is not a number" in capsys.readouterr().err


def test_check_explains_a_non_numeric_database_port(clean_env: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://lnbot:geheim@db:5432x/lnbot")
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "lnbot: configuration problem: DATABASE_URL: the port '5432x' is not a number"
        " (see README.md, section 'Configuration')\n"
    )


def test_db_upgrade_then_check(clean_env: Path, monkeypatch, capsys, slack: FakeSlack) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.setenv("SLACK_API_URL", slack.base_url)
    assert main(["check"]) == 1
    assert "schema is old: run 'lnbot db upgrade'" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert (clean_env / "data" / "lnbot.sqlite3").exists()
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Slack answers: workspace 'Testwerkruimte'" in out and "lnbot: all good" in out


def test_check_says_when_slack_refuses(clean_env: Path, monkeypatch, capsys, slack) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", slack.base_url)
    slack.fail_next("auth.test", error="invalid_auth")
    main(["db", "upgrade"])
    assert main(["check"]) == 1
    assert "Slack refused the token (invalid_auth)" in capsys.readouterr().out


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 20) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(process.stderr.read())
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the bot did not start")


def children(pid: int) -> list[int]:
    """The worker processes of `pid` (not multiprocessing's resource tracker)."""
    tasks = Path(f"/proc/{pid}/task").iterdir()
    found = [int(child) for task in tasks for child in (task / "children").read_text().split()]
    return [child for child in found if b"resource_tracker" not in command_line(child)]


def command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return b""


def test_run_http_serves_slack_and_stops_on_sigterm(tmp_path: Path, slack: FakeSlack) -> None:
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_APP_TOKEN": "xapp-would-mean-socket-mode",
        "SLACK_API_URL": slack.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path}/bot.sqlite3",
        "PORT": str(port),
        "LNBOT_DISPATCH_SECONDS": "0.2",
    }
    lnbot = [sys.executable, "-m", "bot.cli"]
    subprocess.run([*lnbot, "db", "upgrade"], env=env, cwd=ROOT, check=True, capture_output=True)
    process = subprocess.Popen(
        [*lnbot, "run", "--http"], env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True
    )
    try:
        health = wait_until_up(f"http://127.0.0.1:{port}/healthz", process, timeout=60)
        # the schedule runs in the worker process, which handles what the edge acknowledges
        assert health == {"status": "ok", "database": True, "worker": True}
        client = SlackRequestClient(
            f"http://127.0.0.1:{port}", SIGNING_SECRET, response_url=slack.response_url
        )
        response = client.slash(text="help")
        assert (response.status, response.body) == (200, "")
        slack.wait_for("response_url")
        # a worker that dies is started again, and what waited meanwhile is handled
        (worker,) = children(process.pid)
        os.kill(worker, signal.SIGKILL)
        assert client.slash(text="help").status == 200  # kept while no worker runs
        deadline = time.monotonic() + 60
        while children(process.pid) in ([worker], []) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert children(process.pid) not in ([worker], [])
        slack.wait_for("response_url", count=2, timeout=60)
        assert wait_until_up(f"http://127.0.0.1:{port}/healthz", process)["worker"]
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=15)
    logs = process.stderr.read()
    assert code == 0, logs
    assert "worker stopped" in logs  # SIGTERM reached the worker process, which stopped cleanly
    assert BOT_TOKEN not in logs and "xapp-" not in logs  # tokens never reach the logs


def test_run_refuses_an_old_schema(tmp_path: Path, slack: FakeSlack) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path}/empty.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 2 and "run 'lnbot db upgrade'" in result.stderr
