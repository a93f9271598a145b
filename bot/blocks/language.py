"""The language choice: one line and two buttons, in App Home and in the `/lerend taal` reply."""

from __future__ import annotations

from bot.blocks import ids
from bot.blocks import kit as k
from bot.i18n import CATALOGUES, t


def language_blocks(lang: str, intro_key: str = "language.home") -> list[k.Block]:
    """The buttons name each language in that language, so anyone finds their own."""
    buttons = [
        k.button(t(f"language.name.{code}", code), f"{ids.LANGUAGE_CHOOSE}:{code}", code)
        for code in sorted(CATALOGUES, key=lambda code: code != "nl")
        if code != lang
    ]
    return [k.section(t(intro_key, lang)), k.actions(*buttons)]
