"""The one error policy (bot/edge/errors.py): a rule the person ran into is answered once,
privately and in their language, wherever it was raised; no listener catches it itself."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from sqlalchemy import delete

import handlers
from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Poll
from tests.flows import seed_network
from tests.polls.flows import create_poll, ephemeral_texts, poll_id_of, submit_poll, vote


def test_a_vote_on_a_deleted_poll_is_told_once_that_the_poll_is_gone(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    post = create_poll(client, slack, network.id)
    with bot.uow() as uow:
        uow.session.execute(delete(Poll).where(Poll.id == poll_id_of(post)))
        uow.commit()
    response = vote(client, post, "Zwolle", user="U2")
    assert response.status == 200
    assert ephemeral_texts(slack) == ["Deze poll bestaat niet meer."]  # no "Sorry" after it
    reply = slack.calls_to("response_url")[-1].params
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False


def test_a_modal_gets_its_field_errors_in_the_same_response(
    bot: LnBot, client: SlackRequestClient
) -> None:
    network = seed_network(bot)
    response = submit_poll(client, network.id, question="")
    assert response.status == 200
    answer = json.loads(response.body)
    assert answer["response_action"] == "errors" and answer["errors"]


def test_a_rule_about_the_person_in_a_modal_becomes_a_result_modal(
    bot: LnBot, client: SlackRequestClient
) -> None:
    network = seed_network(bot)
    response = submit_poll(client, network.id, user="U404")  # not a member of the network
    answer = json.loads(response.body)
    assert answer["response_action"] == "update"
    assert answer["view"]["callback_id"] == ids.RESULT_MODAL


def test_no_listener_catches_a_user_facing_error_itself() -> None:
    caught = []
    for path in Path(handlers.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                names = {getattr(n, "id", None) for n in ast.walk(node.type)}
                if names & {"UserFacingError", "FieldErrors"}:
                    caught.append(f"{path.name}:{node.lineno}")
    assert caught == []
