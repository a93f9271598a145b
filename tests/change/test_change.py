"""Change happens (issue 15), end to end through signed requests and the fake Slack: a
coordinator renames, merges and removes organisations; an organisation without members is
flagged and stops counting; members leave or are removed; a coordinator who left Slack is
replaced; the network is edited. Dutch by default, English for those who chose it."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.blocks.change import menu_value
from bot.services import privacy
from bot.services.organisations import EMPTY_GRACE
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import (
    AuditEntry,
    ConsentDecision,
    ConsentVote,
    JoinRequest,
    KnowledgeItem,
    Meeting,
    Member,
    Network,
    Organisation,
    ScheduledJob,
)
from tests.flows import (
    HOME_VIEW,
    click_in_home,
    home_buttons,
    open_home,
    seed_network,
    speaks_english,
    start_state,
    submit_join,
    texts,
)
from tests.meetings.flows import run_due

S = SlackRequestClient


def org_id(bot: LnBot, name: str) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Organisation.id).where(Organisation.name == name)).one()


def counted(bot: LnBot, network_id: int) -> list[str]:
    with bot.uow() as uow:
        network = uow.session.get(Network, network_id)
        assert network is not None
        return [org.name for org in network.organisations]


def audit(bot: LnBot) -> list[tuple[str, dict[str, Any]]]:
    with bot.uow() as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(row.action, row.detail) for row in rows]


def last_view(slack: FakeSlack, method: str) -> dict[str, Any]:
    view = slack.calls_to(method)[-1].params["view"]
    return json.loads(view) if isinstance(view, str) else view


def dms(slack: FakeSlack, user: str) -> list[dict[str, Any]]:
    return [c.params for c in slack.calls_to("chat.postMessage") if c.params["channel"] == user]


def ephemeral(slack: FakeSlack) -> list[str]:
    return [c.params.get("text", "") for c in slack.calls_to("response_url")]


def menu(client: SlackRequestClient, action: str, network: int, org: int, user: str = "U1") -> Any:
    value = menu_value(action, network, org)
    return client.block_action(
        ids.ORG_MENU,
        view={"id": "V1", "private_metadata": json.dumps({"network": network})},
        action_type="overflow",
        selected_option=value,
        user=user,
    )


def submit(client: SlackRequestClient, callback: str, state: dict[str, Any], **meta: Any) -> Any:
    user = meta.pop("user", "U1")
    return client.view_submission(callback, state, user=user, private_metadata=json.dumps(meta))


def meetings_held(bot: LnBot, network_id: int, count: int) -> None:
    now = bot.clock.now()
    with bot.uow() as uow:
        for number in range(1, count + 1):
            start = now - timedelta(days=40 - number)
            uow.session.add(
                Meeting(
                    network_id=network_id,
                    number=number,
                    starts_at=start,
                    ends_at=start + timedelta(hours=3),
                    created_at=now,
                )
            )
        uow.commit()


# --- organisations -------------------------------------------------------------------------


def test_a_coordinator_renames_an_organisation_and_a_name_in_use_is_refused(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    client.slash(text="organisaties")
    listing = last_view(slack, "views.open")
    assert "Zorggroep 1" in texts(listing["blocks"]) and "⋯" in texts(listing["blocks"])
    first = org_id(bot, "Zorggroep 1")
    menu(client, "rename", network.id, first)
    pushed = last_view(slack, "views.push")
    assert pushed["callback_id"] == ids.ORG_RENAME_MODAL

    taken = submit(
        client,
        ids.ORG_RENAME_MODAL,
        {ids.ORG_NAME: {ids.VALUE: S.text_value("zorggroep  2")}},
        network=network.id,
        organisation=first,
    )
    assert taken.json["response_action"] == "errors"
    assert "Zorggroep 2* doet al mee" in taken.json["errors"][ids.ORG_NAME]

    done = submit(
        client,
        ids.ORG_RENAME_MODAL,
        {ids.ORG_NAME: {ids.VALUE: S.text_value("Zorggroep Zuid")}},
        network=network.id,
        organisation=first,
    )
    assert "heet nu *Zorggroep Zuid*" in texts(done.json["view"]["blocks"])
    assert "Zorggroep Zuid" in counted(bot, network.id)
    assert ("organisation.renamed", {"organisation": "Zorggroep 1", "name": "Zorggroep Zuid"}) in [
        (a, {k: v for k, v in d.items() if k in ("organisation", "name")}) for a, d in audit(bot)
    ]


def test_only_coordinators_see_the_organisations(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=2)
    speaks_english(bot, "UM01")
    client.slash(text="organisaties", user="UM01")
    assert not slack.calls_to("views.open")
    assert ephemeral(slack)


def test_merging_moves_everything_to_the_organisation_that_stays(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    source, target = org_id(bot, "Zorggroep 1"), org_id(bot, "Zorggroep 2")
    now = bot.clock.now()
    with bot.uow() as uow:
        session = uow.session
        request = JoinRequest(
            network_id=network.id, slack_user_id="UZ", organisation_name="Laat", created_at=now
        )
        session.add(request)
        session.flush()
        decision = ConsentDecision(
            network_id=network.id, join_request_id=request.id, deadline=now, created_at=now
        )
        session.add(decision)
        session.flush()
        for org, choice, user in ((source, "object", "UM01"), (target, "agree", "UM02")):
            session.add(
                ConsentVote(
                    decision_id=decision.id,
                    organisation_id=org,
                    choice=choice,
                    slack_user_id=user,
                    cast_at=now,
                )
            )
        session.add(
            KnowledgeItem(
                network_id=network.id,
                kind="example",
                title="Goed voorbeeld",
                author_user_id="UM01",
                organisation_id=source,
                created_at=now,
                updated_at=now,
            )
        )
        uow.commit()

    itself = submit(
        client,
        ids.ORG_MERGE_MODAL,
        {ids.ORG_TARGET: {ids.VALUE: S.static_select_value(str(source))}},
        network=network.id,
        organisation=source,
    )
    assert "niet met zichzelf" in itself.json["errors"][ids.ORG_TARGET]

    menu(client, "merge", network.id, source)
    options = texts(last_view(slack, "views.push")["blocks"])
    assert "Zorggroep 2" in options and "Zorggroep 3" in options
    done = submit(
        client,
        ids.ORG_MERGE_MODAL,
        {ids.ORG_TARGET: {ids.VALUE: S.static_select_value(str(target))}},
        network=network.id,
        organisation=source,
    )
    assert "samengevoegd met *Zorggroep 2*" in texts(done.json["view"]["blocks"])
    with bot.uow() as uow:
        session = uow.session
        moved = session.scalar(select(Member).where(Member.slack_user_id == "UM01"))
        assert moved is not None and moved.organisation_id == target
        votes = session.scalars(select(ConsentVote)).all()
        assert [(v.organisation_id, v.choice) for v in votes] == [(target, "agree")]
        assert session.scalars(select(KnowledgeItem.organisation_id)).one() == target
        gone = session.get(Organisation, source)
        assert gone is not None and gone.left_reason == "merged" and gone.merged_into_id == target
    assert counted(bot, network.id) == ["Zorggroep 2", "Zorggroep 3"]
    merged = [d for a, d in audit(bot) if a == "organisation.merged"]
    assert merged == [{"organisation": "Zorggroep 1", "target": "Zorggroep 2", "set_aside": 1}]


def test_removing_below_six_after_meeting_two_warns_first_and_tells_the_members(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=6)
    slack.add_user("UM03")
    meetings_held(bot, network.id, 2)
    speaks_english(bot, "U1")
    victim = org_id(bot, "Zorggroep 3")
    menu(client, "remove", network.id, victim)
    warning = texts(last_view(slack, "views.push")["blocks"])
    assert "then has 5 organisations, fewer than the 6" in warning

    done = submit(client, ids.ORG_REMOVE_MODAL, {}, network=network.id, organisation=victim)
    assert "*Zorggroep 3* no longer takes part" in texts(done.json["view"]["blocks"])
    assert "Zorggroep 3" not in counted(bot, network.id)
    assert len(counted(bot, network.id)) == 5
    run_due(bot, bot.clock.now())
    told = dms(slack, "UM03")
    assert told and "doet niet meer mee aan *Ouderenzorg Noord*" in told[-1]["text"]
    with bot.uow() as uow:
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "UM03")) is None
        former = uow.session.get(Organisation, victim)
        assert former is not None and former.left_reason == "removed"
    client.slash(text="organisaties")
    assert "Deden eerder mee: Zorggroep 3" in texts(last_view(slack, "views.open")["blocks"]) or (
        "Took part before: Zorggroep 3" in texts(last_view(slack, "views.open")["blocks"])
    )


# --- members -----------------------------------------------------------------------------------


def test_the_last_member_leaves_and_the_organisation_is_flagged_then_stops_counting(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    slack.add_user("UM01")
    client.slash(text="verlaten", user="UM01")
    confirm = last_view(slack, "views.open")
    assert "Wat je hebt gedeeld blijft staan" in texts(confirm["blocks"])
    done = submit(client, ids.LEAVE_MODAL, {}, network=network.id, user="UM01")
    assert "Je doet niet meer mee" in texts(done.json["view"]["blocks"])
    with bot.uow() as uow:
        pending = uow.session.scalars(
            select(ScheduledJob.key).where(
                ScheduledJob.key.contains(":UM01:"), ScheduledJob.state == "pending"
            )
        ).all()
    assert pending == []  # the intake reminders stopped
    assert "Zorggroep 1" in counted(bot, network.id)  # still counts during the grace period

    run_due(bot, bot.clock.now())
    flagged = dms(slack, "U1")[-1]
    assert "Er doet niemand meer mee namens Zorggroep 1" in flagged["text"]
    button = flagged["blocks"][1]["elements"][0]
    assert button["action_id"] == ids.ORG_END_EMPTY
    client.block_action(ids.ORG_END_EMPTY, button["value"])
    assert "*Zorggroep 1* telt niet meer mee" in ephemeral(slack)[-1]
    assert counted(bot, network.id) == ["Zorggroep 2"]
    assert ("member.left", {"organisation": "Zorggroep 1"}) in audit(bot)


def test_an_empty_organisation_stops_counting_after_the_grace_period(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """`vergeet-mij` goes through the same rule as leaving."""
    network = seed_network(bot, organisations=2)
    privacy.forget(bot.uow(), user_id="UM02", now=bot.clock.now())
    run_due(bot, bot.clock.now())
    assert counted(bot, network.id) == ["Zorggroep 1", "Zorggroep 2"]
    run_due(bot, bot.clock.now() + EMPTY_GRACE + timedelta(minutes=1))
    assert counted(bot, network.id) == ["Zorggroep 1"]
    assert any(a == "organisation.emptied" for a, _ in audit(bot))


def test_leaving_a_network_one_is_not_in_and_the_last_coordinator_are_refused(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    speaks_english(bot, "U2")
    client.slash(text="verlaten", user="U2")
    assert "You do not take part in *Ouderenzorg Noord*" in ephemeral(slack)[-1]
    client.slash(text="verlaten")
    assert "enige coördinator" in ephemeral(slack)[-1]
    assert "/lerend rol" in ephemeral(slack)[-1]
    assert not slack.calls_to("views.open")


def test_a_coordinator_removes_a_member_with_a_reason(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    slack.add_user("UM02")
    speaks_english(bot, "UM02")
    client.slash(text="verwijder <@UM02>")
    assert last_view(slack, "views.open")["callback_id"] == ids.REMOVE_MEMBER_MODAL
    empty = client.view_submission(
        ids.REMOVE_MEMBER_MODAL,
        {ids.REMOVE_REASON: {ids.VALUE: S.text_value("  ")}},
        user="U1",
        private_metadata=json.dumps({"network": network.id, "user": "UM02"}),
    )
    assert empty.json["response_action"] == "errors"
    done = client.view_submission(
        ids.REMOVE_MEMBER_MODAL,
        {ids.REMOVE_REASON: {ids.VALUE: S.text_value("Werkt er niet meer.")}},
        user="U1",
        private_metadata=json.dumps({"network": network.id, "user": "UM02"}),
    )
    assert "no longer" not in texts(done.json["view"]["blocks"])  # the coordinator reads Dutch
    assert "doet niet meer mee" in texts(done.json["view"]["blocks"])
    run_due(bot, bot.clock.now())
    told = dms(slack, "UM02")[-1]["text"]
    assert "The coordinator took you out of *Ouderenzorg Noord*" in told
    assert "Werkt er niet meer." in told
    removed = [d for a, d in audit(bot) if a == "member.removed"]
    assert removed[0]["reason"] == "Werkt er niet meer." and removed[0]["target"] == "UM02"


def test_a_coordinator_who_left_slack_is_replaced_by_whoever_takes_over(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=2)
    event = json.loads((_fixtures() / "user_change.json").read_text())
    client.event(event)
    client.event(event)  # Slack's retry asks nobody twice
    run_due(bot, bot.clock.now())
    asked = [dm for dm in dms(slack, "UM01") if ids.TAKE_OVER in json.dumps(dm.get("blocks"))]
    assert len(asked) == 1 and "enige coördinator" in texts(asked[0]["blocks"])
    button = asked[0]["blocks"][1]["elements"][0]
    client.block_action(ids.TAKE_OVER, button["value"], user="UM01")
    assert "Je bent nu coördinator" in ephemeral(slack)[-1]
    client.block_action(ids.TAKE_OVER, button["value"], user="UM02")
    assert "Iemand anders heeft de rol van" in ephemeral(slack)[-1]
    with bot.uow() as uow:
        roles = {m.slack_user_id: set(m.roles) for m in uow.session.scalars(select(Member)).all()}
    assert "coordinator" in roles["UM01"] and "coordinator" not in roles["U1"]
    assert "coordinator" not in roles["UM02"]


def _fixtures() -> Any:
    from pathlib import Path

    return Path(__file__).resolve().parents[1] / "fixtures" / "slack_events"


# --- similar names and the network -------------------------------------------------------------


def test_a_name_like_one_that_takes_part_is_pointed_out(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1, organisation="Zorggroep Zuid")
    # seed_network names it "Zorggroep Zuid 1"
    typo = submit_join(client, network.id, user="U2", new="Zorgroep Zuid 1")
    assert typo.json["response_action"] == "errors"
    assert "Bedoel je *Zorggroep Zuid 1*?" in typo.json["errors"][ids.JOIN_NEW_ORGANISATION]
    state = {
        **_join_state_really_new(),
    }
    really = client.view_submission(
        ids.JOIN_MODAL, state, user="U2", private_metadata=json.dumps({"network": network.id})
    )
    assert really.json["response_action"] == "update"
    assert "Een coördinator van *Ouderenzorg Noord* kijkt ernaar" in texts(
        really.json["view"]["blocks"]
    )
    with bot.uow() as uow:
        asked = uow.session.execute(select(JoinRequest.kind, JoinRequest.organisation_name)).one()
    assert tuple(asked) == ("approval", "Zorgroep Zuid 1")


def _join_state_really_new() -> dict[str, Any]:
    from tests.flows import join_state

    state = join_state(new="Zorgroep Zuid 1")
    state[ids.JOIN_REALLY_NEW] = {ids.VALUE: S.checkboxes_values([ids.JOIN_REALLY_NEW_YES])}
    return state


def test_a_coordinator_edits_the_network_and_the_welcome_message_follows(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    submit_start = client.view_submission(
        ids.START_MODAL,
        start_state(theme_2="Personeel"),
        user="U1",
        private_metadata=json.dumps({"channel": "C1"}),
    )
    assert submit_start.status == 200
    with bot.uow() as uow:
        network_id = uow.session.scalars(select(Network.id)).one()
    client.slash(text="bewerk")
    prefilled = last_view(slack, "views.open")
    assert prefilled["callback_id"] == ids.EDIT_MODAL
    assert "Ouderenzorg Noord" in texts(prefilled["blocks"]) and "Personeel" in texts(
        prefilled["blocks"]
    )
    state = start_state(
        name="Ouderenzorg Noord-Holland",
        theme_1="Dementie",
        theme_2=None,
        building_blocks=["data"],
        description="Samen leren over dementie.",
    )
    bad = client.view_submission(
        ids.EDIT_MODAL,
        start_state(name="", theme_1=""),
        user="U1",
        private_metadata=json.dumps({"network": network_id}),
    )
    assert bad.json["response_action"] == "errors"
    done = client.view_submission(
        ids.EDIT_MODAL, state, user="U1", private_metadata=json.dumps({"network": network_id})
    )
    assert "is bijgewerkt" in texts(done.json["view"]["blocks"])
    updated = slack.calls_to("chat.update")
    assert updated and "Ouderenzorg Noord-Holland" in texts(updated[-1].params["blocks"])
    with bot.uow() as uow:
        network = uow.session.get(Network, network_id)
        assert network is not None
        assert [t.name for t in network.themes] == ["Dementie"]
        assert network.building_blocks == ["data"]
    edited = [d for a, d in audit(bot) if a == "network.edited"]
    assert edited == [{"fields": "name, description, building_blocks, themes"}]


def test_only_a_coordinator_edits_the_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="bewerk", user="UM01")
    assert not slack.calls_to("views.open")
    assert ephemeral(slack)


def test_a_member_moves_to_another_organisation_and_the_one_left_empty_is_flagged(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    slack.add_user("UM01")
    target = org_id(bot, "Zorggroep 2")
    asked = submit_join(client, network.id, user="UM01", existing=target)
    assert "Zorggroep 2" in texts(asked.json["view"]["blocks"])  # its people say yes first
    run_due(bot, bot.clock.now())
    approve = [
        dm for dm in dms(slack, "UM02") if ids.COLLEAGUE_APPROVE in json.dumps(dm.get("blocks"))
    ][-1]
    value = next(
        e["value"]
        for b in approve["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == ids.COLLEAGUE_APPROVE
    )
    client.block_action(ids.COLLEAGUE_APPROVE, value, user="UM02")
    with bot.uow() as uow:
        moved = uow.session.scalar(select(Member).where(Member.slack_user_id == "UM01"))
        assert moved is not None and moved.organisation_id == target
        left = uow.session.get(Organisation, org_id(bot, "Zorggroep 1"))
        assert left is not None and left.empty_since is not None
    assert ("member.moved", {"organisation": "Zorggroep 1", "target": "Zorggroep 2"}) in audit(bot)
    run_due(bot, bot.clock.now())
    assert any("niemand meer mee namens Zorggroep 1" in dm["text"] for dm in dms(slack, "U1"))


def test_the_coordinators_app_home_opens_the_organisations_and_the_network_form(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    member_home = open_home(client, slack, "UM01")
    shown = {b["action_id"] for b in home_buttons(member_home)}
    assert not shown & {ids.ORGS_OPEN, ids.NETWORK_EDIT_OPEN}  # a member's Home has neither
    home = open_home(client, slack, "U1")
    click_in_home(client, home, ids.ORGS_OPEN, "U1", str(network.id))
    listed = slack.wait_for("views.open")[-1].params["view"]
    assert listed["callback_id"] == ids.ORGS_MODAL
    assert "Zorggroep 1" in texts(listed["blocks"]) and "Zorggroep 2" in texts(listed["blocks"])
    click_in_home(client, home, ids.NETWORK_EDIT_OPEN, "U1", str(network.id))
    form = slack.wait_for("views.open", count=2)[-1].params["view"]
    assert form["callback_id"] == ids.EDIT_MODAL
    client.block_action(ids.ORGS_OPEN, str(network.id), user="UM01", view=HOME_VIEW)
    assert len(slack.calls_to("views.open")) == 2  # a member pressing an old copy: refused
