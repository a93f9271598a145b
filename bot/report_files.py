"""The outcome report as files: Markdown, self-contained HTML (inline CSS, everything escaped)
and the data as CSV (bot/export.py's safe cells); and the same document as Slack text for the
excerpt an organisation approves.

One document model (headings, paragraphs, lists, tables) is built once from the report data
and a Namer (real names or neutral labels, bot/domain/anonymise.py), then written out per
format, so the formats cannot drift apart. Pure, apart from `write_files`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from bot.blocks.intake import escape as mrkdwn_escape
from bot.blocks.intake import tag_labels
from bot.domain.anonymise import Namer
from bot.domain.knowledge import ItemKind
from bot.export import to_csv
from bot.i18n import format_date
from bot.i18n import t_plain as t  # files escape in their own way, not for Slack
from bot.i18n import t_plain_plural as t_plural
from bot.pdf import document_to_pdf
from bot.services.report import ItemRow, ReportData, TileRow

SHOWN_IN_FULL = (ItemKind.RESULT, ItemKind.GOOD_EXAMPLE)
DATE_PATTERN = "d MMMM y"
TOP = 3  # how many threads, answered questions and one-liners the summary shows
LISTED = (ItemKind.QUESTION, ItemKind.DILEMMA, ItemKind.DOCUMENT)
CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:46rem;"
    "margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d2a26}"
    "h1{color:#1f5c4a}h2{border-bottom:2px solid #1f5c4a;padding-bottom:.2rem;margin-top:2rem}"
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #c9d6d1;padding:.3rem .5rem;"
    "text-align:left;vertical-align:top}th{background:#eef4f1}blockquote{margin:.4rem 0 .4rem 1rem;"
    "padding-left:.8rem;border-left:3px solid #c9d6d1;color:#3b4a45}.meta{color:#5b6b66}"
    "h2,h3{break-after:avoid}table,tr,blockquote{break-inside:avoid}"
    "@page{size:A4;margin:2cm 2cm 2.2cm;@bottom-center{content:counter(page) ' / ' "
    "counter(pages);font-family:system-ui,sans-serif;font-size:9pt;color:#5b6b66}}"
    "p,li,td,th,h1,h2,h3{overflow-wrap:anywhere}@media screen{.table{overflow-x:auto}}"
    "@media print{body{margin:0;max-width:none;font-size:10.5pt}}"
)


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    table: tuple[list[str], list[list[str]]] | None = None
    quotes: list[tuple[str, list[str]]] = field(default_factory=list)  # (heading, lines)


@dataclass
class Document:
    title: str
    subtitle: str
    sections: list[Section]


def build_document(
    data: ReportData, namer: Namer, lang: str, tz: str, *, public: bool, story: bool = True
) -> Document:
    """The story first (summary, who took part, what was learned), then the details. A section
    with nothing in it is left out. Without `story` (an organisation's excerpt) only the
    details: a summary of one organisation's part would read as the network's."""
    period = t(
        "report.period",
        lang,
        start=short_date(data.period_start, lang, tz),
        end=short_date(data.period_end, lang, tz),
    )
    version = t("report.version.public" if public else "report.version.internal", lang)
    opening = (
        [
            _goal(data, namer, lang),
            _summary(data, namer, lang, tz),
            _organisations(data, namer, lang, public=public),
            _learned(data, namer, lang),
        ]
        if story
        else []
    )
    sections = [
        *opening,
        *[_full_items(data, namer, lang, tz, kind) for kind in SHOWN_IN_FULL],
        *_meetings(data, lang, tz),
        _results(data, namer, lang),
        *_evaluations(data, namer, lang),
        *_checkins(data, namer, lang, public=public),
        _listed_items(data, namer, lang, tz),
        _tiles(data, namer, lang, tz),
        _balance(data, namer, lang),
    ]
    return Document(
        report_title(data, namer, lang),
        f"{period} · {version}",
        [s for s in sections if _has_content(s)],
    )


def report_title(data: ReportData, namer: Namer, lang: str) -> str:
    """'Uitkomst lerend netwerk Valpreventie Noord 2027': what it is, of whom, which year."""
    return t("report.title", lang, name=namer.text(data.network_name), year=data.period_end.year)


def short_date(moment: datetime, lang: str, tz: str) -> str:
    """'11 januari 2027': a document's dates without the weekday, in the network's time zone."""
    return format_datetime(moment, DATE_PATTERN, tzinfo=ZoneInfo(tz), locale=lang)


def _has_content(section: Section) -> bool:
    return bool(section.paragraphs or section.bullets or section.table or section.quotes)


def _counted(key: str, lang: str, count: int, **fields: object) -> str:
    """Singular and plural as separate catalogue entries (`key.one`, `key.other`)."""
    return t_plural(key, count, lang, **fields)


def _summary(data: ReportData, namer: Namer, lang: str, tz: str) -> Section:
    """A few sentences a communications officer can use as they are."""
    section = Section(t("report.summary", lang))
    organisations = _counted("report.summary.organisations", lang, len(data.organisations))
    network = [
        t(
            "report.summary.opening",
            lang,
            start=short_date(data.period_start, lang, tz),
            end=short_date(data.period_end, lang, tz),
            organisations=organisations,
            name=namer.text(data.network_name),
        )
    ]
    if data.themes:
        network.append(t("report.themes", lang, themes=_joined(data.themes, lang)))
    if data.building_blocks:
        labels = [t(f"building_block.{code}", lang) for code in data.building_blocks]
        network.append(
            _counted("report.building_blocks", lang, len(labels), blocks=_joined(labels, lang))
        )
    work = []
    held = sum(1 for m in data.meetings if m.held)
    if held:
        work.append(_counted("report.summary.meetings", lang, held))
    if data.items:
        kinds = [
            _counted(f"report.summary.kind.{kind}", lang, count)
            for kind in (*SHOWN_IN_FULL, *LISTED)
            if (count := sum(1 for item in data.items if item.kind == kind))
        ]
        work.append(
            _counted("report.summary.items", lang, len(data.items), kinds=_joined(kinds, lang))
        )
        answered = sum(1 for i in data.items if i.kind == ItemKind.QUESTION and i.answered)
        if answered:
            work.append(_counted("report.summary.answered", lang, answered))
    voters = max((e.voters for e in data.evaluations), default=0)
    if voters:
        work.append(_counted("report.summary.evaluation", lang, voters))
    if data.experience_experts:
        work.append(_counted("report.experience_experts", lang, len(data.experience_experts)))
    section.paragraphs += [" ".join(sentences) for sentences in (network, work) if sentences]
    return section


def _joined(words: tuple[str, ...] | list[str], lang: str) -> str:
    """'a, b en c'."""
    words = list(words)
    if len(words) < 2:
        return "".join(words)
    return t("report.and", lang, first=", ".join(words[:-1]), last=words[-1])


def _organisations(data: ReportData, namer: Namer, lang: str, *, public: bool) -> Section:
    """Who took part: by name when an organisation agreed to that (always, for coordinators)."""
    section = Section(t("report.organisations", lang))
    for org_id, name in data.organisations.items():
        named = org_id in data.named_organisations
        former = (
            f" ({t('report.organisation.former', lang)})"
            if org_id in (data.former_organisations)
            else ""
        )
        if public and named:
            section.bullets.append(name + former)
        elif not public:
            choice = "report.organisation.named" if named else "report.organisation.anonymous"
            section.bullets.append(f"{name} ({t(choice, lang)}){former}")
    unnamed = len(data.organisations) - len(data.named_organisations & data.organisations.keys())
    if public and unnamed:
        if section.bullets:
            section.bullets.append(_counted("report.organisations.unnamed_also", lang, unnamed))
        else:
            section.paragraphs.append(_counted("report.organisations.unnamed", lang, unnamed))
    return section


def _learned(data: ReportData, namer: Namer, lang: str) -> Section:
    """What was learned, from what is stored: the threads people replied to most, questions
    that got an answer, what the evaluation says and a few of the closing one-liners."""
    section = Section(t("report.learned", lang))
    discussed = sorted(
        (item for item in data.items if item.replies), key=lambda i: (-len(i.replies), i.id)
    )[:TOP]
    if discussed:
        lines = [
            f"{namer.text(item.title)} ({_counted('report.replies', lang, len(item.replies))})"
            for item in discussed
        ]
        section.quotes.append((t("report.learned.discussed", lang), lines))
    answered = [i for i in data.items if i.kind == ItemKind.QUESTION and i.answered][:TOP]
    if answered:
        lines = []
        for item in answered:
            lines.append(namer.text(item.title))
            helpful = next((r for r in item.replies if r.helpful), None)
            if helpful and helpful.text.strip():
                lines.append(f"↳ {namer.text(helpful.text)}")
        section.quotes.append((t("report.learned.answered", lang), lines))
    evaluation = [
        t(
            "report.learned.evaluation_line",
            lang,
            question=evaluation.question,
            option=top[0],
            votes=top[1],
            voters=evaluation.voters,
        )
        for evaluation in data.evaluations
        if evaluation.voters
        and (top := max(evaluation.options, key=lambda option: option[1], default=None))
        and top[1]
    ]
    if evaluation:
        section.quotes.append((t("report.learned.evaluation", lang), evaluation))
    tiles = [namer.text(tile.text) for tile in data.tiles if tile.text.strip()][:TOP]
    if tiles:
        section.quotes.append((t("report.learned.tiles", lang), tiles))
    return section


def _goal(data: ReportData, namer: Namer, lang: str) -> Section:
    """The shared goal opens the report, per year, with how many organisations committed."""
    section = Section(t("report.goal.title", lang))
    several = len(data.years) > 1
    for row in data.years:
        prefix = t("report.goal.year", lang, year=row.year) if several else ""
        if row.goal:
            section.paragraphs.append(prefix + namer.text(row.goal))
        if row.asked:
            section.paragraphs.append(
                prefix + t("report.goal.committed", lang, committed=row.committed, asked=row.asked)
            )
    return section


def _meetings(data: ReportData, lang: str, tz: str) -> list[Section]:
    if not data.meetings:
        return []
    section = Section(t("report.meetings", lang))
    rows = []
    several_years = any(meeting.year > 1 for meeting in data.meetings)
    for meeting in data.meetings:
        status = "cancelled" if meeting.cancelled else "held" if meeting.held else "planned"
        rows.append(
            [
                f"{meeting.year}.{meeting.number}" if several_years else str(meeting.number),
                short_date(meeting.starts_at, lang, tz),
                meeting.location or "",
                meeting.theme or "",
                t(f"report.meeting_status.{status}", lang),
                _attendance(lang, meeting.attendance),
            ]
        )
    header = [t(f"report.column.{name}", lang) for name in ("number", "date", "place", "theme")]
    header += [t("report.column.status", lang), t("report.column.attendance", lang)]
    section.table = (header, rows)
    held = sum(1 for m in data.meetings if m.held)
    section.paragraphs.append(_counted("report.meetings_held", lang, held))
    return [section]


def _results(data: ReportData, namer: Namer, lang: str) -> Section:
    """What each meeting brought: insights, agreements and actions, anonymised like the rest
    (an action's owner is named as the namer names people)."""
    section = Section(t("report.results", lang))
    numbers = sorted({r.meeting_number for r in data.results})
    for number in numbers:
        lines = []
        for row in (r for r in data.results if r.meeting_number == number):
            line = f"{t(f'report.result.{row.kind}', lang)}: {namer.text(row.text)}"
            if row.owner_user_id:
                due = short_date(_noon(row.due_on), lang, "UTC") if row.due_on else ""
                key = "report.result.owner_due" if due else "report.result.owner"
                line += t(key, lang, owner=namer.person(row.owner_user_id), due=due)
                if row.done:
                    line += t("report.result.done", lang)
            lines.append(line)
        section.quotes.append((t("report.results_meeting", lang, number=number), lines))
    return section


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


def _attendance(lang: str, counts: dict[str, int] | None) -> str:
    if not counts:
        return t("report.attendance_unknown", lang)
    return ", ".join(
        f"{t(f'report.attendance.{answer}', lang)}: {number}" for answer, number in counts.items()
    )


def _evaluations(data: ReportData, namer: Namer, lang: str) -> list[Section]:
    """One section per evaluation that got answers; no lines for options nobody chose."""
    sections = []
    for evaluation in data.evaluations:
        answers = [(q, a) for q, a in evaluation.answers if a.strip()]
        if not evaluation.voters and not answers:
            continue
        section = Section(t("report.evaluation", lang))
        voters = _counted("report.votes", lang, evaluation.voters)
        section.paragraphs.append(
            t("report.evaluation_question", lang, question=evaluation.question, voters=voters)
        )
        section.bullets = [f"{text}: {votes}" for text, votes in evaluation.options if votes]
        for question, answer in answers:
            section.quotes.append((question, [namer.text(answer)]))
        sections.append(section)
    return sections


def _checkins(data: ReportData, namer: Namer, lang: str, *, public: bool) -> list[Section]:
    if not data.checkins:
        return []
    section = Section(t("report.checkins", lang))
    for result in data.checkins:
        name = (
            t("report.checkin_meeting", lang, number=result.meeting_number)
            if result.meeting_number
            else t("report.checkin_manual", lang)
        )
        if result.average is None:
            line = t_plural("report.checkin_hidden", result.answered, lang, round=name)
        else:
            average = f"{result.average:.1f}".replace(".", "," if lang == "nl" else ".")
            answered = result.answered
            line = t("report.checkin_line", lang, round=name, answered=answered, average=average)
        section.bullets.append(line)
        if not public:  # personal remarks stay with the coordinators
            section.quotes += [(name, [namer.text(remark)]) for remark in result.remarks]
    return [section]


def _full_items(data: ReportData, namer: Namer, lang: str, tz: str, kind: str) -> Section:
    section = Section(t(f"report.section.{kind}", lang))
    for item in (i for i in data.items if i.kind == kind):
        lines = [namer.text(item.description)] if item.description else []
        link = namer.text(item.link or "")
        if link and link != t("report.label.link", lang):  # a link the anonymiser took is no line
            lines.append(link)
        lines.append(_byline(data, item, namer, lang, tz))
        for reply in item.replies:
            who = namer.person(reply.user_id)
            lines.append(f"↳ {who}: {namer.text(reply.text)}")
        section.quotes.append((namer.text(item.title), lines))
    return section


def _listed_items(data: ReportData, namer: Namer, lang: str, tz: str) -> Section:
    section = Section(t("report.section.other", lang))
    for item in (i for i in data.items if i.kind in LISTED):
        state = ""
        if item.kind == ItemKind.QUESTION:
            state = " — " + t("report.answered" if item.answered else "report.open", lang)
        replies = _counted("report.replies", lang, len(item.replies))
        section.bullets.append(
            f"{t(f'knowledge.kind.{item.kind}', lang)}: {namer.text(item.title)}{state} "
            f"({_byline(data, item, namer, lang, tz)}; {replies})"
        )
    return section


def _byline(data: ReportData, item: ItemRow, namer: Namer, lang: str, tz: str) -> str:
    """Who brought it: the organisation, or an expert by experience by their own label."""
    who = (
        namer.person(item.author_user_id)
        if item.author_user_id in data.experience_experts
        else namer.organisation(item.organisation_id)
    )
    parts = [who, short_date(item.created_at, lang, tz)]
    if item.tags:
        parts.append(tag_labels(lang, item.tags, tuple(c.code for c in item.tags)))
    return " · ".join(parts)


def _tiles(data: ReportData, namer: Namer, lang: str, tz: str) -> Section:
    """The closing one-liners per round, without names in every version: they were asked
    for 'zonder namen'."""
    section = Section(t("report.tiles", lang))
    rounds: dict[int, list[TileRow]] = {}
    for tile in data.tiles:
        rounds.setdefault(tile.round_id, []).append(tile)
    for tiles in rounds.values():
        name = _tile_round(lang, tz, tiles[0])
        lines = [namer.text(tile.text) for tile in tiles if tile.text.strip()]
        section.quotes.append((t("report.tiles_round", lang, round=name), lines))
    return section


def _tile_round(lang: str, tz: str, tile: TileRow) -> str:
    if tile.meeting_number is not None:
        return t("report.tiles_meeting", lang, number=tile.meeting_number)
    return t("report.tiles_date", lang, date=short_date(tile.opened_at, lang, tz))


def _balance(data: ReportData, namer: Namer, lang: str) -> Section:
    section = Section(t("report.balance", lang))
    if not any(row.brought or row.took for row in data.balance):
        return section
    header = [t(f"report.column.{name}", lang) for name in ("organisation", "brought", "took")]
    rows = [
        [namer.organisation(row.organisation_id), str(row.brought), str(row.took)]
        for row in data.balance
    ]
    section.table = (header, rows)
    section.paragraphs.append(t("report.balance_note", lang))
    return section


# --- formats -------------------------------------------------------------------------------


def _md(text: str) -> str:
    """User text in Markdown: HTML escaped, so a Markdown-to-HTML step cannot inject markup."""
    return html.escape(text, quote=False).replace("\n", "  \n")


def to_markdown(document: Document) -> str:
    out = [f"# {_md(document.title)}", "", f"_{_md(document.subtitle)}_", ""]
    for section in document.sections:
        out += [f"## {_md(section.title)}", ""]
        out += [line for paragraph in section.paragraphs for line in (_md(paragraph), "")]
        if section.table:
            header, rows = section.table
            out.append("| " + " | ".join(_cell(h) for h in header) + " |")
            out.append("|" + "---|" * len(header))
            out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
            out.append("")
        out += [f"- {_md(bullet)}" for bullet in section.bullets]
        if section.bullets:
            out.append("")
        for heading, lines in section.quotes:
            out += [f"### {_md(heading)}", ""] + [f"> {_md(line)}  " for line in lines] + [""]
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|").replace("  \n", " ")


def to_html(document: Document, lang: str) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(document.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(document.title)}</h1>",
        f'<p class="meta">{e(document.subtitle)}</p>',
    ]
    for section in document.sections:
        out.append(f"<h2>{e(section.title)}</h2>")
        out += [f"<p>{_lines(paragraph)}</p>" for paragraph in section.paragraphs]
        if section.table:
            header, rows = section.table
            out.append('<div class="table"><table><thead><tr>')
            out.append("".join(f'<th scope="col">{e(h)}</th>' for h in header))
            out.append("</tr></thead><tbody>")
            out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows]
            out.append("</tbody></table></div>")
        if section.bullets:
            out.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in section.bullets) + "</ul>")
        for heading, lines in section.quotes:
            out.append(f"<h3>{e(heading)}</h3><blockquote>")
            out += [f"<p>{_lines(line)}</p>" for line in lines]
            out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())


