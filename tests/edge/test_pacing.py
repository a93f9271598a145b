"""Pacing Slack calls per workspace and method, learned from 429s (bot/edge/pacing.py)."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from bot.app import make_client
from bot.config import Settings
from bot.edge.pacing import Lane, Pacing
from fakeslack.fake_server import FakeSlack


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_method_never_limited_is_not_paced() -> None:
    lane = Lane(Ticks())
    assert [lane.wait_time() for _ in range(100)] == [0.0] * 100
    assert lane.rate is None


def test_a_429_pauses_the_lane_and_sets_the_pace_under_what_got_through() -> None:
    ticks = Ticks()
    lane = Lane(ticks)
    for _ in range(60):  # 60 answered calls within half a second
        assert lane.wait_time() == 0.0
        lane.answered()
        ticks.now += 0.008
    lane.limited(retry_after=1)
    lane.limited(retry_after=1)  # a second sender met the same wall: no second slow-down
    assert lane.rate == 60 * 0.9
    assert lane.wait_time() > 0.99  # everyone waits out Retry-After
    ticks.now += 1.0
    waits = [lane.wait_time() for _ in range(10)]
    assert waits[0] == 0.0 and all(wait > 0 for wait in waits[1:])  # one at a time, paced


def test_a_lone_429_only_pauses() -> None:
    """Two calls say nothing about the limit: Retry-After is honoured, no pace is guessed."""
    ticks = Ticks()
    lane = Lane(ticks)
    lane.answered()
    lane.answered()
    lane.limited(retry_after=2)
    assert lane.rate is None
    assert lane.wait_time() == 2.0
    ticks.now += 2.0
    assert lane.wait_time() == 0.0


def test_the_pace_creeps_up_while_busy_and_answered() -> None:
    ticks = Ticks()
    lane = Lane(ticks)
    for _ in range(20):
        lane.answered()
    lane.limited(retry_after=0)
    start = lane.rate
    assert start is not None
    for _ in range(500):  # five seconds of paced, answered calls
        ticks.now += 0.01
        if lane.wait_time() == 0.0:
            lane.answered()
    assert lane.rate is not None and lane.rate > start


def test_lanes_are_per_token_and_method() -> None:
    pacing = Pacing()
    assert pacing.lane("xoxb-a", "chat.postMessage") is pacing.lane("xoxb-a", "chat.postMessage")
    assert pacing.lane("xoxb-a", "chat.postMessage") is not pacing.lane(
        "xoxb-b", "chat.postMessage"
    )
    assert pacing.lane("xoxb-a", "chat.postMessage") is not pacing.lane("xoxb-a", "chat.update")


def _settings(slack: FakeSlack) -> Settings:
    return Settings(slack_bot_token="xoxb-one", slack_api_url=slack.base_url)


def _send_all(client, count: int) -> None:
    with ThreadPoolExecutor(4) as pool:
        list(
            pool.map(
                lambda n: client.chat_postMessage(channel=f"D{n:03d}", text="Hoi"), range(count)
            )
        )


def test_a_paced_fan_out_loses_nothing_sends_nothing_twice_and_meets_few_429s(
    slack: FakeSlack,
) -> None:
    slack.rate_limit("chat.postMessage", 40)
    client = make_client(_settings(slack), pacing=Pacing())
    _send_all(client, 150)

    calls = slack.calls_to("chat.postMessage")
    delivered = Counter(c.params["channel"] for c in calls if c.response and c.response["ok"])
    assert delivered == Counter(f"D{n:03d}" for n in range(150))  # each once
    limited = len(calls) - len(delivered)
    assert limited <= 15  # unpaced, four senders meet a 429 on every other call after the burst


def test_the_fake_limits_each_workspace_token_on_its_own(slack: FakeSlack) -> None:
    slack.rate_limit("chat.postMessage", 2)
    one = make_client(Settings(slack_bot_token="xoxb-one", slack_api_url=slack.base_url))
    two = make_client(Settings(slack_bot_token="xoxb-two", slack_api_url=slack.base_url))
    for client in (one, two):
        client.retry_handlers = []
        for _ in range(2):
            assert client.chat_postMessage(channel="C1", text="Hoi")["ok"]
    statuses = [c.response and c.response.get("ok") for c in slack.calls_to("chat.postMessage")]
    assert statuses == [True] * 4


def test_a_pace_learned_in_one_workspace_paces_the_others_never_limited() -> None:
    ticks = Ticks()
    pacing = Pacing(ticks)
    one, two = (pacing.lane(token, "chat.postMessage") for token in ("xoxb-a", "xoxb-b"))
    other_method = pacing.lane("xoxb-b", "chat.update")
    for _ in range(10):
        one.answered()
    one.limited(1.0)
    pacing.learned("chat.postMessage", one.rate)
    assert one.rate == two.rate == 9.0
    assert other_method.rate is None
    assert two.wait_time() > 0  # paced from now on
    ticks.now += 1 / 9
    assert two.wait_time() == 0.0
    assert two.paused_until == 0.0  # the pause stays in the workspace that met the wall
