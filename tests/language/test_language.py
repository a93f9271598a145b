"""Dutch for everyone unless a person or a network chooses English (issue 13, item 1).

Slack has no Dutch interface, so Dutch members carry `en-US` (the fake Slack's default, as
in real workspaces); that must never turn the bot English."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import AuditEntry, LanguageChoice, Network, NetworkLanguage
from tests.flows import start_network, submit_join, texts, wants_yes


def network_id_of(bot: LnBot) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Network.id)).one()


def open_home(client: SlackRequestClient, slack: FakeSlack, user: str) -> dict[str, Any]:
    client.event({"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home"})
    return slack.wait_for("views.publish", where=lambda c: c.params["user_id"] == user)[-1].params[
        "view"
    ]


def last_reply(slack: FakeSlack) -> dict[str, Any]:
    return slack.wait_for("response_url")[-1].params


def everything_for(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, user: str
) -> dict[str, str]:
    """What `user` sees: a modal, the ack of its submission, a DM, App Home, an ephemeral."""
    network_id = network_id_of(bot)
    client.block_action(ids.JOIN_BUTTON, str(network_id), user=user)
    modal = slack.wait_for("views.open")[-1].params["view"]
    wants_yes(bot, network_id, False)  # joins at once, without a coordinator's yes
    joined = submit_join(client, network_id, user=user, new="Zorggroep Oost", committed=True)
    bot.dispatcher.run_once()
    dm = slack.wait_for("chat.postMessage", where=lambda c: c.params["channel"] == user)[-1]
    home = open_home(client, slack, user)
    client.slash(text="help", user=user)
    return {
        "modal": modal["title"]["text"],
        "submitted": texts(joined.json["view"]["blocks"]),
        "dm": dm.params["text"],
        "home": texts(home["blocks"]),
        "ephemeral": last_reply(slack)["text"],
    }


def test_a_dutch_member_with_slacks_en_us_gets_dutch_everywhere(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    assert slack.users["U2"].locale == "en-US"
    start_network(client, slack)
    seen = everything_for(bot, client, slack, "U2")
    assert seen["modal"] == "Deelnemen"
    assert "namens *Zorggroep Oost*" in seen["submitted"]
    assert "Welkom bij Ouderenzorg Noord!" in seen["dm"]
    assert "Lerende netwerken" in seen["home"] and "*Taal:* Nederlands" in seen["home"]
    assert seen["ephemeral"].startswith("Wat kun je met lnbot?")


def test_lerend_taal_en_switches_that_person_to_english_everywhere(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    client.slash(text="taal en", user="U2")
    assert last_reply(slack)["text"] == "From now on I speak English with you."
    seen = everything_for(bot, client, slack, "U2")
    assert seen["modal"] == "Join"
    assert "on behalf of *Zorggroep Oost*" in seen["submitted"]
    assert "Welcome to Ouderenzorg Noord!" in seen["dm"]
    assert "Learning networks" in seen["home"] and "*Language:* English" in seen["home"]
    assert seen["ephemeral"].startswith("What can you do with lnbot?")
    client.slash(text="help", user="U1")  # someone else stays Dutch
    assert last_reply(slack)["text"].startswith("Wat kun je")
    with bot.uow() as uow:
        choice = uow.session.get(LanguageChoice, ("T0001", "U2"))
        assert choice is not None and choice.language == "en"


def test_the_language_button_in_app_home_switches_back_to_dutch(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    client.slash(text="taal en", user="U2")
    home = open_home(client, slack, "U2")
    buttons = [e for b in home["blocks"] if b["type"] == "actions" for e in b["elements"]]
    dutch = next(e for e in buttons if e["action_id"].startswith(ids.LANGUAGE_CHOOSE))
    assert dutch["text"]["text"] == "Nederlands"
    client.block_action(dutch["action_id"], dutch["value"], user="U2", view=home)
    rebuilt = slack.last("views.publish").params["view"]
    assert "Lerende netwerken" in texts(rebuilt["blocks"])
    client.slash(text="help", user="U2")
    assert last_reply(slack)["text"].startswith("Wat kun je")


def test_a_network_set_to_english_speaks_english_in_its_channel_and_to_its_members(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    client.slash(text="taal nl", user="U1")  # the coordinator keeps Dutch for themselves
    client.slash(text="taal netwerk en", user="U1")
    assert "*Ouderenzorg Noord* spreekt nu English" in last_reply(slack)["text"]
    network_id = network_id_of(bot)
    wants_yes(bot, network_id, False)  # joins at once, without a coordinator's yes
    submit_join(client, network_id, user="U2", new="Zorggroep Oost", committed=True)
    welcome = slack.wait_for("chat.update", where=lambda c: c.params["channel"] == "C1")[-1]
    assert "Welcome to Ouderenzorg Noord" in texts(welcome.params["blocks"])
    home = open_home(client, slack, "U2")  # U2 chose nothing: the network's English
    assert "Learning networks" in texts(home["blocks"])
    assert "Lerende netwerken" in texts(open_home(client, slack, "U1")["blocks"])
    with bot.uow() as uow:
        stored = uow.session.get(NetworkLanguage, network_id)
        assert stored is not None and stored.language == "en" and stored.changed_by == "U1"
        actions = uow.session.scalars(select(AuditEntry.action)).all()
        assert "network.language" in actions


def test_only_a_coordinator_sets_the_networks_language(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(client, slack)
    client.slash(text="taal netwerk en", user="U2")
    assert last_reply(slack)["text"] == "Alleen een coördinator kan dit doen."
    client.slash(text="taal klingon", user="U2")
    assert "`klingon` ken ik niet als taal" in last_reply(slack)["text"]
    with bot.uow() as uow:
        assert uow.session.scalars(select(NetworkLanguage)).all() == []
        assert uow.session.scalars(select(LanguageChoice)).all() == []
