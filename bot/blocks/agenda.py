"""Block Kit of a meeting's agenda (issue 14, item 3): the coordinator's modal (the points in
order, one per line; ideas and open questions to add), a member's proposal in the
coordinators' DM, and the one message in the announcement's thread after a burst of edits."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.meetings import agenda_text
from bot.blocks.network import field_errors, result_modal
from bot.blocks.outcomes import meeting_fields
from bot.domain.outcomes import AGENDA_POINT_MAX, AGENDA_POINTS_MAX, agenda_points
from bot.i18n import t
from bot.services.agenda import AgendaForm, AgendaNews, Proposal
from bot.services.meetings import MeetingView

AGENDA_FIELDS = {"points": ids.AGENDA_POINTS, "text": ids.AGENDA_POINTS}
POINTS_TEXT_MAX = 3000  # Slack's limit for a text input


def agenda_modal(lang: str, form: AgendaForm) -> dict[str, Any]:
    blocks: list[k.Block] = [
        k.section(
            t("agenda.intro", lang, max=AGENDA_POINTS_MAX, **meeting_fields(lang, form.meeting))
        ),
        k.input_block(
            ids.AGENDA_POINTS,
            t("agenda.points", lang),
            k.text_input(
                max_length=POINTS_TEXT_MAX,
                multiline=True,
                initial="\n".join(form.points),
                placeholder=t("agenda.points_placeholder", lang),
            ),
            optional=True,
            hint=t("agenda.points_hint", lang),
        ),
    ]
    for block_id, label, choices in (
        (ids.AGENDA_IDEAS, "agenda.ideas", form.ideas),
        (ids.AGENDA_QUESTIONS, "agenda.questions", form.questions),
    ):
        if choices:
            options = [k.option(text, str(choice_id)) for choice_id, text in choices]
            blocks.append(
                k.input_block(
                    block_id,
                    t(label, lang),
                    k.static_select(
                        options, multi=True, placeholder=t("placeholder.choose_many", lang)
                    ),
                    optional=True,
                )
            )
    return k.modal(
        ids.AGENDA_MODAL,
        t("agenda.title", lang),
        blocks,
        submit=t("agenda.submit", lang),
        close=t("common.cancel", lang),
        metadata={"meeting": form.meeting.id},
    )


def parse_agenda(view: dict[str, Any]) -> tuple[int, list[str], list[int], list[int]]:
    """(meeting id, points in order, picked idea ids, picked question ids)."""
    state = view["state"]
    points = agenda_points(k.state_value(state, ids.AGENDA_POINTS) or "")
    ideas = [int(v) for v in k.state_value(state, ids.AGENDA_IDEAS) or []]
    questions = [int(v) for v in k.state_value(state, ids.AGENDA_QUESTIONS) or []]
    return int(k.metadata(view).get("meeting", 0)), points, ideas, questions


def agenda_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, AGENDA_FIELDS, lang, max=AGENDA_POINT_MAX, count=AGENDA_POINTS_MAX)


def saved_modal(lang: str, meeting: MeetingView) -> dict[str, Any]:
    lines = [t("agenda.saved", lang, **meeting_fields(lang, meeting))]
    if meeting.agenda:
        lines.append(agenda_text(lang, meeting.agenda))
    return result_modal(lang, "agenda.title", "\n\n".join(lines))


def proposal_dm(lang: str, proposal: Proposal) -> dict[str, Any]:
    text = t(
        "agenda.proposal_dm",
        lang,
        who=k.mention(proposal.proposed_by),
        text=proposal.text,
        **meeting_fields(lang, proposal.meeting),
    )
    value = str(proposal.id)
    fields = meeting_fields(lang, proposal.meeting)
    return {
        "text": k.notification(t("agenda.proposal_text", lang, **fields)),
        "blocks": [
            k.section(text),
            k.actions(
                k.button(t("agenda.accept", lang), ids.AGENDA_ACCEPT, value, style="primary"),
                k.button(t("agenda.decline", lang), ids.AGENDA_DECLINE, value),
            ),
        ],
    }


def proposed_text(lang: str, proposal: Proposal) -> str:
    return t("agenda.proposed", lang, text=proposal.text, **meeting_fields(lang, proposal.meeting))


def decided_text(lang: str, proposal: Proposal) -> str:
    key = "agenda.accepted" if proposal.status == "accepted" else "agenda.declined"
    return t(key, lang, text=proposal.text, **meeting_fields(lang, proposal.meeting))


def changed_message(lang: str, news: AgendaNews) -> dict[str, Any]:
    meeting = news.meeting
    text = t("agenda.changed", lang, **meeting_fields(lang, meeting))
    body = agenda_text(lang, meeting.agenda) if meeting.agenda else t("agenda.empty", lang)
    return k.message(text, [k.section(text), k.section(body)])
