"""Intake reminders: 3 and 7 days after joining, through the durable schedule, never after the
intake is done, and neither lost nor repeated across a restart."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.app import LnBot, create_app
from bot.blocks import ids
from bot.clock import FixedClock
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Intake, Member, ScheduledJob
from tests.flows import seed_network
from tests.intake.helpers import buttons, dms_to, join, submit_intake


def reminders_to(slack: FakeSlack, user: str) -> list[str]:
    return [c.params["text"] for c in dms_to(slack, user) if "intake voor" in c.params["text"]]


def test_two_reminders_and_no_more(bot: LnBot, clock: FixedClock, slack: FakeSlack) -> None:
    network = seed_network(bot)
    join(bot, network.id, "U2", "Zorggroep Oost")
    bot.dispatcher.run_once()  # the welcome DM
    assert reminders_to(slack, "U2") == []

    clock.advance(timedelta(days=3))
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()
    first = reminders_to(slack, "U2")
    assert len(first) == 1 and "Wil je je intake voor Ouderenzorg Noord" in first[0]
    reminder = dms_to(slack, "U2")[-1].params
    assert buttons(reminder["blocks"])[0]["action_id"] == ids.INTAKE_BUTTON

    clock.advance(timedelta(days=4))
    bot.dispatcher.run_once()
    assert len(reminders_to(slack, "U2")) == 2
    assert "Laatste herinnering" in reminders_to(slack, "U2")[1]

    clock.advance(timedelta(days=30))
    bot.dispatcher.run_once()
    assert len(reminders_to(slack, "U2")) == 2


def test_no_reminders_after_the_intake(
    bot: LnBot, client: SlackRequestClient, clock: FixedClock, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    join(bot, network.id, "U2", "Zorggroep Oost")
    submit_intake(client, network.id, user="U2", proud_of="Valpreventie", learn="Roosters")
    with bot.uow() as uow:
        jobs = uow.session.scalars(
            select(ScheduledJob).where(ScheduledJob.kind == "intake.reminder")
        ).all()
        assert sorted(j.state for j in jobs) == ["cancelled", "cancelled"]
    for _ in range(2):
        clock.advance(timedelta(days=4))
        bot.dispatcher.run_once()
    assert reminders_to(slack, "U2") == []


def test_a_reminder_due_after_a_late_intake_is_a_no_op(
    bot: LnBot, clock: FixedClock, slack: FakeSlack
) -> None:
    """The intake done while a reminder was already claimed: the handler checks again."""
    network = seed_network(bot)
    join(bot, network.id, "U2", "Zorggroep Oost")
    with bot.uow() as uow:  # pretend the cancel missed it (e.g. it was running at that moment)
        member = uow.session.scalar(select(Member).where(Member.slack_user_id == "U2"))
        now = clock.now()
        uow.session.add(
            Intake(
                network_id=network.id,
                member_id=member.id,
                proud_of="x",
                struggle="y",
                created_at=now,
                updated_at=now,
            )
        )
        uow.commit()
    clock.advance(timedelta(days=3))
    report = bot.dispatcher.run_once()
    assert report.done >= 1 and reminders_to(slack, "U2") == []


def test_a_restart_neither_loses_nor_repeats_reminders(
    bot: LnBot, clock: FixedClock, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    join(bot, network.id, "U2", "Zorggroep Oost")
    bot.dispatcher.run_once()
    bot.close()  # the process stops; the schedule is in the database
    clock.advance(timedelta(days=3))
    for _ in range(2):  # two restarts: the first sends the reminder, the second does not repeat it
        restarted = create_app(bot.settings, clock=clock)
        try:
            restarted.dispatcher.run_once()
        finally:
            restarted.close()
        assert len(reminders_to(slack, "U2")) == 1
