"""Articles and claims: round trips, the add/unchanged/updated/copy cycle, order, rollback."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError
from store_factory import TEXT, article, bare_article, bare_claim, claim, rekeyed

from sayso.records import content_hash
from sayso.store import Store, convert
from sayso.store.store import _engine_url


def db_ids(claims) -> list[int]:
    return [c._db_id for c in claims]


def test_url_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Store.url_for("postgresql://u@h:5432/db") == "postgresql://u@h:5432/db"
    assert Store.url_for("sqlite:///rel.db") == "sqlite:///rel.db"
    monkeypatch.chdir(tmp_path)
    assert Store.url_for("ledger.db") == f"sqlite:///{tmp_path.resolve()}/ledger.db"
    assert Store.url_for("/abs/x.db") == "sqlite:////abs/x.db"
    assert Store.url_for(":memory:") == "sqlite://"


def test_postgres_urls_use_psycopg3() -> None:
    assert _engine_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _engine_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _engine_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _engine_url("sqlite:///x.db") == "sqlite:///x.db"


def test_memory_store_works() -> None:
    with Store(Store.url_for(":memory:")) as s:
        assert s.add_article(article(), [claim()]) == "added"
        assert s.counts() == {"articles": 1, "claims": 1, "events": 0}


def test_article_round_trip(store: Store) -> None:
    full, bare = article("a1"), bare_article("b1")
    assert store.add_article(full, []) == "added"
    assert store.add_article(bare, []) == "added"
    assert store.get_article("a1") == full
    assert store.get_article("b1") == bare
    assert store.get_article("nope") is None
    assert store.articles() == [full, bare]
    assert store.article_by_hash(content_hash(TEXT)) == full
    assert store.article_by_hash("0" * 64) is None


def test_text_is_stored_verbatim(store: Store) -> None:
    text = "  Ünïcode — “quotes”\r\n\ttabs and 🚀 emoji\x00?  "
    text = text.replace("\x00", "")  # PostgreSQL text cannot hold NUL
    store.add_article(article("u", text=text), [])
    assert store.get_article("u").text == text


def test_claim_round_trip_every_field(store: Store) -> None:
    full = claim(value=3_000_000_000, event_id="ev-pending")  # needs BIGINT; event not saved
    bare = bare_claim()
    store.add_article(article(), [full, bare])
    loaded = store.claims("a1")
    assert {id(c) for c in loaded}.isdisjoint({id(full), id(bare)})  # really read back
    assert loaded == [full, bare]
    # Ids handed back on add match what loading gives.
    assert sorted(db_ids([full, bare])) == sorted(db_ids(loaded))


def test_add_unchanged_updated_copy(store: Store) -> None:
    first = [claim(), claim(start=30, end=40, measure="killed")]
    assert store.add_article(article("a1"), first) == "added"
    ids = db_ids(store.claims())

    # Same id, same text: nothing is written, even if other claims are given.
    assert store.add_article(article("a1", title="Another title"), [bare_claim()]) == "unchanged"
    assert db_ids(store.claims()) == ids
    assert store.get_article("a1").title == "Bodies returned"

    # Same id, new text: the row and the claims are replaced.
    new_text = TEXT + " Updated."
    second = [bare_claim()]
    assert store.add_article(article("a1", text=new_text, title="v2"), second) == "updated"
    assert store.get_article("a1").text == new_text
    assert store.get_article("a1").title == "v2"
    assert store.claims() == second
    assert store.article_by_hash(content_hash(TEXT)) is None

    # Another id with the same text: stored as a copy with the re-keyed claims.
    copies = rekeyed(second, "z-copy")
    assert store.add_article(article("z-copy", text=new_text), copies, copy_of="a1") == "copy"
    assert store.copy_of("z-copy") == "a1"
    assert store.copy_of("a1") is None
    assert store.article_by_hash(content_hash(new_text)).id == "a1"  # the original first
    assert store.claims("z-copy") == copies
    assert store.counts() == {"articles": 2, "claims": 2, "events": 0}

    # Adding the copy again is a no-op.
    assert store.add_article(article("z-copy", text=new_text), copies, copy_of="a1") == (
        "unchanged"
    )


def test_original_updated_drops_copy_links(store: Store) -> None:
    store.add_article(article("a1"), [claim()])
    store.add_article(article("a2"), rekeyed([claim()], "a2"), copy_of="a1")
    store.add_article(article("a1", text="A new text."), [])
    assert store.copy_of("a2") is None
    assert store.article_by_hash(content_hash(TEXT)).id == "a2"
    assert len(store.claims("a2")) == 1


def test_copy_of_unknown_article_is_refused(store: Store) -> None:
    with pytest.raises(IntegrityError):
        store.add_article(article("a2"), [], copy_of="missing")
    assert store.get_article("a2") is None
    with pytest.raises(ValueError, match="itself"):
        store.add_article(article("a2"), [], copy_of="a2")


def test_claims_of_another_article_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="claim of article 'other'"):
        store.add_article(article("a1"), [claim("other")])
    assert store.counts() == {"articles": 0, "claims": 0, "events": 0}


def test_claims_order_is_stable(store: Store) -> None:
    a_claims = [
        claim("a", 10, 20, measure="killed"),
        claim("a", 10, 20, measure="drones_launched", from_code="RUS", to_code=None),
        claim("a", 10, 20, measure="drones_launched", from_code=None, to_code="UKR"),
        claim("a", 10, 20, measure="drones_launched", from_code="RUS", to_code="UKR"),
        claim(
            "a",
            10,
            20,
            measure="drones_launched",
            from_code="RUS",
            to_code="UKR",
            claimant="UKRMIL",
        ),
        claim("a", 10, 15, measure="wounded"),
        claim("a", 2, 30, measure="wounded"),
        bare_claim("a", 0, 4),
    ]
    b_claims = [claim("B", 0, 5), claim("b", 0, 5)]  # ids compare by code point: "B" < "a" < "b"
    expected = [
        b_claims[0],
        a_claims[7],
        a_claims[6],
        a_claims[5],
        a_claims[2],
        a_claims[1],
        a_claims[3],
        a_claims[4],
        a_claims[0],
        b_claims[1],
    ]
    shuffled = a_claims[:]
    random.Random(7).shuffle(shuffled)
    store.add_article(article("b"), [b_claims[1]])
    store.add_article(article("a"), shuffled)
    store.add_article(article("B"), [b_claims[0]])
    assert store.claims() == expected
    assert store.claims("a") == [c for c in expected if c.article_id == "a"]
    assert store.claims("none") == []
    assert [a.id for a in store.articles()] == ["B", "a", "b"]


def test_identical_claims_keep_insertion_order(store: Store) -> None:
    twins = [claim(confidence=0.1), claim(confidence=0.9)]
    store.add_article(article(), twins)
    assert [c.confidence for c in store.claims()] == [0.1, 0.9]


def test_bad_claim_on_update_loses_nothing(store: Store) -> None:
    store.add_article(article("a1"), [claim(), bare_claim()])
    before_article, before_claims = store.get_article("a1"), store.claims()
    broken = claim(start=50, end=10)  # violates ck_claims_span
    with pytest.raises(IntegrityError):
        store.add_article(article("a1", text="New text"), [bare_claim(), broken])
    assert store.get_article("a1") == before_article
    assert store.claims() == before_claims
    assert db_ids(store.claims()) == db_ids(before_claims)


def test_bad_claim_on_add_stores_no_article(store: Store) -> None:
    store.add_article(article("a1"), [claim()])
    with pytest.raises(IntegrityError):
        store.add_article(article("a2"), [claim("a2", claimant_span=None), claim("a2", -1, 3)])
    assert store.get_article("a2") is None
    assert store.counts() == {"articles": 1, "claims": 1, "events": 0}


def test_error_midway_loses_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add_article(article("a1"), [claim(), bare_claim()])
    before_claims = store.claims()
    real = convert.claim_row
    calls = []

    def failing(c):
        calls.append(c)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(c)

    monkeypatch.setattr(convert, "claim_row", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add_article(article("a1", text="New text"), [claim(), replace(claim(), value=1)])
    assert len(calls) == 2  # failed after the old claims were deleted in the transaction
    monkeypatch.undo()
    assert store.get_article("a1").text == TEXT
    assert store.claims() == before_claims
