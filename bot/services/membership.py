"""Who is this person to this network? One answer for every feature (issue 12).

- `standing` says whether someone is a member, a coordinator, which organisation they belong
  to and whether they speak for it (its contact person, *contactpersoon*).
- `require_member` is the one refusal for outsiders: voting in a poll, offering help, the
  status button and calendar files answer members only (friendly, in the reader's language).
- The contact person of an organisation is the member named for it (`organisation_contacts`),
  as long as they still belong to it; otherwise its first member. Only their consent vote and
  report approval count for the organisation; other members propose.
- `ChannelAccess` asks Slack who is in a network's channel: a network in a private channel is
  visible and joinable only for the people in that channel. Slack is asked outside any
  transaction, at most once per channel per request (`SlackChannelAccess` is made per request).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.network import Role
from bot.scheduling.schedule import schedule_job
from bot.services.errors import UserFacingError
from storage import repositories as repo
from storage.models import Member, Network, Organisation, OrganisationContact, OrganisationProposal
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
CONTACT_CHANGED_JOB = "organisation.contact_changed"


@dataclass(frozen=True)
class Standing:
    """What a person is to one network."""

    network_id: int
    network_name: str
    user_id: str
    is_member: bool
    is_coordinator: bool
    organisation_id: int | None
    speaks_for_organisation: bool  # the contact person of `organisation_id`


def standing(session: Session, network_id: int, user_id: str) -> Standing:
    network = _network(session, network_id)
    member = repo.member_of(session, network_id, user_id)
    organisation = member.organisation if member else None
    return Standing(
        network_id=network.id,
        network_name=network.name,
        user_id=user_id,
        is_member=member is not None,
        is_coordinator=bool(member and Role.COORDINATOR in member.roles),
        organisation_id=organisation.id if organisation else None,
        speaks_for_organisation=bool(organisation and contact_of(session, organisation) == user_id),
    )


def require_member(session: Session, network_id: int, user_id: str) -> Member:
    """The person's membership, when they take part in the network; else a friendly refusal
    (one query on the hot path of a poll vote)."""
    member = repo.member_of(session, network_id, user_id)
    if member is None:
        raise UserFacingError("trust.error.members_only", name=_network(session, network_id).name)
    return member


# --- the contact person ----------------------------------------------------------------------


def contact_of(session: Session, organisation: Organisation) -> str | None:
    """Who speaks for the organisation: the named member while they belong to it, else its
    first member (None while it has none)."""
    members = sorted(organisation.members, key=lambda m: (m.joined_at, m.id))
    named = session.get(OrganisationContact, organisation.id)
    if named is not None and any(m.slack_user_id == named.slack_user_id for m in members):
        return named.slack_user_id
    return members[0].slack_user_id if members else None


@dataclass(frozen=True)
class ContactChange:
    network_name: str
    organisation_name: str
    previous: str | None
    contact: str
    changed: bool


def set_contact(
    uow: UnitOfWork, *, network_id: int, actor: str, target: str, now: datetime
) -> ContactChange:
    """Name `target` as the contact person of their organisation. A coordinator may name
    anyone with an organisation; a member only someone of their own organisation. Audited,
    and the new contact person is told."""
    with uow:
        session = uow.session
        network = _network(session, network_id)
        by = standing(session, network_id, actor)
        member = repo.member_of(session, network_id, target)
        if member is None or member.organisation is None:
            raise UserFacingError("contact.error.no_organisation", user=target)
        organisation = member.organisation
        if not by.is_coordinator and by.organisation_id != organisation.id:
            raise UserFacingError("contact.error.not_allowed", organisation=organisation.name)
        previous = contact_of(session, organisation)
        if previous == target:
            return ContactChange(network.name, organisation.name, previous, target, False)
        row = session.get(OrganisationContact, organisation.id)
        if row is None:
            row = OrganisationContact(organisation_id=organisation.id)
            session.add(row)
        row.slack_user_id, row.set_by, row.set_at = target, actor, now
        repo.record_audit(
            session,
            network_id=network_id,
            actor=actor,
            action="organisation.contact",
            now=now,
            organisation=organisation.name,
            previous=previous,
            target=target,
        )
        schedule_job(
            session,
            key=f"organisation:{organisation.id}:contact:{target}:{now.isoformat()}",
            kind=CONTACT_CHANGED_JOB,
            run_at=now,
            payload={"user_id": target, "by": actor, "organisation": organisation.name},
            team_id=network.workspace.team_id,
            network_id=network_id,
            now=now,
        )
        uow.commit()
        return ContactChange(network.name, organisation.name, previous, target, True)


def contacts(session: Session, network: Network) -> dict[int, str]:
    """Organisation id -> its contact person, for every organisation with members."""
    return {
        organisation.id: contact
        for organisation in network.organisations
        if (contact := contact_of(session, organisation)) is not None
    }


# --- proposals by members who do not speak for their organisation ---------------------------


def propose(
    session: Session,
    member: Member,
    *,
    subject: str,
    subject_id: int,
    choice: str,
    remark: str | None,
    now: datetime,
) -> str | None:
    """Keep a member's proposal (their last one counts as theirs) and return the contact person
    to show it to; the organisation's answer does not change."""
    assert member.organisation is not None
    row = session.scalar(
        select(OrganisationProposal).where(
            OrganisationProposal.subject == subject,
            OrganisationProposal.subject_id == subject_id,
            OrganisationProposal.slack_user_id == member.slack_user_id,
        )
    )
    if row is None:
        row = OrganisationProposal(
            network_id=member.network_id,
            organisation_id=member.organisation.id,
            subject=subject,
            subject_id=subject_id,
            slack_user_id=member.slack_user_id,
        )
        session.add(row)
    row.organisation_id, row.choice, row.remark, row.proposed_at = (
        member.organisation.id,
        choice,
        remark,
        now,
    )
    session.flush()
    return contact_of(session, member.organisation)


