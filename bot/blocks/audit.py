"""The audit log as a table a coordinator can read: when, who, and what happened, in words.

'12 jan 2027 10:05 · Anna de Vries · heeft het netwerk gestart (rol: coördinator)' instead of
'U1,network.created,{"role": …}'."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot import export
from bot.i18n import CATALOGUES
from bot.i18n import t_plain as t
from bot.services.privacy import AuditLine

SWITCHES = ("enabled", "allowed", "shared")  # on/off settings: one sentence for each side


def audit_people(lines: Sequence[AuditLine]) -> set[str]:
    """Whom the log names: who acted, and whom it was done to."""
    targets = {str(line.detail["target"]) for line in lines if line.detail.get("target")}
    return {line.actor for line in lines} | targets


def audit_table(
    lang: str, tz: str, lines: Sequence[AuditLine], names: Mapping[str, str]
) -> list[list[str]]:
    header = [t(f"audit.header.{column}", lang) for column in ("when", "who", "what")]
    rows = [
        [
            export.moment(line.at, lang, tz),
            names.get(line.actor, line.actor),
            sentence(lang, line, names),
        ]
        for line in lines
    ]
    return [header, *rows]


def sentence(lang: str, line: AuditLine, names: Mapping[str, str]) -> str:
    """One action in words; an action this version has no sentence for still shows up."""
    detail = line.detail
    key = f"audit.{line.action}"
    for switch in SWITCHES:
        if switch in detail:
            key += ".on" if detail[switch] else ".off"
    if line.action == "member.role" and detail.get("role") == "member":
        key += ".member"
    if key not in CATALOGUES["nl"]:
        return t("audit.other", lang, action=line.action)
    return t(key, lang, **_fields(lang, detail, names))


def _fields(lang: str, detail: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, str]:
    target = str(detail.get("target") or "")
    return {
        "target": names.get(target, target),
        "role": _known(lang, "role", detail.get("role")),
        "language": _known(lang, "language.name", detail.get("language")),
        "outcome": _known(lang, "audit.outcome", detail.get("outcome")),
        "kind": _known(lang, "knowledge.kind", detail.get("kind")),
        "number": str(detail.get("number") or ""),
        "title": str(detail.get("title") or ""),
        "reason": str(detail.get("reason") or ""),
        "organisation": str(detail.get("organisation") or ""),
        "year": str(detail.get("year") or ""),
    }


def _known(lang: str, prefix: str, value: object) -> str:
    key = f"{prefix}.{value}"
    return t(key, lang) if value is not None and key in CATALOGUES["nl"] else str(value or "")
