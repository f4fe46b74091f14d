"""Grouping claims into events, with ids that depend only on what the event is.

v1 is whole-set and deterministic: the claims are sorted by a total key before anything else,
so the same claims in any order give the same events, the same ids and the same verdicts.

Two steps:

1. Within an article, claims with the same :func:`event_key` (type, date and, for an air
   attack, the attacking side) are one report of one event.
2. Across articles, reports of the same type, date (``None`` == ``None``: an umbrella or undated
   event) and attacker merge when the parties of one are a subset of the parties of the other:
   an article that only mentions ``RUS→UKR`` joins the ``RUS``/``UKR`` event; the Kremlin's
   ``RUS``/``WST`` report of Ankara joins a wire's ``DEU``/``RUS``/``USA``/``WST`` one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sayso.records import EVENT_TYPE_OF_MEASURE, Claim, Event

from .verdicts import verdicts_for

#: Measures whose ``from`` is the attacker (launched at ``to``, or ``to``'s people hit by ``from``).
_ATTACK_BY_FROM = frozenset({"drones_launched", "missiles_launched", "killed", "wounded"})
#: Measures whose ``to`` is the attacker (``from`` is the defender that shot them down).
_ATTACK_BY_TO = frozenset({"drones_downed", "missiles_downed"})
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2}


def _country(code: str | None) -> str | None:
    """The party part of an actor or direction code: its first three letters."""
    return code[:3].upper() if code else None


def event_type_of(claim: Claim) -> str:
    """The claim's event type, falling back to its measure's type when the extractor left none."""
    return claim.event_type or EVENT_TYPE_OF_MEASURE.get(claim.measure, "unknown")


def attacker_of(claim: Claim) -> str | None:
    """For an air attack, the side that attacked: attacks in opposite directions the same night
    are two events (FORMAT.md), though their party sets are the same."""
    if event_type_of(claim) != "air_attack":
        return None
    if claim.measure in _ATTACK_BY_FROM:
        return _country(claim.from_code)
    if claim.measure in _ATTACK_BY_TO:
        return _country(claim.to_code)
    return None


def event_key(claim: Claim) -> tuple:
    """What claims of one event share within an article: (type, date, attacker).

    ``date`` is an ISO string or ``None`` (undated / umbrella); ``attacker`` is ``None`` except
    for air attacks. Across articles the parties decide, see the module docstring.
    """
    when = claim.event_date.isoformat() if claim.event_date else None
    return (event_type_of(claim), when, attacker_of(claim))


def claim_sort_key(claim: Claim) -> tuple:
    """A total order over claims, so that nothing depends on the order they came in."""
    return (
        claim.article_id,
        claim.span.start,
        claim.span.end,
        claim.measure,
        claim.from_code or "",
        claim.to_code or "",
        claim.claimant,
        claim.undisclosed,
        -1 if claim.value is None else claim.value,
        claim.approx or "",
        claim.stance,
        claim.scope or "",
        tuple(claim.via),
        event_type_of(claim),
        claim.event_date.isoformat() if claim.event_date else "",
        claim.date_precision or "",
        claim.hedged,
        claim.quote,
        claim.claimant_name or "",
        claim.confidence,
    )


def parties_of(claims: Iterable[Claim]) -> tuple[str, ...]:
    """Sorted country parts of the claims' directions (``WST`` is a party like any other)."""
    found = {p for c in claims for p in (_country(c.from_code), _country(c.to_code)) if p}
    return tuple(sorted(found))


def event_id(
    type_: str, when: date | None, parties: Iterable[str], attacker: str | None = None
) -> str:
    """Readable id made only of what the event is, so it survives a rebuild:
    ``remains_repatriation-2025-06-14-RUS-UKR``, ``prisoner_exchange-undated-ISR-PSE``,
    ``air_attack-2025-06-23-RUS-UKR-by-RUS``."""
    parts = [type_, when.isoformat() if when else "undated", *parties]
    if attacker:
        parts += ["by", attacker]
    return "-".join(parts)


@dataclass
class _Report:
    """One article's claims about one event."""

    key: tuple
    claims: list[Claim]
    parties: frozenset[str]


