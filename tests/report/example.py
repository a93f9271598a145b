"""A year of the learning network 'Valpreventie Noord', as the report's data: three
organisations (one agreed to be named), people whose names turn up in free text, a link to an
organisation's website, an answered question, an evaluation and closing one-liners."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.anonymise import Anonymiser, Person, PlainNamer
from bot.domain.balance import OrganisationBalance
from bot.domain.checkins import summarise
from bot.services.intake import TagChoice
from bot.services.report import EvaluationRow, ItemRow, MeetingRow, ReplyRow, ReportData, TileRow

START = datetime(2027, 1, 11, 9, tzinfo=UTC)
END = datetime(2027, 11, 30, 16, tzinfo=UTC)
ORGANISATIONS = {
    1: "Zorggroep Noorderbreedte",
    2: "Stichting De Wielewaal",
    3: "Thuiszorg Het Anker",
}
PEOPLE = [
    Person("U1", ("anneke", "Anneke Bos")),
    Person("U2", ("jan.vanderberg", "Jan van der Berg")),
    Person("U3", ("Fatima", "Fatima El Amrani")),
    Person("U4", ("piet", "Piet de Vries")),
]
NAMES = ("Anneke", "Bos", "Jan", "Berg", "Fatima", "Amrani", "Piet", "Vries")


def day(days: int) -> datetime:
    return START + timedelta(days=days)


def reply(user: str, org: int, text: str, days: int, *, helpful: bool = False) -> ReplyRow:
    return ReplyRow(user, org, text, day(days), helpful)


def item(
    item_id: int, kind: str, title: str, description: str, author: str, org: int, days: int,
    *replies: ReplyRow, link: str | None = None, answered: bool = False,
) -> ItemRow:  # fmt: skip
    return ItemRow(
        item_id, kind, title, description, link, (TagChoice("theme:1", "Valpreventie"),),
        author, org, day(days), answered, replies,
    )  # fmt: skip


def year(named: frozenset[int] = frozenset({2})) -> ReportData:
    items = (
        item(
            1, "result", "Valincidenten gehalveerd in de nacht",
            "Met een vast nachtrondje en bewegingssensoren halveerde J. van der Berg het aantal "
            "valincidenten. Meer op www.noorderbreedte.nl en noorderbreedte.nl/zorg, of mail "
            "jan.vanderberg@noorderbreedte.nl.",
            "U2", 1, 40,
            reply("U3", 2, "Dank je Jan! Wij gaan dit bij De Wielewaal ook proberen.", 41),
            reply("U4", 3, "Mooi. Piet de Vries neemt het mee naar ons team.", 42),
            reply("U1", 1, "Fatima, zullen we samen een pilot doen?", 43),
            link="https://www.noorderbreedte.nl/valpreventie",
        ),
        item(
            2, "good_example", "Beweegmaatje voor bewoners",
            "Vrijwilligers wandelen twee keer per week met bewoners. Bel Fatima op 06-12345678.",
            "U3", 2, 80, reply("U2", 1, "Hoe vinden jullie de vrijwilligers?", 81),
        ),
        item(
            3, "question", "Wie heeft ervaring met heupbeschermers?", "", "U4", 3, 100,
            reply("U3", 2, "Wij wel: draagcomfort is de sleutel, laat bewoners kiezen.", 101,
                  helpful=True),
            answered=True,
        ),
        item(4, "dilemma", "Vrijheid of veiligheid bij dwaalgedrag", "", "U1", 1, 150),
    )  # fmt: skip
    meetings = (
        MeetingRow(
            1, day(30), "Zwolle", "Valpreventie", True, False, {"in_person": 7, "online": 2}
        ),
        MeetingRow(2, day(120), "Assen", "Bewegen", True, False, {"in_person": 6, "absent": 1}),
        MeetingRow(3, day(330), None, None, False, False, None),
    )
    return ReportData(
        network_id=1,
        network_name="Valpreventie Noord",
        themes=("Valpreventie", "Bewegen"),
        building_blocks=("learning_capacity",),
        period_start=START,
        period_end=END,
        organisations=ORGANISATIONS,
        people=tuple(p.user_id for p in PEOPLE),
        meetings=meetings,
        evaluations=(
            EvaluationRow(
                "Wat leverde het netwerk je op?",
                9,
                (("Nieuwe ideeën", 6), ("Contacten", 3), ("Weinig", 0)),
                (("Wat neem je mee?", "Het nachtrondje van Jan"), ("Wat neem je mee?", "  ")),
            ),
            EvaluationRow("Nog een vraag die niemand beantwoordde", 0, (("Ja", 0),), ()),
        ),
        checkins=(summarise("meeting:1", 1, day(30), [(4, "Fijn, Jan!"), (5, None), (4, None)]),),
        items=items,
        balance=(
            OrganisationBalance(1, ORGANISATIONS[1], items_shared=2, answers_given=1),
            OrganisationBalance(2, ORGANISATIONS[2], items_shared=1, answers_given=1),
            OrganisationBalance(3, ORGANISATIONS[3], questions_asked=1, answers_received=1),
        ),
        tiles=(
            TileRow(1, 1, day(30), "U2", 1, "Vraag eerst wat de bewoner zelf wil."),
            TileRow(1, 1, day(30), "U3", 2, "Samen leren werkt, ook met Anneke."),
        ),
        named_organisations=named,
    )


def anonymiser(data: ReportData) -> Anonymiser:
    return Anonymiser(
        data.organisations,
        PEOPLE,
        organisation_label="Organisatie {letter}",
        person_label="Deelnemer {number}",
        email_label="[e-mailadres]",
        phone_label="[telefoonnummer]",
        link_label="[link]",
        unknown="procesbegeleiding",
        named=data.named_organisations,
    )


def plain(data: ReportData) -> PlainNamer:
    return PlainNamer(data.organisations, PEOPLE, unknown="onbekend")
