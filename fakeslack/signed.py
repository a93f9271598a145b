"""Signed HTTP requests to the app's ``/slack/events`` endpoint, shaped like Slack's own.

End-to-end tests drive the real Bolt app over HTTP, so request verification, body parsing
and ack timing are exercised exactly as in production. Payload shapes follow Slack's
interaction and Events API reference and contain what Bolt reads (team, user, channel,
container, view, response_url, trigger_id).
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

TIMEOUT_SECONDS = 10.0
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
API_APP_ID = "A0001"
BOT_USER_ID = "UBOT"
BOT_ID = "B0001"
TEAM_DOMAIN = "testwerkruimte"
# Slack still sends the deprecated verification token; Bolt ignores it when signing is used.
VERIFICATION_TOKEN = "verification-token"
# Without a response URL maker, respond() goes to a closed local port, never to slack.com.
UNREACHABLE_RESPONSE_URL = "http://127.0.0.1:9/response/{name}"

Payload = dict[str, Any]


def sign(signing_secret: str, timestamp: str, body: str) -> str:
    """Slack's v0 request signature: HMAC-SHA256 over ``v0:{timestamp}:{body}``."""
    base = f"v0:{timestamp}:{body}".encode()
    digest = hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()
    return f"v0={digest}"


@dataclass(frozen=True)
class Response:
    """The app's HTTP answer; header names are lower-cased."""

    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def json(self) -> Any:
        return json.loads(self.body)


# --- view state values: what Slack puts under state.values[block_id][action_id] ---------


def option(value: str, text: str | None = None) -> Payload:
    """An option object as Slack echoes it back in payloads."""
    return {"text": {"type": "plain_text", "text": text or value, "emoji": True}, "value": value}


def text_value(value: str | None) -> Payload:
    return {"type": "plain_text_input", "value": value}


def number_value(value: str | None) -> Payload:
    return {"type": "number_input", "value": value}


def static_select_value(value: str | None, text: str | None = None) -> Payload:
    selected = None if value is None else option(value, text)
    return {"type": "static_select", "selected_option": selected}


def radio_value(value: str | None, text: str | None = None) -> Payload:
    selected = None if value is None else option(value, text)
    return {"type": "radio_buttons", "selected_option": selected}


def multi_static_select_values(values: list[str]) -> Payload:
    return {"type": "multi_static_select", "selected_options": [option(v) for v in values]}


def checkboxes_values(values: list[str]) -> Payload:
    return {"type": "checkboxes", "selected_options": [option(v) for v in values]}


def users_select_value(user: str | None) -> Payload:
    return {"type": "users_select", "selected_user": user}


def datepicker_value(date: str | None) -> Payload:
    """``date`` is ``YYYY-MM-DD`` like Slack sends it."""
    return {"type": "datepicker", "selected_date": date}


def timepicker_value(time_of_day: str | None) -> Payload:
    """``time_of_day`` is ``HH:mm`` like Slack sends it."""
    return {"type": "timepicker", "selected_time": time_of_day}


# --- payload pieces ---------------------------------------------------------------------


def _team(team: str) -> Payload:
    return {"id": team, "domain": TEAM_DOMAIN}


def _user(user: str, team: str) -> Payload:
    return {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team}


def _channel(channel: str) -> Payload:
    return {"id": channel, "name": channel.lower()}


def _unreachable_response_url(name: str) -> str:
    return UNREACHABLE_RESPONSE_URL.format(name=name)


def _now_ts() -> str:
    return f"{time.time():.6f}"


