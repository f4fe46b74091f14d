"""Full-text search (SQLite FTS5 / PostgreSQL tsvector) and the corrections table, on both
backends: the index follows inserts, updates and deletes."""

from __future__ import annotations

from store_factory import article, claim

from sayso.corrections import Correction
from sayso.store import Store
from sayso.store.corrected import add_correction, corrections
from sayso.store.search import HIT_END, HIT_START, search


def _ids(store: Store, query: str, kind: str = "articles") -> list:
    hits, total = search(store.engine, query, kind=kind, limit=10, offset=0)
    assert total == len(hits)
    return [h.claim_id if kind == "claims" else h.article_id for h in hits]


def test_search_follows_writes(store: Store) -> None:
    store.add_article(article("a1"), [claim("a1", 0, 40)])
    other = "Ukraine said its air defence shot down drones over Kharkiv overnight."
    store.add_article(article("a2", text=other, title="Drones downed", outlet="Harbour Post"),
                      [])
    assert _ids(store, "bodies soldiers") == ["a1"]
    assert _ids(store, "Harbour") == ["a2"]  # outlet and title are searched too
    assert _ids(store, "drones Kharkiv") == ["a2"]
    assert _ids(store, "bodies Kharkiv") == []  # every word must match
    assert _ids(store, '" OR * NEAR(') == []  # operators are not syntax: no error
    hits, _ = search(store.engine, "soldiers", kind="articles", limit=10, offset=0)
    assert HIT_START in hits[0].snippet and HIT_END in hits[0].snippet

    (claim_id,) = _ids(store, "Russia", "claims")
    assert claim_id == store.claims("a1")[0]._db_id

    new_text = "Russia said it handed over prisoners, and nothing else."
    store.add_article(article("a1", text=new_text), [])  # updated: claims replaced
    assert _ids(store, "soldiers") == []
    assert _ids(store, "prisoners") == ["a1"]
    assert _ids(store, "Russia", "claims") == []


def test_corrections_round_trip(store: Store) -> None:
    store.add_article(article("a1"), [claim("a1", 0, 40)])
    (c,) = store.claims("a1")
    saved = add_correction(store, Correction(
        article_id="a1", span=(0, 40), fact=c.fact_key, kind="fix",
        changes={"value": 1300}, author="me", reason="typo"))
    assert saved.id is not None and saved.created_at is not None
    (back,) = corrections(store, ["a1"])
    assert back.identity == ("a1", 0, 40, *c.fact_key)
    assert (back.kind, back.changes, back.author, back.reason) == ("fix", {"value": 1300},
                                                                   "me", "typo")
    assert back.created_at.tzinfo is not None
    assert corrections(store, ["other"]) == []
