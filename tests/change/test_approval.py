"""New organisations need a yes (issue 15, item 2), end to end: with the setting on (the
default), a new organisation's join before meeting 2 is a request a coordinator approves, or
declines with a reason; the requester is told either way; similar names are pointed out to the
coordinator; after meeting 2 the group's consent decides, as before."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import AuditEntry, JoinRequest, Member, Network
from tests.change.test_change import counted, dms, ephemeral, last_view, meetings_held
from tests.flows import seed_network, speaks_english, submit_join, texts
from tests.meetings.flows import run_due

S = SlackRequestClient


def ask_buttons(slack: FakeSlack, user: str) -> dict[str, str]:
    asked = [dm for dm in dms(slack, user) if ids.APPROVAL_APPROVE in json.dumps(dm.get("blocks"))]
    assert asked, dms(slack, user)
    return {e["action_id"]: e["value"] for e in asked[-1]["blocks"][1]["elements"]}


def test_a_new_organisation_waits_for_a_coordinators_yes(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    slack.add_user("U2")
    answer = submit_join(client, network.id, user="U2", new="Thuiszorg West")
    assert "kijkt ernaar" in texts(answer.json["view"]["blocks"])
    assert counted(bot, network.id) == ["Zorggroep 1", "Zorggroep 2"]

    run_due(bot, bot.clock.now())
    asked = [dm for dm in dms(slack, "U1") if "Thuiszorg West" in dm["text"]][-1]
    assert "Iemand wil Thuiszorg West laten meedoen" in asked["text"]
    buttons = ask_buttons(slack, "U1")

    client.block_action(ids.APPROVAL_APPROVE, buttons[ids.APPROVAL_APPROVE])
    assert "Je hebt *Thuiszorg West* laten meedoen" in ephemeral(slack)[-1]
    assert "Thuiszorg West" in counted(bot, network.id)
    client.block_action(ids.APPROVAL_APPROVE, buttons[ids.APPROVAL_APPROVE])  # a double click
    assert "heeft al over *Thuiszorg West* beslist" in ephemeral(slack)[-1]

    run_due(bot, bot.clock.now())
    assert any("Goed nieuws: *Thuiszorg West* doet mee" in dm["text"] for dm in dms(slack, "U2"))
    with bot.uow() as uow:
        actions = uow.session.scalars(select(AuditEntry.action)).all()
    assert actions.count("organisation.request_approved") == 1


def test_a_coordinator_declines_with_a_reason_in_english(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1, organisation="Zorggroep Zuid")
    slack.add_user("U2")
    speaks_english(bot, "U1")
    speaks_english(bot, "U2")
    typo = {
        ids.JOIN_ORGANISATION: {ids.VALUE: S.static_select_value(None)},
        ids.JOIN_NEW_ORGANISATION: {ids.VALUE: S.text_value("Zorgroep Zuid 1")},
        ids.JOIN_COMMIT: {ids.VALUE: S.checkboxes_values([ids.COMMIT_YES])},
        ids.JOIN_REALLY_NEW: {ids.VALUE: S.checkboxes_values([ids.JOIN_REALLY_NEW_YES])},
    }
    client.view_submission(
        ids.JOIN_MODAL, typo, user="U2", private_metadata=json.dumps({"network": network.id})
    )
    run_due(bot, bot.clock.now())
    asked = [dm for dm in dms(slack, "U1") if ids.APPROVAL_DECLINE in json.dumps(dm["blocks"])]
    assert "the name looks like Zorggroep Zuid 1" in texts(asked[-1]["blocks"])
    buttons = ask_buttons(slack, "U1")

    client.block_action(ids.APPROVAL_DECLINE, buttons[ids.APPROVAL_DECLINE])
    modal = last_view(slack, "views.open")
    assert modal["callback_id"] == ids.APPROVAL_DECLINE_MODAL
    metadata = modal["private_metadata"]
    empty = client.view_submission(
        ids.APPROVAL_DECLINE_MODAL,
        {ids.APPROVAL_REASON: {ids.VALUE: S.text_value("")}},
        private_metadata=metadata,
    )
    assert empty.json["response_action"] == "errors"
    done = client.view_submission(
        ids.APPROVAL_DECLINE_MODAL,
        {
            ids.APPROVAL_REASON: {
                ids.VALUE: S.text_value("You already take part as Zorggroep Zuid 1.")
            }
        },
        private_metadata=metadata,
    )
    assert "You declined *Zorgroep Zuid 1*" in texts(done.json["view"]["blocks"])
    run_due(bot, bot.clock.now())
    told = dms(slack, "U2")[-1]["text"]
    assert "may not join *Ouderenzorg Noord*" in told
    assert "You already take part as Zorggroep Zuid 1." in told
    assert counted(bot, network.id) == ["Zorggroep Zuid 1"]
    with bot.uow() as uow:
        request = uow.session.scalars(select(JoinRequest)).one()
        assert (request.status, request.decided_by) == ("declined", "U1")
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2")) is None


def test_only_a_coordinator_answers_and_the_setting_can_be_turned_off(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    slack.add_user("U2")
    submit_join(client, network.id, user="U2", new="Thuiszorg West")
    run_due(bot, bot.clock.now())
    buttons = ask_buttons(slack, "U1")
    slack.reset()
    client.block_action(ids.APPROVAL_DECLINE, buttons[ids.APPROVAL_DECLINE], user="UM01")
    client.block_action(ids.APPROVAL_APPROVE, buttons[ids.APPROVAL_APPROVE], user="UM01")
    assert not slack.calls_to("views.open")
    assert "Thuiszorg West" not in counted(bot, network.id)

    client.slash(text="organisaties goedkeuren uit", user="UM01")
    assert "coördinator" in ephemeral(slack)[-1]
    client.slash(text="organisaties goedkeuren uit")
    assert "voortaan meteen mee" in ephemeral(slack)[-1]
    with bot.uow() as uow:
        found = uow.session.get(Network, network.id)
        assert found is not None and found.approve_new_organisations is False
    slack.add_user("U3")
    joined = submit_join(client, network.id, user="U3", new="Vivium")
    assert "kijkt ernaar" not in texts(joined.json["view"]["blocks"])
    assert "Vivium" in counted(bot, network.id)


def test_after_meeting_two_the_group_decides_as_before(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=6)
    meetings_held(bot, network.id, 2)
    slack.add_user("U2")
    answer = submit_join(client, network.id, user="U2", new="Thuiszorg West")
    assert "kijkt ernaar" not in texts(answer.json["view"]["blocks"])
    with bot.uow() as uow:
        kinds = uow.session.scalars(select(JoinRequest.kind)).all()
    assert kinds == ["consent"]
