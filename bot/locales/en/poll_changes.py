"""English texts of changing a poll: editing, reopening, deleting (issue 16)."""

MESSAGES: dict[str, str] = {
    "poll.edit": "Edit",
    "poll.reopen": "Reopen",
    "poll.delete": "Delete",
    "poll.delete_title": "Delete this poll?",
    "poll.delete_confirm": "The poll disappears, with all votes and answers. This cannot be "
    "undone.",
    "poll.deleted_text": "This poll was deleted. Its votes and answers are gone.",
    "poll.deleted": ":wastebasket: This poll was deleted by <@{user}>. Its votes and answers "
    "are gone.",
    "poll.change.title": "Edit poll",
    "poll.change.submit": "Save",
    "poll.change.voted_note": "People have voted already, so the question and the options stay "
    "as they are; you can still change the closing time.",
    "poll.change.closes_hint": "Time in your time zone ({tz}). Leave date and time empty to keep "
    "the poll open until someone closes it.",
    "poll.change.error.voted": "Someone has voted in the meantime. The question and the options "
    "can no longer change.",
    "poll.change.error.closed": "This poll is closed. Reopen it first.",
    "poll.change.error.open": "This poll is still open.",
    "poll.change.error.reopened": "This poll was reopened once already. That can only happen once.",
    "poll.change.error.not_allowed": "Only the person who created the poll or a coordinator can "
    "change it.",
    "audit.poll.changed": "changed a poll",
    "audit.poll.reopened": "reopened a poll",
    "audit.poll.deleted": "deleted a poll",
}
