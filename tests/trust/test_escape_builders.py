"""Every pure builder in `bot/blocks/`, called with hostile text in every string it takes, puts
nothing hostile into markup (issue 12, item 4).

The arguments are made from the builders' type hints: every `str` is `HOSTILE` unless its name
says it is a code (a kind, a status) that the builder looks up, every dataclass is filled the
same way, all the way down. A builder added later is rendered too, or the test fails."""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest

import bot.blocks
from bot.blocks import kit
from bot.domain.knowledge import ItemKind
from tests.trust.hostile import HOSTILE, problems, shown_escaped

NOW = datetime(2027, 1, 12, 13, 0, tzinfo=UTC)
# Parsers, ids, values and file contents: they make no Slack text.
NOT_SLACK_TEXT = {
    "block_id",
    "create_fields",
    "dm_link",
    "escape",
    "export_filename",
    "export_rows",  # a CSV file (formula-safe elsewhere), not Slack text
    "audit_table",  # the audit log as a spreadsheet file, not Slack text
    "calendar_event",  # an .ics file
    "calendar_file",  # a file's name and title (plain) and its comment: tested below
}
# Strings that are codes the builder looks up, by parameter or field name.
CODES: dict[str, object] = {
    "lang": "nl",
    "tz": "Europe/Amsterdam",
    "kind": ItemKind.QUESTION.value,
    "status": "founding",
    "phase": "founding",
    "state": "planned",
    "event_type": "workshop",
    "outcome": "passed",
    "choice": "consent",
    "code": "bb:learning_capacity",
    "tag": "bb:learning_capacity",
    "tags": ("bb:learning_capacity",),
    "chosen": ("bb:learning_capacity",),
    "bring_tags": ("bb:learning_capacity",),
    "take_tags": ("bb:learning_capacity",),
    "codes": ("7d",),
    "building_blocks": ("learning_capacity",),
    "roles": ("coordinator",),
    "note": "unrepresented",
    "change": "moved",
    "attendance": "in_person",
    "title_key": "start.title",
    "label_key": "intake.bring_tags",
    "duration_hint": "meeting.plan.duration_hint",
    "prefix": "privacy.forget",
    "key": "start.title",
    "weekday": 1,
    "lean": "takes",
    "permalink": "https://example.slack.com/archives/C1/p1",
    "source_permalink": "https://example.slack.com/archives/C1/p2",
    "link": "https://example.org/x?a=1&b=<2>",
    "team_id": "T0001",
    "question": "approach",
    "low": ("approach",),
    "split": ("support",),
    "advice_kind": "go",
    "value": "1:1",
    "intro_key": "language.home",
    "action": "network.created",
    "text_key": "start.title",
    "yes_key": "common.cancel",
    "answer": "committed",
    "committed": "committed",
}


# Values by name whatever their type: maps keyed by codes, counts per point of a scale.
EXACT: dict[str, object] = {
    "answers": {"proud_of": HOSTILE, "struggle": HOSTILE},
    "tables": {"members": [{"network": HOSTILE, "organisation": HOSTILE}]},
    "scores": {"approach": 3, "support": None},
    "remarks_by_question": {"approach": HOSTILE},
    "counts": (1, 2, 3, 4, 5),
}
# Parameters that take markup by contract (text the caller built with t()): given escaped.
MARKUP_PARAMETERS = {
    "intake.intake_offer": {"text"},
    "network.result_modal": {"text"},
    "home.help_blocks": {"intro"},
    "home.role_help": {"intro"},
    "report.excerpt_dm": {"sections"},
}
SPECIAL_ARGUMENTS: dict[str, dict[str, object]] = {
    "home.help_blocks": {"commands": [(HOSTILE, "help.help")]},
}


def _text_like(hint: Any) -> bool:
    """str, str | None, tuple[str, ...] or list[str]: where a code may stand."""
    args = [a for a in typing.get_args(hint) if a is not type(None) and a is not Ellipsis]
    if typing.get_origin(hint) in (typing.Union, types.UnionType, tuple, list):
        return all(_text_like(a) for a in args)
    return hint is str


def _by_name(name: str, hint: Any) -> tuple[bool, Any]:
    origin = typing.get_origin(hint)
    if name in EXACT and origin in ((dict, Mapping) if isinstance(EXACT[name], dict) else (tuple,)):
        return True, EXACT[name]
    if name in CODES and _text_like(hint):
        value = CODES[name]
        if origin in (tuple, list) and not isinstance(value, tuple | list):
            value = (value,)
        if origin is list:
            value = list(value)  # type: ignore[call-overload]
        return True, value
    return False, None


