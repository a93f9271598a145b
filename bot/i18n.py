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


# Languages Slack's own interface offers (https://slack.com/help/articles/215058658). Dutch is
# not one of them, so Dutch members carry Slack's default, English.
SLACK_LANGUAGES = frozenset({"de", "en", "es", "fr", "it", "ja", "ko", "pt", "ru", "zh"})
# Slack's default: everyone whose own language Slack lacks keeps it, so it tells us nothing.
SLACK_DEFAULT_LANGUAGE = "en"


def language_for_locale(locale: str | None) -> str | None:
    """The language a Slack locale ('de-DE', 'en-US') hints at, or None when it says nothing.

    A locale only counts when it names a language Slack offers *and* lnbot speaks, other than
    Slack's default English: a Dutch nurse reads Slack in English because there is no Dutch,
    and must still be answered in Dutch. With today's catalogue (nl, en) no locale decides."""
    if not locale:
        return None
    language = locale.replace("_", "-").split("-")[0].lower()
    spoken = SLACK_LANGUAGES & CATALOGUES.keys() - {SLACK_DEFAULT_LANGUAGE}
    return language if language in spoken else None


def choose_language(
    *, person: str | None, network: str | None, locale: str | None, default: str
) -> str:
    """Who decides the language, first match wins: the person's own choice (`/lerend taal`,
    App Home), their network's choice (a coordinator's setting), a Slack locale that really
    names a language (see `language_for_locale`), and else the bot's default (Dutch)."""
    for language in (person, network, language_for_locale(locale)):
        if language in CATALOGUES:
            return language
    return default


def format_datetime(moment: datetime, lang: str, tz: str) -> str:
    """e.g. 'dinsdag 12 januari 2027, 14:00' in the reader's time zone."""
    return babel_format_datetime(moment, _DATETIME_PATTERN, tzinfo=ZoneInfo(tz), locale=lang)


def format_date(moment: datetime, lang: str, tz: str) -> str:
    return babel_format_datetime(moment, _DATE_PATTERN, tzinfo=ZoneInfo(tz), locale=lang)
