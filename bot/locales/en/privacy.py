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
    "reminders stop and the data is removed after the retention period. So first make the "
    "final report with `/lerend rapport`.",
    "privacy.close.button": "Close network",
    "privacy.close.confirm_title": "Close the network?",
    "privacy.close.confirm_text": "{name} will be closed. This cannot be undone.",
    "privacy.close.yes": "Yes, close",
    "privacy.close.done": "*{name}* is closed. Thank you for a year of learning together!",
    "privacy.audit.empty": "The log of *{name}* is still empty.",
    "privacy.audit.sent": "The log of *{name}* is in a direct message from me.",
    "privacy.audit.title": "Log {name}",
    "privacy.export.about": "Everything the bot keeps about you, part by part. Each part says "
    "what it is. Times are in your time zone ({tz}).",
    "privacy.table.language_choices": "The language you chose for the bot yourself.",
    "privacy.table.network_interests": "Your registration for a learning network: your "
    "organisation, province, themes and what you want to learn and bring.",
    "privacy.table.published_outcomes": "Outcomes of a network you published on the web.",
    "privacy.table.needs_surveys": "Learning-needs surveys you started as coordinator.",
    "privacy.table.needs_answers": "What you answered for your organisation in a "
    "learning-needs survey.",
    "privacy.table.network_languages": "The language you chose for a network as its coordinator.",
    "privacy.table.organisation_contacts": "Whom you named contact person of an organisation.",
    "privacy.table.colleague_requests": (
        "Your requests to take part for an organisation, and who answered them."
    ),
    "privacy.table.organisation_proposals": (
        "Your proposals to the contact person: a vote or an approval for your organisation."
    ),
    "privacy.table.members": "Your membership: which network and organisation you belong to, and "
    "since when.",
    "privacy.table.member_roles": "Your roles in a network, such as coordinator or facilitator.",
    "privacy.table.intake_drafts": "An intake you had not finished yet.",
    "privacy.table.intakes": "Your intake: what you told us when you joined.",
    "privacy.table.expert_themes": "The themes you offered to help colleagues with.",
    "privacy.table.slack_users": "Your language and time zone from Slack, so the bot speaks to "
    "you properly.",
    "privacy.table.join_requests": "Your requests to join a network.",
    "privacy.table.knowledge_help_offers": "Questions you offered to help with.",
    "privacy.table.programme_coordinators": "Your role as a coordinator of the programme.",
    "privacy.table.poll_votes": "Your votes in polls.",
    "privacy.table.poll_answers": "Your answers to a poll's follow-up questions.",
    "privacy.table.consent_votes": "Your vote for your organisation on a new member, with your "
    "reason.",
    "privacy.table.attendance_records": "Whether you were at a meeting, as you or the "
    "facilitator confirmed.",
    "privacy.table.meeting_results": "Results of a meeting that you recorded, took "
    "on or completed.",
    "privacy.table.agenda_items": "Agenda items you proposed for a meeting.",
    "privacy.table.benchmarks": "Rounds of figures you asked for.",
    "privacy.table.benchmark_values": "Figures you entered for your organisation.",
    "privacy.table.rsvps": "Whether you came to a meeting, in person or online.",
    "privacy.table.checkins": "Your check-ins after a meeting: your score and remark.",
    "privacy.table.fit_check_answers": "Your answers in the network's fit check.",
    "privacy.table.knowledge_contributions": "Your replies under shared knowledge.",
    "privacy.table.knowledge_items": "Knowledge you shared or questions you answered.",
    "privacy.table.ideas": "Ideas you put in the idea box or took up.",
    "privacy.table.tiles": "Your tiles: your closing line after a meeting.",
    "privacy.table.networks": "Networks you created.",
    "privacy.table.audit_log": "What you decided or did as a coordinator (the log).",
    "privacy.table.polls": "Polls you created or closed.",
    "privacy.table.fit_checks": "Fit checks you started.",
    "privacy.table.report_reviews": "Reports you asked to be approved.",
    "privacy.table.report_approvals": "Your approval of a report, for your organisation.",
    "privacy.table.meetings": "Meetings you facilitate.",
    "privacy.table.tile_rounds": "Tile rounds you opened.",
    "privacy.table.programmes": "Programmes you manage.",
    "privacy.table.programme_shares": "What you shared with the programme, and when you changed "
    "it.",
    "privacy.table.surveys": "Programme surveys you sent or closed.",
    "privacy.table.survey_votes": "Your answers in programme surveys.",
    "privacy.table.survey_answers": "Your answers to follow-up questions in a survey, and whom "
    "you contacted about support.",
    "privacy.table.survey_recipients": "Surveys you received as a direct message.",
    "privacy.table.poll_replies": "What you typed in the thread under a poll.",
    "privacy.table.commitments": "Your answer, for your organisation, to whether you take part "
    "for the year.",
    "privacy.table.network_goals": "The shared goal as you recorded it.",
}
