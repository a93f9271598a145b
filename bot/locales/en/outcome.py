"""English texts of the published outcome (issue 17)."""

MESSAGES: dict[str, str] = {
    "outcome.published": "The outcome of *{name}* is on the web now: {address}\nShare this "
    "address with whoever may read it. Type `/lerend rapport offline` to take the page down.",
    "outcome.published_path": "The outcome of *{name}* is on the web now, on the bot's server: "
    "`{address}`\nShare this address with whoever may read it. Type `/lerend rapport offline` "
    "to take the page down.",
    "outcome.unpublished": "The outcome of *{name}* is no longer on the web. The old address no "
    "longer works.",
    "outcome.error.no_review": "There is no outcome to publish yet. Type `/lerend rapport "
    "anoniem` first: then every organisation approves its part.",
    "outcome.error.not_approved": "Not every organisation has approved the outcome yet, so it "
    "cannot be published. We are waiting for: {organisations}.",
    "outcome.error.forced": "This outcome was made without every organisation approving its "
    "part. It can only be published when everyone agrees: type `/lerend rapport anoniem` for a "
    "new round.",
    "outcome.error.not_built": "The outcome is still being made. Try again in a minute.",
    "outcome.error.not_published": "This network's outcome is not on the web.",
    "outcome.index.title": "Outcomes of the learning networks",
    "outcome.index.intro": "What the learning networks learned together in their year. Every "
    "organisation approved its part; no names of people are in it.",
    "outcome.index.none": "No outcome has been published yet.",
    "outcome.index.published": "published on {date}",
    "outcome.not_found.title": "This page does not exist (any more)",
    "outcome.not_found.text": "Perhaps the outcome was taken offline, or the address was not "
    "copied completely.",
    "outcome.not_found.index": "Every published outcome",
    "audit.outcome.published": "put the outcome on the web",
    "audit.outcome.unpublished": "took the outcome off the web",
}
