"""The HTTP endpoint: Slack's signature is checked, and /healthz tells whether we are well."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

from bot.app import LnBot
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient

FORM = "application/x-www-form-urlencoded"


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_a_bad_signature_gets_401_and_does_nothing(client: SlackRequestClient, slack: FakeSlack):
    body = "command=%2Flerend&text=help&user_id=U1&team_id=T0001&channel_id=C1"
    assert client.send_raw(body, FORM, signature="v0=" + "0" * 64).status == 401
    assert client.send_raw(body, FORM, signature="").status == 401
    stale = str(int(time.time()) - 60 * 10)
    assert client.send_raw(body, FORM, timestamp=stale).status == 401
    assert not slack.calls_to("response_url")


def test_a_signed_request_is_served(client: SlackRequestClient) -> None:
    assert client.slash(text="help").status == 200


def test_url_verification_answers_the_challenge(client: SlackRequestClient) -> None:
    response = client.url_verification("abc123")
    assert response.status == 200 and "abc123" in response.body


def test_health_reports_database_and_scheduler(bot: LnBot, server_url: str) -> None:
    status, body = get(server_url + "/healthz")
    assert status == 200 and body == {"status": "ok", "database": True, "scheduler": "not started"}
    bot.start_scheduler()
    status, body = get(server_url + "/healthz")
    assert status == 200 and body["scheduler"] is True
    bot.scheduler.shutdown(wait=True)
    status, body = get(server_url + "/healthz")
    assert status == 503 and body["status"] == "unhealthy"


def test_health_fails_when_the_database_is_gone(bot: LnBot, server_url: str, monkeypatch) -> None:
    monkeypatch.setattr("bot.server._database_ok", lambda _bot: False)
    status, body = get(server_url + "/healthz")
    assert status == 503 and body["database"] is False


def test_other_paths_are_not_found(server_url: str) -> None:
    assert get(server_url + "/admin")[0] == 404


def test_one_log_line_per_request_without_text_or_tokens(client: SlackRequestClient, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="lnbot.requests"):
        client.slash(text="status geheim-woord")
    lines = [r.getMessage() for r in caplog.records if r.name == "lnbot.requests"]
    assert len(lines) == 1 and lines[0].startswith("request command /lerend ")
    assert lines[0].endswith("ms 200")
    assert "geheim-woord" not in caplog.text and "xoxb-" not in caplog.text
