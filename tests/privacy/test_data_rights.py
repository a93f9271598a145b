"""Members' data rights (AVG/GDPR): export everything, forget on request, and a declaration of
personal data that cannot fall behind the schema."""

from __future__ import annotations

import json
import re

from sqlalchemy import func, select

from bot.app import LnBot
from bot.blocks import ids
from bot.services.search import search
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage import personal_data
from storage.models import (
    AuditEntry,
    Base,
    Intake,
    KnowledgeItem,
    Member,
    PollVote,
    ScheduledJob,
)
from storage.models.knowledge import Contribution as KnowledgeContribution
from tests.flows import seed_network, speaks_english, texts
from tests.intake.helpers import submit_intake
from tests.knowledge.helpers import reply_event, share
from tests.polls.flows import create_poll, vote

PERSON = re.compile(r"(user|_by$|author|actor|facilitator|candidate|voter)")


def busy_member(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> int:
    """UM01 has an intake, a vote, a shared item; UM02 replied to the item."""
    for user in ("UM01", "UM02"):
        slack.add_user(user)
    network = seed_network(bot, organisations=2)
    submit_intake(client, network.id, user="UM01", proud_of="Onze nachtzorg", learn="Roosteren")
    post = create_poll(client, slack, network.id)
    vote(client, post, "Zwolle", user="UM01")
    vote(client, post, "Deventer", user="UM02")
    starter = share(client, slack, network.id, title="Valsensoren", description="Sensoren bij bed")
    ts = starter.response["ts"]
    client.event(reply_event(ts, user="UM02", text="Wij gebruiken een nachtlampje", ts="1800.1"))
    client.event(reply_event(ts, user="UM01", text="Dank je, goed idee", ts="1800.2"))
    return network.id


def uploaded_json(slack: FakeSlack) -> dict:
    (data,) = slack.uploads.values()
    return json.loads(data)


def test_every_column_that_names_a_person_is_declared() -> None:
    declared = personal_data.user_columns()
    found = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if PERSON.search(column.name) and table.name not in personal_data.WORKSPACE_TABLES
    }
    assert found - declared == set(), "declare these in storage/personal_data.py"


