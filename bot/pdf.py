"""The PDF people get on their phone (the outcome report, the statement of participation),
drawn with fpdf2 straight from the document model that the HTML and Markdown are written from
(bot/report_files.py), so the formats cannot drift apart and no HTML is laid out twice.

A year's report runs to a hundred pages: fpdf2 lays them out in a fraction of a second, where
a browser-grade HTML engine (WeasyPrint) took seconds. Nothing is fetched and no markup is
read: user text is only ever text. The font is DejaVu Sans from the system (the Debian package
fonts-dejavu-core, scripts/system-deps.sh): it has every Dutch letter, the arrows and dashes the
report uses, and the PDF embeds only the glyphs it needs. A character the font lacks (some
emoji, other scripts) is left out rather than drawn as an empty box.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # fpdf2 is imported when a PDF is made: the rest of the bot starts faster
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

    from bot.report_files import Document, Section

FONT = "dejavu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
FONT_DIRS = (  # Debian and Ubuntu, Fedora, Arch, Alpine
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu-sans-fonts",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/dejavu",
)
# The same look as the HTML's stylesheet (bot/report_files.CSS), in the PDF's units (mm, pt).
GREEN, TEXT, QUOTE, META, RULE, HEADER = (
    (0x1F, 0x5C, 0x4A),
    (0x1D, 0x2A, 0x26),
    (0x3B, 0x4A, 0x45),
    (0x5B, 0x6B, 0x66),
    (0xC9, 0xD6, 0xD1),
    (0xEE, 0xF4, 0xF1),
)
MARGIN, BOTTOM = 20.0, 22.0
SIZE = 10.5  # pt, as the HTML prints
PT = 25.4 / 72  # mm
LINE = SIZE * PT * 1.5  # line height 1.5
BASELINE = 0.72  # of a line's height, from its top: where the text sits
GAP = 2.0  # mm between paragraphs and blocks
HEADINGS = {1: (20.0, 5.0), 2: (15.0, 6.0), 3: (12.0, 3.5)}  # level -> (pt, space above, mm)


def document_to_pdf(document: Document, lang: str, *, title: str | None = None) -> bytes:
    """The PDF of a document: its title (and `title`, if given, as the name a phone's viewer
    shows) and language in the metadata, page numbers 'n / total' at the foot of each page."""
    out = _Writer()
    out.pdf.set_title(title or document.title)
    out.pdf.set_lang(lang)
    out.pdf.add_page()
    out.heading(1, document.title)
    out.write(document.subtitle, colour=META)
    for section in document.sections:
        out.section(section)
    return out.finish()


@cache
def _font_files() -> dict[str, str]:
    for folder in FONT_DIRS:
        paths = {style: Path(folder) / name for style, name in FONT_FILES.items()}
        if all(path.is_file() for path in paths.values()):
            return {style: str(path) for style, path in paths.items()}
    raise RuntimeError(
        "No DejaVu Sans font for the PDF: install fonts-dejavu-core (scripts/system-deps.sh)"
    )


class _Writer:
    """The document model laid out on A4 pages, top to bottom. Lines are broken here, with
    the font's own widths, and drawn one by one: fpdf2's multi_cell measures a paragraph again
    for every character, which made a year's report take seconds."""

    def __init__(self) -> None:
        from fpdf import FPDF

        self.pdf: FPDF = FPDF(format="A4", unit="mm")
        self.measures: dict[tuple[str, float], Callable[[str], float]] = {}
        pdf = self.pdf
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_auto_page_break(True, margin=BOTTOM)
        for style, path in _font_files().items():
            pdf.add_font(FONT, style, path)
        pdf.set_font(FONT, "", SIZE)

    def finish(self) -> bytes:
        """Page numbers at the foot of every page, now that their number is known."""
        pdf, pages = self.pdf, self.pdf.pages_count
        for number in range(1, pages + 1):
            pdf.page = number
            pdf.set_font(FONT, "", 9)
            pdf.set_text_color(*META)
            label = f"{number} / {pages}"
            x = (pdf.w - pdf.get_string_width(label)) / 2
            pdf.text(x, pdf.h - BOTTOM / 2, label)
        return bytes(pdf.output())

    def section(self, section: Section) -> None:
        self.heading(2, section.title)
        for paragraph in section.paragraphs:
            self.write(paragraph)
            self.pdf.ln(GAP)
        if section.table:
            self.table(*section.table)
        for bullet in section.bullets:
            self.write(bullet, indent=6.0, bullet=True)
        if section.bullets:
            self.pdf.ln(GAP)
        for heading, lines in section.quotes:
            self.heading(3, heading)
            for line in lines:
                self.write(line, indent=7.0, colour=QUOTE, bar=4.4)
            self.pdf.ln(GAP)

    def heading(self, level: int, text: str) -> None:
        pdf = self.pdf
        size, above = HEADINGS[level]
        # A heading stays with what follows it: its first line and two of the next.
        if pdf.get_y() > pdf.t_margin + 1:
            if pdf.will_page_break(above + _line_height(size) + 2 * LINE):
                pdf.add_page()
            else:
                pdf.ln(above)
        self.write(text, style="B", size=size, colour=GREEN if level < 3 else TEXT)
        if level == 2:  # the HTML's border-bottom under a section's heading
            pdf.set_draw_color(*GREEN)
            pdf.set_line_width(0.6)
            y = pdf.get_y() + 0.8
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.set_y(y)
        pdf.ln(GAP)

    def write(
        self,
        text: str,
        *,
        style: str = "",
        size: float = SIZE,
        colour: tuple[int, int, int] = TEXT,
        indent: float = 0.0,
        bullet: bool = False,
        bar: float | None = None,
    ) -> None:
        """Text from the cursor down, wrapped at spaces (a word longer than the line anywhere,
        as the HTML's overflow-wrap) and on to a new page where the page is full. `bar`: the
        quote's rule at that distance from the margin, beside every line."""
        pdf = self.pdf
        pdf.set_font(FONT, style, size)
        pdf.set_text_color(*colour)
        height = _line_height(size)
        x = pdf.l_margin + indent
        for number, line in enumerate(self.wrap(self.drawable(text), pdf.epw - indent)):
            if pdf.will_page_break(height):
                pdf.add_page()
                pdf.set_font(FONT, style, size)
                pdf.set_text_color(*colour)
            y = pdf.get_y()
            if bar is not None:
                pdf.set_draw_color(*RULE)
                pdf.set_line_width(0.8)
                pdf.line(pdf.l_margin + bar, y, pdf.l_margin + bar, y + height)
            if bullet and number == 0:
                pdf.text(x - 4, y + height * BASELINE, "•")
            pdf.text(x, y + height * BASELINE, line)
            pdf.set_y(y + height)
        if style or size != SIZE:
            pdf.set_font(FONT, "", SIZE)

    def wrap(self, text: str, width: float) -> list[str]:
        """Lines no wider than `width` in the current font."""
        measure = self.measure()
        space = measure(" ")
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            line: list[str] = []
            used = 0.0
            for word in paragraph.split(" "):
                wide = measure(word)
                if line and used + space + wide > width:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                if wide > width:  # broken anywhere, as the HTML's overflow-wrap: anywhere
                    for piece in _pieces(word, width, measure):
                        if line:
                            lines.append(" ".join(line))
                        line, used = [piece], measure(piece)
                    continue
                used += (space if line else 0.0) + wide
                line.append(word)
            lines.append(" ".join(line))
        return lines

    def measure(self) -> Callable[[str], float]:
        """Width in mm of a string in the current font, from the font's advance widths; each
        word is measured once per document (a report repeats its words thousands of times)."""
        pdf = self.pdf
        key = (pdf.font_style, pdf.font_size_pt)
        measure = self.measures.get(key)
        if measure is None:
            widths, scale = self.font().cw, pdf.font_size_pt * 0.001 / pdf.k
            known: dict[str, float] = {}

            def measure(word: str) -> float:
                width = known.get(word)
                if width is None:
                    width = known[word] = sum(widths[ord(c)] for c in word) * scale
                return width

            self.measures[key] = measure
        return measure

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        from fpdf.fonts import FontFace

        pdf = self.pdf
        pdf.set_text_color(*TEXT)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.2)
        with pdf.table(
            col_widths=self.column_widths(header, rows),
            text_align="LEFT",
            v_align="TOP",
            line_height=LINE,
            padding=(1, 1.5),
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADER),
            first_row_as_headings=True,
        ) as table:
            for cells in (header, *rows):
                row = table.row()
                for cell in cells:
                    row.cell(self.drawable(cell))
        pdf.set_font(FONT, "", SIZE)
        pdf.ln(GAP)

    def column_widths(self, header: list[str], rows: list[list[str]]) -> list[float]:
        """A browser's automatic table layout, simply: every column at least as wide as its
        longest word (a heading in bold), the room left shared in proportion to how much more
        each column's longest cell needs."""
        pdf, padding = self.pdf, 2 * 1.5 + 0.5
        pdf.set_font(FONT, "B", SIZE - 1)
        bold = self.measure()
        pdf.set_font(FONT, "", SIZE - 1)
        regular = self.measure()
        least, most = [], []
        for heading, *cells in zip(header, *rows, strict=False):
            words = [bold(word) for word in heading.split()]
            words += [regular(word) for cell in cells for word in cell.split()]
            least.append(min(max(words, default=0.0), pdf.epw / len(header)) + padding)
            longest = max([bold(heading), *map(regular, cells)])
            most.append(max(longest + padding, least[-1]))
        room, wanted = pdf.epw - sum(least), sum(most) - sum(least)
        if sum(most) <= pdf.epw or wanted <= 0:
            return most
        share = max(room, 0.0) / wanted
        return [low + (high - low) * share for low, high in zip(least, most, strict=True)]

    def font(self) -> TTFFont:
        from fpdf.fonts import TTFFont

        font = self.pdf.current_font
        assert isinstance(font, TTFFont)  # DejaVu Sans, set in __init__
        return font

    def drawable(self, text: str) -> str:
        """The text without characters the font has no glyph for (rather than empty boxes)."""
        if text.isascii():
            return text
        glyphs = self.font().cmap
        missing = {c for c in set(text) if ord(c) not in glyphs and not c.isspace()}
        return text.translate(dict.fromkeys(map(ord, missing))) if missing else text


def _line_height(size: float) -> float:
    return LINE if size == SIZE else size * PT * 1.3


def _pieces(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    pieces, piece = [], ""
    for character in word:
        if piece and measure(piece + character) > width:
            pieces.append(piece)
            piece = ""
        piece += character
    return [*pieces, piece]
