"""Block Kit of the closing one-liners: the coordinator's confirmation, the DM that asks, the
modal (one line), and the one channel message with every line, without names."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.intake import escape
from bot.blocks.meetings import names
from bot.blocks.network import field_errors, result_modal
from bot.domain.tiles import TILE_MAX
from bot.i18n import format_datetime, plural_key, t, t_plural
from bot.services.tiles import Opened, RoundView, TileAsk, TilePost

TILE_FIELDS = {"text": ids.TILE_TEXT}
MAX_BLOCKS = 50  # Slack's limit per message


def opened_text(lang: str, tz: str, opened: Opened) -> str:
    key = (
        "tile.already_open"
        if opened.already_open
        else plural_key("tile.started", opened.asked, lang)
    )
    return t(
        key,
        lang,
        count=opened.asked,
        when=format_datetime(opened.round.posts_at, lang, tz),
        channel=opened.round.network.channel_id,
    )


def ask_dm(lang: str, tz: str, ask: TileAsk) -> dict[str, Any]:
    tile_round = ask.round
    when = format_datetime(tile_round.posts_at, lang, tz)
    if tile_round.meeting is not None:
        names_ = names(lang, tile_round.meeting)
        text = t("tile.ask", lang, name=tile_round.network.name, when=when, **names_)
    else:
        text = t("tile.ask_now", lang, name=tile_round.network.name, when=when)
    button = k.button(t("tile.button", lang), ids.TILE_OPEN, str(tile_round.id), style="primary")
    return k.message(text, [k.section(text), k.actions(button)])


def tile_modal(lang: str, ask: TileAsk) -> dict[str, Any]:
    blocks = [
        k.section(t("tile.intro", lang, max=TILE_MAX)),
        k.input_block(
            ids.TILE_TEXT,
            t("tile.text", lang),
            k.text_input(
                max_length=TILE_MAX,
                initial=ask.text,
                placeholder=t("tile.placeholder", lang),
            ),
        ),
    ]
    return k.modal(
        ids.TILE_MODAL,
        t("tile.title", lang),
        blocks,
        submit=t("tile.submit", lang),
        close=t("common.cancel", lang),
        metadata={"round": ask.round.id},
    )


def parse_tile(view: dict[str, Any]) -> tuple[int, str]:
    return int(k.metadata(view).get("round", 0)), k.state_value(view["state"], ids.TILE_TEXT) or ""


def tile_errors(errors: dict[str, str], lang: str) -> dict[str, str]:
    return field_errors(errors, TILE_FIELDS, lang)


def thanks_modal(lang: str, tz: str, tile_round: RoundView) -> dict[str, Any]:
    text = t("tile.thanks", lang, when=format_datetime(tile_round.posts_at, lang, tz))
    return result_modal(lang, "tile.title", text)


def post_message(lang: str, post: TilePost) -> dict[str, Any]:
    """Every line in one message: quoted lines packed into sections of at most 3000
    characters (a long round never breaks Slack's limits)."""
    tile_round = post.round
    if tile_round.meeting is not None:
        names_ = names(lang, tile_round.meeting, mrkdwn=False)
        title = t("tile.post_header", lang, **names_)
    else:
        title = t("tile.post_header_now", lang, name=tile_round.network.name)
    if not post.lines:
        return k.message(title, [k.header(title), k.section(t("tile.post_none", lang))])
    blocks: list[k.Block] = [
        k.header(title),
        k.context(t_plural("tile.post_intro", len(post.lines), lang)),
    ]
    lines = [f":frame_with_picture: _{escape(line)}_" for line in post.lines]
    blocks += [k.section(text) for text in k.packed(lines)]
    return k.message(title, blocks[:MAX_BLOCKS])
