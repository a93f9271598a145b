"""English texts of the intake, matching and the fit check."""

MESSAGES: dict[str, str] = {
    # help
    "intake.help": "fill in or edit your intake: what you bring, what you come to get",
    "match.help": "organisations that fit you (coordinators: overview of bringing and taking)",
    "fit.help": "is a learning network right? Seven questions to the group (coordinators only)",
    # the intake modal
    "intake.title": "Intake",
    "intake.submit": "Save",
    "intake.title_bring": "Intake 1 of 2: bring",
    "intake.title_take": "Intake 2 of 2: take",
    "intake.next": "Next",
    "intake.back": "Back to bring",
    "intake.intro": "Tell the group of *{name}* what *{organisation}* brings, and then what you "
    "come to get. A few words are enough: answer at least one question here.",
    "intake.bring": "What do you bring?",
    "intake.take": "What do you come to get?",
    "intake.q.proud_of": "What are you proud of?",
    "intake.q.good_at": "What are you good at?",
    "intake.q.developing": "What are you developing?",
    "intake.q.struggle": "What do you struggle with?",
    "intake.q.stuck": "Where do you get stuck?",
    "intake.q.learn": "What do you want to learn?",
    "intake.q.start": "What do you want to start working on?",
    "intake.bring_tags": "Topics you bring",
    "intake.take_tags": "Topics you come to get",
    "intake.tags_placeholder": "Choose topics",
    "intake.share": "Share with the network",
    "intake.share_option": "The network may see my answers",
    "intake.share_hint": "Shared: your intake appears in the introduction round and others find "
    "you with /lerend match. Not shared: only you see your answers.",
    "intake.saved_shared": "Thank you! Your intake is saved and appears in the introduction round "
    "in <#{channel}>. You can change it any time with `/lerend intake`.",
    "intake.saved_private": "Thank you! Your intake for *{name}* is saved. You chose not to share "
    "it, so only you see your answers. You can still look for matches with `/lerend match`.",
    "intake.button": "My intake",
    "intake.offer": "First step: fill in your intake. What do you bring and what do you come to "
    "get? It takes a few minutes and helps the group find each other.",
    "intake.reminder": "Would you fill in your intake for *{name}*? What do you bring, what do "
    "you come to get? It helps the organisations find each other.",
    "intake.reminder_last": "Last reminder: your intake for *{name}* is still open. A few words "
    "are enough.",
    # the introduction round in the channel
    "intake.round_title": "Introduction round {name}",
    "intake.round_intro": ":wave: *Introduction round {name}*\nWho are we, what do we bring and "
    "what do we come to get? Every intake appears in this thread. Not done yet? Tap *My intake* "
    "below.",
    "intake.reply_header": "*<@{user}>* · {organisation}",
    "intake.reply_text": "New intake of {organisation} in the introduction round.",
    "intake.bring_we": "What do we bring?",
    "intake.take_we": "What do we come to get?",
    "intake.reply_line": "• _{label}:_ {text}",
    "intake.reply_tags": "Topics: {tags}",
    "intake.label.proud_of": "Proud of",
    "intake.label.good_at": "Good at",
    "intake.label.developing": "Developing",
    "intake.label.struggle": "Struggling with",
    "intake.label.stuck": "Stuck on",
    "intake.label.learn": "Want to learn",
    "intake.label.start": "Want to start on",
    # intake errors
    "intake.error.too_long": "This is too long: at most {max} characters.",
    "intake.error.bring_required": "Answer at least one question under ‘What do you bring?’.",
    "intake.error.take_required": "Answer at least one question under ‘What do you come to get?’.",
    "intake.error.unknown_tag": "Choose topics from the list.",
    "intake.error.not_a_member": "You are not in this network yet. Join first with "
    "`/lerend deelnemen`.",
    "intake.error.no_organisation": "The intake is about your organisation. Choose your "
    "organisation first with `/lerend deelnemen` in the channel of *{name}*.",
    # matching
    "match.text": "Matches in {name}",
    "match.header": "Your matches in {name}",
    "match.they_bring": "They bring what you come to get",
    "match.they_take": "They come to get what you bring",
    "match.nobody": "Nobody found yet. The more organisations fill in their intake, the better "
    "this works.",
    "match.line": "*{organisation}* · <@{user}>",
    "match.tags": "Topics: {tags}",
    "match.words": "Words: {words}",
    "match.dm": "Send a message",
    "match.how": "How I count: a shared topic is {tag} points, a shared word {word} point. "
    "The highest score comes first.",
    "match.no_intake": "Fill in your intake first. Then I look for organisations that bring what "
    "you come to get, and the other way round.",
    "match.overview_header": "Bringing and taking in {name}",
    "match.overview_counts": "{shared} counted · {private} not shared · {missing} without an "
    "intake yet",
    "match.overview_empty": "No shared intakes with topics yet.",
    "match.overview_row": "*{tag}*\nBring: {bring}\nCome to get: {take}",
    "match.nobody_short": "nobody yet",
    "match.common_bring": "Often mentioned when bringing: {words}",
    "match.common_take": "Often mentioned when taking: {words}",
    # the fit check
    "fit.title": "Is a network right?",
    "fit.progress": "Is a learning network right for *{name}*? · Question {number} of {total} "
    "· anonymous",
    "fit.question_text": "Question {number} of {total} about {name}: choose a score from 1 to 5.",
    "fit.remark_button": "Add a remark",
    "fit.remark_submit": "Save",
    "fit.previous": "Previous question",
    "fit.review_button": "Review answers",
    "fit.your_remark": "Your remark: {remark}",
    "fit.q.approach": "Our shared question cannot be solved simply; a learning approach fits.",
    "fit.q.support": "There is enough support for a learning approach.",
    "fit.q.balance": "The group is balanced: every partner gets enough interaction and learning.",
    "fit.q.involvement": "All participants feel equally involved in the task.",
    "fit.q.needs": "We know what knowledge the network needs.",
    "fit.q.present": "That knowledge is already (partly) present at one of the partners.",
    "fit.q.sources": "We know where, or through whom, to find the missing knowledge.",
    "fit.remark.approach": "Remark",
    "fit.remark.support": "Remark",
    "fit.remark.balance": "Remark",
    "fit.remark.involvement": "Remark",
    "fit.remark.needs": "Which knowledge is needed?",
    "fit.remark.present": "Who has that knowledge already?",
    "fit.remark.sources": "Where or through whom do we find the rest?",
    "fit.scale.1": "1 – not at all",
    "fit.scale.2": "2 – rather not",
    "fit.scale.3": "3 – neutral",
    "fit.scale.4": "4 – rather yes",
    "fit.scale.5": "5 – fully",
    "fit.answer_button": "Answer the questions",
    "fit.invitation": "<@{coordinator}> asks your opinion: is a learning network the right form "
    "for *{name}*? Seven short questions, and your answers are anonymous. Please answer before "
    "{date}.",
    "fit.invitation_text": "The coordinator of {name} asks your opinion: is a learning network "
    "right? Seven short questions, please before {date}.",
    "fit.started.one": "I am sending the seven questions to {count} participant. You get the "
    "result as soon as they have answered, at the latest on {date}. Tally so far: `/lerend "
    "passend uitslag`.",
    "fit.started.other": "I am sending the seven questions to {count} participants. You get the "
    "result as soon as everyone has answered, at the latest on {date}. Tally so far: `/lerend "
    "passend uitslag`.",
    "fit.thanks": "Thank you! Your answers for {name} are saved. You can change them while the "
    "check runs.",
    "fit.result_header": "Result: is a learning network right for {name}?",
    "fit.result_closed": "{answered} of the {invited} participants answered. The check is closed "
    "(end date {date}).",
    "fit.result_running": "Tally so far: {answered} of the {invited} participants answered. The "
    "check runs until {date}.",
    "fit.result_line": "*{number}. {question}*\nAnswers per score: {spread} · average *{average}*",
    "fit.advice.too_few": "Too few answers yet ({count}). From {min} answers on I show the result, "
    "so nobody can be traced.",
    "fit.advice.lighter_form": ":large_orange_circle: *Advice: choose a lighter form first.* "
    "There is too little support, or a learning approach does not fit well yet ({low}). Start "
    "with, for example, a study afternoon or workshop on the theme, and look again afterwards.",
    "fit.advice.go_on_with_care": ":large_yellow_circle: *Advice: go on with the learning "
    "network, paying attention to: {low}.* Discuss this at the first meeting.",
    "fit.advice.go_on": ":large_green_circle: *Advice: go on with the learning network.* The "
    "group believes in a learning approach.",
    "fit.advice_split": "Opinions differ on: {questions}. Talk about it together.",
    "fit.short.approach": "Learning approach fits",
    "fit.short.support": "Support",
    "fit.short.balance": "Balanced group",
    "fit.short.involvement": "Equally involved",
    "fit.short.needs": "Needed knowledge known",
    "fit.short.present": "Knowledge already present",
    "fit.short.sources": "Missing knowledge findable",
    "fit.error.score_required": "Choose a score from 1 to 5.",
    "fit.error.too_long": "This is too long: at most {max} characters.",
    "fit.error.running": "A check is already running for this network. See the tally with "
    "`/lerend passend uitslag`.",
    "fit.error.coordinators_only": "The coordinator of *{name}* starts the check ‘Is a learning "
    "network right?’. Feel free to ask them: you will then get the questions.",
    "fit.error.not_invited": "These questions are for the network's participants.",
    "fit.error.closed": "This check has closed already. Thank you!",
    "fit.error.none": "No check has been done yet. Start one with `/lerend passend`.",
}
