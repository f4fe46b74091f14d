"""Web app: corrections, and full-text search over articles and claims.

SQLite gets FTS5 tables kept in step by triggers; PostgreSQL gets GIN indexes over
``to_tsvector`` expressions. Neither is modelled in ``schema.py`` (SQLAlchemy has no FTS5
virtual tables); ``sayso.store.search.include_object`` keeps them out of autogenerate.

Revision ID: 0003_web
Revises: 0002_events
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sayso.store import search

revision: str = "0003_web"
down_revision: str | None = "0002_events"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("from_code", sa.Text(), nullable=True),
        sa.Column("to_code", sa.Text(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("undisclosed", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
    )
    op.create_index("ix_corrections_article", "corrections", ["article_id"])
    dialect = op.get_bind().dialect.name
    for statement in search.DDL.get(dialect, ()):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in search.DROP.get(dialect, ()):
        op.execute(statement)
    op.drop_index("ix_corrections_article", table_name="corrections")
    op.drop_table("corrections")
