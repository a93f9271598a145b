"""Block Kit of the idea box: the modal, the thanks (with *Zet mijn naam erbij* after the slash
command), the DM after a meeting, the coordinator's part of App Home, and the channel message
when an idea is taken up."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.meetings import idea_value, names
from bot.blocks.network import field_errors, result_modal
from bot.domain.ideas import IDEA_MAX, IdeaBox, IdeaRow
from bot.i18n import format_datetime, t, t_plural
from bot.services.ideas import DroppedIdea, IdeaPrompt, TakenUp
from bot.services.meetings import MeetingView

IDEA_FIELDS = {"text": ids.IDEA_TEXT}
LINE_MAX = 280  # an idea's text in App Home


def idea_modal(lang: str, prompt: IdeaPrompt) -> dict[str, Any]:
    intro = (
        t("idea.intro_meeting", lang, **names(lang, prompt.meeting))
        if prompt.meeting
        else t("idea.intro", lang)
    )
    named = k.option(t("idea.named_option", lang), ids.IDEA_NAMED_YES)
    blocks = [
        k.section(intro),
        k.input_block(
            ids.IDEA_TEXT,
            t("idea.text", lang),
            k.text_input(
                max_length=IDEA_MAX, multiline=True, placeholder=t("placeholder.answer", lang)
            ),
        ),
        k.input_block(ids.IDEA_NAMED, t("idea.named", lang), k.checkboxes([named]), optional=True),
    ]
    metadata: dict[str, Any] = {"network": prompt.network.id}
    if prompt.meeting is not None:
        metadata["meeting"] = prompt.meeting.id
    return k.modal(
        ids.IDEA_MODAL,
        t("idea.title", lang),
        blocks,
        submit=t("idea.submit", lang),
        close=t("common.cancel", lang),
        metadata=metadata,
    )


def parse_idea(view: dict[str, Any]) -> tuple[int, int | None, str, bool]:
    """(network id, meeting id, text, show my name)."""
    meta, state = k.metadata(view), view["state"]
    named = ids.IDEA_NAMED_YES in (k.state_value(state, ids.IDEA_NAMED) or [])
    meeting = int(meta["meeting"]) if meta.get("meeting") else None
    return int(meta.get("network", 0)), meeting, k.state_value(state, ids.IDEA_TEXT) or "", named


def idea_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, IDEA_FIELDS, lang, max=IDEA_MAX)


def thanks_modal(lang: str, dropped: DroppedIdea) -> dict[str, Any]:
    return result_modal(lang, "idea.title", t("idea.thanks", lang, name=dropped.network.name))


def thanks_message(lang: str, dropped: DroppedIdea) -> dict[str, Any]:
    """After `/lerend idee <tekst>`: stored anonymously, with the offer to add one's name."""
    text = t("idea.thanks_anonymous", lang, name=dropped.network.name)
    button = k.button(t("idea.show_name", lang), ids.IDEA_SHOW_NAME, str(dropped.id))
    return k.message(text, [k.section(text), k.actions(button)])


def offer_dm(lang: str, meeting: MeetingView) -> dict[str, Any]:
    """Right after a meeting: the idea box is open."""
    text = t("idea.offer", lang, name=meeting.network.name, **names(lang, meeting))
    button = k.button(
        t("idea.button", lang), ids.IDEA_OPEN, idea_value(meeting.network.id, None), style="primary"
    )
    return k.message(text, [k.section(text), k.actions(button)])


def idea_box_blocks(lang: str, tz: str, box: IdeaBox, name: str) -> list[k.Block]:
    """A coordinator's idea box in App Home: the open ideas of network `name` per coming
    meeting, each with *Oppakken*."""
    if box.empty:
        return []
    count = sum(len(group.ideas) for group in box.groups) + box.hidden
    header = t("idea.home_header", lang, count=count, name=escape(name))
    blocks: list[k.Block] = [k.section(header)]
    for group in box.groups:
        heading = (
            t(
                "idea.home_meeting",
                lang,
                number=group.number,
                when=format_datetime(group.starts_at, lang, tz),
            )
            if group.number is not None and group.starts_at is not None
            else t("idea.home_no_meeting", lang)
        )
        blocks.append(k.context(heading))
        blocks += [_idea_line(lang, idea) for idea in group.ideas]
    if box.hidden:
        blocks.append(k.context(t_plural("idea.home_more", box.hidden, lang)))
    return blocks


def _idea_line(lang: str, idea: IdeaRow) -> k.Block:
    author = t("idea.home_author", lang, user=idea.author) if idea.author else ""
    text = t("idea.home_line", lang, text=escape(k.clip(idea.text, LINE_MAX)), author=author)
    return k.section(text, k.button(t("idea.take_up", lang), ids.IDEA_TAKE_UP, str(idea.id)))


def taken_up_text(lang: str, taken: TakenUp) -> str:
    """For the channel; an anonymous idea stays anonymous."""
    author = t("idea.taken_up_author", lang, user=taken.author) if taken.author else ""
    return t("idea.taken_up_channel", lang, text=escape(taken.text), author=author)
