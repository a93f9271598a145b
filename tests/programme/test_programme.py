"""The programme: one workspace, many regional networks. Programme coordinators (claimed once,
then added by each other) see every network's phase, meetings, attendance, open questions and
activity, a page at a time; `zoek … overal` finds what networks share with the programme."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, update

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.network import NetworkForm
from bot.domain.programme import HeldMeeting, Phase, attendance_rate, page_of, phase_of
from bot.services import networks
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Network
from storage.models.platform import installations
from tests.flows import seed_network
from tests.knowledge.helpers import Replies, reply_event, share, submit_share
from tests.meetings.flows import buttons
from tests.programme.flows import answered, ephemeral, held_meeting, second_network, texts


def test_the_programme_is_claimed_once_and_its_coordinators_add_each_other(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    slack.add_user("U1", is_admin=True)  # a workspace admin (users.info)
    client.slash(text="programma", user="U1")
    assert "nog geen programmacoördinator" in ephemeral(slack)[-1]["text"]
    client.slash(text="programma claim", user="U4")  # no admin, installed nothing
    assert (
        "Alleen wie de app installeerde of de werkruimte beheert" in (ephemeral(slack)[-1]["text"])
    )
    client.slash(text="programma claim", user="U1", channel="D1")
    assert ephemeral(slack)[-1]["text"].startswith("Je bent nu programmacoördinator")
    second_network(bot)
    client.slash(text="programma claim", user="U2")
    assert "Vraag een van hen: <@U1>" in ephemeral(slack)[-1]["text"]
    client.slash(text="programma", user="UM01")
    assert ephemeral(slack)[-1]["text"].startswith("Alleen programmacoördinatoren")
    client.slash(text="programma toevoegen <@U4|u4>", user="UM01")
    assert ephemeral(slack)[-1]["text"].startswith("Alleen programmacoördinatoren")
    client.slash(text="programma toevoegen <@U4|u4>", user="U1")
    assert ephemeral(slack)[-1]["text"] == "<@U4> is nu programmacoördinator."
    client.slash(text="programma", user="U4", channel="D3")
    assert "Programmacoördinatoren: <@U1>, <@U4>" in texts(ephemeral(slack)[-1]["blocks"])
    client.slash(text="programma verwijderen <@U1>", user="U4")
    assert ephemeral(slack)[-1]["text"] == "<@U1> is geen programmacoördinator meer."
    client.slash(text="programma verwijderen <@U4>", user="U4")
    assert "is de enige programmacoördinator" in ephemeral(slack)[-1]["text"]
    client.slash(text="programma iets", user="U4")
    assert ephemeral(slack)[-1]["text"].startswith("Gebruik: `/lerend programma`")


def test_the_installer_may_claim_without_coordinating_a_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    with bot.engine.begin() as connection:
        connection.execute(
            insert(installations).values(
                client_id="111.222",
                app_id="A0001",
                team_id="T0001",
                user_id="U4",
                installed_at=datetime(2027, 1, 1, tzinfo=UTC).replace(tzinfo=None),
            )
        )
    client.slash(text="programma claim", user="U4", channel="D4")
    assert ephemeral(slack)[-1]["text"].startswith("Je bent nu programmacoördinator")
    client.slash(text="programma", user="U4", channel="D4")
    assert "Er is nog geen lerend netwerk in deze werkruimte." in texts(
        ephemeral(slack)[-1]["blocks"]
    )


def test_the_overview_shows_each_networks_year_attendance_questions_and_activity(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=6)
    first = held_meeting(bot, network.id, 1, days_ago=40)
    held_meeting(bot, network.id, 2, days_ago=12)  # no RSVPs: not registered, not counted
    answered(bot, first, ("UM01", "in_person"), ("UM02", "online"), ("UM03", "absent"))
    question = share(client, slack, network.id, kind="question", title="Wie heeft ervaring?")
    share(client, slack, network.id, kind="good_example", title="Nachtzorg", user="UM02")
    client.event(reply_event(question.response["ts"], user="UM03", ts=Replies(bot).next_ts()))
    second_network(bot, organisations=2)
    closed = second_network(bot, channel="C3", prefix="UP")
    with bot.uow() as uow:
        uow.session.execute(update(Network).where(Network.id == closed.id).values(status="closed"))
        uow.commit()
    client.slash(text="programma delen aan", user="UM01")
    assert ephemeral(slack)[-1]["text"] == "Alleen een coördinator kan dit doen."
    client.slash(text="programma delen aan", user="U1")
    assert "deelt zijn kennis nu met het programma" in ephemeral(slack)[-1]["text"]

    slack.add_user("U1", is_admin=True)  # a workspace admin may claim
    client.slash(text="programma claim", user="U1")
    client.slash(text="programma", user="U1")
    body = texts(ephemeral(slack)[-1]["blocks"])
    assert "3 netwerken in deze werkruimte · 1 deelt kennis met het programma" in body
    assert (
        "*Ouderenzorg Noord* in <#C1>\\n:spiral_calendar_pad: 2 van 7 bijeenkomsten geweest · "
        "6 organisaties\\nOpkomst 29% · 1 open vraag · laatste 4 weken: 2 bijdragen, "
        "1 reactie · :globe_with_meridians: deelt kennis" in body
    )  # 2 of the 7 invited came to meeting 1
    assert "*Netwerk C2* in <#C2>\\n:seedling: In oprichting · 2 organisaties" in body
    assert "*Netwerk C3* in <#C3>\\n:lock: Gesloten" in body


def test_many_networks_are_shown_a_page_at_a_time(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot)
    for number in range(11):
        form = NetworkForm(f"Regio {number:02d}", "Dementie", None, (), None)
        networks.create_network(
            bot.uow(),
            team_id="T0001",
            channel_id=f"C9{number:02d}",
            user_id="U1",
            form=form,
            now=bot.clock.now(),
        )
    slack.add_user("U1", is_admin=True)  # a workspace admin may claim
    client.slash(text="programma claim", user="U1")
    client.slash(text="programma", user="U1")
    first = ephemeral(slack)[-1]
    assert "Pagina 1 van 2" in texts(first["blocks"])
    assert len(re.findall(r"· \d+ organisaties?\b", texts(first["blocks"]))) == 10
    (next_page,) = buttons(first["blocks"])
    assert next_page["action_id"] == ids.PROGRAMME_NEXT
    client.block_action(ids.PROGRAMME_NEXT, next_page["value"], user="U1")
    second = ephemeral(slack)[-1]
    assert second["replace_original"] is True
    assert "Pagina 2 van 2" in texts(second["blocks"])
    assert len(re.findall(r"· \d+ organisaties?\b", texts(second["blocks"]))) == 2
    assert [b["action_id"] for b in buttons(second["blocks"])] == [ids.PROGRAMME_PREVIOUS]


def found_titles(slack: FakeSlack) -> str:
    return texts(ephemeral(slack)[-1]["blocks"])


def test_search_everywhere_finds_what_networks_share_with_the_programme(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    south = second_network(bot, organisations=1)
    third = second_network(bot, channel="C3", prefix="UP")
    share(client, slack, network.id, title="Valpreventie met sensoren", user="UM01")
    submit_share(client, south.id, title="Valpreventie in de wijk", user="UN01")
    assert third  # UP01 takes part in a third network that shares nothing
    client.slash(text="programma delen aan", user="U1")

    client.slash(text="zoek valpreventie overal", user="UP01", channel="D5")
    body = found_titles(slack)
    assert "Valpreventie met sensoren" in body and "uit *Ouderenzorg Noord*" in body
    assert "Valpreventie in de wijk" not in body  # south does not share
    client.slash(text="zoek valpreventie overal", user="UN01", channel="C2")
    body = found_titles(slack)
    assert "Valpreventie met sensoren" in body and "Valpreventie in de wijk" in body  # own too
    client.slash(text="zoek valpreventie", user="UN01", channel="C2")
    body = found_titles(slack)
    assert "Valpreventie in de wijk" in body and "met sensoren" not in body
    client.slash(text="programma delen uit", user="U1")
    client.slash(text="zoek valpreventie overal", user="UP01", channel="D5")
    assert "met sensoren" not in found_titles(slack)


def test_phase_attendance_and_pages_are_plain_rules() -> None:
    assert phase_of("founding", 0) is Phase.FOUNDING
    assert phase_of("active", 3) is Phase.RUNNING
    assert phase_of("active", 7) is Phase.COMPLETE
    assert phase_of("closed", 7) is Phase.CLOSED
    assert attendance_rate([]) is None
    assert attendance_rate([HeldMeeting(10, 0, 0)]) is None  # nothing registered
    assert attendance_rate([HeldMeeting(10, 6, 8), HeldMeeting(10, 0, 0)]) == 0.6
    assert attendance_rate([HeldMeeting(10, 6, 8), HeldMeeting(10, 9, 9)]) == 0.75
    page = page_of(23, 5)
    assert (page.number, page.pages, page.start, page.end) == (2, 3, 20, 23)
    assert page.has_previous and not page.has_next
    assert page_of(0, 0).pages == 1
    assert timedelta(weeks=4)  # the activity window is four weeks (see ACTIVITY_WINDOW)
