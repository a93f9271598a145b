"""After a meeting (issue 14): attendance taken (the taker's modal, a member's *was je
erbij?*), results recorded (the modal, the thread message, *Klaar* on an action), and the
commands `/lerend aanwezigheid [n]` and `/lerend resultaat [n]`."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import outcomes as blocks
from bot.clock import Clock
from bot.config import Settings
from bot.edge.errors import modal_errors
from bot.services import attendance, results
from bot.services.outcome_jobs import show_results
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

SELF_ANSWERS = {action: str(mode) for action, mode in blocks.SELF_BUTTONS}


def register(app: App, router: Router) -> None:
    router.add(
        ("aanwezigheid", "attendance"), "aanwezigheid [n]", "attendance.help", attendance_command
    )
    router.add(("resultaat", "result"), "resultaat [n]", "outcome.help", outcome_command)
    app.action(ids.ATTENDANCE_OPEN)(open_attendance)
    app.view(ids.ATTENDANCE_MODAL)(submit_attendance)
    modal_errors(ids.ATTENDANCE_MODAL, "attendance.title")
    app.action(ids.ATTENDANCE_SELF_IN_PERSON)(self_report)
    app.action(ids.ATTENDANCE_SELF_ONLINE)(self_report)
    app.action(ids.ATTENDANCE_SELF_ABSENT)(self_report)
    app.action(ids.OUTCOME_OPEN)(open_outcome)
    app.view(ids.OUTCOME_MODAL)(submit_outcome)
    modal_errors(ids.OUTCOME_MODAL, "outcome.title", blocks.outcome_errors)
    app.action(ids.OUTCOME_DONE)(mark_done)


def _meeting_for(request: CommandRequest) -> int | None:
    network = request.network()
    if network is None:
        return None
    if request.args and request.number(0) is None:
        request.not_found(0)
        return None
    number = request.number(0) if request.args else None
    return attendance.meeting_to_review(
        request.uow, network_id=network.id, number=number, now=request.clock.now()
    )


def attendance_command(request: CommandRequest) -> None:
    meeting_id = _meeting_for(request)
    if meeting_id is not None:
        _open_attendance(
            request.client,
            request.context,
            request.uow,
            request.trigger_id,
            request.user_id,
            meeting_id,
            request.lang,
            request.clock,
        )


def outcome_command(request: CommandRequest) -> None:
    meeting_id = _meeting_for(request)
    if meeting_id is not None:
        meeting = results.results_form(
            request.uow, meeting_id=meeting_id, user_id=request.user_id, now=request.clock.now()
        )
        request.client.views_open(
            trigger_id=request.trigger_id, view=blocks.outcome_modal(request.lang, meeting)
        )


def open_attendance(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    _open_attendance(
        client,
        context,
        uow,
        body["trigger_id"],
        body["user"]["id"],
        int(action["value"]),
        lang,
        clock,
    )


def _open_attendance(
    client: WebClient,
    context: BoltContext,
    uow: UnitOfWork,
    trigger_id: str,
    user_id: str,
    meeting_id: int,
    lang: str,
    clock: Clock,
) -> None:
    form = attendance.attendance_form(uow, meeting_id=meeting_id, user_id=user_id, now=clock.now())
    people = [m.user_id for group in form.groups for m in group.members]
    names_of = context["names"].of(client, people)
    client.views_open(trigger_id=trigger_id, view=blocks.attendance_modal(lang, form, names_of))


def submit_attendance(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], uow: UnitOfWork, lang: str, clock: Clock
) -> None:
    meeting_id, present, online = blocks.parse_attendance(view)
    done = attendance.confirm(
        uow,
        meeting_id=meeting_id,
        user_id=body["user"]["id"],
        present=present,
        online=online,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.confirmed_modal(lang, done))


def self_report(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    """*Was je erbij?*: the DM is replaced by the answer (a later click changes it)."""
    ack()
    reported = attendance.report_own(
        uow,
        meeting_id=int(action["value"]),
        user_id=body["user"]["id"],
        answer=SELF_ANSWERS[action["action_id"]],
        now=clock.now(),
    )
    respond(text=blocks.self_reported_text(lang, reported), replace_original=True)


def open_outcome(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    ack()
    meeting = results.results_form(
        uow, meeting_id=int(action["value"]), user_id=body["user"]["id"], now=clock.now()
    )
    client.views_open(trigger_id=body["trigger_id"], view=blocks.outcome_modal(lang, meeting))


def submit_outcome(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
    settings: Settings,
) -> None:
    """Stored, then the thread message is rebuilt (after the ack: Slack waits 3 seconds)."""
    meeting_id, value = blocks.parse_outcome(view)
    now = clock.now()
    results.record(
        uow,
        meeting_id=meeting_id,
        user_id=body["user"]["id"],
        value=value,
        lang=settings.language,
        tz=tz,
        now=now,
    )
    shown = results.meeting_results(uow, meeting_id)
    ack(response_action="update", view=blocks.recorded_modal(lang, shown))
    show_results(uow, client, settings, meeting_id, now)


def mark_done(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    """*Klaar*: from the reminder DM (replaced by a thank-you) or from the results message
    (rebuilt). A refusal reaches the clicker through the central error handler."""
    ack()
    now = clock.now()
    done = results.mark_done(
        uow, result_id=int(action["value"]), user_id=body["user"]["id"], now=now
    )
    show_results(uow, client, settings, done.meeting_id, now)
    if body.get("channel", {}).get("id", "").startswith("D"):
        respond(text=blocks.done_text(lang, done), replace_original=True)
    else:
        respond(text=blocks.done_text(lang, done), response_type="ephemeral")
