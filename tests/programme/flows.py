"""Steps the programme tests share: a second network, meetings in the past, events through the
modal, and finding what the bot sent by its content."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.services.views import NetworkRef
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import AttendanceRecord, Meeting, ScheduledJob
from tests.flows import seed_network
from tests.knowledge.test_report import kept

S = SlackRequestClient


def second_network(
    bot: LnBot, *, organisations: int = 1, channel: str = "C2", prefix: str = "UN"
) -> NetworkRef:
    """Another network in the same workspace, coordinated by U2, with members UN01, UN02, ...
    of "Zorg C2 1", "Zorg C2 2", ..."""
    return seed_network(
        bot,
        organisations=organisations,
        coordinator="U2",
        channel=channel,
        name=f"Netwerk {channel}",
        theme="Valpreventie",
        members=prefix,
        organisation=f"Zorg {channel}",
    )


def answered(bot: LnBot, meeting_id: int, *answers: tuple[str, str]) -> None:
    """Attendance taken at a meeting that took place, as the facilitator confirmed it
    (bot/services/attendance.py); RSVPs are only an intention and count for nothing here."""
    with bot.uow() as uow:
        for user, attendance in answers:
            uow.session.add(
                AttendanceRecord(
                    meeting_id=meeting_id,
                    slack_user_id=user,
                    confirmed=attendance,
                    confirmed_by="U1",
                    confirmed_at=bot.clock.now(),
                )
            )
        uow.commit()


def held_meeting(
    bot: LnBot, network_id: int, number: int, *, days_ago: int = 10, hours: int = 3
) -> int:
    """A meeting that took place, written directly (planning refuses the past)."""
    start = bot.clock.now() - timedelta(days=days_ago)
    with bot.uow() as uow:
        meeting = Meeting(
            network_id=network_id,
            number=number,
            starts_at=start,
            ends_at=start + timedelta(hours=hours),
            location="Zwolle",
            created_at=start,
        )
        uow.session.add(meeting)
        uow.session.flush()
        uow.commit()
        return meeting.id


def event_state(
    kind: str | None = "workshop",
    title: str | None = "Valpreventie in de praktijk",
    day: str | None = "2027-02-16",
    start: str | None = "13:30",
    hours: str | None = "1,5",
    location: str = "Online",
    open_to: str | None = None,
) -> dict[str, Any]:
    state = {
        ids.EVENT_TYPE: {ids.VALUE: S.static_select_value(kind)},
        ids.EVENT_TITLE: {ids.VALUE: S.text_value(title)},
        ids.MEETING_DATE: {ids.VALUE: S.datepicker_value(day)},
        ids.MEETING_TIME: {ids.VALUE: S.timepicker_value(start)},
        ids.MEETING_DURATION: {ids.VALUE: S.number_value(hours)},
        ids.MEETING_LOCATION: {ids.VALUE: S.text_value(location)},
    }
    if open_to is not None:
        state[ids.EVENT_OPEN_TO] = {ids.VALUE: S.radio_value(open_to)}
    return state


def submit_event(
    client: SlackRequestClient,
    network_id: int,
    *,
    user: str = "U1",
    event_id: int | None = None,
    **fields: Any,
) -> Response:
    metadata: dict[str, Any] = {"network": network_id}
    if event_id is not None:
        metadata["event"] = event_id
    return client.view_submission(
        ids.EVENT_MODAL, event_state(**fields), user=user, private_metadata=json.dumps(metadata)
    )


def posts_in(slack: FakeSlack, channel: str) -> list[Call]:
    return [
        c
        for c in slack.calls_to("chat.postMessage")
        if c.params.get("channel") == channel and not c.params.get("thread_ts")
    ]


def dm_with(slack: FakeSlack, user: str, words: str) -> list[Call]:
    """The DMs to `user` that contain `words` (the dispatcher sends several at once, so DMs
    are found by what they say, never by their position)."""
    return [
        c
        for c in slack.calls_to("chat.postMessage")
        if c.params.get("channel") == user and words in json.dumps(c.params, ensure_ascii=False)
    ]


def ephemeral(slack: FakeSlack) -> list[dict[str, Any]]:
    return [c.params for c in slack.calls_to("response_url")]


def jobs_like(bot: LnBot, part: str) -> dict[str, ScheduledJob]:
    """The schedule's rows whose key contains `part` (detached copies)."""
    with bot.uow() as uow:
        rows = uow.session.scalars(select(ScheduledJob).where(ScheduledJob.key.contains(part)))
        found = {row.key: row for row in rows}
        uow.session.expunge_all()
        return found


def at(moment: datetime, bot: LnBot) -> None:
    """Move time to `moment` and run what became due, twice (a fan-out plans more)."""
    bot.clock.set(moment)  # type: ignore[attr-defined]
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()


def texts(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def reports(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> tuple[str, str]:
    """The outcome report as Markdown: the coordinators' version with names, then the public
    one (forced, without waiting for every organisation's approval)."""
    before = set(kept(bot))
    client.slash(text="rapport", user="U1")
    bot.dispatcher.run_once()
    internal = built(kept(bot), before, "intern.md")
    client.slash(text="rapport anoniem", user="U1")
    client.slash(text="rapport anoniem forceer alleen een test", user="U1")
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()
    public = built(kept(bot), before, "anoniem.md")
    return internal, public


def built(files: dict[str, str], before: set[str], ending: str) -> str:
    """The kept file with this ending that the command just built (not an earlier one)."""
    (name,) = [name for name in files if name.endswith(ending) and name not in before]
    return files[name]
