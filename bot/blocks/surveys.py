"""Block Kit of programme-wide surveys (issue 16): the create modal (the seed's question
filled in), the message in a channel and in a DM, the follow-up modal (the support question
as a yes/no choice), the results for the programme coordinator and the export's rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot import export
from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.matching import dm_link
from bot.blocks.network import field_errors
from bot.blocks.polls import template_prefill
from bot.domain.network import clean_text
from bot.domain.polls import (
    ANSWER_MAX,
    FOLLOW_UP_MAX,
    OPTION_INPUT_MAX,
    OPTION_MAX,
    QUESTION_MAX,
    PollForm,
    bar,
    follow_up_questions,
    percent,
)
from bot.i18n import t, t_plural
from bot.services.surveys import (
    ALL_NETWORKS,
    AUDIENCES,
    SurveyFollowUp,
    SurveyForm,
    SurveyResults,
    SurveyView,
    SurveyVoteResult,
)
from bot.services.views import NetworkRef

SLOTS = 5
YES, NO = "yes", "no"
SUPPORT_LISTED = 20


def create_fields() -> dict[str, str]:
    names = {
        "question": ids.SURVEY_QUESTION,
        "support": ids.SURVEY_SUPPORT,
        "audience": ids.SURVEY_AUDIENCE,
        "networks": ids.SURVEY_NETWORKS,
    }
    for slot in range(1, SLOTS + 1):
        names[f"option_{slot}"] = ids.SURVEY_OPTION.format(slot=slot)
        names[f"follow_up_{slot}"] = ids.SURVEY_FOLLOW_UP.format(slot=slot)
    return names


def create_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, create_fields(), lang, max=OPTION_MAX)


def create_modal(lang: str, channel_id: str, networks: list[NetworkRef]) -> dict[str, Any]:
    """Filled in with the seed's question (Maakt jouw organisatie deel uit van een lerend
    netwerk?), its options, follow-up questions and support question; all can be changed."""
    prefill = template_prefill(lang, "network")
    fields = create_fields()
    blocks: list[k.Block] = [
        k.section(t("survey.create.intro", lang)),
        k.input_block(
            fields["question"],
            t("poll.create.question", lang),
            k.text_input(
                max_length=QUESTION_MAX,
                initial=prefill.question,
                placeholder=t("placeholder.text", lang),
            ),
        ),
    ]
    for slot in range(1, SLOTS + 1):
        option = prefill.options[slot - 1] if slot <= len(prefill.options) else None
        follow_up = prefill.follow_ups[slot - 1] if slot <= len(prefill.follow_ups) else None
        blocks += [
            k.input_block(
                fields[f"option_{slot}"],
                t("poll.create.option", lang, number=slot),
                k.text_input(
                    max_length=OPTION_INPUT_MAX,
                    initial=option,
                    placeholder=t("placeholder.text", lang),
                ),
                optional=True,
            ),
            k.input_block(
                fields[f"follow_up_{slot}"],
                t("poll.create.follow_up", lang, number=slot),
                k.text_input(
                    max_length=FOLLOW_UP_MAX,
                    multiline=True,
                    initial=follow_up or None,
                    placeholder=t("placeholder.answer", lang),
                ),
                optional=True,
                hint=t("poll.create.follow_up_hint", lang) if slot == 1 else None,
            ),
        ]
    audiences = [k.option(t(f"survey.audience.{name}", lang), name) for name in AUDIENCES]
    network_options = [k.option(n.name, str(n.id)) for n in networks]
    blocks += [
        k.input_block(
            fields["support"],
            t("survey.create.support", lang),
            k.text_input(
                max_length=FOLLOW_UP_MAX,
                initial=t("poll.template.network.no_support", lang),
                placeholder=t("placeholder.text", lang),
            ),
            optional=True,
            hint=t("survey.create.support_hint", lang),
        ),
        k.input_block(
            fields["audience"],
            t("survey.create.audience", lang),
            {"type": "radio_buttons", "options": audiences, "initial_option": audiences[1]},
        ),
    ]
    if network_options:
        blocks.append(
            k.input_block(
                fields["networks"],
                t("survey.create.networks", lang),
                k.static_select(
                    network_options, multi=True, placeholder=t("survey.create.networks_pick", lang)
                ),
                optional=True,
            )
        )
    per_org = k.option(t("survey.create.per_organisation", lang), ids.SURVEY_PER_ORGANISATION)
    blocks.append(
        k.input_block(
            ids.SURVEY_SETTINGS,
            t("poll.create.settings", lang),
            k.checkboxes([per_org], checked=[ids.SURVEY_PER_ORGANISATION]),
            optional=True,
        )
    )
    return k.modal(
        ids.SURVEY_MODAL,
        t("survey.create.title", lang),
        blocks,
        submit=t("survey.create.submit", lang),
        close=t("common.cancel", lang),
        metadata={"channel": channel_id},
    )


def parse_create(view: dict[str, Any]) -> tuple[str, SurveyForm]:
    """(the channel the command came from, what was entered)."""
    state = view["state"]
    fields = create_fields()

    def value(name: str) -> Any:
        return k.state_value(state, fields[name])

    settings = k.state_value(state, ids.SURVEY_SETTINGS) or []
    form = PollForm(
        question=clean_text(value("question")),
        options=tuple(clean_text(value(f"option_{s}")) for s in range(1, SLOTS + 1)),
        follow_ups=tuple(
            "\n".join(follow_up_questions(value(f"follow_up_{s}"))) for s in range(1, SLOTS + 1)
        ),
    )
    survey = SurveyForm(
        poll=form,
        support_question=clean_text(value("support")),
        audience=value("audience") or ALL_NETWORKS,
        networks=tuple(int(n) for n in value("networks") or []),
        per_organisation=ids.SURVEY_PER_ORGANISATION in settings,
    )
    return str(k.metadata(view).get("channel", "")), survey


# --- the messages --------------------------------------------------------------------------


def vote_value(survey_id: int, option_id: int) -> str:
    return f"{survey_id}:{option_id}"


def parse_vote(value: str) -> tuple[int, int]:
    survey_id, _, option_id = value.partition(":")
    return int(survey_id), int(option_id)


def channel_message(lang: str, survey: SurveyView) -> dict[str, Any]:
    """The survey in a channel: the tally for all to see, rebuilt after each vote."""
    blocks: list[k.Block] = [
        k.section(f":clipboard: *{k.esc(survey.question)}*"),
        k.context(_about(lang, survey)),
    ]
    if survey.closed:
        blocks.append(k.section(t("survey.closed_banner", lang)))
    for row in survey.options:
        button = None
        if not survey.closed:
            button = k.button(row.text, ids.SURVEY_VOTE, vote_value(survey.id, row.option_id))
        line = f"*{k.esc(row.text)}*\n`{bar(row.votes, survey.voters)}` " + t(
            "poll.votes", lang, count=row.votes, percent=percent(row.votes, survey.voters)
        )
        blocks.append(k.section(line, button))
    blocks.append(
        k.context(
            t(
                "survey.footer",
                lang,
                voted=t_plural("poll.voted_count", survey.voters, lang),
                user=survey.created_by,
            )
        )
    )
    buttons = [k.button(t("survey.results", lang), ids.SURVEY_RESULTS, str(survey.id))]
    if not survey.closed:
        buttons.insert(0, k.button(t("survey.close", lang), ids.SURVEY_CLOSE, str(survey.id)))
    blocks.append(k.actions(*buttons))
    return {"text": k.clip(survey.question, 300), "blocks": blocks}


def dm_message(lang: str, survey: SurveyView, choice: str | None = None) -> dict[str, Any]:
    """The survey in one person's DM: the options and, once chosen, their choice."""
    blocks: list[k.Block] = [
        k.section(t("survey.dm.intro", lang, user=survey.created_by)),
        k.section(f":clipboard: *{k.esc(survey.question)}*"),
        k.context(_about(lang, survey)),
    ]
    if not survey.closed:
        blocks += [
            k.section(
                f"*{k.esc(row.text)}*",
                k.button(row.text, ids.SURVEY_VOTE, vote_value(survey.id, row.option_id)),
            )
            for row in survey.options
        ]
    if choice:
        blocks.append(k.context(t("survey.dm.chosen", lang, choice=choice)))
    return {"text": k.clip(survey.question, 300), "blocks": blocks}


