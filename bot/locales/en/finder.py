"""English texts of the network finder (issue 17)."""

MESSAGES: dict[str, str] = {
    "finder.help": "tell us your organisation is looking for a learning network; the programme "
    "coordinator proposes groups",
    "finder.title": "Find a network",
    "finder.intro": "Is your organisation looking for a learning network? Tell us who you are and "
    "what you want to learn. The programme coordinator looks for 6 to 10 organisations that fit "
    "together: with the same themes, and not too far away.",
    "finder.organisation": "Your organisation",
    "finder.province": "Province",
    "finder.province_placeholder": "Choose your province",
    "finder.travels": "Travel further?",
    "finder.travels_option": "We will also travel beyond the provinces next to ours",
    "finder.travels_hint": "Otherwise we only look in your own province and the ones next to it.",
    "finder.themes": "Themes",
    "finder.themes_hint": "The themes of the quality framework. Choose one to three, or write "
    "your own theme below.",
    "finder.own_theme": "A theme of your own",
    "finder.building_blocks": "Building blocks",
    "finder.needs": "What do you want to learn?",
    "finder.needs_placeholder": "For example: how to deal better with restlessness in dementia",
    "finder.brings": "What do you bring?",
    "finder.brings_placeholder": "For example: good experience with volunteers in the evening",
    "finder.submit": "Register",
    "finder.registered": "Thank you! Your organisation is on the list now. The programme "
    "coordinator looks for a group that fits you and will be in touch.",
    "finder.updated": "Your registration is updated.",
    "finder.theme.person_centred": "Person-centred care and support",
    "finder.theme.living_wellbeing": "Living and well-being",
    "finder.theme.safety": "Safety",
    "finder.theme.learning_quality": "Learning and improving quality",
    "finder.theme.leadership": "Leadership, governance and management",
    "finder.theme.staffing": "Staffing",
    "finder.theme.resources": "Use of resources",
    "finder.theme.information": "Use of information",
    "finder.error.organisation_required": "Fill in your organisation's name.",
    "finder.error.organisation_long": "That name is too long.",
    "finder.error.no_province": "Choose the province your organisation is in. Without a province "
    "we cannot look for a group nearby.",
    "finder.error.unknown_theme": "Choose themes from the list.",
    "finder.error.theme_required": "Choose at least one theme, or write your own.",
    "finder.error.too_many_themes": "Choose at most three themes, your own theme included.",
    "finder.error.theme_long": "That theme is too long.",
    "finder.error.unknown_building_block": "Choose building blocks from the list.",
    "finder.error.needs_required": "Write briefly what you want to learn.",
    "finder.error.text_long": "That text is too long.",
    "finder.error.already_placed": "Your organisation is already placed in a learning network.",
    "finder.proposal.header": "Proposal for new networks",
    "finder.proposal.intro.other": "{count} organisations are looking for a network. A group "
    "has {min} to {max} organisations with the same themes, close together.",
    "finder.proposal.intro.one": "1 organisation is looking for a network. A group has {min} to "
    "{max} organisations with the same themes, close together.",
    "finder.proposal.none.too_few_candidates": "There are too few registrations for a group yet: "
    "at least {min} organisations.",
    "finder.proposal.none.no_group_fits": "No group of at least {min} organisations close enough "
    "together fits now.",
    "finder.proposal.more_groups": "And {count} more groups. Make networks of the groups above "
    "first.",
    "finder.proposal.leftovers": "*Fits nowhere yet* ({count})",
    "finder.leftover_line": "• {organisation}: {reason}",
    "finder.leftover.too_few_candidates": "too few registrations yet (at least {min})",
    "finder.leftover.too_few_nearby": "too few organisations nearby",
    "finder.leftover.groups_full": "the groups nearby are full",
    "finder.leftover.nothing_shared": "no group nearby with the same themes",
    "finder.leftover.no_group_formed": "no group came together",
    "finder.leftover.left_out": "left out of the groups by you",
    "finder.leftover.new": "newly registered; tap *Regroup*",
    "finder.group.title.other": "*Group {number}* · {count} organisations",
    "finder.group.title.one": "*Group {number}* · 1 organisation",
    "finder.basis.theme": "Together around the theme *{theme}*",
    "finder.basis.building_block": "Together around the building block *{block}*",
    "finder.basis.proximity": "Together because they are close to each other",
    "finder.reason.themes": "Shared themes: {themes}",
    "finder.reason.building_blocks": "Shared building blocks: {blocks}",
    "finder.reason.words": "All want to learn about: {words}",
    "finder.reason.provinces": "Provinces: {provinces} · {distance}",
    "finder.reason.distance.0": "all in the same province",
    "finder.reason.distance.1": "at most one province further",
    "finder.reason.distance.2": "some travel further",
    "finder.group.members": "Organisations: {names}",
    "finder.group.too_few": ":warning: Too few organisations for a network: {count}, at least "
    "{min}. Move one to this group.",
    "finder.group.too_many": ":warning: Too many organisations for a network: {count}, at most "
    "{max}. Move one to another group.",
    "finder.member": "{name} ({province})",
    "finder.member_travels": "{name} ({province}, travels further)",
    "finder.adjust": "Adjust",
    "finder.create": "Make the network",
    "finder.regroup": "Regroup",
    "finder.move.title": "Adjust a group",
    "finder.move.who": "Which organisation?",
    "finder.move.who_placeholder": "Choose an organisation",
    "finder.move.target": "To",
    "finder.move.to_group": "Group {number} (now {count})",
    "finder.move.leave_out": "Leave out of the groups",
    "finder.move.submit": "Move",
    "finder.move.done": "Done. This is how the groups stand now. Type `/lerend programma "
    "groepen` to go on.",
    "finder.move.leftovers": "*Fits nowhere yet*: {names}",
    "finder.create.title": "Make a network",
    "finder.create.default_name": "Learning network {theme}",
    "finder.create.themes_hint": "The themes the group shares; a network chooses 1 or 2.",
    "finder.create.new_channel": "New channel",
    "finder.create.channel_placeholder": "For example: learning-network-dementia",
    "finder.create.new_channel_hint": "Lower case letters, digits and dashes. Or leave this "
    "empty and choose an existing channel below.",
    "finder.create.existing_channel": "Or an existing channel",
    "finder.create.existing_placeholder": "Choose a channel",
    "finder.create.existing_hint": "Only when the new channel above is empty.",
    "finder.create.submit": "Make",
    "finder.create.done": "The network *{name}* is made in <#{channel}>. We invite the "
    "organisations' contact people to the channel; they sign up there.",
    "finder.error.not_open": "Choose an organisation that is not in a network yet.",
    "finder.error.group_gone": "This group no longer exists. Type `/lerend programma groepen` "
    "for the proposal as it is now.",
    "finder.error.group_made": "A network has already been made of this group.",
    "finder.error.group_full": "That group is full: at most {max} organisations.",
    "finder.error.out_of_reach": "That group is too far away for this organisation: it does not "
    "travel beyond the provinces next to its own.",
    "finder.error.too_few": "This group has {count} organisations; a learning network has at "
    "least {min}. Move organisations to this group first.",
    "finder.error.too_many": "This group has {count} organisations; a learning network has at "
    "most {max}. Move organisations to another group first.",
    "finder.error.channel_choose": "Give a name for a new channel, or choose an existing channel "
    "(not both).",
    "finder.error.channel_taken": "There already is a channel by that name. Choose another name, "
    "or choose that channel below.",
    "finder.error.channel_name": "Slack does not accept that name. Use lower case letters, "
    "digits and dashes.",
    "finder.error.channel_no_access": "The bot cannot get into that channel. Invite the bot "
    "first, or choose another channel.",
    "audit.finder.registered": "registered an organisation for a learning network",
    "audit.finder.updated": "updated a registration for a learning network",
    "audit.finder.regrouped": "had the network finder propose groups again",
    "audit.finder.moved": "moved {organisation} to another group",
    "audit.finder.left_out": "left {organisation} out of the groups",
    "audit.finder.network_created": "made a network of a proposed group ({organisations} "
    "organisations)",
}
