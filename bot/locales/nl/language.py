"""Dutch texts of the language choice (`/lerend taal`, App Home)."""

MESSAGES: dict[str, str] = {
    "language.help": "kies je taal: Nederlands of Engels (`taal en`, `taal nl`)",
    "language.name.nl": "Nederlands",
    "language.name.en": "English",
    "language.current": "Ik spreek Nederlands met je. Kies hieronder een andere taal als je wilt.",
    "language.home": "*Taal:* Nederlands. Tik op English als je liever Engels leest.",
    "language.person.set": "Voortaan spreek ik Nederlands met je.",
    "language.network.set": "*{name}* spreekt nu {language}, in het kanaal en met iedereen "
    "die niet zelf een taal koos.",
    "language.unknown": "`{value}` ken ik niet als taal. Kies `nl` (Nederlands) of `en` (Engels).",
    # placeholders: without one Slack shows its own English ("Select an item")
    "placeholder.text": "Typ hier",
    "placeholder.answer": "Schrijf het in je eigen woorden",
    "placeholder.choose": "Kies er een",
    "placeholder.choose_many": "Kies er een of meer",
    "placeholder.date": "Kies een datum",
    "placeholder.time": "Kies een tijd",
    "placeholder.hours": "Aantal uren, bijvoorbeeld 3",
    "placeholder.theme": "Bijvoorbeeld: dementie",
    "placeholder.organisation": "Bijvoorbeeld: Zorggroep Oost",
}
