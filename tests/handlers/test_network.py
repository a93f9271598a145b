"""Network set-up end to end: signed requests in, assertions on Slack calls and the database."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import (
    AuditEntry,
    ColleagueRequest,
    JoinRequest,
    Meeting,
    Member,
    Network,
    Organisation,
)
from tests.flows import (
    seed_network,
    speaks_english,
    start_network,
    submit_join,
    submit_start,
    texts,
    wants_yes,
)


def test_help_alles_lists_every_subcommand(client: SlackRequestClient, slack: FakeSlack) -> None:
    response = client.slash(text="help alles", user="U1")
    assert response.status == 200
    reply = slack.wait_for("response_url")[0].params
    assert reply["response_type"] == "ephemeral"
    body = texts(reply["blocks"])
    for usage in (
        "/lerend start",
        "/lerend deelnemen",
        "/lerend status",
        "/lerend rol",
        "/lerend help",
    ):
        assert usage in body
    assert "&lt;" not in body  # no <…> placeholders, which Slack would hide
    assert "/lerend checkin [na dagen | uit]" in body


def test_help_follows_the_chosen_language(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    speaks_english(bot, "U3")
    client.slash(text="help", user="U3")
    reply = slack.wait_for("response_url")[0].params
    assert "What can you do with lnbot?" in texts(reply["blocks"])


def test_unknown_subcommand_says_so_and_shows_help(
    client: SlackRequestClient, slack: FakeSlack
) -> None:
    client.slash(text="vliegen", user="U1")
    reply = slack.wait_for("response_url")[0].params
    assert "`vliegen` ken ik niet" in reply["text"]
    assert "/lerend start" in texts(reply["blocks"])


def test_start_opens_the_modal(client: SlackRequestClient, slack: FakeSlack) -> None:
    client.slash(text="start", user="U1", channel="C1")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == ids.START_MODAL
    assert view["title"]["text"] == "Lerend netwerk starten"
    block_ids = [block.get("block_id") for block in view["blocks"]]
    assert ids.START_THEME_1 in block_ids and ids.START_THEME_2 in block_ids
    assert sum(1 for b in block_ids if b and b.startswith("start_theme")) == 2  # no third theme


def test_start_creates_network_and_posts_welcome(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    response = submit_start(
        client,
        theme_2="Personeel",
        building_blocks=["learning_capacity", "residents"],
        description="Samen leren over dementie.",
    )
    assert response.status == 200 and response.body == ""
    post = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "C1")[0]
    body = texts(post.params["blocks"])
    assert "Welkom bij Ouderenzorg Noord" in body
    assert "Dementie, Personeel" in body and "Samenwerken met inwoners" in body
    buttons = [e for b in post.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons[0]["action_id"] == ids.JOIN_BUTTON and buttons[0]["text"]["text"] == "Deelnemen"
    with bot.uow() as uow:
        network = uow.session.scalars(select(Network)).one()
        assert network.status == "founding" and network.created_by == "U1"
        assert [t.name for t in network.themes] == ["Dementie", "Personeel"]
        coordinator = uow.session.scalars(select(Member)).one()
        assert coordinator.roles == {"coordinator"} and coordinator.organisation_id is None
        audit = uow.session.scalars(select(AuditEntry)).one()
        assert audit.action == "network.created" and audit.actor_user_id == "U1"
    slack.wait_for("chat.postMessage", count=1)
    assert bot_message_stored(bot, post.response["ts"])


def bot_message_stored(bot: LnBot, ts: str) -> bool:
    from storage.models import SlackMessage

    with bot.uow() as uow:
        return uow.session.scalar(select(SlackMessage).where(SlackMessage.ts == ts)) is not None


def test_start_rejects_empty_name_and_same_themes(bot: LnBot, client: SlackRequestClient) -> None:
    response = submit_start(client, name="  ", theme_1="Dementie", theme_2="dementie")
    assert response.json["response_action"] == "errors"
    assert response.json["errors"] == {
        ids.START_NAME: "Geef het netwerk een naam.",
        ids.START_THEME_2: "Het tweede thema is hetzelfde als het eerste.",
    }
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Network)) == 0


def test_start_errors_are_in_english_for_english_users(
    bot: LnBot, client: SlackRequestClient
) -> None:
    speaks_english(bot, "U3")
    response = submit_start(client, user="U3", theme_1="")
    assert response.json["errors"][ids.START_THEME_1] == "Choose at least one theme."


def test_start_in_a_channel_that_has_a_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot)
    client.slash(text="start", user="U2", channel="C1")
    reply = slack.wait_for("response_url")[0].params
    assert "heeft al een lerend netwerk: *Ouderenzorg Noord*" in reply["text"]
    assert not slack.calls_to("views.open")
    # A modal opened before the network existed cannot create a second one.
    response = submit_start(client, user="U2", name="Tweede")
    assert response.json["errors"] == {
        ids.START_NAME: "Dit kanaal heeft al een lerend netwerk. Kies een ander kanaal."
    }


def test_start_in_a_direct_message_is_refused(client: SlackRequestClient, slack: FakeSlack) -> None:
    client.slash(text="start", user="U1", channel="D123")
    assert "niet in een privébericht" in slack.wait_for("response_url")[0].params["text"]


def test_welcome_joins_a_public_channel_when_needed(
    client: SlackRequestClient, slack: FakeSlack
) -> None:
    slack.add_channel("C9", name="nieuw", is_member=False)
    submit_start(client, channel="C9")
    slack.wait_for("conversations.join")
    posted = slack.wait_for("chat.postMessage", where=lambda c: c.response.get("ok"))
    assert posted[0].params["channel"] == "C9"


def test_welcome_in_a_private_channel_asks_for_an_invite(
    client: SlackRequestClient, slack: FakeSlack
) -> None:
    slack.add_channel("G9", name="besloten", is_private=True, is_member=False)
    submit_start(client, channel="G9")
    dm = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "U1")[0]
    assert "Nodig mij uit" in dm.params["text"]


def test_command_in_a_channel_without_network_explains(
    client: SlackRequestClient, slack: FakeSlack
) -> None:
    client.slash(text="status", user="U2", channel="C7")
    assert "Start er een met `/lerend start`" in slack.wait_for("response_url")[0].params["text"]


def test_join_button_opens_the_join_modal(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    client.block_action(ids.JOIN_BUTTON, str(network.id), user="U2")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == ids.JOIN_MODAL
    select_block = next(b for b in view["blocks"] if b.get("block_id") == ids.JOIN_ORGANISATION)
    assert [o["text"]["text"] for o in select_block["element"]["options"]] == [
        "Zorggroep 1",
        "Zorggroep 2",
    ]
    assert "nog plaats voor 8" in texts(view["blocks"])


def test_join_with_a_new_organisation(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    network_id = network_id_of(bot)
    wants_yes(bot, network_id, False)  # joins at once, without a coordinator's yes
    response = submit_join(client, network_id, user="U2", new="Zorggroep  Oost", committed=True)
    assert response.json["response_action"] == "update"
    assert "namens *Zorggroep Oost*" in texts(response.json["view"]["blocks"])
    update = slack.wait_for("chat.update")[0].params
    assert update["channel"] == "C1" and "*1 organisatie* doet mee" in texts(update["blocks"])
    with bot.uow() as uow:
        member = uow.session.scalar(select(Member).where(Member.slack_user_id == "U2"))
        assert member.organisation.name == "Zorggroep Oost" and member.committed_at is not None
    bot.dispatcher.run_once()
    dm = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "U2")[0]
    assert "Welkom bij *Ouderenzorg Noord*" in texts(dm.params["blocks"])
    assert dm.params["text"].startswith("Welkom bij Ouderenzorg Noord! Je eerste stap")


def network_id_of(bot: LnBot) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Network.id)).one()


def test_join_an_existing_organisation_by_name_or_choice(
    bot: LnBot, client: SlackRequestClient
) -> None:
    network = seed_network(bot, organisations=1)
    submit_join(client, network.id, user="U2", new="zorggroep 1")  # same name, other spelling
    org_id = first_organisation_id(bot)
    submit_join(client, network.id, user="U4", existing=org_id, committed=False)
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == 1
        # Both ask to join Zorggroep 1; a colleague or a coordinator says yes (tests/trust).
        requests = uow.session.scalars(select(ColleagueRequest)).all()
        assert {(r.slack_user_id, r.organisation_id) for r in requests} == {
            ("U2", org_id),
            ("U4", org_id),
        }
        members = uow.session.scalars(select(Member).where(Member.organisation_id == org_id)).all()
        assert {m.slack_user_id for m in members} == {"UM01"}


def test_join_needs_exactly_one_organisation(bot: LnBot, client: SlackRequestClient) -> None:
    network = seed_network(bot, organisations=1)
    both = submit_join(client, network.id, user="U2", existing=1, new="Nieuw")
    expected = "Kies je organisatie uit de lijst óf vul een nieuwe in (niet allebei)."
    assert both.json["errors"] == {ids.JOIN_ORGANISATION: expected}
    neither = submit_join(client, network.id, user="U2")
    assert ids.JOIN_ORGANISATION in neither.json["errors"]


def test_an_eleventh_organisation_is_refused(bot: LnBot, client: SlackRequestClient) -> None:
    network = seed_network(bot, organisations=10)
    response = submit_join(client, network.id, user="U2", new="Elfde Zorg")
    assert response.json["response_action"] == "errors"
    message = response.json["errors"][ids.JOIN_NEW_ORGANISATION]
    assert "6 tot 10 organisaties" in message
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == 10
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2")) is None


def test_sixth_organisation_makes_the_network_active(
    bot: LnBot, client: SlackRequestClient
) -> None:
    network = seed_network(bot, organisations=5)
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    submit_join(client, network.id, user="U2", new="Zesde Zorg")
    with bot.uow() as uow:
        assert uow.session.get(Network, network.id).status == "active"


def test_after_the_second_meeting_a_new_organisation_needs_consent(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=6)
    hold_meetings(bot, network.id, 2)
    response = submit_join(client, network.id, user="U2", new="Late Zorg")
    assert "de hele groep moet instemmen" in texts(response.json["view"]["blocks"])
    with bot.uow() as uow:
        request = uow.session.scalars(select(JoinRequest)).one()
        assert (request.organisation_name, request.status) == ("Late Zorg", "pending")
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == 6
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "U2")) is None
    bot.dispatcher.run_once()
    dm = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == "U1")[0]
    assert "<@U2> wil namens *Late Zorg* meedoen" in dm.params["text"]
    # Joining an organisation that already takes part needs no consent, only a colleague's yes.
    submit_join(client, network.id, user="U4", existing=first_organisation_id(bot))
    with bot.uow() as uow:
        assert uow.session.scalars(select(JoinRequest)).one().slack_user_id == "U2"
        request = uow.session.scalars(select(ColleagueRequest)).one()
        assert (request.slack_user_id, request.status) == ("U4", "pending")


def hold_meetings(bot: LnBot, network_id: int, count: int) -> None:
    now = bot.clock.now()
    with bot.uow() as uow:
        for number in range(1, count + 1):
            start = now - timedelta(days=30 * (count + 1 - number))
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


def first_organisation_id(bot: LnBot) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Organisation.id).order_by(Organisation.id)).first()


def test_status_summarises_the_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    now = bot.clock.now()
    with bot.uow() as uow:
        uow.session.add(
            Meeting(
                network_id=network.id,
                number=1,
                starts_at=now + timedelta(days=3),
                ends_at=now + timedelta(days=3, hours=3),
                location="Zwolle",
                created_at=now,
            )
        )
        uow.commit()
    client.slash(text="status", user="U2")
    reply = slack.wait_for("response_url")[0].params
    body = texts(reply["blocks"])
    assert "Zorggroep 1" in body and "Zorggroep 2" in body
    assert "nog *4* nodig" in body
    assert "vrijdag 15 januari 2027, 10:00, Zwolle" in body  # 09:00 UTC is 10:00 in Amsterdam
    assert "wacht" not in body  # coordinator-only warnings are hidden from members


def test_roles_only_by_coordinators(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="rol <@UM01|anna> expert", user="U2")
    assert "Alleen een coördinator" in slack.wait_for("response_url")[0].params["text"]
    slack.reset()
    client.slash(text="rol <@UM01|anna> expert", user="U1")
    assert "<@UM01> is nu expert" in slack.wait_for("response_url")[0].params["text"]
    with bot.uow() as uow:
        member = uow.session.scalar(select(Member).where(Member.slack_user_id == "UM01"))
        assert member.roles == {"expert"}
        audit = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "member.role")
        ).one()
        assert audit.detail == {"target": "UM01", "role": "expert"}
    bot.dispatcher.run_once()
    dms = slack.wait_for("chat.postMessage", count=2, where=lambda c: c.params["channel"] == "UM01")
    assert any(
        "<@U1> heeft je expert gemaakt in *Ouderenzorg Noord*" in c.params["text"] for c in dms
    )


def test_the_last_coordinator_stays(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot)
    client.slash(text="rol <@U1> lid", user="U1")
    assert "enige coördinator" in slack.wait_for("response_url")[0].params["text"]


def test_role_usage_is_explained(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> None:
    seed_network(bot)
    client.slash(text="rol iemand baas", user="U1")
    assert "Gebruik: `/lerend rol @persoon" in slack.wait_for("response_url")[0].params["text"]


def test_app_home_lists_networks_and_actions(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.event({"type": "app_home_opened", "user": "UM01", "channel": "D1", "tab": "home"})
    publish = slack.wait_for("views.publish")[0].params
    assert publish["user_id"] == "UM01"
    body = texts(publish["view"]["blocks"])
    assert "Ouderenzorg Noord" in body and "Zorggroep 1" in body and "deelnemer" in body
    client.event({"type": "app_home_opened", "user": "U2", "channel": "D2", "tab": "home"})
    other = slack.wait_for("views.publish", count=2)[1].params
    assert "Andere netwerken" in texts(other["view"]["blocks"])


def test_status_button_opens_a_modal(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    client.block_action(ids.STATUS_BUTTON, str(network.id), user="U1")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["title"]["text"] == "Netwerkstatus" and "Zorggroep 1" in texts(view["blocks"])


def test_a_send_that_keeps_failing_is_shown_to_coordinators(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, clock
) -> None:
    network = seed_network(bot)
    submit_join(client, network.id, user="U2", new="Zorggroep Oost")
    slack.fail_next("chat.postMessage", error="account_inactive", times=10)
    for _ in range(5):  # each failure is retried after a back-off, then given up
        bot.dispatcher.run_once()
        clock.advance(timedelta(hours=1))
    client.slash(text="status", user="U1")
    coordinator_view = texts(slack.wait_for("response_url")[0].params["blocks"])
    assert "1 gepland bericht kon niet worden verstuurd" in coordinator_view
    slack.reset()
    client.slash(text="status", user="U2")
    assert "niet worden verstuurd" not in texts(slack.wait_for("response_url")[0].params["blocks"])


def test_a_rate_limited_send_waits_and_goes_through_once(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    submit_join(client, network.id, user="U2", new="Zorggroep Oost")
    slack.fail_next("chat.postMessage", status=429, retry_after=1)
    report = bot.dispatcher.run_once()
    assert (report.done, report.failed) == (1, 0)
    delivered = [c for c in slack.calls_to("chat.postMessage") if c.response.get("ok")]
    assert [c.params["channel"] for c in delivered] == ["U2"]


def test_slack_connect_members_of_another_workspace_take_part(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    slack.add_user("UX1", team_id="T0900", locale="en-GB", tz="Europe/London")
    client.slash(text="status", user="UX1", team="T0900")
    assert "Zorggroep 1" in texts(slack.wait_for("response_url")[0].params["blocks"])
    wants_yes(bot, network.id, False)  # joins at once, without a coordinator's yes
    submit_join(client, network.id, user="UX1", new="Care Trust")
    with bot.uow() as uow:
        member = uow.session.scalar(select(Member).where(Member.slack_user_id == "UX1"))
        assert member.organisation.name == "Care Trust" and member.network_id == network.id
