"""Tests of the Slack test harness itself: limits, the fake Web API and signed requests.

These use the real slack_sdk clients and a tiny Bolt app, so a harness that drifts from
what Slack and Bolt really do fails here rather than in the app's tests.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from fakeslack.fake_server import FakeSlack
from fakeslack.limits import check_blocks, check_message, check_view
from fakeslack.signed import SlackRequestClient, sign

SECRET = "test-signing-secret"
TOKEN = "xoxb-test"

# --- Block Kit builders -----------------------------------------------------------------


def long(n: int) -> str:
    return "x" * n


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


def section(text: str = "Hallo", **extra: Any) -> dict[str, Any]:
    return {"type": "section", "text": mrkdwn(text), **extra}


def button(action_id: str = "go", text: str = "Ga", **extra: Any) -> dict[str, Any]:
    return {"type": "button", "action_id": action_id, "text": plain(text), **extra}


def actions(*elements: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "actions", "elements": list(elements), **extra}


def option(text: str = "Optie", value: str = "v", **extra: Any) -> dict[str, Any]:
    return {"text": plain(text), "value": value, **extra}


def select(
    options: list[dict[str, Any]], kind: str = "static_select", **extra: Any
) -> dict[str, Any]:
    return {
        "type": kind,
        "action_id": "kies",
        "placeholder": plain("Kies"),
        "options": options,
        **extra,
    }


def text_input(**extra: Any) -> dict[str, Any]:
    return {"type": "plain_text_input", "action_id": "waarde", **extra}


def input_block(element: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    block = {"type": "input", "block_id": "naam", "label": plain("Naam"), **extra}
    return block if element is None else {**block, "element": element}


def confirm(**overrides: Any) -> dict[str, Any]:
    base = {"title": plain("Zeker?"), "text": plain("Echt?"), "confirm": plain("Ja")}
    return {**base, "deny": plain("Nee"), **overrides}


def modal(*blocks: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": "cb",
        "title": plain("Titel"),
        "submit": plain("Opslaan"),
        "close": plain("Annuleer"),
        "blocks": list(blocks),
        **extra,
    }


def home(*blocks: dict[str, Any]) -> dict[str, Any]:
    return {"type": "home", "blocks": list(blocks)}


def message(*blocks: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"channel": "C1", "text": "Hallo", "blocks": list(blocks), **extra}


def options(n: int) -> list[dict[str, Any]]:
    return [option(value=f"v{i}") for i in range(n)]


# --- limits -----------------------------------------------------------------------------

CHECKERS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "message": check_message,
    "view": check_view,
    "home": lambda view: check_view(view, expected_type="home"),
}

BAD_PAYLOADS = [
    # (checker, payload, expected violation substring)
    ("message", message(*[section()] * 51), "blocks: 51 blocks, max 50"),
    ("view", modal(*[section()] * 101), "view.blocks: 101 blocks, max 100"),
    ("view", home(*[section()] * 101), "view.blocks: 101 blocks, max 100"),
    ("message", message(text=long(40_001)), "text: 40001 characters, max 40000"),
    ("view", modal(title=plain(long(25))), "view.title.text: 25 characters, max 24"),
    ("view", modal(submit=plain(long(25))), "view.submit.text: 25 characters, max 24"),
    ("view", modal(close=plain(long(25))), "view.close.text: 25 characters, max 24"),
    ("view", modal(callback_id=long(256)), "view.callback_id: 256 characters, max 255"),
    ("view", modal(private_metadata=long(3001)), "view.private_metadata: 3001 characters"),
    ("view", modal(external_id=long(256)), "view.external_id: 256 characters, max 255"),
    ("view", {**modal(), "type": "dialog"}, "view.type: must be 'modal' or 'home'"),
    ("view", {**modal(), "title": None}, "view.title: required"),
    ("home", modal(), "view.type: must be 'home' here"),
    ("view", modal(input_block(text_input()), submit=None), "view.submit: required when"),
    ("message", message(section(block_id=long(256))), "blocks[0].block_id: 256 characters"),
    ("message", message(section(block_id="a"), section(block_id="a")), "duplicate block_id 'a'"),
    ("message", message(actions(button(long(256)))), "action_id: 256 characters, max 255"),
    ("message", message(actions(button("a"), button("a"))), "duplicate action_id 'a'"),
    ("message", message(section(long(3001))), "blocks[0].text.text: 3001 characters"),
    ("message", message({"type": "section"}), "a section needs text or fields"),
    (
        "message",
        message({"type": "section", "fields": [mrkdwn("f")] * 11}),
        "blocks[0].fields: 11 items, max 10",
    ),
    (
        "message",
        message({"type": "section", "fields": [mrkdwn(long(2001))]}),
        "blocks[0].fields[0].text: 2001 characters, max 2000",
    ),
    ("message", message({"type": "header", "text": plain(long(151))}), "max 150"),
    ("message", message({"type": "header", "text": mrkdwn("*H*")}), "must be plain_text"),
    (
        "message",
        message({"type": "context", "elements": [mrkdwn("c")] * 11}),
        "elements: 11 items, max 10",
    ),
    ("message", message(actions(*[button(f"b{i}") for i in range(26)])), "26 items, max 25"),
    ("message", message(section(accessory=button(text=long(76)))), "accessory.text.text: 76"),
    ("message", message(actions(button(value=long(2001)))), "value: 2001 characters, max 2000"),
    ("message", message(actions(button(url=long(3001)))), "url: 3001 characters, max 3000"),
    (
        "message",
        message(actions(button(confirm=confirm(title=plain(long(101)))))),
        "confirm.title.text: 101 characters, max 100",
    ),
    (
        "message",
        message(actions(button(confirm=confirm(text=plain(long(301)))))),
        "confirm.text.text: 301 characters, max 300",
    ),
    (
        "message",
        message(actions(button(confirm=confirm(confirm=plain(long(31)))))),
        "confirm.confirm.text: 31 characters, max 30",
    ),
    (
        "message",
        message(actions(button(confirm=confirm(deny=plain(long(31)))))),
        "confirm.deny.text: 31 characters, max 30",
    ),
    ("message", message(actions(select([option(long(76))]))), "options[0].text.text: 76"),
    ("message", message(actions(select([option(value=long(151))]))), "value: 151 characters"),
    (
        "message",
        message(actions(select([option(description=plain(long(76)))]))),
        "options[0].description.text: 76 characters, max 75",
    ),
    (
        "message",
        message(
            actions(
                select([], option_groups=[{"label": plain("G"), "options": [option(long(76))]}])
            )
        ),
        "option_groups[0].options[0].text.text: 76 characters",
    ),
    ("message", message(actions(select(options(101)))), "options: 101 items, max 100"),
    (
        "message",
        message(actions(select(options(101), kind="multi_static_select"))),
        "options: 101 items, max 100",
    ),
    (
        "message",
        message(actions(select(options(2), placeholder=plain(long(151))))),
        "placeholder.text: 151 characters, max 150",
    ),
    ("view", modal(input_block(text_input(max_length=3001))), "max_length: 3001 exceeds max 3000"),
    ("view", modal(input_block(text_input(initial_value=long(3001)))), "initial_value: 3001"),
    ("view", modal(input_block(text_input(), label=plain(long(2001)))), "label.text: 2001"),
    ("view", modal(input_block(text_input(), hint=plain(long(2001)))), "hint.text: 2001"),
    ("view", modal(input_block()), "blocks[0].element: required in an input block"),
    (
        "view",
        modal(input_block({"type": "checkboxes", "action_id": "c", "options": options(11)})),
        "element.options: 11 items, max 10",
    ),
    (
        "view",
        modal(input_block({"type": "radio_buttons", "action_id": "r", "options": options(11)})),
        "element.options: 11 items, max 10",
    ),
    (
        "message",
        message({"type": "section", "text": {"type": "markdown", "text": "x"}}),
        "blocks[0].text.type: must be plain_text or mrkdwn",
    ),
    ("message", message(section("")), "blocks[0].text.text: must be a non-empty string"),
    ("message", message(input_block(text_input())), "input blocks are only allowed in modals"),
    ("view", home(input_block(text_input())), "input blocks are only allowed in modals"),
    ("message", message({"type": "sectoin"}), "unknown block type 'sectoin'"),
]


@pytest.mark.parametrize(
    ("checker", "payload", "expected"),
    BAD_PAYLOADS,
    ids=[expected for _, _, expected in BAD_PAYLOADS],
)
def test_limits_catch_violation(checker: str, payload: dict[str, Any], expected: str) -> None:
    violations = CHECKERS[checker](payload)
    assert any(expected in violation for violation in violations), violations


def test_valid_payloads_pass_cleanly() -> None:
    rich_elements = [
        button(confirm=confirm()),
        select(options(3), initial_option=option(value="v1")),
        {"type": "overflow", "action_id": "meer", "options": options(5)},
    ]
    blocks = [
        {"type": "header", "text": plain("Lerend netwerk")},
        section("*Sessie*", block_id="s", fields=[mrkdwn("a"), plain("b")], accessory=button("x")),
        {
            "type": "context",
            "elements": [mrkdwn("c"), {"type": "image", "image_url": "u", "alt_text": "a"}],
        },
        {"type": "divider"},
        actions(*rich_elements, block_id="a"),
    ]
    form = modal(
        *blocks,
        input_block(text_input(max_length=3000, placeholder=plain("Typ"))),
        input_block({"type": "checkboxes", "action_id": "c", "options": options(10)}, block_id="c"),
        private_metadata=long(3000),
    )
    assert check_message(message(*blocks)) == []
    assert check_view(form) == []
    assert check_view(home(*blocks)) == []
    assert check_blocks(blocks, surface="home") == []


def test_check_blocks_rejects_unknown_surface() -> None:
    with pytest.raises(ValueError, match="surface"):
        check_blocks([], surface="dialog")


def test_check_message_decodes_form_encoded_blocks() -> None:
    assert check_message({"text": "x", "blocks": '[{"type": "section"}]'}) == [
        "blocks[0]: a section needs text or fields"
    ]


# --- fake Web API -----------------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


def web_client(fake: FakeSlack, *retry_handlers: Any) -> WebClient:
    """A real WebClient on the fake; no retry handlers unless the test asks for them."""
    return WebClient(token=TOKEN, base_url=fake.base_url, retry_handlers=list(retry_handlers))


@pytest.fixture
def client(fake: FakeSlack) -> WebClient:
    return web_client(fake)


def api_error(call: Callable[[], Any]) -> SlackApiError:
    with pytest.raises(SlackApiError) as raised:
        call()
    return raised.value


def test_post_message_round_trip(fake: FakeSlack, client: WebClient) -> None:
    first = client.chat_postMessage(channel="C1", text="Hallo", blocks=[section()])
    second = client.chat_postMessage(channel="C1", text="Nog een")

    assert first["ts"] == "1700000000.000100"
    assert second["ts"] == "1700000000.000200"
    assert first["message"]["blocks"] == [section()]
    call = fake.last("chat.postMessage")
    assert call.params == {"channel": "C1", "text": "Nog een"}
    assert fake.calls_to("chat.postMessage")[0].params["blocks"] == [section()]
    assert call.token == TOKEN
    assert TOKEN not in repr(call)


def test_post_message_errors_like_slack(fake: FakeSlack, client: WebClient) -> None:
    no_channel = api_error(lambda: client.api_call("chat.postMessage", params={"text": "x"}))
    no_text = api_error(lambda: client.api_call("chat.postMessage", params={"channel": "C1"}))

    assert no_channel.response["error"] == "channel_not_found"
    assert no_text.response["error"] == "no_text"


def test_membership_gates_posting_until_join(fake: FakeSlack, client: WebClient) -> None:
    fake.add_channel("C2", name="algemeen", is_member=False, members=["U1"])
    fake.add_channel("G1", is_private=True, is_member=False)

    refused = api_error(lambda: client.chat_postMessage(channel="C2", text="x"))
    joined = client.conversations_join(channel="C2")
    private = api_error(lambda: client.conversations_join(channel="G1"))

    assert refused.response["error"] == "not_in_channel"
    assert joined["channel"]["is_member"] is True
    assert private.response["error"] == "channel_not_found"
    assert client.chat_postMessage(channel="C2", text="x")["ok"]
    assert client.conversations_members(channel="C2")["members"] == ["U1", "UBOT"]
    assert client.conversations_info(channel="C2")["channel"]["name"] == "algemeen"
    assert client.conversations_open(users="U7")["channel"]["id"] == "DU7"


def test_views_open_echoes_view(fake: FakeSlack, client: WebClient) -> None:
    view = modal(input_block(text_input()))

    answer = client.views_open(trigger_id="t1", view=view)

    assert answer["view"]["id"] == "V0001"
    assert answer["view"]["callback_id"] == "cb"
    assert answer["view"]["hash"]
    assert fake.last("views.open").params["view"] == view


def test_invalid_blocks_answer_like_slack(fake: FakeSlack, client: WebClient) -> None:
    error = api_error(lambda: client.views_open(trigger_id="t1", view=modal(title=plain(long(25)))))

    assert error.response["error"] == "invalid_blocks"
    assert error.response["errors"] == ["view.title.text: 25 characters, max 24"]
    assert fake.violations == ["views.open: view.title.text: 25 characters, max 24"]


def test_view_ids_and_hashes_behave_like_slack(fake: FakeSlack, client: WebClient) -> None:
    opened = client.views_open(trigger_id="t1", view=modal(section()))["view"]
    first_home = client.views_publish(user_id="U1", view=home(section()))["view"]
    second_home = client.views_publish(user_id="U1", view=home(section("Nieuw")))["view"]
    updated = client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal())
    stale = api_error(lambda: client.views_update(view_id=opened["id"], hash="old", view=modal()))
    wrong_surface = api_error(lambda: client.views_publish(user_id="U1", view=modal()))

    assert first_home["id"] == second_home["id"] != opened["id"]
    assert updated["view"]["id"] == opened["id"]
    assert stale.response["error"] == "hash_conflict"
    assert wrong_surface.response["error"] == "invalid_blocks"


def test_ephemeral_and_permalink(client: WebClient) -> None:
    ephemeral = client.chat_postEphemeral(channel="C1", user="U1", text="Alleen voor jou")
    link = client.chat_getPermalink(channel="C1", message_ts="1700000000.000100")

    assert ephemeral["message_ts"]
    assert link["permalink"].endswith("/archives/C1/p1700000000000100")


def test_users_info_includes_locale_only_when_asked(fake: FakeSlack, client: WebClient) -> None:
    fake.add_user("U1", locale="en-US", real_name="Anna de Vries")

    plain_user = client.users_info(user="U1")["user"]
    with_locale = client.users_info(user="U1", include_locale=True)["user"]
    unknown = api_error(lambda: client.users_info(user="U404"))

    assert "locale" not in plain_user
    assert plain_user["real_name"] == "Anna de Vries"
    assert plain_user["tz"] == "Europe/Amsterdam"
    assert with_locale["locale"] == "en-US"
    assert unknown.response["error"] == "user_not_found"


def test_rate_limited_call_is_retried(fake: FakeSlack) -> None:
    fake.fail_next("chat.postMessage", status=429, retry_after=0)
    retrying = web_client(fake, RateLimitErrorRetryHandler(max_retry_count=1))

    started = time.monotonic()
    answer = retrying.chat_postMessage(channel="C1", text="x")

    assert answer["ok"]
    assert time.monotonic() - started < 2
    first, second = fake.calls_to("chat.postMessage")
    assert first.response == {"ok": False, "error": "ratelimited"}
    assert second.response is not None and second.response["ok"]


def test_rate_limit_answers_429_with_retry_after(fake: FakeSlack, client: WebClient) -> None:
    fake.rate_limit("chat.postMessage", per_second=2)

    client.chat_postMessage(channel="C1", text="1")
    client.chat_postMessage(channel="C1", text="2")
    error = api_error(lambda: client.chat_postMessage(channel="C1", text="3"))

    assert error.response.status_code == 429
    assert error.response.headers["Retry-After"] == "1"


def test_dropped_connection_is_retried(fake: FakeSlack) -> None:
    fake.fail_next("auth.test", drop_connection=True)
    quick = FixedValueRetryIntervalCalculator(0.01)
    retrying = web_client(fake, ConnectionErrorRetryHandler(interval_calculator=quick))

    assert retrying.auth_test()["team"] == "Testwerkruimte"
    assert len(fake.calls_to("auth.test")) == 2


def test_dropped_connection_without_retry_fails(fake: FakeSlack, client: WebClient) -> None:
    fake.fail_next("auth.test", drop_connection=True)

    with pytest.raises(OSError):
        client.auth_test()


def test_fail_next_errors_and_server_errors(fake: FakeSlack, client: WebClient) -> None:
    fake.fail_next("chat.update", error="message_not_found", times=2)
    fake.fail_next("chat.update", status=500)

    errors = [
        api_error(lambda: client.chat_update(channel="C1", ts="1.2", text="x")) for _ in "abc"
    ]

    assert [e.response["error"] for e in errors] == ["message_not_found"] * 2 + ["internal_error"]
    assert errors[2].response.status_code == 500
    assert client.chat_update(channel="C1", ts="1.2", text="x")["ok"]


def test_fail_next_needs_a_failure() -> None:
    with pytest.raises(ValueError, match="fail_next needs"):
        FakeSlack().fail_next("auth.test")


def test_file_upload_round_trip(fake: FakeSlack, client: WebClient) -> None:
    answer = client.files_upload_v2(channel="C1", content="sessie,datum\n", filename="s.csv")

    assert answer["file"]["id"] == "F0001"
    assert answer["file"]["name"] == "s.csv"
    assert fake.uploads == {"F0001": b"sessie,datum\n"}
    methods = [call.method for call in fake.calls]
    assert methods == ["files.getUploadURLExternal", "upload", "files.completeUploadExternal"]


def test_response_url_records_and_validates(fake: FakeSlack) -> None:
    webhook = WebhookClient(fake.response_url("r7"))

    ok = webhook.send(text="Gelukt", replace_original=True)
    bad = webhook.send(text="x", blocks=[section("")])

    assert ok.status_code == 200
    assert bad.status_code == 400
    call = fake.calls_to("response_url")[0]
    assert (call.target, call.params["text"], call.params["replace_original"]) == (
        "r7",
        "Gelukt",
        True,
    )
    assert fake.violations == ["response_url: blocks[0].text.text: must be a non-empty string"]


def test_wait_for_sees_calls_from_other_threads(fake: FakeSlack, client: WebClient) -> None:
    later = threading.Timer(0.1, lambda: client.chat_postMessage(channel="C9", text="later"))
    later.start()

    calls = fake.wait_for("chat.postMessage", where=lambda call: call.params["channel"] == "C9")

    assert calls[0].params["text"] == "later"


def test_wait_for_times_out_clearly(fake: FakeSlack, client: WebClient) -> None:
    client.chat_postMessage(channel="C1", text="x")

    expected = (
        "expected 1 call(s) to chat.update within 0.2s, got 0; calls seen: chat.postMessage x1"
    )
    with pytest.raises(AssertionError, match=re.escape(expected)):
        fake.wait_for("chat.update", timeout=0.2)
    with pytest.raises(AssertionError, match=re.escape("no call to views.open; calls seen: chat.")):
        fake.last("views.open")


def test_reset_forgets_traffic(fake: FakeSlack, client: WebClient) -> None:
    client.chat_postMessage(channel="C1", text="x")
    fake.fail_next("auth.test", error="invalid_auth")

    fake.reset()

    assert fake.calls == []
    assert client.auth_test()["ok"]


# --- signed requests against a tiny Bolt app --------------------------------------------


def test_signature_matches_slack_sdk_verifier() -> None:
    timestamp = str(int(time.time()))
    body = "command=%2Flerend&text=h%C3%A9"
    verifier = SignatureVerifier(SECRET)

    assert verifier.is_valid(body, timestamp, sign(SECRET, timestamp, body))
    assert not verifier.is_valid(body, timestamp, sign("other-secret", timestamp, body))
    headers = SlackRequestClient("http://app", SECRET).signed_headers(body)
    assert verifier.is_valid_request(body, headers)


def build_bolt_app(fake: FakeSlack) -> App:
    """A small Bolt app whose listeners report what they parsed through the fake API."""
    app = App(signing_secret=SECRET, client=WebClient(token=TOKEN, base_url=fake.base_url))

    @app.command("/lerend")
    def command(ack: Any, respond: Any, command: dict[str, Any]) -> None:
        ack()
        respond(text=f"echo {command['text']} {command['trigger_id'] != ''}")

    @app.action("go")
    def clicked(ack: Any, body: dict[str, Any], client: WebClient, respond: Any) -> None:
        ack()
        client.chat_postMessage(channel=body["channel"]["id"], text=body["actions"][0]["value"])
        respond(text="bijgewerkt")

    @app.action("kies")
    def picked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        view = modal(section(action["selected_option"]["value"]))
        client.views_update(view_id=body["view"]["id"], hash=body["view"]["hash"], view=view)

    @app.view("cb")
    def submitted(ack: Any, view: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        ack()
        value = view["state"]["values"]["naam"]["waarde"]["value"]
        client.chat_postMessage(
            channel=body["user"]["id"], text=f"{value} {view['private_metadata']}"
        )

    @app.shortcut("nieuw")
    def shortcut(ack: Any, shortcut: dict[str, Any], client: WebClient) -> None:
        ack()
        client.views_open(trigger_id=shortcut["trigger_id"], view=modal(section()))

    @app.event("app_mention")
    def mentioned(event: dict[str, Any], say: Any, request: BoltRequest) -> None:
        retry = request.headers.get("x-slack-retry-num", ["-"])[0]
        say(text=f"{event['text']} retry={retry}")

    return app


class BoltHandler(BaseHTTPRequestHandler):
    """Minimal HTTP adapter, so requests travel over a real socket into Bolt."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        headers = {name: value for name, value in self.headers.items()}
        answer = self.server.app.dispatch(BoltRequest(body=body, headers=headers))  # type: ignore[attr-defined]
        self.send_response(answer.status)
        for name, values in answer.headers.items():
            for value in values:
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body.encode())

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def slack(fake: FakeSlack) -> Iterator[SlackRequestClient]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BoltHandler)
    server.app = build_bolt_app(fake)  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield SlackRequestClient(
        f"http://127.0.0.1:{server.server_address[1]}", SECRET, response_url=fake.response_url
    )
    server.shutdown()
    server.server_close()


