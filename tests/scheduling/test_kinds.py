"""Scheduled work kinds are declared once and every kind that can be scheduled has a handler.

A kind is declared as a module-level constant named `*_JOB` (or maintenance's `KIND`) beside
the code that schedules it; the scheduling calls pass those constants, never a typed string.
The registry `create_app` builds must hold exactly the declared kinds."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

import bot as bot_package
from bot.app import LnBot

SOURCE = Path(bot_package.__file__).parent
SKIPPED = ("locales", "blocks")  # catalogue keys and Block Kit ids, never job kinds
SCHEDULERS = {"schedule_job", "schedule_for", "_schedule"}
KIND_LIKE = re.compile(r"^[a-z_]+\.[a-z_]+$")


def sources() -> list[Path]:
    return [
        path
        for path in sorted(SOURCE.rglob("*.py"))
        if not any(part in SKIPPED for part in path.relative_to(SOURCE).parts)
    ]


def declared_kinds() -> list[tuple[str, str]]:
    """(module:constant, kind) of every module-level kind constant."""
    found = []
    for path in sources():
        for node in ast.parse(path.read_text()).body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target, value = node.targets[0], node.value
            if (
                isinstance(target, ast.Name)
                and (target.id.endswith("_JOB") or target.id == "KIND")
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
            ):
                found.append((f"{path.stem}:{target.id}", value.value))
    return found


def typed_kinds(tree: ast.AST) -> list[str]:
    """String literals that look like a kind, passed straight to a scheduling call."""
    typed = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in SCHEDULERS:
            continue
        for arg in [*node.args, *(keyword.value for keyword in node.keywords)]:
            literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            if literal and KIND_LIKE.match(arg.value):
                typed.append(arg.value)
    return typed


def test_every_declared_kind_has_a_handler_and_every_handler_a_declared_kind(bot: LnBot) -> None:
    declared = {kind for _, kind in declared_kinds()}
    assert len(declared) > 30  # the scan finds the features' constants
    assert declared - bot.jobs.kinds == set(), "declared but no handler registered"
    assert bot.jobs.kinds - declared == set(), "registered but not declared as a constant"


def test_each_kind_is_declared_once() -> None:
    counts = Counter(kind for _, kind in declared_kinds())
    assert [kind for kind, count in counts.items() if count > 1] == []


def test_no_kind_is_typed_as_a_string_where_work_is_scheduled() -> None:
    typed = {str(path): typed_kinds(ast.parse(path.read_text())) for path in sources()}
    assert {path: kinds for path, kinds in typed.items() if kinds} == {}


def test_a_declared_kind_string_appears_only_in_its_declaration() -> None:
    """A second copy of a kind's string (e.g. in a list of jobs to plan) is a second place
    that could drift from the first."""
    declared = {kind for _, kind in declared_kinds()}
    copies = []
    for path in sources():
        tree = ast.parse(path.read_text())
        declarations = {id(node.value) for node in tree.body if isinstance(node, ast.Assign)}
        copies += [
            f"{path.name}:{node.lineno} {node.value}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and node.value in declared
            and id(node) not in declarations
        ]
    assert copies == []


@pytest.mark.parametrize(
    "code",
    [
        'schedule_job(session, key="k", kind="poll.clsoe", run_at=now, now=now)',
        '_schedule(session, poll, "close", "poll.clsoe", closes_at, now)',
    ],
)
def test_the_scan_catches_a_typed_kind(code: str) -> None:
    assert typed_kinds(ast.parse(code)) == ["poll.clsoe"]