class SlackRequestClient:
    """Sends Slack-shaped, correctly signed requests to a running app.

    ``response_url`` builds the response URL for each interaction from a unique name
    (pass ``FakeSlack.response_url`` so ``respond()`` calls are recorded); ``base_url`` is
    the app's root, e.g. ``http://127.0.0.1:3000``.
    """

    option = staticmethod(option)
    text_value = staticmethod(text_value)
    number_value = staticmethod(number_value)
    static_select_value = staticmethod(static_select_value)
    radio_value = staticmethod(radio_value)
    multi_static_select_values = staticmethod(multi_static_select_values)
    checkboxes_values = staticmethod(checkboxes_values)
    users_select_value = staticmethod(users_select_value)
    datepicker_value = staticmethod(datepicker_value)
    timepicker_value = staticmethod(timepicker_value)

    def __init__(
        self,
        base_url: str,
        signing_secret: str,
        *,
        response_url: Callable[[str], str] | None = None,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        self.url = base_url.rstrip("/") + "/slack/events"
        self.timeout = timeout
        self._signing_secret = signing_secret
        self._make_response_url = response_url or _unreachable_response_url
        self._sequence = itertools.count(1)

    # --- slash commands and interactions ------------------------------------------------

    def slash(
        self,
        command: str = "/lerend",
        text: str = "",
        *,
        user: str = "U1",
        channel: str = "C1",
        team: str = "T0001",
        response_url: str | None = None,
        trigger_id: str | None = None,
    ) -> Response:
        form = {
            "token": VERIFICATION_TOKEN,
            "team_id": team,
            "team_domain": TEAM_DOMAIN,
            "channel_id": channel,
            "channel_name": channel.lower(),
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "api_app_id": API_APP_ID,
            "is_enterprise_install": "false",
            "response_url": response_url or self._response_url("slash"),
            "trigger_id": self._trigger(trigger_id),
        }
        return self.send_raw(urlencode(form), FORM)

    def block_action(
        self,
        action_id: str,
        value: str | None = None,
        *,
        user: str = "U1",
        channel: str = "C1",
        message_ts: str | None = None,
        block_id: str = "b",
        team: str = "T0001",
        trigger_id: str | None = None,
        view: Payload | None = None,
        selected_option: Payload | str | None = None,
        action_type: str = "button",
        response_url: str | None = None,
        container: Payload | None = None,
    ) -> Response:
        """A click in a message, or in ``view`` (a modal or App Home) when given."""
        action = self._action(action_id, value, block_id, action_type, selected_option)
        payload = self._interaction(
            "block_actions", user, team, actions=[action], trigger_id=self._trigger(trigger_id)
        )
        if view is not None:
            full_view = self._view(view, team)
            payload["container"] = container or {"type": "view", "view_id": full_view["id"]}
            payload["view"] = full_view
            payload["state"] = full_view["state"]
        else:
            ts = message_ts or _now_ts()
            payload["container"] = container or {
                "type": "message",
                "message_ts": ts,
                "channel_id": channel,
                "is_ephemeral": False,
            }
            payload["channel"] = _channel(channel)
            payload["message"] = self._bot_message(ts)
            payload["state"] = {"values": {}}
            payload["response_url"] = response_url or self._response_url("action")
        return self._send_interaction(payload)

    def view_submission(
        self,
        callback_id: str,
        state_values: Payload,
        *,
        user: str = "U1",
        team: str = "T0001",
        private_metadata: str = "",
        view_id: str = "V1",
        trigger_id: str | None = None,
        **view_fields: Any,
    ) -> Response:
        """A modal submit; ``view_fields`` adds or overrides keys of the submitted view."""
        view = self._view(
            {
                "id": view_id,
                "callback_id": callback_id,
                "private_metadata": private_metadata,
                "state": {"values": state_values},
                **view_fields,
            },
            team,
        )
        payload = self._interaction(
            "view_submission",
            user,
            team,
            view=view,
            trigger_id=self._trigger(trigger_id),
            response_urls=[],
        )
        return self._send_interaction(payload)

    def view_closed(
        self,
        callback_id: str,
        *,
        user: str = "U1",
        team: str = "T0001",
        private_metadata: str = "",
        view_id: str = "V1",
        is_cleared: bool = False,
    ) -> Response:
        """Sent only for modals opened with ``notify_on_close``."""
        view = self._view(
            {"id": view_id, "callback_id": callback_id, "private_metadata": private_metadata},
            team,
        )
        payload = self._interaction("view_closed", user, team, view=view, is_cleared=is_cleared)
        return self._send_interaction(payload)

    def shortcut(
        self,
        callback_id: str,
        *,
        user: str = "U1",
        team: str = "T0001",
        trigger_id: str | None = None,
    ) -> Response:
        """A global shortcut (from the lightning menu or search)."""
        payload = self._interaction(
            "shortcut",
            user,
            team,
            callback_id=callback_id,
            trigger_id=self._trigger(trigger_id),
            action_ts=_now_ts(),
        )
        return self._send_interaction(payload)

    def message_shortcut(
        self,
        callback_id: str,
        *,
        message: Payload,
        channel: str = "C1",
        user: str = "U1",
        team: str = "T0001",
        trigger_id: str | None = None,
        response_url: str | None = None,
    ) -> Response:
        """A shortcut on a message; ``message`` gets a ``ts`` when it has none."""
        message = {"type": "message", "ts": _now_ts(), **message}
        payload = self._interaction(
            "message_action",
            user,
            team,
            callback_id=callback_id,
            trigger_id=self._trigger(trigger_id),
            action_ts=_now_ts(),
            channel=_channel(channel),
            message=message,
            message_ts=message["ts"],
            response_url=response_url or self._response_url("message-shortcut"),
        )
        return self._send_interaction(payload)

    # --- Events API ---------------------------------------------------------------------

    def event(
        self,
        event: Payload,
        *,
        team: str = "T0001",
        event_id: str | None = None,
        retry_num: int | None = None,
        retry_reason: str | None = None,
    ) -> Response:
        """An event_callback envelope; ``retry_num`` marks it as Slack's redelivery."""
        envelope = {
            "token": VERIFICATION_TOKEN,
            "team_id": team,
            "api_app_id": API_APP_ID,
            "event": {"event_ts": _now_ts(), **event},
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._sequence):08d}",
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": team,
                    "user_id": BOT_USER_ID,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
        }
        headers: dict[str, str] = {}
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = retry_reason or "http_timeout"
        return self.send_raw(json.dumps(envelope), JSON, headers=headers)

    def url_verification(self, challenge: str) -> Response:
        body = {"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}
        return self.send_raw(json.dumps(body), JSON)

    # --- transport ----------------------------------------------------------------------

    def signed_headers(self, body: str, timestamp: str | None = None) -> dict[str, str]:
        timestamp = timestamp or str(int(time.time()))
        return {
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": sign(self._signing_secret, timestamp, body),
        }

    def send_raw(
        self,
        body: str,
        content_type: str,
        *,
        signature: str | None = None,
        timestamp: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """POST ``body`` as is. ``signature``/``timestamp`` override the correct values and
        an empty string leaves that header out, for request verification tests."""
        all_headers = {"Content-Type": content_type, **self.signed_headers(body, timestamp)}
        overrides = {"X-Slack-Signature": signature, "X-Slack-Request-Timestamp": timestamp}
        for name, value in overrides.items():
            if value == "":
                del all_headers[name]
            elif value is not None:
                all_headers[name] = value
        all_headers.update(headers or {})
        return self._post(body, all_headers)

    def _post(self, body: str, headers: dict[str, str]) -> Response:
        url = urlsplit(self.url)
        connection_class = (
            http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
        )
        connection = connection_class(url.hostname or "127.0.0.1", url.port, timeout=self.timeout)
        path = f"{url.path}?{url.query}" if url.query else url.path
        try:
            connection.request("POST", path, body=body.encode(), headers=headers)
            answer = connection.getresponse()
            text = answer.read().decode("utf-8", "replace")
            return Response(answer.status, text, {k.lower(): v for k, v in answer.getheaders()})
        finally:
            connection.close()

    # --- builders -----------------------------------------------------------------------

    def _interaction(self, kind: str, user: str, team: str, **fields: Any) -> Payload:
        """The envelope every interactivity payload shares."""
        return {
            "type": kind,
            "token": VERIFICATION_TOKEN,
            "api_app_id": API_APP_ID,
            "team": _team(team),
            "user": _user(user, team),
            "enterprise": None,
            "is_enterprise_install": False,
            **fields,
        }

    def _send_interaction(self, payload: Payload) -> Response:
        return self.send_raw(urlencode({"payload": json.dumps(payload)}), FORM)

    def _action(
        self,
        action_id: str,
        value: str | None,
        block_id: str,
        action_type: str,
        selected_option: Payload | str | None,
    ) -> Payload:
        action: Payload = {
            "type": action_type,
            "action_id": action_id,
            "block_id": block_id,
            "action_ts": _now_ts(),
        }
        if action_type == "button":
            action["text"] = {"type": "plain_text", "text": action_id, "emoji": True}
        if value is not None:
            action["value"] = value
        if isinstance(selected_option, str):
            selected_option = option(selected_option)
        if selected_option is not None:
            action["selected_option"] = selected_option
        return action

    def _view(self, view: Payload, team: str) -> Payload:
        """A full view as Slack sends it, with ``view`` overriding the defaults."""
        view_id = view.get("id", "V1")
        return {
            "id": view_id,
            "team_id": team,
            "type": "modal",
            "blocks": [],
            "private_metadata": "",
            "callback_id": "",
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{uuid.uuid4().hex[:8]}",
            "title": {"type": "plain_text", "text": "lnbot", "emoji": True},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": None,
            "submit": None,
            "previous_view_id": None,
            "root_view_id": view_id,
            "app_id": API_APP_ID,
            "external_id": "",
            "app_installed_team_id": team,
            "bot_id": BOT_ID,
            **view,
        }

    def _bot_message(self, ts: str) -> Payload:
        return {
            "type": "message",
            "ts": ts,
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": API_APP_ID,
            "text": "",
            "blocks": [],
        }

    def _response_url(self, kind: str) -> str:
        return self._make_response_url(f"{kind}-{next(self._sequence)}")

    def _trigger(self, trigger_id: str | None) -> str:
        """The given trigger_id, or a fresh one shaped like Slack's."""
        if trigger_id:
            return trigger_id
        return f"{int(time.time())}.{next(self._sequence):010d}.{uuid.uuid4().hex}"
