"""App Home as a dashboard (issue 13, item 4): the next steps, a line each, and the short
`/lerend help` per role."""

MESSAGES: dict[str, str] = {
    "home.organisations": "Organisations",
    "home.edit_network": "Edit network",
    "home.steps.coordinator": "*For you as coordinator*",
    "home.steps.mine": "*Your next steps*",
    # meetings
    "home.step.planned": ":spiral_calendar_pad: Meeting {number} · {when}",
    "home.step.planned_event": ":spiral_calendar_pad: {title} · {when}",
    "home.step.edit": "Change",
    "home.step.plan": ":white_circle: Meeting {number} is not planned yet.",
    "home.step.plan_button": "Plan",
    "home.step.facilitator": ":bust_in_silhouette: Meeting {number} has no facilitator yet.",
    "home.step.facilitator_button": "Choose facilitator",
    "home.step.unrepresented": ":warning: Nobody from {organisations} is coming to meeting "
    "{number} yet.",
    "home.step.evaluation": ":mag: Meeting 3 has been held: time for the short evaluation.",
    "home.step.evaluation_button": "Start evaluation",
    "home.step.evaluation_running": ":mag: The evaluation is running. Plan the last three "
    "meetings once the result is in.",
    "home.step.tiles": ":speech_balloon: Close meeting {number} with a one-liner from everyone.",
    "home.step.checkin": ":wave: How is everyone doing after meeting {number}?",
    "home.step.checkin_button": "Start check-in",
    "home.step.checkin_confirm.title": "Start the check-in?",
    "home.step.checkin_confirm.text": "Every participant now gets a message asking how it is "
    "going.",
    "home.step.rsvp": ":calendar: Are you coming to meeting {number}? {when}",
    "home.step.rsvp_event": ":calendar: Are you coming to {title}? {when}",
    # the network
    "home.step.colleague": ":raising_hand: <@{user}> wants to join {organisation}.",
    "home.step.approve": "Allow",
    "home.step.refuse": "Refuse",
    "home.step.consent": ":raising_hand: {organisation} wants to join. The group decides "
    "together in <#{channel}>.",
    "home.step.needed_one": ":busts_in_silhouette: 1 more organisation needed to start.",
    "home.step.needed": ":busts_in_silhouette: {count} more organisations needed to start.",
    "home.step.failed_one": ":warning: 1 message could not be sent. See the status.",
    "home.step.failed": ":warning: {count} messages could not be sent. See the status.",
    "home.step.organisation": ":office: Choose the organisation you take part for.",
    # polls
    "home.step.poll_manage_one": ":bar_chart: Poll ‘{question}’ in <#{channel}>: 1 vote.",
    "home.step.poll_manage": ":bar_chart: Poll ‘{question}’ in <#{channel}>: {count} votes.",
    "home.step.poll_close": "Close poll",
    "home.step.vote": ":ballot_box_with_ballot: You have not voted on ‘{question}’ in "
    "<#{channel}> yet.",
    # intake, results
    "home.step.intake": ":handshake: Tell what you come to bring and what you come to take.",
    "home.step.report": ":page_facing_up: All seven meetings have been held: make the report.",
    "home.step.report_button": "Make report",
    "home.step.participation": ":memo: A statement of participation for an organisation.",
    "home.step.participation_button": "Participation statement",
    # /lerend help, short and for who asks
    "help.short.intro": "What can you do with lnbot?",
    "help.short.none": "You do not take part in a learning network yet. Start one in your "
    "group's channel: type `/lerend start` there.",
    "help.short.outsider": "*{name}* is this channel's learning network. Take part for your "
    "organisation: tap *Join*.",
    "help.short.member": "You take part in *{name}*.\n"
    "• *View status*: how the network is doing and when the next meeting is.\n"
    "• *My intake*: what you come to bring and what you come to take.\n"
    "• Share knowledge: type `/lerend deel`. Search: `/lerend zoek` followed by a word.\n"
    "• Your next steps are in the app under *Home*.",
    "help.short.coordinator": "*As coordinator*\n"
    "• What needs doing now is in the app under *Home*, with the button that does it.\n"
    "• Plan a meeting: `/lerend plan`. A poll: `/lerend poll`.\n"
    "• Give a role: `/lerend rol @name facilitator` (or coordinator, expert, member; the Dutch "
    "words work too).",
    "help.short.plan_button": "Plan meeting {number}",
    "help.short.programme": "*As programme coordinator* you see every network with "
    "`/lerend programma`.",
    "help.short.all": "Every command in one list: `/lerend help alles`.",
}
