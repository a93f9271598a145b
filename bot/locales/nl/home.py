"""App Home as a dashboard (issue 13, item 4): the next steps, a line each, and the short
`/lerend help` per role."""

MESSAGES: dict[str, str] = {
    "home.organisations": "Organisaties",
    "home.edit_network": "Netwerk aanpassen",
    "home.steps.coordinator": "*Voor jou als coördinator*",
    "home.steps.mine": "*Jouw volgende stappen*",
    # meetings
    "home.step.planned": ":spiral_calendar_pad: Bijeenkomst {number} · {when}",
    "home.step.planned_event": ":spiral_calendar_pad: {title} · {when}",
    "home.step.edit": "Wijzigen",
    "home.step.plan": ":white_circle: Bijeenkomst {number} staat nog niet gepland.",
    "home.step.plan_button": "Plannen",
    "home.step.facilitator": ":bust_in_silhouette: Bijeenkomst {number} heeft nog geen "
    "gespreksleider.",
    "home.step.facilitator_button": "Gespreksleider kiezen",
    "home.step.unrepresented": ":warning: Van {organisations} komt nog niemand naar bijeenkomst "
    "{number}.",
    "home.step.evaluation": ":mag: Bijeenkomst 3 is geweest: tijd voor de korte evaluatie.",
    "home.step.evaluation_button": "Evaluatie starten",
    "home.step.evaluation_running": ":mag: De evaluatie loopt. Plan de laatste drie bijeenkomsten "
    "als de uitslag er is.",
    "home.step.tiles": ":speech_balloon: Sluit bijeenkomst {number} af met een tegeltje van "
    "iedereen.",
    "home.step.checkin": ":wave: Hoe zit iedereen erin na bijeenkomst {number}?",
    "home.step.checkin_button": "Check-in starten",
    "home.step.checkin_confirm.title": "Check-in starten?",
    "home.step.checkin_confirm.text": "Alle deelnemers krijgen nu een bericht met de vraag hoe "
    "het gaat.",
    "home.step.rsvp": ":calendar: Kom je naar bijeenkomst {number}? {when}",
    "home.step.rsvp_event": ":calendar: Kom je naar {title}? {when}",
    # the network
    "home.step.colleague": ":raising_hand: <@{user}> wil meedoen namens {organisation}.",
    "home.step.approve": "Toestaan",
    "home.step.refuse": "Weigeren",
    "home.step.consent": ":raising_hand: {organisation} wil meedoen. De groep beslist samen in "
    "<#{channel}>.",
    "home.step.needed_one": ":busts_in_silhouette: Nog 1 organisatie nodig om te starten.",
    "home.step.needed": ":busts_in_silhouette: Nog {count} organisaties nodig om te starten.",
    "home.step.failed_one": ":warning: 1 bericht kon niet worden verstuurd. Zie de status.",
    "home.step.failed": ":warning: {count} berichten konden niet worden verstuurd. Zie de status.",
    "home.step.organisation": ":office: Kies voor welke organisatie je meedoet.",
    # polls
    "home.step.poll_manage_one": ":bar_chart: Poll ‘{question}’ in <#{channel}>: 1 stem.",
    "home.step.poll_manage": ":bar_chart: Poll ‘{question}’ in <#{channel}>: {count} stemmen.",
    "home.step.poll_close": "Poll sluiten",
    "home.step.vote": ":ballot_box_with_ballot: Je hebt nog niet gestemd op ‘{question}’ in "
    "<#{channel}>.",
    # intake, results
    "home.step.intake": ":handshake: Vertel wat je komt brengen en wat je komt halen.",
    "home.step.report": ":page_facing_up: De zeven bijeenkomsten zijn geweest: maak het rapport.",
    "home.step.report_button": "Rapport maken",
    "home.step.participation": ":memo: Een deelnameverklaring voor een organisatie.",
    "home.step.participation_button": "Deelnameverklaring",
    # /lerend help, short and for who asks
    "help.short.intro": "Wat kun je met lnbot?",
    "help.short.none": "Je doet nog niet mee aan een lerend netwerk. Start er een in het kanaal "
    "van je groep: typ daar `/lerend start`.",
    "help.short.outsider": "*{name}* is het lerend netwerk van dit kanaal. Doe mee namens je "
    "organisatie: tik op *Deelnemen*.",
    "help.short.member": "Je doet mee aan *{name}*.\n"
    "• *Status bekijken*: hoe het netwerk ervoor staat en wanneer de volgende bijeenkomst is.\n"
    "• *Mijn intake*: wat je komt brengen en wat je komt halen.\n"
    "• Kennis delen: typ `/lerend deel`. Zoeken: `/lerend zoek` met een woord erachter.\n"
    "• Je volgende stappen staan in de app onder *Home*.",
    "help.short.coordinator": "*Als coördinator*\n"
    "• Wat er nu moet gebeuren staat in de app onder *Home*, met de knop erbij.\n"
    "• Een bijeenkomst plannen: `/lerend plan`. Een poll: `/lerend poll`.\n"
    "• Een rol geven: `/lerend rol @naam gespreksleider` (of coördinator, expert, deelnemer).",
    "help.short.plan_button": "Bijeenkomst {number} plannen",
    "help.short.programme": "*Als programmacoördinator* zie je alle netwerken met "
    "`/lerend programma`.",
    "help.short.all": "Alle opdrachten op een rij: `/lerend help alles`.",
}
