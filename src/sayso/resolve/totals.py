"""Totals: a measure summed over a period, per claimant, with the events behind each sum.

Only dated events count (an umbrella or undated event would count its stages twice), and only
the row of the whole figure (no ``scope``: a breakdown is already in its total). For each event
a claimant's figure is what it states there, asserting or acknowledging (not a plan, not a
denial, not undisclosed); where it revised itself, its latest figure. Claimants are grouped by
party for state actors (``UKRGOV`` and ``UKRMIL`` are Ukraine: ``UKR``) and by code otherwise
(``SELF``, ``REUTERS``).

Sources state running totals themselves ("6,057 bodies returned since 1 June"). Such a claim
carries ``scope="total since YYYY-MM-DD"`` and the day it was stated as its event date; it sits
in its event as a row of its own (never summed) and each is checked against the sum this module
computes for the same claimant, measure, direction and period. The extractor does not produce
such claims yet; the mechanism is tested with constructed claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sayso.records import Claim, Event

from .verdicts import compatible, is_state_code

RUNNING_TOTAL = re.compile(r"^total since (\d{4}-\d{2}-\d{2})$")


def running_total_scope(since: date) -> str:
    """The ``scope`` of a claim that states a running total since ``since``."""
    return f"total since {since.isoformat()}"


def claimant_group(claim: Claim) -> str:
    """The party of a state claimant (``UKRMIL`` → ``UKR``), else the claimant's code."""
    if is_state_code(claim.claimant, (claim.from_code, claim.to_code)):
        return claim.claimant[:3].upper()
    return claim.claimant.upper()


def parse_direction(text: str | None) -> tuple[str, str] | None:
    """``RUS:UKR`` → (``RUS``, ``UKR``); None stays None."""
    if not text:
        return None
    parts = text.upper().split(":")
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"{text!r} is not a direction FROM:TO (e.g. RUS:UKR)")
    return parts[0], parts[1]


@dataclass
class Part:
    """One event's contribution to a sum."""

    event_id: str
    date: date
    value: int
    approx: str | None


@dataclass
class StatedTotal:
    """A running total a source stated, beside the sum of what it reported event by event."""

    claimant: str
    since: date
    as_of: date
    value: int
    approx: str | None
    computed: int
    matches: bool
    article_id: str
    quote: str


@dataclass
class Total:
    """The sum of one measure and direction over a period, as one claimant counts it."""

    measure: str
    from_code: str
    to_code: str
    claimant: str
    value: int
    parts: list[Part] = field(default_factory=list)
    stated: list[StatedTotal] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "measure": self.measure,
            "from": self.from_code,
            "to": self.to_code,
            "claimant": self.claimant,
            "value": self.value,
            "events": [
                {"id": p.event_id, "date": p.date.isoformat(), "value": p.value,
                 "approx": p.approx}
                for p in self.parts
            ],
            "stated": [
                {"claimant": s.claimant, "since": s.since.isoformat(),
                 "as_of": s.as_of.isoformat(), "value": s.value, "approx": s.approx,
                 "computed": s.computed, "matches": s.matches, "article": s.article_id,
                 "quote": s.quote}
                for s in self.stated
            ],
        }


def _order(claim: Claim, published: Mapping[str, date | None]) -> tuple:
    return (published.get(claim.article_id) or date.min, claim.article_id, claim.span.start)


def _figures(
    events: Iterable[Event], measure: str, published: Mapping[str, date | None]
) -> dict[tuple[str, str, str], list[Part]]:
    """Per (from, to, claimant group), one part per dated event: its latest stated figure."""
    found: dict[tuple[str, str, str], list[Part]] = {}
    for ev in events:
        if ev.date is None:
            continue
        latest: dict[tuple[str, str, str], Claim] = {}
        for c in ev.claims:
            if (
                c.measure != measure
                or c.scope is not None
                or c.undisclosed
                or c.value is None
                or c.stance not in ("asserts", "acknowledges")
                or not c.from_code
                or not c.to_code
            ):
                continue
            key = (c.from_code[:3].upper(), c.to_code[:3].upper(), claimant_group(c))
            if key not in latest or _order(c, published) > _order(latest[key], published):
                latest[key] = c
        for key, c in latest.items():
            found.setdefault(key, []).append(Part(ev.id, ev.date, c.value, c.approx))
    return found


def _within(parts: list[Part], since: date | None, until: date | None) -> list[Part]:
    kept = [p for p in parts if (since is None or p.date >= since)]
    kept = [p for p in kept if (until is None or p.date <= until)]
    return sorted(kept, key=lambda p: (p.date, p.event_id))


def _stated(events: Iterable[Event], measure: str) -> list[tuple[Claim, date]]:
    """Running-total claims of the measure, with the day each counts from."""
    out = []
    for ev in events:
        for c in ev.claims:
            m = RUNNING_TOTAL.match(c.scope or "")
            if m and c.measure == measure and c.value is not None and c.event_date is not None:
                out.append((c, date.fromisoformat(m.group(1))))
    return out


def totals(
    events: list[Event],
    measure: str,
    *,
    since: date | None = None,
    until: date | None = None,
    direction: tuple[str, str] | None = None,
    published: Mapping[str, date | None] | None = None,
) -> list[Total]:
    """Sums per (direction, claimant group) over [since, until], each with its events and the
    running totals its claimant stated within the period, checked against the sums."""
    published = published or {}
    figures = _figures(events, measure, published)
    stated = _stated(events, measure)
    keys = set(figures) | {
        ((c.from_code or "")[:3].upper(), (c.to_code or "")[:3].upper(), claimant_group(c))
        for c, _ in stated
    }
    result = []
    for key in sorted(keys):
        from_code, to_code, group = key
        if direction and (from_code, to_code) != direction:
            continue
        parts = _within(figures.get(key, []), since, until)
        total = Total(measure, from_code, to_code, group, sum(p.value for p in parts), parts)
        for claim, start in stated:
            if (claim.from_code or "")[:3].upper() != from_code:
                continue
            if (claim.to_code or "")[:3].upper() != to_code or claimant_group(claim) != group:
                continue
            as_of = claim.event_date
            if (since and as_of < since) or (until and as_of > until):
                continue
            computed = sum(p.value for p in _within(figures.get(key, []), start, as_of))
            probe = Claim(claim.article_id, measure, from_code, to_code, computed, claim.span, "")
            total.stated.append(
                StatedTotal(
                    claimant=claim.claimant,
                    since=start,
                    as_of=as_of,
                    value=claim.value,
                    approx=claim.approx,
                    computed=computed,
                    matches=compatible(claim, probe),
                    article_id=claim.article_id,
                    quote=claim.quote,
                )
            )
        if parts or total.stated:
            result.append(total)
    return result
