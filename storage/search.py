"""Full-text search over `search_documents`, with the database's own engine behind one interface.

- SQLite: an FTS5 table `search_fts` (rowid = search_documents.id) kept in step by triggers.
  FTS5 knows no Dutch, so `body` holds Snowball Dutch stems (bot/domain/text.py) and the query
  is stemmed the same way: *netwerken* and *netwerk* meet on `netwerk`. Ranked with bm25.
- PostgreSQL: a generated `tsvector` column `search_documents.fts` with the `dutch`
  configuration and a GIN index; `body` holds the folded text (lower case, no accents),
  queried with `plainto_tsquery('dutch', ...)` and ranked with `ts_rank`.

Accents are folded in Python on both (`unaccent` needs a superuser to install), so *één* and
*een*, *financiën* and *financien* are one word. Query words are reduced to content words
first (bot/domain/text.py), so both engines see the same words and AND them.

The DDL lives in the migration (0005) and is kept out of the ORM metadata;
`include_in_schema_comparison` tells Alembic's comparison to look past it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, and_, column, func, literal_column, select, table
from sqlalchemy.orm import Session

from bot.domain.text import fold, is_content_word, stem, words
from storage.models import KnowledgeItem, KnowledgeTag, SearchDocument

FTS_TABLE = "search_fts"
PG_COLUMN = "fts"
PG_INDEX = "ix_search_documents_fts"


def include_in_schema_comparison(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic `include_name` hook: the search index is dialect-specific DDL that the models
    do not describe (FTS5 and its shadow tables; the tsvector column and its GIN index)."""
    if type_ == "table":
        return not (name or "").startswith(FTS_TABLE)
    if type_ == "column":
        return not (parent_names.get("table_name") == "search_documents" and name == PG_COLUMN)
    if type_ == "index":
        return name != PG_INDEX
    return True


@dataclass(frozen=True)
class Hit:
    """A matching document; a higher score is a better match on every backend."""

    document_id: int
    item_id: int
    contribution_id: int | None
    score: float


class SearchBackend(Protocol):
    def document_text(self, text: str) -> str:
        """What `search_documents.body` holds for `text`."""
        ...

    def search(
        self,
        session: Session,
        *,
        network_ids: Sequence[int],
        query_words: Sequence[str],
        kinds: Sequence[str],
        tags: Sequence[str],
        limit: int,
    ) -> list[Hit]:
        """Documents of the networks matching every word, best first."""
        ...


def content_words(text: str) -> list[str]:
    """The words worth indexing or searching for, folded (stop words and numbers dropped)."""
    return [fold(word) for word in words(text) if is_content_word(word)]


def _filtered(
    query: Select[Any], network_ids: Sequence[int], kinds: Sequence[str], tags: Sequence[str]
) -> Select[Any]:
    criteria: list[ColumnElement[bool]] = [SearchDocument.network_id.in_(network_ids)]
    if kinds:
        criteria.append(KnowledgeItem.kind.in_(kinds))
    if tags:
        tagged = select(KnowledgeTag.item_id).where(KnowledgeTag.tag.in_(tags))
        criteria.append(KnowledgeItem.id.in_(tagged))
    return query.join(KnowledgeItem, KnowledgeItem.id == SearchDocument.item_id).where(
        and_(*criteria)
    )


def _hits(rows: Any) -> list[Hit]:
    return [Hit(row[0], row[1], row[2], float(row[3])) for row in rows]


class SqliteFts5:
    """FTS5 over Snowball stems; bm25 is lower for better matches, so the score is negated."""

    def document_text(self, text: str) -> str:
        return " ".join(stem(word) for word in content_words(text))

    def search(
        self,
        session: Session,
        *,
        network_ids: Sequence[int],
        query_words: Sequence[str],
        kinds: Sequence[str],
        tags: Sequence[str],
        limit: int,
    ) -> list[Hit]:
        stems = dict.fromkeys(stem(word) for word in query_words)
        if not stems:
            return []
        # Stems are letters and digits only; quoting each keeps FTS5 syntax out of user input.
        match = " AND ".join(f'"{term}"' for term in stems)
        fts = table(FTS_TABLE, column("rowid"))
        # FTS5 takes the table's name as a column.
        whole_table: ColumnElement[Any] = literal_column(FTS_TABLE)
        score = -func.bm25(whole_table)
        query = select(
            SearchDocument.id, SearchDocument.item_id, SearchDocument.contribution_id, score
        ).join_from(SearchDocument, fts, fts.c.rowid == SearchDocument.id)
        query = _filtered(query, network_ids, kinds, tags).where(whole_table.op("MATCH")(match))
        return _hits(session.execute(query.order_by(score.desc()).limit(limit)))


class PostgresTsvector:
    """The `dutch` text search configuration over folded text; ranked with ts_rank."""

    def document_text(self, text: str) -> str:
        return " ".join(content_words(text))

    def search(
        self,
        session: Session,
        *,
        network_ids: Sequence[int],
        query_words: Sequence[str],
        kinds: Sequence[str],
        tags: Sequence[str],
        limit: int,
    ) -> list[Hit]:
        if not query_words:
            return []
        vector: ColumnElement[Any] = literal_column(f"search_documents.{PG_COLUMN}")
        tsquery = func.plainto_tsquery(
            literal_column("'dutch'::regconfig"), " ".join(fold(w) for w in query_words)
        )
        score = func.ts_rank(vector, tsquery)
        query = select(
            SearchDocument.id, SearchDocument.item_id, SearchDocument.contribution_id, score
        ).select_from(SearchDocument)
        query = _filtered(query, network_ids, kinds, tags).where(vector.op("@@")(tsquery))
        return _hits(session.execute(query.order_by(score.desc()).limit(limit)))


BACKENDS: dict[str, SearchBackend] = {"sqlite": SqliteFts5(), "postgresql": PostgresTsvector()}


def backend_for(session: Session) -> SearchBackend:
    dialect = session.get_bind().dialect.name
    backend = BACKENDS.get(dialect)
    if backend is None:
        raise ValueError(f"lnbot has no full-text search for the {dialect} database")
    return backend


def index_document(
    session: Session,
    *,
    doc_key: str,
    network_id: int,
    item_id: int,
    contribution_id: int | None,
    text: str,
) -> None:
    """Create or update one document in the caller's transaction; the engine's index follows
    (trigger or generated column) before the transaction commits."""
    body = backend_for(session).document_text(text)
    document = session.scalar(select(SearchDocument).where(SearchDocument.doc_key == doc_key))
    if document is None:
        document = SearchDocument(
            doc_key=doc_key,
            network_id=network_id,
            item_id=item_id,
            contribution_id=contribution_id,
        )
        session.add(document)
    document.body = body
    session.flush()


def remove_document(session: Session, doc_key: str) -> None:
    document = session.scalar(select(SearchDocument).where(SearchDocument.doc_key == doc_key))
    if document is not None:
        session.delete(document)
        session.flush()
