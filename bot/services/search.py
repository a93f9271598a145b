"""Use case of `/lerend zoek`: full-text search over a network's items and their replies.

The engine (SQLite FTS5 or PostgreSQL tsvector) ranks documents; here they are grouped per
item (an item and its thread are one result, shown with the best matching piece) and the
`type:` and `thema:` filters are turned into kinds and tags. With filters only, the newest
matching items are listed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.intake import block_tag, theme_tag
from bot.domain.knowledge import (
    SEARCH_CANDIDATES,
    SEARCH_RESULTS,
    SearchQuery,
    parse_search,
    snippet,
    theme_matches,
)
from bot.domain.network import BUILDING_BLOCKS
from bot.i18n import CATALOGUES, t
from bot.services.errors import UserFacingError
from storage.models import Contribution, KnowledgeItem, KnowledgeTag, Network, Organisation
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


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    results: tuple[SearchResult, ...] = ()
    unknown_themes: tuple[str, ...] = ()
    only_common_words: bool = False


def search(uow: UnitOfWork, *, network_id: int, text: str) -> SearchResults:
    query = parse_search(text)
    if query.empty or query.unknown_kinds:
        return SearchResults(query)
    with uow:
        session = uow.session
        network = session.get(Network, network_id)
        if network is None:
            raise UserFacingError("error.network_gone")
        tags, unknown = _theme_tags(network, query.theme_words)
        if unknown:
            return SearchResults(query, unknown_themes=unknown)
        words = content_words(" ".join(query.words))
        if query.words and not words:
            return SearchResults(query, only_common_words=True)
        if words:
            hits = backend_for(session).search(
                session,
                network_id=network_id,
                query_words=words,
                kinds=query.kinds,
                tags=tags,
                limit=SEARCH_CANDIDATES,
            )
        else:
            hits = _newest(session, network_id, query.kinds, tags)
        return SearchResults(query, _results(session, hits, tuple(words)))


def _theme_tags(network: Network, words: tuple[str, ...]) -> tuple[list[str], tuple[str, ...]]:
    """Tags named by `thema:` words: a network theme, or a building block by its code."""
    tags: list[str] = []
    unknown: list[str] = []
    for word in words:
        found = [theme_tag(t.id) for t in network.themes if theme_matches(word, t.name)]
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
    session: Session, network_id: int, kinds: tuple[str, ...], tags: list[str]
) -> list[Hit]:
    query = select(KnowledgeItem.id).where(KnowledgeItem.network_id == network_id)
    if kinds:
        query = query.where(KnowledgeItem.kind.in_(kinds))
    if tags:
        query = query.where(
            KnowledgeItem.id.in_(select(KnowledgeTag.item_id).where(KnowledgeTag.tag.in_(tags)))
        )
    query = query.order_by(KnowledgeItem.created_at.desc(), KnowledgeItem.id.desc())
    return [Hit(0, item_id, None, 0.0) for item_id in session.scalars(query.limit(SEARCH_RESULTS))]


def _results(session: Session, hits: list[Hit], words: tuple[str, ...]) -> tuple[SearchResult, ...]:
    """One result per item, in the order of its best document."""
    best: dict[int, Hit] = {}
    for hit in hits:
        best.setdefault(hit.item_id, hit)
    results = []
    for item_id, hit in list(best.items())[:SEARCH_RESULTS]:
        item = session.get(KnowledgeItem, item_id)
        if item is None:
            continue
        reply = session.get(Contribution, hit.contribution_id) if hit.contribution_id else None
        organisation = (
            session.get(Organisation, item.organisation_id) if item.organisation_id else None
        )
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
            )
        )
    return tuple(results)
