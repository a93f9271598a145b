"""The network finder end to end (issue 17, item 2): organisations register their interest with
/lerend zoek-netwerk; the programme coordinator sees proposed groups of 6 to 10 with the reason
for each and who fits nowhere yet, adjusts a group, and makes a network of it: a channel is
created, the contacts are invited, and the network starts with the group's themes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import FinderGroup, Network, NetworkInterest
from tests.finder.flows import (
    buttons,
    claim_programme,
    ephemeral,
    proposal,
    register,
    register_many,
    texts,
)
from tests.flows import speaks_english

S = SlackRequestClient


def interests(bot: LnBot) -> list[NetworkInterest]:
    with bot.uow() as uow:
        rows = list(uow.session.scalars(select(NetworkInterest).order_by(NetworkInterest.id)))
        uow.session.expunge_all()
        return rows


def test_an_organisation_registers_its_interest_and_can_change_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    client.slash(text="zoek-netwerk", user="UA01", channel="D1")
    view = slack.last("views.open").params["view"]
    assert view["callback_id"] == ids.FINDER_INTEREST_MODAL
    assert view["title"]["text"] == "Netwerk zoeken"
    shown = texts(view)
    assert "Persoonsgerichte zorg en ondersteuning" in shown  # the quality framework's themes
    assert "Samenwerken met inwoners" in shown  # the bouwstenen
    assert "Fryslân" in shown

    no_province = register(client, "UA01", province=None)
    errors = no_province.json["errors"]
    assert errors[ids.FINDER_PROVINCE].startswith("Kies de provincie waar je organisatie zit")
    nothing = register(client, "UA01", themes=(), needs="")
    assert set(nothing.json["errors"]) == {ids.FINDER_THEMES, ids.FINDER_NEEDS}
    assert interests(bot) == []

    done = register(
        client,
        "UA01",
        travels=True,
        themes=("safety", "staffing"),
        own_theme="Dementie",
        building_blocks=("data",),
        brings="Een goed werkend valteam",
    )
    assert done.json["response_action"] == "update"
    assert "staat nu op de lijst" in texts(done.json["view"])
    (row,) = interests(bot)
    assert (row.organisation, row.province, row.travels) == ("Zorggroep Oost", "NL-OV", True)
    assert row.themes == ["safety", "staffing", "Dementie"]
    assert row.building_blocks == ["data"]
    assert row.brings == "Een goed werkend valteam"

    client.slash(text="zoek-netwerk", user="UA01", channel="D1")
    again = slack.last("views.open").params["view"]
    blocks = {block.get("block_id"): block for block in again["blocks"]}
    assert blocks[ids.FINDER_ORGANISATION]["element"]["initial_value"] == "Zorggroep Oost"
    assert blocks[ids.FINDER_OWN_THEME]["element"]["initial_value"] == "Dementie"
    assert blocks[ids.FINDER_PROVINCE]["element"]["initial_option"]["value"] == "NL-OV"
    updated = register(client, "UA01", organisation="Zorggroep Oost-Twente")
    assert "bijgewerkt" in texts(updated.json["view"])
    assert [r.organisation for r in interests(bot)] == ["Zorggroep Oost-Twente"]


def test_the_finder_speaks_english_to_who_chose_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    speaks_english(bot, "UA02")
    client.slash(text="find-network", user="UA02", channel="D1")
    view = slack.last("views.open").params["view"]
    assert view["title"]["text"] == "Find a network"
    assert "Person-centred care and support" in texts(view)
    errors = register(client, "UA02", province="Atlantis").json["errors"]
    assert errors[ids.FINDER_PROVINCE].startswith("Choose the province your organisation is in")


def test_the_programme_coordinator_sees_groups_with_their_reasons_and_who_fits_nowhere(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    register_many(client, 4, province="NL-OV", building_blocks=("data",))
    register_many(client, 3, start=5, province="NL-GE")
    register(client, "UA08", organisation="Zorg Maastricht", province="NL-LI", themes=("staffing",))
    client.slash(text="programma groepen", user="UA01", channel="D1")
    assert ephemeral(slack)[-1]["text"].startswith(
        "Deze werkruimte heeft nog geen programmacoördinator"
    )
    claim_programme(client, slack)
    client.slash(text="programma groepen", user="UA01", channel="D1")
    assert ephemeral(slack)[-1]["text"].startswith("Alleen programmacoördinatoren")

    message = proposal(client, slack)
    shown = texts(message["blocks"])
    assert "8 organisaties zoeken een netwerk" in shown
    assert "*Groep 1* · 7 organisaties" in shown
    assert "Samen rond het thema *Veiligheid*" in shown
    assert "Gedeelde thema's: Veiligheid (7)" in shown
    assert "Gedeelde bouwstenen: Monitoring, kennis en datagedreven werken (4)" in shown
    assert "Provincies: Overijssel (4), Gelderland (3) · hoogstens één provincie verder" in shown
    assert "Willen allemaal leren over: nacht, valpreventie" in shown
    assert "*Past nog nergens* (1)" in shown
    assert "Zorg Maastricht (Limburg): te weinig organisaties in de buurt" in shown
    (group,) = buttons(message, ids.FINDER_CREATE)
    assert buttons(message, ids.FINDER_ADJUST) == [group]
    assert buttons(message, ids.FINDER_REGROUP) == ["0"]

    register(client, "UA09", organisation="Zorg Deventer", province="NL-OV")
    later = texts(proposal(client, slack)["blocks"])
    assert "*Groep 1* · 7 organisaties" in later  # the proposal stays until asked again
    assert "Zorg Deventer (Overijssel): nieuw aangemeld" in later
    client.block_action(ids.FINDER_REGROUP, "0", user="U1")
    regrouped = ephemeral(slack)[-1]
    assert regrouped["replace_original"] is True
    assert "*Groep 1* · 8 organisaties" in texts(regrouped["blocks"])


def test_too_few_registrations_give_no_group_and_say_why(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    register_many(client, 3)
    claim_programme(client, slack)
    shown = texts(proposal(client, slack)["blocks"])
    assert "Er zijn nog te weinig aanmeldingen voor een groep: minstens 6 organisaties." in shown
    assert "Zorg 1 (Overijssel): nog te weinig aanmeldingen (minstens 6)" in shown


def test_the_coordinator_adjusts_a_group_and_a_group_too_small_cannot_become_a_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    register_many(client, 6, province="NL-UT")
    register(client, "UA07", organisation="Zorg Groningen", province="NL-GR")
    claim_programme(client, slack)
    (group,) = buttons(proposal(client, slack), ids.FINDER_CREATE)
    client.block_action(ids.FINDER_ADJUST, group, user="U1")
    view = slack.last("views.open").params["view"]
    assert view["callback_id"] == ids.FINDER_MOVE_MODAL
    assert "Buiten de groepen laten" in texts(view)
    first = interests(bot)[0]
    far = interests(bot)[-1]
    metadata = view["private_metadata"]

    def move(interest: int, target: str) -> dict[str, object]:
        state = {
            ids.FINDER_MOVE_WHO: {ids.VALUE: S.static_select_value(str(interest))},
            ids.FINDER_MOVE_TARGET: {ids.VALUE: S.static_select_value(target)},
        }
        response = client.view_submission(
            ids.FINDER_MOVE_MODAL, state, user="U1", private_metadata=metadata
        )
        return dict(response.json)

    refused = move(far.id, group)  # Groningen does not travel to Utrecht
    assert "te ver weg" in refused["errors"][ids.FINDER_MOVE_TARGET]
    moved = move(first.id, ids.LEAVE_OUT)
    shown = texts(moved["view"])
    assert "*Groep 1* · 5 organisaties" in shown
    assert "Te weinig organisaties voor een netwerk: 5, minstens 6" in shown
    message = proposal(client, slack)
    assert buttons(message, ids.FINDER_CREATE) == []  # no network of five
    assert "Zorg 1 (Utrecht): door jou buiten de groepen gelaten" in texts(message["blocks"])
    client.block_action(ids.FINDER_CREATE, group, user="U1")
    assert "minstens 6" in ephemeral(slack)[-1]["text"]
    assert slack.calls_to("conversations.create") == []
    with bot.uow() as uow:
        assert uow.session.scalars(select(Network)).all() == []

    move(first.id, group)
    assert buttons(proposal(client, slack), ids.FINDER_CREATE) == [group]


def test_one_click_makes_the_network_in_a_new_channel_and_invites_the_contacts(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    contacts = register_many(
        client, 7, province="NL-NB", themes=("safety", "staffing"), building_blocks=("funding",)
    )
    claim_programme(client, slack)
    (group,) = buttons(proposal(client, slack), ids.FINDER_CREATE)
    client.block_action(ids.FINDER_CREATE, group, user="U1")
    view = slack.last("views.open").params["view"]
    assert view["callback_id"] == ids.FINDER_CREATE_MODAL
    fields = {block.get("block_id"): block for block in view["blocks"]}
    theme_1 = fields[ids.FINDER_THEME_1]["element"]["initial_value"]
    theme_2 = fields[ids.FINDER_THEME_2]["element"]["initial_value"]
    assert {theme_1, theme_2} == {"Veiligheid", "Personeelssamenstelling"}
    channel_name = fields[ids.FINDER_NEW_CHANNEL]["element"]["initial_value"]
    assert channel_name == f"lerend-netwerk-{theme_1.lower()}"
    slack.add_channel("C9", name="bestaand")

    def submit(new_channel: str | None, existing: str | None = None) -> dict[str, object]:
        state = {
            ids.FINDER_NETWORK_NAME: {ids.VALUE: S.text_value("Veilig Brabant")},
            ids.FINDER_THEME_1: {ids.VALUE: S.text_value(theme_1)},
            ids.FINDER_THEME_2: {ids.VALUE: S.text_value(theme_2)},
            ids.FINDER_NEW_CHANNEL: {ids.VALUE: S.text_value(new_channel)},
            ids.FINDER_EXISTING_CHANNEL: {
                ids.VALUE: {"type": "conversations_select", "selected_conversation": existing}
            },
        }
        response = client.view_submission(
            ids.FINDER_CREATE_MODAL,
            state,
            user="U1",
            private_metadata=view["private_metadata"],
        )
        return dict(response.json)

    both = submit("veilig-brabant", "C9")
    assert "niet allebei" in both["errors"][ids.FINDER_NEW_CHANNEL]
    taken = submit("bestaand")
    assert "al een kanaal met die naam" in taken["errors"][ids.FINDER_NEW_CHANNEL]
    done = submit("Veilig Brabant!")
    assert "Het netwerk *Veilig Brabant* is gemaakt" in texts(done["view"])
    created = slack.last("conversations.create")
    assert created.params["name"] == "veilig-brabant"
    channel = created.response["channel"]["id"]  # type: ignore[index]
    slack.wait_for("chat.postMessage", where=lambda c: c.params.get("channel") == channel)
    invited = [c.params["users"] for c in slack.calls_to("conversations.invite")]
    assert invited == ["U1", *contacts]
    assert set(slack.channels[channel].members) >= {"U1", *contacts}
    with bot.uow() as uow:
        network = uow.session.scalars(select(Network)).one()
        assert network.channel_id == channel
        assert [theme.name for theme in network.themes] == [theme_1, theme_2]
        assert network.building_blocks == ["funding"]
        assert [m.slack_user_id for m in network.members] == ["U1"]  # the others sign up
        placed = uow.session.scalars(select(NetworkInterest.network_id)).all()
        assert set(placed) == {network.id}
        made = uow.session.scalars(select(FinderGroup)).one()
        assert made.network_id == network.id

    again = proposal(client, slack)  # the group is a network now: nothing left to propose
    assert "0 organisaties zoeken een netwerk" in texts(again["blocks"])
    client.block_action(ids.FINDER_CREATE, group, user="U1")
    assert "al een netwerk gemaakt" in ephemeral(slack)[-1]["text"]
    assert json.loads(view["private_metadata"]) == {"group": int(group)}


def test_another_feature_registers_interest_through_the_service(bot: LnBot) -> None:
    """The programme survey's "Wil je hierbij ondersteund worden?" (issue 16) calls this."""
    from bot.domain.interest import InterestForm
    from bot.services import finder
    from bot.services.errors import FieldErrors

    form = InterestForm(
        organisation="Zorg Zeeland",
        province="Zeeland",
        travels=False,
        themes=("safety",),
        own_theme="",
        building_blocks=(),
        learning_needs="Valpreventie",
        brings="",
    )
    now = bot.clock.now()
    new = finder.register_interest(
        bot.uow(), team_id="T0001", user_id="UA03", form=form, now=now, source="poll"
    )
    assert new is True
    (row,) = interests(bot)
    assert (row.province, row.source) == ("NL-ZE", "poll")
    with pytest.raises(FieldErrors) as refused:
        finder.register_interest(
            bot.uow(),
            team_id="T0001",
            user_id="UA03",
            form=InterestForm(**{**form.__dict__, "province": None}),
            now=now,
        )
    assert refused.value.errors == {"province": "finder.error.no_province"}


