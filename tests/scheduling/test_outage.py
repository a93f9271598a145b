"""A Slack outage during a fan-out delays the sends; nothing is lost, failed or sent twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.app import LnBot
from bot.scheduling.schedule import schedule_job
from fakeslack.fake_server import FakeSlack
from storage.models import ScheduledJob

FAN_OUT = 20


def fan_out(bot: LnBot) -> None:
    """A reminder to FAN_OUT members, as one row each."""
    bot.jobs.register(
        "test.reminder",
        lambda ctx, job: ctx.client.chat_postMessage(channel=job.payload["user"], text="Morgen!"),
    )
    now = bot.clock.now()
    with bot.uow() as uow:
        for number in range(FAN_OUT):
            schedule_job(
                uow.session,
                key=f"test:reminder:U{number:03d}",
                kind="test.reminder",
                run_at=now,
                payload={"user": f"U{number:03d}"},
                now=now,
            )
        uow.commit()


def states(bot: LnBot) -> list[tuple[str, int]]:
    with bot.uow() as uow:
        rows = uow.session.execute(select(ScheduledJob.state, ScheduledJob.attempts))
        return sorted({(state, attempts) for state, attempts in rows})


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500},
        {"drop_connection": True},
        {"status": 429, "retry_after": 0},  # still limited after the client's own retries
    ],
)
def test_an_outage_leaves_the_rows_pending_then_sends_each_once(
    bot: LnBot, fake_slack_server: FakeSlack, slack: FakeSlack, clock, fault: dict
) -> None:
    fan_out(bot)
    slack.fail_next("chat.postMessage", times=1000, **fault)
    report = bot.dispatcher.run_once()
    assert (report.done, report.failed, report.deferred) == (0, 0, FAN_OUT)
    assert states(bot) == [("pending", 0)]  # no attempt used up
    slack.reset()  # Slack is back
    assert bot.dispatcher.run_once().idle  # not before the outage delay
    clock.advance(timedelta(minutes=1))
    report = bot.dispatcher.run_once()
    assert (report.done, report.failed) == (FAN_OUT, 0)
    delivered = [c.params["channel"] for c in slack.calls_to("chat.postMessage")]
    assert sorted(delivered) == [f"U{n:03d}" for n in range(FAN_OUT)]
