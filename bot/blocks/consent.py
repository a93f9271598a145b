"""Block Kit of the consent decision: the channel message, the objection modal, and texts."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.domain.consent import REASON_MAX, Choice
from bot.i18n import format_datetime, t
from bot.services.consent import DecisionView, Position

ICONS = {
    Choice.CONSENT: ":white_check_mark:",
    Choice.OBJECTION: ":raised_hand:",
    Choice.ABSTAIN: ":heavy_minus_sign:",
    None: ":hourglass_flowing_sand:",
}
REASON_FIELDS = {"reason": ids.CONSENT_REASON}


def consent_message(lang: str, tz: str, decision: DecisionView) -> dict[str, Any]:
    """The decision in the channel, rebuilt from the database after every vote."""
    intro = t(
        "consent.intro", lang, user=decision.candidate, organisation=decision.organisation_name
    )
    blocks: list[k.Block] = [
        k.header(t("consent.header", lang)),
        k.section(intro),
        k.section("\n".join(_position_line(lang, p) for p in decision.positions) or "-"),
    ]
    if decision.decided:
        outcome = outcome_text(lang, decision)
        blocks.append(k.section(f"*{t('consent.decided', lang)}* {outcome}"))
    else:
        when = format_datetime(decision.deadline, lang, tz)
        blocks.append(k.context(t("consent.deadline", lang, when=when)))
        value = str(decision.id)
        blocks.append(
            k.actions(
                k.button(t("consent.agree", lang), ids.CONSENT_AGREE, value, style="primary"),
                k.button(t("consent.object", lang), ids.CONSENT_OBJECT, value, style="danger"),
                k.button(t("consent.abstain", lang), ids.CONSENT_ABSTAIN, value),
            )
        )
    text = t("consent.header", lang) + ": " + k.esc(decision.organisation_name)
    return k.message(text, blocks)


def _position_line(lang: str, position: Position) -> str:
    choice = Choice(position.choice) if position.choice else None
    label = t(f"consent.choice.{choice}" if choice else "consent.choice.none", lang)
    line = f"{ICONS[choice]} *{k.esc(position.name)}*: {label}"
    if position.reason:
        line += f" — _{k.esc(k.clip(position.reason, 300))}_"
    return line


def outcome_text(lang: str, decision: DecisionView) -> str:
    """How the group decided, for the channel."""
    return _outcome("consent.outcome", lang, decision)


def candidate_text(lang: str, decision: DecisionView) -> str:
    """The DM to the person who asked to join."""
    return _outcome("consent.candidate", lang, decision)


def _outcome(prefix: str, lang: str, decision: DecisionView) -> str:
    return t(
        f"{prefix}.{decision.outcome}",
        lang,
        organisation=decision.organisation_name,
        user=decision.candidate,
        name=decision.network_name,
        channel=decision.channel_id,
    )


def reminder_text(lang: str, tz: str, decision: DecisionView) -> str:
    return t(
        "consent.reminder",
        lang,
        organisation=decision.organisation_name,
        name=decision.network_name,
        channel=decision.channel_id,
        when=format_datetime(decision.deadline, lang, tz),
    )


def receipt(lang: str, choice: Choice, decision: DecisionView) -> str:
    """The voter's own confirmation (ephemeral): counted, or passed on as a proposal."""
    label = t(f"consent.choice.{choice}", lang)
    if decision.proposed:
        return t("trust.consent.proposed", lang, choice=label, contact=decision.proposed_to)
    text = t("consent.voted", lang, choice=label)
    if decision.decided:
        text += " " + outcome_text(lang, decision)
    return text


def objection_modal(lang: str, decision_id: int) -> dict[str, Any]:
    blocks = [
        k.section(t("consent.objection.intro", lang)),
        k.input_block(
            ids.CONSENT_REASON,
            t("consent.objection.reason", lang),
            k.text_input(
                max_length=REASON_MAX, multiline=True, placeholder=t("placeholder.answer", lang)
            ),
        ),
    ]
    return k.modal(
        ids.CONSENT_OBJECTION_MODAL,
        t("consent.objection.title", lang),
        blocks,
        submit=t("consent.objection.submit", lang),
        close=t("common.cancel", lang),
        metadata={"decision": decision_id},
    )


def parse_objection(view: dict[str, Any]) -> tuple[int, str]:
    reason = (k.state_value(view["state"], ids.CONSENT_REASON) or "").strip()
    return int(k.metadata(view)["decision"]), reason


def proposal_text(lang: str, *, by: str, choice: str, remark: str, organisation: str) -> str:
    """The DM to the contact person: a colleague proposes how the organisation votes."""
    label = t(f"consent.choice.{choice}", lang)
    text = t("trust.consent.proposal_dm", lang, user=by, choice=label, organisation=organisation)
    return text + (f"\n> {k.esc(k.clip(remark, 300))}" if remark else "")