def _about(lang: str, survey: SurveyView) -> str:
    return t("survey.per_organisation" if survey.per_organisation else "survey.per_person", lang)


def vote_receipt(lang: str, result: SurveyVoteResult) -> str:
    if result.closed:
        return t("survey.closed", lang)
    if result.organisation:
        return t("survey.voted_for", lang, choice=result.choice, organisation=result.organisation)
    return t("survey.voted", lang, choice=result.choice)


# --- follow-up questions -------------------------------------------------------------------


def follow_up_modal(lang: str, follow_up: SurveyFollowUp) -> dict[str, Any]:
    blocks: list[k.Block] = [
        k.section(t("poll.follow_up.intro", lang, option=follow_up.option_text))
    ]
    for index, question in enumerate(follow_up.questions):
        block_id = ids.SURVEY_ANSWER.format(index=index)
        if index == follow_up.support_index:
            choices = [k.option(t(f"survey.support.{v}", lang), v) for v in (YES, NO)]
            element: dict[str, Any] = {"type": "radio_buttons", "options": choices}
            if follow_up.answers:
                element["initial_option"] = choices[0 if follow_up.wants_support else 1]
            blocks.append(k.input_block(block_id, question, element, optional=True))
            continue
        earlier = follow_up.answers[index] if index < len(follow_up.answers) else None
        blocks.append(
            k.input_block(
                block_id,
                question,
                k.text_input(
                    max_length=ANSWER_MAX,
                    multiline=True,
                    initial=earlier,
                    placeholder=t("placeholder.answer", lang),
                ),
                optional=True,
            )
        )
    return k.modal(
        ids.SURVEY_FOLLOW_UP_MODAL,
        t("poll.follow_up.title", lang),
        blocks,
        submit=t("poll.follow_up.submit", lang),
        close=t("poll.follow_up.skip", lang),
        metadata={
            "survey": follow_up.survey_id,
            "option": follow_up.option_id,
            "support": follow_up.support_index,
        },
    )


