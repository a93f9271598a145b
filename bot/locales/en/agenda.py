"""English texts of a meeting's agenda (issue 14, item 3)."""

MESSAGES: dict[str, str] = {
    "agenda.help": "the agenda of the next meeting (coordinators), or propose a point with "
    "`agenda propose <text>`",
    "agenda.heading": "Agenda",
    "agenda.title": "Agenda",
    "agenda.intro": "The agenda of {what} of *{name}*. Put each point on a line of its own, "
    "in the order you want (at most {max} points). Add ideas or open questions from the "
    "lists; they go at the bottom.",
    "agenda.points": "Agenda points",
    "agenda.points_placeholder": "One point per line",
    "agenda.points_hint": "Move a line to change the order.",
    "agenda.ideas": "From the idea box",
    "agenda.questions": "Open questions",
    "agenda.submit": "Save",
    "agenda.saved": "The agenda of {what} is saved. Participants get it with the reminder and "
    "in the calendar file (.ics); a change is announced once in the thread.",
    "agenda.proposal_text": "A member proposes an agenda point for {what} of {name}.",
    "agenda.proposal_dm": ":memo: {who} proposes an agenda point for {what} of *{name}*: “{text}”",
    "agenda.accept": "Put on the agenda",
    "agenda.decline": "Not now",
    "agenda.proposed": "Thank you! Your proposal “{text}” for {what} is with the coordinator.",
    "agenda.accepted": "“{text}” is on the agenda of {what}.",
    "agenda.declined": "“{text}” does not go on the agenda of {what}.",
    "agenda.changed": ":memo: The agenda of {what} has been updated.",
    "agenda.empty": "There are no points on the agenda any more.",
    "agenda.error.no_meeting": "No meeting has been planned yet.",
    "agenda.error.too_many": "That is too many points: at most {count}.",
    "agenda.error.too_long": "A point is too long: keep each point under {max} characters.",
    "agenda.error.empty": "Add your proposal, for example `/lerend agenda propose Cooking "
    "with residents`.",
    "agenda.error.gone": "This proposal no longer exists.",
    "agenda.error.decided": "This proposal has been decided on already.",
    "agenda.error.full": "The agenda is full (at most {max} points). Take a point off first.",
    "agenda.error.past": "This meeting has taken place already.",
}
