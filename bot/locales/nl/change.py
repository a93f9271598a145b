"""Dutch texts of change (issue 15): organisations, leaving, removing, editing the network."""

MESSAGES: dict[str, str] = {
    "help.organisations": "organisaties hernoemen, samenvoegen of verwijderen (coördinatoren)",
    "help.leave": "uit dit netwerk stappen (je bijdragen blijven staan)",
    "help.remove": "iemand uit het netwerk halen, met een reden (coördinatoren)",
    "help.edit": "naam, thema's, bouwstenen en beschrijving aanpassen (coördinatoren)",
    "organisations.title": "Organisaties",
    "organisations.intro": "*{name}* telt nu {count} organisaties. Tik op ⋯ bij een "
    "organisatie om haar te hernoemen, samen te voegen of te verwijderen.",
    "organisations.line": "*{name}*: {members} deelnemers",
    "organisations.line_one": "*{name}*: 1 deelnemer",
    "organisations.line_empty": "*{name}*: {members} deelnemers — er is niemand meer van deze "
    "organisatie",
    "organisations.line_empty_one": "*{name}*: 1 deelnemer",
    "organisations.none": "Er doen nog geen organisaties mee.",
    "organisations.former": "Deden eerder mee: {names}",
    "organisations.menu.rename": "Hernoemen",
    "organisations.menu.merge": "Samenvoegen",
    "organisations.menu.remove": "Verwijderen",
    "organisations.rename_title": "Naam aanpassen",
    "organisations.rename_intro": "Hoe heet *{name}* voortaan?",
    "organisations.rename_label": "Nieuwe naam",
    "organisations.rename_submit": "Opslaan",
    "organisations.renamed": "*{old}* heet nu *{name}*.",
    "organisations.merge_title": "Samenvoegen",
    "organisations.merge_intro": "Alles van *{name}* gaat naar de organisatie die je hieronder "
    "kiest: de deelnemers, hun intake en aanmeldingen, stemmen en bijdragen. Die organisatie "
    "blijft; *{name}* telt daarna niet meer mee. Heeft de organisatie die blijft al een stem "
    "of akkoord, dan geldt dat van haar.",
    "organisations.merge_label": "Samenvoegen met",
    "organisations.merge_placeholder": "Kies de organisatie die blijft",
    "organisations.merge_submit": "Samenvoegen",
    "organisations.merged": "*{source}* is samengevoegd met *{target}*.",
    "organisations.remove_title": "Verwijderen",
    "organisations.remove_intro": "Weet je zeker dat *{name}* niet meer meedoet? De organisatie "
    "telt dan niet meer mee, haar deelnemers krijgen een bericht en stappen uit het netwerk. "
    "Wat ze hebben gedeeld blijft staan, als bijdrage van een oud-deelnemer.",
    "organisations.remove_warning": ":warning: Let op: het netwerk heeft dan nog {count} "
    "organisaties, minder dan de {min} die een lerend netwerk nodig heeft. Na de tweede "
    "bijeenkomst komt er alleen een nieuwe organisatie bij als de hele groep daarmee instemt.",
    "organisations.remove_submit": "Verwijderen",
    "organisations.removed": "*{name}* doet niet meer mee.",
    "organisations.removed_dm": "*{organisation}* doet niet meer mee aan *{name}*; de "
    "coördinator heeft de organisatie verwijderd. Wat je hebt gedeeld blijft staan. Vragen? "
    "Stuur de coördinator een bericht.",
    "organisations.empty_dm": "Er doet niemand meer mee namens *{organisation}* in *{name}*. "
    "Komt er niemand bij, dan telt de organisatie vanaf {date} niet meer mee.",
    "organisations.end_now": "Nu al niet meer meetellen",
    "organisations.ended": "*{name}* telt niet meer mee.",
    "organisations.no_longer_empty": "Deze organisatie doet weer mee of telt al niet meer mee; "
    "er hoeft niets te gebeuren.",
    "organisations.error.unknown": "Die organisatie doet niet (meer) mee aan dit netwerk.",
    "organisations.error.name_taken": "*{name}* doet al mee. Kies een andere naam, of voeg de "
    "twee samen.",
    "organisations.error.name_former": "Die naam hoort bij *{name}*, die eerder meedeed. Kies "
    "een andere naam.",
    "organisations.error.merge_itself": "Een organisatie kan niet met zichzelf worden "
    "samengevoegd. Kies een andere.",
    "organisations.error.pick_target": "Kies de organisatie die blijft.",
    "join.error.similar": "Bedoel je *{name}*? Kies die dan hierboven. Is het echt een andere "
    "organisatie, vink dat dan hieronder aan.",
    "join.really_new": "Andere organisatie",
    "join.really_new_option": "Ja, mijn organisatie is een andere dan die in de lijst",
    "leave.title": "Netwerk verlaten",
    "leave.confirm": "Wil je *{name}* verlaten? Wat je hebt gedeeld blijft staan. Je krijgt geen "
    "herinneringen meer.",
    "leave.submit": "Verlaten",
    "leave.done": "Je doet niet meer mee aan *{name}*. Bedankt voor je bijdrage!",
    "leave.error.not_member": "Je doet niet mee aan *{name}*, dus je kunt het ook niet verlaten.",
    "leave.error.last_coordinator": "Je bent de enige coördinator van *{name}*. Geef die rol "
    "eerst aan iemand anders met `/lerend rol @persoon coördinator`; daarna kun je het netwerk "
    "verlaten.",
    "remove_member.usage": "Zo haal je iemand uit het netwerk: `/lerend verwijder @persoon`.",
    "remove_member.title": "Deelnemer verwijderen",
    "remove_member.intro": "{user} uit *{name}* halen? Wat deze persoon heeft gedeeld blijft "
    "staan. Die persoon krijgt een bericht met je reden.",
    "remove_member.reason": "Reden",
    "remove_member.placeholder": "Bijvoorbeeld: werkt niet meer bij de organisatie",
    "remove_member.submit": "Verwijderen",
    "remove_member.done": "{user} doet niet meer mee aan *{name}*.",
    "remove_member.dm": "De coördinator heeft je uit *{name}* gehaald. De reden: {reason}",
    "remove_member.error.reason": "Schrijf kort waarom; de persoon krijgt dit te lezen.",
    "remove_member.error.self": "Wil je zelf stoppen? Gebruik dan `/lerend verlaten`.",
    "takeover.ask_text": "Een coördinator van {name} is uit Slack vertrokken. Neem jij de rol "
    "over?",
    "takeover.ask_others": "{user} is uit Slack vertrokken en was coördinator van *{name}*. "
    "Neem jij de rol over?",
    "takeover.ask_members": "{user} is uit Slack vertrokken en was de enige coördinator van "
    "*{name}*. Wil jij de coördinator worden?",
    "takeover.button": "Ik neem het over",
    "takeover.done": "Dank je! Je bent nu coördinator van *{name}* in plaats van {user}.",
    "takeover.already": "Iemand anders heeft de rol van {user} in *{name}* al overgenomen.",
    "edit.title": "Netwerk aanpassen",
    "edit.intro": "Pas aan wat er veranderd is aan *{name}*. Het welkomstbericht en het "
    "overzicht worden vanzelf bijgewerkt.",
    "edit.submit": "Opslaan",
    "edit.done": "*{name}* is bijgewerkt.",
    "edit.unchanged": "Er was niets veranderd aan *{name}*.",
    "approval.usage": "Zo zet je het aan of uit: `/lerend organisaties goedkeuren aan` of "
    "`/lerend organisaties goedkeuren uit`.",
    "approval.setting_on": "Een nieuwe organisatie doet in *{name}* pas mee als een coördinator "
    "ja zegt.",
    "approval.setting_off": "Een nieuwe organisatie doet in *{name}* voortaan meteen mee (tot de "
    "tweede bijeenkomst; daarna beslist de groep).",
    "approval.requested": "Je vraag is verstuurd. Een coördinator van *{name}* kijkt ernaar; "
    "je hoort het zodra *{organisation}* mee mag doen.",
    "approval.ask_text": "Iemand wil {organisation} laten meedoen aan {name}. Mag dat?",
    "approval.ask": "{user} wil *{organisation}* laten meedoen aan *{name}*. Mag dat?",
    "approval.similar": "Let op: de naam lijkt op {names}. Is dat dezelfde organisatie?",
    "approval.approve": "Toestaan",
    "approval.decline": "Weigeren",
    "approval.decline_title": "Weigeren",
    "approval.decline_intro": "Waarom mag *{organisation}* niet meedoen? {user} krijgt je reden "
    "te lezen.",
    "approval.reason": "Reden",
    "approval.reason_placeholder": "Bijvoorbeeld: jullie organisatie doet al mee als Zorggroep "
    "Zuid",
    "approval.answered.approved": "Je hebt *{organisation}* laten meedoen. {user} hoort het.",
    "approval.answered.declined": "Je hebt *{organisation}* geweigerd. {user} krijgt je reden.",
    "approval.answered.full": "Het netwerk is vol, dus *{organisation}* kon niet meer meedoen. "
    "{user} hoort het.",
    "approval.already": "{by} heeft al over *{organisation}* beslist.",
    "approval.outcome.approved": "Goed nieuws: *{organisation}* doet mee aan *{name}*. Welkom! "
    "Het netwerk praat in {channel}.",
    "approval.outcome.declined": "*{organisation}* mag niet meedoen aan *{name}*. De reden van "
    "de coördinator: {reason}",
    "approval.outcome.full": "*{organisation}* kan niet meer meedoen aan *{name}*: het netwerk "
    "is vol.",
    "approval.error.gone": "Deze vraag bestaat niet meer.",
    "approval.error.reason": "Schrijf kort waarom; de vrager krijgt dit te lezen.",
}
