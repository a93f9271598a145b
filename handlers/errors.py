"""The one error handler: log the failure, tell the user kindly in their own language."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.i18n import t
from bot.services.errors import UserFacingError

logger = logging.getLogger(__name__)


def register(app: App) -> None:
    app.error(handle_error)


def handle_error(
    error: Exception, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang = context.get("lang") or (
        context.get("settings").language if context.get("settings") else "nl"
    )
    if isinstance(error, UserFacingError):
        text = t(error.key, lang, **error.fields)
    else:
        logger.exception("request failed (%s)", body.get("type") or body.get("command"))
        text = t("error.generic", lang)
    _tell(body, context, client, text)


def _tell(body: dict[str, Any], context: BoltContext, client: WebClient, text: str) -> None:
    response_url = body.get("response_url") or next(
        (r.get("response_url") for r in body.get("response_urls", [])), None
    )
    try:
        if response_url:
            WebhookClient(response_url).send(text=text, response_type="ephemeral")
        elif context.user_id:
            client.chat_postMessage(channel=context.user_id, text=text)
    except SlackApiError:
        logger.warning("could not tell the user about a failed request")