@dataclass
class _Cluster:
    type: str
    when: date | None
    attacker: str | None
    parties: frozenset[str]
    claims: list[Claim] = field(default_factory=list)

    def accepts(self, report: _Report) -> bool:
        """Same type, date and attacker (an unknown attacker fits any), parties a subset."""
        type_, _, attacker = report.key
        when = report.claims[0].event_date
        return (
            type_ == self.type
            and when == self.when
            and (attacker is None or attacker == self.attacker)
            and report.parties <= self.parties
        )


def _reports(claims: list[Claim]) -> list[_Report]:
    """Per article, the claims grouped by event key (claims are already sorted)."""
    groups: dict[tuple[str, tuple], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.article_id, event_key(claim)), []).append(claim)
    # An air-attack claim with no attacker (no direction given) joins its article's only attack
    # of that type and date; with none or several it stays a report of its own.
    for (article, key), group in list(groups.items()):
        if key[2] is not None or key[0] != "air_attack":
            continue
        homes = [k for k in groups if k[0] == article and k[1][:2] == key[:2] and k[1][2]]
        if len(homes) == 1:
            groups[homes[0]].extend(group)
            del groups[(article, key)]
    return [
        _Report(key=key, claims=group, parties=frozenset(parties_of(group)))
        for (_, key), group in groups.items()
    ]


def resolve_events(
    claims: list[Claim], published: Mapping[str, date | None] | None = None
) -> list[Event]:
    """Group claims into events, set every ``claim.event_id`` and compute the verdicts.

    ``published`` maps an article id to its publication date; verdicts use it to tell which of
    a side's figures is the latest (a revised toll). Without it, article id order stands in.
    Events come out sorted by date (undated last), type and id.
    """
    ordered = sorted(claims, key=claim_sort_key)
    reports = _reports(ordered)
    # Widest reports first, so that narrower ones find the event they belong to; reports with a
    # known attacker before those without. Ties break on the sorted parties and the key.
    reports.sort(
        key=lambda r: (
            r.key[2] is None,
            -len(r.parties),
            tuple(sorted(r.parties)),
            tuple("" if k is None else k for k in r.key),
            claim_sort_key(r.claims[0]),
        )
    )
    clusters: list[_Cluster] = []
    by_day: dict[tuple, list[_Cluster]] = {}  # (type, date) -> its clusters, to look in fewer
    for report in reports:
        day = report.key[:2]
        homes = [c for c in by_day.get(day, ()) if c.accepts(report)]
        if homes:
            # Several wider events could take it: the biggest, then the narrowest, then by id.
            home = min(
                homes,
                key=lambda c: (-len(c.claims), len(c.parties), _cluster_id(c)),
            )
        else:
            type_, _, attacker = report.key
            home = _Cluster(type_, report.claims[0].event_date, attacker, report.parties)
            clusters.append(home)
            by_day.setdefault(day, []).append(home)
        home.claims.extend(report.claims)

    events = [_event_of(c, published) for c in clusters]
    events.sort(key=lambda e: (e.date is None, e.date or date.min, e.type, e.id))
    return events


def _cluster_id(cluster: _Cluster) -> str:
    return event_id(cluster.type, cluster.when, sorted(cluster.parties), cluster.attacker)


def _event_of(cluster: _Cluster, published: Mapping[str, date | None] | None) -> Event:
    members = sorted(cluster.claims, key=claim_sort_key)
    eid = _cluster_id(cluster)
    for claim in members:
        claim.event_id = eid
    return Event(
        id=eid,
        type=cluster.type,
        date=cluster.when,
        parties=tuple(sorted(cluster.parties)),
        date_precision=_precision(members) if cluster.when else None,
        claims=members,
        verdicts=verdicts_for(members, published),
    )


def _precision(claims: list[Claim]) -> str | None:
    """The most common date precision among the claims; ties go to the finer one."""
    counts = Counter(c.date_precision for c in claims if c.date_precision)
    if not counts:
        return None
    return min(counts, key=lambda p: (-counts[p], _PRECISION_RANK.get(p, 9), p))
