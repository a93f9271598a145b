"""What the seed programmes do beyond one network: the idea box, closing one-liners
(tegeltjeswijsheden), the other networks a lighter event is open to, programme coordinators per
workspace, and whether a network shares its knowledge with the programme.

Ideas keep their author even when anonymous: only the author may later put their name to one,
and a member's own data must stay findable. Nobody else is ever shown the author of an
anonymous idea.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base


class Idea(Base):
    """An idea for the coming meetings (ideeënbus); `meeting_id` is the meeting it was meant
    for (the announcement it came from, else the next meeting at the time)."""

    __tablename__ = "ideas"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    author_user_id: Mapped[str] = mapped_column(String(32))
    show_name: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime]
    taken_up_at: Mapped[datetime | None]
    taken_up_by: Mapped[str | None] = mapped_column(String(32))


class TileRound(Base):
    """A round of closing one-liners, opened by a coordinator at the end of a meeting; the
    one-liners are posted together in the channel at `posts_at`."""

    __tablename__ = "tile_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), unique=True
    )
    opened_by: Mapped[str] = mapped_column(String(32))
    opened_at: Mapped[datetime]
    posts_at: Mapped[datetime]
    posted_at: Mapped[datetime | None]  # where: slack_messages (purpose "tile.lines")


class Tile(Base):
    """One member's one-liner in a round; the unique key makes the last edit win."""

    __tablename__ = "tiles"
    __table_args__ = (UniqueConstraint("round_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("tile_rounds.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(String(150))
    written_at: Mapped[datetime]


class OccasionNetwork(Base):
    """Another network a lighter event is open to: its members may come, and the event is
    announced in its channel too (where: `slack_messages`, purpose `meeting.guest`, subject the
    event, network this one)."""

    __tablename__ = "occasion_networks"
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True
    )


class Programme(Base):
    """One programme per workspace; the row exists once someone claimed it (the first claim
    wins, as the row is inserted only if absent)."""

    __tablename__ = "programmes"
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    claimed_by: Mapped[str] = mapped_column(String(32))
    claimed_at: Mapped[datetime]


class ProgrammeCoordinator(Base):
    """A programme coordinator: sees every network of the workspace (a role above the
    network coordinator)."""

    __tablename__ = "programme_coordinators"
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    slack_user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    added_by: Mapped[str] = mapped_column(String(32))
    added_at: Mapped[datetime]


class ProgrammeShare(Base):
    """Whether a network shares its knowledge items with the programme (search `overal`)."""

    __tablename__ = "programme_shares"
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True
    )
    shared: Mapped[bool] = mapped_column(default=False)
    changed_by: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime]
