"""search: the document's network in the SQLite full-text index, so one network's search is
an intersection inside FTS5 instead of ranking every match in the programme

Revision ID: 0026
Revises: 0025

SQLite only: `search_fts` gets a second column, `network_id`, holding the document's network
id as a token; the table is made again and filled from `search_documents`. PostgreSQL keeps
its tsvector column and GIN index (the planner combines that index with the network's).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported, so this revision stays what it was when it shipped. The names
# match storage/search.py, which queries them and hides them from the schema comparison.
DROP = (
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TABLE IF EXISTS search_fts",
)
WITH_NETWORK = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(body, network_id)",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_documents BEGIN "
    "INSERT INTO search_fts(rowid, body, network_id) VALUES (new.id, new.body, new.network_id); "
    "END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_documents BEGIN "
    "DELETE FROM search_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE OF body, network_id ON search_documents "
    "BEGIN UPDATE search_fts SET body = new.body, network_id = new.network_id "
    "WHERE rowid = old.id; END",
    "INSERT INTO search_fts(rowid, body, network_id) "
    "SELECT id, body, network_id FROM search_documents",
)
BODY_ONLY = (  # as revision 0005 made it
    "CREATE VIRTUAL TABLE search_fts USING fts5(body)",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_documents BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_documents BEGIN "
    "DELETE FROM search_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE OF body ON search_documents BEGIN "
    "UPDATE search_fts SET body = new.body WHERE rowid = old.id; END",
    "INSERT INTO search_fts(rowid, body) SELECT id, body FROM search_documents",
)


def _remake(statements: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in (*DROP, *statements):
        op.execute(statement)


def upgrade() -> None:
    _remake(WITH_NETWORK)


def downgrade() -> None:
    _remake(BODY_ONLY)
