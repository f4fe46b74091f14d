"""The ledger's tables, one row class per record.

Columns mirror the fields of ``sayso.records`` one to one (spans split into start/end
columns) so that the database stays queryable by hand and conversion stays trivial.
Constraint names are fixed by a naming convention so migrations read the same on
SQLite and PostgreSQL. Changing anything here needs a new Alembic revision.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ix": "ix_%(table_name)s_%(column_0_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ArticleRow(Base):
    """An ``Article``, plus what the ledger knows about it: its hash, copy link, ingest time."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[list] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    # The article whose text this one repeats verbatim (a syndicated copy), if any.
    copy_of: Mapped[str | None] = mapped_column(
        Text, ForeignKey("articles.id", ondelete="SET NULL")
    )
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index("ix_articles_content_hash", "content_hash"),
        Index("ix_articles_copy_of", "copy_of"),
    )


class ClaimRow(Base):
    """A ``Claim``. ``event_id`` is a plain indexed column, not a foreign key: claims may
    arrive already labelled before their events are saved, and ``save_events`` rewrites it."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(Text, ForeignKey("articles.id", ondelete="CASCADE"))
    measure: Mapped[str] = mapped_column(Text)
    from_code: Mapped[str | None] = mapped_column(Text)
    to_code: Mapped[str | None] = mapped_column(Text)
    value: Mapped[int | None] = mapped_column(BigInteger)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    claimant: Mapped[str] = mapped_column(Text)
    claimant_name: Mapped[str | None] = mapped_column(Text)
    claimant_span_start: Mapped[int | None] = mapped_column(Integer)
    claimant_span_end: Mapped[int | None] = mapped_column(Integer)
    via: Mapped[list] = mapped_column(JSON)
    stance: Mapped[str] = mapped_column(Text)
    approx: Mapped[str | None] = mapped_column(Text)
    undisclosed: Mapped[bool]
    scope: Mapped[str | None] = mapped_column(Text)
    hedged: Mapped[bool]
    event_type: Mapped[str | None] = mapped_column(Text)
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(Text)
    event_id: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    extractor_version: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("span_start >= 0 AND span_end >= span_start", name="span"),
        CheckConstraint(
            "(claimant_span_start IS NULL) = (claimant_span_end IS NULL)", name="claimant_span"
        ),
        Index("ix_claims_article", "article_id"),
        Index("ix_claims_event", "event_id"),
    )


class EventRow(Base):
    """An ``Event`` without its claims (they point at it) or verdicts (their own table)."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(Text)
    parties: Mapped[list] = mapped_column(JSON)


class VerdictRow(Base):
    """A ``Verdict`` of one event; ``position`` keeps the order the resolver gave."""

    __tablename__ = "event_verdicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(Text, ForeignKey("events.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(Text)
    from_code: Mapped[str | None] = mapped_column(Text)
    to_code: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(Text)
    low: Mapped[int | None] = mapped_column(BigInteger)
    best: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    figures: Mapped[list] = mapped_column(JSON)
    scope: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_event_verdicts_event", "event_id"),)
