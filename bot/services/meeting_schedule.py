"""The durable schedule of a meeting or event: every reminder, prompt, check-in round, the
evaluation trigger and the idea box after a meeting is a row in `scheduled_jobs`, anchored to
its meeting, with a key that names it (`meeting:{id}:reminder:{offset}:member:{user}`). An
event (not one of the seven) has reminders only, to everyone it is open to.

After any change (planned, moved, settings changed) `sync_jobs` works out the rows the meeting
should have now and brings the schedule in line: a pending row moves, a missing one is added,
one no longer wanted is cancelled, and one that already ran stays as it was, so nothing is sent
twice. Nothing is ever scheduled in the past.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.checkins import ROUND_JOB
from bot.domain.ideas import OFFER_JOB as IDEA_BOX_JOB
from bot.domain.meetings import (
    DEFAULT_CHECKIN_AFTER,
    DEFAULT_REMINDER_OFFSETS,
    DEFAULT_ZONE,
    EVALUATION_AFTER_MEETING,
    FOLLOW_UP_SLOTS,
    UNREPRESENTED_CHECK_BEFORE,
    MeetingStatus,
    OccasionKind,
    Offset,
    parse_offsets,
    reminder_at,
)
from bot.domain.outcomes import PROMPTS_JOB as ATTENDANCE_JOB
from bot.scheduling.schedule import CANCELLED, Anchor, pending_for_anchor, schedule_job
from bot.services.meeting_overview import invitees, occasions_open_to
from bot.services.year import AFTER_MEETING_JOB, after_meeting_jobs
from storage.models import Meeting, MeetingSettings, Network, SlackUser

REMINDER_JOB = "meeting.reminder"
COORDINATORS_JOB = "meeting.coordinators"
NOTE_JOB = "meeting.coordinator_note"
EVALUATION_JOB = "meeting.evaluation"
REFRESH_JOB = "meeting.refresh"
CANCELLED_JOB = "meeting.cancelled"
# The rows `sync_jobs` owns: it adds, moves and cancels them to fit the meeting as it is now.
SYNCED_KINDS = frozenset(
    {
        REMINDER_JOB,
        COORDINATORS_JOB,
        EVALUATION_JOB,
        ROUND_JOB,
        IDEA_BOX_JOB,
        ATTENDANCE_JOB,
        AFTER_MEETING_JOB,
    }
)


class Note(StrEnum):
    """What a coordinator is told about a meeting."""

    UNREPRESENTED = "unrepresented"  # 3 days before: organisations with nobody coming
    FOLLOW_UP = "follow_up"  # after meeting 1 (plan 2-4) and after meeting 3 (plan 5-7)


@dataclass(frozen=True)
class Job:
    """One row a meeting should have: what runs, when, with what."""

    kind: str
    run_at: datetime
    payload: dict[str, Any]


def schedule_for_new_member(
    session: Session, network: Network, user_id: str, now: datetime
) -> None:
    """Called when someone joins (bot/services/networks.py admit()), in that transaction: the
    reminders of the meetings and events still to come, also of other networks' events open to
    this one (their reminders follow the planning network's settings). Their time zone is
    usually cached by then (the join modal looked them up); otherwise DEFAULT_ZONE, as no
    settings reach admit()."""
    for meeting in occasions_open_to(session, network.id):
        home = (
            network
            if meeting.network_id == network.id
            else session.get(Network, meeting.network_id)
        )
        if meeting.starts_at > now and home is not None:
            offsets, _ = meeting_settings(session, home.id)
            jobs = _reminders(session, home, meeting, [user_id], offsets, DEFAULT_ZONE)
            schedule_jobs(session, home, meeting, jobs, now)


def sync_jobs(
    session: Session, network: Network, meeting: Meeting, default_tz: str, now: datetime
) -> None:
    """Bring the meeting's rows in line with the meeting as it is now (see the module's
    docstring); `default_tz` times the reminders of members whose time zone is unknown."""
    wanted = _wanted_jobs(session, network, meeting, default_tz)
    schedule_jobs(session, network, meeting, wanted, now)
    for job in pending_for_anchor(session, anchor_of(meeting)):
        spec = wanted.get(job.key)
        if job.kind not in SYNCED_KINDS:
            continue
        # Gone, or now due in the past while it would still run later: never send it late.
        if spec is None or spec.run_at < now < job.run_at:
            job.state, job.finished_at = CANCELLED, now
    session.flush()


def _wanted_jobs(
    session: Session, network: Network, meeting: Meeting, default_tz: str
) -> dict[str, Job]:
    """Every row the meeting should have, by key; the past ones are filtered when scheduling."""
    if meeting.status != MeetingStatus.PLANNED:
        return {}
    offsets, checkin_days = meeting_settings(session, network.id)
    users = invitees(session, meeting)
    wanted = _reminders(session, network, meeting, users, offsets, default_tz)
    if meeting.kind != OccasionKind.MEETING:
        return wanted
    prefix = f"meeting:{meeting.id}"
    check_at = meeting.starts_at - UNREPRESENTED_CHECK_BEFORE
    wanted[f"{prefix}:unrepresented"] = Job(
        COORDINATORS_JOB, check_at, job_payload(meeting, note=str(Note.UNREPRESENTED))
    )
    if meeting.number in FOLLOW_UP_SLOTS:
        wanted[f"{prefix}:follow_up"] = Job(
            COORDINATORS_JOB, meeting.ends_at, job_payload(meeting, note=str(Note.FOLLOW_UP))
        )
    if meeting.number == EVALUATION_AFTER_MEETING:
        wanted[f"{prefix}:evaluation"] = Job(EVALUATION_JOB, meeting.ends_at, job_payload(meeting))
    if checkin_days:
        checkin_at = meeting.ends_at + timedelta(days=checkin_days)
        wanted[f"{prefix}:checkin"] = Job(ROUND_JOB, checkin_at, job_payload(meeting))
    # Right after the meeting the idea box is offered to every member (bot/services/ideas.py).
    wanted[f"{prefix}:idea_box"] = Job(IDEA_BOX_JOB, meeting.ends_at, job_payload(meeting))
    # And attendance is taken (bot/services/attendance.py).
    wanted[f"{prefix}:attendance"] = Job(ATTENDANCE_JOB, meeting.ends_at, job_payload(meeting))
    # After meeting 1 the commitment round and the goal, after 7 another year (services/year.py).
    for key, (kind, run_at) in after_meeting_jobs(meeting).items():
        wanted[key] = Job(kind, run_at, job_payload(meeting))
    return wanted


def _reminders(
    session: Session,
    network: Network,
    meeting: Meeting,
    users: list[str],
    offsets: list[Offset],
    default_tz: str,
) -> dict[str, Job]:
    """One reminder per member per offset, at 09:00 in the member's own time zone."""
    zones = _zones(session, network.workspace.team_id, users, default_tz)
    return {
        f"meeting:{meeting.id}:reminder:{offset.code}:member:{user}": Job(
            REMINDER_JOB,
            reminder_at(meeting.starts_at, offset, zones[user]),
            job_payload(meeting, user_id=user, offset=offset.code),
        )
        for user in users
        for offset in offsets
    }