def test_my_data_exports_everything_to_a_dm(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    busy_member(bot, client, slack)
    slack.reset()
    client.slash(text="mijn-gegevens", user="UM01")
    assert "privébericht" in slack.wait_for("response_url")[0].params["text"]
    exported = uploaded_json(slack)
    tables = {name: part["rows"] for name, part in exported["tables"].items()}
    assert exported["slack_user_id"] == "UM01"
    assert {row["slack_user_id"] for row in tables["members"]} == {"UM01"}
    assert tables["intakes"][0]["proud_of"] == "Onze nachtzorg"
    assert len(tables["poll_votes"]) == 1
    assert tables["knowledge_items"][0]["title"] == "Valsensoren"
    assert [r["text"] for r in tables["knowledge_contributions"]] == ["Dank je, goed idee"]
    assert "UM02" not in json.dumps(tables["knowledge_contributions"])
    upload = slack.last("files.completeUploadExternal").params
    assert upload["channel_id"].startswith("D")  # privately, in the member's DM


def test_my_data_is_readable_by_the_person_it_is_about(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """Names instead of ids, each part explained in their language, dates in their zone."""
    busy_member(bot, client, slack)
    slack.reset()
    client.slash(text="mijn-gegevens", user="UM01")
    exported = uploaded_json(slack)
    assert exported["about"].startswith("Alles wat de bot over jou bewaart")
    assert "Europe/Amsterdam" in exported["about"]
    assert exported["exported_at"] == "dinsdag 12 januari 2027, 10:00"  # 09:00 UTC
    (membership,) = exported["tables"]["members"]["rows"]
    assert membership["network"] == "Ouderenzorg Noord"
    assert membership["organisation"] == "Zorggroep 1"
    assert "network_id" not in membership and "organisation_id" not in membership
    assert membership["joined_at"] == "dinsdag 12 januari 2027, 10:00"
    assert exported["tables"]["members"]["about"].startswith("Je deelname")
    (vote_row,) = exported["tables"]["poll_votes"]["rows"]
    assert (vote_row["poll"], vote_row["option"]) == (
        "Waar zullen we de volgende keer afspreken?",
        "Zwolle",
    )
    for part in exported["tables"].values():
        assert part["about"] and not part["about"].startswith("privacy.table.")


def test_my_data_speaks_english_to_an_english_reader(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    slack.add_user("UM01", locale="en-US", tz="America/New_York")
    seed_network(bot, organisations=1)
    speaks_english(bot, "UM01")
    client.slash(text="mijn-gegevens", user="UM01")
    exported = uploaded_json(slack)
    assert exported["about"].startswith("Everything the bot keeps about you")
    assert exported["exported_at"] == "Tuesday 12 January 2027, 04:00"
    members = exported["tables"]["members"]
    assert members["about"].startswith("Your membership")
    assert members["rows"][0]["organisation"] == "Zorggroep 1"


def test_every_part_of_the_export_is_explained_in_both_languages() -> None:
    from bot.locales.en.privacy import MESSAGES as ENGLISH
    from bot.locales.nl.privacy import MESSAGES as DUTCH
    from bot.services.privacy import MEMBER_LINKED

    tables = set(personal_data.DELETED) | {c.table for c in personal_data.COUNTED}
    tables |= set(personal_data.MENTIONED) | set(MEMBER_LINKED)
    for catalogue in (DUTCH, ENGLISH):
        assert sorted(n for n in tables if f"privacy.table.{n}" not in catalogue) == []


def test_forget_me_asks_first_then_erases_but_keeps_the_counts(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network_id = busy_member(bot, client, slack)
    slack.reset()
    client.slash(text="vergeet-mij", user="UM01")
    ask = slack.wait_for("response_url")[0].params
    button = next(b for b in ask["blocks"] if b["type"] == "actions")["elements"][0]
    assert button["style"] == "danger" and button["confirm"]["style"] == "danger"
    client.block_action(ids.PRIVACY_FORGET, button["value"], user="UM02")  # not theirs
    with bot.uow() as uow:
        assert uow.session.scalar(select(Member).where(Member.slack_user_id == "UM01"))
    client.block_action(ids.PRIVACY_FORGET, button["value"], user="UM01")
    assert "je gegevens zijn gewist" in slack.calls_to("response_url")[-1].params["text"]

    with bot.uow() as uow:
        session = uow.session
        assert session.scalar(select(Member).where(Member.slack_user_id == "UM01")) is None
        assert session.scalar(select(func.count()).select_from(Intake)) == 0
        voters = session.scalars(select(PollVote.slack_user_id)).all()
        assert len(voters) == 2 and "UM01" not in voters  # the result still adds up
        item = session.scalars(select(KnowledgeItem)).one()
        assert item.author_user_id.startswith("vergeten-") and "Sensoren" not in item.description
        replies = {c.text for c in session.scalars(select(KnowledgeContribution))}
        assert "Wij gebruiken een nachtlampje" in replies  # someone else's words stay
        assert "Dank je, goed idee" not in replies
        keys = session.scalars(select(ScheduledJob.key)).all()
        assert not [key for key in keys if "UM01" in key]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "privacy.forgotten"))
        assert audit.one().actor_user_id.startswith("vergeten-")
    assert search(bot.uow(), network_id=network_id, text="sensoren").results == ()
    assert search(bot.uow(), network_id=network_id, text="nachtlampje").results


def test_nothing_to_forget_is_fine(client: SlackRequestClient, slack: FakeSlack) -> None:
    client.slash(text="vergeet-mij", user="U4")
    button = next(
        b for b in slack.wait_for("response_url")[0].params["blocks"] if b["type"] == "actions"
    )["elements"][0]
    client.block_action(ids.PRIVACY_FORGET, button["value"], user="U4")
    assert "gewist" in texts(slack.calls_to("response_url")[-1].params)