def test_the_network_can_start_in_an_existing_channel_the_bot_joins(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    contacts = register_many(client, 6, province="NL-FR")
    slack.add_channel("C7", name="netwerk-noord", is_member=False, members=["UA01"])
    claim_programme(client, slack)
    (group,) = buttons(proposal(client, slack), ids.FINDER_CREATE)
    state = {
        ids.FINDER_NETWORK_NAME: {ids.VALUE: S.text_value("Veilig Noord")},
        ids.FINDER_THEME_1: {ids.VALUE: S.text_value("Veiligheid")},
        ids.FINDER_THEME_2: {ids.VALUE: S.text_value(None)},
        ids.FINDER_NEW_CHANNEL: {ids.VALUE: S.text_value(None)},
        ids.FINDER_EXISTING_CHANNEL: {
            ids.VALUE: {"type": "conversations_select", "selected_conversation": "C7"}
        },
    }
    metadata = json.dumps({"group": int(group)})
    done = client.view_submission(
        ids.FINDER_CREATE_MODAL, state, user="U1", private_metadata=metadata
    ).json
    assert "Het netwerk *Veilig Noord* is gemaakt in <#C7>" in texts(done["view"])
    assert slack.last("conversations.join").params["channel"] == "C7"
    assert slack.calls_to("conversations.create") == []
    invited = [c.params["users"] for c in slack.calls_to("conversations.invite")]
    assert invited == ["U1", *contacts]  # UA01 was in the channel already: Slack refuses, fine
    assert slack.channels["C7"].members.count("UA01") == 1
    with bot.uow() as uow:
        network = uow.session.scalars(select(Network)).one()
        assert (network.channel_id, network.name) == ("C7", "Veilig Noord")
    again = client.view_submission(
        ids.FINDER_CREATE_MODAL, state, user="U1", private_metadata=metadata
    ).json
    assert "al een netwerk gemaakt" in texts(again["view"])
