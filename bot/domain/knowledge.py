"""Rules of knowledge sharing (shared/DOMAIN.md, 'Sharing knowledge').

Members share good examples, dilemmas, questions, documents and results; each becomes a thread
in the network channel. A question tagged with a theme goes to the experts for that theme; one
nobody answered in 3 days is brought up once more. Pure: no Slack, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from bot.domain.network import name_key
from bot.domain.text import fold

TITLE_MAX = 150
DESCRIPTION_MAX = 2500  # leaves room for the rest of a 3000-character section
LINK_MAX = 500
REMARK_MAX = 1000
EXPERT_WAIT = timedelta(days=3)  # an open question is brought up once after this
SEARCH_RESULTS = 10
SEARCH_CANDIDATES = 60  # documents fetched before grouping them per item
# Of the documents matching every word, the newest this many are ranked (storage/search.py):
# a word found all over the programme costs the same as a rarer one.
SEARCH_RANKED = 1000
SNIPPET_MAX = 220


class ItemKind(StrEnum):
    GOOD_EXAMPLE = "good_example"
    DILEMMA = "dilemma"
    QUESTION = "question"
    DOCUMENT = "document"
    RESULT = "result"


KIND_EMOJI = {
    ItemKind.GOOD_EXAMPLE: ":star2:",
    ItemKind.DILEMMA: ":thinking_face:",
    ItemKind.QUESTION: ":question:",
    ItemKind.DOCUMENT: ":page_facing_up:",
    ItemKind.RESULT: ":trophy:",
}

# What people type after `type:` (folded, hyphens and spaces dropped), Dutch and English.
KIND_WORDS = {
    **dict.fromkeys(("goedvoorbeeld", "voorbeeld", "voorbeelden", "example"), "good_example"),
    **dict.fromkeys(("goodexample", "goedevoorbeelden"), "good_example"),
    **dict.fromkeys(("dilemma", "dilemmas"), "dilemma"),
    **dict.fromkeys(("vraag", "vragen", "question", "questions"), "question"),
    **dict.fromkeys(("document", "documenten", "documents", "doc"), "document"),
    **dict.fromkeys(("resultaat", "resultaten", "result", "results"), "result"),
}


@dataclass(frozen=True)
class ShareForm:
    kind: str | None
    title: str
    description: str
    tags: tuple[str, ...] = ()
    link: str | None = None


def validate_share(form: ShareForm, allowed_tags: tuple[str, ...]) -> dict[str, str]:
    """Field name -> message key for every rule the form breaks."""
    errors: dict[str, str] = {}
    if form.kind not in set(ItemKind):
        errors["kind"] = "knowledge.error.kind_required"
    if not form.title:
        errors["title"] = "knowledge.error.title_required"
    elif len(form.title) > TITLE_MAX:
        errors["title"] = "knowledge.error.too_long"
    if len(form.description) > DESCRIPTION_MAX:
        errors["description"] = "knowledge.error.too_long"
    if form.link and (len(form.link) > LINK_MAX or not is_web_link(form.link)):
        errors["link"] = "knowledge.error.bad_link"
    if set(form.tags) - set(allowed_tags):
        errors["tags"] = "knowledge.error.unknown_tag"
    return errors


def is_web_link(value: str) -> bool:
    """An http(s) address with a host and no spaces: what Slack turns into a link."""
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and "." in parsed.netloc and " " not in value


# --- Slack message text ---------------------------------------------------------------------

_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")
_CHANNEL = re.compile(r"<#[CG][A-Z0-9]+\|([^>]*)>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>")
_GROUP = re.compile(r"<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>")
MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def readable(text: str) -> str:
    """A Slack message as a person reads it: links as 'label (address)', channel and group
    names plain, @here without its markup. User mentions stay `<@U…>` (names come later)."""
    text = _LINK.sub(lambda m: _link_text(m.group(1), m.group(2)), text)
    text = _CHANNEL.sub(lambda m: f"#{m.group(1)}", text)
    text = _SPECIAL.sub(lambda m: f"@{m.group(1)}", text)
    text = _GROUP.sub(lambda m: m.group(1) or "@groep", text)
    text = MENTION.sub(lambda m: f"<@{m.group(1)}>", text)
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def _link_text(address: str, label: str | None) -> str:
    address = address.removeprefix("mailto:")
    return f"{label} ({address})" if label and label != address else address


def searchable(text: str) -> str:
    """What the index sees of a message: readable text without user ids."""
    return MENTION.sub(" ", readable(text))


def clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def snippet(text: str, query_words: tuple[str, ...], limit: int = SNIPPET_MAX) -> str:
    """A short piece of `text` around the first query word found, one line."""
    flat = " ".join(searchable(text).split())
    folded = fold(flat)
    start = min((i for w in query_words if (i := folded.find(fold(w)[:5])) >= 0), default=0)
    start = max(0, start - limit // 3)
    piece = clipped(flat[start:], limit)
    return ("…" if start else "") + piece


# --- /lerend zoek ---------------------------------------------------------------------------

EVERYWHERE_WORDS = ("overal", "everywhere")
_QUERY_PART = re.compile(r'(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class SearchQuery:
    words: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    theme_words: tuple[str, ...] = ()
    unknown_kinds: tuple[str, ...] = ()
    everywhere: bool = False  # `overal`: every network that shares with the programme

    @property
    def empty(self) -> bool:
        return not self.words and not self.kinds and not self.theme_words


def parse_search(text: str) -> SearchQuery:
    """Words plus `type:` and `thema:` filters (quotes allowed: thema:"zorg thuis"), and the
    word `overal` to search beyond the channel's network."""
    words: list[str] = []
    kinds: list[str] = []
    unknown: list[str] = []
    themes: list[str] = []
    everywhere = False
    for match in _QUERY_PART.finditer(text):
        if match.group(6) and match.group(6).casefold() in EVERYWHERE_WORDS:
            everywhere = True
            continue
        name = (match.group(1) or match.group(3) or "").lower()
        value = match.group(2) if match.group(1) else match.group(4)
        if name in ("type", "soort"):
            kind = KIND_WORDS.get(re.sub(r"[\s_-]", "", fold(value or "")))
            (kinds if kind else unknown).append(kind or value or "")
        elif name in ("thema", "theme", "tag"):
            themes.append(value or "")
        else:
            words.extend((match.group(5) or match.group(6) or match.group(0)).split())
    return SearchQuery(
        tuple(words), tuple(dict.fromkeys(kinds)), tuple(themes), tuple(unknown), everywhere
    )


