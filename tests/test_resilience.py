"""Faults on the request path: Slack failing under a handler, and the database failing in one
request, leave nothing half-written and tell the person kindly."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from bot.app import LnBot
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Member, PollVote
from tests.flows import seed_network, submit_join, wants_yes
from tests.polls.flows import create_poll, vote


@pytest.mark.parametrize("fault", [{"status": 500}, {"drop_connection": True}])
def test_slack_failing_to_open_a_modal_is_explained(
    client: SlackRequestClient, slack: FakeSlack, fault: dict
) -> None:
    slack.fail_next("views.open", times=10, **fault)
    response = client.slash(text="start", user="U1")
    assert response.status == 200
    reply = slack.wait_for("response_url")[-1].params["text"]
    assert reply.startswith("Sorry, daar ging iets mis")


def test_the_join_counts_even_when_slack_cannot_update_the_welcome(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    from bot.services import networks

    networks.remember_welcome(bot.uow(), network, "1700000000.000001", bot.clock.now())
    slack.fail_next("chat.update", status=500, times=10)
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    response = submit_join(client, network.id, user="U2", new="Zorggroep Oost")
    assert response.json["response_action"] == "update"  # the member sees it worked
    with bot.uow() as uow:
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2"))


def test_a_database_error_in_one_vote_rolls_back_that_vote_only(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    for user in ("UM01", "UM02"):
        slack.add_user(user)
    network = seed_network(bot, organisations=2)
    post = create_poll(client, slack, network.id)
    failing = {"left": 1}

    def fail_once(conn, cursor, statement, parameters, context, executemany):
        if failing["left"] and statement.lstrip().upper().startswith("INSERT INTO POLL_VOTES"):
            failing["left"] -= 1
            raise OperationalError(statement, parameters, Exception("database went away"))

    event.listen(bot.engine, "before_cursor_execute", fail_once)
    slack.reset()
    vote(client, post, "Zwolle", user="UM01")
    told = [c.params["text"] for c in slack.calls_to("response_url")]
    assert any(text.startswith("Sorry, daar ging iets mis") for text in told)
    vote(client, post, "Deventer", user="UM02")
    vote(client, post, "Zwolle", user="UM01")  # trying again works
    with bot.uow() as uow:
        voters = uow.session.scalars(select(PollVote.slack_user_id)).all()
        assert sorted(voters) == ["UM01", "UM02"]
        assert uow.session.scalar(select(func.count()).select_from(PollVote)) == 2
