"""How the sources of one event stand on each figure: one verdict per measure, direction, scope.

Independence is chain-aware: a source is the claimant, not the chain that carried it (Reuters
citing TASS citing the ministry is the ministry), and the same claimant in two articles counts
once. An article's own voice (``SELF``) is a source of its own (another outlet's voice, naming
no one, is a second source), except where it restates a figure that the same article attributes
to a named claimant. Syndicated copies of one wire story count once: ``sources`` maps an article
to the first article of its group of copies (verbatim, or near-duplicates found by MinHash, see
``sayso.dedupe``), and a group weighs as one article, the member that names most sources: a
lightly edited copy that drops an attribution, or words it otherwise, adds no source.

Among figures, the one both parties give weighs more than one that several outlets repeat from
one party: the best figure is the one with most parties (state claimants' sides) behind it,
then most independent sources; ``Verdict.sides`` names them.

Verdicts, first match wins:

- ``undisclosed``: every claim of the row leaves the number out.
- ``denied``: someone denies a figure of the row.
- ``contested``: two figures that cannot both be true (see :func:`compatible`), stated by opposed
  sides, or a plan that the outcome did not meet (the 95 listed, 90 freed). An ``undisclosed``
  claim never contests a figure; a breakdown (``scope``) is a row of its own and never contests
  the total.
- ``revised``: the figures that disagree come from the same side, or from neutral reporters (the
  article's own voice, wires), at different times: a toll being updated. The latest article's
  figure is the best one.
- ``corroborated``: compatible figures from two or more independent sources.
- ``single-source``: otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sayso.records import MEASURES, Claim, Event, Figure, Verdict

#: Whether a plan or forecast (``expects``) that the outcome does not meet makes a row
#: contested. The dev set wants it flagged (95 prisoners listed, 90 freed); a plan the outcome
#: meets (1,000 planned, 1,000 freed) is compatible either way.
FORECAST_CONTESTS = True

#: Role suffixes of state actor codes (FORMAT.md): ``RUSGOV``, ``UKRMIL``, ``TURINT``...
_STATE_ROLES = frozenset({"GOV", "MIL", "MED", "OMB", "INT"})

Published = Mapping[str, date | None]
#: Article id → the first article of its group of copies (absent: an article of its own).
Sources = Mapping[str, str]


def _interval(value: int, approx: str | None) -> tuple[int, int | None]:
    """The values a figure allows, in tenths (exact integers, so "about" needs no fractions):
    exact is a point, ``about`` ±10%, bounds are half-lines."""
    if approx == "about":
        return value * 9, value * 11
    if approx == "at_least":
        return value * 10, None
    if approx == "at_most":
        return 0, value * 10
    return value * 10, value * 10


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two figures can both be true: equal, or one's range holds the other.

    "about 1,200" fits 1,212; "more than two dozen" (at least 24) fits 27; "up to 90" fits 88.
    An undisclosed claim is compatible with everything.
    """
    if a.undisclosed or b.undisclosed or a.value is None or b.value is None:
        return True
    lo_a, hi_a = _interval(a.value, a.approx)
    lo_b, hi_b = _interval(b.value, b.approx)
    return (hi_a is None or lo_b <= hi_a) and (hi_b is None or lo_a <= hi_b)


def _is_state(claim: Claim) -> bool:
    """A state actor (``RUSGOV``, ``UKRMIL``), as opposed to ``SELF``, an outlet or an agency
    (``AFP``, ``RIA``, ``ICRC``). A bare three-letter code is a state only as a party of the
    figure itself, so that ``AFP`` or ``RIA`` never passes for one."""
    return is_state_code(claim.claimant, (claim.from_code, claim.to_code))


def is_state_code(code: str, parties: Iterable[str | None]) -> bool:
    """``RUSGOV``-like codes, or a bare country code that is one of ``parties``."""
    code = code.upper()
    if code == "SELF" or len(code) < 3 or not code[:3].isalpha():
        return False
    if len(code) == 3:
        return code in {(p or "")[:3].upper() for p in parties}
    return code[3:] in _STATE_ROLES


def _opposed(a: Claim, b: Claim) -> bool:
    """Two state actors of different sides: their disagreement is a contradiction."""
    return _is_state(a) and _is_state(b) and a.side != b.side


