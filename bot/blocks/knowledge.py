"""Block Kit for knowledge sharing: the share modal, the thread starter, the expert DM, the
helpful-answer picker, search results, the digest and the give-and-take section."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape, tag_label, tag_labels
from bot.blocks.network import field_errors, meeting_line
from bot.domain.knowledge import (
    DESCRIPTION_MAX,
    KIND_EMOJI,
    LINK_MAX,
    MENTION,
    TITLE_MAX,
    ItemKind,
    ShareForm,
    clipped,
    readable,
)
from bot.i18n import format_datetime, t, t_plural
from bot.services.digest import Digest, DigestLine, DigestSettings
from bot.services.knowledge import ExpertOffer, ExpertRow, ItemView, ReplyChoice, ShareTarget
from bot.services.search import SearchResults
from bot.services.views import NetworkRef

SHARE_FIELDS = {
    "kind": ids.SHARE_KIND,
    "title": ids.SHARE_TITLE,
    "description": ids.SHARE_DESCRIPTION,
    "tags": ids.SHARE_TAGS,
    "link": ids.SHARE_LINK,
}
REPLY_CHOICES = 10
ECHO_MAX = 200  # characters of a query shown back to the person who typed it


def kind_label(lang: str, kind: str) -> str:
    return t(f"knowledge.kind.{kind}", lang)


def user_text(text: str) -> k.Markup:
    """What a member wrote, safe in mrkdwn: escaped, so no @channel, no fake links and no
    mentions the member typed (a mention would notify that person through the bot); a
    mention reads as `@U…`."""
    return escape(MENTION.sub(lambda m: f"@{m.group(1)}", readable(text)))


def _link(url: str, label: str) -> k.Markup:
    safe = url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    return k.Markup(f"<{safe}|{escape(label)}>")


# --- the share modal ----------------------------------------------------------------------------


def share_modal(
    lang: str,
    target: ShareTarget,
    *,
    message_text: str | None = None,
    source: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """New or edit. From a message shortcut the message's text (made readable, clipped) is
    the description and `source` its channel and ts (ids only in the metadata)."""
    description = clipped(readable(message_text or ""), DESCRIPTION_MAX)
    current = target.current or ShareForm(None, "", description)
    kinds = [k.option(f"{KIND_EMOJI[kind]} {kind_label(lang, kind)}", kind) for kind in ItemKind]
    tags = [k.option(tag_label(lang, choice), choice.code) for choice in target.tags]
    blocks = [
        k.section(t("knowledge.share.intro", lang, name=target.network.name)),
        k.input_block(
            ids.SHARE_KIND,
            t("knowledge.share.kind", lang),
            k.static_select(kinds, initial=current.kind, placeholder=t("placeholder.choose", lang)),
        ),
        k.input_block(
            ids.SHARE_TITLE,
            t("knowledge.share.title_label", lang),
            k.text_input(
                max_length=TITLE_MAX, initial=current.title, placeholder=t("placeholder.text", lang)
            ),
        ),
        k.input_block(
            ids.SHARE_DESCRIPTION,
            t("knowledge.share.description", lang),
            k.text_input(
                max_length=DESCRIPTION_MAX,
                initial=current.description,
                multiline=True,
                placeholder=t("placeholder.answer", lang),
            ),
            optional=True,
        ),
        k.input_block(
            ids.SHARE_TAGS,
            t("knowledge.share.tags", lang),
            k.static_select(
                tags,
                multi=True,
                initial_many=list(current.tags),
                placeholder=t("placeholder.choose_many", lang),
            ),
            optional=True,
            hint=t("knowledge.share.tags_hint", lang),
        ),
        k.input_block(
            ids.SHARE_LINK,
            t("knowledge.share.link", lang),
            k.text_input(max_length=LINK_MAX, initial=current.link, placeholder="https://"),
            optional=True,
        ),
    ]
    metadata: dict[str, Any] = {"network": target.network.id}
    if target.item_id:
        metadata["item"] = target.item_id
    if source:
        metadata["source_channel"], metadata["source_ts"] = source
    title = "knowledge.share.edit_title" if target.item_id else "knowledge.share.modal_title"
    return k.modal(
        ids.SHARE_MODAL,
        t(title, lang),
        blocks,
        submit=t("knowledge.share.submit", lang),
        close=t("common.cancel", lang),
        metadata=metadata,
    )


def parse_share(state: dict[str, Any]) -> ShareForm:
    link = (k.state_value(state, ids.SHARE_LINK) or "").strip()
    return ShareForm(
        kind=k.state_value(state, ids.SHARE_KIND),
        title=" ".join((k.state_value(state, ids.SHARE_TITLE) or "").split()),
        description=(k.state_value(state, ids.SHARE_DESCRIPTION) or "").strip(),
        tags=tuple(k.state_value(state, ids.SHARE_TAGS) or ()),
        link=link or None,
    )


def share_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, SHARE_FIELDS, lang)


def pick_network_modal(lang: str, networks: list[NetworkRef]) -> dict[str, Any]:
    """Someone in several networks first says where to share (a global shortcut)."""
    select = k.static_select(
        [k.option(n.name, str(n.id)) for n in networks],
        placeholder=t("knowledge.pick.placeholder", lang),
    )
    blocks = [
        k.section(t("knowledge.pick.intro", lang)),
        k.actions({**select, "action_id": ids.SHARE_PICK_NETWORK}),
    ]
    title = t("knowledge.share.modal_title", lang)
    return k.modal(ids.SHARE_PICK_MODAL, title, blocks, close=t("common.cancel", lang))


def shared_text(lang: str, item: ItemView, edited: bool = False) -> str:
    key = "knowledge.share.edited" if edited else "knowledge.share.done"
    return t(key, lang, channel=item.network.channel_id, title=escape(item.title))


# --- the thread starter -------------------------------------------------------------------------


def item_message(lang: str, item: ItemView) -> dict[str, Any]:
    """The item as the channel shows it, rebuilt from the database on every change."""
    kind = kind_label(lang, item.kind)
    blocks: list[k.Block] = [
        k.section(f"{KIND_EMOJI[ItemKind(item.kind)]} *{kind}*\n*{escape(item.title)}*"),
    ]
    if item.description:
        blocks.append(k.section(user_text(item.description)))
    if item.link:
        blocks.append(k.section(_link(item.link, t("knowledge.item.open_link", lang))))
    byline = t("knowledge.item.by", lang, user=item.author_user_id)
    if item.organisation:
        byline += f" · {escape(item.organisation)}"
    if item.tags:
        byline += " · " + escape(tag_labels(lang, item.tags, tuple(c.code for c in item.tags)))
    blocks.append(k.context(byline))
    if item.source_permalink:
        label = t("knowledge.item.source", lang)
        blocks.append(k.context(_link(item.source_permalink, label)))
    if item.is_question:
        blocks.append(k.context(_question_status(lang, item)))
    buttons = []
    if item.is_question and not item.answered:
        buttons.append(
            k.button(t("knowledge.item.choose", lang), ids.KNOWLEDGE_CHOOSE_ANSWER, str(item.id))
        )
    # Changing and deleting are for the author and the coordinators: behind the "⋯" menu,
    # which checks who taps it; deleting then asks in the tapper's own ephemeral.
    buttons.append(more_menu(lang, item.id))
    blocks.append(k.actions(*buttons))
    return k.message(f"{kind}: {escape(item.title)}", blocks)


def more_menu(lang: str, item_id: int) -> dict[str, Any]:
    choices = (("edit", "knowledge.item.edit"), ("delete", "knowledge.item.delete"))
    return {
        "type": "overflow",
        "action_id": ids.KNOWLEDGE_MORE,
        "options": [k.option(t(key, lang), f"{choice}:{item_id}") for choice, key in choices],
    }


def parse_more(value: str) -> tuple[str, int]:
    choice, _, item_id = value.partition(":")
    return choice, int(item_id)


def delete_question(lang: str, item_id: int, title: str) -> list[k.Block]:
    """The author's (or a coordinator's) own question: delete, behind Slack's confirmation."""
    delete = k.button(
        t("knowledge.item.delete", lang), ids.KNOWLEDGE_DELETE, str(item_id), style="danger"
    )
    k.confirmed(
        delete,
        title=t("knowledge.item.delete_title", lang),
        text=t("knowledge.item.delete_confirm", lang),
        yes=t("knowledge.item.delete", lang),
        no=t("common.cancel", lang),
    )
    return [k.section(t("knowledge.item.delete_ask", lang, title=title), delete)]


