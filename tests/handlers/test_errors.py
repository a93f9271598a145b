"""When something breaks, the user reads a kind sentence in their language; nothing is kept
half-written."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bot.app import LnBot
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Network
from tests.flows import speaks_english, submit_start


def explode(*_args, **_kwargs):
    raise RuntimeError("database on fire")


@pytest.mark.parametrize(
    ("user", "expected"),
    [("U1", "Sorry, daar ging iets mis"), ("U3", "Sorry, something went wrong")],
)
def test_an_unexpected_error_is_explained_kindly(
    bot: LnBot,
    client: SlackRequestClient,
    slack: FakeSlack,
    monkeypatch,
    caplog,
    user: str,
    expected: str,
) -> None:
    speaks_english(bot, "U3")
    monkeypatch.setattr("bot.services.networks.summary", explode)
    monkeypatch.setattr("bot.services.networks.find_network", lambda *a: explode())
    with caplog.at_level(logging.ERROR):
        response = client.slash(text="status", user=user)
    assert response.status == 200
    reply = slack.wait_for("response_url")[0].params
    assert reply["text"].startswith(expected) and "Traceback" not in reply["text"]
    assert "database on fire" in caplog.text  # the details go to the log, not to the user


def test_a_failed_write_leaves_nothing_behind(
    bot: LnBot, client: SlackRequestClient, monkeypatch
) -> None:
    monkeypatch.setattr("storage.repositories.record_audit", explode)
    submit_start(client)
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Network)) == 0


def test_an_error_right_after_the_ack_still_answers_slack(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, monkeypatch
) -> None:
    """Bolt used to lose the ack when a listener raised just after it (Slack saw a 404)."""
    from bot.blocks import ids
    from tests.flows import seed_network

    network = seed_network(bot)
    monkeypatch.setattr("bot.services.networks.join_form", explode)
    for _ in range(20):
        response = client.block_action(ids.JOIN_BUTTON, str(network.id), user="U2")
        assert response.status == 200
    texts = [c.params["text"] for c in slack.calls_to("response_url")]
    assert len(texts) == 20 and all(text.startswith("Sorry, daar ging iets mis") for text in texts)
