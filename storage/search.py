"""Full-text search over `search_documents`, with the database's own engine behind one interface.

- SQLite: an FTS5 table `search_fts(body, network_id)` (rowid = search_documents.id) kept in
  step by triggers. FTS5 knows no Dutch, so `body` holds Snowball Dutch stems
  (bot/domain/text.py) and the query is stemmed the same way: *netwerken* and *netwerk* meet on
  `netwerk`. Ranked with bm25 over `body`. `network_id` holds the document's network as a
  token, so a search of one network (or a few) is an intersection of doclists inside FTS5
  (migration 0026) rather than every match in the programme filtered afterwards.
- PostgreSQL: a generated `tsvector` column `search_documents.fts` with the `dutch`
  configuration and a GIN index; `body` holds the folded text (lower case, no accents),
  queried with `plainto_tsquery('dutch', ...)` and ranked with `ts_rank`.

The ranking work is bounded on both: of the documents that match every word and pass the
filters, only the newest `newest` (by document id, that is by when they were indexed) are
ranked, and the best `limit` of those are returned. A rare word has fewer matches than that, so
every match is ranked; a word found in tens of thousands of documents across the programme
shows the best matches among its most recent ones instead of costing a ranking of them all.

Accents are folded in Python on both (`unaccent` needs a superuser to install), so *één* and
*een*, *financiën* and *financien* are one word. Query words are reduced to content words
first (bot/domain/text.py), so both engines see the same words and AND them.

The DDL lives in the migrations (0005, 0026) and is kept out of the ORM metadata;
`include_in_schema_comparison` tells Alembic's comparison to look past it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Subquery,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot.domain.text import fold, is_content_word, stem, words
from storage.models import KnowledgeItem, KnowledgeTag, SearchDocument

FTS_TABLE = "search_fts"
PG_COLUMN = "fts"
PG_INDEX = "ix_search_documents_fts"

# A search of at most this many networks names them in the FTS5 match (an OR of their tokens,
# intersected with the words); beyond that the OR costs more than filtering the newest matches
# by `search_documents.network_id`, and a wide scope holds most of the matches anyway.
NETWORK_TOKENS_UP_TO = 30


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
        newest: int,
    ) -> list[Hit]:
        """Documents of the networks matching every word, best first: the best `limit` of
        the newest `newest` matches."""
        ...

    def rebuild(self, connection: Connection) -> None:
        """Build the engine's index again from scratch over every document."""
        ...


def content_words(text: str) -> list[str]:
    """The words worth indexing or searching for, folded (stop words and numbers dropped)."""
    return [fold(word) for word in words(text) if is_content_word(word)]


def _newest_matches(
    matching: Select[Any],
    newest_first: ColumnElement[Any] | InstrumentedAttribute[int],
    *,
    network_ids: Sequence[int],
    in_match: bool,
    kinds: Sequence[str],
    tags: Sequence[str],
    newest: int,
) -> Subquery:
    """The newest `newest` documents of `matching` (a select over `search_documents` and the
    engine's match) of the networks that pass the filters; `in_match` when the match already
    keeps to the networks. Ranking only these bounds the work of a common word.

    A kind is looked up per matching document (most documents pass); tags are a set of items
    made once from the tag index (few items pass, and a lookup per match of a common word
    would cost more than the ranking it saves)."""
    criteria: list[ColumnElement[bool]] = []
    if not in_match:
        criteria.append(SearchDocument.network_id.in_(network_ids))
    if kinds:
        matching = matching.join(KnowledgeItem, KnowledgeItem.id == SearchDocument.item_id)
        criteria.append(KnowledgeItem.kind.in_(kinds))
    if tags:
        tagged = select(KnowledgeTag.item_id).where(KnowledgeTag.tag.in_(tags))
        criteria.append(SearchDocument.item_id.in_(tagged))
    return matching.where(*criteria).order_by(newest_first.desc()).limit(newest).subquery()


