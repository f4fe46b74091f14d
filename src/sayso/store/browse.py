"""Paged, filtered reads for the web app and the API.

``Store.events()`` loads every event with every claim: right for the CLI, too much for a page
over 10k events. These queries filter and page in SQL and load only what one page shows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Text, and_, cast, exists, func, or_, select

from sayso.records import Claim, Event, Verdict
from sayso.store import convert
from sayso.store.schema import ArticleRow, ClaimRow, EventRow, VerdictRow


@dataclass
class EventFilter:
    """The timeline's filters; ``None`` means any."""

    type: str | None = None
    party: str | None = None
    verdict: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def where(self) -> list:
        conds = []
        if self.type:
            conds.append(EventRow.type == self.type)
        if self.party:
            # Parties are a JSON list of codes; its text holds each code in double quotes. A
            # role code (``RUSMIL``) counts as its country (``RUS``).
            conds.append(cast(EventRow.parties, Text).like(f'%"{self.party[:3]}%'))
        if self.verdict:
            conds.append(
                exists().where(
                    and_(VerdictRow.event_id == EventRow.id, VerdictRow.verdict == self.verdict)
                )
            )
        if self.since:
            conds.append(EventRow.date >= self.since)
        if self.until:
            conds.append(EventRow.date <= self.until)
        return conds


@dataclass
class ArticleInfo:
    """An article without its text: what a list or a link needs."""

    id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    url: str | None = None
    claims: int = 0


@dataclass
class VerdictRowInfo:
    """One verdict with the event it belongs to (the disputes and totals pages)."""

    event_id: str
    event_type: str
    event_date: dt.date | None
    parties: tuple[str, ...]
    verdict: Verdict
    claimants: list[str] = field(default_factory=list)


def _order():
    return (EventRow.date.is_(None), EventRow.date, EventRow.type, EventRow.id)


def events_page(store, flt: EventFilter, limit: int, offset: int) -> tuple[list[Event], int]:
    """One page of events (verdicts loaded, claims not), by date, and how many match."""
    conds = flt.where()
    with store._session() as s:
        total = s.scalar(select(func.count()).select_from(EventRow).where(*conds)) or 0
        rows = s.scalars(select(EventRow).where(*conds).order_by(*_order()).limit(limit)
                         .offset(offset)).all()
        ids = [r.id for r in rows]
        verdicts = defaultdict(list)
        if ids:
            query = (select(VerdictRow).where(VerdictRow.event_id.in_(ids))
                     .order_by(VerdictRow.event_id, VerdictRow.position))
            for v in s.scalars(query):
                verdicts[v.event_id].append(convert.to_verdict(v))
        events = [convert.to_event(r, [], verdicts[r.id]) for r in rows]
    return events, total


def claim_counts(store, event_ids: list[str]) -> dict[str, int]:
    if not event_ids:
        return {}
    with store._session() as s:
        query = (select(ClaimRow.event_id, func.count()).where(ClaimRow.event_id.in_(event_ids))
                 .group_by(ClaimRow.event_id))
        return {eid: n for eid, n in s.execute(query)}


def facets(store) -> dict[str, list[str]]:
    """The values the timeline's filters can take in this store."""
    with store._session() as s:
        types = sorted(t for (t,) in s.execute(select(EventRow.type).distinct()))
        verdicts = sorted(v for (v,) in s.execute(select(VerdictRow.verdict).distinct()))
        measures = sorted(m for (m,) in s.execute(select(VerdictRow.measure).distinct()))
        parties: set[str] = set()
        # PostgreSQL's json has no equality: distinct on the text, parsed here.
        for (p,) in s.execute(select(cast(EventRow.parties, Text)).distinct()):
            parties.update(json.loads(p) if p else ())
    return {"type": types, "verdict": verdicts, "measure": measures, "party": sorted(parties)}


def chart_points(
    store, flt: EventFilter, measure: str, max_series: int = 8
) -> dict[str, list[tuple[dt.date, int]]]:
    """Per claimant, the largest figure it gave for ``measure`` on each event date, over the
    filtered events; the claimants with most points, at most ``max_series`` of them."""
    conds = [*flt.where(), ClaimRow.measure == measure, ClaimRow.value.is_not(None),
             ClaimRow.undisclosed.is_(False), EventRow.date.is_not(None)]
    query = (
        select(ClaimRow.claimant, EventRow.date, func.max(ClaimRow.value))
        .join(EventRow, EventRow.id == ClaimRow.event_id)
        .where(*conds)
        .group_by(ClaimRow.claimant, EventRow.date)
    )
    series: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    with store._session() as s:
        for claimant, day, value in s.execute(query):
            series[claimant].append((day, int(value)))
    kept = sorted(series, key=lambda k: (-len(series[k]), k))[:max_series]
    return {k: sorted(series[k]) for k in sorted(kept)}


