"""A meeting's agenda (issue 14, item 3): `/lerend agenda [n]` opens the coordinator's modal,
`/lerend agenda voorstel <tekst>` proposes a point for the next meeting, and a coordinator
accepts or declines it from the DM."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.blocks import agenda as blocks
from bot.blocks import ids
from bot.clock import Clock
from bot.edge.errors import modal_errors
from bot.services import agenda
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

PROPOSE = ("voorstel", "propose")


def register(app: App, router: Router) -> None:
    router.add(("agenda",), "agenda [n | voorstel <tekst>]", "agenda.help", agenda_command)
    app.view(ids.AGENDA_MODAL)(submit_agenda)
    modal_errors(ids.AGENDA_MODAL, "agenda.title", blocks.agenda_errors)
    app.action(ids.AGENDA_ACCEPT)(decide)
    app.action(ids.AGENDA_DECLINE)(decide)


def agenda_command(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    now = request.clock.now()
    if request.args and request.args[0].lower() in PROPOSE:
        proposal = agenda.propose(
            request.uow,
            network_id=network.id,
            user_id=request.user_id,
            text=" ".join(request.args[1:]),
            now=now,
        )
        request.respond(
            text=blocks.proposed_text(request.lang, proposal), response_type="ephemeral"
        )
        return
    if request.args and request.number(0) is None:
        request.not_found(0)
        return
    number = request.number(0) if request.args else None
    meeting_id = agenda.agenda_meeting(request.uow, network_id=network.id, number=number, now=now)
    form = agenda.agenda_form(request.uow, meeting_id=meeting_id, user_id=request.user_id, now=now)
    request.client.views_open(
        trigger_id=request.trigger_id, view=blocks.agenda_modal(request.lang, form)
    )


def submit_agenda(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], uow: UnitOfWork, lang: str, clock: Clock
) -> None:
    meeting_id, points, idea_ids, question_ids = blocks.parse_agenda(view)
    meeting = agenda.save_agenda(
        uow,
        meeting_id=meeting_id,
        user_id=body["user"]["id"],
        points=points,
        idea_ids=idea_ids,
        question_ids=question_ids,
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.saved_modal(lang, meeting))


def decide(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    """The first coordinator's answer counts; the DM is replaced by what was decided."""
    ack()
    decided = agenda.decide(
        uow,
        item_id=int(action["value"]),
        user_id=body["user"]["id"],
        accept=action["action_id"] == ids.AGENDA_ACCEPT,
        now=clock.now(),
    )
    respond(text=blocks.decided_text(lang, decided), replace_original=True)
