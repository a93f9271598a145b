"""Dutch texts of the network finder (issue 17): registering interest in a learning network,
and the programme coordinator's proposed groups."""

MESSAGES: dict[str, str] = {
    "finder.help": "laat weten dat je organisatie een lerend netwerk zoekt; de "
    "programmacoördinator stelt groepen voor",
    "finder.title": "Netwerk zoeken",
    "finder.intro": "Zoekt je organisatie een lerend netwerk? Vertel hier wie jullie zijn en wat "
    "jullie willen leren. De programmacoördinator zoekt 6 tot 10 organisaties die bij elkaar "
    "passen: met dezelfde thema's, en niet te ver weg.",
    "finder.organisation": "Je organisatie",
    "finder.province": "Provincie",
    "finder.province_placeholder": "Kies je provincie",
    "finder.travels": "Verder reizen?",
    "finder.travels_option": "We willen ook verder reizen dan de provincies naast de onze",
    "finder.travels_hint": "Anders zoeken we alleen in je eigen provincie en de provincies "
    "ernaast.",
    "finder.themes": "Thema's",
    "finder.themes_hint": "De thema's van het kwaliteitskader. Kies er één tot drie, of schrijf "
    "hieronder een eigen thema.",
    "finder.own_theme": "Een eigen thema",
    "finder.building_blocks": "Bouwstenen",
    "finder.needs": "Wat willen jullie leren?",
    "finder.needs_placeholder": "Bijvoorbeeld: hoe we onrust bij dementie beter opvangen",
    "finder.brings": "Wat brengen jullie mee?",
    "finder.brings_placeholder": "Bijvoorbeeld: goede ervaring met vrijwilligers in de avond",
    "finder.submit": "Aanmelden",
    "finder.registered": "Dank je! Je organisatie staat nu op de lijst. De "
    "programmacoördinator zoekt een groep die bij jullie past en laat van zich horen.",
    "finder.updated": "Je aanmelding is bijgewerkt.",
    "finder.theme.person_centred": "Persoonsgerichte zorg en ondersteuning",
    "finder.theme.living_wellbeing": "Wonen en welzijn",
    "finder.theme.safety": "Veiligheid",
    "finder.theme.learning_quality": "Leren en werken aan kwaliteit",
    "finder.theme.leadership": "Leiderschap, governance en management",
    "finder.theme.staffing": "Personeelssamenstelling",
    "finder.theme.resources": "Gebruik van hulpbronnen",
    "finder.theme.information": "Gebruik van informatie",
    "finder.error.organisation_required": "Vul de naam van je organisatie in.",
    "finder.error.organisation_long": "Die naam is te lang.",
    "finder.error.no_province": "Kies de provincie waar je organisatie zit. Zonder provincie "
    "kunnen we geen groep in de buurt zoeken.",
    "finder.error.unknown_theme": "Kies thema's uit de lijst.",
    "finder.error.theme_required": "Kies minstens één thema, of schrijf een eigen thema.",
    "finder.error.too_many_themes": "Kies hoogstens drie thema's, je eigen thema meegeteld.",
    "finder.error.theme_long": "Dat thema is te lang.",
    "finder.error.unknown_building_block": "Kies bouwstenen uit de lijst.",
    "finder.error.needs_required": "Schrijf kort wat jullie willen leren.",
    "finder.error.text_long": "Die tekst is te lang.",
    "finder.error.already_placed": "Je organisatie is al ingedeeld in een lerend netwerk.",
    # the programme coordinator's proposal
    "finder.proposal.header": "Voorstel voor nieuwe netwerken",
    "finder.proposal.intro.other": "{count} organisaties zoeken een netwerk. Een groep heeft "
    "{min} tot {max} organisaties met dezelfde thema's, dicht bij elkaar.",
    "finder.proposal.intro.one": "1 organisatie zoekt een netwerk. Een groep heeft {min} tot "
    "{max} organisaties met dezelfde thema's, dicht bij elkaar.",
    "finder.proposal.none.too_few_candidates": "Er zijn nog te weinig aanmeldingen voor een "
    "groep: minstens {min} organisaties.",
    "finder.proposal.none.no_group_fits": "Er past nu geen groep van minstens {min} organisaties "
    "die dicht genoeg bij elkaar zitten.",
    "finder.proposal.more_groups": "En nog {count} groepen. Maak eerst netwerken van de groepen "
    "hierboven.",
    "finder.proposal.leftovers": "*Past nog nergens* ({count})",
    "finder.leftover_line": "• {organisation}: {reason}",
    "finder.leftover.too_few_candidates": "nog te weinig aanmeldingen (minstens {min})",
    "finder.leftover.too_few_nearby": "te weinig organisaties in de buurt",
    "finder.leftover.groups_full": "de groepen in de buurt zijn vol",
    "finder.leftover.nothing_shared": "geen groep in de buurt met dezelfde thema's",
    "finder.leftover.no_group_formed": "er kwam geen groep bij elkaar",
    "finder.leftover.left_out": "door jou buiten de groepen gelaten",
    "finder.leftover.new": "nieuw aangemeld; tik op *Opnieuw indelen*",
    "finder.group.title.other": "*Groep {number}* · {count} organisaties",
    "finder.group.title.one": "*Groep {number}* · 1 organisatie",
    "finder.basis.theme": "Samen rond het thema *{theme}*",
    "finder.basis.building_block": "Samen rond de bouwsteen *{block}*",
    "finder.basis.proximity": "Samen omdat ze dicht bij elkaar zitten",
    "finder.reason.themes": "Gedeelde thema's: {themes}",
    "finder.reason.building_blocks": "Gedeelde bouwstenen: {blocks}",
    "finder.reason.words": "Willen allemaal leren over: {words}",
    "finder.reason.provinces": "Provincies: {provinces} · {distance}",
    "finder.reason.distance.0": "allemaal in dezelfde provincie",
    "finder.reason.distance.1": "hoogstens één provincie verder",
    "finder.reason.distance.2": "een paar organisaties reizen verder",
    "finder.group.members": "Organisaties: {names}",
    "finder.group.too_few": ":warning: Te weinig organisaties voor een netwerk: {count}, "
    "minstens {min}. Verplaats er een naar deze groep.",
    "finder.group.too_many": ":warning: Te veel organisaties voor een netwerk: {count}, "
    "hoogstens {max}. Verplaats er een naar een andere groep.",
    "finder.member": "{name} ({province})",
    "finder.member_travels": "{name} ({province}, reist verder)",
    "finder.adjust": "Aanpassen",
    "finder.create": "Maak het netwerk",
    "finder.regroup": "Opnieuw indelen",
    "finder.move.title": "Groep aanpassen",
    "finder.move.who": "Welke organisatie?",
    "finder.move.who_placeholder": "Kies een organisatie",
    "finder.move.target": "Naar",
    "finder.move.to_group": "Groep {number} (nu {count})",
    "finder.move.leave_out": "Buiten de groepen laten",
    "finder.move.submit": "Verplaatsen",
    "finder.move.done": "Gedaan. Zo staan de groepen er nu voor. Typ `/lerend programma "
    "groepen` om verder te gaan.",
    "finder.move.leftovers": "*Past nog nergens*: {names}",
    "finder.create.title": "Netwerk maken",
    "finder.create.default_name": "Lerend netwerk {theme}",
    "finder.create.themes_hint": "De thema's die de groep deelt; een netwerk kiest er 1 of 2.",
    "finder.create.new_channel": "Nieuw kanaal",
    "finder.create.channel_placeholder": "Bijvoorbeeld: lerend-netwerk-dementie",
    "finder.create.new_channel_hint": "Kleine letters, cijfers en streepjes. Of laat dit leeg en "
    "kies hieronder een bestaand kanaal.",
    "finder.create.existing_channel": "Of een bestaand kanaal",
    "finder.create.existing_placeholder": "Kies een kanaal",
    "finder.create.existing_hint": "Alleen als het nieuwe kanaal hierboven leeg is.",
    "finder.create.submit": "Maken",
    "finder.create.done": "Het netwerk *{name}* is gemaakt in <#{channel}>. We nodigen de "
    "contactpersonen van de organisaties uit in het kanaal; daar melden ze zich aan.",
    "finder.error.not_open": "Kies een organisatie die nog niet in een netwerk zit.",
    "finder.error.group_gone": "Deze groep bestaat niet meer. Typ `/lerend programma groepen` "
    "voor het voorstel van nu.",
    "finder.error.group_made": "Van deze groep is al een netwerk gemaakt.",
    "finder.error.group_full": "Die groep is vol: hoogstens {max} organisaties.",
    "finder.error.out_of_reach": "Die groep is te ver weg voor deze organisatie: ze reist niet "
    "verder dan de provincies naast de hare.",
    "finder.error.too_few": "Deze groep heeft {count} organisaties; een lerend netwerk heeft er "
    "minstens {min}. Verplaats eerst organisaties naar deze groep.",
    "finder.error.too_many": "Deze groep heeft {count} organisaties; een lerend netwerk heeft er "
    "hoogstens {max}. Verplaats eerst organisaties naar een andere groep.",
    "finder.error.channel_choose": "Geef een naam voor een nieuw kanaal, of kies een bestaand "
    "kanaal (niet allebei).",
    "finder.error.channel_taken": "Er is al een kanaal met die naam. Kies een andere naam, of "
    "kies dat kanaal hieronder.",
    "finder.error.channel_name": "Slack accepteert die naam niet. Gebruik kleine letters, "
    "cijfers en streepjes.",
    "finder.error.channel_no_access": "De bot kan niet in dat kanaal. Nodig de bot eerst uit, "
    "of kies een ander kanaal.",
    # audit and privacy
    "audit.finder.registered": "heeft een organisatie aangemeld voor een lerend netwerk",
    "audit.finder.updated": "heeft de aanmelding voor een lerend netwerk bijgewerkt",
    "audit.finder.regrouped": "heeft de netwerkzoeker opnieuw groepen laten voorstellen",
    "audit.finder.moved": "heeft {organisation} naar een andere groep verplaatst",
    "audit.finder.left_out": "heeft {organisation} buiten de groepen gelaten",
    "audit.finder.network_created": "heeft een netwerk gemaakt van een voorgestelde groep "
    "({organisations} organisaties)",
}
