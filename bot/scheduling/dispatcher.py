"""The dispatcher: claims due rows of `scheduled_jobs`, runs their handlers, records the outcome.

Why it is shaped like this:
- Claiming is a conditional `UPDATE ... WHERE state='pending'` counted by rowcount (plus
  `FOR UPDATE SKIP LOCKED` on PostgreSQL), so two processes on one database never both run a
  row, on SQLite too.
- Handlers run outside the claim transaction (a Slack call must not hold a database lock) and
  the outcome is written in a transaction of its own; a crash in between leaves the row
  `running` until its lease expires, after which it is reclaimed, so nothing is lost.
- One sender per row: each claim gets its own token (`claim_token`). Before each group of
  sends the dispatcher renews, in one conditional UPDATE, the lease of the rows of its claim
  that are still its own, and sends only those. A batch that outlives the lease therefore
  keeps its rows while it makes progress, and a row another dispatcher has reclaimed
  meanwhile (this one stalled) is passed over, never sent a second time. The outcome is
  written only while the token still matches.
- Work missed by more than `grace` (the app was down) is skipped, not sent late.
- When Slack is down or keeps rate-limiting (5xx, 429 after the client's own retries, no
  connection), the job and the rest of its batch go back to `pending` without using up an
  attempt, so an outage during a fan-out delays the sends instead of failing them.
Delivery is at-least-once only across a crash between a handler's effect and its outcome:
the rows in flight at that moment (at most `workers` per workspace lane, 4 by default) may be
sent again after the lease; rows claimed but not yet started are sent once, by whoever takes
them over. See README.md, section 'Guarantees'.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from slack_sdk.errors import SlackApiError, SlackRequestError
from sqlalchemy import ColumnElement, Select, or_, select, update
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.scheduling.registry import JobContext, JobRegistry, JobView, PermanentJobError
from bot.scheduling.schedule import DONE, FAILED, PENDING, RUNNING, SKIPPED
from storage.models import ScheduledJob, Workspace

log = logging.getLogger(__name__)

CLAIMED = "claimed"
RETRIED = "retried"
DEFERRED = "deferred"
LOST = "lost"
YIELDED = "yielded"
MAX_ERROR_LENGTH = 500
_DONE: dict[str, Any] = {"state": DONE, "last_error": None}  # and finished_at
_UNLOCKED: dict[str, Any] = {"locked_by": None, "locked_at": None, "claim_token": None}
_SECRET = re.compile(r"\b(xox[a-z]|xapp|xoxe\.xox[a-z])-[\w.-]+")

SessionFactory = Callable[[], Session]


@dataclass(frozen=True)
class DispatchReport:
    """What one `run_once` did, for logs and tests."""

    claimed: int = 0
    done: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    reclaimed: int = 0
    deferred: int = 0
    yielded: int = 0  # claimed rows another dispatcher took over before we sent them

    @property
    def idle(self) -> bool:
        return not (self.claimed or self.skipped or self.reclaimed or self.failed or self.deferred)


@dataclass(frozen=True)
class _Failure:
    text: str
    permanent: bool
    error: BaseException | None = None
    outage: bool = False


def is_outage(error: BaseException) -> bool:
    """Slack is unreachable, failing (5xx) or still rate-limiting: not the job's fault."""
    if isinstance(error, SlackApiError):
        status = getattr(error.response, "status_code", 200)
        return status >= 500 or status == 429
    return isinstance(error, SlackRequestError | OSError)


