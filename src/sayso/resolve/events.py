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

Before step 1, an article's undated figures that are about the exchange it dates (a breakdown,
a list "slated for release in the first round") join that exchange's report, while a deal's
plan or total, a running total and another exchange stay undated (:func:`_attach_undated`,
reading :mod:`.signals`). Reports that name different mediators ("brokered by the UAE" / "by
Qatar") are not merged in step 2 or 3; a report split off that way takes an id ending in
``-via-`` and its mediators. All of it is decided within one article or one block, so the
blocking of :mod:`sayso.resolve.incremental` still finds every candidate.

The *day* of a claim (:func:`day_key`) is its event date, or for an umbrella or undated claim
``undated-YYYY-MM``, the month its article came out: a deal's plan and its total are reported in
the weeks around it, and a store that spans years must not fold every undated mention of a pair
of parties into one event. Step 1 and 2 never look across days, and step 3 only at
neighbouring days through shared figures; :mod:`sayso.resolve.incremental` relies on that.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sayso.records import EVENT_TYPE_OF_MEASURE, Claim, Event

from .signals import mediators, place_marks, stage_marks, whole_marks, words
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
    mediators: frozenset[str] = frozenset()


@dataclass
class _Cluster:
    type: str
    when: date | None
    day: str
    attacker: str | None
    parties: frozenset[str]
    claims: list[Claim] = field(default_factory=list)
    days: tuple[str, ...] = ()  # every day its reports carry (several once step 3 merged)
    mediators: set[str] = field(default_factory=set)  # the states its reports say brokered it
    tag: str = ""  # for an event split off by its mediator: the mediators, to keep ids apart

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

    def vetoes(self, report: Report) -> bool:
        """Both name who brokered it, and no mediator is common: two events."""
        return _disagree(self.mediators, report.mediators)


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
    return [
        Report(
            key=key,
            claims=group,
            parties=frozenset(parties_of(group)),
            mediators=mediators_of(group),
        )
        for (_, key), group in groups.items()
    ]


def settle_dates(claims: list[Claim], published: Mapping[str, date | None] | None = None) -> None:
    """Date the undated claims that are about an exchange their own article dates (in place).

    Decided per article, from that article's claims alone, before anything is stored: an undated
    breakdown joins its total (the article's only dated report of that type stating the same
    row unscoped), and :func:`_attach_undated` places a list "for the first round", a figure
    "later in the night" and the like. Such a claim takes its home report's date and precision.
    Doing this at extraction, not when events are grouped, keeps grouping local: incremental
    resolution re-groups only some of an article's claims, and a choice between the article's
    dated reports must not depend on which of them happen to be re-grouped.
    """
    by_article: dict[str, list[Claim]] = {}
    for claim in sorted(claims, key=claim_sort_key):
        by_article.setdefault(claim.article_id, []).append(claim)
    for article_claims in by_article.values():
        groups: dict[tuple[str, tuple], list[Claim]] = {}
        for claim in article_claims:
            groups.setdefault((claim.article_id, event_key(claim, published)), []).append(claim)
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
        _attach_undated(groups, published)
        for (_, key), group in groups.items():
            if key[1].startswith(UNDATED):
                continue
            home = next((c for c in group if c.event_date is not None), None)
            for claim in group:
                if claim.event_date is None and home is not None:
                    claim.event_date, claim.date_precision = home.event_date, home.date_precision


def mediators_of(claims: Iterable[Claim]) -> frozenset[str]:
    """The states the claims' quotes say brokered, mediated or hosted the event."""
    return frozenset().union(*(mediators(c.quote) for c in claims))


def _disagree(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two reports naming mediators, none in common ("brokered by the UAE" / "by Turkey")."""
    a, b = set(a), set(b)
    return bool(a and b and not a & b)


#: A figure within this share of the dated one is the same count told again (a list of 95
#: against 90 freed, "about 1,200" against 1,212), not a total over more stages.
_NEAR = 0.1
#: Quotes this close (a space, a comma) are parts of one statement.
_ABUT = 3


def _attach_undated(
    groups: dict[tuple[str, tuple], list[Claim]], published: Mapping[str, date | None] | None
) -> None:
    """Step 0: an undated figure of an article that is about the exchange the article dates
    joins that exchange; a whole deal, a running total or another exchange stays undated.

    An article often dates its event once and then goes on without the date: a breakdown ("270
    servicemen and 120 civilians were among those who crossed"), a list "slated for release in
    the first round", "Israel was expected to free 90 later in the night". Such a claim joins
    the article's dated report of its type and parties when nothing says it is something else:
    its quote carries no :func:`~.signals.whole_marks`, and the dated report gives no other
    figure for the same row (a figure well apart from the day's is a total, a plan for more, or
    another exchange — unless the quote names one stage, :func:`~.signals.stage_marks`, or
    is a smaller count placed below the state, :func:`~.signals.place_marks`), nor names
    another mediator. The directions of one statement ("10 in exchange for 4") go
    together. With several dated reports to choose from, the one stating the claim's row
    decides, then text similarity (shared content words).
    Everything is decided within one article, so incremental resolution sees the same.
    """
    by_article: dict[str, list[tuple]] = {}
    for article, key in groups:
        by_article.setdefault(article, []).append(key)
    for article, keys in sorted(by_article.items()):
        dated = {k: list(groups[(article, k)]) for k in keys if not k[1].startswith(UNDATED)}
        if not dated:
            continue
        when = published.get(article) if published else None
        for key in sorted(k for k in keys if k[1].startswith(UNDATED)):
            homes = [
                k for k in sorted(dated, key=str)
                if k[0] == key[0] and (key[2] is None or k[2] in (None, key[2]))
            ]
            if not homes:
                continue
            group = groups[(article, key)]
            told: dict[tuple, set[int]] = {}
            for h in homes:
                for row, values in _dated_rows(dated[h]).items():
                    told.setdefault(row, set()).update(values)
            apart = _apart(
                group, told, when.year if when else None, when.month if when else None
            )
            stay: list[Claim] = []
            for claim in group:
                home = None if id(claim) in apart else _home_of(claim, homes, dated)
                if home is None:
                    stay.append(claim)
                else:
                    groups[(article, home)].append(claim)
            if stay:
                groups[(article, key)] = stay
            else:
                del groups[(article, key)]


def _row(claim: Claim) -> tuple:
    return (claim.measure, (claim.from_code or "").upper(), (claim.to_code or "").upper())


def _dated_rows(claims: list[Claim]) -> dict[tuple, set[int]]:
    """Per row, the exact figures a dated report states for the whole (no scope), outcomes
    and forecasts for that day alike."""
    rows: dict[tuple, set[int]] = {}
    for c in claims:
        if (
            c.value is not None
            and not c.undisclosed
            and c.scope is None
            and c.approx is None
            and c.stance != "denies"
        ):
            rows.setdefault(_row(c), set()).add(c.value)
    return rows


def _apart(
    group: list[Claim], told: dict[tuple, set[int]], year: int | None, month: int | None = None
) -> set[int]:
    """The ids of the undated claims that are not about the dated exchange (see above). A
    figure its own words place in a past year, or in a named month other than the report's
    ("6,297 drones in July" in August), counts that stretch, not the day reported."""
    apart: set[int] = set()
    for c in group:
        if whole_marks(c.quote, year) or c.date_precision == "year" or c.date_precision in (
            "week", "month"
        ) and (_EARLIER.search(c.quote) or _other_month(c.quote, month)):
            apart.add(id(c))
        elif stage_marks(c.quote) or c.scope is not None or c.value is None or c.undisclosed:
            continue
        elif _row(c) in told and not any(_near(c.value, v) for v in told[_row(c)]):
            if c.value < min(told[_row(c)]) and place_marks(c.quote):
                continue  # a count by place below the day's total: a breakdown, unscoped
            apart.add(id(c))
    # The directions of one statement go together: a claim whose quote overlaps or abuts a
    # kept-apart one's ("sent ten agents home | in exchange for four") is kept apart too.
    grew = True
    while grew:
        grew = False
        for c in group:
            if id(c) not in apart and any(
                id(o) in apart
                and c.span.start < o.span.end + _ABUT
                and o.span.start < c.span.end + _ABUT
                for o in group
            ):
                apart.add(id(c))
                grew = True
    return apart


#: "received 757 bodies last week": a figure its own clause places in an earlier week or month
#: than the report's is another exchange, not the day's.
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_IN_MONTH = re.compile(
    r"\b(?:in|during|over|throughout)\s+(" + "|".join(_MONTH_NAMES) + r")\b", re.I
)


def _other_month(quote: str, month: int | None) -> bool:
    """Whether the quote counts over a named month other than the report's ("in July")."""
    m = _IN_MONTH.search(quote)
    return m is not None and month is not None and (
        _MONTH_NAMES.index(m.group(1).lower()) + 1 != month
    )


_EARLIER = re.compile(r"\b(?:last|previous|past)\s+(?:week|month)\b", re.I)


def _near(a: int, b: int) -> bool:
    return abs(a - b) <= _NEAR * max(a, b)


def _home_of(claim: Claim, homes: list[tuple], dated: dict[tuple, list[Claim]]) -> tuple | None:
    """The dated report of the article an undated claim belongs to, or None when unclear."""
    mine = set(parties_of([claim]))
    brokers = mediators(claim.quote)
    fit = [
        h for h in homes
        if _within(mine, frozenset(parties_of(dated[h])))
        and not _disagree(brokers, mediators_of(dated[h]))
    ]
    if len(fit) > 1:
        stating = [h for h in fit if _row(claim) in _dated_rows(dated[h])]
        fit = stating or fit
    if len(fit) > 1:
        mine_words = words(claim.quote)
        scores = {h: len(mine_words & words(" ".join(c.quote for c in dated[h]))) for h in fit}
        best = max(scores.values())
        fit = [h for h in fit if scores[h] == best] if best else fit
    return fit[0] if len(fit) == 1 else None


def _within(parties: set[str], of: frozenset[str]) -> bool:
    """Each party is one of ``of``, or a member of a bloc that is (``DEU`` within ``WST``)."""
    return all(p in of or _bloc(p) in of for p in parties)


def _bloc(country: str) -> str | None:
    from sayso.extract.lexicon import lexicon

    return lexicon().bloc_of(country)


def resolve_events(
    claims: list[Claim],
    published: Mapping[str, date | None] | None = None,
    sources: Mapping[str, str] | None = None,
) -> list[Event]:
    """Group claims into events, set every ``claim.event_id`` and compute the verdicts.

    ``published`` maps an article id to its publication date; verdicts use it to tell which of
    a side's figures is the latest (a revised toll). Without it, article id order stands in.
    ``sources`` maps an article to the first of its group of copies (``Store.copy_groups``):
    verdicts count a group once as a source.
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
        fits = [c for c in by_day.get(day, ()) if c.accepts(report)]
        homes = [c for c in fits if not c.vetoes(report)]
        if homes:
            # Several wider events could take it: the biggest, then the narrowest, then by id.
            home = min(
                homes,
                key=lambda c: (-len(c.claims), len(c.parties), _cluster_id(c)),
            )
        else:
            type_, day_, attacker = report.key
            when = next((c.event_date for c in report.claims if c.event_date), None)
            home = _Cluster(type_, when, day_, attacker, report.parties)
            if fits:  # an event of its own only because its mediator differs
                home.tag = "-".join(sorted(report.mediators))
            clusters.append(home)
            by_day.setdefault(day, []).append(home)
        home.claims.extend(report.claims)
        home.mediators |= report.mediators

    events = [_event_of(c, published, sources) for c in _link_days(clusters)]
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
    if a.attacker != b.attacker or a.tag or b.tag:
        return False
    if _disagree(mediators_of(a.claims), mediators_of(b.claims)):
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
    eid = event_id(cluster.type, cluster.day, sorted(cluster.parties), cluster.attacker)
    return f"{eid}-via-{cluster.tag}" if cluster.tag else eid


def _event_of(
    cluster: _Cluster,
    published: Mapping[str, date | None] | None,
    sources: Mapping[str, str] | None = None,
) -> Event:
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
        verdicts=verdicts_for(members, published, sources),
        block=(cluster.type, *cluster.days),
    )


def _precision(claims: list[Claim]) -> str | None:
    """The most common date precision among the claims; ties go to the finer one."""
    counts = Counter(c.date_precision for c in claims if c.date_precision)
    if not counts:
        return None
    return min(counts, key=lambda p: (-counts[p], _PRECISION_RANK.get(p, 9), p))