def _question_status(lang: str, item: ItemView) -> str:
    if item.answered:
        if item.helpful_user_id:
            return t("knowledge.item.answered_by", lang, user=item.helpful_user_id)
        return t("knowledge.item.answered", lang)
    status = t("knowledge.item.open", lang)
    if item.helpers:
        people = k.mentions(item.helpers)
        status += " " + t("knowledge.item.helpers", lang, people=people)
    return status


# --- experts and the helpful answer -----------------------------------------------------------


def expert_dm(lang: str, offer: ExpertOffer) -> dict[str, Any]:
    item = offer.item
    key = "knowledge.expert.nudge" if offer.nudge else "knowledge.expert.ask"
    intro = t(key, lang, user=item.author_user_id, name=escape(item.network.name))
    body = f"*{escape(item.title)}*"
    if item.description:
        body += "\n" + user_text(clipped(item.description, 600))
    blocks: list[k.Block] = [k.section(intro), k.section(body)]
    if item.permalink:
        blocks.append(k.context(_link(item.permalink, t("knowledge.expert.thread", lang))))
    help_button = k.button(
        t("knowledge.expert.help", lang), ids.KNOWLEDGE_HELP, str(item.id), style="primary"
    )
    blocks.append(k.actions(help_button))
    return k.message(t(f"{key}_text", lang, name=item.network.name), blocks)