def to_slack(document: Document) -> list[str]:
    """The document as Slack mrkdwn, one string per section (for the excerpt DM)."""
    parts = []
    for section in document.sections:
        lines = [f"*{mrkdwn_escape(section.title)}*"]
        lines += [mrkdwn_escape(p) for p in section.paragraphs]
        lines += [f"• {mrkdwn_escape(b)}" for b in section.bullets]
        if section.table:
            lines += [" · ".join(mrkdwn_escape(c) for c in row) for row in section.table[1]]
        for heading, quoted in section.quotes:
            lines.append(f"_{mrkdwn_escape(heading)}_")
            lines += [f">{mrkdwn_escape(line)}" for line in quoted]
        parts.append("\n".join(lines))
    return parts


def to_csv_rows(data: ReportData, namer: Namer, lang: str, tz: str) -> str:
    """One row per meeting, item and reply: what a spreadsheet or a later analysis needs."""
    columns = ("record", "date", "kind", "title", "organisation", "person", "text", "extra")
    rows: list[list[object]] = [[t(f"report.csv.{name}", lang) for name in columns]]
    meeting_record, item_record = t("report.csv.meeting", lang), t("report.csv.item", lang)
    for meeting in data.meetings:
        when, theme = short_date(meeting.starts_at, lang, tz), meeting.theme or ""
        attendance = _attendance(lang, meeting.attendance)
        rows.append([meeting_record, when, "", str(meeting.number), "", "", theme, attendance])
    for item in data.items:
        kind, title = t(f"knowledge.kind.{item.kind}", lang), namer.text(item.title)
        rows.append(
            _csv_row(
                item_record,
                format_date(item.created_at, lang, tz),
                kind,
                title,
                namer.organisation(item.organisation_id),
                namer.person(item.author_user_id),
                namer.text(item.description),
                namer.text(item.link or ""),
            )
        )
        helpful = t("report.csv.helpful", lang)
        rows += [
            _csv_row(
                t("report.csv.reply", lang),
                format_date(reply.posted_at, lang, tz),
                kind,
                title,
                namer.organisation(reply.organisation_id),
                namer.person(reply.user_id),
                namer.text(reply.text),
                helpful if reply.helpful else "",
            )
            for reply in item.replies
        ]
    rows += [
        _csv_row(
            t("report.csv.tile", lang),
            format_date(tile.opened_at, lang, tz),
            "",
            _tile_round(lang, tz, tile),
            "",  # one-liners were promised without names: no organisation, no person
            "",
            namer.text(tile.text),
            "",
        )
        for tile in data.tiles
    ]
    return to_csv(rows)


