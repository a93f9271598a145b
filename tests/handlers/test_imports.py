"""The import rule of the listener modules: a feature's handler module never imports another
feature's handler module. What features share lives in the Slack edge (`bot/edge/`) or beside
the feature's scheduling code (`bot/services/<feature>_jobs.py`). Excepted: the `/lerend`
router (`handlers/command.py`), which every feature registers its subcommands with, and the
app-wide error handler (`handlers/errors.py`)."""

from __future__ import annotations

import ast
from pathlib import Path

import handlers

HANDLERS = Path(handlers.__file__).parent
EXCEPTED = {"command", "errors", "__init__"}


def handler_imports(path: Path) -> set[str]:
    """The handler modules `path` imports (`handlers.x`, `from handlers import x`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "handlers":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("handlers."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {
                alias.name.split(".")[1]
                for alias in node.names
                if alias.name.startswith("handlers.")
            }
    return found


def feature_edges() -> list[tuple[str, str]]:
    edges = []
    for path in sorted(HANDLERS.glob("*.py")):
        if path.stem in EXCEPTED:
            continue
        edges += [(path.stem, other) for other in handler_imports(path) - EXCEPTED]
    return edges


def test_no_feature_handler_imports_another_features_handler() -> None:
    assert feature_edges() == []


def test_the_rule_sees_both_import_forms(tmp_path: Path) -> None:
    """The check itself can fail: both spellings of an import are found."""
    module = tmp_path / "polls.py"
    module.write_text(
        "from handlers.intake import submitted\nimport handlers.network\n"
        "from handlers import home, command\n"
    )
    assert handler_imports(module) == {"intake", "network", "home", "command"}


def test_feature_modules_are_checked() -> None:
    """Guard against a vacuous pass: the glob finds the feature modules."""
    stems = {path.stem for path in HANDLERS.glob("*.py")}
    assert {"polls", "meetings", "intake", "network", "knowledge"} <= stems
