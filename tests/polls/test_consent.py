"""The consent decision on a new organisation after the 2nd meeting, end to end."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.intake import REMINDER_JOB
from bot.services import networks
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import ConsentDecision, JoinRequest, Member, Organisation, ScheduledJob
from tests.flows import seed_network, submit_join, texts
from tests.handlers.test_network import hold_meetings
from tests.polls.flows import ephemeral_texts

MEMBERS = [f"UM{n:02d}" for n in range(1, 7)]


def request_to_join(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> Call:
    """Six organisations, two meetings held, and U2 asks to join with a new organisation."""
    for user in MEMBERS:
        slack.add_user(user)
    network = seed_network(bot, organisations=6)
    hold_meetings(bot, network.id, 2)
    bot.dispatcher.run_once()  # the welcomes of the six members
    slack.reset()
    submit_join(client, network.id, user="U2", new="Late Zorg")
    bot.dispatcher.run_once()  # the consent.start job posts the decision in the channel
    return slack.wait_for("chat.postMessage", where=_is_decision)[0]


def _is_decision(call: Call) -> bool:
    return call.params["channel"] == "C1" and ids.CONSENT_AGREE in json.dumps(call.params)


def decision_id(message: Call) -> str:
    actions = next(b for b in message.params["blocks"] if b["type"] == "actions")
    return actions["elements"][0]["value"]


def shown(slack: FakeSlack, message: Call) -> str:
    updates = [c for c in slack.calls_to("chat.update") if c.params["ts"] == message.response["ts"]]
    return texts((updates[-1] if updates else message).params["blocks"])


def consent_by(client: SlackRequestClient, message: Call, users: list[str], action: str) -> None:
    for user in users:
        client.block_action(action, decision_id(message), user=user)


def object_by(client: SlackRequestClient, message: Call, user: str, reason: str) -> object:
    state = {ids.CONSENT_REASON: {ids.VALUE: SlackRequestClient.text_value(reason)}}
    metadata = json.dumps({"decision": int(decision_id(message))})
    return client.view_submission(
        ids.CONSENT_OBJECTION_MODAL, state, user=user, private_metadata=metadata
    )


def test_the_join_request_opens_a_decision_in_the_channel(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    message = request_to_join(bot, client, slack)
    body = texts(message.params["blocks"])
    assert "<@U2> wil namens *Late Zorg* meedoen" in body
    assert body.count("nog niet gestemd") == 6
    assert "Stem vóór dinsdag 19 januari 2027, 10:00" in body  # 7 days after the request
    coordinator = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "U1")
    assert "<@U2> wil namens *Late Zorg* meedoen" in coordinator[0].params["text"]


def test_consent_of_every_organisation_admits_at_once(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    message = request_to_join(bot, client, slack)
    network = networks.find_network(bot.uow(), "T0001", "C1")
    networks.remember_welcome(bot.uow(), network, "1700000000.000001", bot.clock.now())
    consent_by(client, message, MEMBERS[:5], ids.CONSENT_AGREE)
    assert ephemeral_texts(slack)[-1] == "Genoteerd namens je organisatie: *akkoord*."
    assert "Zorggroep 1*: akkoord" in shown(slack, message)
    consent_by(client, message, MEMBERS[5:], ids.CONSENT_ABSTAIN)
    assert "De groep stemt in: *Late Zorg* doet mee" in shown(slack, message)
    with bot.uow() as uow:
        request = uow.session.scalars(select(JoinRequest)).one()
        assert request.status == "approved" and request.decided_at is not None
        member = uow.session.scalar(select(Member).where(Member.slack_user_id == "U2"))
        assert member.organisation.name == "Late Zorg" and member.committed_at is not None
    bot.dispatcher.run_once()
    dms = slack.wait_for("chat.postMessage", count=2, where=lambda c: c.params["channel"] == "U2")
    assert any("Goed nieuws" in c.params["text"] for c in dms)
    channel = [c.params.get("text", "") for c in slack.calls_to("chat.postMessage")]
    assert "De groep stemt in: *Late Zorg* doet mee. Welkom, <@U2>!" in channel
    welcome = slack.wait_for("chat.update", where=lambda c: c.params["ts"] == "1700000000.000001")
    assert "*7 organisaties* doen mee" in texts(welcome[0].params["blocks"])
    with bot.uow() as uow:  # admitted like anyone who joins: the intake reminders are planned
        keys = uow.session.scalars(
            select(ScheduledJob.key).where(ScheduledJob.kind == REMINDER_JOB)
        )
        assert sum(1 for key in keys if ":U2:" in key) == 2
    client.block_action(ids.CONSENT_AGREE, decision_id(message), user="UM01")
    assert ephemeral_texts(slack)[-1] == "Over deze aanvraag is al besloten."


def test_an_objection_needs_a_reason_and_rejects_at_the_deadline(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    message = request_to_join(bot, client, slack)
    client.block_action(ids.CONSENT_OBJECT, decision_id(message), user="UM01")
    assert slack.wait_for("views.open")[0].params["view"]["callback_id"] == (
        ids.CONSENT_OBJECTION_MODAL
    )
    empty = object_by(client, message, "UM01", "  ")
    assert empty.json == {  # type: ignore[attr-defined]
        "response_action": "errors",
        "errors": {ids.CONSENT_REASON: "Schrijf kort op waarom je bezwaar hebt."},
    }
    object_by(client, message, "UM01", "We zijn al met te veel.")
    consent_by(client, message, MEMBERS[1:], ids.CONSENT_AGREE)
    body = shown(slack, message)
    assert "bezwaar — _We zijn al met te veel._" in body and "Besluit" not in body
    bot.clock.advance(timedelta(days=7))
    bot.dispatcher.run_once()
    assert "Er is bezwaar, dus *Late Zorg* doet niet mee." in shown(slack, message)
    bot.dispatcher.run_once()
    dm = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "U2")[0]
    assert "heeft bezwaar" in dm.params["text"]
    with bot.uow() as uow:
        assert uow.session.scalars(select(JoinRequest.status)).one() == "rejected"
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2")) is None


def test_the_contact_persons_last_vote_counts_and_a_colleague_only_proposes(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    message = request_to_join(bot, client, slack)
    with bot.uow() as uow:  # a colleague of UM01 (the contact person) joins the organisation
        first = uow.session.scalar(select(Member).where(Member.slack_user_id == "UM01"))
        uow.session.add(
            Member(
                network_id=first.network_id,
                slack_user_id="U4",
                organisation_id=first.organisation_id,
                joined_at=bot.clock.now(),
            )
        )
        uow.commit()
    object_by(client, message, "UM01", "Eerst praten.")
    consent_by(client, message, MEMBERS[1:], ids.CONSENT_AGREE)
    consent_by(client, message, ["U4"], ids.CONSENT_AGREE)  # a proposal: the objection stands
    assert "De groep stemt in" not in shown(slack, message)
    assert "Je voorstel (*akkoord*) gaat naar <@UM01>" in ephemeral_texts(slack)[-1]
    bot.dispatcher.run_once()
    to_contact = [c.params["text"] for c in slack.calls_to("chat.postMessage")]
    assert any(t.startswith("<@U4> stelt voor") and "akkoord" in t for t in to_contact)
    consent_by(client, message, ["UM01"], ids.CONSENT_AGREE)  # withdraws the objection
    assert "De groep stemt in" in shown(slack, message)


def test_people_without_an_organisation_cannot_vote(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    message = request_to_join(bot, client, slack)
    consent_by(client, message, ["U1"], ids.CONSENT_AGREE)  # the coordinator has none
    assert "namens een deelnemende organisatie" in ephemeral_texts(slack)[-1]


def test_organisations_that_have_not_voted_get_one_reminder(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    message = request_to_join(bot, client, slack)
    consent_by(client, message, MEMBERS[:4], ids.CONSENT_AGREE)
    bot.dispatcher.run_once()
    slack.reset()
    bot.clock.advance(timedelta(days=5))
    bot.dispatcher.run_once()  # the fan-out: one job per member of a silent organisation
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()
    dms = slack.calls_to("chat.postMessage")
    assert sorted(c.params["channel"] for c in dms) == ["UM05", "UM06"]
    assert "nog niet gestemd over *Late Zorg*" in dms[0].params["text"]
    bot.clock.advance(timedelta(days=2))
    bot.dispatcher.run_once()
    assert "Niet elke organisatie heeft gestemd" in texts(
        slack.calls_to("chat.update")[-1].params["blocks"]
    )
    with bot.uow() as uow:
        assert uow.session.scalars(select(ConsentDecision.outcome)).one() == "incomplete"


def test_a_consent_that_comes_too_late_for_a_full_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    message = request_to_join(bot, client, slack)
    late = [f"UX{n:02d}" for n in range(7, 11)]
    with bot.uow() as uow:  # four more organisations joined before the group decided
        network_id = uow.session.scalars(select(Organisation.network_id)).first()
        for user in late:
            organisation = Organisation(
                network_id=network_id, name=user, name_key=user.lower(), admitted_at=bot.clock.now()
            )
            organisation.members.append(
                Member(network_id=network_id, slack_user_id=user, joined_at=bot.clock.now())
            )
            uow.session.add(organisation)
        uow.commit()
    consent_by(client, message, MEMBERS + late, ids.CONSENT_AGREE)
    assert "het netwerk is inmiddels vol" in shown(slack, message)
    with bot.uow() as uow:
        assert uow.session.scalars(select(ConsentDecision.outcome)).one() == "full"
        assert uow.session.scalars(select(JoinRequest.status)).one() == "rejected"
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2")) is None
