"""Hostile text typed by members reaches Slack escaped, through the real flows: signed
requests in, and every call the fake Slack received scanned (issue 12, item 4).

Each flow types `HOSTILE` (`<!channel>`, `<!here>`, `<@U0HOSTILE>`, `<https://evil|klik>`,
an already escaped `&lt;` and `*bold*`) where a person can, and then checks every markup text
Slack got: none may carry the markup, none may be escaped twice, and plain_text shows the
text as typed. Each test also proves that the hostile text did reach Slack (escaped)."""

from __future__ import annotations

import json
from typing import Any

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from tests.flows import seed_network, start_network, submit_join
from tests.handlers.test_network import hold_meetings
from tests.knowledge.helpers import dms_to, reply_event, share
from tests.knowledge.test_report import excerpt_to, fill_the_year
from tests.meetings.flows import plan, rsvp
from tests.polls.flows import create_poll, vote
from tests.polls.test_consent import object_by
from tests.programme.flows import submit_event
from tests.trust.hostile import HOSTILE, call_payloads, problems, shown_escaped

HOME = {"type": "app_home_opened", "channel": "D1", "tab": "home"}


def assert_escaped(slack: FakeSlack, *responses: Response) -> None:
    """Nothing hostile in any call Slack received (or any view the app answered with), and
    the hostile text was shown, escaped, at least once."""
    payloads: list[Any] = call_payloads(slack.calls)
    payloads += [r.json for r in responses if r.body]
    assert not problems(payloads), "\n".join(problems(payloads))
    assert shown_escaped(payloads) > 0, "the hostile text never reached Slack"


def test_a_network_named_to_ping_everyone_pings_no_one(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    start_network(
        client,
        slack,
        name=HOSTILE,
        theme_1=HOSTILE,
        theme_2=HOSTILE + " 2",
        description=HOSTILE,
    )
    client.slash(text="status", user="U1")
    client.event({**HOME, "user": "U1"})
    client.event({**HOME, "user": "U2"})
    welcome = slack.calls_to("chat.postMessage")[0].params
    assert welcome["text"].startswith("Welkom bij &lt;!channel&gt; &lt;!here&gt;")
    header = welcome["blocks"][0]["text"]
    assert header["type"] == "plain_text" and header["text"].startswith("Welkom bij <!channel>")
    assert slack.calls_to("views.publish")
    assert_escaped(slack)


def test_joining_as_a_hostile_organisation_and_objecting_with_a_hostile_reason(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """The worst path of the probe: a join request with organisation name `<!channel> …`
    went to the channel (twice) and into every member's DM."""
    network = seed_network(bot, organisations=6)
    hold_meetings(bot, network.id, 2)
    bot.dispatcher.run_once()
    slack.reset()
    for number in range(1, 7):
        slack.add_user(f"UM{number:02d}")
    slack.add_user("U2")
    joined = submit_join(client, network.id, user="U2", new=HOSTILE)
    bot.dispatcher.run_once()  # the decision in the channel, DMs to the members
    decision = next(
        c for c in slack.calls_to("chat.postMessage") if ids.CONSENT_AGREE in json.dumps(c.params)
    )
    objected = object_by(client, decision, "UM01", HOSTILE)
    assert any("&lt;!channel&gt;" in c.params.get("text", "") for c in slack.calls)
    assert_escaped(slack, joined, objected)  # type: ignore[arg-type]


def test_a_poll_with_a_hostile_question_and_options(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    post = create_poll(
        client,
        slack,
        network.id,
        question=HOSTILE,
        options=(HOSTILE + " A", HOSTILE + " B"),
        follow_ups={1: HOSTILE + "?"},
    )
    # Buttons are plain_text: they show the option as typed (an entity reads as its character).
    label = HOSTILE.replace("&lt;", "<")
    vote(client, post, label + " B", user="UM01")
    vote(client, post, label + " A", user="UM02")
    poll_id = int(post.params["blocks"][2]["accessory"]["value"].split(":")[0])
    client.block_action(ids.POLL_EXPORT, str(poll_id), user="U1")
    client.block_action(ids.POLL_CLOSE, str(poll_id), user="U1")
    assert post.params["text"].startswith("Poll: &lt;!channel&gt;")
    assert_escaped(slack)


def test_a_meeting_at_a_hostile_place_and_a_hostile_event(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    post = plan(client, slack, network.id, location=HOSTILE)
    rsvp(client, post, ids.RSVP_IN_PERSON, "UM01")
    client.block_action(ids.MEETING_ICS, post.params["blocks"][-2]["elements"][0]["value"])
    event = submit_event(client, network.id, title=HOSTILE, location=HOSTILE)
    assert event.status == 200, event.body
    client.slash(text="status", user="U1")
    bot.dispatcher.run_once()
    event_posts = [
        c
        for c in slack.calls_to("chat.postMessage")
        if ids.MEETING_ICS in str(c.params) and not c.params["text"].startswith("Bijeenkomst")
    ]
    assert event_posts and "&lt;!channel&gt;" in event_posts[-1].params["text"]
    assert_escaped(slack, event)


def test_shared_items_replies_ideas_and_a_search_echo(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    post = share(client, slack, network.id, kind="question", title=HOSTILE, description=HOSTILE)
    # A reply as Slack sends it: Slack itself escapes typed `<`, `>` and `&` in message text.
    typed = "&lt;!channel&gt; zie <https://evil|klik> en <!here>"
    client.event(
        reply_event((post.response or {})["ts"], user="UM02", text=typed, ts="1900000000.000100")
    )
    client.slash(text="zoek " + HOSTILE, user="UM01")
    client.slash(text="zoek channel", user="UM01")
    client.slash(text="idee " + HOSTILE, user="UM01")
    client.slash(text="deelname " + HOSTILE, user="U1")
    assert post.params["text"].endswith(
        # the notification drops the stars (Slack shows no mrkdwn there), nothing else
        "&lt;!channel&gt; &lt;!here&gt; &lt;@U0HOSTILE&gt; &lt;https://evil|klik&gt; &lt; bold"
    )
    assert_escaped(slack)


def test_a_hostile_remark_on_the_report_reaches_the_coordinator_escaped(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    fill_the_year(bot, client, slack)
    client.slash(text="rapport anoniem", user="U1")
    bot.dispatcher.run_once()  # the excerpts to the organisations
    excerpt = excerpt_to(slack, "UM02")
    value = next(
        e["value"]
        for b in excerpt["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == ids.REPORT_CHANGES
    )
    client.block_action(ids.REPORT_CHANGES, value, user="UM02", channel="DUM02")
    modal = slack.wait_for("views.open")[-1].params["view"]
    state = {ids.REPORT_REMARK: {ids.VALUE: {"type": "plain_text_input", "value": HOSTILE}}}
    done = client.view_submission(
        ids.REPORT_REMARK_MODAL, state, user="UM02", private_metadata=modal["private_metadata"]
    )
    bot.dispatcher.run_once()  # the remark to the coordinator
    to_coordinator = [c.params["text"] for c in dms_to(slack, "U1")]
    assert any("&lt;!channel&gt;" in text for text in to_coordinator)
    assert_escaped(slack, done)
