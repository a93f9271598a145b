"""Use case of `/lerend zoek`: full-text search over a network's items and their replies, or
with `overal` over every network that shares its knowledge with the programme (and the
searcher's own networks; bot/services/programme.py decides which).

The engine (SQLite FTS5 or PostgreSQL tsvector) ranks documents; here they are grouped per
item (an item and its thread are one result, shown with the best matching piece) and the
`type:` and `thema:` filters are turned into kinds and tags. With filters only, the newest
matching items are listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.intake import block_tag, theme_tag
from bot.domain.knowledge import (
    SEARCH_CANDIDATES,
    SEARCH_RANKED,
    SEARCH_RESULTS,
    SearchQuery,
    parse_search,
    snippet,
    theme_matches,
)
from bot.domain.network import BUILDING_BLOCKS
from bot.i18n import CATALOGUES, t
from bot.services.errors import UserFacingError
from bot.services.programme import searchable_networks
from storage.models import (
    Contribution,
    KnowledgeItem,
    KnowledgeTag,
    Network,
    Organisation,
    Theme,
)
from storage.search import Hit, backend_for, content_words
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class SearchResult:
    item_id: int
    kind: str
    title: str
    author_user_id: str
    organisation: str | None
    permalink: str | None
    snippet: str
    reply_user_id: str | None  # set when the best match is a reply in the thread
    answered: bool
    network: str | None = None  # the item's network, when searching everywhere


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    results: tuple[SearchResult, ...] = ()
    unknown_themes: tuple[str, ...] = ()
    only_common_words: bool = False


def search(
    uow: UnitOfWork, *, network_id: int | None, text: str, team_id: str = "", user_id: str = ""
) -> SearchResults:
    """The channel's network (`network_id`), or with `overal` in the text every network the
    programme shares with `user_id` in workspace `team_id`."""
    query = parse_search(text)
    if query.empty or query.unknown_kinds:
        return SearchResults(query)
    with uow:
        session = uow.session
        networks = _scope(session, query, network_id, team_id, user_id)
        tags, unknown = _theme_tags(session, networks, query.theme_words)
        if unknown:
            return SearchResults(query, unknown_themes=unknown)
        words = content_words(" ".join(query.words))
        if query.words and not words:
            return SearchResults(query, only_common_words=True)
        network_ids = [network.id for network in networks]
        if words:
            hits = backend_for(session).search(
                session,
                network_ids=network_ids,
                query_words=words,
                kinds=query.kinds,
                tags=tags,
                limit=SEARCH_CANDIDATES,
                newest=SEARCH_RANKED,
            )
        else:
            hits = _newest(session, network_ids, query.kinds, tags)
        named = {network.id: network.name for network in networks} if query.everywhere else {}
        return SearchResults(query, _results(session, hits, tuple(words), named))


def _scope(
    session: Session, query: SearchQuery, network_id: int | None, team_id: str, user_id: str
) -> list[Network]:
    if query.everywhere:
        return searchable_networks(session, team_id, user_id)
    network = session.get(Network, network_id) if network_id else None
    if network is None:
        raise UserFacingError("error.network_gone")
    return [network]


def _theme_tags(
    session: Session, networks: list[Network], words: tuple[str, ...]
) -> tuple[list[str], tuple[str, ...]]:
    """Tags named by `thema:` words: a network theme, or a building block by its code. The
    themes of all the networks are read in one query, and only when a `thema:` word asks."""
    if not words:
        return [], ()
    tags: list[str] = []
    unknown: list[str] = []
    ids = [network.id for network in networks]
    themes = list(session.scalars(select(Theme).where(Theme.network_id.in_(ids))))
    for word in words:
        found = [theme_tag(t.id) for t in themes if theme_matches(word, t.name)]
        found += [block_tag(code) for code in BUILDING_BLOCKS if _block_matches(word, code)]
        tags.extend(found)
        if not found:
            unknown.append(word)
    return tags, tuple(unknown)


def _block_matches(word: str, code: str) -> bool:
    """`thema:governance` or `thema:lerend`: a building block by its code or its label."""
    labels = [t(f"building_block.{code}", lang) for lang in CATALOGUES]
    return any(theme_matches(word, name) for name in (code, *labels))


def _newest(
    session: Session, network_ids: list[int], kinds: tuple[str, ...], tags: list[str]
) -> list[Hit]:
    query = select(KnowledgeItem.id).where(KnowledgeItem.network_id.in_(network_ids))
    if kinds:
        query = query.where(KnowledgeItem.kind.in_(kinds))
    if tags:
        query = query.where(
            KnowledgeItem.id.in_(select(KnowledgeTag.item_id).where(KnowledgeTag.tag.in_(tags)))
        )
    query = query.order_by(KnowledgeItem.created_at.desc(), KnowledgeItem.id.desc())
    return [Hit(0, item_id, None, 0.0) for item_id in session.scalars(query.limit(SEARCH_RESULTS))]


def _results(
    session: Session, hits: list[Hit], words: tuple[str, ...], network_names: dict[int, str]
) -> tuple[SearchResult, ...]:
    """One result per item, in the order of its best document (named by network when the
    search went beyond one)."""
    best: dict[int, Hit] = {}
    for hit in hits:
        best.setdefault(hit.item_id, hit)
    shown = list(best.items())[:SEARCH_RESULTS]
    items = _by_id(session, KnowledgeItem, [item_id for item_id, _ in shown])
    replies = _by_id(session, Contribution, [h.contribution_id for _, h in shown])
    organisations = _by_id(session, Organisation, [i.organisation_id for i in items.values()])
    results = []
    for item_id, hit in shown:
        item = items.get(item_id)
        if item is None:
            continue
        reply = replies.get(hit.contribution_id) if hit.contribution_id else None
        organisation = organisations.get(item.organisation_id) if item.organisation_id else None
        text = reply.text if reply else (item.description or item.title)
        results.append(
            SearchResult(
                item_id=item.id,
                kind=item.kind,
                title=item.title,
                author_user_id=item.author_user_id,
                organisation=organisation.name if organisation else None,
                permalink=item.permalink,
                snippet=snippet(text, words),
                reply_user_id=reply.user_id if reply else None,
                answered=item.answered_at is not None,
                network=network_names.get(item.network_id),
            )
        )
    return tuple(results)


def _by_id(session: Session, model: Any, ids: list[int | None]) -> dict[int, Any]:
    """Rows of `model` by id, in one query (a search shows ten results, not ten queries)."""
    wanted = {value for value in ids if value is not None}
    if not wanted:
        return {}
    return {row.id: row for row in session.scalars(select(model).where(model.id.in_(wanted)))}
