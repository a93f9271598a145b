"""English texts after a meeting: attendance taken, results recorded (issue 14)."""

MESSAGES: dict[str, str] = {
    "attendance.help": "after a meeting: confirm who was there (in person or online)",
    "attendance.taker_dm": ":clipboard: Just ended: {what} of *{name}*. Would you confirm who "
    "was there? The list is filled in with those who said they would come. Record what the "
    "meeting brought too: insights, agreements and actions.",
    "attendance.open": "Confirm attendance",
    "attendance.title": "Who was there?",
    "attendance.intro": "Tick, per organisation, who was at {what} of *{name}*. Those who said "
    "they would come are ticked already.",
    "attendance.no_organisation": "No organisation",
    "attendance.online": "Took part online",
    "attendance.online_placeholder": "Choose who took part online",
    "attendance.online_hint": "Whoever you choose here counts as present (online).",
    "attendance.submit": "Confirm",
    "attendance.confirmed": "Thank you. {present} participants were at {what}, {online} of "
    "them online.",
    "attendance.unrepresented": "Nobody came from: {organisations}.",
    "attendance.disagreements": "They said otherwise themselves: {people}. Your confirmation "
    "counts.",
    "attendance.ask": ":wave: Were you at {what} of *{name}*? Then we count you in your "
    "organisation's participation statement.",
    "attendance.missed": ":seedling: Nobody from {organisation} was at {what} of *{name}*. "
    "A pity! What "
    "was discussed and agreed is in <#{channel}>. Can't come next time? Taking part "
    "online is allowed too.",
    "attendance.self.in_person": "Yes, in person",
    "attendance.self.online": "Yes, online",
    "attendance.self.absent": "No",
    "attendance.thanks.in_person": "Noted: you were at {what} of *{name}* in person.",
    "attendance.thanks.online": "Noted: you took part in {what} of *{name}* online.",
    "attendance.thanks.absent": "Noted: you were not at {what} of *{name}*.",
    "attendance.self_overruled": "Noted. The facilitator or a coordinator has already "
    "confirmed who was at {what} of *{name}*, and that counts. Not right? Let them know.",
    "attendance.error.gone": "This meeting no longer exists.",
    "attendance.error.not_yet": "This meeting has not started yet.",
    "attendance.error.takers_only": "Only the meeting's facilitator and the coordinators can "
    "do this.",
    "attendance.error.no_meeting": "No meeting has taken place yet.",
    "outcome.help": "after a meeting: record an insight, agreement or action",
    "outcome.open": "Record a result",
    "outcome.title": "Record a result",
    "outcome.intro": "What did {what} of *{name}* bring? Record one insight, agreement or "
    "action at a time. It goes into the thread under the announcement.",
    "outcome.kind": "Kind",
    "outcome.kind.insight": "Insight",
    "outcome.kind.agreement": "Agreement",
    "outcome.kind.action": "Action",
    "outcome.text": "What is it?",
    "outcome.owner": "Who takes the action on?",
    "outcome.owner_placeholder": "Choose a person",
    "outcome.owner_hint": "For an action only.",
    "outcome.due": "Done by",
    "outcome.submit": "Record",
    "outcome.recorded": "Recorded. It is in the thread under the announcement of {what}.",
    "outcome.recorded_no_thread": "Recorded for {what}.",
    "outcome.message": ":trophy: *Results of {what}*",
    "outcome.heading.insight": "Insights",
    "outcome.heading.agreement": "Agreements",
    "outcome.heading.action": "Actions",
    "outcome.more": "And {count} more.",
    "outcome.add": "Add a result",
    "outcome.action_line": "• {text} — {owner}{due}",
    "outcome.action_done": "• ~{text}~ — {owner}{due} :white_check_mark:",
    "outcome.due_on": ", done by {date}",
    "outcome.done": "Done",
    "outcome.reminder": ":alarm_clock: Reminder: you take on the action “{text}” from meeting "
    "{number} of *{name}*{due}. Tap *Done* when it is done.",
    "outcome.done_thanks": "Great! The action “{text}” is marked done.",
    "result.item_title": "Results of meeting {number}",
    "result.error.kind": "Choose what kind of result it is.",
    "result.error.empty": "Write the result in a few words.",
    "result.error.too_long": "That is too long: keep it under {max} characters.",
    "result.error.owner": "Choose who takes the action on.",
    "result.error.due_not_action": "Only an action has a date.",
    "result.error.due_past": "Choose a date that is still to come.",
    "result.error.gone": "This action no longer exists.",
    "result.error.not_yours": "Only the person who takes the action on can mark it done.",
    "report.results": "Results per meeting",
    "report.results_meeting": "Meeting {number}",
    "report.result.insight": "Insight",
    "report.result.agreement": "Agreement",
    "report.result.action": "Action",
    "report.result.owner": " ({owner})",
    "report.result.owner_due": " ({owner}, done by {due})",
    "report.result.done": ", done",
}
