"""Block Kit for the data-rights and closing confirmations: a danger button behind Slack's
own confirm dialog, so nothing irreversible happens on one tap; and the readable export."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from babel.dates import format_date

from bot.blocks import ids
from bot.blocks import kit as k
from bot.i18n import format_datetime, t
from bot.services.privacy import PersonalData


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


def export_document(lang: str, tz: str, data: PersonalData) -> dict[str, Any]:
    """The `/lerend mijn-gegevens` file, for the person to read: each part explained in their
    language, names instead of ids, dates as dates in their time zone. Nothing is left out."""
    return {
        "about": t("privacy.export.about", lang, tz=tz),
        "slack_user_id": data.user_id,
        "exported_at": format_datetime(data.exported_at, lang, tz),
        "tables": {
            name: {
                "about": t(f"privacy.table.{name}", lang),
                "rows": [
                    {key: _readable(value, lang, tz) for key, value in row.items()} for row in rows
                ],
            }
            for name, rows in data.tables.items()
        },
    }


def _readable(value: Any, lang: str, tz: str) -> Any:
    """Dates as the person reads them; everything else as stored (JSON-ready)."""
    if isinstance(value, datetime):
        return format_datetime(value, lang, tz)
    if isinstance(value, date):
        return format_date(value, "EEEE d MMMM y", locale=lang)
    return value
