"""Closing a network, the retention period, daily maintenance, and the coordinators' audit log."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.app import LnBot
from bot.blocks import ids
from bot.maintenance import ensure_planned
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Member, Network, Organisation, ScheduledJob
from tests.flows import seed_network, submit_join, texts


def confirm_button(slack: FakeSlack) -> dict:
    ask = slack.wait_for("response_url")[0].params
    return next(b for b in ask["blocks"] if b["type"] == "actions")["elements"][0]


def test_only_a_coordinator_closes_and_then_the_work_stops(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)  # two welcome DMs are pending
    client.slash(text="sluit", user="UM01")
    client.block_action(ids.NETWORK_CLOSE, confirm_button(slack)["value"], user="UM01")
    assert "Alleen een coördinator" in slack.calls_to("response_url")[-1].params["text"]
    slack.reset()
    client.slash(text="sluit", user="U1")
    button = confirm_button(slack)
    assert button["confirm"]["title"]["text"] == "Netwerk afsluiten?"
    client.block_action(ids.NETWORK_CLOSE, button["value"], user="U1")
    channel = [c.params["text"] for c in slack.calls_to("chat.postMessage")]
    assert "*Ouderenzorg Noord* is afgesloten. Bedankt voor een jaar samen leren!" in channel
    with bot.uow() as uow:
        closed = uow.session.get(Network, network.id)
        assert closed.status == "closed" and closed.closed_at == bot.clock.now()
        states = set(uow.session.scalars(select(ScheduledJob.state)))
        assert states == {"cancelled"}
    refused = submit_join(client, network.id, user="U2", new="Te laat")
    assert "gesloten" in texts(refused.json)


def test_retention_removes_closed_networks_after_the_period(bot: LnBot, clock) -> None:
    network = seed_network(bot, organisations=3)
    from bot.services.privacy import apply_retention, close_network

    close_network(bot.uow(), network_id=network.id, user_id="U1", now=clock.now())
    clock.advance(timedelta(days=30 * 23))
    assert apply_retention(bot.uow(), months=24, now=clock.now())["networks"] == 0
    clock.advance(timedelta(days=30 * 2))
    assert apply_retention(bot.uow(), months=24, now=clock.now())["networks"] == 1
    with bot.uow() as uow:
        for model in (Network, Organisation, Member):
            assert uow.session.scalar(select(func.count()).select_from(model)) == 0


def test_daily_maintenance_runs_once_and_plans_the_next_day(bot: LnBot, clock) -> None:
    ensure_planned(bot.uow(), clock.now())
    ensure_planned(bot.uow(), clock.now())  # a second process starting: still one row
    with bot.uow() as uow:
        keys = uow.session.scalars(
            select(ScheduledJob.key).where(ScheduledJob.kind == "maintenance.daily")
        ).all()
    assert keys == ["maintenance:daily:2027-01-13"]  # 03:00 UTC has passed on the 12th
    clock.advance(timedelta(days=1))
    assert bot.dispatcher.run_once().done == 1
    with bot.uow() as uow:
        rows = uow.session.execute(
            select(ScheduledJob.key, ScheduledJob.state).where(
                ScheduledJob.kind == "maintenance.daily"
            )
        ).all()
    assert sorted(rows) == [
        ("maintenance:daily:2027-01-13", "done"),
        ("maintenance:daily:2027-01-14", "pending"),
    ]


def test_coordinators_export_the_audit_log(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    slack.add_user("UM01", real_name="Anna de Vries")
    client.slash(text="rol <@UM01> expert", user="U1")
    client.slash(text="audit", user="UM01")
    assert "Alleen een coördinator" in slack.calls_to("response_url")[-1].params["text"]
    client.slash(text="audit", user="U1")
    (csv,) = slack.uploads.values()
    assert csv.startswith(b"\xef\xbb\xbf")  # a byte order mark: Excel reads it as UTF-8
    lines = csv.decode("utf-8-sig").splitlines()
    assert lines == [  # in words: names, local time, what happened; no ids, no JSON
        "Wanneer;Wie;Wat",
        "12 jan 2027 10:00;Gebruiker U1;heeft het netwerk gestart (rol: coördinator)",
        "12 jan 2027 10:00;Gebruiker U1;heeft Anna de Vries de rol expert gegeven",
    ]
