"""Wie spreekt namens een organisatie: contactpersoon, collega's die erbij willen, voorstellen."""

MESSAGES = {
    "trust.error.members_only": "Dit is alleen voor deelnemers van *{name}*. Wil je meedoen? "
    "Tik op *Deelnemen* in het kanaal van het netwerk.",
    "trust.error.members_only_status": "Dit overzicht is alleen voor deelnemers van het netwerk "
    "en voor wie in het kanaal zit.",
    "trust.error.private_network": "Dit netwerk zit in een besloten kanaal. Vraag iemand uit dat "
    "kanaal om je toe te voegen; daarna kun je meedoen.",
    "colleague.ask": "<@{user}> wil meedoen aan *{name}* namens *{organisation}*. Hoort "
    "<@{user}> bij jullie organisatie?",
    "colleague.ask_text": "Iemand wil meedoen aan {name} namens {organisation}. Hoort die persoon "
    "bij jullie organisatie?",
    "colleague.approve": "Toestaan",
    "colleague.refuse": "Weigeren",
    "colleague.approved": "Dank je! <@{user}> doet nu mee namens *{organisation}*.",
    "colleague.refused": "Genoteerd: <@{user}> doet niet mee namens *{organisation}*.",
    "colleague.already": "<@{by}> heeft al geantwoord op de vraag van <@{user}>. Er verandert "
    "niets.",
    "colleague.requested": "Je vraag is verstuurd. Een collega van *{organisation}* of een "
    "coördinator van *{name}* zegt ja of nee; je krijgt een bericht.",
    "colleague.told_approved": "Je doet mee aan *{name}* namens *{organisation}*. Welkom! "
    "Het gesprek loopt in <#{channel}>.",
    "colleague.told_refused": "Je vraag om mee te doen aan *{name}* namens *{organisation}* is "
    "niet toegestaan. Denk je dat dit niet klopt? Vraag het een coördinator.",
    "colleague.error.not_allowed": "Alleen een collega van deze organisatie of een coördinator "
    "kan dit beantwoorden.",
    "colleague.error.gone": "Deze vraag bestaat niet meer.",
    "contact.help": "wie namens je organisatie stemt en akkoord geeft",
    "contact.usage": "Typ `/lerend contactpersoon @naam` om de contactpersoon van je organisatie "
    "te kiezen.",
    "contact.done": "<@{user}> is nu contactpersoon van *{organisation}*: die stemt en geeft "
    "akkoord namens jullie.",
    "contact.unchanged": "<@{user}> is al contactpersoon van *{organisation}*.",
    "contact.error.no_organisation": "<@{user}> doet niet mee namens een organisatie in dit "
    "netwerk.",
    "contact.error.not_allowed": "Alleen collega's van *{organisation}* of een coördinator "
    "kiezen de contactpersoon.",
    "contact.changed_dm": "<@{user}> heeft je contactpersoon van *{organisation}* gemaakt. Jij "
    "stemt en geeft akkoord namens je organisatie; collega's kunnen je een voorstel sturen.",
    "trust.consent.proposed": "Dank je! Je voorstel (*{choice}*) gaat naar <@{contact}>, de "
    "contactpersoon van je organisatie. Die stemt namens jullie.",
    "trust.consent.proposal_dm": "<@{user}> stelt voor om over *{organisation}* te stemmen: "
    "*{choice}*. Jij bent de contactpersoon van jullie organisatie; jouw stem telt.",
    "trust.report.proposed": "Dank je! Je voorstel gaat naar <@{contact}>, de contactpersoon "
    "van je organisatie. Die geeft akkoord namens jullie.",
    "trust.report.proposal_approve": "<@{user}> stelt voor om akkoord te geven op het deel van "
    "*{organisation}* in het rapport. Jij bent de contactpersoon; jouw antwoord telt.",
    "trust.report.proposal_change": "<@{user}> wil iets aanpassen in het deel van "
    "*{organisation}* in het rapport. Jij bent de contactpersoon; jouw antwoord telt.",
}