def _contradiction(a: Claim, b: Claim) -> bool:
    """Whether two incompatible figures contradict each other rather than update one another.

    Opposed sides contradict; so do two different named sides in one article (the White House's
    8 beside the Kremlin's 10). The rest (one side, or the article's voice and wires over time,
    "five dead earlier in the day", later nine) is a revision.
    """
    if _opposed(a, b):
        return True
    sides = {a.side, b.side}
    return a.article_id == b.article_id and len(sides) == 2 and "SELF" not in sides


def _article_order(article_id: str, published: Published | None) -> tuple[date, str]:
    when = published.get(article_id) if published else None
    return (when or date.min, article_id)


def _value_key(claim: Claim) -> tuple:
    """What makes two claims state the same figure."""
    if claim.undisclosed or claim.value is None:
        return (True, -1, "")
    return (False, claim.value, claim.approx or "")


def _voices(claims: list[Claim], group: str) -> set[str]:
    """One article's sources: its named claimants, else its own voice (``SELF@group``)."""
    named = {c.claimant for c in claims if c.claimant != "SELF"}
    return named or {f"SELF@{group}"}


def _independent(claims: Iterable[Claim], sources: Sources | None = None) -> set[str]:
    """The distinct sources behind the claims: claimants, each counted once, and the own
    voice of each group of copies whose articles name no one. A group of copies is one
    article: the member naming most sources (ties: the smallest id) stands for the group."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article_id, []).append(c)
    best: dict[str, tuple[int, str, set[str]]] = {}  # group -> (-size, article, voices)
    for article, group_claims in by_article.items():
        group = sources.get(article, article) if sources else article
        voices = _voices(group_claims, group)
        entry = (-len(voices), article, voices)
        if group not in best or entry[:2] < best[group][:2]:
            best[group] = entry
    return set().union(*(entry[2] for entry in best.values()))


def sides_of(claims: Iterable[Claim]) -> list[str]:
    """The parties behind claims: sides of the state actors among their claimants, sorted."""
    return sorted({c.side for c in claims if _is_state(c)})


def _weight(claims: list[Claim], sources: Sources | None = None) -> tuple[int, int]:
    """How much a figure's claimants weigh: parties first, then independent sources."""
    return (len(sides_of(claims)), len(_independent(claims, sources)))


def _best_group(claims: list[Claim], sources: Sources | None = None) -> list[Claim]:
    """The claims of the best-supported figure; ties: an exact one, then the largest."""
    by_value: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(_value_key(c), []).append(c)
    if not by_value:
        return []
    key = max(by_value, key=lambda k: (_weight(by_value[k], sources), k[2] == "", k[1]))
    return by_value[key]


def _best(claims: list[Claim], sources: Sources | None = None) -> int | None:
    """The best-supported figure (see ``_best_group``)."""
    group = _best_group(claims, sources)
    return group[0].value if group and not group[0].undisclosed else None


def _figures(claims: list[Claim]) -> list[Figure]:
    """One figure per distinct value; ``claimants[i]`` stated it with ``stances[i]``."""
    by_value: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(_value_key(c), []).append(c)
    figures = []
    for key in sorted(by_value):
        pairs = sorted({(c.claimant, c.stance) for c in by_value[key]})
        undisclosed, value, approx = key
        figures.append(
            Figure(
                value=None if undisclosed else value,
                approx=approx or None,
                undisclosed=undisclosed,
                claimants=[p[0] for p in pairs],
                stances=[p[1] for p in pairs],
            )
        )
    return figures


def _row_verdict(
    claims: list[Claim], published: Published | None, sources: Sources | None = None
) -> tuple[str, int | None, int | None, int | None]:
    """Verdict, low, best, high of one row's claims."""
    if all(c.undisclosed for c in claims):
        return "undisclosed", None, None, None
    valued = [c for c in claims if not c.undisclosed and c.value is not None]
    parts = breakdown_parts(valued)
    stated = [c for c in valued if c.stance != "denies" and id(c) not in parts]
    outcomes = [c for c in stated if c.stance != "expects"]
    plans = [c for c in stated if c.stance == "expects"]
    basis = outcomes or plans  # a plan alone (the 6,000 programme) still has its figure
    values = [c.value for c in basis]
    low = min(values) if values else None
    high = max(values) if values else None
    best = _best(basis, sources)

    if any(c.stance == "denies" for c in claims):
        return "denied", low, best, high

    contested = revised = False
    for i, a in enumerate(basis):
        for b in basis[i + 1 :]:
            if _value_key(a) == _value_key(b) or compatible(a, b):
                continue
            if _contradiction(a, b):
                contested = True
            else:
                revised = True
    if FORECAST_CONTESTS and outcomes and plans:
        for plan in plans:
            if not any(compatible(plan, o) for o in outcomes):
                contested = True
    if contested:
        return "contested", low, best, high
    if revised:
        latest = max(basis, key=lambda c: _article_order(c.article_id, published))
        newest = [c for c in basis if c.article_id == latest.article_id]
        return "revised", low, _best(newest, sources), high
    if len(_independent(basis, sources)) >= 2:
        return "corroborated", low, best, high
    return "single-source", low, best, high


