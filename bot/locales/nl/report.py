"""Dutch texts of the outcome report as a story (summary, organisations, what was learned), its
PDF and the choice to be named. Singular and plural are separate entries (`.one`, `.other`)."""

MESSAGES: dict[str, str] = {
    "report.title": "Uitkomst lerend netwerk {name} {year}",
    "report.version.public": "openbare versie",
    "report.version.internal": "interne versie, met namen",
    "report.filename": "Uitkomst lerend netwerk {name} {year} ({version})",
    "report.filename.public": "openbare versie",
    "report.filename.internal": "intern, met namen",
    "report.summary": "Samenvatting",
    "report.summary.opening": "Van {start} tot {end} werkten {organisations} samen in het "
    "lerend netwerk {name}.",
    "report.summary.organisations.one": "één organisatie",
    "report.summary.organisations.other": "{count} organisaties",
    "report.themes": "Het netwerk werkte aan {themes}.",
    "report.building_blocks.one": "De bouwsteen was {blocks}.",
    "report.building_blocks.other": "De bouwstenen waren {blocks}.",
    "report.and": "{first} en {last}",
    "report.summary.meetings.one": "Het netwerk kwam één keer bijeen.",
    "report.summary.meetings.other": "Het netwerk kwam {count} keer bijeen.",
    "report.summary.items.one": "Er werd één keer kennis gedeeld: {kinds}.",
    "report.summary.items.other": "Er werd {count} keer kennis gedeeld: {kinds}.",
    "report.summary.kind.result.one": "één resultaat",
    "report.summary.kind.result.other": "{count} resultaten",
    "report.summary.kind.good_example.one": "één goed voorbeeld",
    "report.summary.kind.good_example.other": "{count} goede voorbeelden",
    "report.summary.kind.question.one": "één vraag",
    "report.summary.kind.question.other": "{count} vragen",
    "report.summary.kind.dilemma.one": "één dilemma",
    "report.summary.kind.dilemma.other": "{count} dilemma's",
    "report.summary.kind.document.one": "één document",
    "report.summary.kind.document.other": "{count} documenten",
    "report.summary.answered.one": "Eén vraag kreeg een antwoord.",
    "report.summary.answered.other": "{count} vragen kregen een antwoord.",
    "report.summary.evaluation.one": "Eén deelnemer vulde de evaluatie in.",
    "report.summary.evaluation.other": "De evaluatie werd ingevuld door {count} deelnemers.",
    "report.experience_experts.one": "Er deed één ervaringsdeskundige mee; de bijdragen daarvan "
    "staan met een eigen label.",
    "report.experience_experts.other": "Er deden {count} ervaringsdeskundigen mee; hun "
    "bijdragen staan met een eigen label.",
    "report.organisations": "Deelnemende organisaties",
    "report.organisation.named": "met naam in de openbare versie",
    "report.organisation.former": "oud-deelnemer: deed eerder dit jaar mee",
    "report.organisation.anonymous": "zonder naam in de openbare versie",
    "report.organisations.unnamed.one": "Eén organisatie deed mee zonder genoemd te worden.",
    "report.organisations.unnamed.other": "{count} organisaties deden mee zonder genoemd te "
    "worden.",
    "report.organisations.unnamed_also.one": "nog één organisatie die liever niet bij naam "
    "genoemd wordt",
    "report.organisations.unnamed_also.other": "nog {count} organisaties die liever niet bij "
    "naam genoemd worden",
    "report.learned": "Wat we leerden",
    "report.learned.discussed": "Waar het meest over gepraat werd",
    "report.learned.answered": "Vragen die een antwoord kregen",
    "report.learned.evaluation": "Uit de evaluatie",
    "report.learned.evaluation_line": "{question} Het vaakst gekozen: {option} ({votes} van "
    "{voters}).",
    "report.learned.tiles": "In één zin",
    "report.replies.one": "1 reactie",
    "report.replies.other": "{count} reacties",
    "report.votes.one": "1 stem",
    "report.votes.other": "{count} stemmen",
    "report.evaluation_question": "{question} ({voters})",
    "report.meetings_held.one": "Eén bijeenkomst gehouden.",
    "report.meetings_held.other": "{count} bijeenkomsten gehouden.",
    "report.label.link": "[link]",
    # the choice to be named, in the excerpt an organisation approves
    "report.review.naming": "Mag jullie organisatie met naam in de openbare versie? Kies "
    "*Akkoord, met onze naam*. Namen van mensen blijven er altijd uit.",
    "report.review.approve": "Akkoord, zonder naam",
    "report.review.approve_named": "Akkoord, met onze naam",
    # the statement of participation as a PDF
    "participation.pdf_name": "Verklaring van deelname {organisation}, {name}, {date}",
}
