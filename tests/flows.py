"""Steps that several end-to-end tests take, driven through signed requests like Slack."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.network import NetworkForm
from bot.services import language, networks
from bot.services.views import NetworkRef
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import ColleagueRequest, Member, Network

S = SlackRequestClient


def start_state(
    name: str = "Ouderenzorg Noord",
    theme_1: str = "Dementie",
    theme_2: str | None = None,
    building_blocks: list[str] | None = None,
    description: str | None = None,
) -> dict[str, Any]:
    return {
        ids.START_NAME: {ids.VALUE: S.text_value(name)},
        ids.START_THEME_1: {ids.VALUE: S.text_value(theme_1)},
        ids.START_THEME_2: {ids.VALUE: S.text_value(theme_2)},
        ids.START_BUILDING_BLOCKS: {ids.VALUE: S.multi_static_select_values(building_blocks or [])},
        ids.START_DESCRIPTION: {ids.VALUE: S.text_value(description)},
    }


def join_state(
    existing: int | None = None, new: str | None = None, committed: bool = True
) -> dict[str, Any]:
    return {
        ids.JOIN_ORGANISATION: {
            ids.VALUE: S.static_select_value(str(existing) if existing else None)
        },
        ids.JOIN_NEW_ORGANISATION: {ids.VALUE: S.text_value(new)},
        ids.JOIN_COMMIT: {ids.VALUE: S.checkboxes_values([ids.COMMIT_YES] if committed else [])},
    }


def submit_start(
    client: SlackRequestClient, *, user: str = "U1", channel: str = "C1", **fields: Any
) -> Any:
    return client.view_submission(
        ids.START_MODAL,
        start_state(**fields),
        user=user,
        private_metadata=json.dumps({"channel": channel}),
    )


def start_network(client: SlackRequestClient, slack: FakeSlack, **fields: Any) -> None:
    """Create a network the way a coordinator does, and wait for the welcome message."""
    response = submit_start(client, **fields)
    assert response.status == 200, response.body
    slack.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == "C1")


def submit_join(client: SlackRequestClient, network_id: int, *, user: str, **state: Any) -> Any:
    return client.view_submission(
        ids.JOIN_MODAL,
        join_state(**state),
        user=user,
        private_metadata=json.dumps({"network": network_id}),
    )


def seed_network(
    bot: LnBot,
    *,
    organisations: int = 0,
    coordinator: str = "U1",
    channel: str = "C1",
    name: str = "Ouderenzorg Noord",
    theme: str = "Dementie",
    members: str = "UM",
    organisation: str = "Zorggroep",
) -> NetworkRef:
    """A network with `organisations` organisations of one member each (UM01 of Zorggroep 1,
    ...), set up directly; another network of the workspace takes other names."""
    now = bot.clock.now()
    form = NetworkForm(name, theme, None, (), None)
    network = networks.create_network(
        bot.uow(), team_id="T0001", channel_id=channel, user_id=coordinator, form=form, now=now
    )
    # Set up directly: the organisations join without waiting for the coordinator's yes (issue
    # 15), which the network still asks for newcomers afterwards.
    wants_yes(bot, network.id, False)
    for number in range(1, organisations + 1):
        networks.join_network(
            bot.uow(),
            network_id=network.id,
            user_id=f"{members}{number:02d}",
            existing_organisation_id=None,
            new_organisation_name=f"{organisation} {number}",
            committed=True,
            now=now,
        )
    wants_yes(bot, network.id, True)
    return network


def wants_yes(bot: LnBot, network_id: int, on: bool) -> None:
    """Whether a new organisation waits for a coordinator's yes (on by default), set directly."""
    with bot.uow() as uow:
        network = uow.session.get(Network, network_id)
        assert network is not None
        network.approve_new_organisations = on
        uow.commit()


def join_as_colleague(
    bot: LnBot, network_id: int, user_id: str, organisation_id: int, *, approver: str = "U1"
) -> None:
    """Join an organisation that takes part, and have a coordinator (or colleague) say yes."""
    now = bot.clock.now()
    networks.join_network(
        bot.uow(),
        network_id=network_id,
        user_id=user_id,
        existing_organisation_id=organisation_id,
        new_organisation_name=None,
        committed=True,
        now=now,
    )
    with bot.uow() as uow:
        request_id = uow.session.scalars(
            select(ColleagueRequest.id).where(
                ColleagueRequest.slack_user_id == user_id, ColleagueRequest.status == "pending"
            )
        ).one()
    networks.answer_colleague_request(
        bot.uow(), request_id=request_id, user_id=approver, approve=True, now=now
    )


def add_members(bot: LnBot, network_id: int, users: list[str] | tuple[str, ...]) -> None:
    """People who take part without an organisation (voters, helpers), set up directly: only a
    network's members vote in its polls (issue 12)."""
    with bot.uow() as uow:
        for user in users:
            uow.session.add(
                Member(network_id=network_id, slack_user_id=user, joined_at=bot.clock.now())
            )
        uow.commit()


def texts(blocks: list[dict[str, Any]]) -> str:
    """All text in a list of blocks, to assert on what a person would read."""
    return json.dumps(blocks, ensure_ascii=False)


def speaks_english(bot: LnBot, user: str, team_id: str = "T0001") -> None:
    """The person chose English (as `/lerend taal en` does); Slack's en-US locale alone never
    makes anyone English, since Dutch members carry it too."""
    language.choose_for_person(
        bot.uow(), team_id=team_id, user_id=user, language="en", now=bot.clock.now()
    )


HOME_VIEW = {"type": "home", "id": "VHOME"}


def open_home(client: SlackRequestClient, slack: FakeSlack, user: str) -> list[dict[str, Any]]:
    """The person opens the app's Home tab: the blocks of the App Home they see."""
    before = len(slack.calls_to("views.publish"))
    client.event({"type": "app_home_opened", "user": user, "channel": f"D{user}", "tab": "home"})
    calls = slack.wait_for("views.publish", count=before + 1)
    return list(calls[before].params["view"]["blocks"])


def home_buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every button in App Home: beside a line, or in a row below it."""
    found = [b["accessory"] for b in blocks if b.get("accessory", {}).get("type") == "button"]
    found += [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    return found


def click_in_home(
    client: SlackRequestClient,
    blocks: list[dict[str, Any]],
    action_id: str,
    user: str,
    value: str | None = None,
) -> dict[str, Any]:
    """Press the App Home button with this action id (and value): returns the button."""
    button = next(
        b
        for b in home_buttons(blocks)
        if b["action_id"] == action_id and (value is None or b.get("value") == value)
    )
    client.block_action(action_id, button.get("value"), user=user, view=HOME_VIEW)
    return button
