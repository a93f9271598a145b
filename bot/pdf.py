"""HTML to PDF with WeasyPrint: the file people get on their phone (the outcome report, the
statement of participation), rendered from the same self-contained HTML that is kept for
publishing, so the two cannot drift apart.

WeasyPrint needs Pango from the system (scripts/system-deps.sh installs it). It is imported
when a PDF is made, so the rest of the bot starts without it. Nothing outside the page is ever
fetched: the HTML is self-contained, and a fetcher that allows no protocol keeps it that way.
"""

from __future__ import annotations


def html_to_pdf(page: str, *, title: str | None = None) -> bytes:
    """The PDF of a self-contained HTML page; `title` goes into the PDF's metadata (the name a
    phone's viewer shows), otherwise the page's <title>."""
    from weasyprint import HTML  # type: ignore[import-untyped]  # system libraries: when used
    from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

    # No protocol allowed: user text must never make the renderer fetch anything.
    document = HTML(string=page, url_fetcher=URLFetcher(allowed_protocols=())).render()
    if title:
        document.metadata.title = title
    pdf = document.write_pdf()
    assert pdf is not None  # without a target WeasyPrint returns the bytes
    return bytes(pdf)
