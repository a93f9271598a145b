"""English texts of network set-up, help, App Home and the shared labels and errors."""

MESSAGES: dict[str, str] = {
    "join.commit_later": "The first meeting is free of obligation. After it the bot asks whether "
    "your organisation takes part for a year.",
    # common
    "common.cancel": "Cancel",
    "common.close": "Close",
    # building blocks and labels
    "building_block.learning_capacity": "Learning capacity",
    "building_block.governance": "Organisation and governance",
    "building_block.data": "Monitoring, knowledge and data-driven work",
    "building_block.funding": "Funding, financing and contracting",
    "building_block.populations": "Differentiating by (sub)populations",
    "building_block.residents": "Working with residents",
    "role.coordinator": "coordinator",
    "role.facilitator": "facilitator",
    "role.expert": "expert",
    "role.member": "member",
    "network_status.founding": "being set up",
    "network_status.active": "active",
    "network_status.closed": "closed",
    # help
    "help.intro": "`/lerend` runs everything for your learning network. You can:",
    "help.help": "show this help",
    "help.start": "start a learning network in this channel (you become coordinator)",
    "help.join": "join this channel's network on behalf of your organisation",
    "help.status": "network overview: organisations, themes, next meeting",
    "help.role": "give someone a role (coordinators only)",
    # start
    "start.title": "Start a network",
    "start.intro": "A learning network is a fixed group of 6 to 10 organisations that learns "
    "together for a year, in 7 meetings. Choose one or two themes.",
    "start.name": "Name of the network",
    "start.name_placeholder": "For example: Elderly care learning network North",
    "start.theme_1": "Theme",
    "start.theme_2": "Second theme",
    "start.themes_hint": "A network picks one or two themes, no more, to keep its focus.",
    "start.building_blocks": "Building blocks",
    "start.description": "Short description",
    "start.submit": "Start",
    "start.invite_bot": "Your network was created, but I cannot post in <#{channel}> yet. "
    "Invite me to the channel (type `/invite @lnbot` there), then use `/lerend status`.",
    # welcome message in the channel
    "welcome.header": "Welcome to {name}",
    "welcome.body": "In this channel our learning network talks together: here you find the "
    "meetings, the polls and each other's knowledge. Taking part on behalf of your organisation? "
    "Tap *Join*.",
    "welcome.join": "Join",
    "welcome.status": "View status",
    # join
    "join.title": "Join",
    "join.intro": "You join *{name}* on behalf of your organisation. Pick your organisation if "
    "it already takes part, or enter the name of a new one.",
    "join.existing": "My organisation already takes part",
    "join.existing_placeholder": "Choose your organisation",
    "join.new": "Or: a new organisation",
    "join.hint_places.one": "There is room for {count} more organisation; a network has at most "
    "{max}.",
    "join.hint_places.other": "There is room for {count} more organisations; a network has at "
    "most {max}.",
    "join.hint_full": "The network is full: {max} organisations take part already.",
    "join.hint_consent": "After the 2nd meeting a new organisation joins only if the whole "
    "group consents. Your request will be put to the group.",
    "join.submit": "Join",
    "join.done": "Welcome! You take part in *{name}* on behalf of *{organisation}*. "
    "The network lives in <#{channel}>.",
    "join.consent_recorded": "Your request for *{organisation}* is recorded. The network has "
    "already met twice, so the whole group must consent. The coordinator will contact you.",
    # status
    "status.title": "Network status",
    "status.status": "*Status:* {status}",
    "status.channel": "*Channel:* <#{channel}>",
    "status.themes": "*Themes:* {themes}",
    "status.building_blocks": "Building blocks: {blocks}",
    "status.places": "*{count} organisations* take part; there is room for {places} more "
    "(at most {max}).",
    "status.taking_part.one": "*{count} organisation* takes part.",
    "status.taking_part.other": "*{count} organisations* take part.",
    "status.more_needed.one": "*{count}* more is needed to reach the minimum of {min}.",
    "status.more_needed.other": "*{count}* more are needed to reach the minimum of {min}.",
    "status.organisation": "*{name}*: {people} ({members}){committed}",
    "status.commitment.asked": " · no answer yet on the year",
    "status.commitment.committed": " · committed for the year",
    "status.nobody": "nobody yet",
    "status.more": "and {count} more",
    "status.coordinators": "Coordinator: {people}",
    "status.no_meeting": "No meeting has been planned yet.",
    "status.next_meeting": "*Next meeting* (no. {number}): {when}, {where}",
    "status.place_unknown": "place to be announced",
    "status.join_requests.one": ":hourglass: {count} request to join awaits the group's consent.",
    "status.join_requests.other": ":hourglass: {count} requests to join await the group's consent.",
    "status.failed_jobs.one": ":warning: {count} scheduled message could not be sent.",
    "status.failed_jobs.other": ":warning: {count} scheduled messages could not be sent.",
    # roles
    "role.done": "<@{user}> is now {role} in *{name}*.",
    # app home
    "home.header": "Learning networks",
    "home.intro": "Here are the learning networks you take part in.",
    "home.mine": "*Your networks*",
    "home.none": "You are not in a learning network yet. Start one with `/lerend start` in a "
    "channel, or join a network below.",
    "home.others": "*Other networks in this workspace*",
    "home.other_line": "*{name}* in <#{channel}>",
    "home.card": "*{name}* in <#{channel}>",
    "home.role": "Your role: {roles} · Organisation: {organisation}",
    "home.no_organisation": "not chosen yet",
    "home.needed.one": "{count} more organisation needed to start.",
    "home.needed.other": "{count} more organisations needed to start.",
    "home.hidden.one": "And {count} more network that does not fit here.",
    "home.hidden.other": "And {count} more networks that do not fit here.",
    "home.help": "Type `/lerend help` for every command.",
    # direct messages
    "dm.welcome": "Welcome to *{name}*! The network talks in <#{channel}>: that is where you "
    "find the meetings and share knowledge. Type `/lerend status` for an overview.",
    "dm.welcome_text": "Welcome to {name}! Your first step: tap My intake and tell what you bring "
    "and come to get.",
    "dm.join_request": "<@{user}> wants to join *{name}* with *{organisation}*. The network has "
    "met twice already, so the whole group must consent.",
    "dm.role_changed": "<@{by}> made you {role} in *{name}*.",
    # errors
    "error.generic": "Sorry, something went wrong. Please try again in a moment; if it keeps "
    "failing, tell your coordinator.",
    "error.unknown_command": "I do not know `{command}`.",
    "error.number_not_found": "I could not find number `{number}`. Please check the number.",
    "error.no_network": "This channel has no learning network yet. Start one with "
    "`/lerend start` in your network's channel.",
    "error.your_networks": "Your networks: {channels}",
    "error.start_in_channel": "Start a network in the channel where the group will talk, not "
    "in a direct message.",
    "error.channel_has_network": "This channel already has a learning network: *{name}*. "
    "Type `/lerend status` for an overview.",
    "error.channel_taken": "This channel already has a learning network. Choose another channel.",
    "error.name_required": "Give the network a name.",
    "error.theme_required": "Choose at least one theme.",
    "error.theme_duplicate": "The second theme is the same as the first.",
    "error.too_long": "This is too long; please shorten it.",
    "error.unknown_building_block": "Choose building blocks from the list.",
    "error.organisation_required": "Enter the name of your organisation.",
    "error.organisation_unknown": "That organisation does not take part in this network.",
    "error.pick_one_organisation": "Pick your organisation from the list or enter a new one "
    "(not both).",
    "error.network_full": "The network is full. A learning network has {min} to {max} "
    "organisations, so everyone gets enough attention. Pick an organisation that takes part.",
    "error.network_closed": "*{name}* is closed; it cannot be joined any more.",
    "error.network_gone": "This network no longer exists.",
    "error.role_usage": "Usage: `/lerend rol @person "
    "coordinator|facilitator|expert|experience_expert|member` (the Dutch words work too)",
    "error.coordinators_only": "Only a coordinator can do this.",
    "error.last_coordinator": "<@{user}> is the only coordinator. Make someone else "
    "coordinator first.",
    "error.not_a_member": "<@{user}> does not take part in this network.",
}
