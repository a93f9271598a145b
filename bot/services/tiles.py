"""Use cases of the closing one-liners (tegeltjeswijsheden): a coordinator opens a round at the
end of a meeting, every member is asked for one line in a DM, and after the set time the lines
are posted together in the channel; they stay for the outcome report.

A round and its work live in the durable schedule: one DM job per member and one job that
posts, anchored to the meeting like the meeting's own work (`meeting:{id}:tiles:...`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.meetings import MeetingStatus, OccasionKind
from bot.domain.network import clean_text
from bot.domain.tiles import arranged, validate_tile
from bot.scheduling.schedule import Anchor, schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meetings import MeetingView, view_of
from bot.services.network_work import coordinators_network, load_network
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import Meeting, Network, Tile, TileRound
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

ASK_JOB = "tile.ask"
POST_JOB = "tile.post"
TILE_POST = "tile.lines"  # slack_messages purpose of a round's post; subject: the round
# `/lerend tegeltje` belongs to a meeting that started and ended at most this long ago.
CLOSING_WINDOW = timedelta(hours=12)


@dataclass(frozen=True)
class RoundView:
    id: int
    network: NetworkRef
    meeting: MeetingView | None
    posts_at: datetime
    posted: bool


@dataclass(frozen=True)
class Opened:
    round: RoundView
    asked: int
    already_open: bool = False


@dataclass(frozen=True)
class TileAsk:
    """A member's one-liner in a round, for the DM and the modal."""

    round: RoundView
    text: str | None = None


@dataclass(frozen=True)
class TilePost:
    round: RoundView
    lines: tuple[str, ...]


def open_round(
    uow: UnitOfWork,
    *,
    network_id: int | None,
    meeting_id: int | None,
    user_id: str,
    after: timedelta,
    now: datetime,
) -> Opened:
    """Open the closing round of a meeting (the button under its announcement) or of the
    channel's network (`/lerend tegeltje`: the meeting that is ending, if there is one). A
    second click finds the round that is open."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id) if meeting_id else None
        if meeting_id and (meeting is None or meeting.status != MeetingStatus.PLANNED):
            raise UserFacingError("meeting.error.gone")
        network = coordinators_network(
            session, meeting.network_id if meeting else network_id or 0, user_id
        )
        meeting = meeting or _ending_meeting(session, network.id, now)
        existing = _find_round(session, meeting.id) if meeting else None
        if existing is not None:
            if existing.posted_at is not None:
                raise UserFacingError("tile.error.closed")
            return Opened(_view(session, existing), 0, already_open=True)
        participants = sorted(m.slack_user_id for m in network.members)
        if not participants:
            raise UserFacingError("tile.error.nobody")
        values = {
            "network_id": network.id,
            "opened_by": user_id,
            "opened_at": now,
            "posts_at": now + after,
        }
        if meeting is None:
            tile_round = TileRound(meeting_id=None, **values)
            session.add(tile_round)
            session.flush()
        else:  # one round per meeting, also when two clicks race
            inserted = insert_if_absent(
                session, TileRound, ["meeting_id"], meeting_id=meeting.id, **values
            )
            tile_round = _round_of(session, meeting)
            if not inserted:
                return Opened(_view(session, tile_round), 0, already_open=True)
        _schedule(session, network, tile_round, participants, now)
        repo.record_audit(
            session, network_id=network.id, actor=user_id, action="tiles.opened", now=now
        )
        uow.commit()
        return Opened(_view(session, tile_round), len(participants))


def _ending_meeting(session: Session, network_id: int, now: datetime) -> Meeting | None:
    """The meeting that has started and ended no more than CLOSING_WINDOW ago."""
    return session.scalar(
        select(Meeting)
        .where(
            Meeting.network_id == network_id,
            Meeting.kind == OccasionKind.MEETING,
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at <= now,
            Meeting.ends_at >= now - CLOSING_WINDOW,
        )
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    )


def _find_round(session: Session, meeting_id: int) -> TileRound | None:
    return session.scalar(
        select(TileRound)
        .where(TileRound.meeting_id == meeting_id)
        .execution_options(populate_existing=True)
    )


def _round_of(session: Session, meeting: Meeting) -> TileRound:
    """The meeting's round, just inserted by this transaction or a concurrent one."""
    found = _find_round(session, meeting.id)
    assert found is not None
    return found


