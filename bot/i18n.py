"""Message catalogue lookup and locale-aware dates. All user-facing text comes through here.

Slack reads `&`, `<` and `>` in mrkdwn and in a message's top-level `text` as markup
(`<!channel>`, `<https://evil|klik>`), so `t` escapes every field value it fills in: a builder
cannot forget. Values that already are Slack markup the bot made itself (a mention, a link, a
date, another rendered text) are passed as `Markup` and kept. `plain_text` objects show text
literally, so `bot.blocks.kit.plain` undoes the escaping (`unescape`).

The double-escape rule: escaping is idempotent. An `&amp;`, `&lt;` or `&gt;` already in the
text is kept, so text that Slack escaped (message and command text) or that was escaped
before is never escaped twice (`&lt;` never becomes `&amp;lt;`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime as babel_format_datetime

from bot import locales
from bot.locales import en, nl

CATALOGUES: dict[str, dict[str, str]] = {"nl": locales.load(nl), "en": locales.load(en)}
FALLBACK = "nl"
_DATETIME_PATTERN = "EEEE d MMMM y, HH:mm"
_DATE_PATTERN = "EEEE d MMMM y"


_BARE = re.compile(r"&(?!(?:amp|lt|gt);)")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


class Markup(str):
    """Text that already is Slack markup (made by the bot, or escaped): kept as it is."""

    __slots__ = ()


def escape(text: object) -> Markup:
    """`text` safe in mrkdwn and top-level `text`: `&`, `<` and `>` escaped, and only those
    (Slack's rule). Markup is kept; entities already present are kept (idempotent)."""
    if isinstance(text, Markup):
        return text
    value = _BARE.sub("&amp;", str(text))
    return Markup(value.replace("<", "&lt;").replace(">", "&gt;"))


def unescape(text: str) -> str:
    """Escaped text back as a person reads it, for `plain_text` (Slack shows it literally)."""
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def join(separator: str, pieces: Iterable[object]) -> Markup:
    """Pieces of text joined, each escaped unless it is markup: a list of names or lines."""
    return Markup(escape(separator).join(escape(piece) for piece in pieces))


class _Escaping(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        text = format(value, format_spec)
        return text if isinstance(value, Markup) else escape(text)


_ESCAPING = _Escaping()


def _template(key: str, lang: str) -> str:
    catalogue = CATALOGUES.get(lang, CATALOGUES[FALLBACK])
    return catalogue.get(key) or CATALOGUES[FALLBACK][key]


def t(key: str, lang: str, **fields: object) -> str:
    """The text for `key` in `lang` (falling back to Dutch), with `{fields}` filled in and
    escaped for Slack (see the module's docstring). The result is a `Markup` (typed as the
    `str` it is, so callers may extend it), so it can be a field of another `t` unchanged."""
    template = _template(key, lang)
    return Markup(_ESCAPING.vformat(template, (), fields) if fields else template)


def plural_key(key: str, count: int, lang: str) -> str:
    """The catalogue entry for `count` of something: `<key>.one`, `<key>.other` (and for
    languages that have them `.zero`, `.two`, `.few`, `.many`), by Babel's (CLDR's) plural rules
    for `lang`; `.other` when the language has no entry of its own for that form."""
    form = Locale.parse(lang if lang in CATALOGUES else FALLBACK).plural_form(abs(count))
    key_for_form = f"{key}.{form}"
    catalogue = CATALOGUES.get(lang, CATALOGUES[FALLBACK])
    return key_for_form if key_for_form in catalogue else f"{key}.other"


def t_plural(key: str, count: int, lang: str, **fields: object) -> str:
    """Singular or plural as separate catalogue entries, never "bericht(en)": `count` is also a
    field of the text."""
    return t(plural_key(key, count, lang), lang, count=count, **fields)


def t_plain_plural(key: str, count: int, lang: str, **fields: object) -> str:
    """`t_plural` for files (like `t_plain`): fields filled in unescaped."""
    return t_plain(plural_key(key, count, lang), lang, count=count, **fields)


def t_plain(key: str, lang: str, **fields: object) -> str:
    """The text for `key` with fields filled in unescaped: for files (HTML, CSV, documents)
    that escape in their own way, never for Slack text."""
    template = _template(key, lang)
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
