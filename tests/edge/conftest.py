"""Edge tests send raw HTTP into the served app; this client can send a request twice."""

from __future__ import annotations

import pytest

from tests.conftest import SIGNING_SECRET, IdleAwareClient, TrackingExecutor
from tests.slack.fake_server import FakeSlack
from tests.slack.signed import Response, SlackRequestClient


class ReplayingClient(IdleAwareClient):
    """Remembers the last request it sent, byte for byte, so a test can replay it."""

    last: tuple[str, dict[str, str]] | None = None

    def _post(self, body: str, headers: dict[str, str]) -> Response:
        self.last = (body, dict(headers))
        return super()._post(body, headers)

    def replay(self, url: str | None = None) -> Response:
        """The last request again, unchanged (to another replica's `url` when given)."""
        assert self.last is not None
        body, headers = self.last
        target = self if url is None else SlackRequestClient(url, SIGNING_SECRET)
        response = SlackRequestClient._post(target, body, headers)
        self._listeners.wait_idle()
        return response


@pytest.fixture
def replaying(server_url: str, slack: FakeSlack, listeners: TrackingExecutor) -> ReplayingClient:
    return ReplayingClient(listeners, server_url, SIGNING_SECRET, response_url=slack.response_url)