def parse_answers(lang: str, view: dict[str, Any]) -> tuple[int, int, list[str], bool]:
    """(survey id, option id, answers in question order, wants support)."""
    meta = k.metadata(view)
    state = view["state"]
    support_index = meta.get("support")
    answers: list[str] = []
    wants_support = False
    index = 0
    while ids.SURVEY_ANSWER.format(index=index) in state.get("values", {}):
        raw = k.state_value(state, ids.SURVEY_ANSWER.format(index=index))
        if index == support_index:
            wants_support = raw == YES
            answers.append(t(f"survey.support.{raw}", lang) if raw in (YES, NO) else "")
        else:
            answers.append((raw or "").strip())
        index += 1
    return int(meta["survey"]), int(meta["option"]), answers, wants_support


# --- results and export --------------------------------------------------------------------


def _tally_lines(lang: str, options: Any, voters: int) -> str:
    return "\n".join(
        f"{k.esc(row.text)}: `{bar(row.votes, voters)}` "
        + t("poll.votes", lang, count=row.votes, percent=percent(row.votes, voters))
        for row in options
    )


def results_blocks(lang: str, team_id: str, results: SurveyResults) -> list[k.Block]:
    """For the programme coordinator: overall, per network, and who wants support (with a
    button that opens a direct message with each, and lets the person know)."""
    survey = results.survey
    blocks: list[k.Block] = [
        k.header(t("survey.results.title", lang)),
        k.section(
            f"*{k.esc(survey.question)}*\n" + _tally_lines(lang, survey.options, survey.voters)
        ),
        k.context(
            t(
                "survey.results.count",
                lang,
                voted=t_plural("poll.voted_count", survey.voters, lang),
                asked=t_plural("survey.results.asked", survey.recipients, lang),
            )
        ),
    ]
    for network in results.networks[:10]:
        name = network.name or t("survey.results.no_network", lang)
        blocks.append(
            k.section(f"*{k.esc(name)}*\n" + _tally_lines(lang, network.options, network.voters))
        )
    if results.support:
        blocks.append(k.section(t("survey.results.support", lang)))
    else:
        blocks.append(k.context(t("survey.results.no_support", lang)))
    for row in results.support[:SUPPORT_LISTED]:
        about = k.join(" · ", [k.esc(p) for p in (row.organisation, row.network) if p])
        line = k.mention(row.user_id) + (f" ({about})" if about else "")
        if row.contacted_by:
            line += "\n" + t("survey.results.contacted", lang, user=row.contacted_by)
        button = k.button(t("survey.contact", lang), ids.SURVEY_CONTACT, str(row.answer_id))
        button["url"] = dm_link(team_id, row.user_id)
        blocks.append(k.section(line, button))
    blocks.append(k.actions(k.button(t("survey.export", lang), ids.SURVEY_EXPORT, str(survey.id))))
    return blocks[:50]


