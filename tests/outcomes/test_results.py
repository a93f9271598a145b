"""Results per meeting (issue 14, item 5): the facilitator or a coordinator records insights,
agreements and actions after a meeting; they appear in one message in the thread of the
meeting's announcement, rebuilt after every change; they are found with `/lerend zoek`; an
action's owner gets one reminder before its date and marks it done."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from tests.flows import seed_network, speaks_english
from tests.knowledge.test_report import assert_no_names, named_workspace
from tests.meetings.flows import buttons, meeting_id, plan
from tests.outcomes.flows import MEETING_ENDS, outcome_state, results, submit_outcome
from tests.programme.flows import at, dm_with, ephemeral, jobs_like, reports, texts

# The owner's reminder: 09:00 Amsterdam the day before 1 March 2027.
REMINDER = datetime(2027, 2, 28, 8, 0, tzinfo=UTC)


def test_results_go_in_the_announcement_thread_are_searchable_and_actions_get_done(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=3)
    post = plan(client, slack, network.id)
    first = meeting_id(bot, 1)
    at(MEETING_ENDS, bot)
    (prompt,) = dm_with(slack, "U1", "Resultaat vastleggen")
    (button,) = [b for b in buttons(prompt.params["blocks"]) if b["action_id"] == ids.OUTCOME_OPEN]
    client.block_action(ids.OUTCOME_OPEN, button["value"], user="UM02", channel="DUM02")
    assert "Alleen de gespreksleider" in ephemeral(slack)[-1]["text"]
    client.block_action(ids.OUTCOME_OPEN, button["value"], user="U1", channel="DU1")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["callback_id"] == ids.OUTCOME_MODAL

    # Field errors: an action needs an owner, its date lies ahead; an insight has no date.
    bad = submit_outcome(client, modal, outcome_state("action", "Rondleiding plannen"))
    assert bad.json["errors"] == {ids.OUTCOME_OWNER: "Kies wie de actie oppakt."}
    bad = submit_outcome(
        client, modal, outcome_state("action", "Rondleiding", owner="UM02", due="2027-02-01")
    )
    assert bad.json["errors"] == {ids.OUTCOME_DUE: "Kies een datum die nog komt."}
    bad = submit_outcome(client, modal, outcome_state("insight", "  ", due="2027-03-01"))
    assert bad.json["errors"] == {
        ids.OUTCOME_TEXT: "Schrijf het resultaat in een paar woorden.",
        ids.OUTCOME_DUE: "Alleen een actie heeft een datum.",
    }
    assert results(bot) == []

    done = submit_outcome(
        client, modal, outcome_state("insight", "Nachtrust verbetert met minder geluid")
    )
    assert "Vastgelegd. Het staat in de draad" in texts(done.json["view"])
    thread = [
        c
        for c in slack.calls_to("chat.postMessage")
        if c.params.get("thread_ts") == post.response["ts"]
    ]
    (shown,) = thread
    assert "Resultaten van bijeenkomst 1" in texts(shown.params)
    assert "Nachtrust verbetert met minder geluid" in texts(shown.params["blocks"])

    submit_outcome(
        client,
        modal,
        outcome_state("action", "Geluidsmeting op de afdeling", owner="UM02", due="2027-03-01"),
    )
    submit_outcome(client, modal, outcome_state("agreement", "We delen onze nachtroosters"))
    updates = [c for c in slack.calls_to("chat.update") if c.params["ts"] == shown.response["ts"]]
    body = texts(updates[-1].params["blocks"])
    assert body.index("Inzichten") < body.index("Afspraken") < body.index("Acties")
    assert "Geluidsmeting op de afdeling — <@UM02>, klaar op maandag 1 maart 2027" in body
    assert len(thread) == 1  # one message, updated in place
    (action,) = [r for r in results(bot) if r.kind == "action"]
    key = f"result:{action.id}:reminder"
    assert jobs_like(bot, key)[key].run_at == REMINDER

    # Searchable with /lerend zoek.
    client.slash(text="zoek geluidsmeting", user="UM03")
    reply = ephemeral(slack)[-1]
    assert "Resultaten van bijeenkomst 1" in texts(reply["blocks"])

    # The owner's one reminder; someone else cannot mark it done; the owner can.
    at(REMINDER, bot)
    (reminder,) = dm_with(slack, "UM02", "Geluidsmeting op de afdeling")
    (done_button,) = buttons(reminder.params["blocks"])
    client.block_action(ids.OUTCOME_DONE, done_button["value"], user="UM03", channel="DUM03")
    assert ephemeral(slack)[-1]["text"] == "Alleen wie de actie oppakt, kan hem op klaar zetten."
    client.block_action(ids.OUTCOME_DONE, done_button["value"], user="UM02", channel="DUM02")
    assert "staat op klaar" in ephemeral(slack)[-1]["text"]
    updates = [c for c in slack.calls_to("chat.update") if c.params["ts"] == shown.response["ts"]]
    assert "~Geluidsmeting op de afdeling~" in texts(updates[-1].params["blocks"])
    assert [r.done_by for r in results(bot) if r.kind == "action"] == ["UM02"]
    assert meeting_id(bot, 1) == first


def test_an_action_done_before_its_reminder_is_not_reminded_and_english_reads_english(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    speaks_english(bot, "UM01")
    plan(client, slack, network.id, facilitator="UM01")
    at(MEETING_ENDS, bot)
    (prompt,) = dm_with(slack, "UM01", "Record a result")
    client.block_action(ids.OUTCOME_OPEN, str(meeting_id(bot, 1)), user="UM01", channel="DUM01")
    modal = slack.wait_for("views.open")[0].params["view"]
    assert modal["title"]["text"] == "Record a result"
    bad = submit_outcome(client, modal, outcome_state("action", "Visit"), user="UM01")
    assert bad.json["errors"] == {ids.OUTCOME_OWNER: "Choose who takes the action on."}
    submit_outcome(
        client, modal, outcome_state("action", "Visit", owner="UM02", due="2027-03-01"), user="UM01"
    )
    (action,) = results(bot)
    shown = [c for c in slack.calls_to("chat.postMessage") if c.params.get("thread_ts")][-1]
    (done,) = [b for b in buttons(shown.params["blocks"]) if b["action_id"] == ids.OUTCOME_DONE]
    client.block_action(ids.OUTCOME_DONE, done["value"], user="UM02")
    key = f"result:{action.id}:reminder"
    assert jobs_like(bot, key)[key].state == "cancelled"
    at(REMINDER, bot)
    assert not dm_with(slack, "UM02", "Visit")
    assert prompt


def test_the_outcome_report_collects_the_results_per_meeting_anonymised_in_public(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    named_workspace(slack)
    network = seed_network(bot, organisations=3)
    plan(client, slack, network.id)
    at(MEETING_ENDS, bot)
    client.block_action(ids.OUTCOME_OPEN, str(meeting_id(bot, 1)), user="U1", channel="DU1")
    modal = slack.wait_for("views.open")[0].params["view"]
    submit_outcome(
        client, modal, outcome_state("insight", "Jan de Vries van Zorggroep 1 meet het geluid")
    )
    submit_outcome(
        client,
        modal,
        outcome_state("action", "Valplan delen", owner="UM02", due="2027-03-01"),
    )
    internal, public = reports(bot, client, slack)
    assert "Resultaten per bijeenkomst" in internal
    part = internal[internal.index("Resultaten per bijeenkomst") :]
    assert "Bijeenkomst 1" in part
    assert "Inzicht: Jan de Vries van Zorggroep 1 meet het geluid" in part
    assert "Actie: Valplan delen (Fatima El Amrani, klaar op 1 maart 2027)" in part
    assert "Resultaten van bijeenkomst 1" not in internal  # not again among the shared items
    shown = public[public.index("Resultaten per bijeenkomst") :]
    assert "Inzicht:" in shown and "Actie: Valplan delen (Deelnemer" in shown
    assert_no_names(public)
