"""Events: the resolver's blocking index, and the sides behind each verdict's best figure.

``event_blocks`` holds one row per event, day and party under the event's (type, day) blocks,
and ``event_figures`` the exact figures of each event day, so that ingesting an article looks up
only the events it could join (``Store.candidate_events``, ``Store.linked_events``).

Revision ID: 0002_events
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_events"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_blocks",
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("party", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("day", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name="fk_event_blocks_event_id_events",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "day", "party", name="pk_event_blocks"),
    )
    op.create_index("ix_event_blocks_block", "event_blocks", ["type", "day", "party"])
    op.create_table(
        "event_figures",
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("day", sa.Text(), nullable=False),
        sa.Column("figure", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name="fk_event_figures_event_id_events",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "day", "figure", name="pk_event_figures"),
    )
    op.create_index("ix_event_figures_figure", "event_figures", ["type", "day", "figure"])
    with op.batch_alter_table("event_verdicts") as batch:
        batch.add_column(sa.Column("sides", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_verdicts") as batch:
        batch.drop_column("sides")
    op.drop_index("ix_event_figures_figure", table_name="event_figures")
    op.drop_table("event_figures")
    op.drop_index("ix_event_blocks_block", table_name="event_blocks")
    op.drop_table("event_blocks")
