"""A signed view submission or slash command replayed within the window does nothing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot import maintenance
from bot.app import LnBot, create_app
from bot.config import Settings
from fakeslack.fake_server import FakeSlack
from storage.models import HandledRequest, Idea, Poll
from tests.conftest import TrackingExecutor, serving
from tests.edge.conftest import ReplayingClient
from tests.flows import seed_network
from tests.polls.flows import poll_posts, submit_poll


def count(bot: LnBot, model: type) -> int:
    with bot.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_replayed_view_submission_creates_the_poll_once(
    bot: LnBot, replaying: ReplayingClient, slack: FakeSlack
) -> None:
    network = seed_network(bot)
    first = submit_poll(replaying, network.id)
    assert first.status == 200 and count(bot, Poll) == 1
    assert len(poll_posts(slack)) == 1
    calls_before = len(slack.calls)

    again = replaying.replay()

    assert (again.status, again.body) == (200, "")
    assert count(bot, Poll) == 1
    assert len(slack.calls) == calls_before  # not a single Slack call for the copy
    assert count(bot, HandledRequest) == 1


def test_a_replayed_slash_command_adds_the_idea_once(
    bot: LnBot, replaying: ReplayingClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    assert replaying.slash(text="idee Wandelend vergaderen", user="UM01").status == 200
    assert count(bot, Idea) == 1
    answers = len(slack.calls_to("response_url"))

    again = replaying.replay()

    assert (again.status, again.body) == (200, "")
    assert count(bot, Idea) == 1 and len(slack.calls_to("response_url")) == answers
    # The same words sent again by the member are a new request (a new signature): handled.
    assert replaying.slash(text="idee Wandelend vergaderen", user="UM01").status == 200
    assert count(bot, Idea) == 2


def test_a_replay_to_another_replica_is_refused_too(
    bot: LnBot, settings: Settings, clock, replaying: ReplayingClient, slack: FakeSlack
) -> None:
    """The signatures live in the database, so a copy sent to a second process is refused."""
    network = seed_network(bot)
    assert submit_poll(replaying, network.id).status == 200
    other_listeners = TrackingExecutor()
    other = create_app(settings, clock=clock, listener_executor=other_listeners)
    try:
        with serving(other) as other_url:
            again = replaying.replay(other_url)
            other_listeners.wait_idle()
    finally:
        other.close()
    assert (again.status, again.body) == (200, "")
    assert count(bot, Poll) == 1 and len(poll_posts(slack)) == 1


def test_events_and_clicks_are_not_mistaken_for_replays(
    bot: LnBot, replaying: ReplayingClient
) -> None:
    """Events have their own redelivery handling (event ids), and clicks are double-click
    safe by design (a poll gets hundreds at once): neither costs a remembered signature."""
    assert replaying.url_verification("abc").status == 200
    assert "abc" in replaying.replay().body
    first = replaying.block_action("no_such_button", "1")
    again = replaying.replay()  # reaches Bolt like the first (only the catch-all acks it)
    assert first.status == again.status == 200 and again.body == first.body
    assert count(bot, HandledRequest) == 0


def test_the_daily_maintenance_forgets_signatures_past_the_window(bot: LnBot, clock) -> None:
    maintenance.ensure_planned(bot.uow(), clock.now())  # tomorrow 03:00 UTC
    run_at = (clock.now() + timedelta(days=1)).replace(hour=3, minute=0)
    with bot.uow() as uow:
        uow.session.add_all(
            [
                HandledRequest(signature="v0=old", expires_at=run_at - timedelta(minutes=30)),
                HandledRequest(signature="v0=recent", expires_at=run_at - timedelta(minutes=1)),
                HandledRequest(signature="v0=fresh", expires_at=run_at + timedelta(minutes=4)),
            ]
        )
        uow.commit()
    clock.set(run_at)

    assert bot.dispatcher.run_once().done == 1

    with bot.uow() as uow:
        left = set(uow.session.scalars(select(HandledRequest.signature)))
    assert left == {"v0=recent", "v0=fresh"}  # kept a window longer, for clocks that differ
