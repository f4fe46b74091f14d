"""Grouping claims into events, with ids that depend only on what the event is.

v1 is whole-set and deterministic: the claims are sorted by a total key before anything else,
so the same claims in any order give the same events, the same ids and the same verdicts.

Two steps:

1. Within an article, claims with the same :func:`event_key` (type, date and, for an air
   attack, the attacking side) are one report of one event.
2. Across articles, reports of the same type, day and attacker merge when the parties of one are
   a subset of the parties of the other: an article that only mentions ``RUS→UKR`` joins the
   ``RUS``/``UKR`` event; the Kremlin's ``RUS``/``WST`` report of Ankara joins a wire's
   ``DEU``/``RUS``/``USA``/``WST`` one.

3. Across neighbouring days, two events of the same type and attacker whose parties nest and
   that share an exact figure (the same measure, direction and number, stated as an outcome)
   are one event told with a date off by one: a release "early Monday" after Sunday's
   exchange, an overnight attack dated by its evening. The merged event takes the day of the
   part most articles report (then most claims, then the earlier day).

The *day* of a claim (:func:`day_key`) is its event date, or for an umbrella or undated claim
``undated-YYYY-MM``, the month its article came out: a deal's plan and its total are reported in
the weeks around it, and a store that spans years must not fold every undated mention of a pair
of parties into one event. Step 1 and 2 never look across days, and step 3 only at
neighbouring days through shared figures; :mod:`sayso.resolve.incremental` relies on that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sayso.records import EVENT_TYPE_OF_MEASURE, Claim, Event

from .verdicts import breakdown_parts, is_state_code, verdicts_for

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


UNDATED = "undated"


def day_key(claim: Claim, published: Mapping[str, date | None] | None = None) -> str:
    """The claim's day for grouping: its ISO event date, else ``undated-YYYY-MM`` from its
    article's publication month, else ``undated`` (no date known at all)."""
    if claim.event_date:
        return claim.event_date.isoformat()
    when = published.get(claim.article_id) if published else None
    return f"{UNDATED}-{when:%Y-%m}" if when else UNDATED


def event_key(claim: Claim, published: Mapping[str, date | None] | None = None) -> tuple:
    """What claims of one event share within an article: (type, day, attacker).

    ``day`` is :func:`day_key`; ``attacker`` is ``None`` except for air attacks. Across articles
    the parties decide, see the module docstring.
    """
    return (event_type_of(claim), day_key(claim, published), attacker_of(claim))


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
    type_: str, when: date | str | None, parties: Iterable[str], attacker: str | None = None
) -> str:
    """Readable id made only of what the event is, so it survives a rebuild:
    ``remains_repatriation-2025-06-14-RUS-UKR``, ``prisoner_exchange-undated-2025-01-ISR-PSE``
    (``when`` may be a :func:`day_key`), ``air_attack-2025-06-23-RUS-UKR-by-RUS``."""
    if isinstance(when, date):
        when = when.isoformat()
    parts = [type_, when or UNDATED, *parties]
    if attacker:
        parts += ["by", attacker]
    return "-".join(parts)


@dataclass
class Report:
    """One article's claims about one event."""

    key: tuple
    claims: list[Claim]
    parties: frozenset[str]


@dataclass
class _Cluster:
    type: str
    when: date | None
    day: str
    attacker: str | None
    parties: frozenset[str]
    claims: list[Claim] = field(default_factory=list)
    days: tuple[str, ...] = ()  # every day its reports carry (several once step 3 merged)

    def __post_init__(self) -> None:
        if not self.days:
            self.days = (self.day,)

    def accepts(self, report: Report) -> bool:
        """Same type, date and attacker (an unknown attacker fits any), parties a subset."""
        type_, day, attacker = report.key
        return (
            type_ == self.type
            and day == self.day
            and (attacker is None or attacker == self.attacker)
            and report.parties <= self.parties
        )


