"""Reading resolved events: filtering them, and listing the figures the sources dispute.

A figure is disputed when its verdict is ``contested`` or ``denied``, or when one party gives a
number and an opposed party's statement leaves it out (``withheld``: Russia's ministry claims the
strike but gives no count beside Ukraine's 352). Revisions, roundings, breakdowns against totals
and plans met by their outcome are not disputes: the verdicts already tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date

from sayso.records import Event, Figure, Verdict

from .verdicts import is_state_code

DISPUTED = ("contested", "denied")


def _side(code: str) -> str:
    return code[:3].upper()


def filter_events(
    events: Iterable[Event],
    *,
    type_: str | None = None,
    party: str | None = None,
    since: date | None = None,
    until: date | None = None,
    verdict: str | None = None,
) -> list[Event]:
    """Events of a type, with a party (a country code; ``RUSMIL`` counts as ``RUS``), dated
    within [since, until] (an undated event is outside any range), with a row of a verdict."""
    found = []
    for ev in events:
        if type_ and ev.type != type_:
            continue
        if party and _side(party) not in {_side(p) for p in ev.parties}:
            continue
        if (since or until) and ev.date is None:
            continue
        if since and ev.date < since or until and ev.date > until:
            continue
        if verdict and all(v.verdict != verdict for v in ev.verdicts):
            continue
        found.append(ev)
    return found


@dataclass
class Dispute:
    """One disputed row of an event: who says what about one measure and direction."""

    event_id: str
    event_type: str
    date: date | None
    measure: str
    from_code: str | None
    to_code: str | None
    scope: str | None
    kind: str  # contested, denied or withheld
    verdict: str
    low: int | None
    best: int | None
    high: int | None
    figures: list[Figure] = field(default_factory=list)
    latest: date | None = None  # the newest article stating the row

    @property
    def claimants(self) -> list[str]:
        return sorted({c for f in self.figures for c in f.claimants})

    def as_dict(self) -> dict:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        d["latest"] = self.latest.isoformat() if self.latest else None
        d["claimants"] = self.claimants
        return d


def _withheld(verdict: Verdict) -> bool:
    """A party gave a number that an opposed party's statement left out."""
    parties = (verdict.from_code, verdict.to_code)
    given, silent = set(), set()
    for f in verdict.figures:
        for code, stance in zip(f.claimants, f.stances, strict=True):
            if is_state_code(code, parties) and stance != "denies":
                (silent if f.undisclosed else given).add(_side(code))
    return bool(given) and bool(silent - given)


def disputes(events: Iterable[Event], published: Mapping[str, date | None]) -> list[Dispute]:
    """Every contested, denied or withheld figure, newest first (the event's date, else its
    newest article's), then by event id and row."""
    found: list[tuple[tuple, Dispute]] = []
    for ev in events:
        for row, v in enumerate(ev.verdicts):
            if v.verdict in DISPUTED:
                kind = v.verdict
            elif v.verdict != "undisclosed" and _withheld(v):
                kind = "withheld"
            else:
                continue
            claims = [
                c
                for c in ev.claims
                if (c.measure, c.from_code, c.to_code, c.scope)
                == (v.measure, v.from_code, v.to_code, v.scope)
            ]
            dates = [d for c in claims if (d := published.get(c.article_id))]
            latest = max(dates) if dates else None
            item = Dispute(
                event_id=ev.id,
                event_type=ev.type,
                date=ev.date,
                measure=v.measure,
                from_code=v.from_code,
                to_code=v.to_code,
                scope=v.scope,
                kind=kind,
                verdict=v.verdict,
                low=v.low,
                best=v.best,
                high=v.high,
                figures=list(v.figures),
                latest=latest,
            )
            when = ev.date or latest or date.min
            found.append(((-when.toordinal(), ev.id, row), item))
    found.sort(key=lambda pair: pair[0])
    return [d for _, d in found]


__all__ = ["DISPUTED", "Dispute", "disputes", "filter_events"]
