"""English texts of the learning-needs analysis (issue 17, seed 002)."""

MESSAGES: dict[str, str] = {
    "needs.help": "ask every organisation what it wants to learn, who takes part and whether "
    "there is time and money; `uitslag` gives the anonymous summary (coordinators)",
    "needs.invitation": "What does your organisation want to learn in *{name}*? The "
    "coordinator asks every organisation, so the network chooses themes that suit everyone. "
    "It takes a few minutes; the summary names no organisations.",
    "needs.answer_button": "Answer",
    "needs.title": "What do you want to learn?",
    "needs.intro": "You answer for *{organisation}* in *{name}*. Has a colleague answered "
    "already? Then your answer replaces theirs.",
    "needs.learn": "What do you want to learn?",
    "needs.learn_placeholder": "For example: how to prevent falls at night",
    "needs.themes": "Which themes does that belong to?",
    "needs.building_blocks": "Building blocks",
    "needs.roles": "Who of you would take part?",
    "needs.roles_hint": "Roles, not names.",
    "needs.staff_freed": "Can staff be freed to take part?",
    "needs.funding": "Anything about time or money?",
    "needs.funding_placeholder": "For example: we still need cover for the evening shift",
    "needs.funding_hint": "Only how many organisations wrote something goes into the summary, "
    "not the text.",
    "needs.submit": "Send",
    "needs.thanks": "Thank you! The answer of *{organisation}* is in.",
    "needs.role.carer": "Carers and nurses",
    "needs.role.team_leader": "Team leaders",
    "needs.role.manager": "Managers and directors",
    "needs.role.quality": "Quality staff",
    "needs.role.practitioner": "Practitioners",
    "needs.role.trainer": "Practice trainers",
    "needs.role.client_council": "Client council",
    "needs.role.volunteer": "Volunteers",
    "needs.role.experience_expert": "Experts by experience",
    "needs.freed.yes": "Yes",
    "needs.freed.partly": "Partly",
    "needs.freed.no": "No, not without extra funding",
    "needs.freed.unknown": "Don't know yet",
    "needs.started.other": "The questions go to the network's {count} organisations. Type "
    "`/lerend behoeften uitslag` for the summary.",
    "needs.started.one": "The questions go to the network's organisation. Type "
    "`/lerend behoeften uitslag` for the summary.",
    "needs.result.header": "The network's learning needs",
    "needs.result.none": "There is no survey yet. Type `/lerend behoeften` to ask every "
    "organisation what it wants to learn.",
    "needs.result.answered": "{answered} of the {asked} organisations answered. The summary "
    "names no organisations.",
    "needs.result.waiting": "No answers yet.",
    "needs.result.suggested": ":bulb: Suggested themes for the network: {themes}",
    "needs.result.and": " and ",
    "needs.result.themes": "Themes: {themes}",
    "needs.result.building_blocks": "Building blocks: {blocks}",
    "needs.result.roles": "Who takes part: {roles}",
    "needs.result.freed": "Freeing staff: {freed}",
    "needs.result.words": "Often mentioned: {words}",
    "needs.result.funding_notes": "Organisations with a question about time or money: {count}",
    "needs.error.learn_required": "Write briefly what you want to learn.",
    "needs.error.theme_required": "Choose at least one theme.",
    "needs.error.roles_required": "Choose who would take part.",
    "needs.error.unknown": "Choose from the list.",
    "needs.error.too_long": "That text is too long.",
    "needs.error.no_organisations": "No organisation takes part in this network yet. Once "
    "organisations join, you can ask them what they want to learn.",
    "needs.error.closed": "These questions were replaced by a newer survey.",
    "needs.error.not_an_organisation": "Only people taking part for an organisation in this "
    "network can answer these questions.",
    "needs.fit_check": "*From the learning-needs survey*",
    "audit.needs.started": "asked the organisations what they want to learn",
}