def theme_matches(word: str, theme_name: str) -> bool:
    """`thema:dem` finds 'Dementie'; a multi-word theme matches on its start or whole name."""
    wanted, name = name_key(word), name_key(theme_name)
    return bool(wanted) and (name.startswith(wanted) or wanted == name)


def match_themes(
    text_words: list[str], themes: list[tuple[int, int, str]]
) -> tuple[list[int], list[str]]:
    """Theme ids named by `text_words` (a position number, a name, or the start of one);
    `themes` is (id, position, name). Returns the ids and the words that matched nothing."""
    found: list[int] = []
    unknown: list[str] = []
    for word in text_words:
        hits = [tid for tid, pos, name in themes if word == str(pos) or theme_matches(word, name)]
        if hits:
            found.extend(hit for hit in hits if hit not in found)
        elif len(word) > 2:  # short words ('en', 'of') inside a theme name are not errors
            unknown.append(word)
    return found, unknown


# --- the weekly digest ------------------------------------------------------------------------

WEEKDAYS = {
    **dict.fromkeys(("maandag", "ma", "monday", "mon"), 0),
    **dict.fromkeys(("dinsdag", "di", "tuesday", "tue"), 1),
    **dict.fromkeys(("woensdag", "wo", "wednesday", "wed"), 2),
    **dict.fromkeys(("donderdag", "do", "thursday", "thu"), 3),
    **dict.fromkeys(("vrijdag", "vr", "friday", "fri"), 4),
    **dict.fromkeys(("zaterdag", "za", "saturday", "sat"), 5),
    **dict.fromkeys(("zondag", "zo", "sunday", "sun"), 6),
}
_HOUR = re.compile(r"^(\d{1,2})(?:[:.]00|u|h)?$")


