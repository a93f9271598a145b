"""One lane per workspace: Slack slowing or refusing one workspace never holds up another."""

from __future__ import annotations

import threading
import time

from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot.scheduling.registry import JobContext, JobRegistry, JobView


def _rate_limited() -> SlackApiError:
    response = SlackResponse(
        client=None,
        http_verb="POST",
        api_url="chat.postMessage",
        req_args={},
        data={"ok": False, "error": "ratelimited"},
        headers={"Retry-After": "1"},
        status_code=429,
    )
    return SlackApiError("ratelimited", response)


def test_a_workspace_slack_keeps_limiting_waits_alone(add_job, job_row, make_dispatcher):
    """Still 429 after the client's retries in TA: TA's rows go back to pending, TB's all
    run in the same tick (before lanes, the rest of a mixed batch was handed back)."""
    sent: list[str] = []

    def handler(ctx: JobContext, job: JobView) -> None:
        if job.team_id == "TA":
            raise _rate_limited()
        sent.append(job.key)

    registry = JobRegistry()
    registry.register("test.dm", handler)
    for number in range(12):
        for team in ("TA", "TB"):
            add_job(f"{team}:{number}", kind="test.dm", team_id=team)
    report = make_dispatcher(jobs=registry, workers=2).run_once()

    assert sorted(sent) == sorted(f"TB:{number}" for number in range(12))
    assert report.done == 12 and report.deferred == 12 and report.failed == 0
    assert {job_row(f"TA:{n}").state for n in range(12)} == {"pending"}
    assert {job_row(f"TA:{n}").attempts for n in range(12)} == {0}  # no attempt used up


def test_a_slow_workspace_runs_beside_the_others(add_job, make_dispatcher):
    """TA's first send blocks until TB and TC are done: they can only finish if their lanes
    run beside TA's, and each row is sent once."""
    sent: list[str] = []
    lock = threading.Lock()
    others_done = threading.Event()

    def handler(ctx: JobContext, job: JobView) -> None:
        if job.team_id == "TA":
            assert others_done.wait(timeout=30), "TA's lane held up the others"
        with lock:
            sent.append(job.key)
            if sum(key[:2] in ("TB", "TC") for key in sent) == 20:
                others_done.set()

    registry = JobRegistry()
    registry.register("test.dm", handler)
    for number in range(10):
        for team in ("TA", "TB", "TC"):
            add_job(f"{team}:{number}", kind="test.dm", team_id=team)
    report = make_dispatcher(jobs=registry, workers=1, batch_size=4, lane_seconds=60).run_once()

    assert report.done == 30 and report.claimed == 30
    assert sorted(sent) == sorted(f"{t}:{n}" for t in ("TA", "TB", "TC") for n in range(10))


def test_a_lane_takes_one_batch_per_tick_unless_told_to_drain(add_job, make_dispatcher):
    for number in range(7):
        add_job(f"TA:{number}", team_id="TA")
    add_job("none:0")
    single = make_dispatcher(batch_size=3)
    assert single.run_once().claimed == 4  # three of TA, the one without a workspace
    draining = make_dispatcher(batch_size=3, lane_seconds=60)
    assert draining.run_once().claimed == 4  # TA's last four, batch after batch
    assert draining.run_once().idle


def _blocking(release: threading.Event, sent: list[str]) -> JobRegistry:
    lock = threading.Lock()

    def handler(ctx: JobContext, job: JobView) -> None:
        assert release.wait(timeout=30)
        with lock:
            sent.append(job.key)

    registry = JobRegistry()
    registry.register("test.dm", handler)
    return registry


def test_a_tick_starts_a_lane_in_the_background_that_drains_its_workspace(
    add_job, job_row, make_dispatcher
):
    """The scheduler's tick (`wait=False`) returns at once; the lane takes batch after batch
    until the workspace has nothing due, each row once."""
    release, sent = threading.Event(), []
    release.set()
    for number in range(7):
        add_job(f"TA:{number}", kind="test.dm", team_id="TA")
    dispatcher = make_dispatcher(jobs=_blocking(release, sent), workers=2, batch_size=3)

    dispatcher.run_once(wait=False)
    deadline = time.monotonic() + 20
    while len(sent) < 7 and time.monotonic() < deadline:
        time.sleep(0.02)
    dispatcher.stop(wait=True)

    assert sorted(sent) == [f"TA:{number}" for number in range(7)]
    assert {job_row(f"TA:{number}").state for number in range(7)} == {"done"}


def test_a_busy_workspace_gets_no_second_lane_and_stopping_ends_after_the_batch(
    add_job, job_row, make_dispatcher
):
    release, sent = threading.Event(), []
    for number in range(7):
        add_job(f"TA:{number}", kind="test.dm", team_id="TA")
    dispatcher = make_dispatcher(jobs=_blocking(release, sent), workers=2, batch_size=3)

    dispatcher.run_once(wait=False)
    dispatcher.run_once(wait=False)  # TA's lane is still on its first batch
    time.sleep(0.3)
    states = [job_row(f"TA:{number}").state for number in range(7)]
    assert states.count("running") == 3  # one lane, one batch; a second would hold six
    dispatcher.stop(wait=False)
    release.set()
    dispatcher.stop(wait=True)  # the running batch ends; no further batch is claimed

    assert sorted(sent) == ["TA:0", "TA:1", "TA:2"]
    assert [job_row(f"TA:{number}").state for number in range(3, 7)] == ["pending"] * 4
    dispatcher.run_once(wait=False)  # stopped: no new lanes
    assert [job_row(f"TA:{number}").state for number in range(3, 7)] == ["pending"] * 4
