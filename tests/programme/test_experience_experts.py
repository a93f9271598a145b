"""Experts by experience (ervaringsdeskundigen): they join without an organisation of their own,
never count towards the 6 to 10 organisations nor need the group's consent, are shown as such,
and are labelled in the outcome report (anonymised like everyone in the public version)."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.anonymise import Anonymiser, Person, PlainNamer
from bot.domain.network import JoinOutcome, NetworkStatus, Role, decide_join
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import JoinRequest, Member, Organisation
from tests.flows import join_state, seed_network
from tests.knowledge.helpers import Replies, reply_event, share
from tests.programme.flows import ephemeral, held_meeting, reports, texts

S = SlackRequestClient


def join_as_expert(
    client: SlackRequestClient, network_id: int, user: str = "UX1", **organisation: object
) -> dict:
    state = join_state(**organisation)  # type: ignore[arg-type]
    state[ids.JOIN_EXPERIENCE] = {ids.VALUE: S.checkboxes_values([ids.EXPERIENCE_YES])}
    response = client.view_submission(
        ids.JOIN_MODAL, state, user=user, private_metadata=json.dumps({"network": network_id})
    )
    return response.json


def member(bot: LnBot, user: str) -> tuple[int | None, frozenset[str]]:
    with bot.uow() as uow:
        row = uow.session.scalars(select(Member).where(Member.slack_user_id == user)).one()
        return row.organisation_id, row.roles


def test_an_expert_by_experience_joins_without_an_organisation(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=6)
    client.block_action(ids.JOIN_BUTTON, str(network.id), user="UX1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert "Ik doe mee als ervaringsdeskundige" in texts(modal)
    assert "telt niet mee bij de 6 tot 10 organisaties" in texts(modal)
    refused = join_as_expert(client, network.id, new="Eigen stichting")
    assert refused["errors"] == {
        ids.JOIN_EXPERIENCE: "Als ervaringsdeskundige doe je mee zonder organisatie. Laat de "
        "organisatie leeg, of vink ervaringsdeskundige uit."
    }
    joined = join_as_expert(client, network.id)
    assert "Je doet mee aan *Ouderenzorg Noord* als ervaringsdeskundige" in texts(joined)
    assert member(bot, "UX1") == (None, frozenset({Role.EXPERIENCE_EXPERT}))
    with bot.uow() as uow:
        assert len(uow.session.scalars(select(Organisation)).all()) == 6
    client.slash(text="status", user="U1")
    status = texts(ephemeral(slack)[-1]["blocks"])
    assert "*Ervaringsdeskundigen*: <@UX1>" in status and "*6 organisaties* doen mee" in status
    client.event({"type": "app_home_opened", "user": "UX1", "channel": "D1", "tab": "home"})
    home = slack.calls_to("views.publish")[-1].params["view"]
    assert "Jouw rol: ervaringsdeskundige · Organisatie: ervaringsdeskundige (zonder" in texts(
        home["blocks"]
    )
    assert ids.JOIN_BUTTON not in texts(home["blocks"])


def test_a_full_network_after_its_second_meeting_still_welcomes_an_expert(
    bot: LnBot, client: SlackRequestClient
) -> None:
    network = seed_network(bot, organisations=10)
    held_meeting(bot, network.id, 1, days_ago=40)
    held_meeting(bot, network.id, 2, days_ago=10)
    assert "als ervaringsdeskundige" in texts(join_as_expert(client, network.id))
    with bot.uow() as uow:
        assert uow.session.scalars(select(JoinRequest)).all() == []  # no consent needed


def test_a_coordinator_gives_the_role_with_the_dutch_word(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="rol <@UM01> ervaringsdeskundige", user="U1")
    assert (
        ephemeral(slack)[-1]["text"] == "<@UM01> is nu ervaringsdeskundige in *Ouderenzorg Noord*."
    )
    assert Role.EXPERIENCE_EXPERT in member(bot, "UM01")[1]


def test_joining_rules_count_organisations_not_experts() -> None:
    rules = {"status": NetworkStatus.ACTIVE, "organisation_count": 10, "meetings_held": 3}
    assert decide_join(organisation_is_new=True, **rules) is JoinOutcome.NETWORK_FULL
    assert (
        decide_join(organisation_is_new=True, experience_expert=True, **rules) is JoinOutcome.JOINED
    )
    early = {"status": NetworkStatus.FOUNDING, "organisation_count": 2, "meetings_held": 0}
    assert decide_join(organisation_is_new=False, experience_expert=True, **early) is (
        JoinOutcome.JOINED
    )
    closed = {**rules, "status": NetworkStatus.CLOSED}
    assert decide_join(organisation_is_new=False, experience_expert=True, **closed) is (
        JoinOutcome.NETWORK_CLOSED
    )


def test_names_label_experts_by_experience_in_both_versions() -> None:
    people = [Person("UX1", ("Ria Ervaring",)), Person("UM01", ("Jan de Vries",))]
    plain = PlainNamer(
        {1: "Zorggroep 1"},
        people,
        unknown="?",
        experience_experts=("UX1",),
        experience_label="{name} (ervaringsdeskundige)",
    )
    assert plain.person("UX1") == "Ria Ervaring (ervaringsdeskundige)"
    assert plain.person("UM01") == "Jan de Vries"
    public = Anonymiser(
        {1: "Zorggroep 1"},
        people,
        organisation_label="Organisatie {letter}",
        person_label="Deelnemer {number}",
        email_label="[e-mail]",
        phone_label="[telefoon]",
        unknown="zonder organisatie",
        experience_experts=("UX1",),
        experience_label="Ervaringsdeskundige {number}",
    )
    assert public.person("UX1") == "Ervaringsdeskundige 1"
    assert public.person("UM01") == "Deelnemer 1"
    assert public.text("Ria zei het al") == "Ervaringsdeskundige 1 zei het al"


def test_the_report_labels_what_experts_by_experience_brought(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    join_as_expert(client, network.id)
    item = share(
        client,
        slack,
        network.id,
        kind="good_example",
        title="Luisteren naar de bewoner",
        description="Wat ik als mantelzorger leerde.",
        user="UX1",
    )
    client.event(
        reply_event(
            item.response["ts"], user="UM01", text="Dank je Ria!", ts=Replies(bot).next_ts()
        )
    )
    internal, public = reports(bot, client, slack)
    assert "Ria Ervaring (ervaringsdeskundige)" in internal
    assert "Er deed één ervaringsdeskundige mee" in internal
    assert "Ervaringsdeskundige 1" in public and "Ria" not in public