def sent_message(fake: FakeSlack) -> tuple[str, str]:
    """(channel, text) of the first chat.postMessage a listener made."""
    params = fake.wait_for("chat.postMessage")[0].params
    return params["channel"], params["text"]


def test_slash_command_is_acked_and_responds(fake: FakeSlack, slack: SlackRequestClient) -> None:
    answer = slack.slash("/lerend", "help")

    assert answer.status == 200
    call = fake.wait_for("response_url")[0]
    assert call.params["text"] == "echo help True"
    assert call.target is not None and call.target.startswith("slash-")


def test_block_action_in_message(fake: FakeSlack, slack: SlackRequestClient) -> None:
    assert slack.block_action("go", "42", channel="C5").status == 200

    assert sent_message(fake) == ("C5", "42")
    assert fake.wait_for("response_url")[0].params["text"] == "bijgewerkt"


def test_block_action_in_view(fake: FakeSlack, slack: SlackRequestClient) -> None:
    response = slack.block_action(
        "kies", action_type="static_select", selected_option="b", view={"id": "V9"}
    )

    assert response.status == 200
    update = fake.wait_for("views.update")[0]
    assert update.params["view_id"] == "V9"
    assert update.params["view"]["blocks"] == [section("b")]


def test_view_submission_carries_state(fake: FakeSlack, slack: SlackRequestClient) -> None:
    values = {"naam": {"waarde": SlackRequestClient.text_value("Anna")}}

    answer = slack.view_submission("cb", values, user="U3", private_metadata="m1")

    assert answer.status == 200
    assert sent_message(fake) == ("U3", "Anna m1")


