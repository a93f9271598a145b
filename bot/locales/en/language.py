"""English texts of the language choice (`/lerend taal`, App Home)."""

MESSAGES: dict[str, str] = {
    "language.help": "Choose your language: Dutch or English (`taal nl`, `taal en`)",
    "language.name.nl": "Nederlands",
    "language.name.en": "English",
    "language.current": "I speak English with you. Choose another language below if you like.",
    "language.home": "*Language:* English. Tap Nederlands to read Dutch instead.",
    "language.person.set": "From now on I speak English with you.",
    "language.network.set": "*{name}* now speaks {language}, in the channel and with everyone "
    "who did not choose a language themselves.",
    "language.unknown": "I do not know `{value}` as a language. Choose `nl` (Dutch) or `en` "
    "(English).",
    # placeholders: without one Slack shows its own English ("Select an item")
    "placeholder.text": "Type here",
    "placeholder.answer": "Write it in your own words",
    "placeholder.choose": "Choose one",
    "placeholder.choose_many": "Choose one or more",
    "placeholder.date": "Choose a date",
    "placeholder.time": "Choose a time",
    "placeholder.hours": "Number of hours, e.g. 3",
    "placeholder.theme": "For example: dementia",
    "placeholder.organisation": "For example: Zorggroep Oost",
}
