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
    LargeBinary,
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
    sides: Mapped[list | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_event_verdicts_event", "event_id"),)


class EventBlockRow(Base):
    """The resolver's blocking index: an event under each of its (type, day) blocks, once per
    party (``""`` where it holds claims with no party, which any report of the block may join)."""

    __tablename__ = "event_blocks"

    event_id: Mapped[str] = mapped_column(
        Text, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[str] = mapped_column(Text, primary_key=True)
    party: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_event_blocks_block", "type", "day", "party"),)


class EventFigureRow(Base):
    """The exact figures of an event's day (``measure|from|to|value``): an event of the next or
    previous day sharing one may be the same event (``resolve.events``, step 3)."""

    __tablename__ = "event_figures"

    event_id: Mapped[str] = mapped_column(
        Text, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[str] = mapped_column(Text, primary_key=True)
    figure: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_event_figures_figure", "type", "day", "figure"),)


class CorrectionRow(Base):
    """A reader's correction of a claim: who, when, why, and what changes.

    Keyed by the claim's stable identity (article, span, fact as extracted), not by its row
    id, so that re-extracting the article (new rows) finds the correction again. No foreign
    key to ``articles``: a correction outlives a re-ingest of its article.
    """

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(Text)
    from_code: Mapped[str | None] = mapped_column(Text)
    to_code: Mapped[str | None] = mapped_column(Text)
    value: Mapped[int | None] = mapped_column(BigInteger)
    undisclosed: Mapped[bool]
    # "wrong" (the claim is not in the text) or "fix" (``changes`` gives the right fields).
    kind: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_corrections_article", "article_id"),)


class FeedRow(Base):
    """A feed ``sayso watch`` polls: the validators that make an unchanged feed cost nothing."""

    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    polled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)


class FeedItemRow(Base):
    """An item of a feed already ingested (or tried), by its GUID: never ingested twice."""

    __tablename__ = "feed_items"

    feed_url: Mapped[str] = mapped_column(
        Text, ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True
    )
    guid: Mapped[str] = mapped_column(Text, primary_key=True)
    article_id: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class SignatureRow(Base):
    """An article's MinHash signature, and the article it nearly repeats (syndicated copy
    lightly edited), found by LSH; a verbatim copy is ``ArticleRow.copy_of`` instead."""

    __tablename__ = "article_signatures"

    article_id: Mapped[str] = mapped_column(
        Text, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    near_copy_of: Mapped[str | None] = mapped_column(
        Text, ForeignKey("articles.id", ondelete="SET NULL")
    )
    similarity: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (Index("ix_article_signatures_near_copy_of", "near_copy_of"),)
