"""Dutch texts of the learning-needs analysis (issue 17, seed 002)."""

MESSAGES: dict[str, str] = {
    "needs.help": "vraag elke organisatie wat ze wil leren, wie meedoet en of er tijd en geld "
    "is; `uitslag` geeft de anonieme samenvatting (coördinatoren)",
    "needs.invitation": "Wat wil jouw organisatie leren in *{name}*? De coördinator vraagt het "
    "elke organisatie, zodat het netwerk thema's kiest die bij iedereen passen. Het kost een "
    "paar minuten; de samenvatting noemt geen organisaties.",
    "needs.answer_button": "Invullen",
    "needs.title": "Wat willen jullie leren?",
    "needs.intro": "Je antwoordt voor *{organisation}* in *{name}*. Heeft een collega al "
    "geantwoord? Dan vervangt jouw antwoord dat van je collega.",
    "needs.learn": "Wat willen jullie leren?",
    "needs.learn_placeholder": "Bijvoorbeeld: hoe we valincidenten in de nacht voorkomen",
    "needs.themes": "Bij welke thema's hoort dat?",
    "needs.building_blocks": "Bouwstenen",
    "needs.roles": "Wie van jullie zou meedoen?",
    "needs.roles_hint": "Functies, geen namen.",
    "needs.staff_freed": "Kunnen medewerkers worden vrijgemaakt?",
    "needs.funding": "Iets over tijd of geld?",
    "needs.funding_placeholder": "Bijvoorbeeld: we zoeken nog vervanging voor de avonddienst",
    "needs.funding_hint": "Alleen het aantal organisaties dat iets schreef komt in de "
    "samenvatting, niet de tekst.",
    "needs.submit": "Versturen",
    "needs.thanks": "Dank je! Het antwoord van *{organisation}* is binnen.",
    "needs.role.carer": "Verzorgenden en verpleegkundigen",
    "needs.role.team_leader": "Teamleiders",
    "needs.role.manager": "Managers en bestuurders",
    "needs.role.quality": "Kwaliteitsmedewerkers",
    "needs.role.practitioner": "Behandelaars",
    "needs.role.trainer": "Praktijkopleiders",
    "needs.role.client_council": "Cliëntenraad",
    "needs.role.volunteer": "Vrijwilligers",
    "needs.role.experience_expert": "Ervaringsdeskundigen",
    "needs.freed.yes": "Ja",
    "needs.freed.partly": "Voor een deel",
    "needs.freed.no": "Nee, niet zonder extra geld",
    "needs.freed.unknown": "Weet ik nog niet",
    "needs.started.other": "De vragen gaan naar de {count} organisaties van het netwerk. Typ "
    "`/lerend behoeften uitslag` voor de samenvatting.",
    "needs.started.one": "De vragen gaan naar de organisatie van het netwerk. Typ "
    "`/lerend behoeften uitslag` voor de samenvatting.",
    "needs.result.header": "Leerbehoeften van het netwerk",
    "needs.result.none": "Er is nog geen peiling. Typ `/lerend behoeften` om elke organisatie "
    "te vragen wat ze wil leren.",
    "needs.result.answered": "{answered} van de {asked} organisaties hebben geantwoord. De "
    "samenvatting noemt geen organisaties.",
    "needs.result.waiting": "Nog geen antwoorden.",
    "needs.result.suggested": ":bulb: Voorstel voor de thema's van het netwerk: {themes}",
    "needs.result.and": " en ",
    "needs.result.themes": "Thema's: {themes}",
    "needs.result.building_blocks": "Bouwstenen: {blocks}",
    "needs.result.roles": "Wie meedoet: {roles}",
    "needs.result.freed": "Medewerkers vrijmaken: {freed}",
    "needs.result.words": "Vaak genoemd: {words}",
    "needs.result.funding_notes": "Organisaties met een vraag over tijd of geld: {count}",
    "needs.error.learn_required": "Schrijf kort wat jullie willen leren.",
    "needs.error.theme_required": "Kies minstens één thema.",
    "needs.error.roles_required": "Kies wie er zou meedoen.",
    "needs.error.unknown": "Kies uit de lijst.",
    "needs.error.too_long": "Die tekst is te lang.",
    "needs.error.no_organisations": "Er doet nog geen organisatie mee aan dit netwerk. Zodra "
    "organisaties zich aanmelden, kun je ze vragen wat ze willen leren.",
    "needs.error.closed": "Deze vragen zijn vervangen door een nieuwere peiling.",
    "needs.error.not_an_organisation": "Alleen wie voor een organisatie in dit netwerk meedoet, "
    "kan deze vragen beantwoorden.",
    "needs.fit_check": "*Uit de peiling van leerbehoeften*",
    "audit.needs.started": "heeft de organisaties gevraagd wat ze willen leren",
}
