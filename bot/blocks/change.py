"""Block Kit for change (issue 15): the organisations modal and its confirmations, leaving,
removing a member, editing the network, and the DMs with a button."""

from __future__ import annotations

from typing import Any

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks.network import network_fields
from bot.domain.network import MIN_ORGANISATIONS, ORGANISATION_NAME_MAX, NetworkForm
from bot.i18n import t
from bot.services.approvals import ApprovalView
from bot.services.leaving import REASON_MAX
from bot.services.organisations import OrganisationsView, RemovalCheck
from bot.services.views import NetworkRef

MENU_ACTIONS = ("rename", "merge", "remove")
ORGANISATION_FIELDS = {"name": ids.ORG_NAME, "target": ids.ORG_TARGET}
REMOVE_FIELDS = {"reason": ids.REMOVE_REASON}


def menu_value(action: str, network_id: int, organisation_id: int) -> str:
    return f"{action}:{network_id}:{organisation_id}"


def parse_menu_value(value: str) -> tuple[str, int, int] | None:
    parts = value.split(":")
    if len(parts) != 3 or parts[0] not in MENU_ACTIONS or not all(p.isdigit() for p in parts[1:]):
        return None
    return parts[0], int(parts[1]), int(parts[2])


def organisations_modal(lang: str, view: OrganisationsView) -> dict[str, Any]:
    network = view.network
    blocks: list[k.Block] = [
        k.section(t("organisations.intro", lang, name=network.name, count=len(view.organisations)))
    ]
    for line in view.organisations[:40]:
        key = "organisations.line_empty" if line.empty_since else "organisations.line"
        if line.members == 1:
            key += "_one"
        menu = {
            "type": "overflow",
            "action_id": ids.ORG_MENU,
            "options": [
                k.option(
                    t(f"organisations.menu.{action}", lang), menu_value(action, network.id, line.id)
                )
                for action in MENU_ACTIONS
            ],
        }
        blocks.append(k.section(t(key, lang, name=line.name, members=line.members), menu))
    if not view.organisations:
        blocks.append(k.context(t("organisations.none", lang)))
    if view.former:
        blocks.append(k.context(t("organisations.former", lang, names=", ".join(view.former))))
    return k.modal(
        ids.ORGS_MODAL,
        t("organisations.title", lang),
        blocks,
        close=t("common.close", lang),
        metadata={"network": network.id},
    )


def rename_modal(lang: str, network_id: int, organisation_id: int, name: str) -> dict[str, Any]:
    field = k.text_input(
        max_length=ORGANISATION_NAME_MAX,
        placeholder=t("placeholder.organisation", lang),
        initial=name,
    )
    return k.modal(
        ids.ORG_RENAME_MODAL,
        t("organisations.rename_title", lang),
        [
            k.section(t("organisations.rename_intro", lang, name=name)),
            k.input_block(ids.ORG_NAME, t("organisations.rename_label", lang), field),
        ],
        submit=t("organisations.rename_submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": network_id, "organisation": organisation_id},
    )


def merge_modal(
    lang: str, network_id: int, organisation_id: int, name: str, others: list[tuple[int, str]]
) -> dict[str, Any]:
    options = [k.option(other, str(other_id)) for other_id, other in others]
    blocks: list[k.Block] = [k.section(t("organisations.merge_intro", lang, name=name))]
    if options:
        select = k.static_select(options, placeholder=t("organisations.merge_placeholder", lang))
        blocks.append(k.input_block(ids.ORG_TARGET, t("organisations.merge_label", lang), select))
    return k.modal(
        ids.ORG_MERGE_MODAL,
        t("organisations.merge_title", lang),
        blocks,
        submit=t("organisations.merge_submit", lang) if options else None,
        close=t("common.cancel", lang),
        metadata={"network": network_id, "organisation": organisation_id},
    )


def remove_modal(
    lang: str, network_id: int, organisation_id: int, check: RemovalCheck
) -> dict[str, Any]:
    blocks = [k.section(t("organisations.remove_intro", lang, name=check.organisation))]
    if check.below_minimum:
        warning = t(
            "organisations.remove_warning",
            lang,
            name=check.organisation,
            count=check.count_after,
            min=MIN_ORGANISATIONS,
        )
        blocks.append(k.section(warning))
    return k.modal(
        ids.ORG_REMOVE_MODAL,
        t("organisations.remove_title", lang),
        blocks,
        submit=t("organisations.remove_submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": network_id, "organisation": organisation_id},
    )


def parse_name(state: dict[str, Any]) -> str:
    return str(k.state_value(state, ids.ORG_NAME) or "")


def parse_target(state: dict[str, Any]) -> int | None:
    chosen = k.state_value(state, ids.ORG_TARGET)
    return int(chosen) if chosen and str(chosen).isdigit() else None


def leave_modal(lang: str, network: NetworkRef) -> dict[str, Any]:
    return k.modal(
        ids.LEAVE_MODAL,
        t("leave.title", lang),
        [k.section(t("leave.confirm", lang, name=network.name))],
        submit=t("leave.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": network.id},
    )