def reports(
    claims: list[Claim], published: Mapping[str, date | None] | None = None
) -> list[Report]:
    """Per article, the claims grouped by event key (claims are already sorted)."""
    groups: dict[tuple[str, tuple], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.article_id, event_key(claim, published)), []).append(claim)
    # An air-attack claim with no attacker (no direction given) joins its article's only attack
    # of that type and date; with none or several it stays a report of its own.
    for (article, key), group in list(groups.items()):
        if key[2] is not None or key[0] != "air_attack":
            continue
        homes = [k for k in groups if k[0] == article and k[1][:2] == key[:2] and k[1][2]]
        if len(homes) == 1:
            groups[homes[0]].extend(group)
            del groups[(article, key)]
    # An undated breakdown ("91 over the Moscow region", no date in its sentence) belongs with
    # its total: the article's only dated report of that type with an unscoped claim of the
    # same measure and direction.
    for (article, key), group in list(groups.items()):
        if not key[1].startswith(UNDATED) or any(c.scope is None for c in group):
            continue
        rows = {(c.measure, c.from_code, c.to_code) for c in group}
        homes = [
            k for k, g in groups.items()
            if k[0] == article and k[1][0] == key[0] and not k[1][1].startswith(UNDATED)
            and (key[2] is None or k[1][2] in (None, key[2]))
            and any(c.scope is None and (c.measure, c.from_code, c.to_code) in rows for c in g)
        ]
        if len(homes) == 1:
            groups[homes[0]].extend(group)
            del groups[(article, key)]
    return [
        Report(key=key, claims=group, parties=frozenset(parties_of(group)))
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
    found = reports(ordered, published)
    # Widest reports first, so that narrower ones find the event they belong to; reports with a
    # known attacker before those without. Ties break on the sorted parties and the key.
    found.sort(
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
    for report in found:
        day = report.key[:2]
        homes = [c for c in by_day.get(day, ()) if c.accepts(report)]
        if homes:
            # Several wider events could take it: the biggest, then the narrowest, then by id.
            home = min(
                homes,
                key=lambda c: (-len(c.claims), len(c.parties), _cluster_id(c)),
            )
        else:
            type_, day_, attacker = report.key
            when = report.claims[0].event_date
            home = _Cluster(type_, when, day_, attacker, report.parties)
            clusters.append(home)
            by_day.setdefault(day, []).append(home)
        home.claims.extend(report.claims)

    events = [_event_of(c, published) for c in _link_days(clusters)]
    events.sort(key=lambda e: (e.date is None, e.date or date.min, e.type, e.id))
    return events


def figure_keys(claims: Iterable[Claim]) -> set[str]:
    """The exact outcome figures of dated claims, as ``measure|from|to|value`` strings: what
    links the reports of one event dated a day apart (and what the blocking index stores)."""
    return {
        f"{c.measure}|{(c.from_code or '').upper()}|{(c.to_code or '').upper()}|{c.value}"
        for c in claims
        if c.event_date is not None
        and c.value
        and not c.undisclosed
        and c.approx is None
        and c.scope is None
        and c.stance in ("asserts", "acknowledges")
    }


def _linked(a: _Cluster, b: _Cluster) -> bool:
    """Step 3: neighbouring days, same type and attacker, nested parties, a shared figure."""
    if a.type != b.type or a.when is None or b.when is None or abs((a.when - b.when).days) != 1:
        return False
    if a.attacker != b.attacker:
        return False
    if not (a.parties <= b.parties or b.parties <= a.parties):
        return False
    if not figure_keys(a.claims) & figure_keys(b.claims):
        return False
    # A party that gives other figures for a row on one day than on the other is telling two
    # events (the stages of a deal), not one event misdated.
    told_a, told_b = _told(a.claims), _told(b.claims)
    return all(told_a[k] == told_b[k] for k in told_a.keys() & told_b.keys())


def _told(claims: list[Claim]) -> dict[tuple, set[int]]:
    """Per (row, state party), the exact outcome figures it states (breakdowns left out)."""
    parts = breakdown_parts(claims)
    told: dict[tuple, set[int]] = {}
    for c in claims:
        if (
            id(c) in parts
            or c.value is None
            or c.undisclosed
            or c.approx is not None
            or c.scope is not None
            or c.stance not in ("asserts", "acknowledges")
            or not is_state_code(c.claimant, (c.from_code, c.to_code))
        ):
            continue
        key = (c.measure, c.from_code, c.to_code, c.side)
        told.setdefault(key, set()).add(c.value)
    return told


def _link_days(clusters: list[_Cluster]) -> list[_Cluster]:
    """Merge the day clusters that step 3 links (transitively) into the best-reported one."""
    dated = sorted((c for c in clusters if c.when is not None), key=_cluster_id)
    by_day: dict[tuple, list[_Cluster]] = {}
    for c in dated:
        by_day.setdefault((c.type, c.when), []).append(c)
    root = {id(c): c for c in dated}

    def find(c: _Cluster) -> _Cluster:
        while root[id(c)] is not c:
            c = root[id(c)]
        return c

    for a in dated:
        for b in by_day.get((a.type, a.when + timedelta(days=1)), ()):
            if _linked(a, b):
                ra, rb = find(a), find(b)
                if ra is not rb:
                    root[id(rb)] = ra
    groups: dict[int, list[_Cluster]] = {}
    for c in dated:
        groups.setdefault(id(find(c)), []).append(c)
    merged = [c for c in clusters if c.when is None]
    taken = {_cluster_id(c) for c in clusters}
    for group in groups.values():
        if len(group) == 1:
            merged.append(group[0])
            continue
        anchor = max(
            group,
            key=lambda c: (
                len({x.article_id for x in c.claims}),
                len(c.claims),
                -c.when.toordinal(),
                _cluster_id(c),
            ),
        )
        union = _Cluster(
            anchor.type, anchor.when, anchor.day, anchor.attacker,
            frozenset().union(*(c.parties for c in group)),
            [x for c in group for x in c.claims],
            days=tuple(sorted({d for c in group for d in c.days})),
        )
        if _cluster_id(union) != _cluster_id(anchor) and _cluster_id(union) in taken:
            merged.extend(group)  # its id would be another event's: leave them apart
            continue
        merged.append(union)
    return merged


def _cluster_id(cluster: _Cluster) -> str:
    return event_id(cluster.type, cluster.day, sorted(cluster.parties), cluster.attacker)


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
        block=(cluster.type, *cluster.days),
    )


def _precision(claims: list[Claim]) -> str | None:
    """The most common date precision among the claims; ties go to the finer one."""
    counts = Counter(c.date_precision for c in claims if c.date_precision)
    if not counts:
        return None
    return min(counts, key=lambda p: (-counts[p], _PRECISION_RANK.get(p, 9), p))
