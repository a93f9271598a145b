"""Steps the intake tests share: filling in the intake and the fit check like Slack sends them."""

from __future__ import annotations

import json
from typing import Any

from bot.app import LnBot
from bot.blocks import ids
from bot.blocks.intake import QUESTION_BLOCKS
from bot.domain.fit_check import QUESTIONS
from bot.services import networks
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient

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


def submit_intake(
    client: SlackRequestClient, network_id: int, *, user: str, **fields: Any
) -> Response:
    return client.view_submission(
        ids.INTAKE_MODAL,
        intake_state(**fields),
        user=user,
        private_metadata=json.dumps({"network": network_id}),
    )


def join(bot: LnBot, network_id: int, user: str, organisation: str) -> None:
    """A member joins directly (as after the join modal), which also plans their reminders."""
    networks.join_network(
        bot.uow(),
        network_id=network_id,
        user_id=user,
        existing_organisation_id=None,
        new_organisation_name=organisation,
        committed=True,
        now=bot.clock.now(),
    )


def fit_state(scores: dict[str, int | None], remarks: dict[str, str] | None = None) -> dict:
    state: dict[str, Any] = {}
    for question in QUESTIONS:
        score = scores.get(question)
        value = S.static_select_value(str(score) if score else None)
        state[ids.FIT_SCORE.format(question=question)] = {ids.VALUE: value}
        remark = (remarks or {}).get(question)
        state[ids.FIT_REMARK.format(question=question)] = {ids.VALUE: S.text_value(remark)}
    return state


def submit_fit(
    client: SlackRequestClient,
    fit_check_id: int,
    *,
    user: str,
    default: int = 4,
    remarks: dict[str, str] | None = None,
    **scores: int | None,
) -> Response:
    all_scores = {q: scores.get(q, default) for q in QUESTIONS}
    return client.view_submission(
        ids.FIT_MODAL,
        fit_state(all_scores, remarks),
        user=user,
        private_metadata=json.dumps({"fit_check": fit_check_id}),
    )


def dms_to(slack: FakeSlack, user: str) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == user]


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    return found + [b["accessory"] for b in blocks if b.get("accessory")]
