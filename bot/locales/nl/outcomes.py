"""Dutch texts after a meeting: attendance taken, results recorded (issue 14)."""

MESSAGES: dict[str, str] = {
    "attendance.help": "na een bijeenkomst: bevestig wie er waren (ter plaatse of online)",
    "attendance.taker_dm": ":clipboard: Afgelopen: {what} van *{name}*. Wil je bevestigen wie "
    "er waren? De lijst is al ingevuld met wie zich had aangemeld. Leg ook vast wat de "
    "bijeenkomst opleverde: inzichten, afspraken en acties.",
    "attendance.open": "Aanwezigheid bevestigen",
    "attendance.title": "Wie waren er?",
    "attendance.intro": "Vink per organisatie aan wie er bij {what} van *{name}* was. Wie zich "
    "had aangemeld, staat al aangevinkt.",
    "attendance.no_organisation": "Zonder organisatie",
    "attendance.online": "Online meegedaan",
    "attendance.online_placeholder": "Kies wie online meededen",
    "attendance.online_hint": "Wie je hier kiest, telt als aanwezig (online).",
    "attendance.submit": "Bevestigen",
    "attendance.confirmed": "Dank je wel. Bij {what} waren {present} deelnemers, van wie "
    "{online} online.",
    "attendance.unrepresented": "Niemand was er van: {organisations}.",
    "attendance.disagreements": "Zelf zeiden ze iets anders: {people}. Jouw bevestiging telt.",
    "attendance.ask": ":wave: Was je bij {what} van *{name}*? Dan tellen we je mee "
    "voor de deelnameverklaring van je organisatie.",
    "attendance.missed": ":seedling: Bij {what} van *{name}* was niemand van {organisation}. "
    "Jammer! Wat "
    "er besproken en afgesproken is, lees je terug in <#{channel}>. Lukt het de "
    "volgende keer niet om te komen? Online meedoen mag ook.",
    "attendance.self.in_person": "Ja, ter plaatse",
    "attendance.self.online": "Ja, online",
    "attendance.self.absent": "Nee",
    "attendance.thanks.in_person": "Genoteerd: je was ter plaatse bij {what} van *{name}*.",
    "attendance.thanks.online": "Genoteerd: je deed online mee aan {what} van *{name}*.",
    "attendance.thanks.absent": "Genoteerd: je was niet bij {what} van *{name}*.",
    "attendance.self_overruled": "Genoteerd. De gespreksleider of coördinator heeft de "
    "aanwezigheid bij {what} van *{name}* al bevestigd, en dat telt. Klopt het niet? Laat het "
    "hen weten.",
    "attendance.error.gone": "Deze bijeenkomst is er niet meer.",
    "attendance.error.not_yet": "Deze bijeenkomst is nog niet begonnen.",
    "attendance.error.takers_only": "Alleen de gespreksleider van de bijeenkomst en de "
    "coördinatoren kunnen dit doen.",
    "attendance.error.no_meeting": "Er is nog geen bijeenkomst geweest.",
    "outcome.help": "na een bijeenkomst: leg een inzicht, afspraak of actie vast",
    "outcome.open": "Resultaat vastleggen",
    "outcome.title": "Resultaat vastleggen",
    "outcome.intro": "Wat leverde {what} van *{name}* op? Leg één inzicht, afspraak of actie "
    "tegelijk vast. Het komt in de draad onder de aankondiging.",
    "outcome.kind": "Soort",
    "outcome.kind.insight": "Inzicht",
    "outcome.kind.agreement": "Afspraak",
    "outcome.kind.action": "Actie",
    "outcome.text": "Wat is het?",
    "outcome.owner": "Wie pakt de actie op?",
    "outcome.owner_placeholder": "Kies een persoon",
    "outcome.owner_hint": "Alleen voor een actie.",
    "outcome.due": "Klaar op",
    "outcome.submit": "Vastleggen",
    "outcome.recorded": "Vastgelegd. Het staat in de draad onder de aankondiging van {what}.",
    "outcome.recorded_no_thread": "Vastgelegd bij {what}.",
    "outcome.message": ":trophy: *Resultaten van {what}*",
    "outcome.heading.insight": "Inzichten",
    "outcome.heading.agreement": "Afspraken",
    "outcome.heading.action": "Acties",
    "outcome.more": "En nog {count}.",
    "outcome.add": "Resultaat toevoegen",
    "outcome.action_line": "• {text} — {owner}{due}",
    "outcome.action_done": "• ~{text}~ — {owner}{due} :white_check_mark:",
    "outcome.due_on": ", klaar op {date}",
    "outcome.done": "Klaar",
    "outcome.reminder": ":alarm_clock: Herinnering: je pakt de actie “{text}” op, uit "
    "bijeenkomst {number} van *{name}*{due}. Tik op *Klaar* als het gelukt is.",
    "outcome.done_thanks": "Top! De actie “{text}” staat op klaar.",
    "result.item_title": "Resultaten van bijeenkomst {number}",
    "result.error.kind": "Kies wat voor resultaat het is.",
    "result.error.empty": "Schrijf het resultaat in een paar woorden.",
    "result.error.too_long": "Dat is te lang: houd het onder de {max} tekens.",
    "result.error.owner": "Kies wie de actie oppakt.",
    "result.error.due_not_action": "Alleen een actie heeft een datum.",
    "result.error.due_past": "Kies een datum die nog komt.",
    "result.error.gone": "Deze actie is er niet meer.",
    "result.error.not_yours": "Alleen wie de actie oppakt, kan hem op klaar zetten.",
    "report.results": "Resultaten per bijeenkomst",
    "report.results_meeting": "Bijeenkomst {number}",
    "report.result.insight": "Inzicht",
    "report.result.agreement": "Afspraak",
    "report.result.action": "Actie",
    "report.result.owner": " ({owner})",
    "report.result.owner_due": " ({owner}, klaar op {due})",
    "report.result.done": ", afgerond",
}
