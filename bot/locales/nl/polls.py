"""Dutch texts of polls, the consent decision and the evaluation after meeting 3."""

MESSAGES: dict[str, str] = {
    # help
    "poll.help": "een poll maken (met `export` de uitslag als bestand; met `iedereen aan|uit` "
    "bepaalt de coördinator of alle leden polls mogen maken)",
    "evaluation.help": "de korte evaluatie van het netwerk nu starten (alleen coördinatoren)",
    "poll.usage": "Gebruik: `/lerend poll`, `/lerend poll export` of "
    "`/lerend poll iedereen aan|uit`.",
    "poll.everyone_on": "Alle leden van het netwerk mogen nu een poll maken.",
    "poll.everyone_off": "Alleen coördinatoren mogen nu een poll maken.",
    # the create modal
    "poll.create.title": "Poll maken",
    "poll.create.intro": "Stel een vraag aan het netwerk. Begin leeg of kies een sjabloon.",
    "poll.create.template": "Kies een sjabloon",
    "poll.create.question_placeholder": "Bijvoorbeeld: waar spreken we de volgende keer af?",
    "poll.create.option_placeholder": "Een antwoord om uit te kiezen",
    "poll.create.add_option": "Optie toevoegen",
    "poll.create.more": "Meer instellingen",
    "poll.create.more_header": "Meer instellingen",
    "poll.create.question": "Vraag",
    "poll.create.option": "Optie {number}",
    "poll.create.follow_up": "Vervolgvraag bij optie {number}",
    "poll.create.follow_up_hint": "Wie op deze optie stemt, krijgt deze vraag meteen daarna. "
    "Meer vragen? Zet elke vraag op een eigen regel (hoogstens 3).",
    "poll.create.settings": "Instellingen",
    "poll.create.multiple": "Meer dan één keuze mogelijk",
    "poll.create.anonymous": "Anoniem: niemand ziet wie wat stemt",
    "poll.create.closes_on": "Sluit op",
    "poll.create.closes_time": "Om (tijd)",
    "poll.create.closes_hint": "Tijd in jouw tijdzone ({tz}).",
    "poll.create.remind": "Herinnering aan wie nog niet stemde",
    "poll.create.remind_none": "Geen herinnering",
    "poll.create.remind_60": "1 uur voor het sluiten",
    "poll.create.remind_1440": "1 dag voor het sluiten",
    "poll.create.submit": "Plaatsen",
    "poll.template.empty": "Lege poll",
    "poll.template.network.name": "Doe je mee aan een lerend netwerk?",
    "poll.template.network.question": "Maakt jouw organisatie deel uit van een lerend netwerk?",
    "poll.template.network.yes": "Ja",
    "poll.template.network.no": "Nee",
    "poll.template.network.unknown": "Weet ik niet",
    "poll.template.network.yes_follow_up": "Hoe ziet jullie netwerk eruit? En wat heb je eraan?",
    "poll.template.network.no_obstacles": "Wat zijn de obstakels bij het vormen van een "
    "lerend netwerk?",
    "poll.template.network.no_support": "Wil je hierbij ondersteund worden?",
    # errors in the create modal
    "poll.error.question_required": "Vul een vraag in.",
    "poll.error.two_options": "Geef minstens twee opties.",
    "poll.error.option_duplicate": "Deze optie staat er al.",
    "poll.error.option_too_long": "Maak deze optie korter: hoogstens {max} tekens past op een "
    "knop.",
    "poll.error.follow_up_without_option": "Vul eerst de optie zelf in.",
    "poll.error.too_many_follow_ups": "Hoogstens 3 vervolgvragen per optie.",
    "poll.error.date_required": "Kies ook een datum.",
    "poll.error.time_required": "Kies ook een tijd.",
    "poll.error.closes_in_past": "Dit moment is al voorbij. Kies een moment in de toekomst.",
    "poll.error.remind_needs_close": "Een herinnering kan alleen als de poll een sluitdatum heeft.",
    "poll.error.remind_too_late": "Voor een herinnering sluit de poll te snel. Kies een later "
    "moment of geen herinnering.",
    "poll.error.coordinators_only": "Alleen een coördinator kan in dit netwerk een poll maken.",
    "poll.error.gone": "Deze poll bestaat niet meer.",
    "poll.error.none": "Dit netwerk heeft nog geen poll.",
    # the channel message
    "poll.single": "Eén keuze",
    "poll.multiple": "Meer keuzes mogelijk",
    "poll.anonymous": "Anoniem",
    "poll.named": "Met naam",
    "poll.closes": "Sluit {when}",
    "poll.closed_banner": ":lock: *De poll is gesloten.* Dit is de uitslag.",
    "poll.votes": "{count} ({percent}%)",
    "poll.text_open": "Poll: {question} Tik op je antwoord om te stemmen.",
    "poll.text_closed": "De poll is gesloten: {question} Bekijk de uitslag in het kanaal.",
    "poll.voted_count.one": "{count} persoon stemde",
    "poll.voted_count.other": "{count} personen stemden",
    "poll.footer": "{voted} · poll van <@{user}>",
    "poll.footer_evaluation": "{voted} · evaluatie van het netwerk",
    "poll.close": "Poll sluiten",
    "poll.export": "Uitslag downloaden",
    # votes and follow-up questions
    "poll.voted": "Je stem is geteld: {choices}.",
    "poll.voted_none": "Je hebt nu geen keuze meer aangevinkt.",
    "poll.closed": "De poll is gesloten. Je stem telt niet meer mee.",
    "poll.follow_up.title": "Nog een vraag",
    "poll.follow_up.intro": "Je koos *{option}*. Wil je er iets over vertellen? Overslaan mag.",
    "poll.follow_up.submit": "Versturen",
    "poll.follow_up.skip": "Overslaan",
    "poll.follow_up.thanks": "Dank je wel! Je stem en je antwoord zijn opgeslagen.",
    "poll.reminder": "Er loopt nog een poll in <#{channel}>: *{question}* Hij sluit {when}. "
    "Stem je mee?",
    "poll.export_done": "De uitslag van *{question}* als bestand.",
    # summary and export
    "poll.summary.title": "Uitslag op een rij",
    "poll.summary.count": "{count} persoon/personen stemden. Anoniem: namen worden niet getoond.",
    "poll.summary.more": "En nog {count} antwoord(en); die staan in het bestand.",
    "poll.summary.export": "Alle antwoorden als bestand: `/lerend poll export`.",
    "poll.csv.question": "Vraag",
    "poll.csv.status": "Status",
    "poll.csv.open": "open",
    "poll.csv.closed": "gesloten",
    "poll.csv.option": "Optie",
    "poll.csv.votes": "Stemmen",
    "poll.csv.percent": "Procent",
    "poll.csv.person": "Persoon",
    "poll.csv.organisation": "Organisatie",
    "poll.csv.time": "Tijd",
    "poll.csv.follow_up": "Vervolgvraag",
    "poll.csv.answer": "Antwoord",
    # the evaluation after meeting 3
    "evaluation.question": "Evaluatie: voldoet ons lerend netwerk aan je verwachtingen?",
    "evaluation.yes": "Ja",
    "evaluation.partly": "Deels",
    "evaluation.no": "Nee",
    "evaluation.change": "Moet er iets veranderen aan de vorm, de inhoud of de samenstelling "
    "van het netwerk? Wat dan?",
    "evaluation.remarks": "Heb je nog andere opmerkingen?",
    "evaluation.started": "De evaluatie staat klaar en verschijnt zo in het kanaal. Ze is "
    "anoniem en sluit over een week; dan krijg je de uitkomst op een rij.",
    # the consent decision
    "consent.header": "Consentbesluit: nieuwe organisatie",
    "consent.intro": "<@{user}> wil met *{organisation}* meedoen. Na de 2e bijeenkomst komt er "
    "alleen een organisatie bij als de hele groep instemt. Elke organisatie heeft één stem; "
    "iedereen van die organisatie mag hem geven, de laatste stem telt.",
    "consent.choice.consent": "akkoord",
    "consent.choice.objection": "bezwaar",
    "consent.choice.abstain": "onthouding",
    "consent.choice.none": "nog niet gestemd",
    "consent.agree": "Akkoord",
    "consent.object": "Bezwaar",
    "consent.abstain": "Onthouding",
    "consent.deadline": "Stem vóór {when}. Als elke organisatie stemt en niemand bezwaar "
    "heeft, doet de organisatie meteen mee. Een bezwaar kan tot dan nog worden ingetrokken.",
    "consent.decided": "Besluit:",
    "consent.outcome.passed": "De groep stemt in: *{organisation}* doet mee. Welkom, <@{user}>!",
    "consent.outcome.objected": "Er is bezwaar, dus *{organisation}* doet niet mee.",
    "consent.outcome.incomplete": "Niet elke organisatie heeft gestemd, dus *{organisation}* "
    "doet niet mee. Een nieuwe aanvraag mag.",
    "consent.outcome.full": "De groep stemde in, maar het netwerk is inmiddels vol. "
    "*{organisation}* kan daarom niet meedoen.",
    "consent.candidate.passed": "Goed nieuws: de groep van *{name}* stemt in. *{organisation}* "
    "doet mee! Je vindt het netwerk in <#{channel}>.",
    "consent.candidate.objected": "De groep van *{name}* heeft bezwaar tegen een nieuwe "
    "organisatie, dus *{organisation}* doet niet mee. De coördinator kan je meer vertellen.",
    "consent.candidate.incomplete": "Niet elke organisatie van *{name}* heeft op tijd gestemd, "
    "dus *{organisation}* doet nu niet mee. Je mag het opnieuw vragen.",
    "consent.candidate.full": "De groep van *{name}* stemde in, maar het netwerk is inmiddels "
    "vol. *{organisation}* kan daarom niet meedoen.",
    "consent.voted": "Genoteerd namens je organisatie: *{choice}*.",
    "consent.reminder": "Jouw organisatie heeft nog niet gestemd over *{organisation}* in "
    "*{name}*. Stem in <#{channel}> vóór {when}.",
    "consent.objection.title": "Bezwaar",
    "consent.objection.intro": "Met een bezwaar komt de organisatie er niet bij. Vertel de groep "
    "waarom, dan kun je er samen over praten.",
    "consent.objection.reason": "Waarom heb je bezwaar?",
    "consent.objection.submit": "Bezwaar geven",
    "consent.error.reason_required": "Schrijf kort op waarom je bezwaar hebt.",
    "consent.error.decided": "Over deze aanvraag is al besloten.",
    "consent.error.not_an_organisation": "Alleen wie namens een deelnemende organisatie "
    "meedoet, kan stemmen.",
    "consent.error.gone": "Deze aanvraag bestaat niet meer.",
}
