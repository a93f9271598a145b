"""Load: 300 members vote on one poll within seconds, through the real HTTP endpoint.

What this asserts is correctness under concurrency: every vote counted once, retries
harmless, the message rebuilt sparingly and never rate limited. How fast the acks are is
measured by `make bench` (bench/), not asserted here: a timed assertion on a shared 2-core
machine fails on the machine, not on the code."""

from __future__ import annotations

import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy import func, select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import PollVote
from tests.conftest import SIGNING_SECRET, TrackingExecutor
from tests.flows import add_members, seed_network, texts
from tests.polls.flows import create_poll, latest_message, vote_values

VOTERS = 300
WORKERS = 30


def test_300_votes_at_once_count_once_and_update_the_message_sparingly(
    bot: LnBot,
    client: SlackRequestClient,
    slack: FakeSlack,
    server_url: str,
    listeners: TrackingExecutor,
) -> None:
    network = seed_network(bot)
    post = create_poll(client, slack, network.id)
    users = [f"UV{n:03d}" for n in range(VOTERS)]
    for user in users:
        slack.add_user(user)
    add_members(bot, network.id, users)
    values = vote_values(post.params)
    slack.rate_limit("chat.update", 1)  # Slack's limit in practice: about one a second
    sender = SlackRequestClient(server_url, SIGNING_SECRET, response_url=slack.response_url)

    def cast(index_user: tuple[int, str]) -> int:
        index, user = index_user
        value = values["Zwolle" if index % 2 else "Deventer"]
        return sender.block_action(
            ids.POLL_VOTE, value, user=user, message_ts=post.response["ts"]
        ).status

    with RunningClockAndDispatcher(bot):
        with ThreadPoolExecutor(WORKERS) as pool:
            answers = list(pool.map(cast, enumerate(users)))
            # A double click or a retry of a hundred of them changes nothing.
            answers += list(pool.map(cast, enumerate(users[:100])))
        listeners.wait_idle(timeout=60)
        shown = wait_until_shown(slack, post, f"{VOTERS} personen stemden")

    assert set(answers) == {200}
    with bot.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PollVote)) == VOTERS
        distinct = select(func.count(func.distinct(PollVote.slack_user_id)))
        assert uow.session.scalar(distinct) == VOTERS
    assert "*Zwolle*\\n`▓▓▓▓▓░░░░░` 150 (50%)" in shown
    updates = slack.calls_to("chat.update")
    assert 1 <= len(updates) <= 12  # far below one per vote
    refused = [call.response for call in updates if not (call.response and call.response["ok"])]
    assert not refused  # never rate limited
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(updates)]
    assert all(gap >= 1.0 for gap in gaps), gaps


def wait_until_shown(slack: FakeSlack, post: Call, expected: str, timeout: float = 15) -> str:
    """The delayed rebuild comes within an interval or two; wait for it in real time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = texts(latest_message(slack, post)["blocks"])
        if expected in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"the message never showed {expected!r}")


class RunningClockAndDispatcher:
    """Let the test clock follow real time and tick the dispatcher, as in production."""

    STEP = 0.05

    def __init__(self, bot: LnBot) -> None:
        self._bot = bot
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> None:
        self._thread.start()

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.STEP):
            self._bot.clock.advance(timedelta(seconds=self.STEP))
            self._bot.dispatcher.run_once()
