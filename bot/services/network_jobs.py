"""Network set-up's scheduled work (welcome, join requests, role changes) and the
channel's welcome message, rebuilt from the database."""

from __future__ import annotations

import logging
from datetime import datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import network as blocks
from bot.edge import messages
from bot.edge.person import dm_text, send_dm
from bot.i18n import t
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import networks
from bot.services.intake_jobs import send_welcome
from bot.services.language import network_language
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(networks.WELCOME_JOB, welcome_member)
    jobs.register(networks.JOIN_REQUEST_JOB, notify_join_request)
    jobs.register(networks.ROLE_CHANGED_JOB, notify_role_changed)


def refresh_welcome(
    uow: UnitOfWork, client: WebClient, language: str, network_id: int, now: datetime
) -> None:
    """Rebuild the welcome message from the database (member counts changed), in the
    network's language."""
    language = network_language(uow, network_id, language)
    ts = networks.welcome_message_ts(uow, network_id)
    if ts is None:
        return
    summary = networks.summary(uow, network_id=network_id, viewer_user_id=None, now=now)
    message = blocks.welcome_message(language, summary)
    channel = summary.network.channel_id
    try:
        messages.show(
            client,
            channel,
            ts,
            message,
            remember=lambda new_ts: networks.remember_welcome(uow, summary.network, new_ts, now),
        )
    except SlackApiError as error:
        logger.warning("welcome message not updated: %s", error.response.get("error"))


def welcome_member(ctx: JobContext, job: JobView) -> None:
    network = networks.network_ref(ctx.uow_factory(), job.network_id or 0)
    send_welcome(ctx, job.team_id, job.payload["user_id"], network)


def notify_join_request(ctx: JobContext, job: JobView) -> None:
    request = networks.join_request(ctx.uow_factory(), job.payload["request_id"])
    if request is None:  # decided or withdrawn in the meantime: nothing to ask
        return
    network, requester, organisation = request
    text = dm_text("dm.join_request", user=requester, organisation=organisation, name=network.name)
    send_dm(ctx, job.team_id, job.payload["user_id"], text)


def notify_role_changed(ctx: JobContext, job: JobView) -> None:
    network = networks.network_ref(ctx.uow_factory(), job.network_id or 0)
    payload = job.payload

    def compose(lang: str) -> str:
        role = t(f"role.{payload['role']}", lang)
        return t("dm.role_changed", lang, by=payload["by"], role=role, name=network.name)

    send_dm(ctx, job.team_id, payload["user_id"], compose)
