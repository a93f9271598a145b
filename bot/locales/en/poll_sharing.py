"""English texts of follow-up answers shared in the poll's thread (issue 16)."""

MESSAGES: dict[str, str] = {
    "poll.my_answers": "Change my answers",
    "poll.follow_up.thanks_shared": "Thank you! Your vote is saved and your answer is now in the "
    "thread under the poll.",
    "poll.share.label": "Who may read your answer?",
    "poll.share.named": "Everyone in the channel, with my name",
    "poll.share.anonymous": "Everyone in the channel, without my name",
    "poll.share.private": "Only the organisers",
    "poll.share.by_text": "A member chose {option} and tells about it.",
    "poll.share.choose_option": "You chose more than one answer. For which one do you want to "
    "change what you said?",
    "poll.share.by": "<@{user}> chose *{option}* and says:",
    "poll.share.by_anonymous": "Someone chose *{option}* and says:",
    "poll.share.withdraw": "Withdraw",
    "poll.share.withdraw_hint": "Only the person who wrote this can withdraw it.",
    "poll.share.withdrawn": "Your answer is no longer in the thread. The organisers can still "
    "read it.",
    "poll.share.error.not_yours": "Only the person who wrote this answer can withdraw it.",
    "poll.share.error.vote_first": "Vote first; then you get the follow-up questions.",
    "poll.share.error.no_follow_up": "Your choice has no follow-up questions.",
    "audit.poll.answer_withdrawn": "withdrew a shared answer to a poll",
    "poll.csv.reply": "Reply in the thread",
    "poll.search.found": "Found under this network's polls:",
    "poll.search.heading": "Shared under a poll",
    "poll.search.someone": "Someone",
}
