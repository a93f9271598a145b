"""The give-and-take section (halen en brengen) of `/lerend status` and App Home.

A module of its own (not bot/blocks/knowledge.py) because bot/blocks/network.py and home.py
call it, and knowledge.py builds on network.py: importing it from there would be circular.
"""

from __future__ import annotations

from bot.blocks import kit as k
from bot.domain.balance import OrganisationBalance
from bot.i18n import t

BALANCE_LISTED = 10


def balance_blocks(lang: str, rows: tuple[OrganisationBalance, ...]) -> list[k.Block]:
    """Per organisation what it brought and took; nothing until something was shared."""
    if not any(row.brought or row.took for row in rows):
        return []
    lines = [
        t(
            "balance.line",
            lang,
            name=row.name,  # t() escapes it
            brought=row.brought,
            took=row.took,
        )
        for row in rows[:BALANCE_LISTED]
    ]
    return [k.section(t("balance.title", lang) + "\n" + "\n".join(lines))]
