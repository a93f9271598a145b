"""English texts of programme-wide surveys (issue 16)."""

MESSAGES: dict[str, str] = {
    "survey.help": "a programme survey: in this channel or as a direct message to the members "
    "of every network (programme coordinators only; `results` or `export` for the latest)",
    "survey.usage": "Usage: `/lerend survey`, `/lerend survey results` or `/lerend survey export`.",
    "survey.create.title": "Create a survey",
    "survey.create.intro": "A question for the whole programme, also for those not in a network "
    "yet. The question from practice is ready; change it as you like.",
    "survey.create.support": "Question about support",
    "survey.create.support_hint": "Put the follow-up question about support here. Whoever "
    "chooses yes is put on your list, with a button to get in touch.",
    "survey.create.audience": "To whom?",
    "survey.audience.channel": "Here in this channel",
    "survey.audience.all": "Direct message to all members of all networks",
    "survey.audience.chosen": "Direct message to the members of the networks below",
    "survey.create.networks": "Networks",
    "survey.create.networks_pick": "Choose networks",
    "survey.create.per_organisation": "One vote per organisation (the question is about the "
    "organisation)",
    "survey.create.submit": "Send",
    "survey.error.support_not_asked": "This question is not among the follow-up questions. Copy "
    "it exactly, or leave this empty.",
    "survey.error.pick_networks": "Choose at least one network.",
    "survey.error.nobody": "This survey would reach nobody: the chosen networks have no members "
    "yet.",
    "survey.error.not_asked": "This survey was not sent to you.",
    "survey.error.gone": "This survey no longer exists.",
    "survey.error.none": "There is no survey yet.",
    "survey.sent.one": "The survey goes as a direct message to {count} person. See the "
    "results with `/lerend survey results`.",
    "survey.sent.other": "The survey goes as a direct message to {count} people. See the "
    "results with `/lerend survey results`.",
    "survey.per_person": "One vote per person",
    "survey.per_organisation": "One vote per organisation: your organisation's latest vote counts",
    "survey.closed_banner": ":lock: *The survey is closed.* These are the results.",
    "survey.footer": "{voted} · survey by <@{user}>",
    "survey.close": "Close survey",
    "survey.results": "Results",
    "survey.export": "Download results",
    "survey.dm.intro": "<@{user}> asks everyone in the programme a question. Tap your answer.",
    "survey.dm.chosen": "Your answer: *{choice}*. You can still change it.",
    "survey.voted": "Your answer is counted: *{choice}*.",
    "survey.voted_for": "Your answer counts for *{organisation}*: *{choice}*.",
    "survey.closed": "The survey is closed. Your answer no longer counts.",
    "survey.support.yes": "Yes, please",
    "survey.support.no": "No, thank you",
    "survey.find_network_intro": "Is your organisation still looking for a learning network? "
    "Tell us where you are and what you want to learn; the programme looks for organisations "
    "that fit.",
    "survey.find_network": "Find a network",
    "survey.thanks_support": "Thank you! Someone from the programme will get in touch.",
    "survey.results.title": "Survey results",
    "survey.results.count": "{voted}; {asked}.",
    "survey.results.asked.one": "{count} person was asked by direct message",
    "survey.results.asked.other": "{count} people were asked by direct message",
    "survey.results.no_network": "Not in a network yet",
    "survey.results.support": "*Would like support:*",
    "survey.results.no_support": "Nobody asked for support yet.",
    "survey.results.contacted": "Contacted by <@{user}>",
    "survey.contact": "Get in touch",
    "survey.contact_message": "Hello! <@{coordinator}> from the programme will get in touch. "
    "You chose *{option}* in our survey and would like support in forming a learning network.",
    "survey.contacted": "<@{user}> now knows you will get in touch. Your conversation is open.",
    "survey.csv.network": "Network",
    "survey.csv.overall": "All networks",
    "survey.csv.support": "Would like support",
    "survey.csv.contacted": "Contacted by",
    "audit.survey.created": "sent a programme survey",
    "audit.survey.closed": "closed a survey",
    "audit.survey.contacted": "got in touch with {target} about support",
}
