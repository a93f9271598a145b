"""The weekly digest through the durable schedule: Monday 09:00 (Amsterdam) by default, set
per network by coordinators, nothing posted when nothing is new, one per week whatever
happens (retries, restarts, changed settings)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.app import LnBot
from bot.domain.knowledge import next_weekly_slot, week_key
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Meeting, ScheduledJob
from tests.flows import seed_network
from tests.knowledge.helpers import channel_posts, share, texts

MONDAY_0900_AMSTERDAM = datetime(2027, 1, 18, 8, 0, tzinfo=UTC)


def digest_jobs(bot: LnBot) -> list[tuple[str, str, datetime]]:
    with bot.uow() as uow:
        jobs = uow.session.scalars(
            select(ScheduledJob)
            .where(ScheduledJob.kind == "knowledge.digest")
            .order_by(ScheduledJob.id)
        )
        return [(job.key, job.state, job.run_at) for job in jobs]


def digests(slack: FakeSlack) -> list[dict]:
    return [c.params for c in channel_posts(slack) if "Deze week in" in c.params.get("text", "")]


def add_meeting(bot: LnBot, network_id: int, starts: datetime) -> None:
    with bot.uow() as uow:
        uow.session.add(
            Meeting(
                network_id=network_id,
                number=1,
                starts_at=starts,
                ends_at=starts + timedelta(hours=3),
                location="Zwolle",
                created_at=bot.clock.now(),
            )
        )
        uow.commit()


def test_the_weekly_slot_keeps_local_time_across_daylight_saving() -> None:
    tz = "Europe/Amsterdam"
    before = next_weekly_slot(datetime(2027, 3, 20, tzinfo=UTC), 0, 9, tz)
    after = next_weekly_slot(before, 0, 9, tz)
    assert before == datetime(2027, 3, 22, 8, 0, tzinfo=UTC)  # CET
    assert after == datetime(2027, 3, 29, 7, 0, tzinfo=UTC)  # CEST
    assert (week_key(before, tz), week_key(after, tz)) == ("2027-W12", "2027-W13")


def test_the_digest_comes_on_monday_with_what_is_new_and_plans_the_next(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    add_meeting(bot, network.id, datetime(2027, 2, 2, 13, 0, tzinfo=UTC))
    share(client, slack, network.id, title="Valpreventie in de nacht", user="UM01")
    share(client, slack, network.id, kind="question", title="Wie kent een goede app?", user="UM02")
    assert digest_jobs(bot) == [("network:1:digest:2027-W03", "pending", MONDAY_0900_AMSTERDAM)]
    bot.clock.set(MONDAY_0900_AMSTERDAM + timedelta(seconds=30))
    bot.dispatcher.run_once()
    (digest,) = digests(slack)
    body = texts(digest["blocks"])
    assert "Deze week in Ouderenzorg Noord" in body
    assert "Valpreventie in de nacht" in body and "(<@UM01>)" in body
    assert "*Open vragen*" in body and "Wie kent een goede app?" in body
    assert "Volgende bijeenkomst" in body and "Zwolle" in body
    jobs = digest_jobs(bot)
    assert [(key, state) for key, state, _ in jobs] == [
        ("network:1:digest:2027-W03", "done"),
        ("network:1:digest:2027-W04", "pending"),
    ]
    assert jobs[1][2] == MONDAY_0900_AMSTERDAM + timedelta(days=7)

    # Nothing new the next week: no digest, but the week after is planned all the same.
    bot.clock.set(MONDAY_0900_AMSTERDAM + timedelta(days=7, seconds=30))
    bot.dispatcher.run_once()
    assert len(digests(slack)) == 1
    assert [key for key, _, _ in digest_jobs(bot)][-1] == "network:1:digest:2027-W05"


def test_a_week_that_had_its_digest_gets_no_second_one(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    share(client, slack, network.id, user="UM01")
    bot.clock.set(MONDAY_0900_AMSTERDAM + timedelta(seconds=30))
    bot.dispatcher.run_once()
    assert len(digests(slack)) == 1
    # Later that Monday: something new, and the coordinator moves the digest to Friday.
    bot.clock.advance(timedelta(hours=2))
    share(client, slack, network.id, title="Nieuw na de digest", user="UM01")
    client.slash(text="digest vrijdag 16", user="U1")
    reply = slack.wait_for("response_url")[-1].params["text"]
    assert "elke vrijdag om 16:00" in reply and "vrijdag 29 januari 2027, 16:00" in reply
    pending = [job for job in digest_jobs(bot) if job[1] == "pending"]
    assert pending == [
        ("network:1:digest:2027-W04", "pending", datetime(2027, 1, 29, 15, 0, tzinfo=UTC))
    ]
    bot.clock.set(datetime(2027, 1, 29, 15, 0, 30, tzinfo=UTC))
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()  # a restart runs the dispatcher again: nothing is repeated
    assert len(digests(slack)) == 2
    assert "Nieuw na de digest" in texts(digests(slack)[-1]["blocks"])
    assert "Valpreventie" not in texts(digests(slack)[-1]["blocks"])


def test_only_coordinators_set_the_digest_and_it_can_be_switched_off(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    share(client, slack, network.id, user="UM01")
    client.slash(text="digest dinsdag 8", user="UM01")
    assert "Alleen een coördinator" in slack.wait_for("response_url")[-1].params["text"]
    client.slash(text="digest", user="UM01")
    assert "elke maandag om 09:00" in slack.wait_for("response_url", count=2)[-1].params["text"]
    client.slash(text="digest zondag 25", user="U1")
    assert "Gebruik: `/lerend digest" in slack.wait_for("response_url", count=3)[-1].params["text"]
    client.slash(text="digest uit", user="U1")
    assert "staat uit" in slack.wait_for("response_url", count=4)[-1].params["text"]
    assert [state for _, state, _ in digest_jobs(bot)] == ["cancelled"]
    bot.clock.set(MONDAY_0900_AMSTERDAM + timedelta(seconds=30))
    bot.dispatcher.run_once()
    assert digests(slack) == []
    client.slash(text="digest aan", user="U1")
    assert "elke maandag om 09:00" in slack.wait_for("response_url", count=5)[-1].params["text"]
    assert [state for _, state, _ in digest_jobs(bot)] == ["cancelled", "pending"]
