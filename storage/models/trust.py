"""Who speaks for an organisation (issue 12): its contact person (contactpersoon), colleagues
asking to join an organisation that already takes part, and members' proposals that the
contact person decides on.

The contact person is the first member of the organisation unless someone was named: a row
here names them, and only while they still belong to the organisation (else the first member
speaks again). Proposals are kept per person and decision, so a member's view is shown to the
contact person but never counts for the organisation.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base


class OrganisationContact(Base):
    """The member named to speak for their organisation."""

    __tablename__ = "organisation_contacts"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    slack_user_id: Mapped[str] = mapped_column(String(32))
    set_by: Mapped[str] = mapped_column(String(32))
    set_at: Mapped[datetime]


class ColleagueRequest(Base):
    """A person asking to join an organisation that already takes part; a member of it or a
    coordinator says yes or no (the first answer wins)."""

    __tablename__ = "colleague_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    committed: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime]
    decided_by: Mapped[str | None] = mapped_column(String(32))
    decided_at: Mapped[datetime | None]


class OrganisationProposal(Base):
    """What a member who is not the contact person would answer for the organisation (a
    consent vote or the report excerpt); shown to the contact person, never counted."""

    __tablename__ = "organisation_proposals"
    __table_args__ = (UniqueConstraint("subject", "subject_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(String(20))  # "consent" or "report"
    subject_id: Mapped[int]
    slack_user_id: Mapped[str] = mapped_column(String(32))
    choice: Mapped[str] = mapped_column(String(20))
    remark: Mapped[str | None] = mapped_column(Text)
    proposed_at: Mapped[datetime]
