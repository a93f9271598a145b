"""App Home next step of the intake (bot/services/next_steps.py): *wat kom je brengen, wat kom
je halen*, while the person has not told it yet."""

from __future__ import annotations

from sqlalchemy import select

from bot.blocks import ids
from bot.services.next_steps import NextStep, Seat, StepButton
from storage.models import Intake


def steps(seat: Seat) -> list[NextStep]:
    if not seat.takes_part:
        return []
    done = seat.session.scalar(select(Intake.id).where(Intake.member_id == seat.member.id))
    if done is not None:
        return []
    button = StepButton("intake.button", ids.INTAKE_BUTTON, str(seat.network.id), style="primary")
    return [NextStep("home.step.intake", {}, (button,))]
