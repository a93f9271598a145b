"""Who may speak for an organisation (issue 12, item 1), end to end in Slack terms: joining an
organisation that takes part waits for a colleague's or coordinator's yes; the contact person
is chosen with `/lerend contactpersoon`; only the contact person's vote and report approval
count; every change is in the audit log; a network in a private channel is only for the
people in it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.services import report
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import (
    AuditEntry,
    ColleagueRequest,
    Member,
    OrganisationProposal,
    ReportApproval,
)
from tests.flows import (
    join_as_colleague,
    seed_network,
    speaks_english,
    submit_join,
    texts,
    wants_yes,
)


def organisation_id(bot: LnBot, name: str = "Zorggroep 1") -> int:
    with bot.uow() as uow:
        member = uow.session.scalar(select(Member).where(Member.slack_user_id == "UM01"))
        assert member is not None and member.organisation is not None
        assert member.organisation.name == name
        return member.organisation.id


def dms(slack: FakeSlack, user: str) -> list[dict[str, Any]]:
    return [c.params for c in slack.calls_to("chat.postMessage") if c.params["channel"] == user]


def members_of(bot: LnBot, organisation: int) -> set[str]:
    with bot.uow() as uow:
        rows = uow.session.scalars(select(Member).where(Member.organisation_id == organisation))
        return {m.slack_user_id for m in rows}


def audit(bot: LnBot) -> list[tuple[str, str, dict[str, Any]]]:
    with bot.uow() as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.action, r.actor_user_id, r.detail) for r in rows]


def ephemeral(slack: FakeSlack) -> list[str]:
    return [c.params.get("text", "") for c in slack.calls_to("response_url")]


def test_joining_an_organisation_waits_for_a_yes_and_the_first_answer_wins(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    org = organisation_id(bot)
    speaks_english(bot, "U3")
    response = submit_join(client, network.id, user="U3", existing=org)  # reads English
    assert "A colleague from *Zorggroep 1*" in texts(response.json["view"]["blocks"])
    assert members_of(bot, org) == {"UM01"}  # not a member until someone says yes
    bot.dispatcher.run_once()
    asked = {user: dms(slack, user) for user in ("UM01", "U1", "UM02")}
    asks = {user: [m for m in asked[user] if "wil meedoen" in m["text"]] for user in asked}
    assert not asks["UM02"]  # another organisation is not asked
    for user in ("UM01", "U1"):
        (message,) = asks[user]  # one question each, next to their welcome DMs
        body = texts(message["blocks"])
        assert "<@U3> wil meedoen aan *Ouderenzorg Noord* namens *Zorggroep 1*" in body
        assert message["text"] == (
            "Iemand wil meedoen aan Ouderenzorg Noord namens Zorggroep 1. Hoort die persoon bij "
            "jullie organisatie?"
        )
        buttons = [e["action_id"] for b in message["blocks"] for e in b.get("elements", [])]
        assert buttons == [ids.COLLEAGUE_APPROVE, ids.COLLEAGUE_REFUSE]
    request_id = asks["UM01"][0]["blocks"][1]["elements"][0]["value"]

    client.block_action(ids.COLLEAGUE_APPROVE, request_id, user="UM02")  # not a colleague
    assert "Alleen een collega van deze organisatie" in ephemeral(slack)[-1]
    client.block_action(ids.COLLEAGUE_APPROVE, request_id, user="UM01")
    assert "<@U3> doet nu mee namens *Zorggroep 1*" in ephemeral(slack)[-1]
    client.block_action(ids.COLLEAGUE_REFUSE, request_id, user="U1")  # too late: nothing changes
    assert "<@UM01> heeft al geantwoord" in ephemeral(slack)[-1]
    client.block_action(ids.COLLEAGUE_APPROVE, request_id, user="UM01")  # a double click
    assert members_of(bot, org) == {"UM01", "U3"}
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()
    told = [m["text"] for m in dms(slack, "U3")]
    assert any(t.startswith("You take part in *Ouderenzorg Noord*") for t in told)
    assert sum("Ouderenzorg Noord" in t and "behalf" in t for t in told) == 1
    approvals = [a for a in audit(bot) if a[0] == "organisation.join_approved"]
    assert approvals == [
        (
            "organisation.join_approved",
            "UM01",
            {"organisation": "Zorggroep 1", "target": "U3"},
        )
    ]


def test_a_refused_request_leaves_the_person_outside_and_tells_them(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    org = organisation_id(bot)
    submit_join(client, network.id, user="U2", new="zorggroep 1")  # same name: the same one
    with bot.uow() as uow:
        request_id = uow.session.scalars(select(ColleagueRequest.id)).one()
    client.block_action(ids.COLLEAGUE_REFUSE, str(request_id), user="U1")  # the coordinator
    assert "doet niet mee namens *Zorggroep 1*" in ephemeral(slack)[-1]
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()
    assert any("is niet toegestaan" in m["text"] for m in dms(slack, "U2"))
    assert members_of(bot, org) == {"UM01"}
    with bot.uow() as uow:
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2")) is None
    assert ("organisation.join_refused", "U1") in [(a, b) for a, b, _ in audit(bot)]


def test_the_contact_person_is_chosen_by_colleagues_or_a_coordinator(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    org = organisation_id(bot)
    join_as_colleague(bot, network.id, "U3", org)
    speaks_english(bot, "U3")
    client.slash(text="contactpersoon <@U3|u3>", user="UM02")  # another organisation
    assert "Alleen collega's van *Zorggroep 1*" in ephemeral(slack)[-1]
    client.slash(text="contactpersoon <@UM01>", user="UM01")  # already: the first member
    assert ephemeral(slack)[-1] == "<@UM01> is al contactpersoon van *Zorggroep 1*."
    client.slash(text="contactpersoon <@U3|u3>", user="UM01")
    assert ephemeral(slack)[-1].startswith("<@U3> is nu contactpersoon van *Zorggroep 1*")
    client.slash(text="contact <@UM01>", user="U1")  # a coordinator
    assert ephemeral(slack)[-1].startswith("<@UM01> is nu contactpersoon")
    client.slash(text="contactpersoon", user="UM01")
    assert "`/lerend contactpersoon @naam`" in ephemeral(slack)[-1]
    bot.dispatcher.run_once()
    told = [m["text"] for m in dms(slack, "U3")]
    assert any(t.startswith("<@UM01> made you the contact person of *Zorggroep 1*") for t in told)
    changes = [
        (actor, d["previous"], d["target"])
        for a, actor, d in audit(bot)
        if a == "organisation.contact"
    ]
    assert changes == [("UM01", "UM01", "U3"), ("U1", "U3", "UM01")]


def test_only_the_contact_persons_approval_of_the_report_excerpt_counts(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    org = organisation_id(bot)
    join_as_colleague(bot, network.id, "U3", org)
    speaks_english(bot, "U3")
    review_id = None
    report.start_review(bot.uow(), network_id=network.id, user_id="U1", now=bot.clock.now())
    with bot.uow() as uow:
        approval = uow.session.scalars(select(ReportApproval)).one()
        review_id = approval.review_id
    value = f"{review_id}:{org}"
    client.block_action(ids.REPORT_APPROVE, value, user="U3")  # proposes
    assert "Your proposal goes to <@UM01>" in ephemeral(slack)[-1]
    with bot.uow() as uow:
        assert uow.session.scalars(select(ReportApproval)).one().status == "pending"
        proposal = uow.session.scalars(select(OrganisationProposal)).one()
        assert (proposal.slack_user_id, proposal.subject, proposal.choice) == (
            "U3",
            "report",
            "approved",
        )
    bot.dispatcher.run_once()
    assert any("<@U3> stelt voor om akkoord te geven" in m["text"] for m in dms(slack, "UM01"))
    client.block_action(ids.REPORT_APPROVE, value, user="UM01")  # the contact person decides
    assert "Iedereen is akkoord" in ephemeral(slack)[-1]
    with bot.uow() as uow:
        approval = uow.session.scalars(select(ReportApproval)).one()
        assert (approval.status, approval.decided_by) == ("approved", "UM01")


def test_a_network_in_a_private_channel_is_only_for_the_people_in_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    slack.add_channel("C1", name="besloten", is_private=True, members=["U1", "UM01", "U2"])
    client.event({"type": "app_home_opened", "user": "U4", "tab": "home"})
    outside_home = texts(slack.last("views.publish").params["view"]["blocks"])
    assert "Ouderenzorg Noord" not in outside_home
    client.event({"type": "app_home_opened", "user": "U2", "tab": "home"})
    inside_home = texts(slack.last("views.publish").params["view"]["blocks"])
    assert "Ouderenzorg Noord" in inside_home
    assert slack.calls_to("conversations.members")  # Slack was asked, not assumed

    client.block_action(ids.JOIN_BUTTON, str(network.id), user="U4")
    assert "besloten kanaal" in ephemeral(slack)[-1]
    assert not slack.calls_to("views.open")
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    response = submit_join(client, network.id, user="U4", new="Sluiproute Zorg")
    assert "besloten kanaal" in texts(response.json["view"]["blocks"])
    client.block_action(ids.STATUS_BUTTON, str(network.id), user="U4")
    assert "alleen voor deelnemers van het netwerk" in ephemeral(slack)[-1]
    with bot.uow() as uow:
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U4")) is None

    client.block_action(ids.STATUS_BUTTON, str(network.id), user="U2")  # in the channel
    client.block_action(ids.JOIN_BUTTON, str(network.id), user="U2")
    assert len(slack.calls_to("views.open")) == 2
    submit_join(client, network.id, user="U2", new="Binnen Zorg")
    with bot.uow() as uow:
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2")) is not None
