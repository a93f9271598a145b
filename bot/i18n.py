"""Message catalogue lookup and locale-aware dates. All user-facing text comes through here."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime as babel_format_datetime

from bot import locales
from bot.locales import en, nl

CATALOGUES: dict[str, dict[str, str]] = {"nl": locales.load(nl), "en": locales.load(en)}
FALLBACK = "nl"
_DATETIME_PATTERN = "EEEE d MMMM y, HH:mm"
_DATE_PATTERN = "EEEE d MMMM y"


def t(key: str, lang: str, **fields: object) -> str:
    """The text for `key` in `lang` (falling back to Dutch), with `{fields}` filled in."""
    catalogue = CATALOGUES.get(lang, CATALOGUES[FALLBACK])
    template = catalogue.get(key) or CATALOGUES[FALLBACK][key]
    return template.format(**fields) if fields else template


def language_for_locale(locale: str | None, default: str) -> str:
    """Slack locales look like 'nl-NL' or 'en-US'; anything we do not speak gets the default."""
    if not locale:
        return default
    language = locale.replace("_", "-").split("-")[0].lower()
    return language if language in CATALOGUES else default


def format_datetime(moment: datetime, lang: str, tz: str) -> str:
    """e.g. 'dinsdag 12 januari 2027, 14:00' in the reader's time zone."""
    return babel_format_datetime(moment, _DATETIME_PATTERN, tzinfo=ZoneInfo(tz), locale=lang)


def format_date(moment: datetime, lang: str, tz: str) -> str:
    return babel_format_datetime(moment, _DATE_PATTERN, tzinfo=ZoneInfo(tz), locale=lang)