def helping_text(lang: str, item: ItemView) -> str:
    return t(
        "knowledge.expert.thanks", lang, user=item.author_user_id, channel=item.network.channel_id
    )


def replies_modal(lang: str, item: ItemView, replies: list[ReplyChoice]) -> dict[str, Any]:
    """The asker picks the helpful answer among the replies (the latest ten)."""
    title = t("knowledge.helpful.title", lang)
    if not replies:
        nothing = [k.section(t("knowledge.helpful.none", lang))]
        return k.modal(ids.HELPFUL_MODAL, title, nothing, close=t("common.close", lang))
    options = [
        {
            "text": k.mrkdwn(k.mention(r.user_id)),
            "description": k.plain(clipped(" ".join(readable(r.text).split()), 75), 75),
            "value": str(r.contribution_id),
        }
        for r in replies[-REPLY_CHOICES:]
    ]
    element = {"type": "radio_buttons", "options": options}
    blocks = [
        k.section(t("knowledge.helpful.intro", lang, title=escape(item.title))),
        k.input_block(ids.HELPFUL_REPLY, t("knowledge.helpful.label", lang), element),
    ]
    return k.modal(
        ids.HELPFUL_MODAL,
        title,
        blocks,
        submit=t("knowledge.helpful.submit", lang),
        close=t("common.cancel", lang),
        metadata={"item": item.id},
    )


def parse_helpful(state: dict[str, Any]) -> int | None:
    chosen = k.state_value(state, ids.HELPFUL_REPLY)
    return int(chosen) if chosen and chosen.isdigit() else None


def experts_text(lang: str, experts: list[ExpertRow]) -> str:
    if not experts:
        return t("knowledge.expert.none", lang)
    every = t("knowledge.expert.all_themes", lang)
    lines = [
        t("knowledge.expert.line", lang, user=row.user_id, themes=", ".join(row.themes) or every)
        for row in experts
    ]
    return t("knowledge.expert.list", lang) + "\n" + "\n".join(lines)


