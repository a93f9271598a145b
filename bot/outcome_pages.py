"""The published outcomes on the web: GET /uitkomst/ (the programme's index) and
GET /uitkomst/<token> (one network's outcome, as every organisation approved it), served by the
bot's own HTTP server in both modes (bot/server.py). Accessible HTML: the language set, one h1,
lists and tables with headers, a viewport for phones; nothing but what was approved.

The token is the only key: the page tells browsers not to pass its address on (Referrer-Policy)
and allows nothing but its own inline styles (Content-Security-Policy)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Any

from bot.i18n import format_date
from bot.i18n import t_plain as t
from bot.report_files import CSS
from bot.services import outcome
from bot.services.outcome import PublishedPage
from storage.uow import UnitOfWork

StartResponse = Callable[..., Any]
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"),
    ("Cache-Control", "no-store"),
]


def is_outcome_path(path: str) -> bool:
    return path == outcome.PATH.rstrip("/") or path.startswith(outcome.PATH)


def serve(
    uow: UnitOfWork,
    lang: str,
    tz: str,
    environ: dict[str, Any],
    start_response: StartResponse,
) -> Iterable[bytes]:
    """Answer a request under /uitkomst: the index, a published page, or 404."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return _send(start_response, "405 Method Not Allowed", _not_found(lang), [("Allow", "GET")])
    token = environ.get("PATH_INFO", "")[len(outcome.PATH) :].strip("/")
    if not token:
        return _send(start_response, "200 OK", index_page(outcome.index(uow), lang, tz))
    body = outcome.page(uow, token)
    if body is None:
        return _send(start_response, "404 Not Found", _not_found(lang))
    return _send(start_response, "200 OK", body)


def index_page(pages: list[PublishedPage], lang: str, tz: str) -> str:
    e = html.escape
    title = t("outcome.index.title", lang)
    out = [
        *_head(lang, title),
        f"<h1>{e(title)}</h1>",
        f"<p>{e(t('outcome.index.intro', lang))}</p>",
    ]
    if pages:
        out.append("<ul>")
        for page in pages:
            when = t("outcome.index.published", lang, date=format_date(page.published_at, lang, tz))
            link = f'<a href="{outcome.PATH}{e(page.token)}" lang="{e(page.language)}">'
            out.append(f'<li>{link}{e(page.title)}</a> <span class="meta">{e(when)}</span></li>')
        out.append("</ul>")
    else:
        out.append(f"<p>{e(t('outcome.index.none', lang))}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _not_found(lang: str) -> str:
    e = html.escape
    title = t("outcome.not_found.title", lang)
    link = f'<a href="{outcome.PATH}">{e(t("outcome.not_found.index", lang))}</a>'
    body = [
        f"<h1>{e(title)}</h1>",
        f"<p>{e(t('outcome.not_found.text', lang))}</p>",
        f"<p>{link}</p>",
    ]
    return "\n".join([*_head(lang, title), *body, "</body></html>"]) + "\n"


def _head(lang: str, title: str) -> list[str]:
    e = html.escape
    return [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{CSS}</style></head><body>",
    ]


def _send(
    start_response: StartResponse,
    status: str,
    body: str,
    extra: list[tuple[str, str]] | None = None,
) -> Iterable[bytes]:
    payload = body.encode("utf-8")
    start_response(status, [*HEADERS, *(extra or []), ("Content-Length", str(len(payload)))])
    return [payload]
