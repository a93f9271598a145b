"""English texts of the year of meetings: planning, the announcement and RSVPs, reminders,
calendar files, the coordinators' prompts, the status, and check-ins."""

MESSAGES: dict[str, str] = {
    # help and commands
    "meeting.help": "plan or move a meeting; cancel one with, for example, `annuleer 3` "
    "(coordinators only)",
    "meeting.help_reminders": "when members are reminded, for example `7d,1d,2h` "
    "(coordinators only)",
    "meeting.usage": "Use: `/lerend plan`, `/lerend plan 3` or `/lerend plan annuleer 3`.",
    "meeting.reminders_usage": "Use: `/lerend herinneringen 7d,1d,2h` (d = days, h = hours "
    "before the meeting).",
    "meeting.reminders_set": "Members are now reminded {offsets} before every meeting. Reminders "
    "some days ahead arrive at 9:00 in their own time zone.",
    "meeting.offset.d.one": "{count} day",
    "meeting.offset.d.other": "{count} days",
    "meeting.offset.h.one": "{count} hour",
    "meeting.offset.h.other": "{count} hours",
    # errors
    "meeting.error.number": "A network year has 7 meetings. Choose a number from 1 to 7.",
    "meeting.error.too_short": "A meeting lasts at least 2.5 hours, so there is time for the "
    "content and to really talk with each other.",
    "meeting.error.too_long": "That is very long. Choose at most 12 hours.",
    "meeting.error.past": "That moment has passed. Choose a date in the future.",
    "meeting.error.overlap": "The network already has another meeting at that time. Choose "
    "another moment.",
    "meeting.error.order": "Meetings follow each other: this one must fall after the previous "
    "and before the next meeting.",
    "meeting.error.year": "All 7 meetings fall within one year. This date is too far from the "
    "other meetings.",
    "meeting.error.duration": "Enter the duration in hours, for example 3 or 2.5.",
    "meeting.error.when": "Choose a date and a start time.",
    "meeting.error.already_held": "This meeting has taken place. Choose another number.",
    "meeting.error.held": "Meeting {number} has taken place; it can no longer be moved.",
    "meeting.error.taken": "Someone else just planned this number. Open it again to move it.",
    "meeting.error.all_planned": "All 7 meetings are planned. Want to move one? Type "
    "`/lerend plan &lt;number&gt;`.",
    "meeting.error.not_planned": "Meeting {number} is not planned.",
    "meeting.error.already_cancelled": "Meeting {number} was already cancelled.",
    "meeting.error.started": "Meeting {number} has started or taken place; it can no longer be "
    "cancelled.",
    "meeting.error.gone": "This meeting no longer exists.",
    "meeting.error.coordinators_only": "Only a coordinator can plan or cancel meetings. Ask your "
    "network's coordinator.",
    "meeting.error.offsets": "I do not understand that. Use for example `7d,1d,2h`: d for days "
    "and h for hours before the meeting (at most 5 of them, at most 60 days ahead).",
    # the plan modal
    "meeting.plan.title": "Plan a meeting",
    "meeting.plan.intro": "A learning network meets 7 times a year, each time for at least 2.5 "
    "hours. Once planned, I announce the meeting in the channel.",
    "meeting.plan.intro_move": "Meeting {number} is already planned. Change what changes; the "
    "reminders follow and I let the channel know.",
    "meeting.plan.number": "Which meeting?",
    "meeting.plan.number_option": "Meeting {number}",
    "meeting.plan.date": "Date",
    "meeting.plan.time": "Start time",
    "meeting.plan.time_hint": "In your time zone ({tz}). Everyone sees the time in their own "
    "time zone.",
    "meeting.plan.duration": "Duration in hours",
    "meeting.plan.duration_hint": "At least 2.5 hours, so there is time for content and informal "
    "contact.",
    "meeting.plan.location": "Place or link to join online",
    "meeting.plan.location_placeholder": "Address, or the link of the online meeting",
    "meeting.plan.theme": "Theme",
    "meeting.plan.facilitator": "Facilitator",
    "meeting.plan.facilitator_placeholder": "Choose the facilitator",
    "meeting.plan.facilitator_hint": "At meetings 1, 4 and 7 a facilitator leads the conversation.",
    "meeting.plan.submit": "Plan",
    "meeting.plan.next_intro": "At the first meeting you agree on the next three together. Put "
    "them in right away:",
    "meeting.plan.button": "Plan meeting {number}",
    "meeting.planned": "{What} is planned for {when}. I am announcing it in <#{channel}>.",
    "meeting.moved": "{What} has moved to {when}. The reminders follow and I am "
    "letting <#{channel}> know.",
    "meeting.replanned": "{What} is planned again, for {when}. I am letting <#{channel}> know.",
    # the announcement
    "meeting.what": "meeting {number}",
    "meeting.title": "Meeting {number}",
    "meeting.title_theme": "Meeting {number}: {theme}",
    "meeting.cancelled_banner": ":x: *This meeting is cancelled.*",
    "meeting.details": ":spiral_calendar_pad: {when}\n:round_pushpin: {where}\n"
    ":speech_balloon: Facilitator: {facilitator}",
    "meeting.when": "*{start}* to {end} ({hours} hours)",
    "meeting.nobody_yet": "not known yet",
    "meeting.prepare_short": "Prepare: where does your organisation stand on this theme, which "
    "figures can you share, and what do you bring and want to take?",
    "meeting.cancel": "Cancel meeting",
    "event.cancel": "Cancel event",
    "meeting.cancel_confirm.title": "{What}: cancel it?",
    "meeting.cancel_confirm.text": "{What} will not take place. All members get a message.",
    "meeting.cancel_confirm.yes": "Yes, cancel",
    "meeting.cancel_confirm.no": "No, keep it",
    "meeting.cancelled_done": "{What} is cancelled. I am letting all members know.",
    "meeting.reply.moved": ":arrows_counterclockwise: {What} has moved to {when}, "
    "{where}. Can you no longer make it? Change your answer above.",
    "meeting.reply.replanned": ":spiral_calendar_pad: {What} is on after all: {when}, "
    "{where}. Let us know above whether you come.",
    "meeting.reply.cancelled": ":x: {What} is cancelled. All members get a message.",
    # RSVPs
    "rsvp.in_person": "Attending",
    "rsvp.online": "Online",
    "rsvp.absent": "Absent",
    "rsvp.others": "Others",
    "rsvp.part.in_person": "attending: {people}",
    "rsvp.part.online": "online: {people}",
    "rsvp.part.absent": "absent: {count}",
    "rsvp.part.unanswered": "no answer yet: {count}",
    "rsvp.totals": "{in_person} attending · {online} online · {absent} absent · {unanswered} no "
    "answer yet",
    "rsvp.receipt.in_person": "Noted: you are coming to {what}. Great!",
    "rsvp.receipt.online": "Noted: you join {what} online. Glad you are there!",
    "rsvp.receipt.absent": "Noted: you cannot come to {what}. Can you after all? Then tap "
    "*Attending*.",
    "rsvp.online.title": "Join online",
    "rsvp.online.intro": "Joining online is allowed when you could not be there at all "
    "otherwise. You learn most from each other in one room, so we would love to see you in "
    "person. Would you briefly say why {what} will be online for you?",
    "rsvp.online.reason": "Why online?",
    "rsvp.online.submit": "Send",
    "rsvp.error.reason_required": "Say in a few words why you join online.",
    "rsvp.error.cancelled": "Meeting {number} is cancelled.",
    "rsvp.error.held": "Meeting {number} has taken place.",
    "rsvp.error.not_a_member": "You are not part of *{name}* yet. Tap *Join* in the channel's "
    "welcome message; then you can let us know whether you come.",
    # direct messages
    "meeting.reminder": ":wave: Reminder: {what} of *{name}* is on {when}, {where}.",
    "meeting.prepare": "*Prepare*\n• Where does your organisation stand on *{theme}* right "
    "now? Bring a clear picture.\n• Do you have figures to compare, for example from the "
    "quality framework? Bring them.\n• What do you bring and what do you want to take on this "
    "theme?",
    "meeting.the_theme": "this theme",
    "meeting.nudge": "Would you let us know whether you come?",
    "meeting.note.unrepresented": ":warning: In 3 days it is meeting {number} of *{name}* "
    "({when}). Nobody is coming yet from these organisations: {organisations}. Maybe get in "
    "touch with them?",
    "meeting.note.after_1": ":tada: Meeting 1 of *{name}* has taken place. Did you agree on the "
    "next three meetings (date, place and theme)? Put them in now:",
    "meeting.note.after_3": "Meeting 3 of *{name}* has taken place. The short evaluation is now "
    "in <#{channel}> and open for a week. Read the outcome, then plan the last three meetings:",
    "meeting.note.all_planned": "They are all planned already. Well done!",
    "meeting.cancelled_dm": "{What} of *{name}* on {when} is cancelled. Is it in your "
    "calendar? The button takes it out.",
    # the calendar file
    "meeting.ics": "Calendar (.ics)",
    "meeting.ics.remove": "Remove from calendar (.ics)",
    "meeting.ics.title": "{title} – {name}",
    "meeting.ics.description": "Learning network {name}. Prepare: where does your organisation "
    "stand on {theme}, which figures can you share, and what do you bring and want to take?",
    "meeting.ics.filename": "meeting-{number}.ics",
    "meeting.ics.sent": "Here is {what} for your calendar. Open the file to add it.",
    "meeting.ics.sent_cancel": "{What} is cancelled. Open this file to remove it from "
    "your calendar.",
    # status and App Home
    "meeting.status.year": "*The year: 7 meetings*",
    "meeting.slot.open": "{icon} {number}. not planned yet",
    "meeting.slot.planned": "{icon} {number}. {when}",
    "meeting.slot.held": "{icon} {number}. held ({when})",
    "meeting.status.answers": "Answers: {answers}",
    "meeting.home.year": "Meetings: {held} held, {planned} planned, {open} still open",
    "meeting.warning.facilitator": ":warning: No facilitator yet for meeting {numbers}.",
    "meeting.warning.unrepresented": ":warning: Nobody from {organisations} is coming to meeting "
    "{number} yet.",
    "meeting.warning.evaluation": ":hourglass: Meeting 3 has taken place and the evaluation is "
    "not finished. Plan meetings 5 to 7 once you have read the outcome.",
    # check-ins
    "checkin.help": "check-in (how is everyone doing?): send a round now, or with "
    "for example `na 7` (days) or `uit` set when after each meeting (coordinators only)",
    "checkin.usage": "Use: `/lerend checkin`, `/lerend checkin na 7` or `/lerend checkin uit`.",
    "checkin.started.one": "I am sending the check-in to {count} participant. In a few days you "
    "get an anonymous summary.",
    "checkin.started.other": "I am sending the check-in to {count} participants. In a few days "
    "you get an anonymous summary.",
    "checkin.pulse_set.one": "From now on I send a check-in {count} day after every meeting.",
    "checkin.pulse_set.other": "From now on I send a check-in {count} days after every meeting.",
    "checkin.pulse_off": "No more check-ins after meetings. Send one yourself with "
    "`/lerend checkin`.",
    "checkin.error.days": "Choose a number of days from 0 to {max}.",
    "checkin.error.nobody": "There are no participants yet to send a check-in to.",
    "checkin.error.gone": "This check-in no longer exists.",
    "checkin.error.score_required": "Choose a score from 1 to 5.",
    "checkin.ask_meeting": ":wave: How are you doing? A short check-in about *{name}*, after "
    "meeting {number}. It takes half a minute and is anonymous.",
    "checkin.ask_now": ":wave: How are you doing? A short check-in about *{name}*. It takes half "
    "a minute and is anonymous.",
    "checkin.button": "Fill in check-in",
    "checkin.title": "Check-in",
    "checkin.intro": "How are you doing in *{name}*? Your answer is anonymous: the coordinator "
    "only sees a summary without names, and only from 3 answers on.",
    "checkin.question": "How much does the network help you right now?",
    "checkin.score_placeholder": "Choose 1 to 5",
    "checkin.scale.1": "1 – does not help me (yet)",
    "checkin.scale.2": "2 – helps me a little",
    "checkin.scale.3": "3 – helps me fairly well",
    "checkin.scale.4": "4 – helps me well",
    "checkin.scale.5": "5 – helps me a lot",
    "checkin.remark": "Anything you want to say?",
    "checkin.submit": "Send",
    "checkin.thanks": "Thank you! Your check-in for *{name}* is saved.",
    "checkin.summary.title": "Check-in {name}: how is everyone doing?",
    "checkin.summary.round": "Round: {round}",
    "checkin.summary.answered": "*{answered}* of the {asked} participants answered.",
    "checkin.summary.too_few": "That is too few to show: from {min} answers on you see the "
    "average and the remarks, so nobody can be recognised.",
    "checkin.summary.average": "Average *{average}* on a scale of 1 to 5 (answers per score: "
    "{spread})",
    "checkin.summary.remarks": "*Remarks* (without names)",
    "checkin.summary.trend": "*This year so far* (average per round)",
    "checkin.summary.trend_line": "• {round}: {average}",
    "checkin.summary.no_average": "too few answers",
    "checkin.summary.anonymous": "Anonymous: no names, and nothing of a round with fewer than "
    "{min} answers.",
    "checkin.round_meeting": "after meeting {number}",
    "checkin.round_manual": "check-in of {date}",
}
