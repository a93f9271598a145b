"""Block Kit of the proof of participation: the organisation picker for coordinators."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.i18n import t
from bot.services.participation import StatementChoice


def picker_modal(lang: str, choice: StatementChoice, year: int | None = None) -> dict[str, Any]:
    options = [k.option(name, str(org_id)) for org_id, name in choice.organisations]
    blocks = [
        k.section(t("participation.picker.intro", lang, name=choice.network.name)),
        k.input_block(
            ids.PARTICIPATION_ORGANISATION,
            t("participation.picker.organisation", lang),
            k.static_select(
                options,
                initial=options[0]["value"] if options else None,
                placeholder=t("placeholder.choose", lang),
            ),
        ),
    ]
    return k.modal(
        ids.PARTICIPATION_MODAL,
        t("participation.picker.title", lang),
        blocks,
        submit=t("participation.picker.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": choice.network.id, "year": year or 0},
    )


def parse_picker(view: dict[str, Any]) -> tuple[int, int, int | None]:
    """(network id, organisation id, year or None for the current one)."""
    chosen = k.state_value(view["state"], ids.PARTICIPATION_ORGANISATION) or "0"
    metadata = k.metadata(view)
    year = metadata.get("year")
    return (
        int(metadata.get("network", 0)),
        int(chosen) if chosen.isdigit() else 0,
        year if isinstance(year, int) and year > 0 else None,
    )
