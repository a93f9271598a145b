"""The shared goal (issue 14, item 2): recorded after meeting 1 by a coordinator or
facilitator in a modal, editable with its history kept, pinned in the channel's welcome
message, shown in status and App Home, asked about in the evaluation after meeting 3 and
opening the outcome report."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.anonymise import PlainNamer
from bot.domain.network import Role
from bot.report_files import build_document
from bot.services import networks
from bot.services.report import report_data
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Member, Network, NetworkGoal, PollOption
from tests.flows import speaks_english, start_network, texts

S = SlackRequestClient
GOAL = "Minder onrust bij bewoners met dementie in de avond, door samen te leren."


def network_id(bot: LnBot) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Network.id)).one()


def submit_goal(client: SlackRequestClient, network: int, text: str, user: str = "U1") -> dict:
    response = client.view_submission(
        ids.YEAR_GOAL_MODAL,
        {ids.YEAR_GOAL: {ids.VALUE: S.text_value(text)}},
        user=user,
        private_metadata=json.dumps({"network": network}),
    )
    assert response.status == 200, response.body
    return response.json or {}


def welcome_now(slack: FakeSlack) -> str:
    """What the channel's welcome message shows now (its last update, or the post)."""
    updates = [c for c in slack.calls_to("chat.update") if c.params["channel"] == "C1"]
    post = slack.calls_to("chat.postMessage")[0]
    return texts((updates[-1] if updates else post).params["blocks"])


def test_the_coordinator_records_the_goal_and_the_channel_shows_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    network = network_id(bot)
    client.block_action(ids.YEAR_GOAL_OPEN, str(network), user="U1", channel="DU1")
    modal = slack.last("views.open").params["view"]
    assert modal["title"]["text"] == "Gezamenlijk doel"
    field = next(b for b in modal["blocks"] if b.get("block_id") == ids.YEAR_GOAL)
    assert field["element"]["placeholder"]["text"].startswith("Bijvoorbeeld")
    empty = submit_goal(client, network, "   ")
    assert empty["errors"] == {ids.YEAR_GOAL: "Schrijf het doel in één of een paar zinnen."}
    saved = submit_goal(client, network, GOAL)
    assert saved["response_action"] == "update"
    assert GOAL in texts(saved["view"]["blocks"])
    assert "Ons gezamenlijke doel" in welcome_now(slack) and GOAL in welcome_now(slack)
    client.slash(text="status", user="U1")
    assert f"Ons doel: {GOAL}" in texts(slack.calls_to("response_url")[-1].params["blocks"])


def test_the_goal_is_edited_with_its_history_kept(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    network = network_id(bot)
    submit_goal(client, network, GOAL)
    submit_goal(client, network, GOAL)  # unchanged: no new version
    submit_goal(client, network, "Samen de avondrust verbeteren.")
    with bot.uow() as uow:
        versions = uow.session.scalars(select(NetworkGoal.text).order_by(NetworkGoal.id)).all()
    assert versions == [GOAL, "Samen de avondrust verbeteren."]
    client.slash(text="doel", user="U1")
    modal = slack.last("views.open").params["view"]
    field = next(b for b in modal["blocks"] if b.get("block_id") == ids.YEAR_GOAL)
    assert field["element"]["initial_value"] == "Samen de avondrust verbeteren."
    assert "eerdere versies: 2" in texts(modal["blocks"])
    assert "Samen de avondrust verbeteren." in welcome_now(slack)


def test_a_facilitator_may_record_it_and_a_member_may_not(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    network = network_id(bot)
    with bot.uow() as uow:
        for user in ("U5", "U6"):
            uow.session.add(
                Member(network_id=network, slack_user_id=user, joined_at=bot.clock.now())
            )
        uow.commit()
    networks.set_role(
        bot.uow(),
        network_id=network,
        actor_user_id="U1",
        target_user_id="U5",
        role=Role.FACILITATOR,
        now=bot.clock.now(),
    )
    client.slash(text="doel", user="U6")
    assert (
        "Alleen coördinatoren en gespreksleiders"
        in (slack.calls_to("response_url")[-1].params["text"])
    )
    assert not slack.calls_to("views.open")
    submit_goal(client, network, GOAL, user="U5")
    with bot.uow() as uow:
        assert uow.session.scalars(select(NetworkGoal.set_by)).all() == ["U5"]


def test_the_evaluation_asks_about_the_goal_and_the_report_opens_with_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    network = network_id(bot)
    submit_goal(client, network, GOAL)
    client.slash(text="evaluatie", user="U1")
    with bot.uow() as uow:
        follow_ups = uow.session.scalars(select(PollOption.follow_up)).all()
    question = f"Ons doel is: {GOAL.rstrip('.')}. Komen we dichter bij ons doel?"
    assert len(follow_ups) == 3
    assert all((text or "").splitlines()[-1] == question for text in follow_ups)
    data = report_data(bot.uow(), network_id=network, now=bot.clock.now())
    assert [(row.year, row.goal) for row in data.years] == [(1, GOAL)]
    document = build_document(
        data, PlainNamer({}, [], unknown="?"), "nl", "Europe/Amsterdam", public=False
    )
    assert document.sections[0].title == "Ons gezamenlijke doel"
    assert document.sections[0].paragraphs == [GOAL]


def test_in_english(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    start_network(client, slack)
    speaks_english(bot, "U1")
    client.slash(text="goal", user="U1")
    modal = slack.last("views.open").params["view"]
    assert modal["title"]["text"] == "Shared goal"
    assert "The shared goal of *Ouderenzorg Noord*" in texts(modal["blocks"])
