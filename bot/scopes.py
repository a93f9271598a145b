"""The bot scopes the code needs (and no more); manifest.yml declares the same list."""

BOT_SCOPES = (
    "commands",  # /lerend
    "chat:write",  # messages and DMs
    "users:read",  # locale, time zone and status (users.info)
    "channels:manage",  # conversations.create and .invite: the network finder's new channel
    "channels:join",  # join a public network channel to post the welcome
    "channels:read",  # conversations.members of a public channel (poll reminders)
    "groups:read",  # conversations.members of a private channel
    "im:write",  # conversations.open, to send a file to a DM
    "files:write",  # CSV exports, calendar files, reports
    "channels:history",  # replies in a shared item's thread, in a public channel
    "groups:history",  # the same in a private channel
)
