"""English texts of what the seed programmes add: the idea box, closing one-liners, lighter
events, experts by experience, the programme overview and the proof of participation."""

MESSAGES: dict[str, str] = {
    # experts by experience
    "role.experience_expert": "expert by experience",
    "experience.join_option": "I take part as an expert by experience",
    "experience.join_label": "Expert by experience?",
    "experience.join_hint": "As an expert by experience you take part without an organisation "
    "of your own. You do not count towards the 6 to 10 organisations.",
    "experience.join_done": "Welcome! You take part in *{name}* as an expert by experience. "
    "You find the network in <#{channel}>.",
    "experience.error.no_organisation": "As an expert by experience you take part without an "
    "organisation. Leave the organisation empty, or untick expert by experience.",
    "experience.status": ":bust_in_silhouette: *Experts by experience*: {people}",
    "experience.home_organisation": "expert by experience (no organisation)",
    # the idea box
    "idea.help": "an idea in the idea box for the coming meetings; anonymous unless you add "
    "your name",
    "idea.button": "Idea for the idea box",
    "idea.title": "Idea box",
    "idea.intro": "Do you have an idea for the coming meetings? A topic, a way of working, a "
    "speaker? Write it here. Your idea is anonymous unless you add your name.",
    "idea.intro_meeting": "Do you have an idea for {what}? A topic, a way of working, a "
    "speaker? Write it here. Your idea is anonymous unless you add your name.",
    "idea.text": "Your idea",
    "idea.named": "Name",
    "idea.named_option": "Add my name",
    "idea.submit": "Send",
    "idea.thanks": "Thank you! Your idea is in the idea box of *{name}*. The coordinator looks "
    "at it when preparing the meetings.",
    "idea.thanks_anonymous": "Thank you! Your idea is in the idea box of *{name}*, anonymously. "
    "Would you like to add your name after all?",
    "idea.show_name": "Add my name",
    "idea.named_done": "Your name is now with your idea.",
    "idea.error.empty": "Write your idea in a few words.",
    "idea.error.too_long": "Your idea is too long: {max} characters at most. Please shorten it.",
    "idea.error.not_a_member": "You are not part of *{name}* yet. Join first; then you can send "
    "ideas.",
    "idea.error.gone": "This idea no longer exists.",
    "idea.error.not_yours": "This is not your idea.",
    "idea.error.taken_up": "This idea has been taken up already.",
    "idea.offer": ":bulb: After {what} of *{name}*: do you have an idea for the coming "
    "meetings? The idea box is open, anonymous if you like.",
    "idea.home_header": ":bulb: *Idea box of {name}* ({count} open)",
    "idea.home_meeting": "For meeting {number} ({when})",
    "idea.home_no_meeting": "No meeting planned yet",
    "idea.home_line": "“{text}”{author}",
    "idea.home_author": " — <@{user}>",
    "idea.home_more.one": "And {count} more idea.",
    "idea.home_more.other": "And {count} more ideas.",
    "idea.take_up": "Take up",
    "idea.taken_up_channel": ":bulb: From the idea box: “{text}”{author}. We are taking this "
    "idea up! Thank you.",
    "idea.taken_up_author": " (from <@{user}>)",
    # closing one-liners
    "tile.help": "a round of closing one-liners at the end of a meeting: everyone sends one line "
    "on what they take away (coordinators only; `[hours]` until they appear in the channel)",
    "tile.start_button": "Start closing round",
    "tile.usage": "Use: `/lerend tegeltje` (in the channel after 24 hours) or `/lerend tegeltje "
    "4` (after 4 hours). Choose 1 to 168 hours.",
    "tile.started.one": "The closing round is open. I am asking {count} participant for one line "
    "on what they take away. On {when} I put them together in <#{channel}>.",
    "tile.started.other": "The closing round is open. I am asking {count} participants for one "
    "line on what they take away. On {when} I put them together in <#{channel}>.",
    "tile.already_open": "The closing round is already open. On {when} I put the one-liners "
    "together in <#{channel}>.",
    "tile.ask": ":frame_with_picture: What do you take away from {what} of *{name}*? One line, "
    "your one-liner. On {when} all one-liners appear together in the channel, without names.",
    "tile.ask_now": ":frame_with_picture: What do you take away from *{name}*? One line, your "
    "one-liner. On {when} all one-liners appear together in the channel, without names.",
    "tile.button": "My one-liner",
    "tile.title": "My one-liner",
    "tile.intro": "What do you take away? One line, at most {max} characters. You can change it "
    "until the one-liners are in the channel.",
    "tile.text": "My one-liner",
    "tile.placeholder": "For example: First ask what the resident wants.",
    "tile.submit": "Save",
    "tile.thanks": "Thank you! Your one-liner is saved. On {when} it appears with the others in "
    "the channel.",
    "tile.post_header": "One-liners from {what}",
    "tile.post_header_now": "One-liners from {name}",
    "tile.post_intro.one": "What did we take away? {count} one-liner, without a name:",
    "tile.post_intro.other": "What did we take away? {count} one-liners, without names:",
    "tile.post_none": "No one-liners were sent this time.",
    "tile.error.empty": "Write one line.",
    "tile.error.closed": "The one-liners are in the channel already; this round is closed.",
    "tile.error.gone": "This closing round no longer exists.",
    "tile.error.not_a_member": "You are not part of this network.",
    "tile.error.nobody": "There are no participants yet to ask for a one-liner.",
    # lighter events
    "event.help": "plan a webinar, workshop, study afternoon or training, for this network or for "
    "every network (coordinators only)",
    "event.type.webinar": "Webinar",
    "event.type.workshop": "Workshop",
    "event.type.study_afternoon": "Study afternoon",
    "event.type.training": "Training",
    "event.type.other": "Activity",
    "event.what.webinar": "the webinar ‘{title}’",
    "event.what.workshop": "the workshop ‘{title}’",
    "event.what.study_afternoon": "the study afternoon ‘{title}’",
    "event.what.training": "the training ‘{title}’",
    "event.what.other": "the activity ‘{title}’",
    "event.title": "{type}: {title}",
    "event.details": ":spiral_calendar_pad: {when}\n:round_pushpin: {where}\n"
    ":busts_in_silhouette: For the participants of *{name}*",
    "event.details_all": ":spiral_calendar_pad: {when}\n:round_pushpin: {where}\n"
    ":busts_in_silhouette: For the participants of every learning network; organised by "
    "*{name}*",
    "event.more_organisations.one": "and {count} more organisation",
    "event.more_organisations.other": "and {count} more organisations",
    "event.cancelled_banner": ":x: *This activity is cancelled.*",
    "event.edit": "Change",
    "event.plan.title": "Plan an activity",
    "event.plan.title_move": "Change the activity",
    "event.plan.intro": "An activity is lighter than a meeting: a webinar, workshop, study "
    "afternoon or training. It does not count towards the 7 meetings. I announce it and "
    "participants can let us know whether they come.",
    "event.plan.type": "Kind",
    "event.plan.title_field": "Title",
    "event.plan.title_placeholder": "For example: Fall prevention in practice",
    "event.plan.duration_hint": "For example 1.5 for an hour and a half.",
    "event.plan.open_to": "For whom?",
    "event.plan.open_to_network": "The participants of this network",
    "event.plan.open_to_all": "The participants of every network in this workspace",
    "event.plan.submit": "Plan",
    "event.ics.description": "{What}, organised by learning network {name}.",
    "event.ics.filename": "activity-{id}.ics",
    "event.error.type_required": "Choose what kind of activity it is.",
    "event.error.title_required": "Give the activity a title.",
    "event.error.too_short": "An activity lasts at least a quarter of an hour.",
    "event.error.not_an_event": "This is a meeting; move it with `/lerend plan`.",
    "event.rsvp.error.cancelled": "‘{title}’ is cancelled.",
    "event.rsvp.error.held": "‘{title}’ has taken place.",
    "event.rsvp.error.not_a_member": "‘{title}’ is for the participants of the invited learning "
    "networks. Join a network first; then you can let us know whether you come.",
    "event.meeting.error.already_cancelled": "‘{title}’ was already cancelled.",
    "event.meeting.error.started": "‘{title}’ has started or taken place; it can no longer be "
    "cancelled.",
    # the programme overview
    "programme.help": "programme overview of every network (programme coordinators); also "
    "`claim`, `toevoegen @person`, `verwijderen @person`, `groepen` (proposed new networks), "
    "and `delen aan|uit` (coordinators)",
    "programme.usage": "Use: `/lerend programma`, `/lerend programma claim`, `/lerend programma "
    "toevoegen @person`, `/lerend programma verwijderen @person` or `/lerend programma delen "
    "aan|uit`.",
    "programme.header": "Programme: every learning network",
    "programme.sharing.one": "{count} shares knowledge with the programme",
    "programme.sharing.other": "{count} share knowledge with the programme",
    "programme.summary": "{networks} in this workspace · {sharing}",
    "programme.none": "There is no learning network in this workspace yet.",
    "programme.network": "*{name}* in <#{channel}>\n{phase} · {organisations}",
    "programme.phase.founding": ":seedling: Being founded",
    "programme.phase.running": ":spiral_calendar_pad: {held} of 7 meetings held",
    "programme.phase.complete": ":white_check_mark: All 7 meetings held",
    "programme.phase.closed": ":lock: Closed",
    "programme.attendance": "Attendance {rate}",
    "programme.attendance_unknown": "attendance not registered",
    "programme.open_questions.one": "{count} open question",
    "programme.open_questions.other": "{count} open questions",
    "programme.activity": "last 4 weeks: {items}, {replies}",
    "programme.shared": ":globe_with_meridians: shares knowledge",
    "programme.page": "Page {page} of {pages}",
    "programme.previous": "Previous",
    "programme.next": "Next",
    "programme.coordinators": "Programme coordinators: {people}",
    "programme.claimed": "You are now the programme coordinator of this workspace. `/lerend "
    "programma` shows every network; `/lerend programma toevoegen @person` adds others.",
    "programme.added": "<@{user}> is now a programme coordinator.",
    "programme.removed": "<@{user}> is no longer a programme coordinator.",
    "programme.shared_on": "*{name}* now shares its knowledge with the programme: participants "
    "of other networks find its contributions with `/lerend zoek … overal`.",
    "programme.shared_off": "*{name}* no longer shares its knowledge with the programme.",
    "programme.error.only_coordinators": "Only programme coordinators see the programme overview.",
    "programme.error.unclaimed": "This workspace has no programme coordinator yet. Did you "
    "install the app, or are you an admin of the workspace? Then type `/lerend programma claim`.",
    "programme.error.claimed": "This workspace already has a programme coordinator. Ask one of "
    "them: {people}.",
    "programme.error.may_not_claim": "Only whoever installed the app or an admin or owner of the "
    "workspace can claim the programme. Ask them to add you.",
    "programme.error.last": "<@{user}> is the only programme coordinator. Add someone else first.",
    "programme.error.not_coordinator": "<@{user}> is not a programme coordinator.",
    "search.everywhere_network": "from *{name}*",
    # proof of participation
    "participation.help": "statement of your organisation's participation (for the quality "
    "report), as HTML and Markdown in your DM",
    "participation.picker.title": "Participation",
    "participation.picker.intro": "For which organisation shall I make the statement of "
    "participation in *{name}*?",
    "participation.picker.organisation": "Organisation",
    "participation.picker.submit": "Make",
    "participation.sent": "The statement of participation of *{organisation}* is in your DM "
    "with me.",
    "participation.sent_modal": "Done! The statement of participation of *{organisation}* is in "
    "your DM with me.",
    "participation.upload": "Statement of participation of *{organisation}* in *{name}*: open "
    "the HTML file in your browser to print it or save it as a PDF.",
    "participation.error.no_organisation": "You take part without an organisation. A statement "
    "of participation is made per organisation.",
    "participation.error.own_only": "You can only ask for your own organisation's statement.",
    "participation.error.unknown": "That organisation does not take part in this network: {name}.",
    "participation.error.none": "No organisations take part in this network yet.",
    "participation.error.not_a_member": "You are not part of this network.",
    "participation.doc.title": "Statement of participation in a learning network",
    "participation.doc.subtitle": "{organisation} · drawn up on {date}",
    "participation.doc.about": "Participation",
    "participation.doc.statement": "{organisation} takes part in the learning network {name}, "
    "since {since}. This statement describes its participation from {start} to {end}.",
    "participation.doc.themes": "Themes: {themes}",
    "participation.doc.building_blocks": "Building blocks: {blocks}",
    "participation.doc.people": "Participants for {organisation}: {people}",
    "participation.doc.coordinators": "Coordination of the network: {people}",
    "participation.doc.meetings": "Meetings",
    "participation.doc.meetings_count.one": "{organisation} attended {attended} of the {count} "
    "meeting held.",
    "participation.doc.meetings_count.other": "{organisation} attended {attended} of the {count} "
    "meetings held.",
    "participation.doc.no_meetings": "No meetings have been held yet.",
    "participation.doc.column.meeting": "Meeting",
    "participation.doc.column.event": "Activity",
    "participation.doc.column.date": "Date",
    "participation.doc.column.theme": "Theme",
    "participation.doc.column.present": "Present",
    "participation.doc.presence.absent": "reported absent",
    "participation.doc.presence.not_registered": "attendance not registered",
    "participation.doc.events": "Activities",
    "participation.doc.contributions": "Contributions",
    "participation.doc.contributions_count": "{items}, of which {questions}, and {answers} to "
    "others' contributions.",
    "participation.doc.item": "{kind}: {title} ({date})",
    "participation.doc.source": "Source",
    "participation.doc.footer": "Drawn up by lnbot on {date}, from the answers and "
    "contributions in Slack. Attendance comes from the answers (Attending or Online) for the "
    "meetings held.",
    "participation.filename": "participation-{slug}-{date}",
    # the outcome report
    "report.label.experience_expert": "Expert by experience {number}",
    "report.experience_expert_suffix": "{name} (expert by experience)",
    "report.csv.tile": "one-liner",
    "report.tiles": "One-liners",
    "report.tiles_round": "After {round}",
    "report.tiles_meeting": "meeting {number}",
    "report.tiles_date": "the round of {date}",
}
