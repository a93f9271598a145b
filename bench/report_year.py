"""The outcome report of a full year: 7 meetings, 500 items, 3,000 replies, 10 organisations.

The report's data is made in memory (what `bot.services.report.report_data` returns) and then
written out as the app does it: the internal version with names and the public, anonymised
one, each as PDF, HTML, Markdown and CSV (`bot.report_files.report_files`).
"""

from __future__ import annotations

import io
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.domain.anonymise import Person
from bot.domain.balance import OrganisationBalance
from bot.services.intake import TagChoice
from bot.services.report import EvaluationRow, ItemRow, MeetingRow, ReplyRow, ReportData, TileRow

START = datetime(2027, 1, 11, 9, tzinfo=UTC)
TZ = "Europe/Amsterdam"
KINDS = ("result", "good_example", "question", "dilemma", "document")
PHRASES = (
    "Met een vast nachtrondje en bewegingssensoren halveerden we de valincidenten.",
    "Vrijwilligers wandelen twee keer per week met bewoners; de onrust neemt af.",
    "Wie heeft ervaring met heupbeschermers en het draagcomfort ervan?",
    "Vrijheid of veiligheid bij dwaalgedrag: hoe bespreken jullie dat met familie?",
    "Het overdrachtsformulier van de huisarts sluit nu aan op ons zorgplan.",
    "Beeldbellen met mantelzorgers scheelt ritten en geeft rust in de avond.",
)


def year(items: int = 500, replies: int = 3_000, organisations: int = 10) -> ReportData:
    rng = random.Random(6)
    orgs = {number: f"Zorgorganisatie {number}" for number in range(1, organisations + 1)}
    people = [f"U{number:03d}" for number in range(organisations * 6)]

    def org_of(user: str) -> int:
        return int(user[1:]) % organisations + 1

    def when(days: int) -> datetime:
        return START + timedelta(days=days, minutes=rng.randrange(600))

    per_item = [replies // items + (1 if n < replies % items else 0) for n in range(items)]
    rows = []
    for number in range(items):
        author = rng.choice(people)
        thread = tuple(
            ReplyRow(
                user,
                org_of(user),
                rng.choice(PHRASES),
                when(number * 300 // items + 1),
                helpful=False,
            )
            for user in rng.choices(people, k=per_item[number])
        )
        rows.append(
            ItemRow(
                number + 1,
                KINDS[number % len(KINDS)],
                f"Ervaring {number + 1}: {rng.choice(PHRASES)[:60]}",
                rng.choice(PHRASES),
                None,
                (TagChoice("theme:1", "Valpreventie"),),
                author,
                org_of(author),
                when(number * 300 // items),
                KINDS[number % len(KINDS)] == "question",
                thread,
            )
        )
    meetings = tuple(
        MeetingRow(n, when(n * 45), "Zwolle", "Valpreventie", True, False, {"in_person": 40})
        for n in range(1, 8)
    )
    return ReportData(
        network_id=1,
        network_name="Valpreventie Noord",
        themes=("Valpreventie", "Bewegen"),
        building_blocks=("learning_capacity",),
        period_start=START,
        period_end=START + timedelta(days=330),
        organisations=orgs,
        people=tuple(people),
        meetings=meetings,
        evaluations=(
            EvaluationRow("Wat leverde het netwerk je op?", 48, (("Nieuwe ideeën", 30),), ()),
        ),
        checkins=(),
        items=tuple(rows),
        balance=tuple(
            OrganisationBalance(n, name, items_shared=items // organisations)
            for n, name in orgs.items()
        ),
        tiles=tuple(
            TileRow(1, 7, when(300), user, org_of(user), "Samen leren werkt.")
            for user in people[:20]
        ),
        named_organisations=frozenset({1, 2}),
    )


def report_rows() -> list[list[str]]:
    data = year()
    from bot.services.report_jobs import namer_for

    people = [Person(user, (user.lower(),)) for user in data.people]
    namers = {
        version: namer_for(data, people, "nl", public=version == "public")
        for version in ("internal", "public")
    }
    return [_version_row(data, version, namer) for version, namer in namers.items()]


def _version_row(data: ReportData, version: str, namer: Any) -> list[str]:
    from pypdf import PdfReader

    from bot.pdf import document_to_pdf
    from bot.report_files import build_document, to_csv_rows, to_html, to_markdown

    timings: dict[str, float] = {}

    def timed(name: str, make: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        result = make()
        timings[name] = time.perf_counter() - started
        return result

    public = version == "public"
    document = timed("document", lambda: build_document(data, namer, "nl", TZ, public=public))
    timed("html", lambda: to_html(document, "nl"))
    timed("markdown", lambda: to_markdown(document))
    timed("csv", lambda: to_csv_rows(data, namer, "nl", TZ))
    pdf = timed("pdf", lambda: document_to_pdf(document, "nl"))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return [
        version,
        str(len(data.items)),
        str(sum(len(item.replies) for item in data.items)),
        *(f"{timings[name]:.2f}" for name in ("document", "html", "markdown", "csv")),
        f"{timings['pdf']:.2f} ({pages} pages)",
        f"{sum(timings.values()):.2f}",
    ]
