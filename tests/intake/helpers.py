"""Steps the intake tests share: filling in the intake and the fit check like Slack sends them."""

from __future__ import annotations

import json
from typing import Any

from bot.app import LnBot
from bot.blocks import ids
from bot.blocks.intake import QUESTION_BLOCKS
from bot.domain.fit_check import QUESTIONS
from bot.domain.intake import BRING_QUESTIONS
from bot.services import networks
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from tests.flows import wants_yes

S = SlackRequestClient


def intake_state(
    bring_tags: list[str] | None = None,
    take_tags: list[str] | None = None,
    shareable: bool = True,
    **answers: str,
) -> dict[str, Any]:
    state = {
        block: {ids.VALUE: S.text_value(answers.get(q))} for q, block in QUESTION_BLOCKS.items()
    }
    state[ids.INTAKE_BRING_TAGS] = {ids.VALUE: S.multi_static_select_values(bring_tags or [])}
    state[ids.INTAKE_TAKE_TAGS] = {ids.VALUE: S.multi_static_select_values(take_tags or [])}
    shared = [ids.SHARE_YES] if shareable else []
    state[ids.INTAKE_SHARE] = {ids.VALUE: S.checkboxes_values(shared)}
    return state


BRING_BLOCKS = {QUESTION_BLOCKS[q] for q in BRING_QUESTIONS} | {ids.INTAKE_BRING_TAGS}


def bring_state(state: dict[str, Any]) -> dict[str, Any]:
    return {block: value for block, value in state.items() if block in BRING_BLOCKS}


def take_state(state: dict[str, Any]) -> dict[str, Any]:
    return {block: value for block, value in state.items() if block not in BRING_BLOCKS}


def submit_intake(
    client: SlackRequestClient, network_id: int, *, user: str, **fields: Any
) -> Response:
    """Both steps as a member fills them in: brengen, then halen. Returns the answer to the
    second step, or to the first when that one has field errors."""
    state = intake_state(**fields)
    meta = json.dumps({"network": network_id})
    first = client.view_submission(
        ids.INTAKE_MODAL, bring_state(state), user=user, private_metadata=meta
    )
    if first.json is None or first.json.get("response_action") != "update":
        return first
    return client.view_submission(
        ids.INTAKE_TAKE_MODAL, take_state(state), user=user, private_metadata=meta
    )


def join(bot: LnBot, network_id: int, user: str, organisation: str) -> None:
    """A member joins directly (as after the join modal), which also plans their reminders."""
    wants_yes(bot, network_id, False)  # set up directly, without the coordinator's yes
    networks.join_network(
        bot.uow(),
        network_id=network_id,
        user_id=user,
        existing_organisation_id=None,
        new_organisation_name=organisation,
        committed=True,
        now=bot.clock.now(),
    )


def tap_score(
    client: SlackRequestClient, fit_check_id: int, question: str, score: int, *, user: str
) -> Response:
    """A tap on a score button under one question in the person's DM."""
    value = f"{fit_check_id}:{question}:{score}"
    return client.block_action(
        f"{ids.FIT_SCORE_BUTTON}_{score}",
        value,
        user=user,
        channel=f"D{user}",
        message_ts="1700000000.000100",
    )


def submit_remark(
    client: SlackRequestClient, fit_check_id: int, question: str, remark: str, *, user: str
) -> Response:
    """The small remark modal of one question, as it opens from the question message."""
    meta = {"fit_check": fit_check_id, "question": question, "channel": f"D{user}", "ts": "1.1"}
    state = {ids.FIT_REMARK.format(question=question): {ids.VALUE: S.text_value(remark)}}
    return client.view_submission(
        ids.FIT_REMARK_MODAL, state, user=user, private_metadata=json.dumps(meta)
    )


def submit_fit(
    client: SlackRequestClient,
    fit_check_id: int,
    *,
    user: str,
    default: int = 4,
    remarks: dict[str, str] | None = None,
    **scores: int | None,
) -> Response | None:
    """Answer the fit check question by question (a score None is left open); the remarks
    through their modal. Returns the answer to the last request."""
    response = None
    for question, remark in (remarks or {}).items():
        response = submit_remark(client, fit_check_id, question, remark, user=user)
    for question in QUESTIONS:
        score = scores.get(question, default)
        if score is not None:
            response = tap_score(client, fit_check_id, question, score, user=user)
    return response


def dms_to(slack: FakeSlack, user: str) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == user]


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    return found + [b["accessory"] for b in blocks if b.get("accessory")]
