"""The outcome report as a communications officer would publish it: the story first, no empty
sections, organisations named only when they agreed, people never, one-liners without names in
every version, and a PDF with a title that says what it is."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from pypdf import PdfReader

from bot.report_files import build_document, file_name, pdf_only, report_files, to_markdown
from tests.report.example import END, NAMES, anonymiser, plain, year

TZ = "Europe/Amsterdam"


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def text_file(files: dict[str, str | bytes], suffix: str) -> str:
    content = next(content for name, content in files.items() if name.endswith(suffix))
    assert isinstance(content, str)
    return content


def headings(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, re.MULTILINE)


def test_the_story_comes_first_and_no_section_is_empty() -> None:
    data = year()
    markdown = to_markdown(build_document(data, anonymiser(data), "nl", TZ, public=True))
    assert headings(markdown)[:5] == [
        "Samenvatting",
        "Deelnemende organisaties",
        "Wat we leerden",
        "Resultaten",
        "Goede voorbeelden",
    ]
    assert (
        "Van 11 januari 2027 tot 30 november 2027 werkten 3 organisaties samen in het lerend "
        "netwerk Valpreventie Noord. Het netwerk werkte aan Valpreventie en Bewegen. De "
        "bouwsteen was Lerend vermogen." in markdown
    )
    assert (
        "Het netwerk kwam 2 keer bijeen. Er werd 4 keer kennis gedeeld: één resultaat, één goed "
        "voorbeeld, één vraag en één dilemma. Eén vraag kreeg een antwoord. De evaluatie werd "
        "ingevuld door 9 deelnemers." in markdown
    )
    learned = markdown.split("## Wat we leerden")[1].split("\n## ")[0]
    assert learned.index("Valincidenten gehalveerd in de nacht (3 reacties)") < learned.index(
        "Beweegmaatje voor bewoners (1 reactie)"
    )  # the most-replied thread first
    assert "> ↳ Wij wel: draagcomfort is de sleutel" in learned  # the helpful answer
    assert "Het vaakst gekozen: Nieuwe ideeën (6 van 9)." in learned
    assert "> Vraag eerst wat de bewoner zelf wil." in learned
    # The evaluation nobody answered and empty answers leave nothing behind.
    assert markdown.count("## Evaluatie") == 1 and "niemand beantwoordde" not in markdown
    assert "Weinig" not in markdown and not re.search(r"^> *$", markdown, re.MULTILINE)
    assert "\n\n\n" not in markdown
    for section in re.split(r"^## ", markdown, flags=re.MULTILINE)[1:]:
        assert section.strip().count("\n") >= 2, section  # a heading always has content


def test_a_quiet_network_gets_a_short_report_without_empty_sections() -> None:
    data = replace(
        year(), items=(), meetings=(), evaluations=(), checkins=(), tiles=(), balance=(),
        building_blocks=(), named_organisations=frozenset(),
    )  # fmt: skip
    markdown = to_markdown(build_document(data, anonymiser(data), "nl", TZ, public=True))
    assert headings(markdown) == ["Samenvatting", "Deelnemende organisaties"]
    assert "3 organisaties deden mee zonder genoemd te worden." in markdown


def test_organisations_are_named_when_they_agreed_and_people_never() -> None:
    data = year(named=frozenset({2}))
    public = to_markdown(build_document(data, anonymiser(data), "nl", TZ, public=True))
    organisations = public.split("## Deelnemende organisaties")[1].split("\n## ")[0]
    assert "- Stichting De Wielewaal" in organisations
    assert "- nog 2 organisaties die liever niet bij naam genoemd worden" in organisations
    assert "Stichting De Wielewaal · 1 april 2027" in public  # its own good example
    assert "Organisatie A" in public and "Organisatie B" in public
    for name in ("Noorderbreedte", "Anker", "www", "nl/", "06", *NAMES):
        found = re.search(rf"(?<!\w){re.escape(name)}(?![\w-])", public, re.IGNORECASE)
        assert found is None, name
    internal = to_markdown(build_document(data, plain(data), "nl", TZ, public=False))
    assert "- Stichting De Wielewaal (met naam in de openbare versie)" in internal
    assert "- Zorggroep Noorderbreedte (zonder naam in de openbare versie)" in internal


def test_one_liners_carry_no_names_in_any_version() -> None:
    data = year()
    for namer, public in ((plain(data), False), (anonymiser(data), True)):
        files = report_files(data, namer, "nl", TZ, public=public, now=END)
        markdown = text_file(files, ".md")
        tiles = markdown.split("## Tegeltjeswijsheden")[1].split("\n## ")[0]
        assert "> Vraag eerst wat de bewoner zelf wil." in tiles
        assert not re.search(r"Jan|Fatima|Deelnemer 2|Deelnemer 3|U2|U3| — ", tiles), tiles
        table = text_file(files, ".csv")
        tile_rows = [row for row in table.splitlines() if row.startswith("tegeltje;")]
        assert len(tile_rows) == 2 and all(re.search(r';;;"?(Vraag|Samen)', r) for r in tile_rows)


def test_the_pdf_is_the_file_people_get_with_a_title_that_says_what_it_is() -> None:
    data = year()
    files = report_files(data, anonymiser(data), "nl", TZ, public=True, now=END)
    name = "Uitkomst lerend netwerk Valpreventie Noord 2027 (openbare versie).pdf"
    assert list(pdf_only(files)) == [name]
    pdf = files[name]
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Uitkomst lerend netwerk Valpreventie Noord 2027"
    text = pdf_text(pdf)
    assert text.startswith("Uitkomst lerend netwerk Valpreventie Noord 2027")
    assert "werkten 3 organisaties samen in het lerend netwerk Valpreventie Noord" in text
    assert "Wat we leerden" in text and "Stichting De Wielewaal" in text
    assert "noorderbreedte" not in text.lower() and "Fatima" not in text
    # The HTML to publish says the same.
    assert "<h2>Samenvatting</h2>" in text_file(files, ".html")


def test_user_text_cannot_make_the_pdf_fetch_anything() -> None:
    data = year()
    hostile = replace(
        data.items[0], title='<img src="https://example.com/track.png"> Titel', link=None
    )
    data = replace(data, items=(hostile, *data.items[1:]))
    files = report_files(data, plain(data), "nl", TZ, public=False, now=END)
    page = text_file(files, ".html")
    assert "<img" not in page and "&lt;img" in page
    (pdf,) = pdf_only(files).values()
    assert isinstance(pdf, bytes) and "Titel" in pdf_text(pdf)


def test_a_title_becomes_a_file_name_a_phone_can_keep() -> None:
    assert file_name('Uitkomst a/b: "c"?') == "Uitkomst a-b- -c"
    assert file_name("...") == "rapport"


def test_an_organisations_excerpt_shows_only_its_own_part() -> None:
    data = year(named=frozenset())
    excerpt = data.excerpt(1)
    markdown = to_markdown(
        build_document(excerpt, anonymiser(data), "nl", TZ, public=True, story=False)
    )
    assert headings(markdown) == [
        "Resultaten",
        "Goede voorbeelden",
        "Vragen, dilemma's en documenten",
        "Halen en brengen",
    ]
    assert "Valincidenten gehalveerd in de nacht" in markdown
    assert "Vraag eerst" not in markdown  # one-liners are never tied to an organisation
    assert "Wat leverde het netwerk je op?" not in markdown and "gemiddeld" not in markdown
