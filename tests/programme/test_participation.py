"""Proof of participation: /lerend deelname gives an organisation a dated statement of its year
(network, themes, meetings attended by whom, contributions) as printable HTML and Markdown in
the requester's DM. Members get their own organisation's; coordinators any, with a picker."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.anonymise import PlainNamer
from bot.domain.participation import MeetingPresence, Presence, may_see, presence_at
from bot.participation_files import statement_files
from bot.services.participation import ItemLine, OccasionPresence, Statement
from bot.services.views import NetworkRef
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Meeting
from tests.flows import join_as_colleague, seed_network
from tests.knowledge.helpers import Replies, reply_event, share
from tests.knowledge.test_report import uploaded
from tests.programme.flows import answered, ephemeral, held_meeting

S = SlackRequestClient


def a_year(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> int:
    """Three organisations; Zorggroep 1 (UM01 and UM04) came to meeting 1, did not answer for
    meeting 2 and sent its regrets for meeting 3; it asked, shared and answered."""
    network = seed_network(bot, organisations=3)
    join_as_colleague(bot, network.id, "UM04", 1)
    bot.clock.advance(timedelta(days=60))  # type: ignore[attr-defined]
    first = held_meeting(bot, network.id, 1, days_ago=50)
    second = held_meeting(bot, network.id, 2, days_ago=30)
    third = held_meeting(bot, network.id, 3, days_ago=10)
    answered(bot, first, ("UM01", "in_person"), ("UM04", "online"), ("UM02", "in_person"))
    answered(bot, second, ("UM02", "in_person"))
    answered(bot, third, ("UM04", "absent"))
    with bot.uow() as uow:
        start = bot.clock.now() - timedelta(days=5)
        uow.session.add(
            Meeting(
                network_id=network.id,
                kind="event",
                title="Leren van data",
                event_type="webinar",
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                created_at=start,
            )
        )
        uow.commit()
    share(client, slack, network.id, kind="question", title="Wie roostert slim?", user="UM01")
    share(client, slack, network.id, kind="good_example", title="Nachtrust <b>", user="UM04")
    other = share(client, slack, network.id, kind="dilemma", title="Camera's", user="UM02")
    client.event(reply_event(other.response["ts"], user="UM01", ts=Replies(bot).next_ts()))
    slack.uploads.clear()
    return network.id


def test_a_member_gets_their_organisations_statement_in_a_dm(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    a_year(bot, client, slack)
    client.slash(text="deelname Zorggroep 2", user="UM01")
    assert ephemeral(slack)[-1]["text"] == (
        "Je kunt alleen de verklaring van je eigen organisatie opvragen."
    )
    client.slash(text="deelname", user="UM01")
    assert "staat in je privébericht" in ephemeral(slack)[-1]["text"]
    upload = slack.last("files.completeUploadExternal").params
    pdf_name = "Verklaring van deelname Zorggroep 1, Ouderenzorg Noord, 13 maart 2027.pdf"
    assert upload["channel_id"] == "DUM01" and upload["files"][0]["title"] == pdf_name
    files = uploaded(slack)
    assert sorted(files) == [
        pdf_name,
        "deelname-zorggroep-1-20270313.html",
        "deelname-zorggroep-1-20270313.md",
    ]
    # The PDF, rendered from the same HTML: a real PDF with the statement in it.
    assert "Verklaring van deelname aan een lerend netwerk" in files[pdf_name]
    assert "Zorggroep 1 neemt deel aan het lerend netwerk Ouderenzorg Noord" in files[pdf_name]
    markdown = files["deelname-zorggroep-1-20270313.md"]
    assert "# Verklaring van deelname aan een lerend netwerk" in markdown
    assert "Zorggroep 1 · opgesteld op zaterdag 13 maart 2027" in markdown
    assert "Zorggroep 1 neemt deel aan het lerend netwerk Ouderenzorg Noord" in markdown
    assert "Thema's: Dementie" in markdown
    assert "Deelnemers namens Zorggroep 1: Gebruiker UM01, Gebruiker UM04" in markdown
    assert "Zorggroep 1 was aanwezig bij 1 van de 3 gehouden bijeenkomsten." in markdown
    assert "| 1 | vrijdag 22 januari 2027 |  | Gebruiker UM01, Gebruiker UM04 |" in markdown
    assert "| 2 | donderdag 11 februari 2027 |  | aanwezigheid niet geregistreerd |" in markdown
    assert "| 3 | woensdag 3 maart 2027 |  | afgemeld |" in markdown
    assert "| Activiteit | Datum | Thema | Aanwezig |" in markdown
    assert "| Webinar: Leren van data | maandag 8 maart 2027 |" in markdown
    assert "2 gedeelde bijdragen, waarvan 1 vraag, en 1 antwoord" in markdown
    assert "Vraag: Wie roostert slim?" in markdown and "Camera" not in markdown
    page = files["deelname-zorggroep-1-20270313.html"]
    assert "<style>" in page and "Nachtrust &lt;b&gt;" in page and "<b>" not in page


def test_a_coordinator_picks_any_organisation_or_names_it(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network_id = a_year(bot, client, slack)
    client.slash(text="deelname", user="U1")
    picker = slack.wait_for("views.open")[0].params["view"]
    assert picker["callback_id"] == ids.PARTICIPATION_MODAL
    options = picker["blocks"][1]["element"]["options"]
    assert [o["text"]["text"] for o in options] == ["Zorggroep 1", "Zorggroep 2", "Zorggroep 3"]
    state = {
        ids.PARTICIPATION_ORGANISATION: {ids.VALUE: S.static_select_value(options[1]["value"])}
    }
    done = client.view_submission(
        ids.PARTICIPATION_MODAL,
        state,
        user="U1",
        private_metadata=json.dumps({"network": network_id}),
    )
    assert "De verklaring van deelname van *Zorggroep 2*" in json.dumps(
        done.json, ensure_ascii=False
    )
    assert slack.last("files.completeUploadExternal").params["channel_id"] == "DU1"
    markdown = next(text for name, text in uploaded(slack).items() if name.endswith(".md"))
    assert "Zorggroep 2 was aanwezig bij 2 van de 3 gehouden bijeenkomsten." in markdown
    slack.uploads.clear()
    client.slash(text="deelname zorggroep 3", user="U1")  # written any way
    assert "*Zorggroep 3*" in ephemeral(slack)[-1]["text"]
    assert "Zorggroep 3 was aanwezig bij 0 van de 3" in next(
        text for name, text in uploaded(slack).items() if name.endswith(".md")
    )
    client.slash(text="deelname Thuiszorg West", user="U1")
    assert (
        (ephemeral(slack)[-1]["text"])
        == "Die organisatie doet niet mee aan dit netwerk: Thuiszorg West."
    )


def test_who_may_see_which_statement_and_how_presence_is_read() -> None:
    assert may_see(requested=1, own_organisation=1, coordinator=False) is None
    assert may_see(requested=2, own_organisation=None, coordinator=True) is None
    assert may_see(requested=2, own_organisation=1, coordinator=False) == (
        "participation.error.own_only"
    )
    assert may_see(requested=2, own_organisation=None, coordinator=False) == (
        "participation.error.no_organisation"
    )
    answers = {"A": "in_person", "B": "online", "C": "absent", "D": "in_person"}
    assert presence_at(answers, {"A", "B", "C"}) == MeetingPresence(Presence.ATTENDED, ("A", "B"))
    assert presence_at(answers, {"C"}) == MeetingPresence(Presence.ABSENT)
    assert presence_at(answers, {"E"}) == MeetingPresence(Presence.NOT_REGISTERED)


def test_the_statement_says_what_the_data_says_in_english_too() -> None:
    moment = datetime(2027, 6, 1, 10, tzinfo=UTC)
    data = Statement(
        network=NetworkRef(1, "Care North", "C1", "active"),
        themes=("Dementia",),
        building_blocks=("data",),
        organisation_id=7,
        organisation="Home & Care",
        admitted_at=moment - timedelta(days=200),
        period_start=moment - timedelta(days=200),
        issued_at=moment,
        members=("U1",),
        coordinators=("U9",),
        meetings=(
            OccasionPresence(
                1, None, None, moment, "Dementia", MeetingPresence(Presence.ATTENDED, ("U1",))
            ),
        ),
        events=(),
        items=(ItemLine("result", "Fewer falls", moment),),
        answers=3,
    )
    namer = PlainNamer({7: "Home & Care"}, [], unknown="?")
    files = statement_files(data, namer, "en", "Europe/London")
    markdown = files["participation-home-care-20270601.md"]
    assert "Home &amp; Care attended 1 of the 1 meeting held." in markdown
    assert "Building blocks: Monitoring, knowledge and data-driven work" in markdown
    assert "1 shared contribution, of which 0 questions, and 3 answers" in markdown
    assert "## Activities" not in markdown  # no events: no empty section
