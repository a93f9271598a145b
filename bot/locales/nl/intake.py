"""Dutch texts of the intake, matching and the fit check."""

MESSAGES: dict[str, str] = {
    # help
    "intake.help": "je intake invullen of aanpassen: wat kom je brengen, wat kom je halen",
    "match.help": "organisaties die bij jou passen (coördinator: overzicht brengen en halen)",
    "fit.help": "past een lerend netwerk? Zeven vragen aan de groep (alleen coördinatoren)",
    # the intake modal
    "intake.title": "Intake",
    "intake.submit": "Opslaan",
    "intake.title_bring": "Intake 1 van 2: brengen",
    "intake.title_take": "Intake 2 van 2: halen",
    "intake.next": "Verder",
    "intake.back": "Terug naar brengen",
    "intake.intro": "Vertel de groep van *{name}* wat *{organisation}* komt brengen, en daarna "
    "wat je komt halen. Een paar woorden is genoeg: beantwoord hier minstens één vraag.",
    "intake.bring": "Wat kom je brengen?",
    "intake.take": "Wat kom je halen?",
    "intake.q.proud_of": "Waar ben je trots op?",
    "intake.q.good_at": "Waar ben je goed in?",
    "intake.q.developing": "Wat ben je aan het ontwikkelen?",
    "intake.q.struggle": "Waar worstel je mee?",
    "intake.q.stuck": "Waar loop je vast?",
    "intake.q.learn": "Wat wil je leren?",
    "intake.q.start": "Waar wil je mee aan de slag?",
    "intake.bring_tags": "Onderwerpen die je brengt",
    "intake.take_tags": "Onderwerpen die je komt halen",
    "intake.tags_placeholder": "Kies onderwerpen",
    "intake.share": "Delen met het netwerk",
    "intake.share_option": "Het netwerk mag mijn antwoorden zien",
    "intake.share_hint": "Gedeeld: je intake komt in de voorstelronde en anderen vinden je via "
    "/lerend match. Niet gedeeld: alleen jij ziet je antwoorden.",
    "intake.saved_shared": "Dank je! Je intake is opgeslagen en staat in de voorstelronde in "
    "<#{channel}>. Aanpassen kan altijd met `/lerend intake`.",
    "intake.saved_private": "Dank je! Je intake voor *{name}* is opgeslagen. Je deelt hem niet, "
    "dus alleen jij ziet je antwoorden. Zelf matches zoeken kan met `/lerend match`.",
    "intake.button": "Mijn intake",
    "intake.offer": "Eerste stap: vul je intake in. Wat kom je brengen en wat kom je halen? "
    "Het kost een paar minuten en helpt de groep elkaar te vinden.",
    "intake.reminder": "Wil je je intake voor *{name}* nog even invullen? Wat kom je brengen, "
    "wat kom je halen? Zo vinden de organisaties elkaar sneller.",
    "intake.reminder_last": "Laatste herinnering: je intake voor *{name}* staat nog open. "
    "Een paar woorden is al genoeg.",
    # the introduction round in the channel
    "intake.round_title": "Voorstelronde {name}",
    "intake.round_intro": ":wave: *Voorstelronde {name}*\nWie zijn we, wat komen we brengen en "
    "wat komen we halen? Elke intake verschijnt in deze draad. Nog niet gedaan? Tik hieronder op "
    "*Mijn intake*.",
    "intake.reply_header": "*<@{user}>* · {organisation}",
    "intake.reply_text": "Nieuwe intake van {organisation} in de voorstelronde.",
    "intake.bring_we": "Wat komen we brengen?",
    "intake.take_we": "Wat komen we halen?",
    "intake.reply_line": "• _{label}:_ {text}",
    "intake.reply_tags": "Onderwerpen: {tags}",
    "intake.label.proud_of": "Trots op",
    "intake.label.good_at": "Goed in",
    "intake.label.developing": "In ontwikkeling",
    "intake.label.struggle": "Worstelen met",
    "intake.label.stuck": "Lopen vast op",
    "intake.label.learn": "Willen leren",
    "intake.label.start": "Willen aan de slag met",
    # intake errors
    "intake.error.too_long": "Dit is te lang: hoogstens {max} tekens.",
    "intake.error.bring_required": "Vul minstens één vraag in bij ‘Wat kom je brengen?’.",
    "intake.error.take_required": "Vul minstens één vraag in bij ‘Wat kom je halen?’.",
    "intake.error.unknown_tag": "Kies onderwerpen uit de lijst.",
    "intake.error.not_a_member": "Je doet nog niet mee aan dit netwerk. Doe eerst mee met "
    "`/lerend deelnemen`.",
    "intake.error.no_organisation": "De intake gaat over je organisatie. Kies eerst je "
    "organisatie met `/lerend deelnemen` in het kanaal van *{name}*.",
    # matching
    "match.text": "Matches in {name}",
    "match.header": "Jouw matches in {name}",
    "match.they_bring": "Zij brengen wat jij komt halen",
    "match.they_take": "Zij komen halen wat jij brengt",
    "match.nobody": "Nog niemand gevonden. Hoe meer organisaties hun intake invullen, hoe beter "
    "dit werkt.",
    "match.line": "*{organisation}* · <@{user}>",
    "match.tags": "Onderwerpen: {tags}",
    "match.words": "Woorden: {words}",
    "match.dm": "Stuur een bericht",
    "match.how": "Zo tel ik: een gedeeld onderwerp is {tag} punten, een gedeeld woord {word} "
    "punt. De hoogste score staat bovenaan.",
    "match.no_intake": "Vul eerst je intake in. Dan zoek ik organisaties die brengen wat jij komt "
    "halen, en andersom.",
    "match.overview_header": "Brengen en halen in {name}",
    "match.overview_counts": "{shared} meegeteld · {private} niet gedeeld · {missing} nog zonder "
    "intake",
    "match.overview_empty": "Nog geen gedeelde intakes met onderwerpen.",
    "match.overview_row": "*{tag}*\nBrengen: {bring}\nHalen: {take}",
    "match.nobody_short": "nog niemand",
    "match.common_bring": "Veel genoemd bij brengen: {words}",
    "match.common_take": "Veel genoemd bij halen: {words}",
    # the fit check
    "fit.title": "Past een lerend netwerk?",
    "fit.progress": "Past een lerend netwerk bij *{name}*? · Vraag {number} van {total} · anoniem",
    "fit.question_text": "Vraag {number} van {total} over {name}: kies een cijfer van 1 tot 5.",
    "fit.remark_button": "Toelichting geven",
    "fit.remark_submit": "Bewaren",
    "fit.previous": "Vorige vraag",
    "fit.review_button": "Antwoorden bekijken",
    "fit.your_remark": "Je toelichting: {remark}",
    "fit.q.approach": "Onze gezamenlijke vraag is niet simpel op te lossen; een lerende aanpak "
    "past erbij.",
    "fit.q.support": "Er is genoeg draagvlak voor een lerende aanpak.",
    "fit.q.balance": "De groep is in evenwicht: elke partner heeft genoeg contact en leert genoeg.",
    "fit.q.involvement": "Alle deelnemers voelen zich even betrokken bij de opdracht.",
    "fit.q.needs": "We weten welke kennis het netwerk nodig heeft.",
    "fit.q.present": "Die kennis is al (deels) aanwezig bij een van de partners.",
    "fit.q.sources": "We weten waar of bij wie we de ontbrekende kennis kunnen vinden.",
    "fit.remark.approach": "Toelichting",
    "fit.remark.support": "Toelichting",
    "fit.remark.balance": "Toelichting",
    "fit.remark.involvement": "Toelichting",
    "fit.remark.needs": "Welke kennis is nodig?",
    "fit.remark.present": "Bij wie is die kennis al?",
    "fit.remark.sources": "Waar of bij wie vinden we de rest?",
    "fit.scale.1": "1 – helemaal niet",
    "fit.scale.2": "2 – eerder niet",
    "fit.scale.3": "3 – neutraal",
    "fit.scale.4": "4 – eerder wel",
    "fit.scale.5": "5 – helemaal wel",
    "fit.answer_button": "Vragen beantwoorden",
    "fit.invitation": "<@{coordinator}> vraagt je mening: is een lerend netwerk de goede vorm "
    "voor *{name}*? Het zijn zeven korte vragen en je antwoorden zijn anoniem. Graag vóór {date}.",
    "fit.invitation_text": "De coördinator van {name} vraagt je mening: past een lerend netwerk? "
    "Zeven korte vragen, graag vóór {date}.",
    "fit.started.one": "Ik stuur de zeven vragen naar {count} deelnemer. Je krijgt de uitslag "
    "zodra die heeft geantwoord, uiterlijk {date}. Tussenstand: `/lerend passend uitslag`.",
    "fit.started.other": "Ik stuur de zeven vragen naar {count} deelnemers. Je krijgt de uitslag "
    "zodra iedereen heeft geantwoord, uiterlijk {date}. Tussenstand: `/lerend passend uitslag`.",
    "fit.thanks": "Dank je! Je antwoorden voor {name} zijn bewaard. Zolang de check loopt, kun "
    "je ze nog aanpassen.",
    "fit.result_header": "Uitslag: past een lerend netwerk bij {name}?",
    "fit.result_closed": "{answered} van de {invited} deelnemers antwoordden. De check is "
    "gesloten (einddatum {date}).",
    "fit.result_running": "Tussenstand: {answered} van de {invited} deelnemers antwoordden. "
    "De check loopt tot {date}.",
    "fit.result_line": "*{number}. {question}*\nAantal per cijfer: {spread} · gemiddeld "
    "*{average}*",
    "fit.advice.too_few": "Nog te weinig antwoorden ({count}). Vanaf {min} antwoorden laat ik de "
    "uitslag zien, zodat niemand te herleiden is.",
    "fit.advice.lighter_form": ":large_orange_circle: *Advies: kies eerst een lichtere vorm.* "
    "Er is te weinig draagvlak, of een lerende aanpak past nog niet goed ({low}). Begin "
    "bijvoorbeeld met een studiemiddag of workshop over het thema, en kijk daarna opnieuw.",
    "fit.advice.go_on_with_care": ":large_yellow_circle: *Advies: ga door met het lerend "
    "netwerk, met aandacht voor: {low}.* Bespreek dit in de eerste bijeenkomst.",
    "fit.advice.go_on": ":large_green_circle: *Advies: ga door met het lerend netwerk.* De groep "
    "ziet een lerende aanpak zitten.",
    "fit.advice_split": "De meningen lopen uiteen bij: {questions}. Praat daar samen over.",
    "fit.short.approach": "Lerende aanpak past",
    "fit.short.support": "Draagvlak",
    "fit.short.balance": "Groep in evenwicht",
    "fit.short.involvement": "Even betrokken",
    "fit.short.needs": "Nodige kennis bekend",
    "fit.short.present": "Kennis al aanwezig",
    "fit.short.sources": "Ontbrekende kennis vindbaar",
    "fit.error.score_required": "Kies een cijfer van 1 tot 5.",
    "fit.error.too_long": "Dit is te lang: hoogstens {max} tekens.",
    "fit.error.running": "Er loopt al een check voor dit netwerk. Bekijk de tussenstand met "
    "`/lerend passend uitslag`.",
    "fit.error.coordinators_only": "De coördinator van *{name}* start de check ‘Past een "
    "lerend netwerk?’. Vraag het gerust aan de coördinator: je krijgt de vragen dan vanzelf.",
    "fit.error.not_invited": "Deze vragen zijn voor de deelnemers van het netwerk.",
    "fit.error.closed": "Deze check is al gesloten. Dank je wel!",
    "fit.error.none": "Er is nog geen check gedaan. Start er een met `/lerend passend`.",
}