def schedule_jobs(
    session: Session,
    network: Network,
    meeting: Meeting,
    jobs: dict[str, Job],
    now: datetime,
) -> None:
    """Schedule (or move) `jobs`, anchored to the meeting; never anything in the past."""
    for key, job in jobs.items():
        if job.run_at >= now:
            schedule_job(
                session,
                key=key,
                kind=job.kind,
                run_at=job.run_at,
                payload=job.payload,
                team_id=network.workspace.team_id,
                network_id=network.id,
                anchor=anchor_of(meeting),
                now=now,
            )


def job_payload(meeting: Meeting, **values: Any) -> dict[str, Any]:
    return {"meeting_id": meeting.id, **values}


def anchor_of(meeting: Meeting) -> Anchor:
    return ("meeting", meeting.id)


def meeting_settings(session: Session, network_id: int) -> tuple[list[Offset], int]:
    """The network's reminder offsets and check-in delay in days (0: no check-ins)."""
    settings = session.get(MeetingSettings, network_id)
    offsets = parse_offsets(settings.reminder_offsets if settings else DEFAULT_REMINDER_OFFSETS)
    days = settings.checkin_after_days if settings else DEFAULT_CHECKIN_AFTER.days
    return offsets or parse_offsets(DEFAULT_REMINDER_OFFSETS) or [], days


def _zones(session: Session, team_id: str, users: list[str], default_tz: str) -> dict[str, str]:
    """Each user's cached Slack time zone, or the default when unknown or not a real zone."""
    cached = dict(
        session.execute(
            select(SlackUser.user_id, SlackUser.tz).where(
                SlackUser.team_id == team_id, SlackUser.user_id.in_(users)
            )
        ).all()
    )
    return {user: _real_zone(cached.get(user)) or default_tz for user in users}


def _real_zone(tz: str | None) -> str | None:
    try:
        return tz if tz and ZoneInfo(tz) else None
    except (ZoneInfoNotFoundError, ValueError):
        return None
