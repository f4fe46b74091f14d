"""Initial schema: articles, claims, events, event_verdicts.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("copy_of", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_of"], ["articles.id"], name="fk_articles_copy_of_articles", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
    )
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_copy_of", "articles", ["copy_of"])

    op.create_table(
        "events",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.Text(), nullable=True),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("from_code", sa.Text(), nullable=True),
        sa.Column("to_code", sa.Text(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("claimant", sa.Text(), nullable=False),
        sa.Column("claimant_name", sa.Text(), nullable=True),
        sa.Column("claimant_span_start", sa.Integer(), nullable=True),
        sa.Column("claimant_span_end", sa.Integer(), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("stance", sa.Text(), nullable=False),
        sa.Column("approx", sa.Text(), nullable=True),
        sa.Column("undisclosed", sa.Boolean(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=True),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("event_type", sa.Text(), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.Text(), nullable=True),
        sa.Column("event_id", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("extractor_version", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "(claimant_span_start IS NULL) = (claimant_span_end IS NULL)",
            name="ck_claims_claimant_span",
        ),
        sa.CheckConstraint("span_start >= 0 AND span_end >= span_start", name="ck_claims_span"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_claims_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
    )
    op.create_index("ix_claims_article", "claims", ["article_id"])
    op.create_index("ix_claims_event", "claims", ["event_id"])

    op.create_table(
        "event_verdicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("from_code", sa.Text(), nullable=True),
        sa.Column("to_code", sa.Text(), nullable=True),
        sa.Column("verdict", sa.Text(), nullable=False),
        sa.Column("low", sa.BigInteger(), nullable=True),
        sa.Column("best", sa.BigInteger(), nullable=True),
        sa.Column("high", sa.BigInteger(), nullable=True),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name="fk_event_verdicts_event_id_events",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_event_verdicts"),
    )
    op.create_index("ix_event_verdicts_event", "event_verdicts", ["event_id"])


def downgrade() -> None:
    op.drop_table("event_verdicts")
    op.drop_table("claims")
    op.drop_table("events")
    op.drop_table("articles")
