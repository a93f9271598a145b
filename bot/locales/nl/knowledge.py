"""Dutch texts of knowledge sharing, search, the digest, halen en brengen and the report."""

MESSAGES: dict[str, str] = {
    # kinds of items
    "knowledge.kind.good_example": "Goed voorbeeld",
    "knowledge.kind.dilemma": "Dilemma",
    "knowledge.kind.question": "Vraag",
    "knowledge.kind.document": "Document",
    "knowledge.kind.result": "Resultaat",
    # help lines
    "knowledge.help.share": "kennis delen: een goed voorbeeld, dilemma, vraag, document of "
    "resultaat",
    "knowledge.help.expert": "experts en hun thema's bekijken, of je eigen thema's als expert "
    "kiezen",
    "search.help_line": "zoeken in wat het netwerk deelde, met de antwoorden erbij",
    "digest.help_line": "het weekoverzicht: dag en uur kiezen, of uitzetten (coördinatoren)",
    "report.help": "het jaarrapport van het netwerk; `anoniem` voor een publieke versie, "
    "`publiceren` zet die op het web, `offline` haalt hem weg (coördinatoren)",
    # the share modal
    "knowledge.share.modal_title": "Kennis delen",
    "knowledge.share.edit_title": "Bericht aanpassen",
    "knowledge.share.intro": "Deel wat je weet of wat je zoekt met *{name}*. Wees niet te "
    "bescheiden: ook een zoektocht of dilemma helpt anderen verder.",
    "knowledge.share.kind": "Wat deel je?",
    "knowledge.share.title_label": "Titel",
    "knowledge.share.description": "Vertel er iets meer over",
    "knowledge.share.tags": "Thema's en bouwstenen",
    "knowledge.share.tags_hint": "Kies een thema bij een vraag: dan vragen we de experts om "
    "mee te denken.",
    "knowledge.share.link": "Link",
    "knowledge.share.submit": "Delen",
    "knowledge.share.done": "Dank je wel! *{title}* staat in <#{channel}>. Reacties in de "
    "draad tellen mee.",
    "knowledge.share.edited": "*{title}* is aangepast in <#{channel}>.",
    "knowledge.pick.intro": "Je doet mee aan meer dan één netwerk. In welk netwerk wil je iets "
    "delen?",
    "knowledge.pick.placeholder": "Kies een netwerk",
    # the thread starter
    "knowledge.item.by": "Gedeeld door <@{user}>",
    "knowledge.item.open_link": "Open de link",
    "knowledge.item.source": "Bekijk het oorspronkelijke bericht",
    "knowledge.item.open": ":hourglass_flowing_sand: Open vraag. Weet jij iets? Reageer in de "
    "draad.",
    "knowledge.item.helpers": "Helpt mee: {people}.",
    "knowledge.item.answered": ":white_check_mark: Beantwoord.",
    "knowledge.item.answered_by": ":white_check_mark: Beantwoord. Het antwoord van <@{user}> "
    "hielp.",
    "knowledge.item.choose": "Kies het beste antwoord",
    "knowledge.item.edit": "Aanpassen",
    "knowledge.item.delete": "Verwijderen",
    "knowledge.item.delete_ask": "Wil je *{title}* verwijderen?",
    "knowledge.item.delete_title": "Verwijderen?",
    "knowledge.item.delete_confirm": "Het bericht en wat we ervan bewaarden verdwijnen. De "
    "reacties in de draad blijven in Slack staan.",
    "knowledge.deleted": "*{title}* is verwijderd.",
    # experts
    "knowledge.expert.ask": "<@{user}> heeft een vraag in *{name}* over jouw thema. Kun je helpen?",
    "knowledge.expert.nudge": "Deze vraag van <@{user}> in *{name}* heeft na drie dagen nog "
    "geen antwoord. Kun jij helpen?",
    "knowledge.expert.ask_text": "Een vraag in {name} over jouw thema: kun je helpen?",
    "knowledge.expert.nudge_text": "Een vraag in {name} heeft na drie dagen nog geen antwoord: "
    "kun jij helpen?",
    "knowledge.expert.thread": "Naar de vraag",
    "knowledge.expert.help": "Ik help",
    "knowledge.expert.thanks": "Fijn dat je helpt! <@{user}> hoort het van mij. Geef je "
    "antwoord in de draad in <#{channel}>.",
    "knowledge.expert.helping": "Goed nieuws: <@{helper}> helpt met je vraag *{title}*.",
    "knowledge.expert.list": "*Experts in dit netwerk*",
    "knowledge.expert.line": "<@{user}>: {themes}",
    "knowledge.expert.all_themes": "alle thema's",
    "knowledge.expert.none": "Dit netwerk heeft nog geen experts. Een coördinator maakt "
    "iemand expert met `/lerend rol @persoon expert`.",
    # the helpful answer
    "knowledge.helpful.title": "Beste antwoord",
    "knowledge.helpful.intro": "Welk antwoord hielp je bij *{title}*? Daarmee is je vraag "
    "beantwoord.",
    "knowledge.helpful.label": "Het antwoord dat hielp",
    "knowledge.helpful.none": "Er is nog geen antwoord van iemand anders in de draad.",
    "knowledge.helpful.submit": "Kiezen",
    "knowledge.helpful.done": "Dank je! Je vraag staat nu op beantwoord.",
    "knowledge.helpful.thanks": "<@{user}> vond jouw antwoord op *{title}* behulpzaam. Dank "
    "je wel!",
    # unanswered questions
    "knowledge.unanswered.report": "De vraag *{title}* van <@{user}> in <#{channel}> heeft na "
    "drie dagen nog geen antwoord. Misschien weet jij wie kan helpen? {link}",
    # errors
    "knowledge.error.kind_required": "Kies wat je deelt.",
    "knowledge.error.title_required": "Geef het een korte titel.",
    "knowledge.error.too_long": "Dit is te lang; maak het korter.",
    "knowledge.error.bad_link": "Dit is geen geldige link. Begin met https://",
    "knowledge.error.unknown_tag": "Kies thema's en bouwstenen uit de lijst.",
    "knowledge.error.not_a_member": "Je doet nog niet mee aan *{name}*. Typ `/lerend "
    "deelnemen` om mee te doen.",
    "knowledge.error.no_networks": "Je doet nog niet mee aan een lerend netwerk. Typ "
    "`/lerend deelnemen` in het kanaal van een netwerk.",
    "knowledge.error.not_network_channel": "Dit kanaal hoort niet bij een lerend netwerk. Deel "
    "berichten uit het kanaal van je netwerk.",
    "knowledge.error.item_gone": "Dit bericht bestaat niet meer.",
    "knowledge.error.author_only": "Alleen wie het deelde (of een coördinator) kan dit doen.",
    "knowledge.error.asker_only": "Alleen wie de vraag stelde (of een coördinator) kiest het "
    "beste antwoord.",
    "knowledge.error.not_a_question": "Dit is geen vraag.",
    "knowledge.error.not_a_reply": "Dit is geen antwoord in de draad van een vraag.",
    "knowledge.error.own_reply": "Kies een antwoord van iemand anders.",
    "knowledge.error.not_an_expert": "<@{user}> is geen expert. Een coördinator maakt iemand "
    "expert met `/lerend rol @persoon expert`.",
    "knowledge.error.unknown_theme": "Dat thema ken ik niet: {words}. De thema's zijn: "
    "{themes}. Of typ `alles`.",
    # search
    "search.help": "*Zoeken*: `/lerend zoek &lt;woorden&gt;`, bijvoorbeeld `/lerend zoek "
    "valpreventie nacht`.\nFilter met `type:vraag` (of voorbeeld, dilemma, document, "
    "resultaat) en `thema:&lt;thema&gt;`, bijvoorbeeld `/lerend zoek roosters type:vraag "
    "thema:personeel`.\nMet `overal` zoek je ook in de netwerken die hun kennis delen met het "
    "programma.",
    "search.found.one": "{count} resultaat voor *{query}*:",
    "search.found.other": "{count} resultaten voor *{query}*:",
    "search.nothing": "Niets gevonden voor *{query}*. Probeer een ander woord.",
    "search.filters_only": "je filter",
    "search.common_words": "Die woorden komen overal in voor. Zoek op iets specifiekers.",
    "search.unknown_kind": "Dat type ken ik niet: {kinds}. Kies uit voorbeeld, dilemma, "
    "vraag, document of resultaat.",
    "search.unknown_theme": "Dat thema ken ik niet: {themes}.",
    "search.in_thread": "<@{user}> in de draad: {text}",
    "search.answered": "beantwoord",
    # the weekly digest
    "digest.header": "Deze week in {name}",
    "digest.new_items": "*Nieuw gedeeld*",
    "digest.line": "{emoji} {title} (<@{user}>)",
    "digest.more": "en nog {count}",
    "digest.new_replies.one": ":speech_balloon: {count} nieuwe reactie in de draden.",
    "digest.new_replies.other": ":speech_balloon: {count} nieuwe reacties in de draden.",
    "digest.open_questions": "*Open vragen*: weet jij het antwoord?",
    "digest.footer": "Zoek alles terug met `/lerend zoek`. Deel zelf iets met `/lerend deel`.",
    "digest.on": "Het weekoverzicht komt elke {day} om {hour}.",
    "digest.next": "Het volgende: {when}.",
    "digest.off": "Het weekoverzicht staat uit. Zet het aan met `/lerend digest aan`.",
    "digest.usage": "Gebruik: `/lerend digest maandag 9`, `/lerend digest uit` of "
    "`/lerend digest aan`.",
    "digest.day.0": "maandag",
    "digest.day.1": "dinsdag",
    "digest.day.2": "woensdag",
    "digest.day.3": "donderdag",
    "digest.day.4": "vrijdag",
    "digest.day.5": "zaterdag",
    "digest.day.6": "zondag",
    # halen en brengen
    "balance.title": "*Halen en brengen*",
    "balance.line": "{name}: bracht {brought} · haalde {took}",
    "balance.window.meetings": "sinds de voorlaatste bijeenkomst",
    "balance.window.weeks": "de afgelopen acht weken",
    "balance.alert.only_takes": "*{organisation}* haalde {window} wel kennis ({took} keer), "
    "maar bracht zelf nog niets. Misschien kun je ze uitnodigen om een voorbeeld te delen?",
    "balance.alert.only_brings": "*{organisation}* bracht {window} veel ({brought} keer), maar "
    "haalde zelf nog niets. Moedig ze aan om ook een vraag te stellen.",
    # the outcome report
    "report.requested": "Ik maak het rapport. Je krijgt het zo in een privébericht.",
    "report.review_started.one": "{count} organisatie krijgt haar deel van het anonieme rapport "
    "om te bekijken. Is die akkoord, dan krijg je het rapport.",
    "report.review_started.other": "{count} organisaties krijgen hun deel van het anonieme "
    "rapport om te bekijken. Als iedereen akkoord is, krijg je het rapport.",
    "report.review_none": "Er zijn geen organisaties om te vragen. Je krijgt het anonieme "
    "rapport zo.",
    "report.forced": "Het anonieme rapport wordt gemaakt zonder alle akkoorden. De reden is "
    "vastgelegd.",
    "report.usage": "Gebruik: `/lerend rapport`, `/lerend rapport jaar 1`, "
    "`/lerend rapport anoniem`, `/lerend rapport anoniem forceer &lt;reden&gt;`, "
    "`/lerend rapport publiceren` of `/lerend rapport offline`.",
    "report.ready": "Het rapport van *{name}* (met namen, alleen voor jou).",
    "report.ready_public": "Het anonieme rapport van *{name}*, klaar om te publiceren.",
    "report.review.text": "Wil je jullie deel van het rapport van {name} bekijken?",
    "report.review.intro": "Het netwerk *{name}* maakt een anoniem jaarrapport om te "
    "publiceren. Zo staat *{organisation}* erin, als *{label}*. Klopt het, en is niets "
    "herkenbaar?",
    "report.review.empty": "Jullie organisatie deelde nog niets; er staat alleen de naam "
    "*{label}* in.",
    "report.review.change": "Aanpassen",
    "report.review.approved": "Dank je! Jullie akkoord is vastgelegd ({approved} van {total}).",
    "report.review.all_approved": "Dank je! Iedereen is akkoord; het rapport wordt gemaakt.",
    "report.remark.title": "Aanpassen",
    "report.remark.intro": "Wat moet er anders? De coördinator krijgt je opmerking.",
    "report.remark.label": "Je opmerking",
    "report.remark.submit": "Versturen",
    "report.remark.thanks": "Dank je! De coördinator krijgt je opmerking.",
    "report.remark.dm": "<@{user}> wil iets aangepast zien in het deel van *{organisation}*: "
    "{remark}",
    "report.error.review_closed": "Deze ronde is al afgerond.",
    "report.error.not_your_organisation": "Je kunt alleen voor je eigen organisatie antwoorden.",
    "report.error.reason_required": "Geef een reden: `/lerend rapport anoniem forceer "
    "&lt;reden&gt;`.",
    "report.error.no_review": "Er loopt geen ronde. Begin met `/lerend rapport anoniem`.",
    "report.error.remark_required": "Schrijf wat er anders moet.",
    "report.label.organisation": "Organisatie {letter}",
    "report.label.person": "Deelnemer {number}",
    "report.label.email": "[e-mailadres]",
    "report.label.phone": "[telefoonnummer]",
    "report.label.no_organisation": "procesbegeleiding",
    "report.unknown": "onbekend",
    "report.period": "{start} tot {end}",
    "report.meetings": "Bijeenkomsten",
    "report.meeting_status.held": "gehouden",
    "report.meeting_status.planned": "gepland",
    "report.meeting_status.cancelled": "afgelast",
    "report.attendance.in_person": "aanwezig",
    "report.attendance.online": "online",
    "report.attendance.absent": "afwezig",
    "report.attendance_unknown": "aanwezigheid onbekend",
    "report.column.number": "Nr.",
    "report.column.date": "Datum",
    "report.column.place": "Plaats",
    "report.column.theme": "Thema",
    "report.column.status": "Status",
    "report.column.attendance": "Aanwezigheid",
    "report.column.organisation": "Organisatie",
    "report.column.brought": "Bracht",
    "report.column.took": "Haalde",
    "report.evaluation": "Evaluatie",
    "report.checkins": "Hoe zat iedereen erin?",
    "report.checkin_meeting": "na bijeenkomst {number}",
    "report.checkin_manual": "tussendoor",
    "report.checkin_line": "{round}: {answered} antwoorden, gemiddeld {average} van 5",
    "report.checkin_hidden.one": "{round}: {count} antwoord, te weinig om te tonen",
    "report.checkin_hidden.other": "{round}: {count} antwoorden, te weinig om te tonen",
    "report.section.result": "Resultaten",
    "report.section.good_example": "Goede voorbeelden",
    "report.section.other": "Vragen, dilemma's en documenten",
    "report.answered": "beantwoord",
    "report.open": "open",
    "report.balance": "Halen en brengen",
    "report.balance_note": "Brengen: gedeelde kennis en antwoorden op vragen van anderen. "
    "Halen: gestelde vragen en de antwoorden daarop.",
    "report.csv.record": "soort regel",
    "report.csv.date": "datum",
    "report.csv.kind": "type",
    "report.csv.title": "titel",
    "report.csv.organisation": "organisatie",
    "report.csv.person": "persoon",
    "report.csv.text": "tekst",
    "report.csv.extra": "extra",
    "report.csv.meeting": "bijeenkomst",
    "report.csv.item": "gedeeld",
    "report.csv.reply": "reactie",
    "report.csv.helpful": "behulpzaam antwoord",
}
