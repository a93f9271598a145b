"""Dutch texts of benchmark figures (issue 14, item 6)."""

MESSAGES: dict[str, str] = {
    "benchmark.help": "vraag elke organisatie om een paar cijfers voor de volgende bijeenkomst "
    "(coördinatoren), of vul ze in met `cijfers invullen`",
    "benchmark.title": "Cijfers vergelijken",
    "benchmark.intro": "Welke cijfers wil je voor {what} van *{name}* naast elkaar zien? "
    "Bijvoorbeeld een indicator uit het kwaliteitskader. Elke organisatie vult ze in; na de "
    "uiterste datum ziet het kanaal ze naast elkaar, zonder namen (Organisatie A, B, …), "
    "tenzij een organisatie koos om genoemd te worden.",
    "benchmark.figure_name": "Cijfer {number}",
    "benchmark.name_placeholder": "Bijvoorbeeld: valincidenten per maand",
    "benchmark.figure_unit": "Eenheid van cijfer {number}",
    "benchmark.unit_placeholder": "Bijvoorbeeld: aantal of %",
    "benchmark.deadline": "Invullen kan tot en met",
    "benchmark.submit": "Uitzetten",
    "benchmark.started.one": "De vraag naar {count} cijfer voor {what} is uitgezet. Elke "
    "organisatie kan het invullen tot {deadline}.",
    "benchmark.started.other": "De vraag naar {count} cijfers voor {what} is uitgezet. Elke "
    "organisatie kan ze invullen tot {deadline}.",
    "benchmark.ask": ":bar_chart: Voor {what} van *{name}* vergelijken we een paar cijfers. "
    "Wil je ze namens je organisatie invullen? Dat kan tot {deadline}.",
    "benchmark.enter": "Cijfers invullen",
    "benchmark.entry_title": "Cijfers invullen",
    "benchmark.entry_intro": "De cijfers van {organisation} voor {what} van *{name}*. Laat "
    "een vakje leeg als je het niet weet.",
    "benchmark.value_placeholder": "Een getal, bijvoorbeeld 12 of 12,5",
    "benchmark.entry_submit": "Opslaan",
    "benchmark.entered": "Dank je wel! De cijfers van {organisation} zijn opgeslagen. Je kunt "
    "ze tot de uiterste datum nog aanpassen.",
    "benchmark.table": ":bar_chart: *De cijfers voor {what} naast elkaar*",
    "benchmark.table_note": "Zonder namen: elke organisatie hoort van ons welke letter bij "
    "haar hoort.",
    "benchmark.label": "Organisatie {letter}",
    "benchmark.your_label": "In de cijfers voor {what} in <#{channel}> staat jouw organisatie "
    "als *{label}*. Alleen jullie weten dat.",
    "benchmark.your_name": "In de cijfers voor {what} in <#{channel}> staat jouw organisatie "
    "met haar eigen naam, *{label}*, zoals jullie kozen.",
    "benchmark.error.no_figure": "Geef minstens één cijfer een naam.",
    "benchmark.error.unit_without_name": "Geef dit cijfer ook een naam.",
    "benchmark.error.name_too_long": "Houd de naam onder de {max} tekens.",
    "benchmark.error.unit_too_long": "Houd de eenheid onder de {unit_max} tekens.",
    "benchmark.error.no_deadline": "Kies tot wanneer er ingevuld kan worden.",
    "benchmark.error.deadline": "Kies een datum vanaf vandaag tot en met de dag van de "
    "bijeenkomst.",
    "benchmark.error.open_round": "Voor deze bijeenkomst loopt al een vraag naar cijfers.",
    "benchmark.error.no_round": "Er wordt nu niet om cijfers gevraagd.",
    "benchmark.error.closed": "Invullen kan niet meer: de uiterste datum is voorbij.",
    "benchmark.error.no_organisation": "Cijfers vul je in namens een organisatie, maar je doet "
    "mee zonder organisatie.",
    "benchmark.error.number": "Vul een getal in, zoals 12 of 12,5 (hoogstens twee cijfers na "
    "de komma).",
    "benchmark.error.nothing": "Vul minstens één cijfer in.",
}
