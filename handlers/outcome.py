"""The outcome, published: /lerend rapport publiceren puts the approved, anonymised outcome
report on the web at /uitkomst/<token>; /lerend rapport offline takes it off again."""

from __future__ import annotations

from bot.i18n import Markup
from bot.services import outcome
from handlers.command import CommandRequest, Router

PUBLISH = ("publiceren", "publish")
UNPUBLISH = ("offline", "depubliceren", "unpublish")


def register(router: Router) -> None:
    router.add_sub("rapport", PUBLISH, publish)
    router.add_sub("rapport", UNPUBLISH, unpublish)


def publish(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    token = outcome.publish(
        request.uow, network_id=network.id, user_id=request.user_id, now=request.clock.now()
    )
    public_url = request.settings.extra.get(outcome.PUBLIC_URL_SETTING)
    key = "outcome.published" if public_url else "outcome.published_path"
    request.reply(key, address=Markup(outcome.address(public_url, token)), name=network.name)


def unpublish(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    outcome.unpublish(
        request.uow, network_id=network.id, user_id=request.user_id, now=request.clock.now()
    )
    request.reply("outcome.unpublished", name=network.name)
