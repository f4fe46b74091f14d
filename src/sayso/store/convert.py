"""Records to rows and back: the only place that knows both shapes.

A claim loaded from the store carries its row id as the private attribute ``_db_id``
(records.py has no field for it) so that ``save_events`` can find its row without
matching on content.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from typing import Any

from sqlalchemy import Text, cast

from sayso.records import Article, Claim, Event, Figure, Span, Verdict
from sayso.store.schema import (
    ArticleRow,
    ClaimRow,
    EventRow,
    VerdictRow,
)

DB_ID = "_db_id"


def article_row(article: Article, copy_of: str | None, now: dt.datetime) -> dict:
    """The column values of an article row (a dict, so it serves inserts and updates)."""
    return {
        "id": article.id,
        "text": article.text,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "source": article.source,
        "notes": list(article.notes),
        "content_hash": article.content_hash,
        "copy_of": copy_of,
        "ingested_at": now,
    }


def to_article(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        url=row.url,
        outlet=row.outlet,
        title=row.title,
        published=row.published,
        language=row.language,
        source=row.source,
        notes=list(row.notes or []),
    )


def claim_row(claim: Claim) -> dict:
    """The column values of a claim row (a dict: the store inserts claims in bulk)."""
    cs = claim.claimant_span
    return dict(
        article_id=claim.article_id,
        measure=claim.measure,
        from_code=claim.from_code,
        to_code=claim.to_code,
        value=claim.value,
        span_start=claim.span.start,
        span_end=claim.span.end,
        quote=claim.quote,
        claimant=claim.claimant,
        claimant_name=claim.claimant_name,
        claimant_span_start=cs.start if cs else None,
        claimant_span_end=cs.end if cs else None,
        via=list(claim.via),
        stance=claim.stance,
        approx=claim.approx,
        undisclosed=claim.undisclosed,
        scope=claim.scope,
        hedged=claim.hedged,
        event_type=claim.event_type,
        event_date=claim.event_date,
        date_precision=claim.date_precision,
        event_id=claim.event_id,
        confidence=claim.confidence,
        extractor_version=claim.extractor_version,
    )


def to_claim(row: ClaimRow) -> Claim:
    cs = None
    if row.claimant_span_start is not None and row.claimant_span_end is not None:
        cs = Span(row.claimant_span_start, row.claimant_span_end)
    claim = Claim(
        article_id=row.article_id,
        measure=row.measure,
        from_code=row.from_code,
        to_code=row.to_code,
        value=row.value,
        span=Span(row.span_start, row.span_end),
        quote=row.quote,
        claimant=row.claimant,
        claimant_name=row.claimant_name,
        claimant_span=cs,
        via=list(row.via or []),
        stance=row.stance,
        approx=row.approx,
        undisclosed=row.undisclosed,
        scope=row.scope,
        hedged=row.hedged,
        event_type=row.event_type,
        event_date=row.event_date,
        date_precision=row.date_precision,
        event_id=row.event_id,
        confidence=row.confidence,
        extractor_version=row.extractor_version,
    )
    setattr(claim, DB_ID, row.id)
    return claim


# -- bulk reads: plain column tuples, no ORM objects -------------------------------------------
#
# Loading every event of a store builds tens of thousands of claims; an ORM object per row and
# a JSON decode per list cost most of that time. These columns are read as tuples, and JSON
# lists come as text (``CAST(... AS TEXT)``, the same on SQLite and PostgreSQL) so that the many
# repeated values (``[]``, ``["REUTERS"]``, party pairs) are decoded once each.


def _json_text(column: Any) -> Any:
    return cast(column, Text).label(column.key)


CLAIM_COLUMNS = (
    ClaimRow.id, ClaimRow.article_id, ClaimRow.measure, ClaimRow.from_code, ClaimRow.to_code,
    ClaimRow.value, ClaimRow.span_start, ClaimRow.span_end, ClaimRow.quote, ClaimRow.claimant,
    ClaimRow.claimant_name, ClaimRow.claimant_span_start, ClaimRow.claimant_span_end,
    _json_text(ClaimRow.via), ClaimRow.stance, ClaimRow.approx, ClaimRow.undisclosed,
    ClaimRow.scope, ClaimRow.hedged, ClaimRow.event_type, ClaimRow.event_date,
    ClaimRow.date_precision, ClaimRow.event_id, ClaimRow.confidence, ClaimRow.extractor_version,
)
VERDICT_COLUMNS = (
    VerdictRow.event_id, VerdictRow.measure, VerdictRow.from_code, VerdictRow.to_code,
    VerdictRow.verdict, VerdictRow.low, VerdictRow.best, VerdictRow.high,
    _json_text(VerdictRow.figures), VerdictRow.scope, _json_text(VerdictRow.sides),
)
EVENT_COLUMNS = (
    EventRow.id, EventRow.type, EventRow.date, EventRow.date_precision,
    _json_text(EventRow.parties),
)


@contextmanager
def bulk() -> Iterator[None]:
    """Garbage collection paused while a bulk read builds its records: the ~100k small objects
    of a whole store set off full collections that find nothing to free, and doubled the time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class JsonLists:
    """Decodes JSON text once per distinct value; callers copy what they keep (shared)."""

    def __init__(self) -> None:
        self.seen: dict[str | None, Any] = {None: None}

    def __call__(self, text: str | None) -> Any:
        try:
            return self.seen[text]
        except KeyError:
            value = self.seen[text] = json.loads(text)  # type: ignore[arg-type]
            return value


