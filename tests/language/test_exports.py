"""Exports for Dutch offices (issue 13, item 9): the audit log reads in words, and every
action the code records has a sentence in both languages."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from bot.blocks.audit import audit_people, audit_table, sentence
from bot.export import to_csv
from bot.i18n import CATALOGUES
from bot.services.privacy import AuditLine

ROOT = Path(__file__).resolve().parents[2]
ACTION = re.compile(r"""action=(?:f?["']([a-z_.{}]+)["']|(AUDIT_[A-Z_]+))""")
AT = datetime(2027, 1, 12, 9, 5, tzinfo=UTC)


def recorded_actions() -> set[str]:
    """Every action literal passed to record_audit; f-strings by their known values."""
    found: set[str] = set()
    for path in (ROOT / "bot" / "services").rglob("*.py"):
        source = path.read_text()
        for literal, constant in ACTION.findall(source):
            if constant:
                literal = re.search(rf'{constant} = "([a-z_.]+)"', source).group(1)  # type: ignore[union-attr]
            found.add(literal)
    outcomes = ("planned", "moved", "replanned")
    expanded = {a for a in found if "{" not in a}
    expanded |= {f"{kind}.{o}" for kind in ("meeting", "event") for o in outcomes}
    expanded |= {f"{kind}.cancelled" for kind in ("meeting", "event")}
    return expanded


def test_every_recorded_action_has_a_sentence() -> None:
    actions = recorded_actions()
    assert "network.created" in actions and "report.forced" in actions  # the scan works
    for action in sorted(actions):
        variants = {f"audit.{action}", f"audit.{action}.on", f"audit.{action}.off"}
        assert variants & CATALOGUES["nl"].keys(), action


def test_the_audit_log_reads_in_words() -> None:
    lines = [
        AuditLine(AT, "U1", "network.created", {}),
        AuditLine(AT, "U1", "member.role", {"target": "U2", "role": "facilitator"}),
        AuditLine(AT, "U1", "poll.members_may_create", {"allowed": False}),
        AuditLine(AT, "U1", "network.language", {"language": "en"}),
        AuditLine(AT, "vergeten-1a2b", "privacy.forgotten", {"rows": {"members": 1}}),
    ]
    assert audit_people(lines) == {"U1", "U2", "vergeten-1a2b"}
    names = {"U1": "Anna de Vries", "U2": "Piet Jansen"}
    table = audit_table("nl", "Europe/Amsterdam", lines, names)
    assert table == [
        ["Wanneer", "Wie", "Wat"],
        ["12 jan 2027 10:05", "Anna de Vries", "heeft het netwerk gestart (rol: coördinator)"],
        ["12 jan 2027 10:05", "Anna de Vries", "heeft Piet Jansen de rol gespreksleider gegeven"],
        ["12 jan 2027 10:05", "Anna de Vries", "laat voortaan alleen coördinatoren een poll maken"],
        ["12 jan 2027 10:05", "Anna de Vries", "heeft de taal van het netwerk op English gezet"],
        ["12 jan 2027 10:05", "vergeten-1a2b", "heeft de eigen gegevens laten wissen"],
    ]
    english = sentence("en", lines[1], names)
    assert english == "gave Piet Jansen the role facilitator"


def test_an_action_without_a_sentence_still_shows_up() -> None:
    line = AuditLine(AT, "U1", "something.new", {})
    assert sentence("nl", line, {}) == (
        "deed iets wat deze versie nog niet beschrijft (something.new)"
    )


def test_one_writer_for_dutch_excel() -> None:
    text = to_csv([["Wie", "Wat"], ["Anna", "=1+1"], ["Zoë; Noord", None]])
    assert text == '\ufeffWie;Wat\r\nAnna;\'=1+1\r\n"Zoë; Noord";\r\n'
