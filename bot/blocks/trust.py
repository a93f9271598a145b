"""Block Kit and texts of who speaks for an organisation: the DM that asks a colleague or a
coordinator to let someone join an organisation, the answers, and the contact person's DMs."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.i18n import t
from bot.services.approvals import NEEDS_COORDINATOR
from bot.services.networks import NEEDS_APPROVAL, ColleagueRequestView
from bot.services.views import JoinResult


def colleague_ask_dm(lang: str, request: ColleagueRequestView) -> dict[str, Any]:
    """*Toestaan* / *Weigeren*: does this person belong to our organisation?"""
    text = t(
        "colleague.ask",
        lang,
        user=request.requester,
        organisation=request.organisation,
        name=request.network.name,
    )
    value = str(request.id)
    notification = t(
        "colleague.ask_text", lang, organisation=request.organisation, name=request.network.name
    )
    return {
        "text": k.notification(notification),
        "blocks": [
            k.section(text),
            k.actions(
                k.button(
                    t("colleague.approve", lang), ids.COLLEAGUE_APPROVE, value, style="primary"
                ),
                k.button(t("colleague.refuse", lang), ids.COLLEAGUE_REFUSE, value),
            ),
        ],
    }


def colleague_answer_text(lang: str, request: ColleagueRequestView) -> str:
    """What the person who clicked reads in place of the buttons."""
    if not request.changed:
        return t("colleague.already", lang, user=request.requester, by=request.decided_by or "")
    key = "colleague.approved" if request.status == "approved" else "colleague.refused"
    return t(key, lang, user=request.requester, organisation=request.organisation)


def colleague_requester_text(lang: str, request: ColleagueRequestView) -> str:
    """The DM to the person who asked to join."""
    key = "colleague.told_approved" if request.status == "approved" else "colleague.told_refused"
    return t(
        key,
        lang,
        organisation=request.organisation,
        name=request.network.name,
        channel=request.network.channel_id,
    )


def join_result_text(lang: str, result: JoinResult) -> str:
    """The join modal's closing text: joined, waiting for consent or for a colleague's yes."""
    key = {
        NEEDS_APPROVAL: "colleague.requested",
        NEEDS_COORDINATOR: "approval.requested",
        "needs_consent": "join.consent_recorded",
    }.get(result.outcome, "join.done")
    key = "experience.join_done" if result.experience_expert else key
    return t(
        key,
        lang,
        organisation=result.organisation_name,
        name=result.network.name,
        channel=result.network.channel_id,
    )


def contact_changed_dm(lang: str, *, by: str, organisation: str) -> str:
    return t("contact.changed_dm", lang, user=by, organisation=organisation)


def report_proposal_dm(lang: str, *, by: str, organisation: str, choice: str, remark: str) -> str:
    """To the contact person: a colleague's proposal on the report excerpt."""
    key = (
        "trust.report.proposal_approve" if choice == "approved" else "trust.report.proposal_change"
    )
    text = t(key, lang, user=by, organisation=organisation)
    return text + (f"\n> {k.esc(k.clip(remark, 300))}" if remark else "")


def review_receipt(
    lang: str, proposed_to: str | None, approved: int, total: int, complete: bool
) -> str:
    """The reader's own confirmation of Akkoord on the excerpt."""
    if proposed_to is not None:
        return t("trust.report.proposed", lang, contact=proposed_to)
    key = "report.review.all_approved" if complete else "report.review.approved"
    return t(key, lang, approved=approved, total=total)
