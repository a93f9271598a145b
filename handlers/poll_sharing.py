"""Follow-up answers (issue 16): *Mijn antwoorden aanpassen* under the poll reopens the
follow-up questions; *Intrekken* under a shared answer takes it back out of the thread."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks.poll_sharing import choose_answers, parse_choice
from bot.blocks.polls import follow_up_modal
from bot.clock import Clock
from bot.config import Settings
from bot.i18n import t
from bot.services import poll_sharing
from bot.services.poll_thread import show_answer
from handlers.command import Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    app.action(ids.POLL_MY_ANSWERS)(my_answers)
    app.action(re.compile(rf"^{ids.POLL_MY_ANSWERS_OPTION}_\d+$"))(my_answers_of_option)
    app.action(ids.POLL_ANSWER_WITHDRAW)(withdraw)


def my_answers(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    found = poll_sharing.my_follow_ups(
        uow, poll_id=int(action["value"]), user_id=body["user"]["id"], now=clock.now()
    )
    view = follow_up_modal(lang, found[0]) if len(found) == 1 else choose_answers(lang, found)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def my_answers_of_option(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    """Several options chosen: the answers of the one tapped take the chooser's place."""
    ack()
    poll_id, option_id = parse_choice(action["value"])
    (follow_up,) = poll_sharing.my_follow_ups(
        uow, poll_id=poll_id, user_id=body["user"]["id"], now=clock.now(), option_id=option_id
    )
    client.views_update(view_id=body["view"]["id"], view=follow_up_modal(lang, follow_up))


def withdraw(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    shared = poll_sharing.withdraw(
        uow, answer_id=int(action["value"]), user_id=body["user"]["id"], now=clock.now()
    )
    show_answer(uow, client, settings, shared, clock.now())
    respond(text=t("poll.share.withdrawn", lang), response_type="ephemeral", replace_original=False)