# --- search -------------------------------------------------------------------------------------


def search_blocks(lang: str, found: SearchResults) -> tuple[str, list[k.Block]]:
    """(text, blocks) of the ephemeral answer to `/lerend zoek`."""
    query = found.query
    if query.empty:
        return t("search.help", lang), [k.section(t("search.help", lang))]
    if query.unknown_kinds:
        kinds = k.clip(", ".join(query.unknown_kinds), ECHO_MAX)
        text = t("search.unknown_kind", lang, kinds=kinds)
        return text, [k.section(text)]
    if found.unknown_themes:
        themes = k.clip(", ".join(found.unknown_themes), ECHO_MAX)
        text = t("search.unknown_theme", lang, themes=themes)
        return text, [k.section(text)]
    if found.only_common_words:
        return t("search.common_words", lang), [k.section(t("search.common_words", lang))]
    words = escape(k.clip(" ".join(query.words), ECHO_MAX)) or t("search.filters_only", lang)
    if not found.results:
        text = t("search.nothing", lang, query=words)
        return text, [k.section(text)]
    text = t_plural("search.found", len(found.results), lang, query=words)
    blocks: list[k.Block] = [k.section(text)]
    for result in found.results:
        title = escape(result.title)
        heading = _link(result.permalink, result.title) if result.permalink else f"*{title}*"
        meta = kind_label(lang, result.kind)
        if result.network:
            meta += " · " + t("search.everywhere_network", lang, name=escape(result.network))
        if result.organisation:
            meta += f" · {escape(result.organisation)}"
        if result.answered:
            meta += " · " + t("search.answered", lang)
        piece: str = user_text(result.snippet)
        if result.reply_user_id:
            piece = t("search.in_thread", lang, user=result.reply_user_id, text=piece)
        blocks.append(k.section(f"{KIND_EMOJI[ItemKind(result.kind)]} {heading} ({meta})\n{piece}"))
    return text, blocks


# --- the weekly digest ----------------------------------------------------------------------


def digest_message(lang: str, tz: str, digest: Digest) -> dict[str, Any]:
    blocks: list[k.Block] = [k.header(t("digest.header", lang, name=digest.network.name))]
    lines = [_digest_line(lang, line) for line in digest.new_items]
    if digest.more_items:
        lines.append(t("digest.more", lang, count=digest.more_items))
    if lines:
        blocks.append(k.section(t("digest.new_items", lang) + "\n" + "\n".join(lines)))
    if digest.new_replies:
        blocks.append(k.section(t_plural("digest.new_replies", digest.new_replies, lang)))
    if digest.open_questions:
        questions = "\n".join(_digest_line(lang, line) for line in digest.open_questions)
        blocks.append(k.section(t("digest.open_questions", lang) + "\n" + questions))
    blocks.append(k.section(meeting_line(lang, tz, digest.next_meeting)))
    blocks.append(k.context(t("digest.footer", lang)))
    return k.message(t("digest.header", lang, name=digest.network.name), blocks)


def _digest_line(lang: str, line: DigestLine) -> str:
    title = _link(line.permalink, line.title) if line.permalink else escape(line.title)
    emoji = KIND_EMOJI[ItemKind(line.kind)]
    return t("digest.line", lang, emoji=emoji, title=title, user=line.author_user_id)


def digest_settings_text(lang: str, tz: str, settings: DigestSettings) -> str:
    if not settings.enabled:
        return t("digest.off", lang)
    day = t(f"digest.day.{settings.weekday}", lang)
    text = t("digest.on", lang, day=day, hour=f"{settings.hour:02d}:00")
    if settings.next_run:
        text += " " + t("digest.next", lang, when=format_datetime(settings.next_run, lang, tz))
    return text
