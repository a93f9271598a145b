"""Installs: the OAuth install flow and a Slack client per installed workspace, and in
single-workspace mode, pausing a workspace's scheduled work while the app is uninstalled.

Installations live in our database through slack_sdk's SQLAlchemy installation store (its
tables are part of our migrations); uninstalling or revoking tokens removes them. In
single-workspace mode the token lives in `.env`: an uninstall (or the bot token revoked)
marks the workspace `uninstalled_at`, the dispatcher leaves its work pending, and a
successful `auth.test` with the configured token at start (the operator put a fresh token
in `.env` after reinstalling) clears the mark, so its work resumes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.oauth.installation_store import Bot
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine, desc, select, update

from bot.config import Settings
from bot.scheduling.registry import PermanentJobError
from bot.scopes import BOT_SCOPES
from storage.models import Workspace
from storage.models.platform import BOTS_TABLE, INSTALLATIONS_TABLE, OAUTH_STATES_TABLE
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

logger = logging.getLogger(__name__)

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
    """OAuth with an authorization that remembers `auth.test` per bot token: without it Bolt
    asks Slack on every request, even for an event nobody wants. A token's identity never
    changes; an uninstall removes the installation, so its token is not found any more."""
    oauth = OAuthSettings(
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
    oauth.authorize = InstallationStoreAuthorize(
        logger=logging.getLogger("slack_bolt.authorize"),
        installation_store=store,
        client_id=oauth.client_id,
        client_secret=oauth.client_secret,
        cache_enabled=True,
    )
    return oauth


def clients_per_workspace(
    store: SQLAlchemyInstallationStore, make_client: Callable[[str], WebClient]
) -> Callable[[str | None], WebClient]:
    """Scheduled work carries its workspace; this finds that workspace's bot token."""

    def client_for(team_id: str | None) -> WebClient:
        bot = find_workspace_bot(store, team_id)
        if bot is None or not bot.bot_token:
            raise PermanentJobError(f"the app is not installed in workspace {team_id}")
        return make_client(bot.bot_token)

    return client_for


def find_workspace_bot(store: SQLAlchemyInstallationStore, team_id: str | None) -> Bot | None:
    """The newest bot installed in workspace `team_id`, whatever its Enterprise Grid
    organisation: Bolt stores a workspace installed inside a Grid with its `E…` id, and
    scheduled work knows only the workspace (a `T…` id is unique across organisations)."""
    if not team_id:
        return None
    bots = store.bots
    query = (
        select(bots.c.enterprise_id)
        .where(
            bots.c.client_id == store.client_id,
            bots.c.team_id == team_id,
            bots.c.bot_token.is_not(None),
        )
        .order_by(desc(bots.c.installed_at))
        .limit(1)
    )
    with store.engine.connect() as connection:
        row = connection.execute(query).first()
    if row is None:
        return None
    return store.find_bot(enterprise_id=row.enterprise_id, team_id=team_id)


# --- single-workspace mode: uninstall pauses, a working token resumes ---------------------


def mark_uninstalled(uow: UnitOfWork, *, team_id: str, reason: str, now: datetime) -> bool:
    """The app was uninstalled from `team_id` (or its bot token revoked): its scheduled work
    waits from now on. True when this call paused it (a second event changes nothing)."""
    with uow:
        session = uow.session
        insert_if_absent(session, Workspace, ["team_id"], team_id=team_id, created_at=now)
        paused = session.execute(
            update(Workspace)
            .where(Workspace.team_id == team_id, Workspace.uninstalled_at.is_(None))
            .values(uninstalled_at=now)
            .execution_options(synchronize_session=False)
        )
        uow.commit()
    changed = int(paused.rowcount) == 1  # type: ignore[attr-defined]
    if changed:
        logger.warning("workspace %s: %s; its scheduled work is paused", team_id, reason)
    return changed


def mark_installed(uow: UnitOfWork, *, team_id: str) -> bool:
    """The app works in `team_id` again: its waiting scheduled work resumes (work missed by
    more than the grace window is skipped by the dispatcher, not sent late)."""
    with uow:
        resumed = uow.session.execute(
            update(Workspace)
            .where(Workspace.team_id == team_id, Workspace.uninstalled_at.is_not(None))
            .values(uninstalled_at=None)
            .execution_options(synchronize_session=False)
        )
        uow.commit()
    changed = int(resumed.rowcount) == 1  # type: ignore[attr-defined]
    if changed:
        logger.warning("workspace %s: the app is installed again; scheduled work resumes", team_id)
    return changed


def resume_if_installed(uow: UnitOfWork, client: WebClient) -> str | None:
    """At start in single-workspace mode: when the configured token works (`auth.test`),
    its workspace has the app (again). Returns that workspace's id, None when the token
    does not work (then nothing changes and the work keeps waiting)."""
    try:
        team_id = str(client.auth_test()["team_id"])
    except (SlackApiError, SlackRequestError, OSError, KeyError) as error:
        logger.warning("auth.test failed at start: %s", type(error).__name__)
        return None
    mark_installed(uow, team_id=team_id)
    return team_id