def _schedule(
    session: Session, network: Network, tile_round: TileRound, users: list[str], now: datetime
) -> None:
    """One DM per member now, and the post when the time is up."""
    anchor: Anchor | None = ("meeting", tile_round.meeting_id) if tile_round.meeting_id else None
    prefix = (
        f"meeting:{tile_round.meeting_id}:tiles"
        if tile_round.meeting_id
        else f"network:{network.id}:tiles:{tile_round.id}"
    )
    jobs = [(f"{prefix}:ask:member:{user}", ASK_JOB, now, {"user_id": user}) for user in users]
    jobs.append((f"{prefix}:post", POST_JOB, tile_round.posts_at, {}))
    for key, kind, run_at, payload in jobs:
        schedule_job(
            session,
            key=key,
            kind=kind,
            run_at=run_at,
            payload={"round_id": tile_round.id, **payload},
            team_id=network.workspace.team_id,
            network_id=network.id,
            anchor=anchor,
            now=now,
        )


def ask(uow: UnitOfWork, *, round_id: int, user_id: str) -> TileAsk | None:
    """What a member's DM asks; None when the round was posted meanwhile or they left."""
    with uow:
        session = uow.session
        tile_round = session.get(TileRound, round_id)
        if tile_round is None or tile_round.posted_at is not None:
            return None
        if repo.member_of(session, tile_round.network_id, user_id) is None:
            return None
        return TileAsk(_view(session, tile_round))


def tile_form(uow: UnitOfWork, *, round_id: int, user_id: str) -> TileAsk:
    """The modal, with the member's line so far."""
    with uow:
        session = uow.session
        tile_round = _open(session, round_id, user_id)
        tile = _tile(session, round_id, user_id)
        return TileAsk(_view(session, tile_round), tile.text if tile else None)


def write_tile(
    uow: UnitOfWork, *, round_id: int, user_id: str, text: str, now: datetime
) -> RoundView:
    """Store a member's one line; the last edit wins (one row per member, a unique key)."""
    errors = validate_tile(text)
    if errors:
        raise FieldErrors(errors)
    line = clean_text(text)
    with uow:
        session = uow.session
        tile_round = _open(session, round_id, user_id)
        insert_if_absent(
            session,
            Tile,
            ["round_id", "slack_user_id"],
            round_id=round_id,
            slack_user_id=user_id,
            text=line,
            written_at=now,
        )
        tile = _tile(session, round_id, user_id)
        assert tile is not None  # inserted just above, or by a concurrent submit
        tile.text, tile.written_at = line, now
        uow.commit()
        return _view(session, tile_round)


def to_post(uow: UnitOfWork, *, round_id: int) -> TilePost | None:
    """The lines to post together; None when they were posted already (a retried job)."""
    with uow:
        session = uow.session
        tile_round = session.get(TileRound, round_id)
        if tile_round is None or tile_round.posted_at is not None:
            return None
        lines = session.scalars(select(Tile.text).where(Tile.round_id == round_id))
        return TilePost(_view(session, tile_round), tuple(arranged(lines)))


def mark_posted(uow: UnitOfWork, *, round_id: int, channel_id: str, ts: str, now: datetime) -> None:
    """The round is closed once its lines are in the channel."""
    with uow:
        tile_round = uow.session.get(TileRound, round_id)
        if tile_round is not None:
            tile_round.posted_at = now
            repo.remember_message(
                uow.session,
                purpose=TILE_POST,
                subject_id=tile_round.id,
                network_id=tile_round.network_id,
                channel_id=channel_id,
                ts=ts,
                now=now,
            )
        uow.commit()


def _open(session: Session, round_id: int, user_id: str) -> TileRound:
    tile_round = session.get(TileRound, round_id)
    if tile_round is None:
        raise UserFacingError("tile.error.gone")
    if tile_round.posted_at is not None:
        raise UserFacingError("tile.error.closed")
    if repo.member_of(session, tile_round.network_id, user_id) is None:
        raise UserFacingError("tile.error.not_a_member")
    return tile_round


def _tile(session: Session, round_id: int, user_id: str) -> Tile | None:
    return session.scalar(
        select(Tile)
        .where(Tile.round_id == round_id, Tile.slack_user_id == user_id)
        .execution_options(populate_existing=True)
    )


def _view(session: Session, tile_round: TileRound) -> RoundView:
    network = load_network(session, tile_round.network_id)
    meeting = session.get(Meeting, tile_round.meeting_id) if tile_round.meeting_id else None
    return RoundView(
        id=tile_round.id,
        network=network_ref(network),
        meeting=view_of(session, meeting) if meeting else None,
        posts_at=tile_round.posts_at,
        posted=tile_round.posted_at is not None,
    )
