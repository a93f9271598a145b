"""Block Kit of follow-up answers shared in the poll's thread (issue 16): the choice of
readers in the follow-up modal, and the answer's message in the thread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot import export
from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.knowledge import search_blocks as knowledge_search_blocks
from bot.i18n import t
from bot.services.poll_sharing import ANONYMOUS, NAMED, PRIVATE, PollHit, Reply, SharedAnswer
from bot.services.polls import FollowUp
from bot.services.search import SearchResults


def sharing_input(lang: str, follow_up: FollowUp) -> k.Block:
    """Who may read the answers; an anonymous poll's answers are never shared by name."""
    choices = [ANONYMOUS, PRIVATE] if follow_up.anonymous else [NAMED, ANONYMOUS, PRIVATE]
    options = [k.option(t(f"poll.share.{choice}", lang), choice) for choice in choices]
    initial = follow_up.sharing if follow_up.sharing in choices else PRIVATE
    chosen = next(o for o in options if o["value"] == initial)
    element = {"type": "radio_buttons", "options": options, "initial_option": chosen}
    return k.input_block(ids.POLL_SHARING, t("poll.share.label", lang), element)


def parse_sharing(view: dict[str, Any]) -> str:
    return k.state_value(view["state"], ids.POLL_SHARING) or PRIVATE


def answer_message(lang: str, shared: SharedAnswer) -> dict[str, Any]:
    """One person's answers in the poll's thread, with the button to withdraw them."""
    who = (
        t("poll.share.by", lang, user=shared.author, option=shared.option_text)
        if shared.author
        else t("poll.share.by_anonymous", lang, option=shared.option_text)
    )
    lines = [f"*{k.esc(question)}*\n{k.esc(text)}" for question, text in shared.lines]
    blocks: list[k.Block] = [k.section(who)]
    blocks += [k.section(line) for line in lines]
    withdraw = k.button(
        t("poll.share.withdraw", lang), ids.POLL_ANSWER_WITHDRAW, str(shared.answer_id)
    )
    blocks.append(k.actions(withdraw))
    blocks.append(k.context(t("poll.share.withdraw_hint", lang)))
    if shared.author:
        who = t("poll.share.by_text", lang, option=shared.option_text)
    return k.message(k.clip(who, 300), blocks)


def export_rows(
    lang: str, tz: str, replies: tuple[Reply, ...], names: Mapping[str, str]
) -> list[list[str]]:
    """The export's last part: what people typed in the poll's thread."""
    if not replies:
        return []
    heading = [t("poll.csv.person", lang), t("poll.csv.reply", lang), t("poll.csv.time", lang)]
    return [[], heading] + [
        [names.get(r.user_id, ""), r.text, export.moment(r.posted_at, lang, tz)] for r in replies
    ]


def search_blocks(
    lang: str, found: SearchResults, hits: tuple[PollHit, ...]
) -> tuple[str, list[k.Block]]:
    """`/lerend zoek`'s answer with what was shared under the network's polls added (without
    the "nothing found" line when only polls matched)."""
    text, blocks = knowledge_search_blocks(lang, found)
    if not hits:
        return text, blocks
    if not found.results:
        text, blocks = t("poll.search.found", lang), [k.section(t("poll.search.found", lang))]
    blocks = [*blocks, k.context(t("poll.search.heading", lang))]
    for hit in hits:
        who = k.mention(hit.user_id) if hit.user_id else t("poll.search.someone", lang)
        line = f":bar_chart: *{k.esc(hit.question)}*\n{who}: {k.esc(hit.snippet)}"
        blocks.append(k.section(line))
    return text, blocks[:50]


def choose_answers(lang: str, found: list[FollowUp]) -> dict[str, Any]:
    """Several options chosen, each with its own questions: which answers to change."""
    buttons = [
        k.button(
            k.clip(f.option_text, 75),
            f"{ids.POLL_MY_ANSWERS_OPTION}_{index}",  # Slack wants an id once per block
            f"{f.poll_id}:{f.option_id}",
        )
        for index, f in enumerate(found)
    ]
    return k.modal(
        ids.RESULT_MODAL,
        t("poll.follow_up.title", lang),
        [k.section(t("poll.share.choose_option", lang)), k.actions(*buttons)],
        close=t("common.close", lang),
    )


def parse_choice(value: str) -> tuple[int, int]:
    poll_id, _, option_id = value.partition(":")
    return int(poll_id), int(option_id)