def claims_from_rows(rows: Iterable[Sequence], lists: JsonLists | None = None) -> list[Claim]:
    """Claims from ``CLAIM_COLUMNS`` tuples, each with its ``_db_id`` (like ``to_claim``)."""
    lists = lists or JsonLists()
    out = []
    # One object per distinct value: the same article ids, codes, measures, dates and quotes
    # (syndicated copies repeat every quote) recur across rows, and a rebuild holds every claim
    # of the store at once. The driver makes a new object for each field of each row.
    shared: dict = {}
    one = shared.setdefault
    values = {}.setdefault  # the figures (ints)
    spans: dict[tuple, Span] = {}  # a Span is frozen: one per distinct pair of offsets

    def span(start: int, end: int) -> Span:
        found = spans.get((start, end))
        if found is None:
            found = spans[(start, end)] = Span(start, end)
        return found

    for (
        row_id, article_id, measure, from_code, to_code, value, start, end, quote, claimant,
        claimant_name, cs_start, cs_end, via, stance, approx, undisclosed, scope, hedged,
        event_type, event_date, date_precision, event_id, confidence, extractor_version,
    ) in rows:
        article_id, measure, from_code, to_code = (
            one(article_id, article_id), one(measure, measure), one(from_code, from_code),
            one(to_code, to_code),
        )
        quote, claimant, claimant_name, stance = (
            one(quote, quote), one(claimant, claimant), one(claimant_name, claimant_name),
            one(stance, stance),
        )
        approx, scope, event_type, event_date = (
            one(approx, approx), one(scope, scope), one(event_type, event_type),
            one(event_date, event_date),
        )
        date_precision, event_id, extractor_version = (
            one(date_precision, date_precision), one(event_id, event_id),
            one(extractor_version, extractor_version),
        )
        value = values(value, value)  # apart: 1 == 1.0 == True would mix types
        claim = Claim(
            article_id=article_id, measure=measure, from_code=from_code, to_code=to_code,
            value=value, span=span(start, end), quote=quote, claimant=claimant,
            claimant_name=claimant_name,
            claimant_span=span(cs_start, cs_end)
            if cs_start is not None and cs_end is not None else None,
            via=list(lists(via) or ()), stance=stance, approx=approx, undisclosed=undisclosed,
            scope=scope, hedged=hedged, event_type=event_type, event_date=event_date,
            date_precision=date_precision, event_id=event_id, confidence=confidence,
            extractor_version=extractor_version,
        )
        claim._db_id = row_id  # type: ignore[attr-defined]  # see DB_ID
        out.append(claim)
    return out


def verdict_from_row(row: Sequence, lists: JsonLists) -> tuple[str, Verdict]:
    """The event id and ``Verdict`` of a ``VERDICT_COLUMNS`` tuple (like ``to_verdict``)."""
    event_id, measure, from_code, to_code, verdict, low, best, high, figures, scope, sides = row
    found = json.loads(figures) if figures is not None else None  # unique: not memoised
    return event_id, Verdict(
        measure=measure, from_code=from_code, to_code=to_code, verdict=verdict, low=low,
        best=best, high=high, figures=[Figure(**f) for f in found or []], scope=scope,
        sides=list(lists(sides) or []),
    )


