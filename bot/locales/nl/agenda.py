"""Dutch texts of a meeting's agenda (issue 14, item 3)."""

MESSAGES: dict[str, str] = {
    "agenda.help": "de agenda van de volgende bijeenkomst (coördinatoren), of stel een punt "
    "voor met `agenda voorstel <tekst>`",
    "agenda.heading": "Agenda",
    "agenda.title": "Agenda",
    "agenda.intro": "De agenda van {what} van *{name}*. Zet elk punt op een eigen regel, in "
    "de volgorde die je wilt (hoogstens {max} punten). Voeg ideeën of open vragen toe uit de "
    "lijsten; die komen onderaan.",
    "agenda.points": "Agendapunten",
    "agenda.points_placeholder": "Eén punt per regel",
    "agenda.points_hint": "Verplaats een regel om de volgorde te veranderen.",
    "agenda.ideas": "Uit de ideeënbus",
    "agenda.questions": "Open vragen",
    "agenda.submit": "Opslaan",
    "agenda.saved": "De agenda van {what} is opgeslagen. De deelnemers krijgen hem bij de "
    "herinnering en in de agenda (.ics); een wijziging melden we één keer in de draad.",
    "agenda.proposal_text": "Een deelnemer stelt een punt voor op de agenda van {what} van {name}.",
    "agenda.proposal_dm": ":memo: {who} stelt een punt voor op de agenda van {what} van *{name}*: "
    "“{text}”",
    "agenda.accept": "Op de agenda",
    "agenda.decline": "Niet nu",
    "agenda.proposed": "Dank je wel! Je voorstel “{text}” voor {what} ligt bij de coördinator.",
    "agenda.accepted": "“{text}” staat op de agenda van {what}.",
    "agenda.declined": "“{text}” komt niet op de agenda van {what}.",
    "agenda.changed": ":memo: De agenda van {what} is bijgewerkt.",
    "agenda.empty": "Er staan geen punten meer op de agenda.",
    "agenda.error.no_meeting": "Er is nog geen bijeenkomst gepland.",
    "agenda.error.too_many": "Dat zijn te veel punten: hoogstens {count}.",
    "agenda.error.too_long": "Een punt is te lang: houd elk punt onder de {max} tekens.",
    "agenda.error.empty": "Schrijf je voorstel erbij, bijvoorbeeld `/lerend agenda voorstel "
    "Samen koken met bewoners`.",
    "agenda.error.gone": "Dit voorstel is er niet meer.",
    "agenda.error.decided": "Over dit voorstel is al besloten.",
    "agenda.error.full": "De agenda is vol (hoogstens {max} punten). Haal eerst een punt weg.",
    "agenda.error.past": "Deze bijeenkomst is al geweest.",
}
