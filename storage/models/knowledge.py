"""Knowledge sharing: items posted in the channel, the replies in their threads, experts'
themes, the search documents, digest settings and the outcome report's reviews.

The full-text index itself is dialect-specific DDL outside these models (see
storage/search.py): on SQLite an FTS5 table fed by triggers, on PostgreSQL a generated
`tsvector` column with a GIN index. Both follow `search_documents.body` inside the same
transaction, so the ORM only ever writes that column.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.core import Base


class KnowledgeItem(Base):
    """A good example, dilemma, question, document or result, posted as a thread starter.

    `organisation_id` is the author's organisation when shared: bringing and taking are
    counted per organisation. A question is closed when its asker marks a helpful answer.
    Its message (the thread starter) lives in `slack_messages` (purpose `knowledge.item`).
    """

    __tablename__ = "knowledge_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(150))
    description: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str | None] = mapped_column(String(500))
    author_user_id: Mapped[str] = mapped_column(String(32))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    source_channel_id: Mapped[str | None] = mapped_column(String(32))
    source_ts: Mapped[str | None] = mapped_column(String(32))
    source_permalink: Mapped[str | None] = mapped_column(String(500))
    permalink: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[str | None] = mapped_column(String(32))

    tag_rows: Mapped[list[KnowledgeTag]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="KnowledgeTag.tag"
    )

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(row.tag for row in self.tag_rows)


class KnowledgeTag(Base):
    """A tag of an item: a network theme (`theme:<id>`) or a building block (`block:<code>`)."""

    __tablename__ = "knowledge_tags"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_items.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class Contribution(Base):
    """A reply in an item's thread, recorded from message events.

    Unique on channel + ts, so an Events API retry or a duplicate event is harmless. A deleted
    reply keeps its row (text wiped, `deleted_at` set) so a late retry of the original event
    cannot bring it back.
    """

    __tablename__ = "knowledge_contributions"
    __table_args__ = (UniqueConstraint("channel_id", "ts"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_items.id", ondelete="CASCADE"), index=True
    )
    channel_id: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text, default="")
    posted_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    helpful: Mapped[bool] = mapped_column(default=False)


class HelpOffer(Base):
    """An expert clicked *Ik help* on a question; a double click is one offer."""

    __tablename__ = "knowledge_help_offers"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_items.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    offered_at: Mapped[datetime]


class ExpertTheme(Base):
    """A theme an expert answers questions on. An expert without rows is asked on every theme."""

    __tablename__ = "expert_themes"
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True
    )


class KnowledgeSettings(Base):
    """Per network: when the weekly digest is posted (local time), and what it last covered."""

    __tablename__ = "knowledge_settings"
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True
    )
    digest_enabled: Mapped[bool] = mapped_column(default=True)
    digest_weekday: Mapped[int] = mapped_column(default=0)  # Monday
    digest_hour: Mapped[int] = mapped_column(default=9)
    digest_covered_until: Mapped[datetime | None]


class SearchDocument(Base):
    """One searchable text: an item (title and description) or one reply in its thread.

    `body` holds the text as the dialect's index wants it (see storage/search.py); `doc_key`
    ("item:7", "reply:12") makes re-indexing an update, never a second row.
    """

    __tablename__ = "search_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_key: Mapped[str] = mapped_column(String(40), unique=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_items.id", ondelete="CASCADE"), index=True
    )
    contribution_id: Mapped[int | None] = mapped_column(
        ForeignKey("knowledge_contributions.id", ondelete="CASCADE")
    )
    body: Mapped[str] = mapped_column(Text, default="")


class ReportReview(Base):
    """A request for the anonymised outcome report: each organisation approves its excerpt
    before the public version is made, unless a coordinator forces it (with a reason)."""

    __tablename__ = "report_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    requested_by: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), default="open")
    forced_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    published_at: Mapped[datetime | None]


class ReportApproval(Base):
    """One organisation's answer on its excerpt: pending, approved, or changes (a remark)."""

    __tablename__ = "report_approvals"
    review_id: Mapped[int] = mapped_column(
        ForeignKey("report_reviews.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(20), default="pending")
    remark: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(32))
    decided_at: Mapped[datetime | None]
