"""Steps the finder tests share: registering interest through the modal's submission, claiming
the programme, and reading the proposal the coordinator is shown."""

from __future__ import annotations

import json
from typing import Any

from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import Response, SlackRequestClient

S = SlackRequestClient


def interest_state(
    organisation: str | None = "Zorggroep Oost",
    province: str | None = "NL-OV",
    travels: bool = False,
    themes: tuple[str, ...] = ("safety",),
    own_theme: str | None = None,
    building_blocks: tuple[str, ...] = (),
    needs: str | None = "Valpreventie in de nacht",
    brings: str | None = None,
) -> dict[str, Any]:
    return {
        ids.FINDER_ORGANISATION: {ids.VALUE: S.text_value(organisation)},
        ids.FINDER_PROVINCE: {ids.VALUE: S.static_select_value(province)},
        ids.FINDER_TRAVELS: {ids.VALUE: S.checkboxes_values([ids.TRAVELS_YES] if travels else [])},
        ids.FINDER_THEMES: {ids.VALUE: S.multi_static_select_values(list(themes))},
        ids.FINDER_OWN_THEME: {ids.VALUE: S.text_value(own_theme)},
        ids.FINDER_BUILDING_BLOCKS: {
            ids.VALUE: S.multi_static_select_values(list(building_blocks))
        },
        ids.FINDER_NEEDS: {ids.VALUE: S.text_value(needs)},
        ids.FINDER_BRINGS: {ids.VALUE: S.text_value(brings)},
    }


def register(client: SlackRequestClient, user: str, **fields: Any) -> Response:
    return client.view_submission(ids.FINDER_INTEREST_MODAL, interest_state(**fields), user=user)


def register_many(
    client: SlackRequestClient, count: int, *, start: int = 1, **fields: Any
) -> list[str]:
    """`count` organisations "Zorg 1", "Zorg 2", ... registered by UA01, UA02, ..."""
    users = []
    for number in range(start, start + count):
        user = f"UA{number:02d}"
        response = register(client, user, organisation=f"Zorg {number}", **fields)
        assert response.status == 200, response.body
        users.append(user)
    return users


def claim_programme(client: SlackRequestClient, slack: FakeSlack) -> None:
    client.slash(text="programma claim", user="U1", channel="D1")
    assert ephemeral(slack)[-1]["text"].startswith("Je bent nu programmacoördinator")


def ephemeral(slack: FakeSlack) -> list[dict[str, Any]]:
    return [c.params for c in slack.calls_to("response_url")]


def proposal(client: SlackRequestClient, slack: FakeSlack, user: str = "U1") -> dict[str, Any]:
    client.slash(text="programma groepen", user=user, channel="D1")
    return ephemeral(slack)[-1]


def buttons(message: dict[str, Any], action_id: str) -> list[str]:
    """The values of the buttons with `action_id` in a message."""
    return [
        element["value"]
        for block in message.get("blocks", [])
        if block["type"] == "actions"
        for element in block["elements"]
        if element.get("action_id") == action_id
    ]


def texts(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
