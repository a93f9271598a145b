"""When something breaks, the user reads a kind sentence in their language; nothing is kept
half-written."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bot.app import LnBot
from storage.models import Network
from tests.flows import submit_start
from tests.slack.fake_server import FakeSlack
from tests.slack.signed import SlackRequestClient


def explode(*_args, **_kwargs):
    raise RuntimeError("database on fire")


@pytest.mark.parametrize(
    ("user", "expected"),
    [("U1", "Sorry, daar ging iets mis"), ("U3", "Sorry, something went wrong")],
)
def test_an_unexpected_error_is_explained_kindly(
    client: SlackRequestClient, slack: FakeSlack, monkeypatch, caplog, user: str, expected: str
) -> None:
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
