"""English texts of the year: commitment after meeting 1, the shared goal, another year."""

MESSAGES: dict[str, str] = {
    "year.commit.ask_again": "*{name}* goes on with year {year}. Does *{organisation}* take "
    "part again, from {start} to {end}? That means seven meetings with the same group once "
    "more. Please let us know by {deadline}.",
    "report.goal.year": "Year {year}: ",
    "report.goal.committed": "Organisations that committed for the year: {committed} of the "
    "{asked} asked.",
    "participation.error.year": "This network has no such year: choose a year from 1 to {years}.",
    "year.commit.help": "ask every organisation to commit for the year, or see who committed "
    "(coordinators)",
    "year.commit.ask": "The first meeting of *{name}* has taken place. It was free of "
    "obligation; now the question is: does *{organisation}* take part for the year, from {start} "
    "to {end}? That means seven meetings with the same group. Please let us know before "
    "{deadline}.",
    "year.commit.remind": "A reminder: does *{organisation}* take part in *{name}* for the year, "
    "from {start} to {end}? Please let us know by {deadline}.",
    "year.commit.yes": "We're in",
    "year.commit.stop": "We stop",
    "year.commit.thanks": "Great! *{organisation}* takes part in *{name}* from {start} to {end}. "
    "See you at the next meeting.",
    "year.commit.stopped": "We're sorry *{organisation}* stops with *{name}*, and thank you for "
    "coming. What you shared stays in the network. Your place no longer counts; you are always "
    "welcome to join again later.",
    "year.commit.change": "Changed your mind? Choose again below; the last answer counts.",
    "year.commit.opened": "Every organisation of *{name}* is now asked whether it takes part for "
    "the year. Organisations asked: {count}.",
    "year.commit.overview": "*{name}*, year {year}: organisations taking part: {committed} of "
    "{count}. Answers are due by {deadline}.",
    "year.commit.line.asked": "• {organisation}: no answer yet",
    "year.commit.line.committed": "• {organisation}: takes part",
    "year.commit.line.stopped": "• {organisation}: stops",
    "year.commit.status": "Committed for the year: {committed} of {count} organisations{period}",
    "year.commit.period": " ({start} to {end})",
    "year.commit.waiting": "No answer yet from: {organisations}",
    "year.commit.stopped_list": "Stopped: {organisations}",
    "year.commit.error.no_organisations": "No organisation takes part yet, so there is nobody "
    "to ask.",
    "year.commit.error.gone": "This question no longer exists.",
    "year.commit.error.not_yours": "Only participants of this organisation can answer this.",
    "year.result.on": "The time to answer for *{name}* is over. Organisations taking part: "
    "{committed}. That is enough: the network is active. Have a good year!",
    "year.result.short": "The time to answer for *{name}* is over. Organisations taking part: "
    "{committed}. A learning network needs at least {min}; {needed} are still missing. The "
    "network is back to ‘being founded’.",
    "year.result.options": "What now? You can invite more organisations: they join with the "
    "*Join* button in <#{channel}>. Or go on smaller in a lighter form, such as a study "
    "afternoon or workshop: plan it with `/lerend activiteit`.",
    "year.goal.help": "record or change the shared goal (coordinators, facilitators)",
    "year.goal.ask": "The shared goal was discussed in the first meeting of *{name}*. Record it "
    "here in a few sentences: it is pinned in the channel's welcome message.",
    "year.goal.button": "Record the goal",
    "year.goal.revisit": "Revisit the goal",
    "year.goal.title": "Shared goal",
    "year.goal.intro": "The shared goal of *{name}*: what are you working towards together this "
    "year? One or a few sentences.",
    "year.goal.history": "The goal was changed before; earlier versions: {count}. They are kept.",
    "year.goal.label": "Our goal",
    "year.goal.placeholder": "For example: less restlessness among residents with dementia in "
    "the evening",
    "year.goal.submit": "Save",
    "year.goal.saved": "The shared goal of *{name}* is recorded:\n>{goal}",
    "year.goal.line": ":dart: Our goal: {goal}",
    "year.goal.pinned": ":dart: *Our shared goal*\n{goal}",
    "year.goal.evaluation": "Our goal is: {goal}. Are we getting closer to our goal?",
    "year.goal.error.empty": "Write the goal in one or a few sentences.",
    "year.goal.error.who": "Only coordinators and facilitators record the shared goal.",
    "year.number": "Year {year}",
    "year.next.ask": "The seventh meeting of *{name}* has taken place: year {year} is done. Will "
    "you go on with year {next}? Then the bot asks every organisation again whether it takes "
    "part, you plan seven meetings again and look at the goal once more. Everything of year "
    "{year} stays readable.",
    "year.next.yes": "Go on for a new year",
    "year.next.end": "Wind the network up",
    "year.next.started": "Year {year} of *{name}* has begun. Organisations asked: {count}; "
    "answers are due by {deadline}. Plan the first meeting now and look at the shared goal "
    "together again.",
    "year.next.plan": "Plan meeting 1",
    "year.next.error.not_done": "The year is not over yet: only {held} of the seven meetings "
    "have taken place.",
    "year.end.report_first": "First make the final report of *{name}*: type `/lerend rapport` in "
    "<#{channel}>. That keeps the outcome and lets you share it. Then close the network below.",
    "participation.doc.commitment.committed": "{organisation} committed to the network on "
    "{date} for year {year}, from {start} to {end}.",
    "participation.doc.commitment.asked": "{organisation} was asked to take part in year {year} "
    "({start} to {end}) and has not answered yet.",
    "participation.doc.commitment.stopped": "{organisation} stopped with the network on {date} "
    "(year {year}).",
    "participation.doc.commitment.none": "The question to commit for the year comes after the "
    "first meeting.",
    "participation.doc.goal": "Shared goal: {goal}",
    "participation.doc.year": "Year {year}",
    "report.goal.title": "Our shared goal",
}
