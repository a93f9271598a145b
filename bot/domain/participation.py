"""Proof of participation (seeds 003, 004): the nursing-home quality framework asks every
organisation to take part in a learning network, so an organisation can get a dated statement
of its year: the network, its themes, which meetings it attended and with whom, and what it
brought in.

Attendance is what was taken after each held meeting (bot/services/attendance.py: confirmed
by the facilitator or a coordinator, else the member's own word), never the RSVPs, which are
an intention; a meeting where nobody of the organisation was recorded reads "not registered",
never "absent".
Members see their own organisation's statement; coordinators that of any organisation of
their network. Pure.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.meetings import Attendance

PRESENT = frozenset({Attendance.IN_PERSON, Attendance.ONLINE})


class Presence(StrEnum):
    ATTENDED = "attended"
    ABSENT = "absent"  # the organisation's people were recorded as not there
    NOT_REGISTERED = "not_registered"  # nobody of the organisation answered


@dataclass(frozen=True)
class MeetingPresence:
    presence: Presence
    people: tuple[str, ...] = ()  # who came (Slack user ids), when ATTENDED


def presence_at(answers: Mapping[str, str], members: Collection[str]) -> MeetingPresence:
    """The organisation at one held meeting, from the attendance taken (user -> in_person,
    online or absent) and the organisation's members."""
    own = {user: answer for user, answer in answers.items() if user in members}
    came = tuple(sorted(user for user, answer in own.items() if answer in PRESENT))
    if came:
        return MeetingPresence(Presence.ATTENDED, came)
    if own:
        return MeetingPresence(Presence.ABSENT)
    return MeetingPresence(Presence.NOT_REGISTERED)


def may_see(*, requested: int, own_organisation: int | None, coordinator: bool) -> str | None:
    """None when the statement of organisation `requested` may be shown, else a message key."""
    if coordinator or requested == own_organisation:
        return None
    if own_organisation is None:
        return "participation.error.no_organisation"
    return "participation.error.own_only"
