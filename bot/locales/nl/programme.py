"""Dutch texts of what the seed programmes add: the idea box, closing one-liners
(tegeltjeswijsheden), lighter events, experts by experience, the programme overview and the
proof of participation."""

MESSAGES: dict[str, str] = {
    # experts by experience
    "role.experience_expert": "ervaringsdeskundige",
    "experience.join_option": "Ik doe mee als ervaringsdeskundige",
    "experience.join_label": "Ervaringsdeskundige?",
    "experience.join_hint": "Als ervaringsdeskundige doe je mee zonder eigen organisatie. Je telt "
    "niet mee bij de 6 tot 10 organisaties.",
    "experience.join_done": "Welkom! Je doet mee aan *{name}* als ervaringsdeskundige. Je vindt "
    "het netwerk in <#{channel}>.",
    "experience.error.no_organisation": "Als ervaringsdeskundige doe je mee zonder organisatie. "
    "Laat de organisatie leeg, of vink ervaringsdeskundige uit.",
    "experience.status": ":bust_in_silhouette: *Ervaringsdeskundigen*: {people}",
    "experience.home_organisation": "ervaringsdeskundige (zonder organisatie)",
    # the idea box
    "idea.help": "een idee in de ideeënbus voor de volgende bijeenkomsten; anoniem, tenzij je "
    "je naam erbij zet",
    "idea.button": "Idee voor de ideeënbus",
    "idea.title": "Ideeënbus",
    "idea.intro": "Heb je een idee voor de volgende bijeenkomsten? Een onderwerp, een werkvorm, "
    "een spreker? Schrijf het hier. Je idee is anoniem, tenzij je je naam erbij zet.",
    "idea.intro_meeting": "Heb je een idee voor {what}? Een onderwerp, een werkvorm, een "
    "spreker? Schrijf het hier. Je idee is anoniem, tenzij je je naam erbij zet.",
    "idea.text": "Jouw idee",
    "idea.named": "Naam",
    "idea.named_option": "Zet mijn naam erbij",
    "idea.submit": "Insturen",
    "idea.thanks": "Dank je! Je idee zit in de ideeënbus van *{name}*. De coördinator kijkt "
    "ernaar bij het voorbereiden van de bijeenkomsten.",
    "idea.thanks_anonymous": "Dank je! Je idee zit anoniem in de ideeënbus van *{name}*. Wil je "
    "er toch je naam bij?",
    "idea.show_name": "Zet mijn naam erbij",
    "idea.named_done": "Je naam staat nu bij je idee.",
    "idea.error.empty": "Schrijf je idee in een paar woorden.",
    "idea.error.too_long": "Je idee is te lang: hoogstens {max} tekens. Maak het wat korter.",
    "idea.error.not_a_member": "Je doet nog niet mee aan *{name}*. Doe eerst mee; dan kun je "
    "ideeën insturen.",
    "idea.error.gone": "Dit idee bestaat niet meer.",
    "idea.error.not_yours": "Dit is niet jouw idee.",
    "idea.error.taken_up": "Dit idee is al opgepakt.",
    "idea.offer": ":bulb: Na {what} van *{name}*: heb je een idee voor de volgende "
    "bijeenkomsten? De ideeënbus staat open, anoniem als je wilt.",
    "idea.home_header": ":bulb: *Ideeënbus van {name}* ({count} open)",
    "idea.home_meeting": "Voor bijeenkomst {number} ({when})",
    "idea.home_no_meeting": "Nog geen bijeenkomst gepland",
    "idea.home_line": "“{text}”{author}",
    "idea.home_author": " — <@{user}>",
    "idea.home_more.one": "En nog {count} idee.",
    "idea.home_more.other": "En nog {count} ideeën.",
    "idea.take_up": "Oppakken",
    "idea.taken_up_channel": ":bulb: Uit de ideeënbus: “{text}”{author}. Dit idee pakken we "
    "op! Dank je wel.",
    "idea.taken_up_author": " (van <@{user}>)",
    # closing one-liners (tegeltjeswijsheden)
    "tile.help": "een tegeltjesronde aan het eind van een bijeenkomst: iedereen stuurt één zin "
    "over wat die meeneemt (alleen coördinatoren; `[uren]` tot ze samen in het kanaal komen)",
    "tile.start_button": "Tegeltjesronde starten",
    "tile.usage": "Gebruik: `/lerend tegeltje` (na 24 uur in het kanaal) of `/lerend tegeltje "
    "4` (na 4 uur). Kies 1 tot en met 168 uur.",
    "tile.started.one": "De tegeltjesronde is open. Ik vraag {count} deelnemer om één zin over "
    "wat die meeneemt. Op {when} zet ik alle tegeltjes samen in <#{channel}>.",
    "tile.started.other": "De tegeltjesronde is open. Ik vraag {count} deelnemers om één zin over "
    "wat ze meenemen. Op {when} zet ik alle tegeltjes samen in <#{channel}>.",
    "tile.already_open": "De tegeltjesronde loopt al. Op {when} zet ik de tegeltjes samen in "
    "<#{channel}>.",
    "tile.ask": ":frame_with_picture: Wat neem je mee uit {what} van *{name}*? Eén zin, je "
    "tegeltjeswijsheid. Op {when} komen alle tegeltjes samen in het kanaal, zonder namen.",
    "tile.ask_now": ":frame_with_picture: Wat neem je mee uit *{name}*? Eén zin, je "
    "tegeltjeswijsheid. Op {when} komen alle tegeltjes samen in het kanaal, zonder namen.",
    "tile.button": "Mijn tegeltje",
    "tile.title": "Mijn tegeltje",
    "tile.intro": "Wat neem je mee? Eén zin, hoogstens {max} tekens. Je kunt hem aanpassen tot "
    "de tegeltjes in het kanaal staan.",
    "tile.text": "Mijn tegeltjeswijsheid",
    "tile.placeholder": "Bijvoorbeeld: Vraag eerst wat de bewoner zelf wil.",
    "tile.submit": "Opslaan",
    "tile.thanks": "Dank je! Je tegeltje is opgeslagen. Op {when} staat het met de andere in "
    "het kanaal.",
    "tile.post_header": "Tegeltjeswijsheden van {what}",
    "tile.post_header_now": "Tegeltjeswijsheden van {name}",
    "tile.post_intro.one": "Wat namen we mee? {count} tegeltje, zonder naam:",
    "tile.post_intro.other": "Wat namen we mee? {count} tegeltjes, zonder namen:",
    "tile.post_none": "Deze keer zijn er geen tegeltjes ingestuurd.",
    "tile.error.empty": "Schrijf één zin.",
    "tile.error.closed": "De tegeltjes staan al in het kanaal; deze ronde is gesloten.",
    "tile.error.gone": "Deze tegeltjesronde bestaat niet meer.",
    "tile.error.not_a_member": "Je doet niet mee aan dit netwerk.",
    "tile.error.nobody": "Er doen nog geen deelnemers mee, dus er is niemand om een tegeltje "
    "aan te vragen.",
    # lighter events (activiteiten)
    "event.help": "een webinar, workshop, studiemiddag of training plannen, voor dit netwerk of "
    "voor alle netwerken (alleen coördinatoren)",
    "event.type.webinar": "Webinar",
    "event.type.workshop": "Workshop",
    "event.type.study_afternoon": "Studiemiddag",
    "event.type.training": "Training",
    "event.type.other": "Activiteit",
    "event.what.webinar": "het webinar ‘{title}’",
    "event.what.workshop": "de workshop ‘{title}’",
    "event.what.study_afternoon": "de studiemiddag ‘{title}’",
    "event.what.training": "de training ‘{title}’",
    "event.what.other": "de activiteit ‘{title}’",
    "event.title": "{type}: {title}",
    "event.details": ":spiral_calendar_pad: {when}\n:round_pushpin: {where}\n"
    ":busts_in_silhouette: Voor de deelnemers van *{name}*",
    "event.details_all": ":spiral_calendar_pad: {when}\n:round_pushpin: {where}\n"
    ":busts_in_silhouette: Voor de deelnemers van alle lerende netwerken; georganiseerd door "
    "*{name}*",
    "event.more_organisations.one": "en nog {count} organisatie",
    "event.more_organisations.other": "en nog {count} organisaties",
    "event.cancelled_banner": ":x: *Deze activiteit gaat niet door.*",
    "event.edit": "Wijzigen",
    "event.plan.title": "Activiteit plannen",
    "event.plan.title_move": "Activiteit wijzigen",
    "event.plan.intro": "Een activiteit is iets lichters dan een bijeenkomst: een webinar, "
    "workshop, studiemiddag of training. Hij telt niet mee bij de 7 bijeenkomsten. Ik kondig "
    "hem aan en de deelnemers kunnen laten weten of ze komen.",
    "event.plan.type": "Soort",
    "event.plan.title_field": "Titel",
    "event.plan.title_placeholder": "Bijvoorbeeld: Valpreventie in de praktijk",
    "event.plan.duration_hint": "Bijvoorbeeld 1,5 voor anderhalf uur.",
    "event.plan.open_to": "Voor wie?",
    "event.plan.open_to_network": "De deelnemers van dit netwerk",
    "event.plan.open_to_all": "De deelnemers van alle netwerken in deze werkruimte",
    "event.plan.submit": "Plannen",
    "event.ics.description": "{What}, georganiseerd door lerend netwerk {name}.",
    "event.ics.filename": "activiteit-{id}.ics",
    "event.error.type_required": "Kies wat voor activiteit het is.",
    "event.error.title_required": "Geef de activiteit een titel.",
    "event.error.too_short": "Een activiteit duurt minstens een kwartier.",
    "event.error.not_an_event": "Dit is een bijeenkomst; verplaats die met `/lerend plan`.",
    "event.rsvp.error.cancelled": "‘{title}’ gaat niet door.",
    "event.rsvp.error.held": "‘{title}’ is al geweest.",
    "event.rsvp.error.not_a_member": "‘{title}’ is voor de deelnemers van de uitgenodigde "
    "lerende netwerken. Doe eerst mee aan een netwerk; daarna kun je laten weten of je komt.",
    "event.meeting.error.already_cancelled": "‘{title}’ was al geannuleerd.",
    "event.meeting.error.started": "‘{title}’ is al begonnen of geweest; annuleren kan niet meer.",
    # the programme overview
    "programme.help": "programma-overzicht van alle netwerken (programmacoördinatoren); ook "
    "`claim`, `toevoegen @persoon`, `verwijderen @persoon`, `groepen` (voorstel voor nieuwe "
    "netwerken), en `delen aan|uit` (coördinatoren)",
    "programme.usage": "Gebruik: `/lerend programma`, `/lerend programma claim`, `/lerend "
    "programma toevoegen @persoon`, `/lerend programma verwijderen @persoon` of `/lerend "
    "programma delen aan|uit`.",
    "programme.header": "Programma: alle lerende netwerken",
    "programme.sharing.one": "{count} deelt kennis met het programma",
    "programme.sharing.other": "{count} delen kennis met het programma",
    "programme.summary": "{networks} in deze werkruimte · {sharing}",
    "programme.none": "Er is nog geen lerend netwerk in deze werkruimte.",
    "programme.network": "*{name}* in <#{channel}>\n{phase} · {organisations}",
    "programme.phase.founding": ":seedling: In oprichting",
    "programme.phase.running": ":spiral_calendar_pad: {held} van 7 bijeenkomsten geweest",
    "programme.phase.complete": ":white_check_mark: Alle 7 bijeenkomsten geweest",
    "programme.phase.closed": ":lock: Gesloten",
    "programme.attendance": "Opkomst {rate}",
    "programme.attendance_unknown": "opkomst niet geregistreerd",
    "programme.open_questions.one": "{count} open vraag",
    "programme.open_questions.other": "{count} open vragen",
    "programme.activity": "laatste 4 weken: {items}, {replies}",
    "programme.shared": ":globe_with_meridians: deelt kennis",
    "programme.page": "Pagina {page} van {pages}",
    "programme.previous": "Vorige",
    "programme.next": "Volgende",
    "programme.coordinators": "Programmacoördinatoren: {people}",
    "programme.claimed": "Je bent nu programmacoördinator van deze werkruimte. Met `/lerend "
    "programma` zie je alle netwerken; met `/lerend programma toevoegen @persoon` voeg je "
    "anderen toe.",
    "programme.added": "<@{user}> is nu programmacoördinator.",
    "programme.removed": "<@{user}> is geen programmacoördinator meer.",
    "programme.shared_on": "*{name}* deelt zijn kennis nu met het programma: deelnemers van "
    "andere netwerken vinden de bijdragen met `/lerend zoek … overal`.",
    "programme.shared_off": "*{name}* deelt zijn kennis niet meer met het programma.",
    "programme.error.only_coordinators": "Alleen programmacoördinatoren zien het "
    "programma-overzicht.",
    "programme.error.unclaimed": "Deze werkruimte heeft nog geen programmacoördinator. Heb jij "
    "de app geïnstalleerd, of ben je beheerder van de werkruimte? Typ dan `/lerend programma "
    "claim`.",
    "programme.error.claimed": "Deze werkruimte heeft al een programmacoördinator. Vraag een "
    "van hen: {people}.",
    "programme.error.may_not_claim": "Alleen wie de app installeerde of de werkruimte beheert, "
    "kan het programma claimen. Vraag hen om je toe te voegen.",
    "programme.error.last": "<@{user}> is de enige programmacoördinator. Voeg eerst iemand "
    "anders toe.",
    "programme.error.not_coordinator": "<@{user}> is geen programmacoördinator.",
    "search.everywhere_network": "uit *{name}*",
    # proof of participation
    "participation.help": "verklaring van deelname van je organisatie (voor het "
    "kwaliteitsverslag), als pdf in je privébericht, met HTML en Markdown erbij",
    "participation.picker.title": "Verklaring van deelname",
    "participation.picker.intro": "Voor welke organisatie maak ik de verklaring van deelname aan "
    "*{name}*?",
    "participation.picker.organisation": "Organisatie",
    "participation.picker.submit": "Maken",
    "participation.sent": "De verklaring van deelname van *{organisation}* staat in je "
    "privébericht met mij.",
    "participation.sent_modal": "Klaar! De verklaring van deelname van *{organisation}* staat in "
    "je privébericht met mij.",
    "participation.upload": "Verklaring van deelname van *{organisation}* aan *{name}*: open het "
    "HTML-bestand in je browser om het te printen of als pdf te bewaren.",
    "participation.error.no_organisation": "Je doet mee zonder organisatie. Een verklaring van "
    "deelname is er per organisatie.",
    "participation.error.own_only": "Je kunt alleen de verklaring van je eigen organisatie "
    "opvragen.",
    "participation.error.unknown": "Die organisatie doet niet mee aan dit netwerk: {name}.",
    "participation.error.none": "Er doen nog geen organisaties mee aan dit netwerk.",
    "participation.error.not_a_member": "Je doet niet mee aan dit netwerk.",
    "participation.doc.title": "Verklaring van deelname aan een lerend netwerk",
    "participation.doc.subtitle": "{organisation} · opgesteld op {date}",
    "participation.doc.about": "Deelname",
    "participation.doc.statement": "{organisation} neemt deel aan het lerend netwerk {name}, "
    "sinds {since}. Deze verklaring beschrijft de deelname van {start} tot en met {end}.",
    "participation.doc.themes": "Thema's: {themes}",
    "participation.doc.building_blocks": "Bouwstenen: {blocks}",
    "participation.doc.people": "Deelnemers namens {organisation}: {people}",
    "participation.doc.coordinators": "Coördinatie van het netwerk: {people}",
    "participation.doc.meetings": "Bijeenkomsten",
    "participation.doc.meetings_count.one": "{organisation} was aanwezig bij {attended} van de "
    "{count} gehouden bijeenkomst.",
    "participation.doc.meetings_count.other": "{organisation} was aanwezig bij {attended} van de "
    "{count} gehouden bijeenkomsten.",
    "participation.doc.no_meetings": "Er zijn nog geen bijeenkomsten gehouden.",
    "participation.doc.column.meeting": "Bijeenkomst",
    "participation.doc.column.event": "Activiteit",
    "participation.doc.column.date": "Datum",
    "participation.doc.column.theme": "Thema",
    "participation.doc.column.present": "Aanwezig",
    "participation.doc.presence.absent": "afgemeld",
    "participation.doc.presence.not_registered": "aanwezigheid niet geregistreerd",
    "participation.doc.events": "Activiteiten",
    "participation.doc.contributions": "Bijdragen",
    "participation.doc.contributions_count": "{items}, waarvan {questions}, en {answers} op "
    "bijdragen van anderen.",
    "participation.doc.item": "{kind}: {title} ({date})",
    "participation.doc.source": "Bron",
    "participation.doc.footer": "Opgesteld door lnbot op {date}, uit de aanmeldingen en "
    "bijdragen in Slack. Aanwezigheid komt uit de aanmeldingen (Aanwezig of Online) voor de "
    "gehouden bijeenkomsten.",
    "participation.filename": "deelname-{slug}-{date}",
    # the outcome report
    "report.label.experience_expert": "Ervaringsdeskundige {number}",
    "report.experience_expert_suffix": "{name} (ervaringsdeskundige)",
    "report.csv.tile": "tegeltje",
    "report.tiles": "Tegeltjeswijsheden",
    "report.tiles_round": "Na {round}",
    "report.tiles_meeting": "bijeenkomst {number}",
    "report.tiles_date": "de ronde van {date}",
}
