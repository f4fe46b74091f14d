"""Groups of copies (verbatim and near) as resolution reads them, and the bulk read of events."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from store_factory import article, bare_claim, claim, event, rekeyed, verdict

from sayso.store import Store, convert
from sayso.store.schema import ClaimRow, EventRow, SignatureRow, VerdictRow


def _near(store: Store, copy: str, head: str | None) -> None:
    """A signature row as ``sayso.dedupe`` writes it (the signature's bytes do not matter)."""
    with store._session.begin() as s:
        s.add(SignatureRow(article_id=copy, signature=b"\0" * 8, near_copy_of=head))


def test_copy_groups_follow_verbatim_and_near_links(store: Store) -> None:
    wire = [claim("wire")]
    store.add_article(article("wire"), wire)
    store.add_article(article("mirror"), rekeyed(wire, "mirror"), copy_of="wire")  # verbatim
    store.add_article(article("edited", text="An edited copy."), [])
    store.add_article(article("edited-mirror", text="An edited copy."), [], copy_of="edited")
    store.add_article(article("other", text="Another story."), [])
    _near(store, "wire", None)
    _near(store, "edited", "wire")  # found by MinHash
    _near(store, "other", None)
    assert store.copy_groups() == {
        "mirror": "wire", "edited": "wire", "edited-mirror": "wire",
    }
    # For some articles only, following the links beyond them.
    assert store.copy_groups({"edited-mirror", "other"}) == {"edited-mirror": "wire"}
    assert store.copy_groups(set()) == {}


def test_a_verbatim_link_beats_a_stale_near_one(store: Store) -> None:
    """An article re-ingested as a verbatim copy of another keeps its old signature row."""
    store.add_article(article("a", text="First text."), [])
    store.add_article(article("b", text="Second text."), [])
    store.add_article(article("c", text="Second text."), [], copy_of="b")
    _near(store, "c", "a")
    assert store.copy_groups() == {"c": "b"}
    assert store.copy_groups({"c"}) == {"c": "b"}


def _orm_events(store: Store) -> list:
    """Store.events() as it read before the bulk path: one ORM object per row."""
    with store._session() as s:
        verdicts_of, claims_of = defaultdict(list), defaultdict(list)
        query = select(VerdictRow).order_by(VerdictRow.event_id, VerdictRow.position)
        for v in s.scalars(query):
            verdicts_of[v.event_id].append(convert.to_verdict(v))
        for c in s.scalars(select(ClaimRow).where(ClaimRow.event_id.is_not(None))):
            claims_of[c.event_id].append(convert.to_claim(c))
        found = [
            convert.to_event(
                r, sorted(claims_of[r.id], key=convert.claim_order), verdicts_of[r.id]
            )
            for r in s.scalars(select(EventRow))
        ]
    return sorted(found, key=convert.event_order)


def test_bulk_read_gives_what_the_orm_rows_give(store: Store) -> None:
    store.add_article(article("a1"), [claim("a1"), claim("a1", 30, 40, via=[]), bare_claim("a1")])
    store.add_article(article("a2"), [claim("a2", claimant_span=None, approx=None)])
    a1, a2 = store.claims("a1"), store.claims("a2")
    plain = replace(verdict("killed", "single-source"), sides=["RUS"], figures=[])
    store.save_events([
        event("e1", day=date(2025, 6, 14), claims=[a1[0], a2[0]], verdicts=[verdict(), plain]),
        event("e2", "prisoner_exchange", claims=[a1[1], a1[2]]),
        replace(event("e3", "talks"), parties=()),
    ])
    got = store.events()
    assert got == _orm_events(store)
    ids = [[getattr(c, convert.DB_ID) for c in ev.claims] for ev in got]
    assert ids == [[getattr(c, convert.DB_ID) for c in ev.claims] for ev in _orm_events(store)]
    assert [store.event(ev.id) for ev in got] == got
    assert store.claims() == sorted(
        [*store.claims("a1"), *store.claims("a2")], key=convert.claim_order
    )
    # Lists read back are the reader's own: changing one changes no other record.
    got[0].claims[0].via.append("AP")
    assert store.events()[0].claims[0].via == a1[0].via


def test_claims_read_back_share_values_but_keep_their_types(store: Store) -> None:
    """A bulk read shares one object per distinct value (a copy's quotes, spans and codes)
    without turning a float into an int that equals it (1.0 == 1)."""
    wire = [claim("wire", value=1, confidence=1.0), claim("wire", 20, 40, value=1200)]
    store.add_article(article("wire"), wire)
    store.add_article(article("mirror"), rekeyed(wire, "mirror"), copy_of="wire")
    loaded = store.claims()
    by_article = defaultdict(list)
    for c in loaded:
        by_article[c.article_id].append(c)
    for a, b in zip(by_article["wire"], by_article["mirror"], strict=True):
        assert a.span == b.span and a.span is b.span and a.quote is b.quote
        assert a.claimant_span is b.claimant_span
    assert {type(c.confidence) for c in loaded} == {float}
    assert {type(c.value) for c in loaded} == {int}
    assert [(c.value, c.confidence) for c in by_article["wire"]] == [(1, 1.0), (1200, 0.875)]
