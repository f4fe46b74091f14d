"""Feeds and near-duplicates: polled feeds (ETag, Last-Modified), seen items, MinHash signatures.

Revision ID: 0004_feeds
Revises: 0003_web
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_feeds"
down_revision: str | None = "0003_web"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("url", name="pk_feeds"),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.Text(), nullable=False),
        sa.Column("guid", sa.Text(), nullable=False),
        sa.Column("article_id", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["feed_url"], ["feeds.url"], name="fk_feed_items_feed_url_feeds", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("feed_url", "guid", name="pk_feed_items"),
    )
    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("near_copy_of", sa.Text(), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_article_signatures_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["near_copy_of"],
            ["articles.id"],
            name="fk_article_signatures_near_copy_of_articles",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_signatures"),
    )
    op.create_index(
        "ix_article_signatures_near_copy_of", "article_signatures", ["near_copy_of"]
    )


def downgrade() -> None:
    op.drop_index("ix_article_signatures_near_copy_of", table_name="article_signatures")
    op.drop_table("article_signatures")
    op.drop_table("feed_items")
    op.drop_table("feeds")
