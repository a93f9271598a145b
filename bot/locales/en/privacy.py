"""English texts of members' data rights, closing a network and the audit log."""

MESSAGES: dict[str, str] = {
    "privacy.help.export": "everything the bot keeps about you, as a file in a direct message",
    "privacy.help.forget": "have the bot erase your data (I ask you to confirm first)",
    "privacy.help.close": "close the network (coordinators only)",
    "privacy.help.audit": "the log of coordinator decisions as CSV (coordinators only)",
    "privacy.export.sent": "Your data is in a direct message from me, as a JSON file.",
    "privacy.export.title": "Your data in lnbot",
    "privacy.export.comment": "This is everything the bot keeps about you.",
    "privacy.forget.ask": "Do you want me to erase your data? Your membership, your intake and "
    "your own texts go. Votes, attendance and scores keep counting anonymously, so results stay "
    "right. Messages already in Slack you can delete there yourself.",
    "privacy.forget.button": "Erase my data",
    "privacy.forget.confirm_title": "Are you sure?",
    "privacy.forget.confirm_text": "This cannot be undone.",
    "privacy.forget.yes": "Yes, erase",
    "privacy.forget.done": "Done: your data has been erased. If you want to take part again "
    "later, just use `/lerend deelnemen`.",
    "privacy.forget.not_you": "Only you can have your data erased.",
    "privacy.close.ask": "Do you want to close *{name}*? Nobody can join any more, planned "
    "reminders stop and the data is removed after the retention period.",
    "privacy.close.button": "Close network",
    "privacy.close.confirm_title": "Close the network?",
    "privacy.close.confirm_text": "{name} will be closed. This cannot be undone.",
    "privacy.close.yes": "Yes, close",
    "privacy.close.done": "*{name}* is closed. Thank you for a year of learning together!",
    "privacy.audit.empty": "The log of *{name}* is still empty.",
    "privacy.audit.sent": "The log of *{name}* is in a direct message from me.",
    "privacy.audit.title": "Log {name}",
}
