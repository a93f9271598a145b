"""Slack's redeliveries of an event (X-Slack-Retry-Num) are acknowledged and not handled twice."""

from __future__ import annotations

from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient

HOME = {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}


def test_a_retried_event_is_handled_once(client: SlackRequestClient, slack: FakeSlack) -> None:
    first = client.event(HOME, event_id="Ev0001")
    retry = client.event(HOME, event_id="Ev0001", retry_num=1, retry_reason="http_timeout")
    assert first.status == 200 and retry.status == 200
    assert len(slack.calls_to("views.publish")) == 1


def test_distinct_events_are_each_handled(client: SlackRequestClient, slack: FakeSlack) -> None:
    client.event(HOME, event_id="Ev0001")
    client.event(HOME, event_id="Ev0002")
    assert len(slack.calls_to("views.publish")) == 2
