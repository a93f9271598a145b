"""The statement of participation as files: a PDF (bot/pdf.py), the HTML it is rendered from and
Markdown, written with the outcome report's own document model and writers
(bot/report_files.py), so both look alike and escape alike. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from bot.domain.anonymise import Namer
from bot.domain.network import name_key
from bot.domain.participation import Presence
from bot.i18n import format_date
from bot.i18n import t_plain as t  # files escape in their own way, not for Slack
from bot.i18n import t_plain_plural as t_plural
from bot.pdf import document_to_pdf
from bot.report_files import Document, Section, file_name, short_date, to_html, to_markdown
from bot.services.participation import OccasionPresence, Statement


def statement_document(data: Statement, namer: Namer, lang: str, tz: str) -> Document:
    def day(moment: datetime) -> str:
        return format_date(moment, lang, tz)

    def people(users: tuple[str, ...]) -> str:
        return ", ".join(namer.person(user) for user in users) or "–"

    organisation, name = data.organisation, data.network.name
    about = Section(t("participation.doc.about", lang))
    about.paragraphs += [
        t(
            "participation.doc.statement",
            lang,
            organisation=organisation,
            name=name,
            since=day(data.admitted_at),
            start=day(data.period_start),
            end=day(data.period_end or data.issued_at),
        ),
        t("participation.doc.themes", lang, themes=", ".join(data.themes)),
        *_year_paragraphs(data, lang, day),
    ]
    if data.building_blocks:
        labels = ", ".join(t(f"building_block.{code}", lang) for code in data.building_blocks)
        about.paragraphs.append(t("participation.doc.building_blocks", lang, blocks=labels))
    about.paragraphs += [
        t("participation.doc.people", lang, organisation=organisation, people=people(data.members)),
        t("participation.doc.coordinators", lang, people=people(data.coordinators)),
    ]
    meetings = Section(t("participation.doc.meetings", lang))
    if data.meetings:
        attended = sum(1 for m in data.meetings if m.presence.presence == Presence.ATTENDED)
        meetings.paragraphs.append(
            t_plural(
                "participation.doc.meetings_count",
                len(data.meetings),
                lang,
                organisation=organisation,
                attended=attended,
            )
        )
        meetings.table = _table(
            lang, "meeting", data.meetings, day, people, lambda o: str(o.number)
        )
    else:
        meetings.paragraphs.append(t("participation.doc.no_meetings", lang))
    events = Section(t("participation.doc.events", lang))
    if data.events:
        events.table = _table(
            lang, "event", data.events, day, people, lambda o: _event_name(lang, o)
        )
    contributions = Section(t("participation.doc.contributions", lang))
    contributions.paragraphs.append(
        t(
            "participation.doc.contributions_count",
            lang,
            items=t_plural("count.shared_contributions", len(data.items), lang),
            questions=t_plural("count.questions", data.questions, lang),
            answers=t_plural("count.answers", data.answers, lang),
        )
    )
    contributions.bullets = [
        t(
            "participation.doc.item",
            lang,
            kind=t(f"knowledge.kind.{item.kind}", lang),
            title=namer.text(item.title),
            date=day(item.created_at),
        )
        for item in data.items
    ]
    source = Section(t("participation.doc.source", lang))
    source.paragraphs.append(t("participation.doc.footer", lang, date=day(data.issued_at)))
    return Document(
        t("participation.doc.title", lang),
        t("participation.doc.subtitle", lang, organisation=organisation, date=day(data.issued_at)),
        [s for s in (about, meetings, events, contributions, source) if s.paragraphs or s.table],
    )


def _year_paragraphs(data: Statement, lang: str, day: Callable[[datetime], str]) -> list[str]:
    """The year (when the network has had more than one), the commitment and the goal."""
    paragraphs = [t("participation.doc.year", lang, year=data.year)] if data.years > 1 else []
    commitment = data.commitment
    if commitment is None:
        paragraphs.append(t("participation.doc.commitment.none", lang))
    else:
        paragraphs.append(
            t(
                f"participation.doc.commitment.{commitment.answer}",
                lang,
                organisation=data.organisation,
                year=data.year,
                date=day(commitment.answered_at) if commitment.answered_at else "",
                start=day(commitment.starts_at),
                end=day(commitment.ends_at),
            )
        )
    if data.goal:
        paragraphs.append(t("participation.doc.goal", lang, goal=data.goal))
    return paragraphs


def _table(
    lang: str,
    first_column: str,
    occasions: tuple[OccasionPresence, ...],
    day: Callable[[datetime], str],
    people: Callable[[tuple[str, ...]], str],
    label: Callable[[OccasionPresence], str],
) -> tuple[list[str], list[list[str]]]:
    header = [
        t(f"participation.doc.column.{name}", lang)
        for name in (first_column, "date", "theme", "present")
    ]
    rows = [
        [label(o), day(o.starts_at), o.theme or "", _presence(lang, o, people)] for o in occasions
    ]
    return header, rows


def _presence(
    lang: str, occasion: OccasionPresence, people: Callable[[tuple[str, ...]], str]
) -> str:
    if occasion.presence.presence == Presence.ATTENDED:
        return people(occasion.presence.people)
    return t(f"participation.doc.presence.{occasion.presence.presence}", lang)


def _event_name(lang: str, occasion: OccasionPresence) -> str:
    kind = t(f"event.type.{occasion.event_type or 'other'}", lang)
    return t("event.title", lang, type=kind, title=occasion.title or "")


def statement_files(data: Statement, namer: Namer, lang: str, tz: str) -> dict[str, str | bytes]:
    """File name -> content: the PDF to keep or send on (first, named for what it is), the
    HTML it is rendered from, and Markdown."""
    document = statement_document(data, namer, lang, tz)
    slug = re.sub(r"[^a-z0-9]+", "-", name_key(data.organisation)).strip("-") or "organisation"
    stem = t("participation.filename", lang, slug=slug, date=f"{data.issued_at:%Y%m%d}")
    page = to_html(document, lang)
    title = t(
        "participation.pdf_name",
        lang,
        organisation=data.organisation,
        name=data.network.name,
        date=short_date(data.issued_at, lang, tz),
    )
    return {
        f"{file_name(title)}.pdf": document_to_pdf(document, lang, title=title),
        f"{stem}.html": page,
        f"{stem}.md": to_markdown(document),
    }
