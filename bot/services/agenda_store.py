"""A meeting's agenda as stored (bot/services/agenda.py builds it): read here, below the
meetings service, so the announcement's reminder and calendar file can carry it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import AgendaItem

ACCEPTED = "accepted"
PROPOSED = "proposed"
DECLINED = "declined"


def agenda_lines(session: Session, meeting_id: int) -> tuple[str, ...]:
    """The accepted points, in their order."""
    return tuple(
        session.scalars(
            select(AgendaItem.text)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.status == ACCEPTED)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )
