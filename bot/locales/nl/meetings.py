"""Dutch texts of the year of meetings: planning, the announcement and RSVPs, reminders,
calendar files, the coordinators' prompts, the status, and check-ins."""

MESSAGES: dict[str, str] = {
    # help and commands
    "meeting.help": "een bijeenkomst plannen of verplaatsen; afzeggen met bijvoorbeeld "
    "`annuleer 3` (alleen coördinatoren)",
    "meeting.help_reminders": "wanneer deelnemers een herinnering krijgen, bijvoorbeeld `7d,1d,2h` "
    "(alleen coördinatoren)",
    "meeting.usage": "Gebruik: `/lerend plan`, `/lerend plan 3` of `/lerend plan annuleer 3`.",
    "meeting.reminders_usage": "Gebruik: `/lerend herinneringen 7d,1d,2h` (d = dagen, h = uren "
    "vóór de bijeenkomst).",
    "meeting.reminders_set": "Deelnemers krijgen nu een herinnering {offsets} vóór elke "
    "bijeenkomst. "
    "Een herinnering van een of meer dagen vooraf komt om 9:00 uur, in ieders eigen tijdzone.",
    "meeting.offset.d.one": "{count} dag",
    "meeting.offset.d.other": "{count} dagen",
    "meeting.offset.h.one": "{count} uur",
    "meeting.offset.h.other": "{count} uur",
    # errors
    "meeting.error.number": "Een netwerkjaar heeft 7 bijeenkomsten. Kies een nummer van 1 tot en "
    "met 7.",
    "meeting.error.too_short": "Een bijeenkomst duurt minstens 2,5 uur. Dan is er tijd voor de "
    "inhoud én om elkaar echt te spreken.",
    "meeting.error.too_long": "Dat is wel heel lang. Kies een duur van hoogstens 12 uur.",
    "meeting.error.past": "Dit moment is al voorbij. Kies een datum in de toekomst.",
    "meeting.error.overlap": "Op dat moment is er al een andere bijeenkomst van dit netwerk. Kies "
    "een ander moment.",
    "meeting.error.order": "De bijeenkomsten volgen op elkaar: deze moet ná de vorige en vóór de "
    "volgende bijeenkomst vallen.",
    "meeting.error.year": "Alle 7 bijeenkomsten vallen binnen één jaar. Deze datum ligt te ver "
    "van de andere bijeenkomsten.",
    "meeting.error.duration": "Vul de duur in uren in, bijvoorbeeld 3 of 2,5.",
    "meeting.error.when": "Kies een datum en een begintijd.",
    "meeting.error.already_held": "Deze bijeenkomst is al geweest. Kies een ander nummer.",
    "meeting.error.held": "Bijeenkomst {number} is al geweest; die kun je niet meer verplaatsen.",
    "meeting.error.taken": "Iemand anders heeft dit nummer net gepland. Open het formulier "
    "opnieuw om de "
    "bijeenkomst te verplaatsen.",
    "meeting.error.all_planned": "Alle 7 bijeenkomsten zijn gepland. Wil je er een verplaatsen? "
    "Typ `/lerend plan &lt;nummer&gt;`.",
    "meeting.error.not_planned": "Bijeenkomst {number} is niet gepland.",
    "meeting.error.already_cancelled": "Bijeenkomst {number} was al geannuleerd.",
    "meeting.error.started": "Bijeenkomst {number} is al begonnen of geweest; annuleren kan niet "
    "meer.",
    "meeting.error.gone": "Deze bijeenkomst bestaat niet meer.",
    "meeting.error.coordinators_only": "Alleen een coördinator kan bijeenkomsten plannen of "
    "annuleren. Vraag het de coördinator van je netwerk.",
    "meeting.error.offsets": "Dat begrijp ik niet. Gebruik bijvoorbeeld `7d,1d,2h`: d voor dagen "
    "en h voor uren vóór de bijeenkomst (hoogstens 5 keer, hoogstens 60 dagen vooraf).",
    # the plan modal
    "meeting.plan.title": "Bijeenkomst plannen",
    "meeting.plan.intro": "Een lerend netwerk komt 7 keer per jaar bij elkaar, steeds minstens "
    "2,5 uur. Na het plannen kondig ik de bijeenkomst aan in het kanaal.",
    "meeting.plan.intro_move": "Bijeenkomst {number} staat al gepland. Pas aan wat verandert; de "
    "herinneringen gaan mee en ik laat het kanaal het weten.",
    "meeting.plan.number": "Welke bijeenkomst?",
    "meeting.plan.number_option": "Bijeenkomst {number}",
    "meeting.plan.date": "Datum",
    "meeting.plan.time": "Begintijd",
    "meeting.plan.time_hint": "In jouw tijdzone ({tz}). Iedereen ziet de tijd in de eigen "
    "tijdzone.",
    "meeting.plan.duration": "Duur in uren",
    "meeting.plan.duration_hint": "Minstens 2,5 uur, zodat er tijd is voor inhoud en informeel "
    "contact.",
    "meeting.plan.location": "Plaats of link voor online",
    "meeting.plan.location_placeholder": "Adres, of de link van de online vergadering",
    "meeting.plan.theme": "Thema",
    "meeting.plan.facilitator": "Gespreksleider",
    "meeting.plan.facilitator_placeholder": "Kies de gespreksleider",
    "meeting.plan.facilitator_hint": "Bij bijeenkomst 1, 4 en 7 leidt een gespreksleider het "
    "gesprek.",
    "meeting.plan.submit": "Plannen",
    "meeting.plan.next_intro": "Op de eerste bijeenkomst spreken jullie samen de volgende drie "
    "af. Zet ze er meteen in:",
    "meeting.plan.button": "Bijeenkomst {number} plannen",
    "meeting.planned": "{What} staat gepland op {when}. Ik kondig hem aan in <#{channel}>.",
    "meeting.moved": "{What} is verplaatst naar {when}. De herinneringen gaan mee "
    "en ik laat het weten in <#{channel}>.",
    "meeting.replanned": "{What} staat weer gepland, op {when}. Ik laat het weten in <#{channel}>.",
    # the announcement
    "meeting.what": "bijeenkomst {number}",
    "meeting.title": "Bijeenkomst {number}",
    "meeting.title_theme": "Bijeenkomst {number}: {theme}",
    "meeting.cancelled_banner": ":x: *Deze bijeenkomst gaat niet door.*",
    "meeting.details": ":spiral_calendar_pad: {when}\n:round_pushpin: {where}\n"
    ":speech_balloon: Gespreksleider: {facilitator}",
    "meeting.when": "*{start}* tot {end} ({hours} uur)",
    "meeting.nobody_yet": "nog niet bekend",
    "meeting.prepare_short": "Bereid je voor: hoe staat jouw organisatie ervoor op dit thema, "
    "welke cijfers kun je delen, en wat kom je brengen en halen?",
    "meeting.cancel": "Bijeenkomst afzeggen",
    "event.cancel": "Activiteit afzeggen",
    "meeting.cancel_confirm.title": "{What} afzeggen?",
    "meeting.cancel_confirm.text": "{What} gaat dan niet door. Alle deelnemers krijgen een "
    "bericht.",
    "meeting.cancel_confirm.yes": "Ja, afzeggen",
    "meeting.cancel_confirm.no": "Nee, laat staan",
    "meeting.cancelled_done": "{What} is geannuleerd. Ik laat het alle deelnemers weten.",
    "meeting.reply.moved": ":arrows_counterclockwise: {What} is verplaatst naar "
    "{when}, {where}. Kun je nu niet? Pas je antwoord hierboven aan.",
    "meeting.reply.replanned": ":spiral_calendar_pad: {What} gaat toch door: "
    "{when}, {where}. Laat hierboven weten of je komt.",
    "meeting.reply.cancelled": ":x: {What} gaat niet door. Alle deelnemers krijgen een bericht.",
    # RSVPs
    "rsvp.in_person": "Aanwezig",
    "rsvp.online": "Online",
    "rsvp.absent": "Afwezig",
    "rsvp.others": "Overig",
    "rsvp.part.in_person": "aanwezig: {people}",
    "rsvp.part.online": "online: {people}",
    "rsvp.part.absent": "afwezig: {count}",
    "rsvp.part.unanswered": "nog geen antwoord: {count}",
    "rsvp.totals": "{in_person} aanwezig · {online} online · {absent} afwezig · {unanswered} nog "
    "geen antwoord",
    "rsvp.receipt.in_person": "Genoteerd: je bent erbij op {what}. Fijn!",
    "rsvp.receipt.online": "Genoteerd: je doet online mee aan {what}. Fijn dat je erbij bent!",
    "rsvp.receipt.absent": "Genoteerd: je bent er niet bij op {what}. Kun je toch? Tik dan op "
    "*Aanwezig*.",
    "rsvp.online.title": "Online meedoen",
    "rsvp.online.intro": "Online meedoen mag, als je er anders helemaal niet bij kunt zijn. Samen "
    "in één ruimte leer je het meest van elkaar, dus we zien je het liefst op locatie. Wil je "
    "kort vertellen waarom het bij {what} online wordt?",
    "rsvp.online.reason": "Waarom online?",
    "rsvp.online.submit": "Versturen",
    "rsvp.error.reason_required": "Vertel in een paar woorden waarom je online meedoet.",
    "rsvp.error.cancelled": "Bijeenkomst {number} gaat niet door.",
    "rsvp.error.held": "Bijeenkomst {number} is al geweest.",
    "rsvp.error.not_a_member": "Je doet nog niet mee aan *{name}*. Tik op *Deelnemen* in het "
    "welkomstbericht van het kanaal; daarna kun je laten weten of je komt.",
    # direct messages
    "meeting.reminder": ":wave: Herinnering: {what} van *{name}* is op {when}, {where}.",
    "meeting.prepare": "*Bereid je voor*\n• Hoe staat jouw organisatie er nu voor op het gebied "
    "van *{theme}*? Neem een helder beeld mee.\n• Heb je cijfers om te vergelijken, "
    "bijvoorbeeld uit het kwaliteitskader? Neem ze mee.\n• Wat kom je brengen en wat wil je "
    "halen op dit thema?",
    "meeting.the_theme": "dit thema",
    "meeting.nudge": "Laat je even weten of je komt?",
    "meeting.note.unrepresented": ":warning: Over 3 dagen is bijeenkomst {number} van *{name}* "
    "({when}). Van deze organisaties komt nog niemand: {organisations}. Misschien wil je even "
    "contact met ze opnemen?",
    "meeting.note.after_1": ":tada: Bijeenkomst 1 van *{name}* is geweest. Hebben jullie de "
    "volgende drie bijeenkomsten afgesproken (datum, plaats en thema)? Zet ze er dan nu in:",
    "meeting.note.after_3": "Bijeenkomst 3 van *{name}* is geweest. De korte evaluatie staat nu "
    "in <#{channel}> en is een week open. Lees de uitkomst en plan daarna de laatste drie "
    "bijeenkomsten:",
    "meeting.note.all_planned": "Die staan al allemaal gepland. Mooi!",
    "meeting.cancelled_dm": "{What} van *{name}* op {when} gaat niet door. Staat "
    "hij in je agenda? Met de knop haal je hem eruit.",
    # the calendar file
    "meeting.ics": "Agenda (.ics)",
    "meeting.ics.remove": "Uit mijn agenda (.ics)",
    "meeting.ics.title": "{title} – {name}",
    "meeting.ics.description": "Lerend netwerk {name}. Bereid je voor: hoe staat jouw organisatie "
    "ervoor op het gebied van {theme}, welke cijfers kun je delen, en wat kom je brengen en "
    "halen?",
    "meeting.ics.filename": "bijeenkomst-{number}.ics",
    "meeting.ics.sent": "Hier is {what} voor je agenda. Open het bestand om hem toe te voegen.",
    "meeting.ics.sent_cancel": "{What} gaat niet door. Open dit bestand om hem uit "
    "je agenda te halen.",
    # status and App Home
    "meeting.status.year": "*Het jaar: 7 bijeenkomsten*",
    "meeting.slot.open": "{icon} {number}. nog niet gepland",
    "meeting.slot.planned": "{icon} {number}. {when}",
    "meeting.slot.held": "{icon} {number}. geweest ({when})",
    "meeting.status.answers": "Aanmeldingen: {answers}",
    "meeting.home.year": "Bijeenkomsten: {held} geweest, {planned} gepland, {open} nog open",
    "meeting.warning.facilitator": ":warning: Nog geen gespreksleider voor bijeenkomst {numbers}.",
    "meeting.warning.unrepresented": ":warning: Van {organisations} komt nog niemand naar "
    "bijeenkomst {number}.",
    "meeting.warning.evaluation": ":hourglass: Bijeenkomst 3 is geweest en de evaluatie is nog "
    "niet afgerond. Plan bijeenkomst 5 tot en met 7 als je de uitkomst hebt gelezen.",
    # check-ins
    "checkin.help": "check-in (hoe zit iedereen erin?): nu een ronde sturen, of instellen hoeveel "
    "dagen na elke bijeenkomst, bijvoorbeeld `na 7`, of `uit` (alleen coördinatoren)",
    "checkin.usage": "Gebruik: `/lerend checkin`, `/lerend checkin na 7` of `/lerend checkin uit`.",
    "checkin.started.one": "Ik stuur de check-in naar {count} deelnemer. Over een paar dagen "
    "krijg je een anonieme samenvatting.",
    "checkin.started.other": "Ik stuur de check-in naar {count} deelnemers. Over een paar dagen "
    "krijg je een anonieme samenvatting.",
    "checkin.pulse_set.one": "Voortaan stuur ik {count} dag na elke bijeenkomst een check-in.",
    "checkin.pulse_set.other": "Voortaan stuur ik {count} dagen na elke bijeenkomst een check-in.",
    "checkin.pulse_off": "Na de bijeenkomsten gaan er geen check-ins meer uit. Met `/lerend "
    "checkin` "
    "stuur je er zelf een.",
    "checkin.error.days": "Kies een aantal dagen van 0 tot en met {max}.",
    "checkin.error.nobody": "Er doen nog geen deelnemers mee, dus er is niemand om een check-in "
    "naar te sturen.",
    "checkin.error.gone": "Deze check-in bestaat niet meer.",
    "checkin.error.score_required": "Kies een cijfer van 1 tot 5.",
    "checkin.ask_meeting": ":wave: Hoe zit je erin? Een korte check-in over *{name}*, na "
    "bijeenkomst {number}. Het kost een halve minuut en is anoniem.",
    "checkin.ask_now": ":wave: Hoe zit je erin? Een korte check-in over *{name}*. Het kost een "
    "halve minuut en is anoniem.",
    "checkin.button": "Check-in invullen",
    "checkin.title": "Check-in",
    "checkin.intro": "Hoe zit je erin bij *{name}*? Je antwoord is anoniem: de coördinator ziet "
    "alleen een samenvatting zonder namen, en pas vanaf 3 antwoorden.",
    "checkin.question": "Hoeveel helpt het netwerk je op dit moment?",
    "checkin.score_placeholder": "Kies 1 tot 5",
    "checkin.scale.1": "1 – helpt me (nog) niet",
    "checkin.scale.2": "2 – helpt me een beetje",
    "checkin.scale.3": "3 – helpt me redelijk",
    "checkin.scale.4": "4 – helpt me goed",
    "checkin.scale.5": "5 – helpt me heel goed",
    "checkin.remark": "Wil je er iets over kwijt?",
    "checkin.submit": "Versturen",
    "checkin.thanks": "Dank je! Je check-in voor *{name}* is opgeslagen.",
    "checkin.summary.title": "Check-in {name}: hoe zit iedereen erin?",
    "checkin.summary.round": "Ronde: {round}",
    "checkin.summary.answered": "*{answered}* van de {asked} deelnemers antwoordden.",
    "checkin.summary.too_few": "Dat is te weinig om te laten zien: vanaf {min} antwoorden zie je "
    "het gemiddelde en de opmerkingen, zodat niemand herkenbaar is.",
    "checkin.summary.average": "Gemiddeld *{average}* op een schaal van 1 tot 5 (aantal per "
    "cijfer: {spread})",
    "checkin.summary.remarks": "*Opmerkingen* (zonder namen)",
    "checkin.summary.trend": "*Verloop dit jaar* (gemiddelde per ronde)",
    "checkin.summary.trend_line": "• {round}: {average}",
    "checkin.summary.no_average": "te weinig antwoorden",
    "checkin.summary.anonymous": "Anoniem: geen namen, en niets van een ronde met minder dan "
    "{min} antwoorden.",
    "checkin.round_meeting": "na bijeenkomst {number}",
    "checkin.round_manual": "check-in van {date}",
}
