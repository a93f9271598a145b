"""One person: direct messages and files for one member, in their own language.

Every DM or private file goes through here: `post_dm` (blocks built for the reader's language
and time zone), `send_dm` (one text), `upload_to_dm` / `upload_files_to_dm` (files upload v2
into the person's DM with the app, which is opened first). A Slack error raises, so a
scheduled job is retried. `MENTION` reads a person from a typed `<@U…>` mention.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.domain.anonymise import Person
from bot.edge import audience
from bot.edge.messages import notified
from bot.i18n import t
from bot.scheduling.registry import JobContext
from bot.services.people import Reader, reader_for

logger = logging.getLogger(__name__)

MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")


def reader_of(ctx: JobContext, team_id: str | None, user_id: str) -> Reader:
    """The recipient's language and zone; Slack's profile from the same users.info answer that
    said whether to send (`audience.person_of`), so a DM asks Slack about its reader once."""

    def ask() -> tuple[str | None, str | None]:
        try:
            person = audience.person_of(ctx.client, user_id)
        except (SlackApiError, SlackRequestError, OSError) as error:
            logger.warning("users.info failed for a user: %s", type(error).__name__)
            return None, None
        return person.locale, person.tz

    default = Reader(ctx.settings.language, ctx.settings.timezone)
    return reader_for(
        ctx.uow_factory(),
        ctx.client,
        team_id=team_id,
        user_id=user_id,
        default=default,
        now=ctx.clock.now(),
        ask=ask,
    )


def send_dm(
    ctx: JobContext, team_id: str | None, user_id: str, compose: Callable[[str], str]
) -> None:
    """Post `compose(language)` to the user's DM with the app; a Slack error raises, so the
    job is retried. Bots and deactivated accounts are skipped (`audience.reachable`)."""
    if not audience.reachable(ctx.client, user_id):
        logger.info("DM skipped: the recipient is a bot or a deactivated account")
        return
    reader = reader_of(ctx, team_id, user_id)
    ctx.client.chat_postMessage(channel=user_id, text=compose(reader.lang))


def post_dm(
    ctx: JobContext, team_id: str | None, user_id: str, build: Callable[[Reader], dict[str, Any]]
) -> None:
    """A DM with blocks in the recipient's language and time zone; a Slack error raises, so the
    job is retried. Bots and deactivated accounts are skipped (`audience.reachable`)."""
    if not audience.reachable(ctx.client, user_id):
        logger.info("DM skipped: the recipient is a bot or a deactivated account")
        return
    message = notified(build(reader_of(ctx, team_id, user_id)))
    ctx.client.chat_postMessage(channel=user_id, **message)


def dm_text(key: str, **fields: object) -> Callable[[str], str]:
    """A composer for the common case: one catalogue entry with plain fields."""
    return lambda lang: t(key, lang, **fields)


def upload_to_dm(
    client: WebClient,
    user_id: str,
    *,
    content: str | bytes,
    filename: str,
    title: str,
    comment: str,
) -> None:
    """Put a file privately in the person's DM with the app (files upload v2 needs the DM's
    channel id, so the conversation is opened first)."""
    client.files_upload_v2(
        channel=dm_channel(client, user_id),
        content=content,
        filename=filename,
        title=title,
        initial_comment=comment,
    )


def upload_files_to_dm(
    client: WebClient, user_id: str, files: Mapping[str, str | bytes], *, comment: str
) -> None:
    """Several files in one message in the person's DM (file name -> content)."""
    uploads = [
        {"content": content, "filename": name, "title": name} for name, content in files.items()
    ]
    client.files_upload_v2(
        channel=dm_channel(client, user_id), file_uploads=uploads, initial_comment=comment
    )


def dm_channel(client: WebClient, user_id: str) -> str:
    """The id of the person's DM with the app (files upload v2 needs a channel id)."""
    return str(client.conversations_open(users=user_id)["channel"]["id"])


def slack_person(client: WebClient, user_id: str) -> Person:
    """Display and real name, for files that name people (the outcome report, a statement of
    participation); a member of another workspace (Slack Connect) may be unknown."""
    try:
        user = client.users_info(user=user_id)["user"]
    except (SlackApiError, SlackRequestError, KeyError):
        return Person(user_id)
    profile = user.get("profile") or {}
    names = (profile.get("real_name"), user.get("real_name"), profile.get("display_name"))
    return Person(user_id, tuple(dict.fromkeys(name for name in names if name)))
