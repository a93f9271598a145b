"""The consent decision (consentbesluit) on a new organisation after the 2nd meeting.

Not a majority vote: the whole group must consent (shared/DOMAIN.md, 'Who takes part').
Each participating organisation holds one vote; any of its members may cast or change it.

- It passes as soon as every organisation has said *Akkoord* or *Onthouding* and none objects:
  the candidate need not wait for the deadline.
- An objection does not end it at once: until the deadline the group can talk and the
  objecting organisation can withdraw. An objection that still stands at the deadline rejects.
- At the deadline, an organisation that has not voted also blocks consent (everyone must have
  taken part), so the request is rejected as incomplete.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import timedelta
from enum import StrEnum

DEADLINE = timedelta(days=7)
REMIND_BEFORE_DEADLINE = timedelta(days=2)
REASON_MAX = 1000

# Scheduled work of a consent decision: started by a join request (bot/services/networks.py),
# the rest planned by the decision itself (bot/services/consent.py).
START_JOB = "consent.start"
CLOSE_JOB = "consent.close"
REMIND_JOB = "consent.remind"
REMIND_MEMBER_JOB = "consent.remind_member"
OUTCOME_JOB = "consent.outcome"


class Choice(StrEnum):
    CONSENT = "consent"  # akkoord
    OBJECTION = "objection"  # bezwaar
    ABSTAIN = "abstain"  # onthouding


class Outcome(StrEnum):
    OPEN = "open"
    PASSED = "passed"
    OBJECTED = "objected"
    INCOMPLETE = "incomplete"
    FULL = "full"  # consented, but the network reached its maximum in the meantime


def decide(
    organisation_ids: Collection[int],
    votes: Mapping[int, Choice],
    *,
    deadline_passed: bool,
) -> Outcome:
    """The outcome so far; votes of organisations that no longer take part do not count."""
    current = {org: choice for org, choice in votes.items() if org in organisation_ids}
    everyone = all(org in current for org in organisation_ids)
    objection = Choice.OBJECTION in current.values()
    if not deadline_passed:
        return Outcome.PASSED if everyone and not objection else Outcome.OPEN
    if objection:
        return Outcome.OBJECTED
    return Outcome.PASSED if everyone else Outcome.INCOMPLETE


def not_voted(organisation_ids: Collection[int], votes: Mapping[int, Choice]) -> set[int]:
    """Organisations still to vote (they get a reminder)."""
    return set(organisation_ids) - set(votes)


def validate_reason(choice: Choice, reason: str) -> str | None:
    """An objection needs its reason, so the group can talk about it."""
    if choice is Choice.OBJECTION and not reason:
        return "consent.error.reason_required"
    if len(reason) > REASON_MAX:
        return "error.too_long"
    return None