def test_shortcut_opens_modal(fake: FakeSlack, slack: SlackRequestClient) -> None:
    assert slack.shortcut("nieuw", trigger_id="trig-1").status == 200

    assert fake.wait_for("views.open")[0].params["trigger_id"] == "trig-1"


def test_event_with_retry_headers(fake: FakeSlack, slack: SlackRequestClient) -> None:
    event = {"type": "app_mention", "user": "U1", "text": "<@UBOT> hoi", "channel": "C1"}

    assert slack.event(event, retry_num=1).status == 200

    assert sent_message(fake) == ("C1", "<@UBOT> hoi retry=1")


def test_url_verification_and_bad_signatures(slack: SlackRequestClient) -> None:
    body = '{"type": "url_verification", "challenge": "abc"}'

    assert slack.url_verification("abc").json == {"challenge": "abc"}
    assert slack.send_raw(body, "application/json", signature="v0=bad").status == 401
    assert slack.send_raw(body, "application/json", signature="").status == 401
    assert slack.send_raw(body, "application/json", timestamp="1000000000").status == 401


def test_state_value_helpers_match_slack_shapes() -> None:
    client = SlackRequestClient
    selected = {"text": {"type": "plain_text", "text": "a", "emoji": True}, "value": "a"}
    assert client.static_select_value("a") == {"type": "static_select", "selected_option": selected}
    assert client.multi_static_select_values(["a"])["selected_options"] == [selected]
    assert client.checkboxes_values([])["type"] == "checkboxes"
    assert client.radio_value(None) == {"type": "radio_buttons", "selected_option": None}
    assert client.users_select_value("U2") == {"type": "users_select", "selected_user": "U2"}
    assert client.datepicker_value("2027-01-12")["selected_date"] == "2027-01-12"
    assert client.timepicker_value("14:00")["selected_time"] == "14:00"
    assert client.number_value("2.5") == {"type": "number_input", "value": "2.5"}


def test_requests_time_out_instead_of_hanging() -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        client = SlackRequestClient(
            f"http://127.0.0.1:{silent.getsockname()[1]}", SECRET, timeout=0.2
        )
        with pytest.raises(TimeoutError):
            client.slash()
