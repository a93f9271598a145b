"""Dutch texts of follow-up answers shared in the poll's thread (issue 16)."""

MESSAGES: dict[str, str] = {
    "poll.my_answers": "Mijn antwoorden aanpassen",
    "poll.follow_up.thanks_shared": "Dank je wel! Je stem is opgeslagen en je antwoord staat "
    "nu in de draad onder de poll.",
    "poll.share.label": "Wie mag je antwoord lezen?",
    "poll.share.named": "Iedereen in het kanaal, met mijn naam",
    "poll.share.anonymous": "Iedereen in het kanaal, zonder mijn naam",
    "poll.share.private": "Alleen de organisatoren",
    "poll.share.by_text": "Een deelnemer koos {option} en vertelt erover.",
    "poll.share.choose_option": "Je koos meer dan één antwoord. Van welk antwoord wil je wat "
    "je vertelde aanpassen?",
    "poll.share.by": "<@{user}> koos *{option}* en vertelt:",
    "poll.share.by_anonymous": "Iemand koos *{option}* en vertelt:",
    "poll.share.withdraw": "Intrekken",
    "poll.share.withdraw_hint": "Alleen wie dit schreef, kan het intrekken.",
    "poll.share.withdrawn": "Je antwoord staat niet meer in de draad. De organisatoren kunnen "
    "het nog wel lezen.",
    "poll.share.error.not_yours": "Alleen wie dit antwoord schreef, kan het intrekken.",
    "poll.share.error.vote_first": "Stem eerst; daarna krijg je de vervolgvragen.",
    "poll.share.error.no_follow_up": "Bij jouw keuze horen geen vervolgvragen.",
    "audit.poll.answer_withdrawn": "heeft een gedeeld antwoord bij een poll ingetrokken",
    "poll.csv.reply": "Reactie in de draad",
    "poll.search.found": "Gevonden onder de polls van dit netwerk:",
    "poll.search.heading": "Gedeeld onder een poll",
    "poll.search.someone": "Iemand",
}
