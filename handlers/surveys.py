"""Programme-wide surveys (issue 16): `/lerend enquete` (create; `uitslag`, `export`), votes in
a channel or a DM, follow-up answers, closing, the results and contacting those who want
support."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import surveys as blocks
from bot.blocks.network import result_modal
from bot.clock import Clock
from bot.config import Settings
from bot.edge import messages
from bot.edge.errors import modal_errors
from bot.edge.person import upload_to_dm
from bot.export import to_csv
from bot.i18n import t, t_plural
from bot.services import surveys
from bot.services.people import Reader, reader_for
from bot.services.surveys import SurveyView
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

RESULTS = ("uitslag", "results")
EXPORT = ("export",)


def register(app: App, router: Router) -> None:
    router.add(
        ("enquete", "enquête", "survey"),
        "enquete [uitslag | export]",
        "survey.help",
        survey_command,
    )
    app.view(ids.SURVEY_MODAL)(submit_survey)
    app.view(ids.SURVEY_FOLLOW_UP_MODAL)(submit_answers)
    modal_errors(ids.SURVEY_MODAL, "survey.create.title", blocks.create_errors)
    modal_errors(ids.SURVEY_FOLLOW_UP_MODAL, "poll.follow_up.title")
    app.action(ids.SURVEY_VOTE)(vote)
    app.action(ids.SURVEY_CLOSE)(close)
    app.action(ids.SURVEY_RESULTS)(show_results)
    app.action(ids.SURVEY_EXPORT)(export_from_button)
    app.action(ids.SURVEY_CONTACT)(contact)


def survey_command(request: CommandRequest) -> None:
    words = [arg.lower() for arg in request.args]
    uow = request.uow
    if not words:
        networks = surveys.network_choices(uow, team_id=request.team_id, user_id=request.user_id)
        view = blocks.create_modal(request.lang, request.channel_id, networks)
        request.client.views_open(trigger_id=request.trigger_id, view=view)
        return
    if words[0] not in RESULTS + EXPORT or len(words) > 1:
        request.reply("survey.usage")
        return
    survey_id = surveys.latest_survey_id(uow, team_id=request.team_id, user_id=request.user_id)
    if survey_id is None:
        request.reply("survey.error.none")
    elif words[0] in RESULTS:
        _results(request.context, request.respond, request.user_id, survey_id)
    else:
        _export(request.context, request.client, request.user_id, survey_id)


def submit_survey(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    channel_id, form = blocks.parse_create(view)
    created = surveys.create_survey(
        uow,
        team_id=context.team_id or "",
        user_id=body["user"]["id"],
        channel_id=channel_id,
        form=form,
        now=clock.now(),
    )
    if created.audience == "dm":
        text = t_plural("survey.sent", created.recipients, lang)
        ack(response_action="update", view=result_modal(lang, "survey.create.title", text))
        return
    ack()
    message = blocks.channel_message(lang, created)
    ts = messages.post_in_channel(client, channel_id, message)["ts"]
    surveys.remember_message(uow, created.id, channel_id, str(ts))


def vote(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    survey_id, option_id = blocks.parse_vote(action["value"])
    result = surveys.cast_vote(
        uow,
        survey_id=survey_id,
        option_id=option_id,
        user_id=body["user"]["id"],
        team_id=context.team_id or "",
        now=clock.now(),
    )
    if result.follow_up is not None:
        client.views_open(
            trigger_id=body["trigger_id"], view=blocks.follow_up_modal(lang, result.follow_up)
        )
    else:
        text = blocks.vote_receipt(lang, result)
        respond(text=text, response_type="ephemeral", replace_original=False)
    if result.dm is not None:
        messages.update(client, *result.dm, blocks.dm_message(lang, result.survey, result.choice))
    if not result.closed:
        _refresh(client, settings, result.survey)


def _refresh(client: WebClient, settings: Settings, survey: SurveyView) -> None:
    """The channel's message shows the tally (a DM survey has no shared message)."""
    if survey.channel_id and survey.message_ts:
        message = blocks.channel_message(settings.language, survey)
        messages.update(client, survey.channel_id, survey.message_ts, message)


def submit_answers(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    survey_id, option_id, answers, wants_support = blocks.parse_answers(lang, view)
    surveys.save_answers(
        uow,
        survey_id=survey_id,
        option_id=option_id,
        user_id=body["user"]["id"],
        team_id=context.team_id or "",
        answers=answers,
        wants_support=wants_support,
        now=clock.now(),
    )
    key = "survey.thanks_support" if wants_support else "poll.follow_up.thanks"
    thanks = result_modal(lang, "poll.follow_up.title", t(key, lang))
    if wants_support:  # the network finder is one tap away (issue 17)
        thanks["blocks"] += blocks.find_network_offer(lang)
    ack(response_action="update", view=thanks)


def close(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    closed = surveys.close_survey(
        uow,
        survey_id=int(action["value"]),
        team_id=context.team_id or "",
        user_id=body["user"]["id"],
        now=clock.now(),
    )
    _refresh(client, settings, closed)


def show_results(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, respond: Respond
) -> None:
    ack()
    _results(context, respond, body["user"]["id"], int(action["value"]))


def _results(context: BoltContext, respond: Respond, user_id: str, survey_id: int) -> None:
    lang = context["lang"]
    results = surveys.results(
        context["uow"], survey_id=survey_id, team_id=context.team_id or "", user_id=user_id
    )
    respond(
        text=t("survey.results.title", lang),
        blocks=blocks.results_blocks(lang, context.team_id or "", results),
        response_type="ephemeral",
        replace_original=False,
    )


def export_from_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    _export(context, client, body["user"]["id"], int(action["value"]))


def _export(context: BoltContext, client: WebClient, user_id: str, survey_id: int) -> None:
    """The results as CSV (`;` and a BOM, for Dutch Excel) in the person's DM."""
    lang, tz = context["lang"], context["settings"].timezone
    results = surveys.results(
        context["uow"], survey_id=survey_id, team_id=context.team_id or "", user_id=user_id
    )
    names = context["names"].of(client, blocks.export_people(results))
    upload_to_dm(
        client,
        user_id,
        content=to_csv(blocks.export_rows(lang, tz, results, names)),
        filename=blocks.export_filename(results.survey),
        title=results.survey.question,
        comment=t("poll.export_done", lang, question=results.survey.question),
    )


def contact(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    """The button opens a direct message with the person (its url); the person is told who
    will get in touch, in their own language, and the list notes it."""
    ack()
    user_id, team_id, now = body["user"]["id"], context.team_id or "", clock.now()
    row = surveys.contact(
        uow, answer_id=int(action["value"]), team_id=team_id, user_id=user_id, now=now
    )
    reader = reader_for(
        uow,
        client,
        team_id=team_id,
        user_id=row.user_id,
        default=Reader(settings.language, settings.timezone),
        now=now,
    )
    text = blocks.contact_message(reader.lang, user_id, row.option_text)
    client.chat_postMessage(channel=row.user_id, text=text)
    respond(
        text=t("survey.contacted", lang, user=row.user_id),
        response_type="ephemeral",
        replace_original=False,
    )