def event_from_row(
    row: Sequence, claims: list[Claim], verdicts: list[Verdict], lists: JsonLists
) -> Event:
    """An ``Event`` from an ``EVENT_COLUMNS`` tuple (like ``to_event``)."""
    event_id, type_, date, date_precision, parties = row
    return Event(
        id=event_id, type=type_, date=date, parties=tuple(lists(parties) or ()),
        date_precision=date_precision, claims=claims, verdicts=verdicts,
    )


def claim_key(claim: Claim) -> tuple:
    """What identifies a claim's row when it carries no ``_db_id``."""
    return (
        claim.article_id,
        claim.span.start,
        claim.span.end,
        claim.measure,
        claim.from_code,
        claim.to_code,
        claim.claimant,
        claim.value,
    )


def _nullable(value: str | None) -> tuple[bool, str]:
    """Sort key putting None first, identically on every backend."""
    return (value is not None, value or "")


def claim_order(claim: Claim) -> tuple:
    """The stable order of ``Store.claims``; sorted in Python so collations cannot differ."""
    return (
        claim.article_id,
        claim.span.start,
        claim.span.end,
        claim.measure,
        _nullable(claim.from_code),
        _nullable(claim.to_code),
        claim.claimant,
        getattr(claim, DB_ID, None) or 0,
    )


def event_row(event: Event) -> dict:
    """The column values of an event row (dicts, like the rows below: bulk inserts)."""
    return dict(
        id=event.id,
        type=event.type,
        date=event.date,
        date_precision=event.date_precision,
        parties=list(event.parties),
    )


def verdict_row(event_id: str, position: int, verdict: Verdict) -> dict:
    return dict(
        event_id=event_id,
        position=position,
        measure=verdict.measure,
        from_code=verdict.from_code,
        to_code=verdict.to_code,
        verdict=verdict.verdict,
        low=verdict.low,
        best=verdict.best,
        high=verdict.high,
        figures=[_figure_dict(f) for f in verdict.figures],
        scope=verdict.scope,
        sides=list(verdict.sides),
    )


_FIGURE_FIELDS = tuple(f.name for f in fields(Figure))


def _figure_dict(figure: Figure) -> dict:
    """``asdict(figure)`` without its recursive deep copy (a Figure holds plain values and
    lists of them): verdicts are written by the thousand."""
    return {
        name: list(value) if isinstance(value, list) else value
        for name in _FIGURE_FIELDS
        for value in (getattr(figure, name),)
    }


def to_verdict(row: VerdictRow) -> Verdict:
    return Verdict(
        measure=row.measure,
        from_code=row.from_code,
        to_code=row.to_code,
        verdict=row.verdict,
        low=row.low,
        best=row.best,
        high=row.high,
        figures=[Figure(**f) for f in row.figures or []],
        scope=row.scope,
        sides=list(row.sides or []),
    )


def block_of(event: Event) -> tuple[str, ...]:
    """The event's blocks (type, day, …): the resolver's, else its type and ISO date."""
    if event.block is not None:
        return event.block
    return (event.type, event.date.isoformat() if event.date else "undated")


def block_rows(event: Event) -> list[dict]:
    """The blocking-index rows of an event: one per day and party, and ``""`` when it holds a
    claim with no party (such a claim could have joined any event of its block)."""
    type_, *days = block_of(event)
    parties = set(event.parties)
    if not parties or any(c.from_code is None and c.to_code is None for c in event.claims):
        parties.add("")
    return [
        {"event_id": event.id, "day": d, "party": p, "type": type_}
        for d in sorted(set(days))
        for p in sorted(parties)
    ]


def figure_rows(event: Event) -> list[dict]:
    """The exact figures of each day of a dated event (see ``resolve.events.figure_keys``)."""
    from sayso.resolve.events import figure_keys

    by_day: dict[str, list[Claim]] = {}
    for c in event.claims:
        if c.event_date is not None:
            by_day.setdefault(c.event_date.isoformat(), []).append(c)
    return [
        {"event_id": event.id, "day": d, "figure": f, "type": event.type}
        for d in sorted(by_day)
        for f in sorted(figure_keys(by_day[d]))
    ]


def to_event(row: EventRow, claims: list[Claim], verdicts: list[Verdict]) -> Event:
    return Event(
        id=row.id,
        type=row.type,
        date=row.date,
        parties=tuple(row.parties or ()),
        date_precision=row.date_precision,
        claims=claims,
        verdicts=verdicts,
    )


def event_order(event: Event) -> tuple:
    """Undated events last; then by type and id."""
    return (event.date or dt.date.max, event.type, event.id)
