"""Programme coordinators (issue 12, item 2): only the installer, a workspace admin or owner
(Slack's users.info), or a person named in LNBOT_PROGRAMME_COORDINATORS may claim; a network
coordinator may not (anyone can start a throwaway network). Installer: see
tests/programme/test_programme.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from bot.app import LnBot, create_app
from bot.clock import FixedClock
from bot.config import Settings
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from tests.conftest import IdleAwareClient, TrackingExecutor, serving
from tests.flows import seed_network, speaks_english

CLAIMED = "Je bent nu programmacoördinator"
REFUSED = "Alleen wie de app installeerde of de werkruimte beheert"


def answers(slack: FakeSlack) -> list[str]:
    return [c.params.get("text", "") for c in slack.calls_to("response_url")]


def test_a_throwaway_networks_coordinator_cannot_claim_the_programme(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, coordinator="U4", channel="C9", name="Wegwerp")
    client.slash(text="programma claim", user="U4", channel="C9")
    assert REFUSED in answers(slack)[-1]
    client.slash(text="programma", user="U4", channel="C9")
    assert "nog geen programmacoördinator" in answers(slack)[-1]
    assert slack.calls_to("users.info")  # Slack was asked whether U4 is an admin


@pytest.mark.parametrize("role", ["is_admin", "is_owner"])
def test_a_workspace_admin_or_owner_claims_and_then_adds_others(
    role: str, bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    slack.add_user("U3", locale="en-US", is_admin=role == "is_admin", is_owner=role == "is_owner")
    speaks_english(bot, "U3")
    client.slash(text="programma claim", user="U3", channel="D3")
    assert answers(slack)[-1].startswith("You are now the programme coordinator")
    client.slash(text="programma toevoegen <@U2>", user="U3", channel="D3")
    client.slash(text="programma", user="U2", channel="D2")
    assert "Programmacoördinatoren: <@U2>, <@U3>" in str(slack.last("response_url").params)


@pytest.fixture
def named_bot(
    settings: Settings, clock: FixedClock, listeners: TrackingExecutor
) -> Iterator[LnBot]:
    extra = {**settings.extra, "LNBOT_PROGRAMME_COORDINATORS": "U2, U9"}
    lnbot = create_app(replace(settings, extra=extra), clock=clock, listener_executor=listeners)
    yield lnbot
    lnbot.close()


def test_a_person_named_in_the_setting_may_claim(
    named_bot: LnBot, slack: FakeSlack, listeners: TrackingExecutor
) -> None:
    with serving(named_bot) as url:
        client = IdleAwareClient(
            named_bot, url, "test-signing-secret", response_url=slack.response_url
        )
        client.slash(text="programma claim", user="U1", channel="D1")
        assert REFUSED in answers(slack)[-1]
        client.slash(text="programma claim", user="U2", channel="D2")
        assert answers(slack)[-1].startswith(CLAIMED)
