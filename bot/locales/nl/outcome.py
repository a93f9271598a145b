"""Dutch texts of the published outcome (issue 17): the commands' answers and the web pages."""

MESSAGES: dict[str, str] = {
    "outcome.published": "De uitkomst van *{name}* staat nu op het web: {address}\nDeel dit "
    "adres met wie het mag lezen. Typ `/lerend rapport offline` om de pagina weg te halen.",
    "outcome.published_path": "De uitkomst van *{name}* staat nu op het web, op de server van "
    "de bot: `{address}`\nDeel dit adres met wie het mag lezen. Typ `/lerend rapport offline` "
    "om de pagina weg te halen.",
    "outcome.unpublished": "De uitkomst van *{name}* staat niet meer op het web. Het oude adres "
    "werkt niet meer.",
    "outcome.error.no_review": "Er is nog geen uitkomst om te publiceren. Typ eerst `/lerend "
    "rapport anoniem`: dan keurt elke organisatie haar deel goed.",
    "outcome.error.not_approved": "Nog niet elke organisatie keurde de uitkomst goed, dus "
    "publiceren kan nog niet. We wachten op: {organisations}.",
    "outcome.error.forced": "Deze uitkomst is gemaakt zonder dat elke organisatie haar deel "
    "goedkeurde. Publiceren kan alleen als iedereen akkoord is: typ `/lerend rapport anoniem` "
    "voor een nieuwe ronde.",
    "outcome.error.not_built": "De uitkomst wordt nog gemaakt. Probeer het over een minuut "
    "opnieuw.",
    "outcome.error.not_published": "De uitkomst van dit netwerk staat niet op het web.",
    "outcome.index.title": "Uitkomsten van de lerende netwerken",
    "outcome.index.intro": "Wat de lerende netwerken in hun jaar samen leerden. Elke "
    "organisatie keurde haar deel goed; namen van mensen staan er niet in.",
    "outcome.index.none": "Er is nog geen uitkomst gepubliceerd.",
    "outcome.index.published": "gepubliceerd op {date}",
    "outcome.not_found.title": "Deze pagina bestaat niet (meer)",
    "outcome.not_found.text": "Misschien is de uitkomst offline gehaald, of is het adres niet "
    "helemaal goed overgenomen.",
    "outcome.not_found.index": "Alle gepubliceerde uitkomsten",
    "audit.outcome.published": "heeft de uitkomst op het web gezet",
    "audit.outcome.unpublished": "heeft de uitkomst van het web gehaald",
}
