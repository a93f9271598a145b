"""Many workspaces: install through OAuth, serve each workspace with its own token, forget a
workspace that uninstalls."""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from bot.app import LnBot, create_app
from bot.config import Settings
from bot.scheduling.schedule import schedule_job
from fakeslack.fake_server import FakeSlack
from tests.conftest import SIGNING_SECRET, IdleAwareClient, TrackingExecutor, serving

TEAM_TOKEN = "xoxb-second-workspace"


@pytest.fixture
def oauth_bot(database_url: str, slack: FakeSlack, clock, listeners: TrackingExecutor):
    settings = Settings(
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.base_url,
        slack_client_id="111.222",
        slack_client_secret="client-secret",
        database_url=database_url,
    )
    lnbot = create_app(settings, clock=clock, listener_executor=listeners)
    yield lnbot
    lnbot.close()


@pytest.fixture
def oauth_url(oauth_bot: LnBot) -> Iterator[str]:
    with serving(oauth_bot) as url:
        yield url


def install(base: str, slack: FakeSlack, *, enterprise_id: str | None = None) -> str:
    """Click 'Add to Slack' and come back from Slack with a code, as a browser does (the state
    cookie is Secure, so it is carried by hand over this plain-HTTP test server)."""
    with urllib.request.urlopen(base + "/slack/install", timeout=5) as response:
        page = response.read().decode()
        cookie = response.headers["Set-Cookie"].split(";")[0]
    authorize = re.search(r'href="(https://slack.com/oauth/v2/authorize\?[^"]+)"', page).group(1)
    assert "client_id=111.222" in authorize and "files:write" in authorize
    state = re.search(r"state=([^&]+)", authorize).group(1)
    slack.add_oauth_grant(
        "code-1",
        team_id="T0002",
        team_name="Tweede",
        bot_token=TEAM_TOKEN,
        installer="U9",
        enterprise_id=enterprise_id,
    )
    back = urllib.request.Request(
        f"{base}/slack/oauth_redirect?code=code-1&state={state}", headers={"Cookie": cookie}
    )
    with urllib.request.urlopen(back, timeout=5) as answer:
        return answer.read().decode()


def installed_teams(bot: LnBot) -> int:
    with bot.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM slack_bots")).scalar()


def test_install_then_serve_that_workspace_with_its_own_token(
    oauth_bot: LnBot, oauth_url: str, slack: FakeSlack, listeners: TrackingExecutor
) -> None:
    assert "Thank you!" in install(oauth_url, slack)
    assert installed_teams(oauth_bot) == 1
    client = IdleAwareClient(oauth_bot, oauth_url, SIGNING_SECRET, response_url=slack.response_url)
    slack.reset()
    client.slash(text="help", team="T0002", user="U1")
    assert slack.wait_for("response_url")
    assert {call.token for call in slack.calls_to("users.info")} == {TEAM_TOKEN}


def test_scheduled_work_uses_the_workspaces_token(
    oauth_bot: LnBot, oauth_url: str, slack: FakeSlack
) -> None:
    install(oauth_url, slack)
    oauth_bot.jobs.register(
        "test.ping", lambda ctx, job: ctx.client.chat_postMessage(channel="U1", text="Hoi")
    )
    now = oauth_bot.clock.now()
    with oauth_bot.uow() as uow:
        for team in ("T0002", "T0404"):  # T0404 never installed the app
            schedule_job(
                uow.session, key=f"ping:{team}", kind="test.ping", run_at=now, team_id=team, now=now
            )
        uow.commit()
    report = oauth_bot.dispatcher.run_once()
    assert (report.done, report.failed) == (1, 1)
    assert [c.token for c in slack.calls_to("chat.postMessage")] == [TEAM_TOKEN]


def test_uninstall_forgets_the_tokens(
    oauth_bot: LnBot, oauth_url: str, slack: FakeSlack, listeners: TrackingExecutor
) -> None:
    install(oauth_url, slack)
    client = IdleAwareClient(oauth_bot, oauth_url, SIGNING_SECRET, response_url=slack.response_url)
    response = client.event({"type": "app_uninstalled"}, team="T0002")
    assert response.status == 200
    assert installed_teams(oauth_bot) == 0


def test_an_unknown_oauth_code_is_refused(oauth_url: str, slack: FakeSlack) -> None:
    try:
        urllib.request.urlopen(
            oauth_url + "/slack/oauth_redirect?code=nope&state=forged", timeout=5
        )
    except urllib.error.HTTPError as error:
        assert error.code in (400, 403, 500)
    else:
        raise AssertionError("a forged state must not install anything")
