"""The corrections table: readers' corrections of claims, stored apart from the claims.

``sayso.corrections`` decides what a correction means; this module only keeps them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from sayso.corrections import Correction
from sayso.store.schema import CorrectionRow


def add_correction(store, correction: Correction) -> Correction:
    """Store one correction; returns it with its id and time."""
    measure, from_code, to_code, value, undisclosed = correction.fact
    now = correction.created_at or dt.datetime.now(dt.UTC)
    row = CorrectionRow(
        article_id=correction.article_id,
        span_start=correction.span[0],
        span_end=correction.span[1],
        measure=measure,
        from_code=from_code,
        to_code=to_code,
        value=value,
        undisclosed=bool(undisclosed),
        kind=correction.kind,
        changes=dict(correction.changes),
        author=correction.author,
        reason=correction.reason,
        created_at=now,
    )
    with store._session.begin() as s:
        s.add(row)
        s.flush()
        correction.id = row.id
    correction.created_at = now
    return correction


def corrections(
    store, article_ids: Iterable[str] | None = None, *, limit: int | None = None, offset: int = 0
) -> list[Correction]:
    """Corrections, newest first; of some articles only when ``article_ids`` is given."""
    query = select(CorrectionRow).order_by(CorrectionRow.created_at.desc(), CorrectionRow.id.desc())
    if article_ids is not None:
        query = query.where(CorrectionRow.article_id.in_(list(article_ids)))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with store._session() as s:
        return [_to_correction(r) for r in s.scalars(query)]


def count(store) -> int:
    from sqlalchemy import func

    with store._session() as s:
        return s.scalar(select(func.count()).select_from(CorrectionRow)) or 0


def _to_correction(row: CorrectionRow) -> Correction:
    created = row.created_at
    if created is not None and created.tzinfo is None:  # SQLite drops the zone: it was UTC
        created = created.replace(tzinfo=dt.UTC)
    return Correction(
        article_id=row.article_id,
        span=(row.span_start, row.span_end),
        fact=(row.measure, row.from_code, row.to_code, row.value, row.undisclosed),
        kind=row.kind,
        changes=dict(row.changes or {}),
        author=row.author,
        reason=row.reason,
        created_at=created,
        id=row.id,
    )