# --- the network's channel: ask Slack --------------------------------------------------------


class ChannelAccess(Protocol):
    def allows(self, channel_id: str, user_id: str) -> bool:
        """Whether the person may see a network in this channel (public, or they are in it)."""

    def in_channel(self, channel_id: str, user_id: str) -> bool:
        """Whether the person is in the channel (public or private)."""


class SlackClient(Protocol):
    def conversations_info(self, *, channel: str, **kwargs: Any) -> Any: ...
    def conversations_members(self, *, channel: str, **kwargs: Any) -> Any: ...


class SlackChannelAccess:
    """Asks Slack (`conversations.info` for `is_private`, `conversations.members` for who is
    in it), once per channel; make one per request so the answer is fresh but cheap. When
    Slack does not answer, the channel counts as private and the person as outside: a
    network is never shown to someone Slack has not confirmed."""

    def __init__(self, client: SlackClient) -> None:
        self._client = client
        self._private: dict[str, bool] = {}
        self._members: dict[str, frozenset[str]] = {}

    def allows(self, channel_id: str, user_id: str) -> bool:
        return not self._is_private(channel_id) or self.in_channel(channel_id, user_id)

    def in_channel(self, channel_id: str, user_id: str) -> bool:
        return user_id in self._members_of(channel_id)

    def _is_private(self, channel_id: str) -> bool:
        if channel_id not in self._private:
            try:
                channel = self._client.conversations_info(channel=channel_id)["channel"]
                self._private[channel_id] = bool(channel.get("is_private"))
            except Exception as error:
                logger.warning("conversations.info failed: %s", type(error).__name__)
                self._private[channel_id] = True
        return self._private[channel_id]

    def _members_of(self, channel_id: str) -> frozenset[str]:
        if channel_id not in self._members:
            members: set[str] = set()
            cursor: str | None = None
            try:
                while True:
                    page = self._client.conversations_members(
                        channel=channel_id, cursor=cursor, limit=500
                    )
                    members.update(page.get("members") or [])
                    cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
                    if not cursor:
                        break
            except Exception as error:
                logger.warning("conversations.members failed: %s", type(error).__name__)
            self._members[channel_id] = frozenset(members)
        return self._members[channel_id]


def channel_of(uow: UnitOfWork, network_id: int) -> str:
    """The network's channel, read in its own short transaction (before asking Slack)."""
    with uow:
        return _network(uow.session, network_id).channel_id


def _network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    return network
