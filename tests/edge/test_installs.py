"""Installs: a workspace inside an Enterprise Grid organisation gets its scheduled work; in
single-workspace mode an uninstall pauses the workspace's scheduled work and a working token
at start resumes it."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import installations
from bot.app import LnBot
from bot.scheduling.registry import JobContext, JobView
from bot.scheduling.schedule import schedule_job
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import ScheduledJob, Workspace
from tests.conftest import BOT_TOKEN
from tests.test_oauth import TEAM_TOKEN, install, oauth_bot, oauth_url  # noqa: F401

PING = "test.ping"


def ping_members(bot: LnBot) -> None:
    """A scheduled DM to one member: opens the IM and posts, as the features do."""

    def send(ctx: JobContext, job: JobView) -> None:
        channel = ctx.client.conversations_open(users=job.payload["user"])["channel"]["id"]
        ctx.client.chat_postMessage(channel=channel, text="Hoi")

    bot.jobs.register(PING, send)


def schedule_ping(bot: LnBot, team: str, *, key: str = "ping", user: str = "U1") -> None:
    now = bot.clock.now()
    with bot.uow() as uow:
        schedule_job(
            uow.session,
            key=f"{key}:{team}",
            kind=PING,
            run_at=now,
            team_id=team,
            now=now,
            payload={"user": user},
        )
        uow.commit()


def job_states(bot: LnBot) -> dict[str, str]:
    with bot.session_factory() as session:
        return {job.key: job.state for job in session.scalars(select(ScheduledJob))}


# --- Enterprise Grid ----------------------------------------------------------------------


def test_a_workspace_inside_an_enterprise_grid_gets_its_scheduled_dm(
    oauth_bot: LnBot,  # noqa: F811
    oauth_url: str,  # noqa: F811
    slack: FakeSlack,
) -> None:
    assert "Thank you!" in install(oauth_url, slack, enterprise_id="E0001")
    with oauth_bot.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT enterprise_id, team_id FROM slack_bots").all()
    assert [tuple(row) for row in stored] == [("E0001", "T0002")]  # as Bolt stores it
    ping_members(oauth_bot)
    schedule_ping(oauth_bot, "T0002")
    report = oauth_bot.dispatcher.run_once()
    assert (report.done, report.failed) == (1, 0), job_states(oauth_bot)
    (dm,) = slack.calls_to("chat.postMessage")
    assert (dm.params["channel"], dm.params["text"], dm.token) == ("DU1", "Hoi", TEAM_TOKEN)


def test_the_workspace_bot_is_found_whatever_its_enterprise(
    oauth_bot: LnBot,  # noqa: F811
    oauth_url: str,  # noqa: F811
    slack: FakeSlack,
) -> None:
    install(oauth_url, slack, enterprise_id="E0001")
    store = installations.installation_store(oauth_bot.settings, oauth_bot.engine)
    found = installations.find_workspace_bot(store, "T0002")
    assert found is not None and (found.enterprise_id, found.bot_token) == ("E0001", TEAM_TOKEN)
    assert installations.find_workspace_bot(store, "T0404") is None
    assert installations.find_workspace_bot(store, None) is None


# --- uninstall in single-workspace mode ---------------------------------------------------


@pytest.mark.parametrize(
    "event",
    [
        {"type": "app_uninstalled"},
        {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOT"]}},
    ],
    ids=["app_uninstalled", "tokens_revoked"],
)
def test_uninstall_pauses_the_workspaces_work_and_a_working_token_resumes_it(
    event: dict[str, object],
    bot: LnBot,
    client: SlackRequestClient,
    slack: FakeSlack,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ping_members(bot)
    schedule_ping(bot, "T0001", key="before")
    schedule_ping(bot, "T0009", key="other")  # another workspace's work is not affected
    with caplog.at_level(logging.INFO, logger="bot.installations"):
        assert client.event(event).status == 200
    (line,) = [r.getMessage() for r in caplog.records if r.name == "bot.installations"]
    assert "T0001" in line and "paused" in line and BOT_TOKEN not in line
    schedule_ping(bot, "T0001", key="during")  # planned while uninstalled: waits too

    slack.reset()
    report = bot.dispatcher.run_once()
    assert report.done == 1 and slack.calls_to("chat.postMessage")[0].params["channel"] == "DU1"
    assert job_states(bot) == {
        "before:T0001": "pending",
        "during:T0001": "pending",
        "other:T0009": "done",
    }
    bot.clock.advance(timedelta(minutes=5))
    assert bot.dispatcher.run_once().claimed == 0  # still waiting, no send into a dead token

    # The operator reinstalls and restarts: auth.test with the token works, work resumes.
    assert installations.resume_if_installed(bot.uow(), bot.client) == "T0001"
    report = bot.dispatcher.run_once()
    assert (report.done, report.failed) == (2, 0)
    assert set(job_states(bot).values()) == {"done"}


def test_a_second_uninstall_event_changes_nothing_and_a_failing_token_resumes_nothing(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    client.event({"type": "app_uninstalled"})
    client.event({"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOT"]}})
    with bot.session_factory() as session:
        (workspace,) = session.scalars(select(Workspace))
    assert workspace.uninstalled_at == bot.clock.now()
    slack.fail_next("auth.test", error="invalid_auth")
    assert installations.resume_if_installed(bot.uow(), bot.client) is None
    with bot.session_factory() as session:
        assert session.scalars(select(Workspace)).one().uninstalled_at is not None


def test_a_revoked_user_token_alone_pauses_nothing(bot: LnBot, client: SlackRequestClient) -> None:
    response = client.event({"type": "tokens_revoked", "tokens": {"oauth": ["U1"], "bot": []}})
    assert response.status == 200
    with bot.session_factory() as session:
        assert session.scalars(select(Workspace)).all() == []


def test_starting_with_a_working_token_resumes_the_workspace(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    """How a reinstall is noticed in single-workspace mode: the process starts (after the
    operator put the new token in `.env`) and `auth.test` with it succeeds."""
    client.event({"type": "app_uninstalled"})
    bot.start_scheduler()
    assert slack.calls_to("auth.test")
    with bot.session_factory() as session:
        assert session.scalars(select(Workspace)).one().uninstalled_at is None