def _csv_row(record: str, when: str, *cells: str) -> list[object]:
    return [record, when, *cells]


def write_files(directory: Path, files: dict[str, str | bytes]) -> list[Path]:
    """Keep the files on disk (the report directory, one folder per network and day)."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in files.items():
        path = directory / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def report_files(
    data: ReportData, namer: Namer, lang: str, tz: str, *, public: bool, now: datetime
) -> dict[str, str | bytes]:
    """File name -> content: the PDF people get (first), and the HTML to publish, Markdown and
    CSV that are kept with it."""
    document = build_document(data, namer, lang, tz, public=public)
    stem = f"{'uitkomst' if lang == 'nl' else 'outcome'}-{now:%Y%m%d-%H%M}"
    variant = ("anoniem", "intern") if lang == "nl" else ("public", "internal")
    stem += "-" + variant[0 if public else 1]
    page = to_html(document, lang)
    version = t("report.filename.public" if public else "report.filename.internal", lang)
    pdf_name = t(
        "report.filename",
        lang,
        name=namer.text(data.network_name),
        year=data.period_end.year,
        version=version,
    )
    return {
        f"{file_name(pdf_name)}.pdf": document_to_pdf(document, lang),
        f"{stem}.html": page,
        f"{stem}.md": to_markdown(document),
        f"{stem}.csv": to_csv_rows(data, namer, lang, tz),
    }


def pdf_only(files: dict[str, str | bytes]) -> dict[str, str | bytes]:
    """The one file people get in Slack: the PDF (a phone opens it; the rest stays on disk)."""
    return {name: content for name, content in files.items() if name.endswith(".pdf")}


def file_name(title: str) -> str:
    """A title as a file name: characters file systems refuse become a dash."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", title).strip(" .-") or "rapport"
