"""Many workspaces: the OAuth install flow and a Slack client per installed workspace.

Installations live in our database through slack_sdk's SQLAlchemy installation store (its
tables are part of our migrations); uninstalling or revoking tokens removes them.
"""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

from bot.config import Settings
from bot.scheduling.registry import PermanentJobError
from bot.scopes import BOT_SCOPES
from storage.models.platform import BOTS_TABLE, INSTALLATIONS_TABLE, OAUTH_STATES_TABLE

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600


def installation_store(settings: Settings, engine: Engine) -> SQLAlchemyInstallationStore:
    return SQLAlchemyInstallationStore(
        client_id=settings.slack_client_id or "",
        engine=engine,
        bots_table_name=BOTS_TABLE,
        installations_table_name=INSTALLATIONS_TABLE,
    )


def oauth_settings(settings: Settings, store: SQLAlchemyInstallationStore) -> OAuthSettings:
    return OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=list(BOT_SCOPES),
        installation_store=store,
        state_store=SQLAlchemyOAuthStateStore(
            expiration_seconds=STATE_SECONDS, engine=store.engine, table_name=OAUTH_STATES_TABLE
        ),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
    )


def clients_per_workspace(
    store: SQLAlchemyInstallationStore, make_client: Callable[[str], WebClient]
) -> Callable[[str | None], WebClient]:
    """Scheduled work carries its workspace; this finds that workspace's bot token."""

    def client_for(team_id: str | None) -> WebClient:
        bot = store.find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or not bot.bot_token:
            raise PermanentJobError(f"the app is not installed in workspace {team_id}")
        return make_client(bot.bot_token)

    return client_for
