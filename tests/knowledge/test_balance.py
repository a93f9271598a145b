"""Halen en brengen: counted per organisation, shown in `/lerend status` and App Home, and
the coordinator is told (once per window) about an organisation that only takes or only
brings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.app import LnBot
from bot.domain.balance import Lean, OrganisationBalance, balance_window
from bot.services import balance
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import Meeting
from tests.flows import seed_network
from tests.knowledge.helpers import Replies, dms_to, reply_event, share, texts


def counts(bot: LnBot, network_id: int, since: datetime | None = None) -> dict[str, tuple]:
    with bot.uow() as uow:
        rows = balance.organisation_balance(uow.session, network_id, since)
    return {
        r.name: (r.items_shared, r.answers_given, r.questions_asked, r.answers_received)
        for r in rows
    }


def test_what_counts_as_bringing_and_taking(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    question = share(client, slack, network.id, kind="question", title="Vraag", user="UM01")
    share(client, slack, network.id, title="Voorbeeld", user="UM02")
    replies = Replies(bot)
    thread = question.response["ts"]
    for user in ("UM02", "UM02", "UM01"):  # twice from one organisation, once from the asker
        client.event(reply_event(thread, user=user, text="Antwoord", ts=replies.next_ts()))
    assert counts(bot, network.id) == {
        "Zorggroep 1": (0, 0, 1, 1),
        "Zorggroep 2": (1, 1, 0, 0),
        "Zorggroep 3": (0, 0, 0, 0),
    }
    assert counts(bot, network.id, since=bot.clock.now() + timedelta(minutes=1)) == {
        name: (0, 0, 0, 0) for name in ("Zorggroep 1", "Zorggroep 2", "Zorggroep 3")
    }


def test_status_and_app_home_show_the_balance(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    client.slash(text="status", user="UM01")
    assert "Halen en brengen" not in texts(slack.wait_for("response_url")[0].params["blocks"])
    share(client, slack, network.id, kind="question", title="Vraag", user="UM01")
    share(client, slack, network.id, title="Voorbeeld", user="UM02")
    client.slash(text="status", user="UM01")
    body = texts(slack.wait_for("response_url", count=2)[-1].params["blocks"])
    assert "*Halen en brengen*" in body
    assert "Zorggroep 1: bracht 0 · haalde 1" in body and "Zorggroep 2: bracht 1 · haalde 0" in body
    client.event({"type": "app_home_opened", "user": "UM02", "channel": "DUM02", "tab": "home"})
    home = texts(slack.wait_for("views.publish")[0].params["view"])
    assert "Zorggroep 2: bracht 1 · haalde 0" in home


def test_the_window_is_the_last_two_meetings_or_eight_weeks() -> None:
    now = datetime(2027, 6, 1, tzinfo=UTC)
    assert balance_window([], now).since == now - timedelta(weeks=8)
    one = [(1, datetime(2027, 3, 1, tzinfo=UTC))]
    assert balance_window(one, now).since == now - timedelta(weeks=8)
    held = [*one, (2, datetime(2027, 4, 1, tzinfo=UTC)), (3, datetime(2027, 5, 1, tzinfo=UTC))]
    window = balance_window(held, now)
    assert (window.since, window.key) == (datetime(2027, 4, 1, tzinfo=UTC), "meeting-3")
    assert OrganisationBalance(1, "A", questions_asked=2).lean is Lean.ONLY_TAKES
    assert OrganisationBalance(1, "A", answers_given=1).lean is Lean.ONLY_BRINGS
    assert OrganisationBalance(1, "A", items_shared=1, answers_received=1).lean is None
    assert OrganisationBalance(1, "A").lean is None


def test_the_coordinator_hears_of_one_sided_organisations_once_per_window(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    share(client, slack, network.id, kind="question", title="Vraag", user="UM01")
    share(client, slack, network.id, title="Voorbeeld", user="UM02")
    monday = datetime(2027, 1, 18, 7, 0, 30, tzinfo=UTC)  # the weekly check, 08:00 local
    bot.clock.set(monday)
    bot.dispatcher.run_once()  # the check, which plans the DMs
    bot.dispatcher.run_once()
    told = [c.params["text"] for c in dms_to(slack, "U1")]
    assert any("*Zorggroep 1* haalde de afgelopen acht weken" in text for text in told)
    assert any("*Zorggroep 2* bracht de afgelopen acht weken" in text for text in told)
    assert not any("Zorggroep 3" in text for text in told)  # did nothing at all
    # Again the same situation in the same window: not told again.
    balance.check_balance(bot.uow(), network_id=network.id, now=bot.clock.now())
    bot.dispatcher.run_once()
    assert len(dms_to(slack, "U1")) == len(told)


def test_with_two_meetings_held_only_the_last_two_count(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    share(client, slack, network.id, title="Oud voorbeeld", user="UM02")  # before the window
    with bot.uow() as uow:
        for number, days in ((1, 1), (2, 8)):
            starts = bot.clock.now() + timedelta(days=days)
            uow.session.add(
                Meeting(
                    network_id=network.id,
                    number=number,
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=3),
                    created_at=starts,
                )
            )
        uow.commit()
    bot.clock.advance(timedelta(days=9))
    share(client, slack, network.id, kind="question", title="Nieuwe vraag", user="UM02")
    assert balance.check_balance(bot.uow(), network_id=network.id, now=bot.clock.now()) == 1
    bot.dispatcher.run_once()
    told = [c.params["text"] for c in dms_to(slack, "U1")]
    assert any("*Zorggroep 2* haalde sinds de voorlaatste bijeenkomst" in text for text in told)
