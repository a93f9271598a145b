"""What a person should do next in one network, for App Home (issue 13, item 4).

Each feature has a small *provider*: a function that reads its own tables for one person in one
network (a `Seat`) and returns `NextStep`s, each a line with the buttons that do it. The App Home
(bot/services/home_view.py) lists the providers and shows what they return, a line each: the
coordinator's work first, then the person's own. A new feature adds its provider there with one
line:

    def steps(seat: Seat) -> list[NextStep]:
        if seat.is_coordinator and ...:
            return [NextStep("agenda.step.missing", buttons=(StepButton(...),), fields={...})]
        return []

Texts and button labels are catalogue keys; fields are filled in (and escaped) by the builder,
a `datetime` field is written as a date in the reader's language and time zone, a `Phrase`
field as a catalogue text of its own. A button that
cannot be undone carries a `Confirm` (Slack asks first, naming what goes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from bot.domain.network import Role
from bot.services.meeting_overview import MeetingOverview
from storage.models import Member, Network


@dataclass(frozen=True)
class Phrase:
    """A field that is itself a catalogue text ('bijeenkomst {number}'), written in the
    reader's language; `capitalised` starts a sentence with it."""

    key: str
    fields: Mapping[str, object] = field(default_factory=dict)
    capitalised: bool = False

    def capital(self) -> Phrase:
        return Phrase(self.key, self.fields, capitalised=True)


@dataclass(frozen=True)
class Confirm:
    """Catalogue keys of Slack's confirmation dialog; filled in with the step's fields."""

    title_key: str
    text_key: str
    yes_key: str


@dataclass(frozen=True)
class StepButton:
    label_key: str
    action_id: str
    value: str
    style: str | None = None
    confirm: Confirm | None = None


@dataclass(frozen=True)
class NextStep:
    key: str  # the line's catalogue key
    fields: Mapping[str, object] = field(default_factory=dict)
    buttons: tuple[StepButton, ...] = ()
    for_coordinator: bool = False  # the coordinator's work (shown first, under its own heading)


@dataclass(frozen=True)
class Seat:
    """One person in one network, read inside the App Home's transaction."""

    session: Session
    member: Member
    network: Network
    now: datetime
    meetings: MeetingOverview

    @property
    def user_id(self) -> str:
        return self.member.slack_user_id

    @property
    def is_coordinator(self) -> bool:
        return Role.COORDINATOR in self.member.roles

    @property
    def takes_part(self) -> bool:
        """With an organisation, or as *ervaringsdeskundige*."""
        return self.member.organisation is not None or Role.EXPERIENCE_EXPERT in self.member.roles


Provider = Callable[[Seat], Iterable[NextStep]]


def collect(providers: Iterable[Provider], seat: Seat, limit: int) -> tuple[NextStep, ...]:
    """Every provider's steps, the coordinator's first, at most `limit` (App Home has room for
    100 blocks in all)."""
    found = [step for provider in providers for step in provider(seat)]
    ordered = [s for s in found if s.for_coordinator] + [s for s in found if not s.for_coordinator]
    return tuple(ordered[:limit])
