"""Block Kit of changing a poll (issue 16): the edit modal (wording until the first vote, the
closing time) and the message that takes the place of a deleted poll."""

from __future__ import annotations

from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import field_errors
from bot.domain.network import clean_text
from bot.domain.polls import OPTION_INPUT_MAX, OPTION_MAX, QUESTION_MAX
from bot.i18n import t
from bot.services.poll_changes import PollDraft, PollEdit


def edit_fields(option_ids: list[int]) -> dict[str, str]:
    """Service field names -> block ids of the edit modal (`option_{slot}` by position)."""
    names = {
        "question": ids.POLL_EDIT_QUESTION,
        "closes_on": ids.POLL_EDIT_CLOSES_ON,
        "closes_time": ids.POLL_EDIT_CLOSES_TIME,
    }
    for slot, option_id in enumerate(option_ids, 1):
        names[f"option_{slot}"] = ids.POLL_EDIT_OPTION.format(option=option_id)
    return names


def edit_errors(view: dict[str, Any]) -> Any:
    option_ids = [int(o) for o in k.metadata(view).get("options", [])]
    return lambda errors, lang: field_errors(errors, edit_fields(option_ids), lang, max=OPTION_MAX)


def edit_modal(lang: str, tz: str, draft: PollDraft) -> dict[str, Any]:
    """Before the first vote the question and the options can be reworded; after it only the
    closing time changes (the wording is shown, not editable)."""
    blocks: list[k.Block] = []
    if draft.voted:
        lines = "\n".join(f"• {k.esc(text)}" for _, text in draft.options)
        blocks += [
            k.section(f"*{k.esc(draft.question)}*\n{lines}"),
            k.context(t("poll.change.voted_note", lang)),
        ]
    else:
        blocks.append(
            k.input_block(
                ids.POLL_EDIT_QUESTION,
                t("poll.create.question", lang),
                k.text_input(
                    max_length=QUESTION_MAX,
                    initial=draft.question,
                    placeholder=t("placeholder.text", lang),
                ),
            )
        )
        for slot, (option_id, text) in enumerate(draft.options, 1):
            blocks.append(
                k.input_block(
                    ids.POLL_EDIT_OPTION.format(option=option_id),
                    t("poll.create.option", lang, number=slot),
                    k.text_input(
                        max_length=OPTION_INPUT_MAX,
                        initial=text,
                        placeholder=t("placeholder.text", lang),
                    ),
                )
            )
    local = draft.closes_at.astimezone(ZoneInfo(tz)) if draft.closes_at else None
    day = {"type": "datepicker", "placeholder": k.plain(t("placeholder.date", lang), 150)}
    hour = {"type": "timepicker", "placeholder": k.plain(t("placeholder.time", lang), 150)}
    if local is not None:
        day["initial_date"] = local.date().isoformat()
        hour["initial_time"] = local.strftime("%H:%M")
    blocks += [
        k.input_block(
            ids.POLL_EDIT_CLOSES_ON, t("poll.create.closes_on", lang), day, optional=True
        ),
        k.input_block(
            ids.POLL_EDIT_CLOSES_TIME,
            t("poll.create.closes_time", lang),
            hour,
            optional=True,
            hint=t("poll.change.closes_hint", lang, tz=tz),
        ),
    ]
    return k.modal(
        ids.POLL_EDIT_MODAL,
        t("poll.change.title", lang),
        blocks,
        submit=t("poll.change.submit", lang),
        close=t("common.cancel", lang),
        metadata={"poll": draft.poll_id, "options": [option_id for option_id, _ in draft.options]},
    )


def parse_edit(view: dict[str, Any]) -> tuple[int, PollEdit]:
    """(poll id, what was entered); without inputs for the wording (someone voted before the
    modal opened) the wording stays as it is."""
    meta = k.metadata(view)
    state = view["state"]
    values = state.get("values", {})
    question = clean_text(k.state_value(state, ids.POLL_EDIT_QUESTION))
    options = {
        int(option_id): clean_text(k.state_value(state, block))
        for option_id in meta.get("options", [])
        if (block := ids.POLL_EDIT_OPTION.format(option=option_id)) in values
    }
    closes_on = k.state_value(state, ids.POLL_EDIT_CLOSES_ON)
    closes_time = k.state_value(state, ids.POLL_EDIT_CLOSES_TIME)
    edit = PollEdit(
        question=question if ids.POLL_EDIT_QUESTION in values else None,
        options=options,
        closes_on=date.fromisoformat(closes_on) if closes_on else None,
        closes_time=time.fromisoformat(closes_time) if closes_time else None,
    )
    return int(meta["poll"]), edit


def deleted_message(lang: str, user_id: str) -> dict[str, Any]:
    text = t("poll.deleted", lang, user=user_id)
    return k.message(t("poll.deleted_text", lang), [k.section(text)])
