"""Dutch texts of programme-wide surveys (issue 16)."""

MESSAGES: dict[str, str] = {
    "survey.help": "een enquête van het programma: in dit kanaal of als privébericht aan de "
    "deelnemers van alle netwerken (alleen programmacoördinatoren; met `uitslag` of `export` de "
    "uitslag van de laatste)",
    "survey.usage": "Gebruik: `/lerend enquete`, `/lerend enquete uitslag` of "
    "`/lerend enquete export`.",
    "survey.create.title": "Enquête maken",
    "survey.create.intro": "Een vraag aan het hele programma, ook aan wie nog in geen netwerk "
    "zit. De vraag uit de praktijk staat al klaar; pas hem gerust aan.",
    "survey.create.support": "Vraag naar ondersteuning",
    "survey.create.support_hint": "Zet hier de vervolgvraag over ondersteuning. Wie daarop ja "
    "kiest, komt op jouw lijst, met een knop om contact op te nemen.",
    "survey.create.audience": "Aan wie?",
    "survey.audience.channel": "Hier in dit kanaal",
    "survey.audience.all": "Privébericht aan alle deelnemers van alle netwerken",
    "survey.audience.chosen": "Privébericht aan de deelnemers van de netwerken hieronder",
    "survey.create.networks": "Netwerken",
    "survey.create.networks_pick": "Kies netwerken",
    "survey.create.per_organisation": "Eén stem per organisatie (de vraag gaat over de "
    "organisatie)",
    "survey.create.submit": "Versturen",
    "survey.error.support_not_asked": "Deze vraag staat niet bij de vervolgvragen. Neem hem "
    "precies zo over, of laat dit leeg.",
    "survey.error.pick_networks": "Kies minstens één netwerk.",
    "survey.error.nobody": "Deze enquête zou naar niemand gaan: de gekozen netwerken hebben nog "
    "geen deelnemers.",
    "survey.error.not_asked": "Deze enquête is niet aan jou gestuurd.",
    "survey.error.gone": "Deze enquête bestaat niet meer.",
    "survey.error.none": "Er is nog geen enquête.",
    "survey.sent.one": "De enquête gaat als privébericht naar {count} persoon. De uitslag zie "
    "je met `/lerend enquete uitslag`.",
    "survey.sent.other": "De enquête gaat als privébericht naar {count} personen. De uitslag "
    "zie je met `/lerend enquete uitslag`.",
    "survey.per_person": "Eén stem per persoon",
    "survey.per_organisation": "Eén stem per organisatie: de laatste stem van je organisatie telt",
    "survey.closed_banner": ":lock: *De enquête is gesloten.* Dit is de uitslag.",
    "survey.footer": "{voted} · enquête van <@{user}>",
    "survey.close": "Enquête sluiten",
    "survey.results": "Uitslag",
    "survey.export": "Uitslag downloaden",
    "survey.dm.intro": "<@{user}> stelt een vraag aan iedereen in het programma. Tik op je "
    "antwoord.",
    "survey.dm.chosen": "Jouw antwoord: *{choice}*. Je kunt het nog veranderen.",
    "survey.voted": "Je antwoord is geteld: *{choice}*.",
    "survey.voted_for": "Je antwoord telt voor *{organisation}*: *{choice}*.",
    "survey.closed": "De enquête is gesloten; antwoorden kan niet meer.",
    "survey.support.yes": "Ja, graag",
    "survey.support.no": "Nee, dank je",
    "survey.find_network_intro": "Zoekt je organisatie nog een lerend netwerk? Vertel waar jullie "
    "zitten en wat jullie willen leren; het programma zoekt organisaties die bij jullie passen.",
    "survey.find_network": "Zoek een netwerk",
    "survey.thanks_support": "Dank je wel! Iemand van het programma neemt contact met je op.",
    "survey.results.title": "Uitslag van de enquête",
    "survey.results.count": "{voted}; {asked}.",
    "survey.results.asked.one": "{count} persoon kreeg de vraag per privébericht",
    "survey.results.asked.other": "{count} personen kregen de vraag per privébericht",
    "survey.results.no_network": "Nog in geen netwerk",
    "survey.results.support": "*Wil ondersteuning:*",
    "survey.results.no_support": "Nog niemand vroeg om ondersteuning.",
    "survey.results.contacted": "Contact opgenomen door <@{user}>",
    "survey.contact": "Contact opnemen",
    "survey.contact_message": "Hoi! <@{coordinator}> van het programma neemt contact met je "
    "op. Je koos *{option}* in onze enquête en je wilt ondersteuning bij het vormen van een "
    "lerend netwerk.",
    "survey.contacted": "<@{user}> weet nu dat je contact opneemt. Jullie gesprek staat open.",
    "survey.csv.network": "Netwerk",
    "survey.csv.overall": "Alle netwerken",
    "survey.csv.support": "Wil ondersteuning",
    "survey.csv.contacted": "Contact opgenomen door",
    "audit.survey.created": "heeft een enquête voor het programma uitgezet",
    "audit.survey.closed": "heeft een enquête gesloten",
    "audit.survey.contacted": "heeft contact opgenomen met {target} over ondersteuning",
}
