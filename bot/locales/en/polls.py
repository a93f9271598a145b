"""English texts of polls, the consent decision and the evaluation after meeting 3."""

MESSAGES: dict[str, str] = {
    # help
    "poll.help": "create a poll (`export` downloads the results; with `iedereen aan|uit` the "
    "coordinator decides whether every member may create polls)",
    "evaluation.help": "start the network's short evaluation now (coordinators only)",
    "poll.usage": "Usage: `/lerend poll`, `/lerend poll export` or "
    "`/lerend poll iedereen aan|uit`.",
    "poll.everyone_on": "Every member of the network may now create a poll.",
    "poll.everyone_off": "Only coordinators may now create a poll.",
    # the create modal
    "poll.create.title": "Create a poll",
    "poll.create.intro": "Ask the network a question. Start empty or pick a template.",
    "poll.create.template": "Pick a template",
    "poll.create.question_placeholder": "For example: where shall we meet next time?",
    "poll.create.option_placeholder": "An answer to choose from",
    "poll.create.add_option": "Add option",
    "poll.create.more": "More settings",
    "poll.create.more_header": "More settings",
    "poll.create.question": "Question",
    "poll.create.option": "Option {number}",
    "poll.create.follow_up": "Follow-up question for option {number}",
    "poll.create.follow_up_hint": "Whoever votes for this option gets this question right "
    "after. More questions? Put each on its own line (at most 3).",
    "poll.create.settings": "Settings",
    "poll.create.multiple": "More than one choice allowed",
    "poll.create.anonymous": "Anonymous: nobody sees who voted what",
    "poll.create.closes_on": "Closes on",
    "poll.create.closes_time": "At (time)",
    "poll.create.closes_hint": "Time in your time zone ({tz}).",
    "poll.create.remind": "Remind those who have not voted",
    "poll.create.remind_none": "No reminder",
    "poll.create.remind_60": "1 hour before closing",
    "poll.create.remind_1440": "1 day before closing",
    "poll.create.submit": "Post",
    "poll.template.empty": "Empty poll",
    "poll.template.network.name": "Are you in a learning network?",
    "poll.template.network.question": "Is your organisation part of a learning network?",
    "poll.template.network.yes": "Yes",
    "poll.template.network.no": "No",
    "poll.template.network.unknown": "I don't know",
    "poll.template.network.yes_follow_up": "What does your network look like? And what does it "
    "bring you?",
    "poll.template.network.no_obstacles": "What are the obstacles to forming a learning network?",
    "poll.template.network.no_support": "Would you like support with this?",
    # errors in the create modal
    "poll.error.question_required": "Enter a question.",
    "poll.error.two_options": "Give at least two options.",
    "poll.error.option_duplicate": "This option is already there.",
    "poll.error.option_too_long": "Please shorten this option: at most {max} characters fit on "
    "a button.",
    "poll.error.follow_up_without_option": "Fill in the option itself first.",
    "poll.error.too_many_follow_ups": "At most 3 follow-up questions per option.",
    "poll.error.date_required": "Pick a date too.",
    "poll.error.time_required": "Pick a time too.",
    "poll.error.closes_in_past": "That moment has passed. Pick a moment in the future.",
    "poll.error.remind_needs_close": "A reminder needs a closing date.",
    "poll.error.remind_too_late": "The poll closes too soon for this reminder. Pick a later "
    "moment or no reminder.",
    "poll.error.coordinators_only": "Only a coordinator can create a poll in this network.",
    "poll.error.gone": "This poll no longer exists.",
    "poll.error.none": "This network has no poll yet.",
    # the channel message
    "poll.single": "One choice",
    "poll.multiple": "Several choices allowed",
    "poll.anonymous": "Anonymous",
    "poll.named": "With names",
    "poll.closes": "Closes {when}",
    "poll.closed_banner": ":lock: *The poll is closed.* These are the results.",
    "poll.votes": "{count} ({percent}%)",
    "poll.text_open": "Poll: {question} Tap your answer to vote.",
    "poll.text_closed": "The poll is closed: {question} See the results in the channel.",
    "poll.voted_count.one": "{count} person voted",
    "poll.voted_count.other": "{count} people voted",
    "poll.footer": "{voted} · poll by <@{user}>",
    "poll.footer_evaluation": "{voted} · the network's evaluation",
    "poll.close": "Close poll",
    "poll.export": "Download results",
    # votes and follow-up questions
    "poll.voted": "Your vote counts: {choices}.",
    "poll.voted_none": "You have no choice ticked now.",
    "poll.closed": "The poll is closed. Your vote no longer counts.",
    "poll.follow_up.title": "One more question",
    "poll.follow_up.intro": "You chose *{option}*. Would you like to tell us more? You may skip.",
    "poll.follow_up.submit": "Send",
    "poll.follow_up.skip": "Skip",
    "poll.follow_up.thanks": "Thank you! Your vote and your answer are saved.",
    "poll.reminder": "A poll is still open in <#{channel}>: *{question}* It closes {when}. "
    "Will you vote?",
    "poll.export_done": "The results of *{question}* as a file.",
    # summary and export
    "poll.summary.title": "Results at a glance",
    "poll.summary.count": "{count} person(s) voted. Anonymous: no names are shown.",
    "poll.summary.more": "And {count} more answer(s); they are in the file.",
    "poll.summary.export": "Every answer as a file: `/lerend poll export`.",
    "poll.csv.question": "Question",
    "poll.csv.status": "Status",
    "poll.csv.open": "open",
    "poll.csv.closed": "closed",
    "poll.csv.option": "Option",
    "poll.csv.votes": "Votes",
    "poll.csv.percent": "Percent",
    "poll.csv.person": "Person",
    "poll.csv.organisation": "Organisation",
    "poll.csv.time": "Time",
    "poll.csv.follow_up": "Follow-up question",
    "poll.csv.answer": "Answer",
    # the evaluation after meeting 3
    "evaluation.question": "Evaluation: does our learning network meet your expectations?",
    "evaluation.yes": "Yes",
    "evaluation.partly": "Partly",
    "evaluation.no": "No",
    "evaluation.change": "Should the form, the content or the composition of the network "
    "change? How?",
    "evaluation.remarks": "Any other remarks?",
    "evaluation.started": "The evaluation is ready and appears in the channel shortly. It is "
    "anonymous and closes in a week; then you get the results at a glance.",
    # the consent decision
    "consent.header": "Consent decision: new organisation",
    "consent.intro": "<@{user}> wants to join with *{organisation}*. After the 2nd meeting an "
    "organisation only joins if the whole group consents. Each organisation has one vote; "
    "anyone from that organisation may cast it, the last vote counts.",
    "consent.choice.consent": "consent",
    "consent.choice.objection": "objection",
    "consent.choice.abstain": "abstain",
    "consent.choice.none": "not voted yet",
    "consent.agree": "Consent",
    "consent.object": "Object",
    "consent.abstain": "Abstain",
    "consent.deadline": "Vote before {when}. If every organisation votes and nobody objects, "
    "the organisation joins at once. An objection can be withdrawn until then.",
    "consent.decided": "Decision:",
    "consent.outcome.passed": "The group consents: *{organisation}* joins. Welcome, <@{user}>!",
    "consent.outcome.objected": "There is an objection, so *{organisation}* does not join.",
    "consent.outcome.incomplete": "Not every organisation voted, so *{organisation}* does not "
    "join. A new request is welcome.",
    "consent.outcome.full": "The group consented, but the network is full by now, so "
    "*{organisation}* cannot join.",
    "consent.candidate.passed": "Good news: the group of *{name}* consents. *{organisation}* "
    "takes part! The network lives in <#{channel}>.",
    "consent.candidate.objected": "The group of *{name}* objects to a new organisation, so "
    "*{organisation}* does not join. The coordinator can tell you more.",
    "consent.candidate.incomplete": "Not every organisation of *{name}* voted in time, so "
    "*{organisation}* does not join for now. You may ask again.",
    "consent.candidate.full": "The group of *{name}* consented, but the network is full by now, "
    "so *{organisation}* cannot join.",
    "consent.voted": "Noted on behalf of your organisation: *{choice}*.",
    "consent.reminder": "Your organisation has not voted yet on *{organisation}* in *{name}*. "
    "Vote in <#{channel}> before {when}.",
    "consent.objection.title": "Objection",
    "consent.objection.intro": "With an objection the organisation does not join. Tell the "
    "group why, so you can talk about it together.",
    "consent.objection.reason": "Why do you object?",
    "consent.objection.submit": "Object",
    "consent.error.reason_required": "Briefly write why you object.",
    "consent.error.decided": "This request has been decided already.",
    "consent.error.not_an_organisation": "Only people taking part on behalf of an "
    "organisation can vote.",
    "consent.error.gone": "This request no longer exists.",
}