#: The most sub-counts looked for in one breakdown ("270 soldiers and 120 civilians"), and
#: the most smaller figures of one article searched for them (the search is combinatorial).
_MAX_PARTS = 4
_MAX_SEARCH = 12


def breakdown_parts(claims: list[Claim]) -> set[int]:
    """``id()`` of the claims that are sub-counts of a total stated in the same article.

    The extractor marks a breakdown with ``scope`` where it sees one; where it does not, two to
    four smaller exact figures of one article that add up exactly to a larger figure of that
    article (270 + 120 = 390; 69 + 21 = 90) are its parts, not rival counts of the total; so is
    a smaller figure a side states after a larger one in the same article ("390 prisoners …
    including 120 civilians"; "337 drones … 91 over the Moscow region"). Two sides' figures in
    one article stay rivals (the White House's 8 beside the Kremlin's 10).
    """
    from itertools import combinations

    found: set[int] = set()
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        if c.value is not None and not c.undisclosed and c.approx is None:
            by_article.setdefault(c.article_id, []).append(c)
    for group in by_article.values():
        values = sorted({c.value for c in group})
        for total in values:
            smaller = [v for v in values if 0 < v < total]
            if len(smaller) > _MAX_SEARCH:  # a list of figures, not a breakdown: no search
                continue
            for n in range(2, min(_MAX_PARTS, len(smaller)) + 1):
                hits = [combo for combo in combinations(smaller, n) if sum(combo) == total]
                for combo in hits:
                    found |= {id(c) for c in group if c.value in combo}
        # The largest figure each side stated up to each offset: one pass in text order.
        told = sorted(
            (c for c in group if c.stance in ("asserts", "acknowledges")),
            key=lambda c: (c.span.start, -c.value),
        )
        largest: dict[str, int] = {}
        for c in told:
            if largest.get(c.side, -1) > c.value:
                found.add(id(c))
            largest[c.side] = max(largest.get(c.side, -1), c.value)
    return found


def _row_key(key: tuple) -> tuple:
    measure, from_code, to_code, scope = key
    rank = MEASURES.index(measure) if measure in MEASURES else len(MEASURES)
    return (rank, measure, from_code or "", to_code or "", scope is not None, scope or "")


def verdicts_for(
    claims: Event | Iterable[Claim],
    published: Published | None = None,
    sources: Sources | None = None,
) -> list[Verdict]:
    """One verdict per (measure, from, to, scope) of an event's claims (or of the event itself).

    ``published`` maps article ids to publication dates to find the latest of revised figures;
    without it, the article id order stands in. ``sources`` maps an article to the first of
    its group of copies (``Store.copy_groups``): a group counts once as a source.
    """
    members = claims.claims if isinstance(claims, Event) else list(claims)
    rows: dict[tuple, list[Claim]] = {}
    for c in members:
        rows.setdefault((c.measure, c.from_code, c.to_code, c.scope), []).append(c)
    verdicts = []
    for key in sorted(rows, key=_row_key):
        row = rows[key]
        verdict, low, best, high = _row_verdict(row, published, sources)
        measure, from_code, to_code, scope = key
        backing = [
            c
            for c in row
            if best is not None
            and c.value is not None
            and not c.undisclosed
            and c.stance in ("asserts", "acknowledges")
            and compatible(c, Claim(c.article_id, measure, from_code, to_code, best, c.span, ""))
        ]
        verdicts.append(
            Verdict(
                measure=measure,
                from_code=from_code,
                to_code=to_code,
                verdict=verdict,
                low=low,
                best=best,
                high=high,
                figures=_figures(row),
                scope=scope,
                sides=sides_of(backing),
            )
        )
    return verdicts
