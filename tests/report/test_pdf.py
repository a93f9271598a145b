"""The PDF drawn from the document model: every word of it on the pages (Dutch letters, the
reply arrow), long words broken rather than cut off, characters the font lacks left out,
page numbers that count the pages, and title and language in the metadata."""

from __future__ import annotations

import io

from pypdf import PdfReader

from bot.pdf import document_to_pdf
from bot.report_files import Document, Section


def pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_dutch_text_headings_and_metadata() -> None:
    section = Section(
        "Coördinatie en één overdracht",
        paragraphs=["Cliënten vóór de overdracht geïnformeerd,\nook 's nachts."],
        bullets=["Ideeën — één per regel"],
        table=(["Nr.", "Plaats"], [["1", "Zwolle"], ["2", "Den Haag"]]),
        quotes=[("Ervaring 1", ["↳ u001: Werkt ook bij ons."])],
    )
    pdf = document_to_pdf(
        Document("Uitkomst 2027", "1 januari 2027 · intern", [section]), "nl", title="Rapport"
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.title == "Rapport"
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    (text,) = pages(pdf)
    for expected in (
        "Uitkomst 2027",
        "1 januari 2027 · intern",
        "Coördinatie en één overdracht",
        "Cliënten vóór de overdracht geïnformeerd, ook 's nachts.",
        "Ideeën — één per regel",
        "Den Haag",
        "↳ u001: Werkt ook bij ons.",
        "1 / 1",
    ):
        assert expected in text, expected


def test_a_long_report_runs_on_over_numbered_pages_and_long_words_break() -> None:
    word = "Valpreventie" * 30  # wider than a line: broken anywhere, not cut off
    lines = [f"Regel {number}" for number in range(400)]
    pdf = document_to_pdf(
        Document("Lang", "", [Section("Alles", paragraphs=[word], quotes=[("Veel", lines)])]),
        "nl",
    )
    texts = pages(pdf)
    assert len(texts) > 5
    assert all(text.endswith(f"{number} / {len(texts)}") for number, text in enumerate(texts, 1))
    everything = " ".join(texts)
    assert "".join(everything.split()).count("Valpreventie") >= 30
    assert all(f"Regel {number} " in everything for number in range(400))


def test_characters_the_font_lacks_are_left_out() -> None:
    pdf = document_to_pdf(Document("Titel", "", [Section("Kop", ["Goed 漢字 gedaan"])]), "en")
    (text,) = pages(pdf)
    assert "Goed gedaan" in text and "漢" not in text
