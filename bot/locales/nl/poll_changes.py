"""Dutch texts of changing a poll: editing, reopening, deleting (issue 16)."""

MESSAGES: dict[str, str] = {
    "poll.edit": "Aanpassen",
    "poll.reopen": "Opnieuw openen",
    "poll.delete": "Verwijderen",
    "poll.delete_title": "Poll verwijderen?",
    "poll.delete_confirm": "De poll verdwijnt, met alle stemmen en antwoorden. Dit kan niet "
    "ongedaan worden.",
    "poll.deleted_text": "Deze poll is verwijderd. De stemmen en antwoorden zijn weg.",
    "poll.deleted": ":wastebasket: Deze poll is verwijderd door <@{user}>. De stemmen en "
    "antwoorden zijn weg.",
    "poll.change.title": "Poll aanpassen",
    "poll.change.submit": "Opslaan",
    "poll.change.voted_note": "Er is al gestemd. De vraag en de opties blijven daarom zoals ze "
    "zijn; de sluittijd kun je nog wel veranderen.",
    "poll.change.closes_hint": "Tijd in jouw tijdzone ({tz}). Laat datum en tijd leeg: dan "
    "blijft de poll open tot iemand hem sluit.",
    "poll.change.error.voted": "Er is intussen al gestemd. De vraag en de opties kunnen nu niet "
    "meer veranderen.",
    "poll.change.error.closed": "Deze poll is gesloten. Open hem eerst opnieuw.",
    "poll.change.error.open": "Deze poll is nog open.",
    "poll.change.error.reopened": "Deze poll is al een keer opnieuw geopend. Dat kan maar één "
    "keer.",
    "poll.change.error.not_allowed": "Alleen wie de poll maakte of een coördinator kan hem "
    "aanpassen.",
    "audit.poll.changed": "heeft een poll aangepast",
    "audit.poll.reopened": "heeft een poll opnieuw geopend",
    "audit.poll.deleted": "heeft een poll verwijderd",
}
