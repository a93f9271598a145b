"""Reminders reach people: not bots, not deactivated accounts, not people outside the
network, even when they are in the network's channel."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import LnBot
from bot.edge import audience
from bot.services import networks
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import SlackUser
from tests.flows import seed_network, wants_yes
from tests.polls.flows import create_poll, vote


def join(bot: LnBot, network_id: int, user: str, organisation: str) -> None:
    wants_yes(bot, network_id, False)  # set up directly, without the coordinator's yes
    networks.join_network(
        bot.uow(),
        network_id=network_id,
        user_id=user,
        existing_organisation_id=None,
        new_organisation_name=organisation,
        committed=True,
        now=bot.clock.now(),
    )


def test_poll_reminders_skip_bots_deactivated_accounts_and_non_members(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)  # coordinator U1
    slack.add_user("UM01")
    slack.add_user("UM02")
    slack.add_user("UM03", deleted=True)  # left their job: account deactivated
    slack.add_user("UB01", is_bot=True)  # an integration someone added as a member
    slack.add_user("U4")  # in the channel, not in the network
    for user, organisation in (("UM01", "A"), ("UM02", "B"), ("UM03", "C"), ("UB01", "D")):
        join(bot, network.id, user, organisation)
    slack.add_channel(
        "C1",
        name="lerend-netwerk",
        members=["U1", "UM01", "UM02", "UM03", "UB01", "U4", "UBOT", "USLACKBOT"],
    )
    post = create_poll(
        client, slack, network.id, closes_on="2027-01-14", closes_time="17:00", remind="1440"
    )
    vote(client, post, "Zwolle", user="UM02")
    slack.reset()
    bot.clock.set(bot.clock.now().replace(day=13, hour=16))
    bot.dispatcher.run_once()  # the fan-out plans one DM job per person to remind
    bot.dispatcher.run_once()  # the DMs
    reminded = sorted(c.params["channel"] for c in slack.calls_to("chat.postMessage"))
    assert reminded == ["U1", "UM01"]
    # Slack was asked only about network members who had not voted (and the reminded
    # people's language, for the DM).
    asked = {c.params["user"] for c in slack.calls_to("users.info")}
    assert asked == {"U1", "UM01", "UM03", "UB01"}


def test_humans_asks_slack_once_per_person_and_drops_unknown_users(
    bot: LnBot, slack: FakeSlack
) -> None:
    slack.add_user("UB01", is_bot=True)
    slack.add_user("UM03", deleted=True)
    people = ["U1", "UB01", "UM03", "UNOPE", "USLACKBOT", "U1", "U2"]
    assert audience.humans(bot.client, people) == ["U1", "U2"]
    asked = [c.params["user"] for c in slack.calls_to("users.info")]
    assert sorted(asked) == ["U1", "U2", "UB01", "UM03", "UNOPE"]
    assert audience.humans(bot.client, people) == ["U1", "U2"]
    assert len(slack.calls_to("users.info")) == len(asked)  # remembered


def test_scheduled_dms_skip_deactivated_accounts_and_bots(bot: LnBot, slack: FakeSlack) -> None:
    """Every scheduled DM (here the welcome after joining, and its intake reminders) goes
    through one helper, which leaves out an account deactivated or a bot in the meantime."""
    network = seed_network(bot, organisations=0)
    slack.add_user("UM01")
    slack.add_user("UM02", deleted=True)  # left their job after joining
    slack.add_user("UB01", is_bot=True)
    for user, organisation in (("UM01", "A"), ("UM02", "B"), ("UB01", "C")):
        join(bot, network.id, user, organisation)
    slack.reset()
    bot.dispatcher.run_once()
    dmed = {c.params["channel"] for c in slack.calls_to("chat.postMessage")}
    assert "UM01" in dmed
    assert not dmed & {"UM02", "UB01"}


def test_a_scheduled_dm_asks_slack_about_its_reader_once(bot: LnBot, slack: FakeSlack) -> None:
    """Whether to send, and the reader's locale and zone, come from one users.info answer."""
    network = seed_network(bot, organisations=0)
    slack.add_user("UM01", tz="Europe/London")
    join(bot, network.id, "UM01", "A")
    slack.reset()
    bot.dispatcher.run_once()
    assert [c.params["channel"] for c in slack.calls_to("chat.postMessage")] == ["UM01"]
    assert [c.params["user"] for c in slack.calls_to("users.info")] == ["UM01"]
    with bot.uow() as uow:
        stored = uow.session.scalars(select(SlackUser).where(SlackUser.user_id == "UM01")).one()
        assert stored.tz == "Europe/London"
