"""Dutch texts of members' data rights, closing a network and the audit log."""

MESSAGES: dict[str, str] = {
    "privacy.help.export": "al je gegevens die de bot bewaart, als bestand in een privébericht",
    "privacy.help.forget": "laat de bot je gegevens wissen (eerst vraag ik of je het zeker weet)",
    "privacy.help.close": "het netwerk afsluiten (alleen coördinatoren)",
    "privacy.help.audit": "het logboek van coördinatorbesluiten als CSV (alleen coördinatoren)",
    "privacy.export.sent": "Je gegevens staan in een privébericht van mij, als JSON-bestand.",
    "privacy.export.title": "Jouw gegevens bij lnbot",
    "privacy.export.comment": "Dit is alles wat de bot over jou bewaart.",
    "privacy.forget.ask": "Wil je dat ik je gegevens wis? Je lidmaatschap, je intake en je eigen "
    "teksten verdwijnen. Stemmen, aanwezigheid en scores blijven anoniem meetellen, zodat de "
    "uitslagen kloppen. Berichten die al in Slack staan, kun je daar zelf verwijderen.",
    "privacy.forget.button": "Wis mijn gegevens",
    "privacy.forget.confirm_title": "Weet je het zeker?",
    "privacy.forget.confirm_text": "Dit kan niet ongedaan worden gemaakt.",
    "privacy.forget.yes": "Ja, wissen",
    "privacy.forget.done": "Klaar: je gegevens zijn gewist. Wil je later weer meedoen, dan kan "
    "dat gewoon met `/lerend deelnemen`.",
    "privacy.forget.not_you": "Alleen jijzelf kunt je gegevens laten wissen.",
    "privacy.close.ask": "Wil je *{name}* afsluiten? Er kan dan niemand meer bij, geplande "
    "herinneringen stoppen en de gegevens worden na de bewaartermijn verwijderd.",
    "privacy.close.button": "Netwerk afsluiten",
    "privacy.close.confirm_title": "Netwerk afsluiten?",
    "privacy.close.confirm_text": "{name} wordt gesloten. Dit kan niet ongedaan worden gemaakt.",
    "privacy.close.yes": "Ja, afsluiten",
    "privacy.close.done": "*{name}* is afgesloten. Bedankt voor een jaar samen leren!",
    "privacy.audit.empty": "Het logboek van *{name}* is nog leeg.",
    "privacy.audit.sent": "Het logboek van *{name}* staat in een privébericht van mij.",
    "privacy.audit.title": "Logboek {name}",
}
