"""Edge fixtures: the app in OAuth mode with workspace T0001 installed (as after an install
through /slack/install), next to the single-workspace `bot` of tests/conftest.py; and a client
that can send a request twice, byte for byte."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk.oauth.installation_store import Installation

from bot.app import LnBot, create_app
from bot.clock import FixedClock
from bot.config import Settings
from bot.installations import installation_store
from fakeslack.fake_server import APP_ID, BOT_ID, BOT_USER_ID, TEAM_ID, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from tests.conftest import BOT_TOKEN, SIGNING_SECRET, IdleAwareClient, TrackingExecutor, serving


@pytest.fixture
def oauth_settings(database_url: str, slack: FakeSlack) -> Settings:
    return Settings(
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.base_url,
        slack_client_id="111.222",
        slack_client_secret="client-secret",
        database_url=database_url,
    )


@pytest.fixture
def installed_oauth_bot(
    oauth_settings: Settings, clock: FixedClock, listeners: TrackingExecutor
) -> Iterator[LnBot]:
    lnbot = create_app(oauth_settings, clock=clock, listener_executor=listeners)
    installation_store(oauth_settings, lnbot.engine).save(
        Installation(
            app_id=APP_ID,
            enterprise_id=None,
            team_id=TEAM_ID,
            bot_token=BOT_TOKEN,
            bot_id=BOT_ID,
            bot_user_id=BOT_USER_ID,
            bot_scopes="commands,chat:write",
            user_id="U9",
        )
    )
    yield lnbot
    lnbot.close()


@pytest.fixture
def oauth_client(
    installed_oauth_bot: LnBot, slack: FakeSlack, listeners: TrackingExecutor
) -> Iterator[SlackRequestClient]:
    with serving(installed_oauth_bot) as url:
        yield IdleAwareClient(
            installed_oauth_bot, url, SIGNING_SECRET, response_url=slack.response_url
        )


class ReplayingClient(IdleAwareClient):
    """Remembers the last request it sent, byte for byte, so a test can replay it."""

    last: tuple[str, dict[str, str]] | None = None

    def _post(self, body: str, headers: dict[str, str]) -> Response:
        self.last = (body, dict(headers))
        return super()._post(body, headers)

    def replay(self, url: str | None = None) -> Response:
        """The last request again, unchanged (to another replica's `url` when given)."""
        assert self.last is not None
        body, headers = self.last
        target = self if url is None else SlackRequestClient(url, SIGNING_SECRET)
        response = SlackRequestClient._post(target, body, headers)
        self.settle()
        return response


@pytest.fixture
def replaying(server_url: str, slack: FakeSlack, bot: LnBot) -> ReplayingClient:
    return ReplayingClient(bot, server_url, SIGNING_SECRET, response_url=slack.response_url)
