"""Dutch texts of members' data rights, closing a network and the audit log."""

MESSAGES: dict[str, str] = {
    "privacy.help.export": "al je gegevens die de bot bewaart, als bestand in een privébericht",
    "privacy.help.forget": "laat de bot je gegevens wissen (eerst vraag ik of je het zeker weet)",
    "privacy.help.close": "het netwerk afsluiten (alleen coördinatoren)",
    "privacy.help.audit": "het logboek van coördinatorbesluiten als CSV (alleen coördinatoren)",
    "privacy.export.sent": "Je gegevens staan in een privébericht van mij, als JSON-bestand.",
    "privacy.export.title": "Jouw gegevens bij lnbot",
    "privacy.export.comment": "Dit is alles wat de bot over jou bewaart.",
    "privacy.forget.ask": "Wil je dat ik je gegevens wis? Je deelname, je intake en je eigen "
    "teksten verdwijnen. Stemmen, aanwezigheid en scores blijven anoniem meetellen, zodat de "
    "uitslagen kloppen. Berichten die al in Slack staan, kun je daar zelf verwijderen.",
    "privacy.forget.button": "Wis mijn gegevens",
    "privacy.forget.confirm_title": "Weet je het zeker?",
    "privacy.forget.confirm_text": "Dit kan niet ongedaan worden gemaakt.",
    "privacy.forget.yes": "Ja, wissen",
    "privacy.forget.done": "Klaar: je gegevens zijn gewist. Wil je later weer meedoen, dan kan "
    "dat gewoon met `/lerend deelnemen`.",
    "privacy.forget.not_you": "Alleen jijzelf kunt je gegevens laten wissen.",
    "privacy.close.ask": "Wil je *{name}* afsluiten? Er kan dan niemand meer bij, geplande "
    "herinneringen stoppen en de gegevens worden na de bewaartermijn verwijderd. Maak daarom "
    "eerst het eindrapport met `/lerend rapport`.",
    "privacy.close.button": "Netwerk afsluiten",
    "privacy.close.confirm_title": "Netwerk afsluiten?",
    "privacy.close.confirm_text": "{name} wordt gesloten. Dit kan niet ongedaan worden gemaakt.",
    "privacy.close.yes": "Ja, afsluiten",
    "privacy.close.done": "*{name}* is afgesloten. Bedankt voor een jaar samen leren!",
    "privacy.audit.empty": "Het logboek van *{name}* is nog leeg.",
    "privacy.audit.sent": "Het logboek van *{name}* staat in een privébericht van mij.",
    "privacy.audit.title": "Logboek {name}",
    "privacy.export.about": "Alles wat de bot over jou bewaart, per onderdeel. Bij elk onderdeel "
    "staat wat het is. Tijden staan in jouw tijdzone ({tz}).",
    "privacy.table.language_choices": "De taal die je zelf voor de bot koos.",
    "privacy.table.network_interests": "Je aanmelding voor een lerend netwerk: je organisatie, "
    "provincie, thema's en wat jullie willen leren en meebrengen.",
    "privacy.table.published_outcomes": "Uitkomsten van een netwerk die je op het web publiceerde.",
    "privacy.table.needs_surveys": "Peilingen van leerbehoeften die je als coördinator startte.",
    "privacy.table.needs_answers": "Wat je voor je organisatie antwoordde in een peiling van "
    "leerbehoeften.",
    "privacy.table.network_languages": "De taal die je als coördinator voor een netwerk koos.",
    "privacy.table.organisation_contacts": "Wie je als contactpersoon van een organisatie aanwees.",
    "privacy.table.colleague_requests": (
        "Je vragen om mee te doen namens een organisatie, en wie daarop antwoordde."
    ),
    "privacy.table.organisation_proposals": (
        "Je voorstellen aan de contactpersoon: een stem of een akkoord namens je organisatie."
    ),
    "privacy.table.members": "Je deelname: bij welk netwerk en welke organisatie je hoort, en "
    "sinds wanneer.",
    "privacy.table.member_roles": "Je rollen in een netwerk, zoals coördinator of gespreksleider.",
    "privacy.table.intake_drafts": "Een intake die je nog niet af had.",
    "privacy.table.intakes": "Je intake: wat je vertelde toen je meedeed.",
    "privacy.table.expert_themes": "De thema's waarbij je collega's wilt helpen.",
    "privacy.table.slack_users": "Je taal en tijdzone uit Slack, zodat de bot je goed aanspreekt.",
    "privacy.table.join_requests": "Je aanvragen om mee te doen aan een netwerk.",
    "privacy.table.knowledge_help_offers": "Vragen waarbij je hulp aanbood.",
    "privacy.table.programme_coordinators": "Je rol als coördinator van het programma.",
    "privacy.table.poll_votes": "Je stemmen in polls.",
    "privacy.table.poll_answers": "Je antwoorden op vervolgvragen bij een poll.",
    "privacy.table.consent_votes": "Je stem namens je organisatie over een nieuwe organisatie, met "
    "je reden.",
    "privacy.table.attendance_records": "Of je bij een bijeenkomst was, zoals jij of de "
    "gespreksleider het bevestigde.",
    "privacy.table.meeting_results": "Resultaten van een bijeenkomst die jij "
    "vastlegde, oppakt of afrondde.",
    "privacy.table.agenda_items": "Agendapunten die jij voorstelde voor een bijeenkomst.",
    "privacy.table.benchmarks": "Cijferrondes die jij uitzette.",
    "privacy.table.benchmark_values": "Cijfers die jij namens je organisatie invulde.",
    "privacy.table.rsvps": "Of je bij een bijeenkomst kwam, op locatie of online.",
    "privacy.table.checkins": "Je check-ins na een bijeenkomst: je score en opmerking.",
    "privacy.table.fit_check_answers": "Je antwoorden op de vragen ‘Past een lerend netwerk?’.",
    "privacy.table.knowledge_contributions": "Je reacties onder gedeelde kennis.",
    "privacy.table.knowledge_items": "Kennis die je deelde of vragen die je beantwoordde.",
    "privacy.table.ideas": "Ideeën die je in de ideeënbus deed of oppakte.",
    "privacy.table.tiles": "Je tegeltjes: je afsluitende zin na een bijeenkomst.",
    "privacy.table.networks": "Netwerken die je hebt aangemaakt.",
    "privacy.table.audit_log": "Wat je als coördinator besloot of deed (het logboek).",
    "privacy.table.polls": "Polls die je maakte of sloot.",
    "privacy.table.fit_checks": "Rondes ‘Past een lerend netwerk?’ die je startte.",
    "privacy.table.report_reviews": "Rapporten waarvoor je een akkoord vroeg.",
    "privacy.table.report_approvals": "Je akkoord op een rapport, namens je organisatie.",
    "privacy.table.meetings": "Bijeenkomsten waar je gespreksleider bent.",
    "privacy.table.tile_rounds": "Tegeltjesrondes die je opende.",
    "privacy.table.programmes": "Programma's die je beheert.",
    "privacy.table.programme_shares": "Wat je deelde met het programma, en wanneer je dat "
    "aanpaste.",
    "privacy.table.surveys": "Enquêtes van het programma die je uitzette of sloot.",
    "privacy.table.survey_votes": "Je antwoorden in enquêtes van het programma.",
    "privacy.table.survey_answers": "Je antwoorden op vervolgvragen in een enquête, en met wie "
    "je contact opnam over ondersteuning.",
    "privacy.table.survey_recipients": "Enquêtes die je als privébericht kreeg.",
    "privacy.table.poll_replies": "Wat je typte in de draad onder een poll.",
    "privacy.table.commitments": "Je antwoord namens je organisatie op de vraag of jullie "
    "meedoen voor het jaar.",
    "privacy.table.network_goals": "Het gezamenlijke doel zoals jij het vastlegde.",
}
