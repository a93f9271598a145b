"""Every request Slack sends is answered, whether or not a feature wants it.

Bolt answers a request that no listener matches with 404 (`raise_error_for_unhandled_request`
off); Slack retries such deliveries and, when too many fail, disables the app's event
subscription, and in Socket Mode an envelope that is never acknowledged is redelivered. So
`register(app)` adds, after every feature, listeners that match anything and only acknowledge.
Bolt runs the first listener that matches, so features keep the first pick.

Requests that only these listeners match cost nothing: `wanted(...)` tells the request
middleware (`bot/context.py`) whether a feature will handle the request, and only then does it
record the event id or look up the reader in Slack.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from slack_bolt import Ack, App, BoltContext, BoltRequest, BoltResponse

EVERYTHING = re.compile(".*")
WANTED = "lnbot_wanted"  # context key: the memoised answer of `wanted` for this request


def acknowledge(ack: Ack) -> None:
    """Answer 200 and do nothing else (events are acknowledged by Bolt before this runs)."""
    ack()


def register(app: App) -> None:
    """Register last: a catch-all for every kind of request Slack can send."""
    app.event(EVERYTHING)(acknowledge)
    app.command(EVERYTHING)(acknowledge)
    app.action(EVERYTHING)(acknowledge)
    app.view_submission(EVERYTHING)(acknowledge)
    app.view_closed(EVERYTHING)(acknowledge)
    app.shortcut(EVERYTHING)(acknowledge)
    app.options(EVERYTHING)(acknowledge)


def feature_wants(app: App) -> Callable[[BoltRequest, BoltResponse], bool]:
    """A predicate: does a listener other than the catch-all match this request?

    It reads the app's listeners when called, so it can be made before features register.
    Matchers are pure checks on the payload, so running them once more here is cheap.
    """

    def wants(req: BoltRequest, resp: BoltResponse) -> bool:
        return any(
            listener.ack_function is not acknowledge and listener.matches(req=req, resp=resp)
            for listener in app._listeners  # Bolt keeps them in registration order
        )

    return wants


def wanted(
    context: BoltContext,
    req: BoltRequest,
    resp: BoltResponse,
    wants: Callable[[BoltRequest, BoltResponse], bool] | None,
) -> bool:
    """`wants(req, resp)`, asked once per request (several middlewares need the answer)."""
    if wants is None:
        return True
    if WANTED not in context:
        context[WANTED] = wants(req, resp)
    return bool(context[WANTED])