def parse_weekday(word: str) -> int | None:
    return WEEKDAYS.get(word.lower())


def parse_hour(word: str) -> int | None:
    """'9', '09', '9:00', '9u' -> 9; anything else (or past 23) -> None."""
    match = _HOUR.match(word.lower())
    hour = int(match.group(1)) if match else None
    return hour if hour is not None and hour < 24 else None


@dataclass(frozen=True)
class DigestChoice:
    """What `/lerend digest …` asks for: on or off, and maybe a new day and hour."""

    enabled: bool
    weekday: int | None = None
    hour: int | None = None


SWITCH_WORDS = {"aan": True, "on": True, "uit": False, "off": False}


def parse_digest_choice(words: list[str]) -> DigestChoice | None:
    """'uit', 'aan', or '<dag> <uur>'; None when it is none of these."""
    words = [word.lower() for word in words]
    if len(words) == 1 and words[0] in SWITCH_WORDS:
        return DigestChoice(SWITCH_WORDS[words[0]])
    if len(words) == 2:
        day, hour = parse_weekday(words[0]), parse_hour(words[1])
        if day is not None and hour is not None:
            return DigestChoice(True, day, hour)
    return None


def next_weekly_slot(after: datetime, weekday: int, hour: int, tz: str) -> datetime:
    """The first `weekday` at `hour`:00 local time strictly after `after`, in UTC (DST-safe:
    the local time stays 09:00 through the change of clocks)."""
    zone = ZoneInfo(tz)
    local = after.astimezone(zone)
    days = (weekday - local.weekday()) % 7
    candidate = datetime.combine(
        local.date() + timedelta(days=days), datetime.min.time().replace(hour=hour), zone
    )
    if candidate <= local:
        candidate = datetime.combine(
            candidate.date() + timedelta(days=7), candidate.timetz().replace(tzinfo=None), zone
        )
    return candidate.astimezone(after.tzinfo)


def week_key(moment: datetime, tz: str) -> str:
    """ISO year and week in local time, e.g. '2027-W03': one digest per week, whatever the
    day or hour it was set to."""
    year, week, _ = moment.astimezone(ZoneInfo(tz)).isocalendar()
    return f"{year}-W{week:02d}"


# --- replies in a thread, from message events ---------------------------------------------

THREAD_SUBTYPES = (None, "thread_broadcast", "file_share")


@dataclass(frozen=True)
class ThreadEvent:
    """A reply in a thread as a message event describes it: posted, edited or deleted."""

    channel_id: str
    ts: str
    thread_ts: str
    user_id: str
    text: str
    deleted: bool = False


def thread_event(event: dict[str, object]) -> ThreadEvent | None:
    """The thread reply a `message` event is about; None for anything else (a message outside
    a thread, a thread's parent, a bot's message, other subtypes).

    A `message_deleted` event in the shape Slack documents carries only `deleted_ts`, not the
    message: it may be a reply, so it comes back as a deletion of unknown thread and author
    (removing a reply looks it up by channel and `ts`)."""
    subtype = event.get("subtype")
    channel = str(event.get("channel") or "")
    if subtype == "message_changed":
        message = event.get("message")
        deleted = False
    elif subtype == "message_deleted":
        message = event.get("previous_message")
        deleted = True
        if message is None:
            deleted_ts = str(event.get("deleted_ts") or "")
            return (
                ThreadEvent(channel, deleted_ts, "", "", "", True)
                if channel and deleted_ts
                else None
            )
    elif subtype in THREAD_SUBTYPES:
        message, deleted = event, False
    else:
        return None
    if not isinstance(message, dict) or message.get("bot_id") or not message.get("user"):
        return None
    ts, thread_ts = str(message.get("ts") or ""), str(message.get("thread_ts") or "")
    if not channel or not ts or not thread_ts or ts == thread_ts:
        return None
    text = "" if deleted else str(message.get("text") or "")
    return ThreadEvent(channel, ts, thread_ts, str(message["user"]), text, deleted)
