"""The bulk-read blocking index (``BlockIndex``) answers as the whole index read at once and
searched by hand does, and the lean ingest writes (signature with the article, claims in bulk)
keep the store as it was."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from store_factory import article, claim

from sayso.resolve import resolve_events
from sayso.store import Store
from sayso.store.schema import EventBlockRow, EventFigureRow, SignatureRow

PARTIES = [("RUS", "UKR"), ("UKR", "RUS"), ("RUS", None), ("USA", "RUS"), (None, None)]
MEASURES = [
    ("remains_returned", "remains_repatriation"),
    ("prisoners_released", "prisoner_exchange"),
]
DAY0 = date(2025, 3, 10)


def _filled(store: Store, seed: int) -> None:
    """Articles with random claims (parties, figures, days, undated ones), resolved."""
    rng = random.Random(seed)
    for a in range(8):
        claims = []
        for i in range(rng.randint(1, 5)):
            measure, kind = rng.choice(MEASURES)
            from_code, to_code = rng.choice(PARTIES)
            when = rng.choice([None, *(DAY0 + timedelta(days=d) for d in (0, 1, 2, 5))])
            claims.append(
                claim(
                    f"b{seed}-{a}", i * 30, i * 30 + 20, measure=measure, event_type=kind,
                    from_code=from_code, to_code=to_code, value=rng.choice([None, 7, 40]),
                    event_date=when, date_precision="day" if when else None,
                    claimant=rng.choice(["RUSGOV", "UKRGOV", "REUTERS"]),
                    approx=rng.choice([None, None, "about"]), scope=None,  # exact: days link
                )
            )
        published = DAY0 + timedelta(days=a % 3)
        store.add_article(article(f"b{seed}-{a}", published=published), claims)
    published = {x.id: x.published for x in store.articles()}
    store.save_events(resolve_events(store.claims(), published))


def test_block_index_answers_as_the_whole_index_read_at_once(store: Store) -> None:
    for seed in range(3):
        _filled(store, seed)
        index = store.block_index()
        blocks, figure_rows = _all_rows(store, EventBlockRow), _all_rows(store, EventFigureRow)
        days = [(DAY0 + timedelta(days=d)).isoformat() for d in range(-1, 7)]
        days += ["undated", "undated-2025-03", "undated-2025-04"]
        figures = {row[3] for row in figure_rows} | {"nothing|RUS|UKR|1"}
        rng = random.Random(seed)
        for _, kind in MEASURES:
            for day in days:
                for parties in ({"RUS", "UKR"}, {"USA"}, {"RUS"}, set(), {"XXX"}):
                    assert index.candidate_events(kind, day, parties) == _candidates(
                        blocks, kind, day, parties
                    )
                wanted = set(rng.sample(sorted(figures), k=min(3, len(figures))))
                assert index.linked_events(kind, day, wanted) == {
                    ev for ev, t, d, f in figure_rows if (t, d) == (kind, day) and f in wanted
                }
                assert index.linked_events(kind, day, set()) == set()
        events = [e.id for e in store.events()]
        assert events
        for _ in range(10):
            some = set(rng.sample(events, k=rng.randint(1, len(events))))
            assert index.blocks_of(some) == _blocks_of(blocks, figure_rows, some)
        index.load([("prisoner_exchange", d) for d in days])  # a second load reads nothing new
        assert index.blocks_of(set(events)) == _blocks_of(blocks, figure_rows, set(events))


def _all_rows(store: Store, table) -> list[tuple]:
    """Every (event id, type, day, party or figure) row of one table of the blocking index."""
    value = table.party if table is EventBlockRow else table.figure
    with store._session() as s:
        return [tuple(r) for r in s.execute(select(table.event_id, table.type, table.day, value))]


def _candidates(blocks: list[tuple], type_: str, day: str, parties: set[str]) -> set[str]:
    """The events of block (type, day) a report with ``parties`` could join: those sharing a
    party with it, closed over shared parties; the whole block where a party is ``""``."""
    in_block = [(ev, p) for ev, t, d, p in blocks if (t, d) == (type_, day)]
    wanted = set(parties) if parties else {""}
    found: set[str] = set()
    while True:
        if "" in wanted:
            found |= {ev for ev, _ in in_block}
            reached = {p for _, p in in_block}
        else:
            found |= {ev for ev, p in in_block if p in wanted | {""}}
            reached = {p for ev, _, _, p in blocks if ev in found}
        if reached <= wanted:
            return found
        wanted |= reached


def _blocks_of(blocks: list[tuple], figure_rows: list[tuple], events: set[str]) -> list[tuple]:
    """(type, day, parties, figures) of each day of these events, in (event, day) order."""
    by_day: dict[tuple, tuple] = {}
    for ev, t, d, p in blocks:
        if ev in events:
            by_day.setdefault((ev, d), (t, d, set(), set()))[2].add(p)
    for ev, t, d, f in figure_rows:
        if ev in events:
            by_day.setdefault((ev, d), (t, d, set(), set()))[3].add(f)
    return [by_day[k] for k in sorted(by_day)]


def test_claims_of_articles_is_claims_of_each_in_id_order(store: Store) -> None:
    _filled(store, 7)
    ids = ["b7-5", "b7-0", "b7-3", "nope"]
    assert store.claims_of_articles(ids) == [
        c for a in sorted(ids) for c in store.claims(a)
    ]
    assert store.claims_of_articles([]) == []


def _signature(article_id: str, near: str | None = None) -> dict:
    return {"article_id": article_id, "signature": b"\x01\x02", "near_copy_of": near,
            "similarity": 0.75 if near else None}


def _signatures(store: Store) -> list[tuple]:
    from sqlalchemy import select

    with store._session() as s:
        return sorted(tuple(r) for r in s.execute(select(
            SignatureRow.article_id, SignatureRow.signature, SignatureRow.near_copy_of
        )))


def test_a_signature_is_stored_with_its_article(store: Store) -> None:
    assert store.add_article(article("s1"), [claim("s1")], signature=_signature("s1")) == "added"
    assert store.add_article(
        article("s2"), [claim("s2")], signature=_signature("s2", "s1")
    ) == "added"
    assert _signatures(store) == [("s1", b"\x01\x02", None), ("s2", b"\x01\x02", "s1")]
    # Unchanged: nothing written, the stored signature stays.
    assert store.add_article(
        article("s2"), [claim("s2")], signature=_signature("s2")
    ) == "unchanged"
    assert _signatures(store)[1] == ("s2", b"\x01\x02", "s1")
    # Updated: the new signature replaces the old one, in the same transaction.
    changed = article("s2", text="Another text entirely, with its own words.")
    assert store.add_article(changed, [], signature=_signature("s2")) == "updated"
    assert _signatures(store) == [("s1", b"\x01\x02", None), ("s2", b"\x01\x02", None)]
    assert store.content_hash_of("s2") == changed.content_hash
    assert store.original_by_hash(changed.content_hash) == "s2"
    assert store.content_hash_of("nope") is None and store.original_by_hash("0" * 64) is None


def test_a_failed_add_stores_no_signature(store: Store) -> None:
    bad = [claim("s3"), claim("s3", -1, 3)]  # a negative span breaks a constraint mid-insert
    with pytest.raises(IntegrityError):
        store.add_article(article("s3"), bad, signature=_signature("s3"))
    assert store.get_article("s3") is None
    assert _signatures(store) == []


def test_bulk_inserted_claims_learn_their_row_ids_in_order(store: Store) -> None:
    claims = [claim("r1", i * 10, i * 10 + 5, value=i) for i in range(40)]
    store.add_article(article("r1"), claims)
    stored = {c._db_id: c.value for c in store.claims("r1")}
    assert {c._db_id: c.value for c in claims} == stored