def remove_member_modal(lang: str, network: NetworkRef, user_id: str) -> dict[str, Any]:
    reason = k.text_input(
        max_length=REASON_MAX, multiline=True, placeholder=t("remove_member.placeholder", lang)
    )
    return k.modal(
        ids.REMOVE_MEMBER_MODAL,
        t("remove_member.title", lang),
        [
            k.section(t("remove_member.intro", lang, user=k.mention(user_id), name=network.name)),
            k.input_block(ids.REMOVE_REASON, t("remove_member.reason", lang), reason),
        ],
        submit=t("remove_member.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": network.id, "user": user_id},
    )


def parse_reason(state: dict[str, Any]) -> str:
    return str(k.state_value(state, ids.REMOVE_REASON) or "")


def edit_modal(lang: str, network: NetworkRef, form: NetworkForm) -> dict[str, Any]:
    return k.modal(
        ids.EDIT_MODAL,
        t("edit.title", lang),
        [k.section(t("edit.intro", lang, name=network.name)), *network_fields(lang, form)],
        submit=t("edit.submit", lang),
        close=t("common.cancel", lang),
        metadata={"network": network.id},
    )


def empty_organisation_dm(
    lang: str, name: str, network: str, ends: str, org_id: int
) -> dict[str, Any]:
    text = t("organisations.empty_dm", lang, organisation=name, name=network, date=ends)
    button = k.button(t("organisations.end_now", lang), ids.ORG_END_EMPTY, str(org_id))
    return {"text": text, "blocks": [k.section(text), k.actions(button)]}


def take_over_dm(lang: str, network: NetworkRef, gone: str, others: bool) -> dict[str, Any]:
    key = "takeover.ask_others" if others else "takeover.ask_members"
    text = t(key, lang, user=k.mention(gone), name=network.name)
    button = k.button(
        t("takeover.button", lang), ids.TAKE_OVER, f"{network.id}:{gone}", style="primary"
    )
    plain = t("takeover.ask_text", lang, name=network.name)
    return k.message(plain, [k.section(text), k.actions(button)])


APPROVAL_FIELDS = {"reason": ids.APPROVAL_REASON}
DECIDED = ("approved", "declined", "full")
ANSWERED = {status: f"approval.answered.{status}" for status in DECIDED}
OUTCOMES = {status: f"approval.outcome.{status}" for status in DECIDED}


def approval_ask_dm(lang: str, request: ApprovalView) -> dict[str, Any]:
    """To a coordinator: someone brings in a new organisation; *Toestaan* or *Weigeren*."""
    text = t(
        "approval.ask",
        lang,
        user=k.mention(request.requester),
        organisation=request.organisation,
        name=request.network.name,
    )
    lines = [text]
    if request.similar:
        lines.append(t("approval.similar", lang, names=", ".join(request.similar)))
    value = str(request.id)
    plain = t(
        "approval.ask_text", lang, organisation=request.organisation, name=request.network.name
    )
    return {
        "text": k.notification(plain),
        "blocks": [
            k.section("\n".join(lines)),
            k.actions(
                k.button(t("approval.approve", lang), ids.APPROVAL_APPROVE, value, style="primary"),
                k.button(t("approval.decline", lang), ids.APPROVAL_DECLINE, value),
            ),
        ],
    }


def approval_answer_text(lang: str, request: ApprovalView) -> str:
    """What the coordinator's DM becomes once decided (by them or someone before them)."""
    key = (
        ANSWERED.get(request.status, "approval.already") if request.changed else "approval.already"
    )
    return t(
        key,
        lang,
        user=k.mention(request.requester),
        organisation=request.organisation,
        by=k.mention(request.decided_by or ""),
    )


def approval_outcome_text(lang: str, request: ApprovalView) -> str:
    """To the requester."""
    return t(
        OUTCOMES.get(request.status, "approval.requested"),  # still pending: being looked at
        lang,
        organisation=request.organisation,
        name=request.network.name,
        reason=request.reason or "",
        channel=k.channel(request.network.channel_id),
    )


def decline_modal(lang: str, request: ApprovalView) -> dict[str, Any]:
    reason = k.text_input(
        max_length=REASON_MAX, multiline=True, placeholder=t("approval.reason_placeholder", lang)
    )
    return k.modal(
        ids.APPROVAL_DECLINE_MODAL,
        t("approval.decline_title", lang),
        [
            k.section(
                t(
                    "approval.decline_intro",
                    lang,
                    organisation=request.organisation,
                    user=k.mention(request.requester),
                )
            ),
            k.input_block(ids.APPROVAL_REASON, t("approval.reason", lang), reason),
        ],
        submit=t("approval.decline", lang),
        close=t("common.cancel", lang),
        metadata={"request": request.id},
    )


def parse_approval_reason(state: dict[str, Any]) -> str:
    return str(k.state_value(state, ids.APPROVAL_REASON) or "")
