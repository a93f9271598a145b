"""Dutch texts of network set-up, help, App Home and the shared labels and errors."""

MESSAGES: dict[str, str] = {
    "join.commit_later": "De eerste bijeenkomst is vrijblijvend. Daarna vraagt de bot of je "
    "organisatie een jaar meedoet.",
    # common
    "common.cancel": "Annuleren",
    "common.close": "Sluiten",
    # building blocks (bouwstenen) and labels
    "building_block.learning_capacity": "Lerend vermogen",
    "building_block.governance": "Organisatie- en governancevraagstukken",
    "building_block.data": "Monitoring, kennis en datagedreven werken",
    "building_block.funding": "Bekostiging, financiering en contractering",
    "building_block.populations": "Differentiëren op (sub)populaties",
    "building_block.residents": "Samenwerken met inwoners",
    "role.coordinator": "coördinator",
    "role.facilitator": "gespreksleider",
    "role.expert": "expert",
    "role.member": "deelnemer",
    "network_status.founding": "in oprichting",
    "network_status.active": "actief",
    "network_status.closed": "gesloten",
    # help
    "help.intro": "Met `/lerend` regel je alles voor je lerend netwerk. Dit kun je doen:",
    "help.help": "deze uitleg",
    "help.start": "een lerend netwerk starten in dit kanaal (jij wordt coördinator)",
    "help.join": "meedoen aan het netwerk van dit kanaal namens je organisatie",
    "help.status": "overzicht van het netwerk: organisaties, thema's, volgende bijeenkomst",
    "help.role": "iemand een rol geven (alleen coördinatoren)",
    # start
    "start.title": "Lerend netwerk starten",
    "start.intro": "Een lerend netwerk is een vaste groep van 6 tot 10 organisaties die een "
    "jaar lang samen leert, in 7 bijeenkomsten. Kies één of twee thema's.",
    "start.name": "Naam van het netwerk",
    "start.name_placeholder": "Bijvoorbeeld: Lerend netwerk ouderenzorg Noord",
    "start.theme_1": "Thema",
    "start.theme_2": "Tweede thema",
    "start.themes_hint": "Een netwerk kiest één of twee thema's, niet meer: zo blijft er focus.",
    "start.building_blocks": "Bouwstenen",
    "start.description": "Korte beschrijving",
    "start.submit": "Starten",
    "start.invite_bot": "Je netwerk is aangemaakt, maar ik kan nog geen berichten plaatsen in "
    "<#{channel}>. "
    "Nodig mij uit in het kanaal (typ daar `/invite @lnbot`) en gebruik dan `/lerend status`.",
    # welcome message in the channel
    "welcome.header": "Welkom bij {name}",
    "welcome.body": "In dit kanaal praat ons lerend netwerk samen: hier vind je de bijeenkomsten, "
    "de polls en elkaars kennis. Doe je mee namens je organisatie? Tik op *Deelnemen*.",
    "welcome.join": "Deelnemen",
    "welcome.status": "Status bekijken",
    # join
    "join.title": "Deelnemen",
    "join.intro": "Je doet mee aan *{name}* namens je organisatie. Kies je organisatie als die "
    "al meedoet, of vul de naam van een nieuwe in.",
    "join.existing": "Mijn organisatie doet al mee",
    "join.existing_placeholder": "Kies je organisatie",
    "join.new": "Of: een nieuwe organisatie",
    "join.hint_places.one": "Er is nog plaats voor {count} organisatie; een netwerk heeft er "
    "hoogstens {max}.",
    "join.hint_places.other": "Er is nog plaats voor {count} organisaties; een netwerk heeft er "
    "hoogstens {max}.",
    "join.hint_full": "Het netwerk is vol: er doen al {max} organisaties mee.",
    "join.hint_consent": "Na de tweede bijeenkomst komt een nieuwe organisatie er alleen bij "
    "als de "
    "hele groep instemt. Je aanvraag wordt dan voorgelegd.",
    "join.submit": "Deelnemen",
    "join.done": "Welkom! Je doet mee aan *{name}* namens *{organisation}*. "
    "Je vindt het netwerk in <#{channel}>.",
    "join.consent_recorded": "Je aanvraag voor *{organisation}* is vastgelegd. Het netwerk heeft "
    "al twee bijeenkomsten gehad, dus de hele groep moet instemmen. De coördinator neemt "
    "contact met je op.",
    # status
    "status.title": "Netwerkstatus",
    "status.status": "*Status:* {status}",
    "status.channel": "*Kanaal:* <#{channel}>",
    "status.themes": "*Thema's:* {themes}",
    "status.building_blocks": "Bouwstenen: {blocks}",
    "status.places": "*{count} organisaties* doen mee; er is nog plaats voor {places} "
    "(hoogstens {max}).",
    "status.taking_part.one": "*{count} organisatie* doet mee.",
    "status.taking_part.other": "*{count} organisaties* doen mee.",
    "status.more_needed.one": "Er is er nog *{count}* nodig om het minimum van {min} te halen.",
    "status.more_needed.other": "Er zijn er nog *{count}* nodig om het minimum van {min} te halen.",
    "status.organisation": "*{name}*: {people} ({members}){committed}",
    "status.commitment.asked": " · nog geen antwoord op de jaarvraag",
    "status.commitment.committed": " · doet mee voor het jaar",
    "status.nobody": "nog niemand",
    "status.more": "en nog {count}",
    "status.coordinators": "Coördinator: {people}",
    "status.no_meeting": "Er is nog geen bijeenkomst gepland.",
    "status.next_meeting": "*Volgende bijeenkomst* (nr. {number}): {when}, {where}",
    "status.place_unknown": "plaats volgt",
    "status.join_requests.one": ":hourglass: {count} aanvraag om mee te doen wacht op instemming "
    "van de groep.",
    "status.join_requests.other": ":hourglass: {count} aanvragen om mee te doen wachten op "
    "instemming van de groep.",
    "status.failed_jobs.one": ":warning: {count} gepland bericht kon niet worden verstuurd.",
    "status.failed_jobs.other": ":warning: {count} geplande berichten konden niet worden "
    "verstuurd.",
    # roles
    "role.done": "<@{user}> is nu {role} in *{name}*.",
    # app home
    "home.header": "Lerende netwerken",
    "home.intro": "Hier zie je de lerende netwerken waar je aan meedoet.",
    "home.mine": "*Jouw netwerken*",
    "home.none": "Je doet nog niet mee aan een lerend netwerk. Start er een met `/lerend start` "
    "in een kanaal, of doe mee aan een netwerk hieronder.",
    "home.others": "*Andere netwerken in deze werkruimte*",
    "home.other_line": "*{name}* in <#{channel}>",
    "home.card": "*{name}* in <#{channel}>",
    "home.role": "Jouw rol: {roles} · Organisatie: {organisation}",
    "home.no_organisation": "nog niet gekozen",
    "home.needed.one": "Nog {count} organisatie nodig om te starten.",
    "home.needed.other": "Nog {count} organisaties nodig om te starten.",
    "home.hidden.one": "En nog {count} netwerk dat hier niet past.",
    "home.hidden.other": "En nog {count} netwerken die hier niet passen.",
    "home.help": "Typ `/lerend help` voor alle opdrachten.",
    # direct messages
    "dm.welcome": "Welkom bij *{name}*! Het netwerk praat in <#{channel}>. Daar vind je de "
    "bijeenkomsten en kun je kennis delen. Typ `/lerend status` voor een overzicht.",
    "dm.welcome_text": "Welkom bij {name}! Je eerste stap: tik op Mijn intake en vertel wat je "
    "komt brengen en halen.",
    "dm.join_request": "<@{user}> wil namens *{organisation}* meedoen aan *{name}*. Omdat er al "
    "twee bijeenkomsten zijn geweest, moet de hele groep instemmen.",
    "dm.role_changed": "<@{by}> heeft je {role} gemaakt in *{name}*.",
    # errors
    "error.generic": "Sorry, daar ging iets mis. Probeer het zo nog eens; lukt het niet, "
    "laat het de coördinator weten.",
    "error.unknown_command": "`{command}` ken ik niet.",
    "error.number_not_found": "Nummer `{number}` heb ik niet gevonden. Kijk het nummer na.",
    "error.no_network": "In dit kanaal is nog geen lerend netwerk. Start er een met "
    "`/lerend start` in het kanaal van je netwerk.",
    "error.your_networks": "Jouw netwerken: {channels}",
    "error.start_in_channel": "Start een netwerk in het kanaal waar de groep gaat praten, "
    "niet in een privébericht.",
    "error.channel_has_network": "Dit kanaal heeft al een lerend netwerk: *{name}*. "
    "Typ `/lerend status` voor het overzicht.",
    "error.channel_taken": "Dit kanaal heeft al een lerend netwerk. Kies een ander kanaal.",
    "error.name_required": "Geef het netwerk een naam.",
    "error.theme_required": "Kies minstens één thema.",
    "error.theme_duplicate": "Het tweede thema is hetzelfde als het eerste.",
    "error.too_long": "Dit is te lang; maak het korter.",
    "error.unknown_building_block": "Kies bouwstenen uit de lijst.",
    "error.organisation_required": "Vul de naam van je organisatie in.",
    "error.organisation_unknown": "Die organisatie doet niet mee aan dit netwerk.",
    "error.pick_one_organisation": "Kies je organisatie uit de lijst óf vul een nieuwe in "
    "(niet allebei).",
    "error.network_full": "Het netwerk is vol. Een lerend netwerk heeft {min} tot {max} "
    "organisaties, zodat iedereen genoeg aan bod komt. Kies een organisatie die al meedoet.",
    "error.network_closed": "*{name}* is gesloten; meedoen kan niet meer.",
    "error.network_gone": "Dit netwerk bestaat niet meer.",
    "error.role_usage": "Gebruik: `/lerend rol @persoon "
    "coördinator|gespreksleider|expert|ervaringsdeskundige|deelnemer`",
    "error.coordinators_only": "Alleen een coördinator kan dit doen.",
    "error.last_coordinator": "<@{user}> is de enige coördinator. Maak eerst iemand anders "
    "coördinator.",
    "error.not_a_member": "<@{user}> doet niet mee aan dit netwerk.",
}
