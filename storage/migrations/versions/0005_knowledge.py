"""knowledge sharing: items, contributions, search index, digests, reports

Revision ID: 0005
Revises: 0004

The full-text index is dialect-specific DDL (see storage/search.py): an FTS5 table fed by
triggers on SQLite, a generated tsvector column with a GIN index on PostgreSQL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here, not imported, so this revision stays what it was when it shipped. The names
# match storage/search.py, which queries them and hides them from the schema comparison.
SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(body)",
    "CREATE TRIGGER search_fts_insert AFTER INSERT ON search_documents BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER search_fts_delete AFTER DELETE ON search_documents BEGIN "
    "DELETE FROM search_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER search_fts_update AFTER UPDATE OF body ON search_documents BEGIN "
    "UPDATE search_fts SET body = new.body WHERE rowid = old.id; END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TABLE IF EXISTS search_fts",
)
POSTGRES_CREATE = (
    "ALTER TABLE search_documents ADD COLUMN fts tsvector "
    "GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, body)) STORED",
    "CREATE INDEX ix_search_documents_fts ON search_documents USING gin (fts)",
)
POSTGRES_DROP = (
    "DROP INDEX IF EXISTS ix_search_documents_fts",
    "ALTER TABLE search_documents DROP COLUMN IF EXISTS fts",
)
SEARCH_DDL = {
    "sqlite": (SQLITE_CREATE, SQLITE_DROP),
    "postgresql": (POSTGRES_CREATE, POSTGRES_DROP),
}


def upgrade() -> None:
    op.create_table(
        "knowledge_settings",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("digest_enabled", sa.Boolean(), nullable=False),
        sa.Column("digest_weekday", sa.Integer(), nullable=False),
        sa.Column("digest_hour", sa.Integer(), nullable=False),
        sa.Column("digest_covered_until", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_knowledge_settings_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("network_id", name=op.f("pk_knowledge_settings")),
    )
    op.create_table(
        "report_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("requested_by", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("forced_reason", sa.Text(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_report_reviews_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_reviews")),
    )
    with op.batch_alter_table("report_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_reviews_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "knowledge_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=150), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=500), nullable=True),
        sa.Column("author_user_id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("source_channel_id", sa.String(length=32), nullable=True),
        sa.Column("source_ts", sa.String(length=32), nullable=True),
        sa.Column("source_permalink", sa.String(length=500), nullable=True),
        sa.Column("channel_id", sa.String(length=32), nullable=True),
        sa.Column("ts", sa.String(length=32), nullable=True),
        sa.Column("permalink", sa.String(length=500), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("answered_by", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_knowledge_items_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_knowledge_items_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_items")),
        sa.UniqueConstraint("channel_id", "ts", name=op.f("uq_knowledge_items_channel_id")),
    )
    with op.batch_alter_table("knowledge_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_items_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "report_approvals",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("remark", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(length=32), nullable=True),
        sa.Column("decided_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_report_approvals_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["report_reviews.id"],
            name=op.f("fk_report_approvals_review_id_report_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "organisation_id", name=op.f("pk_report_approvals")),
    )
    op.create_table(
        "expert_themes",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_expert_themes_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_expert_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", "theme_id", name=op.f("pk_expert_themes")),
    )
    op.create_table(
        "knowledge_contributions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("posted_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("edited_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("deleted_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["knowledge_items.id"],
            name=op.f("fk_knowledge_contributions_item_id_knowledge_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_knowledge_contributions_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_contributions")),
        sa.UniqueConstraint("channel_id", "ts", name=op.f("uq_knowledge_contributions_channel_id")),
    )
    with op.batch_alter_table("knowledge_contributions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_contributions_item_id"), ["item_id"], unique=False
        )

    op.create_table(
        "knowledge_help_offers",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("offered_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["knowledge_items.id"],
            name=op.f("fk_knowledge_help_offers_item_id_knowledge_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "user_id", name=op.f("pk_knowledge_help_offers")),
    )
    op.create_table(
        "knowledge_tags",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["knowledge_items.id"],
            name=op.f("fk_knowledge_tags_item_id_knowledge_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "tag", name=op.f("pk_knowledge_tags")),
    )
    with op.batch_alter_table("knowledge_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_knowledge_tags_tag"), ["tag"], unique=False)

    op.create_table(
        "search_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_key", sa.String(length=40), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("contribution_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["knowledge_contributions.id"],
            name=op.f("fk_search_documents_contribution_id_knowledge_contributions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["knowledge_items.id"],
            name=op.f("fk_search_documents_item_id_knowledge_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_search_documents_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_documents")),
        sa.UniqueConstraint("doc_key", name=op.f("uq_search_documents_doc_key")),
    )
    with op.batch_alter_table("search_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_documents_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_search_documents_network_id"), ["network_id"], unique=False
        )

    create, _ = SEARCH_DDL[op.get_bind().dialect.name]
    for statement in create:
        op.execute(statement)


def downgrade() -> None:
    _, drop = SEARCH_DDL[op.get_bind().dialect.name]
    for statement in drop:
        op.execute(statement)
    with op.batch_alter_table("search_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_documents_network_id"))
        batch_op.drop_index(batch_op.f("ix_search_documents_item_id"))

    op.drop_table("search_documents")
    with op.batch_alter_table("knowledge_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_tags_tag"))

    op.drop_table("knowledge_tags")
    op.drop_table("knowledge_help_offers")
    with op.batch_alter_table("knowledge_contributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_contributions_item_id"))

    op.drop_table("knowledge_contributions")
    op.drop_table("expert_themes")
    op.drop_table("report_approvals")
    with op.batch_alter_table("knowledge_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_items_network_id"))

    op.drop_table("knowledge_items")
    with op.batch_alter_table("report_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_reviews_network_id"))

    op.drop_table("report_reviews")
    op.drop_table("knowledge_settings")
