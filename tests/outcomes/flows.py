"""Steps the after-meeting tests share: a planned meeting that ends, the prompts it sends,
and the attendance and results modals as Slack submits them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.signed import Response, SlackRequestClient
from storage.models import AttendanceRecord, MeetingResult, Rsvp

S = SlackRequestClient
# Meeting 1 as tests/meetings/flows.py plans it: 9 February 2027, 14:00-17:00 Amsterdam.
MEETING_ENDS = datetime(2027, 2, 9, 16, 0, tzinfo=UTC)


def attendance_state(groups: dict[int, list[str]], online: list[str]) -> dict[str, Any]:
    state: dict[str, Any] = {
        f"{ids.ATTENDANCE_GROUP}{index}": {ids.VALUE: S.checkboxes_values(users)}
        for index, users in groups.items()
    }
    state[ids.ATTENDANCE_ONLINE] = {
        ids.VALUE: {"type": "multi_users_select", "selected_users": online}
    }
    return state


def outcome_state(
    kind: str | None, text: str, owner: str | None = None, due: str | None = None
) -> dict[str, Any]:
    return {
        ids.OUTCOME_KIND: {ids.VALUE: S.static_select_value(kind)},
        ids.OUTCOME_TEXT: {ids.VALUE: S.text_value(text)},
        ids.OUTCOME_OWNER: {ids.VALUE: S.users_select_value(owner)},
        ids.OUTCOME_DUE: {ids.VALUE: S.datepicker_value(due)},
    }


def submit_outcome(
    client: SlackRequestClient, modal: dict[str, Any], state: dict[str, Any], user: str = "U1"
) -> Response:
    return client.view_submission(
        ids.OUTCOME_MODAL, state, user=user, private_metadata=modal["private_metadata"]
    )


def rsvped(bot: LnBot, meeting_id: int, user: str, attendance: str) -> None:
    """An RSVP written directly (the online button asks a reason in a modal first)."""
    with bot.uow() as uow:
        uow.session.add(
            Rsvp(
                meeting_id=meeting_id,
                slack_user_id=user,
                attendance=attendance,
                answered_at=bot.clock.now(),
            )
        )
        uow.commit()


def records(bot: LnBot) -> dict[str, tuple[str | None, str | None]]:
    """user -> (own word, confirmation)."""
    with bot.uow() as uow:
        rows = uow.session.scalars(select(AttendanceRecord))
        return {r.slack_user_id: (r.self_report, r.confirmed) for r in rows}


def results(bot: LnBot) -> list[MeetingResult]:
    with bot.uow() as uow:
        rows = list(uow.session.scalars(select(MeetingResult).order_by(MeetingResult.id)))
        uow.session.expunge_all()
        return rows