def make(hint: Any, name: str = "") -> Any:
    """A value of type `hint`, hostile wherever it holds text."""
    known, value = _by_name(name, hint)
    if known:
        return value
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return make(next(a for a in args if a is not type(None)), name)
    if origin is typing.Literal:
        return args[0]
    if origin in (tuple,):
        if len(args) == 2 and args[1] is Ellipsis:
            return (make(args[0], name),)
        return tuple(make(a, name) for a in args)
    if origin in (list, typing.Sequence, Sequence, Iterator) or hint is list:
        return [make(args[0], name)] if args else [HOSTILE]
    if origin in (dict, typing.Mapping, Mapping):
        return {make(args[0], name): make(args[1], name)}
    if hint in (str, Any, object) or hint is typing.Any:
        return HOSTILE
    if hint is bool:
        return True
    if hint is int:
        return 2
    if hint is float:
        return 0.5
    if hint is Decimal:
        return Decimal(3)
    if hint is datetime:
        return NOW
    if hint is date:
        return NOW.date()
    if hint is time:
        return time(14, 0)
    if hint is timedelta:
        return timedelta(hours=3)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if dataclasses.is_dataclass(hint):
        return build(hint)
    raise TypeError(f"no hostile value for {hint!r} ({name})")


def build(cls: Any) -> Any:
    hints = typing.get_type_hints(cls)
    values = {
        f.name: make(hints[f.name], f.name)
        for f in dataclasses.fields(cls)
        if f.init and (f.default is dataclasses.MISSING or f.name in hints)
    }
    return cls(**values)


def builders() -> Iterator[tuple[str, Callable[..., Any]]]:
    for info in pkgutil.iter_modules(bot.blocks.__path__):
        if info.name in ("ids", "kit"):
            continue
        module = importlib.import_module(f"bot.blocks.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            if name.startswith("parse_") or name.endswith(("_value", "_errors", "_fields")):
                continue
            if name in NOT_SLACK_TEXT:
                continue
            yield f"{info.name}.{name}", function


def call(name: str, function: Callable[..., Any]) -> Any:
    hints = typing.get_type_hints(function)
    arguments: dict[str, Any] = {}
    for parameter in inspect.signature(function).parameters.values():
        arguments[parameter.name] = make(hints[parameter.name], parameter.name)
        if parameter.name in MARKUP_PARAMETERS.get(name, ()):
            value = arguments[parameter.name]
            arguments[parameter.name] = (
                [kit.esc(v) for v in value] if isinstance(value, list) else kit.esc(value)
            )
    arguments.update(SPECIAL_ARGUMENTS.get(name, {}))
    return function(**arguments)


def as_payload(output: Any) -> Any:
    """A builder's output as Slack would get it: returned text is markup (a message's text)."""
    if isinstance(output, str):
        return {"text": output}
    if isinstance(output, tuple | list):
        return [as_payload(item) for item in output]
    if dataclasses.is_dataclass(output):
        return as_payload(dataclasses.astuple(output))  # type: ignore[arg-type]
    return output


ALL = sorted(builders())


def test_the_builders_are_all_found() -> None:
    assert len(ALL) > 80, [name for name, _ in ALL]


@pytest.mark.parametrize(("name", "function"), ALL, ids=[name for name, _ in ALL])
def test_a_builder_shows_hostile_text_escaped(name: str, function: Callable[..., Any]) -> None:
    payload = as_payload(call(name, function))
    found = problems([payload])
    assert not found, "\n".join(found)


def test_most_builders_show_the_hostile_text_at_all() -> None:
    """Proof that the strings reach the output: the scan above is not vacuous."""
    showing = [name for name, f in ALL if shown_escaped([as_payload(call(name, f))])]
    assert len(showing) > 40, showing


def test_errors_of_a_modal_are_words_without_markup() -> None:
    from bot.blocks.network import START_FIELDS, field_errors

    errors = field_errors({"name": "error.unknown_command"}, START_FIELDS, "nl", command=HOSTILE)
    assert "<!channel" not in errors[START_FIELDS["name"]]


def test_kit_escapes_user_strings_and_keeps_its_own_markup() -> None:
    assert kit.esc(HOSTILE).startswith("&lt;!channel&gt; &lt;!here&gt; &lt;@U0HOSTILE&gt;")
    assert kit.mention("U123") == "<@U123>" and kit.channel("C1") == "<#C1>"
    assert kit.mentions(["U1", "U2"]) == "<@U1>, <@U2>"
    assert kit.join(", ", [HOSTILE, kit.mention("U1")]).endswith(", <@U1>")
    assert kit.plain(kit.esc(HOSTILE))["text"] == HOSTILE.replace("&lt;", "<")


def test_a_calendar_file_has_a_plain_title_and_an_escaped_comment() -> None:
    from bot.blocks.meetings import calendar_file
    from bot.services.meetings import MeetingView

    meeting = make(MeetingView)
    filename, title, comment = calendar_file("nl", meeting)
    assert not problems([{"text": comment}]) and "&lt;" not in title + filename
