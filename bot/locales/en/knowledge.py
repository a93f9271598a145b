"""English texts of knowledge sharing, search, the digest, give and take and the report."""

MESSAGES: dict[str, str] = {
    # kinds of items
    "knowledge.kind.good_example": "Good example",
    "knowledge.kind.dilemma": "Dilemma",
    "knowledge.kind.question": "Question",
    "knowledge.kind.document": "Document",
    "knowledge.kind.result": "Result",
    # help lines
    "knowledge.help.share": "share knowledge: a good example, dilemma, question, document or "
    "result",
    "knowledge.help.expert": "see the experts and their themes, or choose your own themes as "
    "an expert",
    "search.help_line": "search what the network shared, replies included",
    "digest.help_line": "the weekly digest: choose day and hour, or switch it off (coordinators)",
    "report.help": "the network's year report; `anoniem` for a public version, `publiceren` "
    "puts it on the web, `offline` takes it down (coordinators)",
    # the share modal
    "knowledge.share.modal_title": "Share knowledge",
    "knowledge.share.edit_title": "Edit",
    "knowledge.share.intro": "Share what you know or what you are looking for with *{name}*. "
    "Don't be too modest: a search or a dilemma helps others too.",
    "knowledge.share.kind": "What are you sharing?",
    "knowledge.share.title_label": "Title",
    "knowledge.share.description": "Tell a bit more",
    "knowledge.share.tags": "Themes and building blocks",
    "knowledge.share.tags_hint": "Give a question a theme and we ask the experts to help.",
    "knowledge.share.link": "Link",
    "knowledge.share.submit": "Share",
    "knowledge.share.done": "Thank you! *{title}* is in <#{channel}>. Replies in its thread "
    "count too.",
    "knowledge.share.edited": "*{title}* was updated in <#{channel}>.",
    "knowledge.pick.intro": "You take part in several networks. Where do you want to share?",
    "knowledge.pick.placeholder": "Choose a network",
    # the thread starter
    "knowledge.item.by": "Shared by <@{user}>",
    "knowledge.item.open_link": "Open the link",
    "knowledge.item.source": "See the original message",
    "knowledge.item.open": ":hourglass_flowing_sand: Open question. Do you know? Reply in the "
    "thread.",
    "knowledge.item.helpers": "Helping: {people}.",
    "knowledge.item.answered": ":white_check_mark: Answered.",
    "knowledge.item.answered_by": ":white_check_mark: Answered. <@{user}>'s answer helped.",
    "knowledge.item.choose": "Choose the best answer",
    "knowledge.item.edit": "Edit",
    "knowledge.item.delete": "Delete",
    "knowledge.item.delete_ask": "Do you want to delete *{title}*?",
    "knowledge.item.delete_title": "Delete?",
    "knowledge.item.delete_confirm": "The message and what we kept of it disappear. The "
    "replies in its thread stay in Slack.",
    "knowledge.deleted": "*{title}* was deleted.",
    # experts
    "knowledge.expert.ask": "<@{user}> has a question in *{name}* on your theme. Can you help?",
    "knowledge.expert.nudge": "This question from <@{user}> in *{name}* has had no answer for "
    "three days. Can you help?",
    "knowledge.expert.ask_text": "A question in {name} on your theme: can you help?",
    "knowledge.expert.nudge_text": "A question in {name} has had no answer for three days: can "
    "you help?",
    "knowledge.expert.thread": "Go to the question",
    "knowledge.expert.help": "I'll help",
    "knowledge.expert.thanks": "Thanks for helping! <@{user}> knows. Give your answer in the "
    "thread in <#{channel}>.",
    "knowledge.expert.helping": "Good news: <@{helper}> is helping with your question *{title}*.",
    "knowledge.expert.list": "*Experts in this network*",
    "knowledge.expert.line": "<@{user}>: {themes}",
    "knowledge.expert.all_themes": "all themes",
    "knowledge.expert.none": "This network has no experts yet. A coordinator makes someone an "
    "expert with `/lerend rol @person expert`.",
    # the helpful answer
    "knowledge.helpful.title": "Best answer",
    "knowledge.helpful.intro": "Which answer helped you with *{title}*? That closes your question.",
    "knowledge.helpful.label": "The answer that helped",
    "knowledge.helpful.none": "There is no answer from someone else in the thread yet.",
    "knowledge.helpful.submit": "Choose",
    "knowledge.helpful.done": "Thank you! Your question is now answered.",
    "knowledge.helpful.thanks": "<@{user}> found your answer to *{title}* helpful. Thank you!",
    # unanswered questions
    "knowledge.unanswered.report": "The question *{title}* from <@{user}> in <#{channel}> has "
    "had no answer for three days. Maybe you know who can help? {link}",
    # errors
    "knowledge.error.kind_required": "Choose what you are sharing.",
    "knowledge.error.title_required": "Give it a short title.",
    "knowledge.error.too_long": "This is too long; please shorten it.",
    "knowledge.error.bad_link": "This is not a valid link. Start with https://",
    "knowledge.error.unknown_tag": "Choose themes and building blocks from the list.",
    "knowledge.error.not_a_member": "You don't take part in *{name}* yet. Type `/lerend "
    "deelnemen` to join.",
    "knowledge.error.no_networks": "You don't take part in a learning network yet. Type "
    "`/lerend deelnemen` in a network's channel.",
    "knowledge.error.not_network_channel": "This channel has no learning network. Share "
    "messages from your network's channel.",
    "knowledge.error.item_gone": "This message no longer exists.",
    "knowledge.error.author_only": "Only the person who shared it (or a coordinator) can do this.",
    "knowledge.error.asker_only": "Only the person who asked (or a coordinator) chooses the "
    "best answer.",
    "knowledge.error.not_a_question": "This is not a question.",
    "knowledge.error.not_a_reply": "This is not an answer in a question's thread.",
    "knowledge.error.own_reply": "Choose an answer from someone else.",
    "knowledge.error.not_an_expert": "<@{user}> is not an expert. A coordinator makes someone "
    "an expert with `/lerend rol @person expert`.",
    "knowledge.error.unknown_theme": "I don't know that theme: {words}. The themes are: "
    "{themes}. Or type `alles`.",
    # search
    "search.help": "*Search*: `/lerend zoek &lt;words&gt;`, for example `/lerend zoek falls night`."
    "\nFilter with `type:question` (or example, dilemma, document, result) and "
    "`thema:&lt;theme&gt;`, for example `/lerend zoek rosters type:question thema:staff`.\nWith "
    "`overal` you also search the networks that share their knowledge with the programme.",
    "search.found.one": "{count} result for *{query}*:",
    "search.found.other": "{count} results for *{query}*:",
    "search.nothing": "Nothing found for *{query}*. Try another word.",
    "search.filters_only": "your filter",
    "search.common_words": "Those words are everywhere. Search for something more specific.",
    "search.unknown_kind": "I don't know that type: {kinds}. Choose example, dilemma, "
    "question, document or result.",
    "search.unknown_theme": "I don't know that theme: {themes}.",
    "search.in_thread": "<@{user}> in the thread: {text}",
    "search.answered": "answered",
    # the weekly digest
    "digest.header": "This week in {name}",
    "digest.new_items": "*Newly shared*",
    "digest.line": "{emoji} {title} (<@{user}>)",
    "digest.more": "and {count} more",
    "digest.new_replies.one": ":speech_balloon: {count} new reply in the threads.",
    "digest.new_replies.other": ":speech_balloon: {count} new replies in the threads.",
    "digest.open_questions": "*Open questions*: do you know the answer?",
    "digest.footer": "Find everything with `/lerend zoek`. Share with `/lerend deel`.",
    "digest.on": "The weekly digest comes every {day} at {hour}.",
    "digest.next": "The next one: {when}.",
    "digest.off": "The weekly digest is off. Switch it on with `/lerend digest aan`.",
    "digest.usage": "Use: `/lerend digest monday 9`, `/lerend digest uit` or `/lerend digest aan`.",
    "digest.day.0": "Monday",
    "digest.day.1": "Tuesday",
    "digest.day.2": "Wednesday",
    "digest.day.3": "Thursday",
    "digest.day.4": "Friday",
    "digest.day.5": "Saturday",
    "digest.day.6": "Sunday",
    # give and take
    "balance.title": "*Give and take*",
    "balance.line": "{name}: brought {brought} · took {took}",
    "balance.window.meetings": "since the meeting before last",
    "balance.window.weeks": "in the last eight weeks",
    "balance.alert.only_takes": "*{organisation}* took knowledge {window} ({took} times) but "
    "brought nothing yet. Maybe invite them to share an example?",
    "balance.alert.only_brings": "*{organisation}* brought a lot {window} ({brought} times) "
    "but took nothing yet. Encourage them to ask a question too.",
    # the outcome report
    "report.requested": "I'm making the report. You'll get it in a direct message shortly.",
    "report.review_started.one": "{count} organisation gets its part of the anonymous report to "
    "review. Once it agrees, you get the report.",
    "report.review_started.other": "{count} organisations get their part of the anonymous report "
    "to review. Once everyone agrees, you get the report.",
    "report.review_none": "There are no organisations to ask. You'll get the anonymous report "
    "shortly.",
    "report.forced": "The anonymous report is made without every approval. The reason is recorded.",
    "report.usage": "Use: `/lerend rapport`, `/lerend rapport jaar 1`, `/lerend rapport anoniem`, "
    "`/lerend rapport anoniem forceer &lt;reason&gt;`, `/lerend rapport publiceren` or "
    "`/lerend rapport offline`.",
    "report.ready": "The report of *{name}* (with names, for you only).",
    "report.ready_public": "The anonymous report of *{name}*, ready to publish.",
    "report.review.text": "Would you review your part of the report of {name}?",
    "report.review.intro": "The network *{name}* is making an anonymous year report to "
    "publish. This is how *{organisation}* appears, as *{label}*. Is it right, and is nothing "
    "recognisable?",
    "report.review.empty": "Your organisation has not shared anything yet; only the name "
    "*{label}* appears.",
    "report.review.change": "Change",
    "report.review.approved": "Thank you! Your approval is recorded ({approved} of {total}).",
    "report.review.all_approved": "Thank you! Everyone agreed; the report is being made.",
    "report.remark.title": "Change",
    "report.remark.intro": "What should change? The coordinator gets your remark.",
    "report.remark.label": "Your remark",
    "report.remark.submit": "Send",
    "report.remark.thanks": "Thank you! The coordinator gets your remark.",
    "report.remark.dm": "<@{user}> would like a change in the part of *{organisation}*: {remark}",
    "report.error.review_closed": "This round is already finished.",
    "report.error.not_your_organisation": "You can only answer for your own organisation.",
    "report.error.reason_required": "Give a reason: `/lerend rapport anoniem forceer "
    "&lt;reason&gt;`.",
    "report.error.no_review": "No round is open. Start with `/lerend rapport anoniem`.",
    "report.error.remark_required": "Write what should change.",
    "report.label.organisation": "Organisation {letter}",
    "report.label.person": "Participant {number}",
    "report.label.email": "[e-mail address]",
    "report.label.phone": "[phone number]",
    "report.label.no_organisation": "coordination",
    "report.unknown": "unknown",
    "report.period": "{start} to {end}",
    "report.meetings": "Meetings",
    "report.meeting_status.held": "held",
    "report.meeting_status.planned": "planned",
    "report.meeting_status.cancelled": "cancelled",
    "report.attendance.in_person": "present",
    "report.attendance.online": "online",
    "report.attendance.absent": "absent",
    "report.attendance_unknown": "attendance unknown",
    "report.column.number": "No.",
    "report.column.date": "Date",
    "report.column.place": "Place",
    "report.column.theme": "Theme",
    "report.column.status": "Status",
    "report.column.attendance": "Attendance",
    "report.column.organisation": "Organisation",
    "report.column.brought": "Brought",
    "report.column.took": "Took",
    "report.evaluation": "Evaluation",
    "report.checkins": "How was everyone doing?",
    "report.checkin_meeting": "after meeting {number}",
    "report.checkin_manual": "in between",
    "report.checkin_line": "{round}: {answered} answers, {average} out of 5 on average",
    "report.checkin_hidden.one": "{round}: {count} answer, too few to show",
    "report.checkin_hidden.other": "{round}: {count} answers, too few to show",
    "report.section.result": "Results",
    "report.section.good_example": "Good examples",
    "report.section.other": "Questions, dilemmas and documents",
    "report.answered": "answered",
    "report.open": "open",
    "report.balance": "Give and take",
    "report.balance_note": "Bringing: knowledge shared and answers to others' questions. "
    "Taking: questions asked and the answers to them.",
    "report.csv.record": "record",
    "report.csv.date": "date",
    "report.csv.kind": "type",
    "report.csv.title": "title",
    "report.csv.organisation": "organisation",
    "report.csv.person": "person",
    "report.csv.text": "text",
    "report.csv.extra": "extra",
    "report.csv.meeting": "meeting",
    "report.csv.item": "shared",
    "report.csv.reply": "reply",
    "report.csv.helpful": "helpful answer",
}
