"""Block Kit for the data-rights and closing confirmations: a danger button behind Slack's
own confirm dialog, so nothing irreversible happens on one tap."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.i18n import t


def confirmation(
    lang: str, prefix: str, action_id: str, value: str, **fields: object
) -> list[k.Block]:
    """`prefix` names the catalogue entries: .ask, .button, .confirm_title, .confirm_text, .yes."""
    button = k.button(t(f"{prefix}.button", lang), action_id, value, style="danger")
    button["confirm"] = {
        "title": k.plain(t(f"{prefix}.confirm_title", lang), 100),
        "text": k.plain(t(f"{prefix}.confirm_text", lang, **fields), 300),
        "confirm": k.plain(t(f"{prefix}.yes", lang), 30),
        "deny": k.plain(t("common.cancel", lang), 30),
        "style": "danger",
    }
    return [k.section(t(f"{prefix}.ask", lang, **fields)), k.actions(button)]


def forget_confirmation(lang: str, user_id: str) -> list[dict[str, Any]]:
    return confirmation(lang, "privacy.forget", ids.PRIVACY_FORGET, user_id)


def close_confirmation(lang: str, network_id: int, name: str) -> list[dict[str, Any]]:
    return confirmation(lang, "privacy.close", ids.NETWORK_CLOSE, str(network_id), name=name)