def articles_page(store, limit: int, offset: int) -> tuple[list[ArticleInfo], int]:
    """Articles newest first (undated last), with their number of claims."""
    with store._session() as s:
        total = s.scalar(select(func.count()).select_from(ArticleRow)) or 0
        n = (select(ClaimRow.article_id, func.count().label("n")).group_by(ClaimRow.article_id)
             .subquery())
        query = (
            select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.published,
                   ArticleRow.url, func.coalesce(n.c.n, 0))
            .outerjoin(n, n.c.article_id == ArticleRow.id)
            .order_by(ArticleRow.published.is_(None), ArticleRow.published.desc(), ArticleRow.id)
            .limit(limit).offset(offset)
        )
        found = [ArticleInfo(*row) for row in s.execute(query)]
    return found, total


def article_info(store, ids: list[str]) -> dict[str, ArticleInfo]:
    """Title, outlet and date of some articles, by id."""
    if not ids:
        return {}
    with store._session() as s:
        query = select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.published,
                       ArticleRow.url).where(ArticleRow.id.in_(set(ids)))
        return {row[0]: ArticleInfo(*row) for row in s.execute(query)}


def claims_page(
    store,
    *,
    article: str | None = None,
    event: str | None = None,
    claimant: str | None = None,
    measure: str | None = None,
    ids: list[int] | None = None,
    limit: int,
    offset: int,
) -> tuple[list[Claim], int]:
    """Claims by article, event, claimant (a full code, or a three-letter side) or measure,
    ordered by event date then article and offset."""
    conds = []
    if article is not None:
        conds.append(ClaimRow.article_id == article)
    if event is not None:
        conds.append(ClaimRow.event_id == event)
    if claimant is not None:
        if len(claimant) <= 3:
            conds.append(or_(ClaimRow.claimant == claimant, ClaimRow.claimant.like(claimant + "%")))
        else:
            conds.append(ClaimRow.claimant == claimant)
    if measure is not None:
        conds.append(ClaimRow.measure == measure)
    if ids is not None:
        conds.append(ClaimRow.id.in_(ids))
    with store._session() as s:
        total = s.scalar(select(func.count()).select_from(ClaimRow).where(*conds)) or 0
        query = (
            select(ClaimRow).where(*conds)
            .order_by(ClaimRow.event_date.is_(None), ClaimRow.event_date, ClaimRow.article_id,
                      ClaimRow.span_start, ClaimRow.id)
            .limit(limit).offset(offset)
        )
        found = [convert.to_claim(r) for r in s.scalars(query)]
    return found, total


def claim(store, claim_id: int) -> Claim | None:
    with store._session() as s:
        row = s.get(ClaimRow, claim_id)
        return convert.to_claim(row) if row else None


def verdict_rows(
    store, *, verdicts: tuple[str, ...] | None = None, limit: int | None = None, offset: int = 0
) -> tuple[list[VerdictRowInfo], int]:
    """Verdicts with their events, by event date; only the given verdicts when asked."""
    conds = [VerdictRow.verdict.in_(verdicts)] if verdicts else []
    with store._session() as s:
        total = s.scalar(select(func.count()).select_from(VerdictRow).where(*conds)) or 0
        query = (
            select(VerdictRow, EventRow.type, EventRow.date, EventRow.parties)
            .join(EventRow, EventRow.id == VerdictRow.event_id)
            .where(*conds)
            .order_by(*_order(), VerdictRow.position)
        )
        if limit is not None:
            query = query.limit(limit).offset(offset)
        found = [
            VerdictRowInfo(v.event_id, etype, edate, tuple(parties or ()), convert.to_verdict(v))
            for v, etype, edate, parties in s.execute(query)
        ]
    return found, total


def disputed_event_ids(store, verdicts: tuple[str, ...]) -> list[str]:
    """Events with a row that may be disputed: a verdict in ``verdicts``, or a figure left
    undisclosed beside others (what ``sayso.resolve.disputes`` calls withheld)."""
    maybe_withheld = and_(VerdictRow.verdict != "undisclosed",
                          cast(VerdictRow.figures, Text).like("%true%"))
    query = (select(VerdictRow.event_id).distinct()
             .where(or_(VerdictRow.verdict.in_(verdicts), maybe_withheld)))
    with store._session() as s:
        return [eid for (eid,) in s.execute(query)]


def events_by_ids(store, ids: list[str]) -> list[Event]:
    """Some events with their claims and verdicts, read as plain rows (``Store.events_by_ids``)."""
    return store.events_by_ids(ids)


def event_ids_with_measure(store, measure: str) -> list[str]:
    """Events with a verdict row for ``measure``."""
    query = select(VerdictRow.event_id).distinct().where(VerdictRow.measure == measure)
    with store._session() as s:
        return [eid for (eid,) in s.execute(query)]
