"""Who speaks for an organisation: contact person, colleagues who want to join, proposals."""

MESSAGES = {
    "trust.error.members_only": "This is only for members of *{name}*. Want to take part? "
    "Tap *Join* in the network's channel.",
    "trust.error.members_only_status": "This overview is only for the network's members and "
    "the people in its channel.",
    "trust.error.private_network": "This network lives in a private channel. Ask someone in "
    "that channel to add you; then you can join.",
    "colleague.ask": "<@{user}> wants to join *{name}* on behalf of *{organisation}*. Does "
    "<@{user}> belong to your organisation?",
    "colleague.ask_text": "Someone wants to join {name} on behalf of {organisation}: choose "
    "whether they belong to your organisation.",
    "colleague.approve": "Allow",
    "colleague.refuse": "Refuse",
    "colleague.approved": "Thank you! <@{user}> now takes part on behalf of *{organisation}*.",
    "colleague.refused": "Noted: <@{user}> does not take part on behalf of *{organisation}*.",
    "colleague.already": "<@{by}> already answered <@{user}>'s request. Nothing changes.",
    "colleague.requested": "Your request is sent. A colleague from *{organisation}* or a "
    "coordinator of *{name}* says yes or no; you will get a message.",
    "colleague.told_approved": "You take part in *{name}* on behalf of *{organisation}*. "
    "Welcome! The conversation is in <#{channel}>.",
    "colleague.told_refused": "Your request to join *{name}* on behalf of *{organisation}* was "
    "not allowed. If that seems wrong, ask a coordinator.",
    "colleague.error.not_allowed": "Only a colleague from this organisation or a coordinator "
    "can answer this.",
    "colleague.error.gone": "This request no longer exists.",
    "contact.help": "who votes and approves on behalf of your organisation",
    "contact.usage": "Type `/lerend contactpersoon @name` to choose your organisation's contact "
    "person.",
    "contact.done": "<@{user}> is now the contact person of *{organisation}*: they vote and "
    "approve on your behalf.",
    "contact.unchanged": "<@{user}> already is the contact person of *{organisation}*.",
    "contact.error.no_organisation": "<@{user}> does not take part on behalf of an "
    "organisation in this network.",
    "contact.error.not_allowed": "Only colleagues from *{organisation}* or a coordinator choose "
    "its contact person.",
    "contact.changed_dm": "<@{user}> made you the contact person of *{organisation}*. You vote "
    "and approve on behalf of your organisation; colleagues can send you a proposal.",
    "trust.consent.proposed": "Thank you! Your proposal (*{choice}*) goes to <@{contact}>, your "
    "organisation's contact person, who votes on your behalf.",
    "trust.consent.proposal_dm": "<@{user}> proposes to vote *{choice}* on *{organisation}*. "
    "You are your organisation's contact person; your vote counts.",
    "trust.report.proposed": "Thank you! Your proposal goes to <@{contact}>, your "
    "organisation's contact person, who approves on your behalf.",
    "trust.report.proposal_approve": "<@{user}> proposes to approve *{organisation}*'s part of "
    "the report. You are the contact person; your answer counts.",
    "trust.report.proposal_change": "<@{user}> would like a change in *{organisation}*'s part "
    "of the report. You are the contact person; your answer counts.",
}
