"""Dutch texts of the year: commitment after meeting 1, the shared goal, another year."""

MESSAGES: dict[str, str] = {
    "year.commit.ask_again": "*{name}* gaat door met jaar {year}. Doet *{organisation}* weer "
    "mee, van {start} tot {end}? Dat betekent opnieuw zeven bijeenkomsten met dezelfde groep. "
    "Laat het ons uiterlijk {deadline} weten.",
    "report.goal.year": "Jaar {year}: ",
    "report.goal.committed": "Organisaties die zich voor het jaar verbonden: {committed} van de "
    "gevraagde {asked}.",
    "participation.error.year": "Dat jaar heeft dit netwerk niet: kies een jaar van 1 tot en met "
    "{years}.",
    "year.commit.help": "vraag elke organisatie om mee te doen voor het jaar, of zie wie meedoet "
    "(coördinatoren)",
    "year.commit.ask": "De eerste bijeenkomst van *{name}* zit erop. Die was vrijblijvend; "
    "nu is de vraag: doet *{organisation}* mee voor het jaar, van {start} tot {end}? "
    "Dat betekent zeven bijeenkomsten met dezelfde groep. Laat het ons uiterlijk {deadline} weten.",
    "year.commit.remind": "Even een herinnering: doet *{organisation}* mee aan *{name}* voor het "
    "jaar, van {start} tot {end}? Laat het ons uiterlijk {deadline} weten.",
    "year.commit.yes": "Ik doe mee",
    "year.commit.stop": "We stoppen",
    "year.commit.thanks": "Fijn! *{organisation}* doet mee aan *{name}* van {start} tot {end}. "
    "Tot de volgende bijeenkomst.",
    "year.commit.stopped": "Jammer dat *{organisation}* stopt met *{name}*, en bedankt voor jullie "
    "inzet. Wat jullie gedeeld hebben blijft in het netwerk. Jullie plek telt niet meer mee; "
    "je bent altijd welkom om later weer aan te sluiten.",
    "year.commit.change": "Van gedachten veranderd? Kies hieronder opnieuw; het laatste antwoord "
    "telt.",
    "year.commit.opened": "Elke organisatie van *{name}* krijgt nu de vraag of ze meedoet voor "
    "het jaar. Gevraagde organisaties: {count}.",
    "year.commit.overview": "*{name}*, jaar {year}: organisaties die meedoen: {committed} van "
    "{count}. Antwoorden graag uiterlijk {deadline}.",
    "year.commit.line.asked": "• {organisation}: nog geen antwoord",
    "year.commit.line.committed": "• {organisation}: doet mee",
    "year.commit.line.stopped": "• {organisation}: stopt",
    "year.commit.status": "Doen mee voor het jaar: {committed} van {count} organisaties{period}",
    "year.commit.period": " ({start} tot {end})",
    "year.commit.waiting": "Nog geen antwoord van: {organisations}",
    "year.commit.stopped_list": "Gestopt: {organisations}",
    "year.commit.error.no_organisations": "Er doet nog geen organisatie mee, dus er is niemand "
    "om te vragen.",
    "year.commit.error.gone": "Deze vraag bestaat niet meer.",
    "year.commit.error.not_yours": "Alleen deelnemers van deze organisatie kunnen hierop "
    "antwoorden.",
    "year.result.on": "De antwoordtermijn van *{name}* is voorbij. Organisaties die meedoen: "
    "{committed}. Dat is genoeg: het netwerk is actief. Succes met het jaar!",
    "year.result.short": "De antwoordtermijn van *{name}* is voorbij. Organisaties die meedoen: "
    "{committed}. Een lerend netwerk heeft er minstens {min} nodig; er ontbreken er nog "
    "{needed}. Het netwerk staat weer op ‘in oprichting’.",
    "year.result.options": "Wat nu? Je kunt meer organisaties uitnodigen: ze sluiten aan met de "
    "knop *Deelnemen* in <#{channel}>. Of ga kleiner verder in een lichtere vorm, zoals een "
    "studiemiddag of workshop: plan die met `/lerend activiteit`.",
    "year.goal.help": "leg het gezamenlijke doel vast of pas het aan (coördinatoren, "
    "gespreksleiders)",
    "year.goal.ask": "In de eerste bijeenkomst van *{name}* is het gezamenlijke doel besproken. "
    "Leg het hier vast, in een paar zinnen: het komt in het welkomstbericht van het kanaal te "
    "staan.",
    "year.goal.button": "Doel vastleggen",
    "year.goal.revisit": "Doel herzien",
    "year.goal.title": "Gezamenlijk doel",
    "year.goal.intro": "Het gezamenlijke doel van *{name}*: waar werken jullie dit jaar samen "
    "naartoe? Eén of een paar zinnen.",
    "year.goal.history": "Het doel is eerder aangepast; eerdere versies: {count}. Die blijven "
    "bewaard.",
    "year.goal.label": "Ons doel",
    "year.goal.placeholder": "Bijvoorbeeld: minder onrust bij bewoners met dementie in de avond",
    "year.goal.submit": "Opslaan",
    "year.goal.saved": "Het gezamenlijke doel van *{name}* is vastgelegd:\n>{goal}",
    "year.goal.line": ":dart: Ons doel: {goal}",
    "year.goal.pinned": ":dart: *Ons gezamenlijke doel*\n{goal}",
    "year.goal.evaluation": "Ons doel is: {goal}. Komen we dichter bij ons doel?",
    "year.goal.error.empty": "Schrijf het doel in één of een paar zinnen.",
    "year.goal.error.who": "Alleen coördinatoren en gespreksleiders leggen het gezamenlijke doel "
    "vast.",
    "year.number": "Jaar {year}",
    "year.next.ask": "De zevende bijeenkomst van *{name}* zit erop, en daarmee jaar {year}. "
    "Gaan jullie door met jaar {next}? Dan vraagt de bot elke organisatie opnieuw of ze meedoet, "
    "plan je weer zeven bijeenkomsten en kijken jullie opnieuw naar het doel. Alles van "
    "jaar {year} blijft te lezen.",
    "year.next.yes": "Door met een nieuw jaar",
    "year.next.end": "Netwerk afronden",
    "year.next.started": "Jaar {year} van *{name}* is begonnen. Gevraagde organisaties: "
    "{count}; antwoorden graag uiterlijk {deadline}. Plan nu de eerste bijeenkomst en kijk samen "
    "opnieuw naar het gezamenlijke doel.",
    "year.next.plan": "Plan bijeenkomst 1",
    "year.next.error.not_done": "Het jaar is nog niet rond: er zijn pas {held} van de zeven "
    "bijeenkomsten geweest.",
    "year.end.report_first": "Maak eerst het eindrapport van *{name}*: typ `/lerend rapport` in "
    "<#{channel}>. Zo blijft de uitkomst bewaard en kun je die delen. Sluit daarna hieronder het "
    "netwerk af.",
    "participation.doc.commitment.committed": "{organisation} heeft zich op {date} verbonden "
    "aan het netwerk voor jaar {year}, van {start} tot {end}.",
    "participation.doc.commitment.asked": "{organisation} is gevraagd mee te doen in jaar "
    "{year} ({start} tot {end}) en heeft nog niet geantwoord.",
    "participation.doc.commitment.stopped": "{organisation} is op {date} gestopt met het "
    "netwerk (jaar {year}).",
    "participation.doc.commitment.none": "De vraag om mee te doen voor het jaar komt na de "
    "eerste bijeenkomst.",
    "participation.doc.goal": "Gezamenlijk doel: {goal}",
    "participation.doc.year": "Jaar {year}",
    "report.goal.title": "Ons gezamenlijke doel",
}
