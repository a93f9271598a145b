"""App Home next steps of the year's results (bot/services/next_steps.py): for a coordinator,
the statement of participation once a meeting was held, and the outcome report once the last
meeting was held."""

from __future__ import annotations

from bot.blocks import ids
from bot.domain.meetings import MEETINGS_PER_YEAR, SlotState
from bot.services.next_steps import NextStep, Seat, StepButton


def steps(seat: Seat) -> list[NextStep]:
    if not seat.is_coordinator:
        return []
    held = {slot.number for slot in seat.meetings.slots if slot.state == SlotState.HELD}
    value = str(seat.network.id)
    found = []
    if MEETINGS_PER_YEAR in held:
        button = StepButton("home.step.report_button", ids.REPORT_START, value, style="primary")
        found.append(NextStep("home.step.report", {}, (button,), for_coordinator=True))
    if held:
        button = StepButton("home.step.participation_button", ids.PARTICIPATION_OPEN, value)
        found.append(NextStep("home.step.participation", {}, (button,), for_coordinator=True))
    return found
