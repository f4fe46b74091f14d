"""What each page shows, as plain data: the HTML templates and the JSON twins both render it.

Every function takes the app's ``Ledger`` and validated parameters, reads through the ledger
(corrections applied) and the store's paged queries, and returns dicts of records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sayso import corrections as fixes
from sayso.ledger import Ledger, prediction
from sayso.records import EVENT_TYPES, MEASURES, VERDICTS, Claim, Event, Verdict
from sayso.store import browse, search
from sayso.store.corrected import corrections as stored_corrections
from sayso.store.corrected import count as count_corrections
from sayso.web import chart
from sayso.web.highlight import pieces
from sayso.wording import event_title


class BadRequest(ValueError):
    """A filter or parameter the user must fix: answered 400 with this message."""


class NotFound(LookupError):
    """No such event, article, claim, actor or job: answered 404 with this message."""


@dataclass
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def info(self, total: int) -> dict:
        pages = max(1, -(-total // self.per_page))
        return {"page": self.page, "per_page": self.per_page, "total": total, "pages": pages}


def claim_record(c: Claim) -> dict:
    """A claim as the API and JSON twins give it: its prediction record, its row id, and its
    corrections (``wrong`` when the latest says it is wrong)."""
    rec = prediction(c)
    rec["id"] = getattr(c, "_db_id", None)
    rec["corrections"] = fixes.export_note(c)
    rec["wrong"] = fixes.wrong(c)
    return rec


def verdict_record(v: Verdict) -> dict:
    return {
        "measure": v.measure, "from": v.from_code, "to": v.to_code, "scope": v.scope,
        "verdict": v.verdict, "low": v.low, "best": v.best, "high": v.high,
        "figures": [f.__dict__ for f in v.figures],
    }


def event_record(ev: Event, claims: int | None = None) -> dict:
    rec = {
        "id": ev.id, "type": ev.type, "date": ev.date.isoformat() if ev.date else None,
        "date_precision": ev.date_precision, "parties": list(ev.parties),
        "title": event_title(ev), "verdicts": [verdict_record(v) for v in ev.verdicts],
    }
    if claims is not None:
        rec["claims"] = claims
    return rec


def article_record(a: browse.ArticleInfo) -> dict:
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url,
            "published": a.published.isoformat() if a.published else None, "claims": a.claims}


def side_classes(claims: list[Claim]) -> dict[str, int]:
    """A colour number per claimant side on a page, in order of first appearance."""
    found: dict[str, int] = {}
    for c in claims:
        found.setdefault(c.side, len(found) % 6)
    return found


# -- parameters --------------------------------------------------------------------------------


def parse_date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def event_filter(type: str | None, party: str | None, verdict: str | None,
                 since: str | None, until: str | None) -> browse.EventFilter:
    """The timeline's filters, checked: an unknown value is a 400 with the values allowed."""
    if type and type not in EVENT_TYPES:
        raise BadRequest(f"type: unknown event type {type!r} (one of {', '.join(EVENT_TYPES)})")
    if verdict and verdict not in VERDICTS:
        raise BadRequest(f"verdict: unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
    if party and not (party.isalnum() and party.isupper() and len(party) <= 12):
        raise BadRequest(f"party: {party!r} is not an actor code such as RUS")
    flt = browse.EventFilter(type or None, party or None, verdict or None,
                             parse_date(since, "since"), parse_date(until, "until"))
    if flt.since and flt.until and flt.since > flt.until:
        raise BadRequest("since: the start date is after the end date")
    return flt


# -- pages ---------------------------------------------------------------------------------


def timeline(ledger: Ledger, flt: browse.EventFilter, measure: str | None,
             paging: Paging) -> dict:
    """A page of events with their verdicts, the filter values, and the chart's series."""
    if measure and measure not in MEASURES:
        raise BadRequest(f"measure: unknown measure {measure!r} (one of {', '.join(MEASURES)})")
    store = ledger.store
    events, total = browse.events_page(store, flt, paging.per_page, paging.offset)
    counts = browse.claim_counts(store, [e.id for e in events])
    facets = browse.facets(store)
    if not measure:
        measure = next((v.measure for e in events for v in e.verdicts if v.best is not None),
                       facets["measure"][0] if facets["measure"] else None)
    series = browse.chart_points(store, flt, measure) if measure else {}
    return {
        "events": [event_record(e, counts.get(e.id, 0)) for e in events],
        "paging": paging.info(total),
        "filters": {"type": flt.type, "party": flt.party, "verdict": flt.verdict,
                    "since": flt.since.isoformat() if flt.since else None,
                    "until": flt.until.isoformat() if flt.until else None, "measure": measure},
        "facets": facets,
        "chart": {"measure": measure,
                  "series": {k: [[d.isoformat(), v] for d, v in pts] for k, pts in series.items()}},
        "_svg": chart.svg(series, measure) if measure else "",
    }


def _rows(ev: Event) -> list[dict]:
    """The event's claims grouped by measure, direction and scope, each with its verdict."""
    groups: dict[tuple, list[Claim]] = {}
    for c in ev.claims:
        groups.setdefault((c.measure, c.from_code, c.to_code, c.scope), []).append(c)
    verdicts = {(v.measure, v.from_code, v.to_code, v.scope): v for v in ev.verdicts}
    keys = list(verdicts) + [k for k in groups if k not in verdicts]
    return [
        {"measure": k[0], "from": k[1], "to": k[2], "scope": k[3],
         "verdict": verdicts.get(k), "claims": groups.get(k, [])}
        for k in keys
    ]


def event(ledger: Ledger, event_id: str) -> dict:
    ev = ledger.event(event_id)
    if ev is None:
        raise NotFound(f"no event {event_id!r}")
    info = browse.article_info(ledger.store, [c.article_id for c in ev.claims])
    rows = _rows(ev)
    return {
        "event": {**event_record(ev), "claims": [claim_record(c) for c in ev.claims]},
        "articles": {k: article_record(a) for k, a in info.items()},
        "_event": ev, "_rows": rows, "_info": info, "_sides": side_classes(ev.claims),
    }


def article(ledger: Ledger, article_id: str, selected: int | None) -> dict:
    found = ledger.store.get_article(article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r}")
    claims = ledger.claims(article_id)
    chosen = next((c for c in claims if getattr(c, "_db_id", None) == selected), None)
    return {
        "article": {
            "id": found.id, "title": found.title, "outlet": found.outlet, "url": found.url,
            "published": found.published.isoformat() if found.published else None,
            "language": found.language, "notes": list(found.notes), "text": found.text,
        },
        "claims": [claim_record(c) for c in claims],
        "selected": claim_record(chosen) if chosen else None,
        "_claims": claims, "_pieces": pieces(found.text, claims), "_chosen": chosen,
        "_chosen_index": claims.index(chosen) if chosen is not None else -1,
        "_sides": side_classes(claims),
    }


def articles(ledger: Ledger, paging: Paging) -> dict:
    found, total = browse.articles_page(ledger.store, paging.per_page, paging.offset)
    return {"articles": [article_record(a) for a in found], "paging": paging.info(total)}


def claim(ledger: Ledger, claim_id: int) -> dict:
    raw = browse.claim(ledger.store, claim_id)
    if raw is None:
        raise NotFound(f"no claim {claim_id}")
    (c,) = ledger.corrected([raw])
    info = browse.article_info(ledger.store, [c.article_id])
    return {"claim": claim_record(c), "_claim": c, "_article": info.get(c.article_id),
            "_raw": raw}


def claims(ledger: Ledger, paging: Paging, *, article: str | None = None,
           event: str | None = None, claimant: str | None = None,
           measure: str | None = None) -> dict:
    if measure and measure not in MEASURES:
        raise BadRequest(f"measure: unknown measure {measure!r} (one of {', '.join(MEASURES)})")
    found, total = browse.claims_page(ledger.store, article=article, event=event,
                                      claimant=claimant, measure=measure,
                                      limit=paging.per_page, offset=paging.offset)
    found = ledger.corrected(found)
    return {"claims": [claim_record(c) for c in found], "paging": paging.info(total),
            "_claims": found}


def actor(ledger: Ledger, code: str, paging: Paging) -> dict:
    code = code.upper()
    if not code.replace("_", "").isalnum():
        raise BadRequest(f"{code!r} is not an actor code")
    data = claims(ledger, paging, claimant=code)
    if not data["paging"]["total"]:
        raise NotFound(f"no claims by {code!r}")
    info = browse.article_info(ledger.store, [c.article_id for c in data["_claims"]])
    return {"actor": code, **data, "_info": info}


def disputes(ledger: Ledger, paging: Paging) -> dict:
    """The contested, denied and withheld figures, newest first: ``sayso.resolve.disputes``
    (as ``Ledger.disputes``) over only the events that can hold one, so that a big store is
    not loaded whole."""
    from sayso.resolve.disputes import DISPUTED
    from sayso.resolve.disputes import disputes as find

    ids = browse.disputed_event_ids(ledger.store, DISPUTED)
    events = browse.events_by_ids(ledger.store, ids)
    if corrections := ledger.corrections():
        for ev in events:
            ev.claims = fixes.apply(ev.claims, corrections)
    found = find(events, ledger.published_of(events))
    page = found[paging.offset : paging.offset + paging.per_page]
    return {"disputes": [d.as_dict() for d in page], "paging": paging.info(len(found)),
            "_rows": page}


def totals(ledger: Ledger, measure: str | None, since: str | None = None,
           until: str | None = None, direction: str | None = None) -> dict:
    """Per measure, direction and claimant, the sum over events (``sayso.resolve.totals``);
    every measure when none is asked for."""
    from sayso.resolve.totals import parse_direction
    from sayso.resolve.totals import totals as sums

    if measure and measure not in MEASURES:
        raise BadRequest(f"measure: unknown measure {measure!r} (one of {', '.join(MEASURES)})")
    first, last = parse_date(since, "since"), parse_date(until, "until")
    try:
        way = parse_direction(direction)
    except ValueError as exc:
        raise BadRequest(f"direction: {exc}") from None
    corrections = ledger.corrections()
    found = []
    for m in [measure] if measure else MEASURES:
        # Only the events with a row of the measure: a big store is not loaded whole.
        events = browse.events_by_ids(ledger.store, browse.event_ids_with_measure(ledger.store, m))
        if corrections:
            for ev in events:
                ev.claims = fixes.apply(ev.claims, corrections)
        found += sums(events, m, since=first, until=last, direction=way,
                      published=ledger.published_of(events))
    return {"totals": [t.as_dict() for t in found], "measure": measure,
            "since": since, "until": until, "direction": direction}


def search_page(ledger: Ledger, q: str, kind: str, paging: Paging) -> dict:
    if kind not in ("articles", "claims"):
        raise BadRequest("in: search 'articles' or 'claims'")
    if len(q) > 500:
        raise BadRequest("q: a query is at most 500 characters")
    hits, total = search.search(ledger.store.engine, q, kind=kind, limit=paging.per_page,
                                offset=paging.offset)
    info = browse.article_info(ledger.store, [h.article_id for h in hits])
    return {
        "q": q, "in": kind, "words": search.words(q),
        "results": [
            {"article": h.article_id, "claim": h.claim_id,
             "title": info[h.article_id].title if h.article_id in info else None,
             "snippet": h.snippet.replace(search.HIT_START, "").replace(search.HIT_END, "")}
            for h in hits
        ],
        "paging": paging.info(total),
        "_hits": hits, "_info": info,
    }


def corrections_page(ledger: Ledger, paging: Paging) -> dict:
    found = stored_corrections(ledger.store, limit=paging.per_page, offset=paging.offset)
    return {"corrections": [c.as_dict() for c in found],
            "paging": paging.info(count_corrections(ledger.store))}


def public(data: dict) -> dict:
    """The JSON twin of a page: everything but the template-only keys (``_…``)."""
    return {k: v for k, v in data.items() if not k.startswith("_")}
