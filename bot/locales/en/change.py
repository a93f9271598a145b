"""English texts of change (issue 15): organisations, leaving, removing, editing the network."""

MESSAGES: dict[str, str] = {
    "help.organisations": "rename, merge or remove organisations (coordinators)",
    "help.leave": "leave this network (what you shared stays)",
    "help.remove": "take someone out of the network, with a reason (coordinators)",
    "help.edit": "change the name, themes, building blocks and description (coordinators)",
    "organisations.title": "Organisations",
    "organisations.intro": "*{name}* now has {count} organisations. Tap ⋯ next to one to "
    "rename, merge or remove it.",
    "organisations.line": "*{name}*: {members} members",
    "organisations.line_one": "*{name}*: 1 member",
    "organisations.line_empty": "*{name}*: {members} members — nobody from this organisation "
    "is left",
    "organisations.line_empty_one": "*{name}*: 1 member",
    "organisations.none": "No organisations take part yet.",
    "organisations.former": "Took part before: {names}",
    "organisations.menu.rename": "Rename",
    "organisations.menu.merge": "Merge",
    "organisations.menu.remove": "Remove",
    "organisations.rename_title": "Rename",
    "organisations.rename_intro": "What is *{name}* called from now on?",
    "organisations.rename_label": "New name",
    "organisations.rename_submit": "Save",
    "organisations.renamed": "*{old}* is now called *{name}*.",
    "organisations.merge_title": "Merge",
    "organisations.merge_intro": "Everything of *{name}* goes to the organisation you choose "
    "below: its members, their intake and RSVPs, votes and contributions. That organisation "
    "stays; *{name}* no longer counts. Where the one that stays already has a vote or an "
    "approval, its own counts.",
    "organisations.merge_label": "Merge with",
    "organisations.merge_placeholder": "Choose the organisation that stays",
    "organisations.merge_submit": "Merge",
    "organisations.merged": "*{source}* is merged into *{target}*.",
    "organisations.remove_title": "Remove",
    "organisations.remove_intro": "Are you sure *{name}* no longer takes part? It no longer "
    "counts, its members are told and leave the network. What they shared stays, as the "
    "contribution of a former participant.",
    "organisations.remove_warning": ":warning: Note: the network then has {count} "
    "organisations, fewer than the {min} a learning network needs. After the second meeting a "
    "new organisation only joins with the consent of the whole group.",
    "organisations.remove_submit": "Remove",
    "organisations.removed": "*{name}* no longer takes part.",
    "organisations.removed_dm": "*{organisation}* no longer takes part in *{name}*; the "
    "coordinator removed it. What you shared stays. Questions? Send the coordinator a message.",
    "organisations.empty_dm": "Nobody takes part for *{organisation}* in *{name}* any more. "
    "If nobody joins, it stops counting on {date}.",
    "organisations.end_now": "Stop counting it now",
    "organisations.ended": "*{name}* no longer counts.",
    "organisations.no_longer_empty": "This organisation takes part again or no longer counts; "
    "nothing to do.",
    "organisations.error.unknown": "That organisation does not take part in this network "
    "(any more).",
    "organisations.error.name_taken": "*{name}* already takes part. Choose another name, or "
    "merge the two.",
    "organisations.error.name_former": "That name belongs to *{name}*, which took part before. "
    "Choose another name.",
    "organisations.error.merge_itself": "An organisation cannot merge with itself. Choose "
    "another one.",
    "organisations.error.pick_target": "Choose the organisation that stays.",
    "join.error.similar": "Do you mean *{name}*? Then choose it above. If it really is another "
    "organisation, tick that below.",
    "join.really_new": "Another organisation",
    "join.really_new_option": "Yes, my organisation is not the one in the list",
    "leave.title": "Leave network",
    "leave.confirm": "Do you want to leave *{name}*? What you shared stays. You get no more "
    "reminders.",
    "leave.submit": "Leave",
    "leave.done": "You no longer take part in *{name}*. Thank you for your contribution!",
    "leave.error.not_member": "You do not take part in *{name}*, so you cannot leave it.",
    "leave.error.last_coordinator": "You are the only coordinator of *{name}*. First give the "
    "role to someone else with `/lerend rol @person coordinator`; then you can go.",
    "remove_member.usage": "To take someone out of the network: `/lerend verwijder @person`.",
    "remove_member.title": "Remove member",
    "remove_member.intro": "Take {user} out of *{name}*? What they shared stays. They get a "
    "message with your reason.",
    "remove_member.reason": "Reason",
    "remove_member.placeholder": "For example: no longer works at the organisation",
    "remove_member.submit": "Remove",
    "remove_member.done": "{user} no longer takes part in *{name}*.",
    "remove_member.dm": "The coordinator took you out of *{name}*. The reason: {reason}",
    "remove_member.error.reason": "Write briefly why; the person will read it.",
    "remove_member.error.self": "Want to stop yourself? Use `/lerend verlaten`.",
    "takeover.ask_text": "A coordinator of {name} left Slack. Will you take over?",
    "takeover.ask_others": "{user} left Slack and was a coordinator of *{name}*. Will you take "
    "over?",
    "takeover.ask_members": "{user} left Slack and was the only coordinator of *{name}*. Will "
    "you become the coordinator?",
    "takeover.button": "I'll take over",
    "takeover.done": "Thank you! You are now a coordinator of *{name}* instead of {user}.",
    "takeover.already": "Someone already took over from {user} in *{name}*.",
    "edit.title": "Edit network",
    "edit.intro": "Change what has changed about *{name}*. The welcome message and the "
    "overview follow by themselves.",
    "edit.submit": "Save",
    "edit.done": "*{name}* is updated.",
    "edit.unchanged": "Nothing had changed about *{name}*.",
    "approval.usage": "To turn it on or off: `/lerend organisaties goedkeuren aan` or "
    "`/lerend organisaties goedkeuren uit`.",
    "approval.setting_on": "A new organisation only joins *{name}* once a coordinator says yes.",
    "approval.setting_off": "A new organisation now joins *{name}* at once (until the second "
    "meeting; after that the group decides).",
    "approval.requested": "Your request is sent. A coordinator of *{name}* will look at it; "
    "you will hear as soon as *{organisation}* may join.",
    "approval.ask_text": "Someone wants {organisation} to join {name}. Is that all right?",
    "approval.ask": "{user} wants *{organisation}* to join *{name}*. Is that all right?",
    "approval.similar": "Note: the name looks like {names}. Is that the organisation meant?",
    "approval.approve": "Allow",
    "approval.decline": "Decline",
    "approval.decline_title": "Decline",
    "approval.decline_intro": "Why may *{organisation}* not join? {user} will read your reason.",
    "approval.reason": "Reason",
    "approval.reason_placeholder": "For example: your organisation already takes part as "
    "Zorggroep Zuid",
    "approval.answered.approved": "You let *{organisation}* join. {user} will hear.",
    "approval.answered.declined": "You declined *{organisation}*. {user} gets your reason.",
    "approval.answered.full": "The network is full, so *{organisation}* could not join. {user} "
    "will hear.",
    "approval.already": "{by} already decided about *{organisation}*.",
    "approval.outcome.approved": "Good news: *{organisation}* takes part in *{name}*. Welcome! "
    "The network talks in {channel}.",
    "approval.outcome.declined": "*{organisation}* may not join *{name}*. The coordinator's "
    "reason: {reason}",
    "approval.outcome.full": "*{organisation}* can no longer join *{name}*: the network is full.",
    "approval.error.gone": "This request no longer exists.",
    "approval.error.reason": "Write briefly why; the person asking will read it.",
}
