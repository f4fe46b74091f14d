"""Feed state, seen GUIDs and near-duplicate signatures, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt

from store_factory import article

from sayso.dedupe import NearDuplicates, groups, near_copies
from sayso.store import Store
from sayso.store.feeds import FeedState, feed_state, mark_seen, save_feed_state, seen_guids

WIRE = (
    "Both sides released 84 prisoners of war on Monday after talks mediated by the Gulf state, "
    "officials said, in the fourth exchange this summer. The released men were taken to "
    "hospitals for checks, and their families were told to expect calls within days. "
)


def test_feed_state_round_trip(store: Store) -> None:
    url = "http://127.0.0.1/feed.xml"
    assert feed_state(store, url) == FeedState(url)
    when = dt.datetime(2025, 8, 1, 9, 30, tzinfo=dt.UTC)
    save_feed_state(store, FeedState(url, '"abc"', "Fri, 01 Aug 2025 09:00:00 GMT", when, None))
    got = feed_state(store, url)
    assert (got.etag, got.last_modified) == ('"abc"', "Fri, 01 Aug 2025 09:00:00 GMT")
    assert got.polled_at == when
    save_feed_state(store, FeedState(url, None, None, when, "HTTP 500"))
    assert feed_state(store, url).last_error == "HTTP 500"


def test_seen_guids_are_recorded_once(store: Store) -> None:
    url = "http://127.0.0.1/a.xml"
    mark_seen(store, url, {"g1": "art-1", "g2": None})
    mark_seen(store, url, {"g1": "art-1", "g3": "art-3"})
    assert seen_guids(store, url) == {"g1", "g2", "g3"}
    assert seen_guids(store, "http://127.0.0.1/other.xml") == set()


def test_near_duplicate_signatures_persist(store: Store) -> None:
    store.add_article(article(id="a", text=WIRE), [])
    store.add_article(article(id="b", text=WIRE.replace("Monday", "Monday evening")), [])
    store.add_article(article(id="c", text="An unrelated note about the weather " * 5), [])
    near = NearDuplicates(store)
    assert near.note("a", WIRE) is None
    assert near.note("b", WIRE.replace("Monday", "Monday evening")) == "a"
    assert near.note("c", "An unrelated note about the weather " * 5) is None
    assert near_copies(store) == {"b": "a"}
    # A fresh index is rebuilt from the stored signatures alone.
    again = NearDuplicates(store)
    assert set(again.sigs) == {"a", "b", "c"}
    assert again.match("z", again.sigs["b"])[0] in {"a", "b"}
    assert groups(store) == [["a", "b"]]
