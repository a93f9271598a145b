"""Block Kit of polls: the create modal (with templates), the channel message, the follow-up
modal, the coordinators' summary and the rows of the results export."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from bot import export
from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import field_errors
from bot.blocks.poll_sharing import sharing_input
from bot.domain.network import clean_text
from bot.domain.polls import (
    ANSWER_MAX,
    FOLLOW_UP_MAX,
    MAX_OPTIONS,
    MIN_OPTIONS,
    OPTION_INPUT_MAX,
    QUESTION_MAX,
    REMINDER_CHOICES,
    TEMPLATES,
    PollForm,
    bar,
    follow_up_questions,
    percent,
)
from bot.i18n import format_datetime, t, t_plural
from bot.services.evaluation import SYSTEM_USER
from bot.services.polls import FollowUp, PollResults, PollView, VoteResult

VOTERS_LISTED = 25
EMPTY_TEMPLATE = "empty"
ANSWERS_SHOWN = 40
FIRST_SLOTS = 3  # option fields the create modal shows at first


@dataclass(frozen=True)
class Prefill:
    """What a template, or what was typed before the modal grew, puts into the create modal."""

    question: str = ""
    options: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()
    settings: tuple[str, ...] = field(default_factory=tuple)
    closes_on: str | None = None
    closes_time: str | None = None
    remind: str | None = None


@dataclass(frozen=True)
class Layout:
    """How much of the create modal shows: `slots` option fields (three at first, one more per
    tap on "Optie toevoegen"), and the advanced settings only after "Meer instellingen"."""

    rev: int = 0
    slots: int = FIRST_SLOTS
    more: bool = False

    def metadata(self, network_id: int) -> dict[str, Any]:
        return {"network": network_id, "rev": self.rev, "slots": self.slots, "more": self.more}


def layout_of(view: dict[str, Any]) -> Layout:
    meta = k.metadata(view)
    slots = int(meta.get("slots", MAX_OPTIONS))
    return Layout(
        int(meta.get("rev", 0)),
        max(MIN_OPTIONS, min(slots, MAX_OPTIONS)),
        bool(meta.get("more", True)),
    )


def block_id(base: str, rev: int) -> str:
    """Slack keeps what a person typed in an input whose block_id stays the same, so a
    template gets new block_ids (a higher `rev`) to show its own values."""
    return base if rev == 0 else f"{base}.{rev}"


def create_fields(rev: int) -> dict[str, str]:
    """Service field names -> block ids of the create modal."""
    names = {
        "question": ids.POLL_QUESTION,
        "closes_on": ids.POLL_CLOSES_ON,
        "closes_time": ids.POLL_CLOSES_TIME,
        "remind": ids.POLL_REMIND,
    }
    for slot in range(1, MAX_OPTIONS + 1):
        names[f"option_{slot}"] = ids.POLL_OPTION.format(slot=slot)
        names[f"follow_up_{slot}"] = ids.POLL_FOLLOW_UP.format(slot=slot)
    return {name: block_id(base, rev) for name, base in names.items()}


def create_errors(errors: dict[str, str], rev: int, lang: str) -> dict[str, str]:
    return field_errors(errors, create_fields(rev), lang, max=k.OPTION_TEXT_MAX)


def template_prefill(lang: str, name: str) -> Prefill:
    template = TEMPLATES.get(name)
    if template is None:
        return Prefill()
    return Prefill(
        question=t(template.question, lang),
        options=tuple(t(option, lang) for option, _ in template.options),
        follow_ups=tuple(
            "\n".join(t(question, lang) for question in follow_ups)
            for _, follow_ups in template.options
        ),
        settings=tuple(
            setting
            for setting, on in (
                (ids.POLL_MULTIPLE, template.multiple),
                (ids.POLL_ANONYMOUS, template.anonymous),
            )
            if on
        ),
    )


def template_layout(rev: int, prefill: Prefill) -> Layout:
    """A template shows all its options, and its settings when it has any."""
    more = any(prefill.follow_ups) or bool(prefill.settings)
    return Layout(rev, max(FIRST_SLOTS, len(prefill.options)), more)


def typed_prefill(state: dict[str, Any], layout: Layout) -> Prefill:
    """What the person typed so far, to show again when the modal grows (Slack keeps it too
    when a block id stays the same; this makes sure nothing typed is lost)."""
    fields = create_fields(layout.rev)

    def value(name: str) -> Any:
        return k.state_value(state, fields[name])

    slots = range(1, MAX_OPTIONS + 1)
    return Prefill(
        question=value("question") or "",
        options=tuple(value(f"option_{s}") or "" for s in slots),
        follow_ups=tuple(value(f"follow_up_{s}") or "" for s in slots),
        settings=tuple(k.state_value(state, block_id(ids.POLL_SETTINGS, layout.rev)) or ()),
        closes_on=value("closes_on"),
        closes_time=value("closes_time"),
        remind=value("remind"),
    )


def create_modal(
    lang: str,
    tz: str,
    *,
    network_id: int,
    layout: Layout | None = None,
    prefill: Prefill | None = None,
) -> dict[str, Any]:
    """One screen: the question and three options (the first two required); more options and
    the advanced settings (follow-up questions, anonymous, closing, reminder) on request."""
    layout = layout or Layout()
    prefill = prefill or Prefill()
    fields = create_fields(layout.rev)
    templates = [k.option(t("poll.template.empty", lang), EMPTY_TEMPLATE)] + [
        k.option(t(f"poll.template.{name}.name", lang), name) for name in TEMPLATES
    ]
    picker = {
        **k.static_select(templates, placeholder=t("poll.create.template", lang)),
        "action_id": ids.POLL_TEMPLATE,
    }
    blocks: list[k.Block] = [
        k.section(t("poll.create.intro", lang), picker),
        k.input_block(
            fields["question"],
            t("poll.create.question", lang),
            k.text_input(
                max_length=QUESTION_MAX,
                initial=prefill.question,
                placeholder=t("poll.create.question_placeholder", lang),
            ),
        ),
    ]
    for slot in range(1, layout.slots + 1):
        blocks += _option_inputs(lang, fields, slot, prefill, layout.more)
    grow = []
    if layout.slots < MAX_OPTIONS:
        grow.append(k.button(t("poll.create.add_option", lang), ids.POLL_ADD_OPTION, "add"))
    if not layout.more:
        grow.append(k.button(t("poll.create.more", lang), ids.POLL_MORE_SETTINGS, "more"))
    if grow:
        blocks.append(k.actions(*grow))
    if layout.more:
        blocks += _setting_inputs(lang, tz, fields, layout.rev, prefill)
    return k.modal(
        ids.POLL_MODAL,
        t("poll.create.title", lang),
        blocks,
        submit=t("poll.create.submit", lang),
        close=t("common.cancel", lang),
        metadata=layout.metadata(network_id),
    )


def _option_inputs(
    lang: str, fields: dict[str, str], slot: int, prefill: Prefill, more: bool
) -> list[k.Block]:
    def prefilled(values: tuple[str, ...]) -> str | None:
        return values[slot - 1] if slot <= len(values) else None

    inputs = [
        k.input_block(
            fields[f"option_{slot}"],
            t("poll.create.option", lang, number=slot),
            k.text_input(
                max_length=OPTION_INPUT_MAX,
                initial=prefilled(prefill.options),
                placeholder=t("poll.create.option_placeholder", lang),
            ),
            optional=slot > MIN_OPTIONS,  # two options make a poll: those two are required
        )
    ]
    if more:
        inputs.append(
            k.input_block(
                fields[f"follow_up_{slot}"],
                t("poll.create.follow_up", lang, number=slot),
                k.text_input(
                    max_length=FOLLOW_UP_MAX,
                    multiline=True,
                    initial=prefilled(prefill.follow_ups),
                    placeholder=t("placeholder.answer", lang),
                ),
                optional=True,
                hint=t("poll.create.follow_up_hint", lang) if slot == 1 else None,
            )
        )
    return inputs


def _setting_inputs(
    lang: str, tz: str, fields: dict[str, str], rev: int, prefill: Prefill
) -> list[k.Block]:
    settings = [
        k.option(t("poll.create.multiple", lang), ids.POLL_MULTIPLE),
        k.option(t("poll.create.anonymous", lang), ids.POLL_ANONYMOUS),
    ]
    reminders = [
        k.option(t(f"poll.create.remind_{minutes}", lang), str(minutes))
        for minutes in REMINDER_CHOICES
    ]
    date_picker: dict[str, Any] = {
        "type": "datepicker",
        "placeholder": k.plain(t("placeholder.date", lang), 150),
    }
    if prefill.closes_on:
        date_picker["initial_date"] = prefill.closes_on
    time_picker: dict[str, Any] = {
        "type": "timepicker",
        "placeholder": k.plain(t("placeholder.time", lang), 150),
    }
    if prefill.closes_time:
        time_picker["initial_time"] = prefill.closes_time
    return [
        k.header(t("poll.create.more_header", lang)),
        k.input_block(
            block_id(ids.POLL_SETTINGS, rev),
            t("poll.create.settings", lang),
            k.checkboxes(settings, checked=list(prefill.settings)),
            optional=True,
        ),
        k.input_block(
            fields["closes_on"], t("poll.create.closes_on", lang), date_picker, optional=True
        ),
        k.input_block(
            fields["closes_time"],
            t("poll.create.closes_time", lang),
            time_picker,
            optional=True,
            hint=t("poll.create.closes_hint", lang, tz=tz),
        ),
        k.input_block(
            fields["remind"],
            t("poll.create.remind", lang),
            k.static_select(
                reminders, initial=prefill.remind, placeholder=t("poll.create.remind_none", lang)
            ),
            optional=True,
        ),
    ]


def parse_create(state: dict[str, Any], rev: int) -> PollForm:
    """The submitted form; fields the modal did not show (yet) read as empty."""
    fields = create_fields(rev)

    def value(name: str) -> Any:
        return k.state_value(state, fields[name])

    settings = k.state_value(state, block_id(ids.POLL_SETTINGS, rev)) or []
    closes_on, closes_time, remind = value("closes_on"), value("closes_time"), value("remind")
    return PollForm(
        question=clean_text(value("question")),
        options=tuple(clean_text(value(f"option_{s}")) for s in range(1, MAX_OPTIONS + 1)),
        follow_ups=tuple(
            "\n".join(follow_up_questions(value(f"follow_up_{s}")))
            for s in range(1, MAX_OPTIONS + 1)
        ),
        multiple=ids.POLL_MULTIPLE in settings,
        anonymous=ids.POLL_ANONYMOUS in settings,
        closes_on=date.fromisoformat(closes_on) if closes_on else None,
        closes_time=time.fromisoformat(closes_time) if closes_time else None,
        remind_before_minutes=int(remind) if remind else None,
    )


# --- the channel message -------------------------------------------------------------------


def poll_message(lang: str, tz: str, poll: PollView) -> dict[str, Any]:
    """The poll in the channel, rebuilt from the database after votes and on closing."""
    blocks: list[k.Block] = [
        k.section(f":bar_chart: *{k.esc(poll.question)}*"),
        k.context(_about(lang, tz, poll)),
    ]
    if poll.closed:
        blocks.append(k.section(t("poll.closed_banner", lang)))
    for row in poll.options:
        button = None
        if not poll.closed:
            button = k.button(row.text, ids.POLL_VOTE, vote_value(poll.id, row.option_id))
        blocks.append(k.section(_option_line(lang, row, poll), button))
    blocks.append(k.context(_footer(lang, poll)))
    blocks.append(k.actions(*poll_buttons(lang, poll)))
    key = "poll.text_closed" if poll.closed else "poll.text_open"
    return k.message(k.clip(t(key, lang, question=poll.question), 300), blocks)


def _footer(lang: str, poll: PollView) -> str:
    """How many voted, and whose poll it is (the network's own evaluation has no person)."""
    voted = t_plural("poll.voted_count", poll.voters, lang)
    if poll.created_by == SYSTEM_USER:
        return t("poll.footer_evaluation", lang, voted=voted)
    return t("poll.footer", lang, voted=voted, user=poll.created_by)


def poll_buttons(lang: str, poll: PollView) -> list[dict[str, Any]]:
    """Under the poll, for everyone: changing one's own answers. Changing, reopening and
    deleting the poll sit behind the "⋯" menu, which checks who taps it (the creator or a
    coordinator); closing and the export are in their App Home."""
    buttons = []
    if not poll.closed and poll.follow_ups:
        buttons.append(k.button(t("poll.my_answers", lang), ids.POLL_MY_ANSWERS, str(poll.id)))
    return [*buttons, manage_menu(lang, poll)]


def manage_menu(lang: str, poll: PollView) -> dict[str, Any]:
    choices = [("edit", "poll.edit")] if not poll.closed else []
    if poll.closed and not poll.reopened:
        choices.append(("reopen", "poll.reopen"))
    choices.append(("delete", "poll.delete"))
    return {
        "type": "overflow",
        "action_id": ids.POLL_MORE,
        "options": [k.option(t(key, lang), f"{choice}:{poll.id}") for choice, key in choices],
    }


def parse_manage(value: str) -> tuple[str, int]:
    choice, _, poll_id = value.partition(":")
    return choice, int(poll_id)


def delete_question(lang: str, poll_id: int) -> list[k.Block]:
    """The creator's (or a coordinator's) own question: delete, behind Slack's confirmation."""
    delete = k.button(t("poll.delete", lang), ids.POLL_DELETE, str(poll_id), style="danger")
    k.confirmed(
        delete,
        title=t("poll.delete_title", lang),
        text=t("poll.delete_confirm", lang),
        yes=t("poll.delete", lang),
        no=t("common.cancel", lang),
    )
    return [k.section(t("poll.delete_confirm", lang)), k.actions(delete)]


def _about(lang: str, tz: str, poll: PollView) -> str:
    parts = [
        t("poll.multiple" if poll.multiple else "poll.single", lang),
        t("poll.anonymous" if poll.anonymous else "poll.named", lang),
    ]
    if poll.closes_at and not poll.closed:
        parts.append(t("poll.closes", lang, when=format_datetime(poll.closes_at, lang, tz)))
    return " · ".join(parts)


def _option_line(lang: str, row: Any, poll: PollView) -> str:
    line = (
        f"*{k.esc(row.text)}*\n`{bar(row.votes, poll.voters)}` "
        f"{t('poll.votes', lang, count=row.votes, percent=percent(row.votes, poll.voters))}"
    )
    if row.voters:
        people: str = k.mentions(row.voters[:VOTERS_LISTED])
        more = len(row.voters) - VOTERS_LISTED
        if more > 0:
            people += " " + t("status.more", lang, count=more)
        line += f"\n{people}"
    return line


def vote_value(poll_id: int, option_id: int) -> str:
    return f"{poll_id}:{option_id}"


def parse_vote(value: str) -> tuple[int, int]:
    poll_id, _, option_id = value.partition(":")
    return int(poll_id), int(option_id)


def vote_receipt(lang: str, result: VoteResult) -> str:
    """The ephemeral answer to a click: what counts for this person now."""
    if result.closed:
        return t("poll.closed", lang)
    if not result.choices:
        return t("poll.voted_none", lang)
    return t(
        "poll.voted", lang, choices=k.Markup(", ".join(f"*{k.esc(c)}*" for c in result.choices))
    )


# --- follow-up questions -------------------------------------------------------------------


def follow_up_modal(lang: str, follow_up: FollowUp) -> dict[str, Any]:
    blocks: list[k.Block] = [
        k.section(t("poll.follow_up.intro", lang, option=follow_up.option_text))
    ]
    for index, question in enumerate(follow_up.questions):
        earlier = follow_up.answers[index] if index < len(follow_up.answers) else None
        blocks.append(
            k.input_block(
                ids.POLL_ANSWER.format(index=index),
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
    blocks.append(sharing_input(lang, follow_up))
    return k.modal(
        ids.POLL_FOLLOW_UP_MODAL,
        t("poll.follow_up.title", lang),
        blocks,
        submit=t("poll.follow_up.submit", lang),
        close=t("poll.follow_up.skip", lang),
        metadata={"poll": follow_up.poll_id, "option": follow_up.option_id},
    )


def parse_answers(view: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(poll id, option id, answers in question order) of a submitted follow-up modal."""
    meta = k.metadata(view)
    state = view["state"]
    answers = []
    index = 0
    while ids.POLL_ANSWER.format(index=index) in state.get("values", {}):
        answers.append((k.state_value(state, ids.POLL_ANSWER.format(index=index)) or "").strip())
        index += 1
    return int(meta["poll"]), int(meta["option"]), answers


# --- summary and export --------------------------------------------------------------------


def summary_blocks(lang: str, results: PollResults) -> list[k.Block]:
    """The results summarised for a coordinator (the evaluation, after it closes)."""
    poll = results.poll
    lines = [
        f"*{k.esc(row.text)}*: `{bar(row.votes, poll.voters)}` "
        + t("poll.votes", lang, count=row.votes, percent=percent(row.votes, poll.voters))
        for row in poll.options
    ]
    blocks: list[k.Block] = [
        k.header(t("poll.summary.title", lang)),
        k.section(f"*{k.esc(poll.question)}*\n" + "\n".join(lines)),
        k.context(t_plural("poll.summary.count", poll.voters, lang)),
    ]
    by_question: dict[str, list[str]] = {}
    for row in results.answers[:ANSWERS_SHOWN]:
        by_question.setdefault(row.question, []).append(
            f"• _{k.esc(row.option_text)}_: {k.esc(row.answer)}"
        )
    for question, answers in by_question.items():
        blocks.append(k.section(f"*{k.esc(question)}*\n" + "\n".join(answers)))
    if len(results.answers) > ANSWERS_SHOWN:
        blocks.append(
            k.context(t_plural("poll.summary.more", len(results.answers) - ANSWERS_SHOWN, lang))
        )
    blocks.append(k.context(t("poll.summary.export", lang)))
    return blocks[:50]


def export_people(results: PollResults) -> set[str]:
    """Whom the export names (nobody for an anonymous poll)."""
    voters = {vote.user_id for vote in results.votes}
    return voters | {answer.user_id for answer in results.answers if answer.user_id}


def export_rows(
    lang: str, tz: str, results: PollResults, names: Mapping[str, str]
) -> list[list[str]]:
    """The table a coordinator downloads: people by name, times in the network's time zone;
    anonymous polls have no person column at all."""
    poll = results.poll
    rows: list[list[str]] = [
        [t("poll.csv.question", lang), poll.question],
        [
            t("poll.csv.status", lang),
            t("poll.csv.closed" if poll.closed else "poll.csv.open", lang),
        ],
        [],
        [t("poll.csv.option", lang), t("poll.csv.votes", lang), t("poll.csv.percent", lang)],
    ]
    rows += [
        [row.text, str(row.votes), f"{percent(row.votes, poll.voters)}%"] for row in poll.options
    ]
    if results.votes:
        rows += [
            [],
            [t(f"poll.csv.{key}", lang) for key in ("person", "organisation", "option", "time")],
        ]
        rows += [
            [
                names.get(vote.user_id, vote.user_id),
                vote.organisation or "",
                vote.option_text,
                export.moment(vote.voted_at, lang, tz),
            ]
            for vote in results.votes
        ]
    if results.answers:
        heading = (
            ["option", "follow_up", "answer"]
            if poll.anonymous
            else ["option", "follow_up", "person", "answer"]
        )
        rows += [[], [t(f"poll.csv.{key}", lang) for key in heading]]
        for answer in results.answers:
            person = [] if poll.anonymous else [names.get(answer.user_id or "", "")]
            rows.append([answer.option_text, answer.question, *person, answer.answer])
    return rows


def export_filename(poll: PollView) -> str:
    return f"poll-{poll.id}.csv"