def default_worker_id() -> str:
    """Host, process and a random suffix: unique per dispatcher, readable in `locked_by`."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def describe_error(error: BaseException) -> str:
    """Class and message, with Slack tokens masked, cut to fit `last_error`."""
    text = _SECRET.sub(r"\1-***", f"{type(error).__name__}: {error}")
    return text[:MAX_ERROR_LENGTH]


class Dispatcher:
    """Runs due jobs; safe to run in several processes against one database."""

    def __init__(
        self,
        session_factory: SessionFactory,
        registry: JobRegistry,
        context: JobContext,
        *,
        clock: Clock,
        worker_id: str | None = None,
        batch_size: int = 50,
        grace: timedelta = timedelta(hours=6),
        lease: timedelta = timedelta(minutes=10),
        backoff_base: timedelta = timedelta(seconds=30),
        backoff_max: timedelta = timedelta(hours=1),
        outage_delay: timedelta = timedelta(minutes=1),
        workers: int = 4,
        lanes: int = 16,
        lane_seconds: float = 0.0,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self._session_factory = session_factory
        self._registry = registry
        self._context = context
        self._clock = clock
        self.worker_id = worker_id or default_worker_id()
        self._batch_size = batch_size
        self._grace = grace
        self._lease = lease
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._outage_delay = outage_delay
        self._workers = max(1, workers)  # sends in flight per workspace: Slack sets the pace
        self._lanes = max(1, lanes)  # workspaces served at once
        self._lane_seconds = lane_seconds
        self.last_run_at: datetime | None = None
        self._lanes_lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None  # background lanes (the scheduler's ticks)
        self._busy: set[str | None] = set()  # workspaces with a background lane
        self._stopping = False

    def run_once(self, *, wait: bool = True) -> DispatchReport:
        """Reclaim stale rows, skip missed ones, then run the due work of each workspace in a
        lane of its own: a workspace that Slack slows down never holds up another.

        With `wait` (tests, one-off runs) the lanes run now and the report counts their work;
        each takes batches for up to `lane_seconds`. Without (the scheduler's tick) each
        workspace without a lane running gets one in the background that takes batches until
        its due work is done, so a lane never waits for another's last batch nor for the next
        tick; the report then counts only the reclaimed and skipped rows, and each lane logs
        its own work."""
        now = self._clock.now()
        with self._transaction() as session:
            reclaimed, expired = self._reclaim(session, now)
            skipped = self._skip_missed(session, now)
            teams = self._due_teams(session, now)
        outcomes: Counter[str] = Counter()
        deadline = time.monotonic() + self._lane_seconds
        if not wait:
            self._start_lanes(teams)
        elif len(teams) == 1:
            outcomes = self._lane(teams[0], deadline)
        elif teams:
            with ThreadPoolExecutor(min(len(teams), self._lanes), "lane") as lanes:
                for result in lanes.map(lambda team: self._lane(team, deadline), teams):
                    outcomes.update(result)
        self.last_run_at = self._clock.now()
        return _report(outcomes, skipped=skipped, reclaimed=reclaimed, expired=expired)

    def _start_lanes(self, teams: list[str | None]) -> None:
        with self._lanes_lock:
            if self._stopping:
                return
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self._lanes, "lane")
            for team in teams:
                if team not in self._busy:
                    self._busy.add(team)
                    self._pool.submit(self._background_lane, team)

    def _background_lane(self, team_id: str | None) -> None:
        try:
            report = _report(self._lane(team_id, None))
            if not report.idle:
                log.info("dispatched: %s", report)
        except Exception:
            log.exception("a dispatcher lane failed; the next tick tries again")
        finally:
            with self._lanes_lock:
                self._busy.discard(team_id)

    def stop(self, *, wait: bool = True) -> None:
        """Start no more lanes; with `wait`, let the lanes running finish their batch."""
        with self._lanes_lock:
            self._stopping = True
            pool = self._pool
        if pool is not None:
            pool.shutdown(wait=wait)

    def _lane(self, team_id: str | None, deadline: float | None) -> Counter[str]:
        """Claim and run one workspace's due rows, a batch at a time; another batch while the
        last one was full, before `deadline` (if any) and while the dispatcher is not stopping."""
        outcomes: Counter[str] = Counter()
        while True:
            token = uuid.uuid4().hex  # this claim's owner token
            with self._transaction() as session:
                claimed = self._claim(session, self._clock.now(), token, team_id)
            outcomes[CLAIMED] += len(claimed)
            outcomes.update(self._run_batch(claimed, token))
            if (
                DEFERRED in outcomes
                or len(claimed) < self._batch_size
                or (deadline is not None and time.monotonic() >= deadline)
                or self._stopping
            ):
                return outcomes

    def _run_batch(self, claimed: list[JobView], token: str) -> Counter[str]:
        """Run a claimed batch, `workers` at a time. Before each further group the lease of the
        rows still ours is renewed, in the transaction that records the previous group."""
        outcomes: Counter[str] = Counter()
        if not claimed:
            return outcomes
        groups = [claimed[at : at + self._workers] for at in range(0, len(claimed), self._workers)]
        # one workspace per batch (its lane): its context (its Slack client) found once
        context = functools.cache(lambda: self._context.for_team(claimed[0].team_id))
        with ThreadPoolExecutor(self._workers, thread_name_prefix="dispatch") as pool:
            held = {view.id for view in claimed}  # the claim has just set their lease
            for number, group in enumerate(groups):
                chunk = [view for view in group if view.id in held]
                outcomes[YIELDED] += len(group) - len(chunk)
                failures = pool.map(lambda view: self._call(view, context), chunk)
                ran = list(zip(chunk, failures, strict=True))
                results, held = self._settle(token, ran, renew=number + 1 < len(groups))
                outcomes.update(results)
                if DEFERRED in results:  # Slack is down: hand the rest back untouched
                    rest = [view for later in groups[number + 1 :] for view in later]
                    outcomes[DEFERRED] += self._release(rest, token)
                    break
        return outcomes

    # -- the claim transaction -------------------------------------------------------------

    def _reclaim(self, session: Session, now: datetime) -> tuple[int, int]:
        """Rows left `running` past the lease (their process died): retry, or fail if spent."""
        stale = self._locked_rows(
            session,
            select(ScheduledJob)
            .where(ScheduledJob.state == RUNNING, ScheduledJob.locked_at < now - self._lease)
            .order_by(ScheduledJob.locked_at, ScheduledJob.id),  # ix_scheduled_jobs_lease
        )
        reclaimed = expired = 0
        for job in stale:
            spent = job.attempts >= job.max_attempts
            reason = f"lease expired on attempt {job.attempts} (worker {job.locked_by})"
            outcome = {"state": FAILED, "finished_at": now, "last_error": reason} if spent else {}
            if not self._transition(
                session,
                job.id,
                RUNNING,
                ScheduledJob.locked_by == job.locked_by,
                ScheduledJob.locked_at == job.locked_at,
                ScheduledJob.claim_token == job.claim_token,
                **({"state": PENDING, "claim_token": None} | outcome),
            ):
                continue
            log.warning("reclaimed job %s (%s): %s", job.key, job.kind, reason)
            expired += spent
            reclaimed += not spent
        return reclaimed, expired

    def _skip_missed(self, session: Session, now: datetime) -> int:
        """Pending rows due longer ago than the grace window: record and log, never run."""
        missed = self._locked_rows(
            session,
            select(ScheduledJob)
            .where(ScheduledJob.state == PENDING, ScheduledJob.run_at < now - self._grace)
            .order_by(ScheduledJob.run_at, ScheduledJob.id),
        )
        skipped = 0
        for job in missed:
            hours = (now - job.run_at) / timedelta(hours=1)
            reason = f"missed by {hours:.1f}h; not sent late"
            if self._transition(
                session, job.id, PENDING, state=SKIPPED, last_error=reason, finished_at=now
            ):
                log.warning("skipped job %s (%s): %s", job.key, job.kind, reason)
                skipped += 1
        return skipped

    def _due(self, now: datetime) -> tuple[ColumnElement[bool], ...]:
        """Due and not missed, of an installed workspace: a range of ix_scheduled_jobs_due."""
        return (
            ScheduledJob.state == PENDING,
            ScheduledJob.run_at <= now,
            ScheduledJob.run_at >= now - self._grace,
            _installed_workspace(),
        )

    def _due_teams(self, session: Session, now: datetime) -> list[str | None]:
        """The workspaces with due work, each of which gets a lane."""
        teams = session.scalars(self.due_teams_query(now))
        return sorted(teams, key=lambda team: team or "")

    def claim_query(self, now: datetime, team_id: str | None) -> Select[Any]:
        """The due rows of one workspace, oldest first: a range scan of ix_scheduled_jobs_due."""
        team = (
            ScheduledJob.team_id.is_(None) if team_id is None else ScheduledJob.team_id == team_id
        )
        return (
            select(ScheduledJob.id)
            .where(*self._due(now), team)
            .order_by(ScheduledJob.run_at, ScheduledJob.id)
            .limit(self._batch_size)
        )

    def due_teams_query(self, now: datetime) -> Select[Any]:
        """The workspaces with due work."""
        return select(ScheduledJob.team_id).where(*self._due(now)).distinct()

    def _claim(
        self, session: Session, now: datetime, token: str, team_id: str | None
    ) -> list[JobView]:
        """Mark up to `batch_size` due rows of workspace `team_id` as ours (`token`) in one
        conditional UPDATE; only the rows it changed (it returns them) count."""
        due = self._locked_rows(session, self.claim_query(now, team_id))
        if not due:
            return []
        rows = session.scalars(
            update(ScheduledJob)
            .where(ScheduledJob.id.in_(due), ScheduledJob.state == PENDING)
            .values(
                state=RUNNING,
                locked_by=self.worker_id,
                locked_at=now,
                claim_token=token,
                attempts=ScheduledJob.attempts + 1,
            )
            .returning(ScheduledJob)
            .execution_options(synchronize_session=False, populate_existing=True)
        ).all()
        return sorted((JobView.of(row) for row in rows), key=lambda view: (view.run_at, view.id))

    # -- running and recording -------------------------------------------------------------

    def _settle(
        self, token: str, ran: list[tuple[JobView, _Failure | None]], *, renew: bool
    ) -> tuple[list[str], set[int]]:
        """In one transaction: record the outcomes of the jobs that `ran` (the rows done in one
        conditional UPDATE, the others one by one; only rows still carrying `token`), then,
        with `renew`, renew the lease of the rows of the claim that are still ours.

        Returns the outcomes (LOST for a row reclaimed meanwhile) and the ids renewed. A
        reclaimed row no longer carries the token, so it is neither renewed nor sent here. A
        failure to record only costs a lease: the rows are sent again after it.
        """
        now = self._clock.now()
        planned = [(view, failure, *self._outcome(view, failure, now)) for view, failure in ran]
        done = [view.id for view, _, outcome, _ in planned if outcome == DONE]
        try:
            with self._transaction() as session:
                kept = self._held(session, token, done, **_UNLOCKED, **_DONE, finished_at=now)
                for view, _, outcome, values in planned:
                    if outcome != DONE and self._held(
                        session, token, [view.id], **_UNLOCKED, **values
                    ):
                        kept.add(view.id)
                held = self._held(session, token, None, locked_at=now) if renew else set()
        except Exception:
            log.exception("could not record the outcome of %d jobs", len(planned))
            return [LOST] * len(planned), set()
        results = []
        for view, failure, outcome, values in planned:
            if view.id not in kept:
                log.warning("job %s (%s) was reclaimed while it ran", view.key, view.kind)
                results.append(LOST)
                continue
            self._log_outcome(view, outcome, failure, values.get("run_at"))
            results.append(outcome)
        return results, held

    @staticmethod
    def _held(session: Session, token: str, ids: list[int] | None, **values: Any) -> set[int]:
        """Update the rows of claim `token` that are still ours (of them, those in `ids`, when
        given) in one conditional UPDATE; returns the ids it changed."""
        if ids is not None and not ids:
            return set()
        query = update(ScheduledJob).where(
            ScheduledJob.claim_token == token, ScheduledJob.state == RUNNING
        )
        if ids is not None:
            query = query.where(ScheduledJob.id.in_(ids))
        changed = session.scalars(
            query.values(**values)
            .returning(ScheduledJob.id)
            .execution_options(synchronize_session=False)
        )
        return set(changed)

    def _call(self, view: JobView, context: Callable[[], JobContext]) -> _Failure | None:
        handler = self._registry.get(view.kind)
        if handler is None:
            return _Failure("unknown job kind", permanent=True)
        try:
            handler(context(), view)
        except Exception as error:
            permanent = isinstance(error, PermanentJobError)
            return _Failure(describe_error(error), permanent, error, outage=is_outage(error))
        return None

    def _outcome(
        self, view: JobView, failure: _Failure | None, now: datetime
    ) -> tuple[str, dict[str, Any]]:
        if failure is None:
            return DONE, _DONE | {"finished_at": now}
        if failure.outage:
            return DEFERRED, self._deferral(now) | {"last_error": failure.text}
        if failure.permanent or view.attempts >= view.max_attempts:
            return FAILED, {"state": FAILED, "finished_at": now, "last_error": failure.text}
        retry_at = now + self.backoff(view.attempts)
        return RETRIED, {"state": PENDING, "run_at": retry_at, "last_error": failure.text}

    def _deferral(self, now: datetime) -> dict[str, Any]:
        """Back to pending a little later, giving the attempt back."""
        return {
            "state": PENDING,
            "run_at": now + self._outage_delay,
            "attempts": ScheduledJob.attempts - 1,
        }

    def _release(self, views: Sequence[JobView], token: str) -> int:
        """Return claimed rows that were not run to `pending`, as if never claimed."""
        if not views:
            return 0
        values = self._deferral(self._clock.now())
        with self._transaction() as session:
            ids = [view.id for view in views]
            return len(self._held(session, token, ids, **_UNLOCKED, **values))

    def backoff(self, attempts: int) -> timedelta:
        """Delay before the next try: base, doubling per attempt, capped at `backoff_max`."""
        return min(self._backoff_base * 2 ** min(max(attempts - 1, 0), 32), self._backoff_max)

    @staticmethod
    def _log_outcome(
        view: JobView, outcome: str, failure: _Failure | None, retry_at: datetime | None
    ) -> None:
        if failure is None:
            log.debug("job %s (%s) done", view.key, view.kind)
            return
        follow_up = f"retry at {retry_at:%Y-%m-%d %H:%M:%S}Z" if retry_at else "giving up"
        log.warning(
            "job %s (%s) failed on attempt %d/%d, %s: %s",
            view.key,
            view.kind,
            view.attempts,
            view.max_attempts,
            follow_up,
            failure.text,
            exc_info=failure.error,
        )

    # -- helpers ---------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._session_factory() as session, session.begin():
            yield session

    @staticmethod
    def _locked_rows(session: Session, query: Select[Any]) -> Sequence[Any]:
        """Run `query`; on PostgreSQL lock its rows, passing over rows another worker holds."""
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        return session.scalars(query).all()

    @staticmethod
    def _transition(
        session: Session,
        job_id: int,
        from_state: str,
        *criteria: ColumnElement[bool],
        **values: Any,
    ) -> bool:
        """Move one row out of `from_state` if it is still there; True when this call did it."""
        result = session.execute(
            update(ScheduledJob)
            .where(ScheduledJob.id == job_id, ScheduledJob.state == from_state, *criteria)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount) == 1  # type: ignore[attr-defined]


def _report(
    outcomes: Counter[str], *, skipped: int = 0, reclaimed: int = 0, expired: int = 0
) -> DispatchReport:
    return DispatchReport(
        claimed=outcomes[CLAIMED],
        done=outcomes[DONE],
        retried=outcomes[RETRIED],
        failed=outcomes[FAILED] + expired,
        skipped=skipped,
        reclaimed=reclaimed,
        deferred=outcomes[DEFERRED],
        yielded=outcomes[YIELDED],
    )


def _installed_workspace() -> ColumnElement[bool]:
    """Work of a workspace that uninstalled the app waits (no sends into a revoked token);
    a reinstall clears `uninstalled_at` and it runs again, unless it is missed by then."""
    uninstalled = select(Workspace.team_id).where(Workspace.uninstalled_at.is_not(None))
    return or_(ScheduledJob.team_id.is_(None), ScheduledJob.team_id.not_in(uninstalled))
