"""Events: save/replace, verdicts, claims' event ids, order, and failure safety."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from store_factory import article, bare_claim, claim, event, verdict

from sayso.store import Store


@pytest.fixture
def stored(store: Store) -> Store:
    """Two articles with three claims each."""
    store.add_article(article("a1"), [claim("a1"), claim("a1", 30, 40), bare_claim("a1")])
    store.add_article(
        article("a2"), [claim("a2"), claim("a2", 30, 40, measure="killed"), bare_claim("a2")]
    )
    return store


def labelled(claims, event_id):
    return [replace(c, event_id=event_id) for c in claims]


def test_events_round_trip(stored: Store) -> None:
    a1, a2 = stored.claims("a1"), stored.claims("a2")
    # A claim without _db_id (as fresh from extraction) is found by content.
    fresh = replace(a2[0])
    assert not hasattr(fresh, "_db_id")
    e_june = event(
        "e-june",
        day=date(2025, 6, 14),
        claims=[a1[0], fresh],
        verdicts=[verdict(), verdict("killed", "contested")],
    )
    e_undated = event("e-undated", "prisoner_exchange", claims=[a1[1], a2[1]])
    e_may_talks = event("e-may-b", "talks", day=date(2025, 5, 1))
    e_may_air = event(
        "e-may-c",
        "air_attack",
        day=date(2025, 5, 1),
        claims=[a2[2]],
        verdicts=[verdict("killed", "single-source")],
    )
    stored.save_events([e_undated, e_june, e_may_talks, e_may_air])

    got = stored.events()
    assert [e.id for e in got] == ["e-may-c", "e-may-b", "e-june", "e-undated"]
    june = got[2]
    assert june.type == "remains_repatriation"
    assert june.date == date(2025, 6, 14) and june.date_precision == "day"
    assert june.parties == ("RUS", "UKR")
    assert june.verdicts == e_june.verdicts
    assert june.claims == labelled([a1[0], a2[0]], "e-june")
    assert got[3].claims == labelled([a1[1], a2[1]], "e-undated")
    assert got[3].date is None and got[3].verdicts == []
    assert got[1].claims == [] and got[1].verdicts == []

    assert stored.event("e-june") == june
    assert stored.event("missing") is None
    assert stored.counts() == {"articles": 2, "claims": 6, "events": 4}

    by_event = {(c.article_id, c.span.start, c.measure): c.event_id for c in stored.claims()}
    assert by_event == {
        ("a1", 0, "remains_returned"): "e-june",
        ("a1", 30, "remains_returned"): None,
        ("a1", 5, "prisoners_released"): "e-undated",
        ("a2", 0, "remains_returned"): "e-june",
        ("a2", 30, "killed"): "e-may-c",
        ("a2", 5, "prisoners_released"): "e-undated",
    }


    # some of them by id, in chunks, as the disputes and totals pages read them: the same
    # events, in the same order, as the whole store gives
    some = stored.events_by_ids(["e-undated", "e-june", "e-may-c", "no-such-event"], chunk=2)
    assert some == [e for e in got if e.id in ("e-may-c", "e-june", "e-undated")]
    assert stored.events_by_ids([]) == []

def test_save_events_replaces_everything(stored: Store) -> None:
    a1 = stored.claims("a1")
    stored.save_events([event("old", claims=[a1[0], a1[1]], verdicts=[verdict()])])
    stored.save_events([event("new", claims=[a1[1]])])
    assert [e.id for e in stored.events()] == ["new"]
    assert stored.event("old") is None
    assert [c.event_id for c in stored.claims("a1")] == [None, "new", None]
    stored.save_events([])
    assert stored.events() == []
    assert all(c.event_id is None for c in stored.claims())


def test_stale_db_id_falls_back_to_content(stored: Store) -> None:
    stale = stored.claims("a1")[0]
    stale._db_id = stored.claims("a2")[1]._db_id  # points at another claim's row
    stored.save_events([event("e", claims=[stale])])
    assert [c.event_id for c in stored.claims("a1")] == ["e", None, None]
    assert all(c.event_id is None for c in stored.claims("a2"))


def test_identical_claims_get_distinct_rows(store: Store) -> None:
    twins = [claim(), claim()]
    store.add_article(article(), twins)
    fresh = [replace(c) for c in twins]  # no _db_id: matched by content, one row each
    store.save_events([event("e1", claims=[fresh[0]]), event("e2", claims=[fresh[1]])])
    assert sorted(c.event_id for c in store.claims()) == ["e1", "e2"]


def test_claim_in_two_events_stays_in_the_first(stored: Store) -> None:
    c = stored.claims("a1")[0]
    stored.save_events([event("e1", claims=[c]), event("e2", claims=[c])])
    assert stored.event("e1").claims == labelled([c], "e1")
    assert stored.event("e2").claims == []


def test_unknown_claim_changes_nothing(stored: Store) -> None:
    a1 = stored.claims("a1")
    stored.save_events([event("kept", claims=[a1[0]], verdicts=[verdict()])])
    before = stored.events()
    with pytest.raises(ValueError, match="not in the store"):
        stored.save_events([event("new", claims=[a1[1], claim("a1", 99, 100)])])
    assert stored.events() == before


def test_duplicate_event_ids_change_nothing(stored: Store) -> None:
    stored.save_events([event("kept")])
    with pytest.raises(ValueError, match="dup"):
        stored.save_events([event("dup"), event("dup")])
    assert [e.id for e in stored.events()] == ["kept"]


def test_updating_an_article_unlinks_its_claims(stored: Store) -> None:
    stored.save_events([event("e", claims=stored.claims())])
    stored.add_article(article("a1", text="Rewritten."), [])
    assert {c.article_id for c in stored.event("e").claims} == {"a2"}


def test_many_claims(store: Store) -> None:
    """Bulk paths: 2,000 claims over 200 articles into 100 events."""
    for n in range(200):
        aid = f"art{n:03d}"
        store.add_article(article(aid, text=f"text {n}"), [claim(aid, i, i + 5) for i in range(10)])
    claims = store.claims()
    events = [event(f"e{k:03d}", claims=claims[k::100]) for k in range(100)]
    store.save_events(events)
    assert store.counts() == {"articles": 200, "claims": 2000, "events": 100}
    assert sum(len(e.claims) for e in store.events()) == 2000
    assert len(store.event("e007").claims) == 20