def _ranked(
    candidates: Subquery, score: ColumnElement[Any], session: Session, limit: int
) -> list[Hit]:
    """The best `limit` of the candidates, the newer first when they score the same."""
    query = select(
        candidates.c.id, candidates.c.item_id, candidates.c.contribution_id, score
    ).order_by(score.desc(), candidates.c.id.desc())
    return [
        Hit(row[0], row[1], row[2], float(row[3])) for row in session.execute(query.limit(limit))
    ]


def _joined(terms: Sequence[str], operator: str) -> str:
    # Stems and ids are letters and digits only; quoting each keeps FTS5 syntax out of input.
    return f" {operator} ".join(f'"{term}"' for term in terms)


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
        newest: int,
    ) -> list[Hit]:
        stems = list(dict.fromkeys(stem(word) for word in query_words))
        if not stems or not network_ids:
            return []
        match = f"body : ({_joined(stems, 'AND')})"
        by_token = len(network_ids) <= NETWORK_TOKENS_UP_TO
        if by_token:
            ids = [str(network_id) for network_id in dict.fromkeys(network_ids)]
            match += f" AND network_id : ({_joined(ids, 'OR')})"
        fts = table(FTS_TABLE, column("rowid"))
        # FTS5 takes the table's name as a column; the weights rank on `body` alone.
        whole_table: ColumnElement[Any] = literal_column(FTS_TABLE)
        bm25 = -func.bm25(whole_table, 1.0, 0.0)
        matching = (
            select(
                SearchDocument.id,
                SearchDocument.item_id,
                SearchDocument.contribution_id,
                bm25.label("score"),
            )
            .select_from(fts)
            .join(SearchDocument, SearchDocument.id == fts.c.rowid)
            .where(whole_table.op("MATCH")(match))
        )
        # Newest first by the FTS5 rowid, the order FTS5 reads its doclists in, so the scan
        # stops after `newest` rows and bm25 is computed for those only.
        candidates = _newest_matches(
            matching,
            fts.c.rowid,
            network_ids=network_ids,
            in_match=by_token,
            kinds=kinds,
            tags=tags,
            newest=newest,
        )
        return _ranked(candidates, candidates.c.score, session, limit)

    def rebuild(self, connection: Connection) -> None:
        connection.execute(text(f"DELETE FROM {FTS_TABLE}"))
        connection.execute(
            text(
                f"INSERT INTO {FTS_TABLE}(rowid, body, network_id) "
                "SELECT id, body, network_id FROM search_documents"
            )
        )


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
        newest: int,
    ) -> list[Hit]:
        if not query_words or not network_ids:
            return []
        vector: ColumnElement[Any] = literal_column(f"search_documents.{PG_COLUMN}")
        tsquery = func.plainto_tsquery(
            literal_column("'dutch'::regconfig"), " ".join(fold(w) for w in query_words)
        )
        matching = select(
            SearchDocument.id,
            SearchDocument.item_id,
            SearchDocument.contribution_id,
            vector.label(PG_COLUMN),
        ).where(vector.op("@@")(tsquery))
        # The planner picks the GIN index (with the network index) for a rare word, or walks
        # the primary key backwards for a common one; ts_rank is computed outside, on the
        # candidates only.
        candidates = _newest_matches(
            matching,
            SearchDocument.id,
            network_ids=network_ids,
            in_match=False,
            kinds=kinds,
            tags=tags,
            newest=newest,
        )
        score = func.ts_rank(candidates.c[PG_COLUMN], tsquery)
        return _ranked(candidates, score, session, limit)

    def rebuild(self, connection: Connection) -> None:
        connection.execute(text(f"DROP INDEX IF EXISTS {PG_INDEX}"))
        connection.execute(
            text(f"CREATE INDEX {PG_INDEX} ON search_documents USING gin ({PG_COLUMN})")
        )
        connection.execute(text("ANALYZE search_documents"))


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
