"""Spreadsheet files for Dutch offices, through one writer.

CSV, not .xlsx: Dutch Excel opens a CSV right when its separator is the Dutch list separator
`;` (a comma-separated file lands in one column) and it starts with a UTF-8 byte order mark
(else 'ë' reads 'Ã«'). That needs no extra dependency, the file stays readable as text on a
phone, and one writer serves the poll export, the audit log and the report table. Every cell
is guarded against formula injection, and times are written as words in the network's time
zone and the reader's language ("12 jan. 2027 10:05"), never UTC timestamps or Slack ids."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime as babel_format_datetime

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"
SEPARATOR = ";"  # the list separator of Dutch Excel (Windows regional settings nl-NL)
MOMENT_PATTERN = "d MMM y HH:mm"


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading quote
    (OWASP's advice), so '=HYPERLINK(...)' typed into a poll never runs on a laptop."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return BYTE_ORDER_MARK + buffer.getvalue()


def moment(value: datetime, lang: str, tz: str) -> str:
    """'12 jan. 2027 10:05': a moment as a spreadsheet reader in the network reads it."""
    return babel_format_datetime(value, MOMENT_PATTERN, tzinfo=ZoneInfo(tz), locale=lang)