def export_people(results: SurveyResults) -> set[str]:
    contacted = {s.contacted_by for s in results.support if s.contacted_by}
    return {v.user_id for v in results.votes} | {a.user_id for a in results.answers} | contacted


def export_rows(
    lang: str, tz: str, results: SurveyResults, names: Mapping[str, str]
) -> list[list[str]]:
    """The table for Dutch Excel: people by name with their organisation, never Slack ids."""
    survey = results.survey
    csv = lambda key: t(f"poll.csv.{key}", lang)  # noqa: E731
    rows: list[list[str]] = [
        [csv("question"), survey.question],
        [csv("status"), csv("closed" if survey.closed else "open")],
        [],
        [t("survey.csv.network", lang), csv("option"), csv("votes"), csv("percent")],
    ]
    everyone = t("survey.csv.overall", lang)
    for name, options, voters in [(everyone, survey.options, survey.voters)] + [
        (n.name or t("survey.results.no_network", lang), n.options, n.voters)
        for n in results.networks
    ]:
        rows += [[name, o.text, str(o.votes), f"{percent(o.votes, voters)}%"] for o in options]
    heading = ["person", "organisation"]
    rows += [
        [],
        [csv(key) for key in heading] + [t("survey.csv.network", lang), csv("option"), csv("time")],
    ]
    rows += [
        [
            names.get(v.user_id, v.user_id),
            v.organisation or "",
            v.network or "",
            v.option_text,
            export.moment(v.voted_at, lang, tz),
        ]
        for v in results.votes
    ]
    if results.answers:
        rows += [
            [],
            [csv(key) for key in ("person", "organisation", "option", "follow_up", "answer")],
        ]
        rows += [
            [names.get(a.user_id, ""), a.organisation or "", a.option_text, a.question, a.answer]
            for a in results.answers
        ]
    if results.support:
        rows += [
            [],
            [t("survey.csv.support", lang), csv("organisation"), t("survey.csv.contacted", lang)],
        ]
        rows += [
            [
                names.get(s.user_id, ""),
                s.organisation or "",
                names.get(s.contacted_by, "") if s.contacted_by else "",
            ]
            for s in results.support
        ]
    return rows


def export_filename(survey: SurveyView) -> str:
    return f"enquete-{survey.id}.csv"


def contact_message(lang: str, coordinator: str, option: str) -> str:
    """To the person who wants support: who will get in touch."""
    return t("survey.contact_message", lang, coordinator=coordinator, option=option)


def find_network_offer(lang: str) -> list[k.Block]:
    """Under the thanks for asking support: register for the network finder straight away."""
    button = k.button(t("survey.find_network", lang), ids.FINDER_OPEN, "survey", style="primary")
    return [k.section(t("survey.find_network_intro", lang)), k.actions(button)]
