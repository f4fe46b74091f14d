"""Incremental resolution equals a rebuild, whatever the order articles come in.

Two levels: hand-made claims stored article by article (many shuffled orders, with updated
articles and claims that name no party), and real ingestion of article files through the ledger
(extraction included), shuffled, against ``sayso resolve --rebuild``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import make_claim
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sayso.ledger import Ledger
from sayso.records import Article
from sayso.resolve import resolve_events
from sayso.resolve.incremental import resolve_articles
from sayso.store import Store

DEV = Path(os.environ.get("SAYSO_DEV", Path(__file__).resolve().parents[3] / "shared/eval/dev"))
EXAMPLES = Path(__file__).resolve().parents[2] / "src/sayso/data/examples"
DAY0 = date(2025, 6, 10)


def snapshot(store: Store) -> list[tuple]:
    """Everything the events hold, in a comparable form."""
    return [
        (
            e.id,
            e.type,
            e.date,
            e.parties,
            e.date_precision,
            sorted(
                (c.article_id, c.span.start, c.measure, c.from_code or "", c.to_code or "",
                 c.claimant, -1 if c.value is None else c.value)
                for c in e.claims
            ),
            [asdict(v) for v in e.verdicts],
        )
        for e in store.events()
    ]


def rebuild(store: Store) -> None:
    published = {a.id: a.published for a in store.articles()}
    store.save_events(resolve_events(store.claims(), published))


# -- hand-made claims ---------------------------------------------------------------------------

PAIRS = [("RUS", "UKR"), ("UKR", "RUS"), ("ISR", "PSE"), ("RUS", "WST"), ("USA", "RUS"),
         (None, None), ("RUS", None)]
MEASURES = ["prisoners_released", "remains_returned", "drones_downed"]

claim_spec = st.tuples(
    st.sampled_from(MEASURES),
    st.sampled_from(PAIRS),
    st.sampled_from([None, 0, 8, 90, 90]),
    st.sampled_from(["SELF", "RUSGOV", "UKRMIL", "REUTERS", "ISRGOV"]),
    st.sampled_from([None, 0, 1, 2, 40]),  # event day offset; None = undated
    st.sampled_from(["asserts", "asserts", "expects", "denies", "acknowledges"]),
    st.sampled_from([None, None, "civilians"]),  # a breakdown, undated ones join their total
)
article_spec = st.tuples(
    st.integers(0, 45),  # publication day offset: undated claims fall in two months
    st.lists(claim_spec, min_size=1, max_size=4),
)


def _claims(article_id: str, specs) -> list:
    claims = []
    for measure, (f, t), value, claimant, day, stance, *scope in specs:
        claims.append(
            make_claim(
                article_id, measure, f, t, value, claimant,
                when=None if day is None else DAY0 + timedelta(days=day),
                undisclosed=value is None, stance=stance, scope=scope[0] if scope else None,
            )
        )
    return claims


def _store_one(store: Store, article_id: str, spec, version: int = 0) -> None:
    offset, specs = spec
    old = {c.event_id for c in store.claims(article_id) if c.event_id}
    article = Article(
        id=article_id, text=f"article {article_id} v{version}",
        published=DAY0 + timedelta(days=offset),
    )
    store.add_article(article, _claims(article_id, specs))
    resolve_articles(store, [article_id], old)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    articles=st.lists(article_spec, min_size=1, max_size=7),
    updates=st.lists(st.tuples(st.integers(0, 6), article_spec), max_size=2),
    order=st.randoms(use_true_random=False),
)
def test_incremental_equals_rebuild_on_made_claims(articles, updates, order) -> None:
    """Any order of storing, updates included, gives the events a rebuild gives."""
    _check(articles, updates, order)


#: Few choices, so that reports a day apart often share a figure (and sometimes conflict).
near_spec = st.tuples(
    st.integers(0, 3),
    st.lists(
        st.tuples(
            st.just("prisoners_released"),
            st.sampled_from([("RUS", "UKR"), ("UKR", "RUS"), ("RUS", None)]),
            st.sampled_from([8, 90]),
            st.sampled_from(["SELF", "RUSGOV", "UKRGOV"]),
            st.sampled_from([0, 1, 2]),
            st.just("asserts"),
        ),
        min_size=1,
        max_size=2,
    ),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    articles=st.lists(near_spec, min_size=2, max_size=6),
    updates=st.lists(st.tuples(st.integers(0, 5), near_spec), max_size=1),
    order=st.randoms(use_true_random=False),
)
def test_incremental_equals_rebuild_across_neighbouring_days(articles, updates, order) -> None:
    """Reports a day apart that share a figure merge the same way in any order."""
    _check(articles, updates, order)


def _check(articles, updates, order) -> None:
    ids = [f"a{i}" for i in range(len(articles))]
    steps = list(zip(ids, articles, strict=True))
    order.shuffle(steps)
    steps += [(ids[i % len(ids)], spec) for i, spec in updates]
    folder = tempfile.mkdtemp(prefix="sayso-inc-")
    try:
        with Store(Store.url_for(os.path.join(folder, "s.db"))) as store:
            for version, (article_id, spec) in enumerate(steps):
                _store_one(store, article_id, spec, version)
            incremental = snapshot(store)
            assert not store.needs_rebuild()
            rebuild(store)
            assert incremental == snapshot(store)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_candidates_stay_within_the_block(tmp_path: Path) -> None:
    """An article about one day examines only that day's events sharing a party with it."""
    with Store(Store.url_for(str(tmp_path / "s.db"))) as store:
        for i in range(30):  # thirty other days of swaps, and other parties the same day
            day = (i, [("prisoners_released", ("RUS", "UKR"), 10 + i, "RUSGOV", i + 5, "asserts")])
            _store_one(store, f"day{i}", day)
        _store_one(store, "gaza", (0, [("prisoners_released", ("ISR", "PSE"), 90, "ISRGOV", 0,
                                        "asserts")]))
        _store_one(store, "first", (0, [("prisoners_released", ("RUS", "UKR"), 8, "RUSGOV", 0,
                                         "asserts")]))
        article = Article(id="second", text="second", published=DAY0)
        store.add_article(article, _claims("second", [
            ("prisoners_released", ("RUS", "UKR"), 8, "UKRGOV", 0, "acknowledges")]))
        done = resolve_articles(store, ["second"])
        assert done.candidates == 1  # the RUS/UKR swap of that day, not Gaza, not other days
        [v] = store.event("prisoner_exchange-2025-06-10-RUS-UKR").verdicts
        assert (v.verdict, v.best, v.sides) == ("corroborated", 8, ["RUS", "UKR"])


def test_a_report_a_day_off_finds_its_event_through_a_shared_figure(tmp_path: Path) -> None:
    """The neighbouring day's event sharing the figure is a candidate, and they merge."""
    with Store(Store.url_for(str(tmp_path / "s.db"))) as store:
        _store_one(store, "a", (0, [("prisoners_released", ("RUS", "UKR"), 90, "RUSGOV", 1,
                                     "asserts")]))
        _store_one(store, "c", (0, [("prisoners_released", ("RUS", "UKR"), 8, "RUSGOV", 2,
                                     "asserts")]))
        article = Article(id="b", text="b", published=DAY0)
        store.add_article(article, _claims("b", [
            ("prisoners_released", ("RUS", "UKR"), 90, "UKRGOV", 0, "asserts")]))
        assert resolve_articles(store, ["b"]).candidates == 1
        [ev, other] = store.events()
        # one article each: the earlier day names the event
        assert ev.id == "prisoner_exchange-2025-06-10-RUS-UKR" and len(ev.claims) == 2
        assert other.date == DAY0 + timedelta(days=2)


def test_a_claim_with_no_party_regroups_its_whole_block(tmp_path: Path) -> None:
    with Store(Store.url_for(str(tmp_path / "s.db"))) as store:
        _store_one(store, "a", (0, [("prisoners_released", ("ISR", "PSE"), 90, "ISRGOV", 0,
                                     "asserts")]))
        _store_one(store, "b", (0, [("prisoners_released", ("RUS", "UKR"), 9, "RUSGOV", 0,
                                     "asserts")]))
        article = Article(id="c", text="c", published=DAY0)
        store.add_article(article, _claims("c", [
            ("prisoners_released", (None, None), None, "SELF", 0, "asserts")]))
        assert resolve_articles(store, ["c"]).candidates == 2
        incremental = snapshot(store)
        rebuild(store)
        assert incremental == snapshot(store)


# -- real ingestion -----------------------------------------------------------------------------


def _corpus() -> list[Path]:
    files = sorted(EXAMPLES.iterdir())
    files = [f for f in files if f.suffix in (".txt", ".html", ".json")]
    if DEV.is_dir():  # two stories told by several outlets: the 23 June attack, 19 January swap
        files += [DEV / f"dev-{n}.json" for n in (13, 14, 15, 16, 20, 21)]
    return files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """The corpus files copied, plus a changed re-publication of the first one."""
    folder = tmp_path_factory.mktemp("corpus")
    files = []
    for f in _corpus():
        files.append(Path(shutil.copy(f, folder / f.name)))
    return files


@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(range(len(_corpus()))))
def test_ingestion_in_any_order_equals_a_rebuild(corpus, order, monkeypatch) -> None:
    """`sayso ingest` one file at a time, shuffled, then `sayso resolve --rebuild`: equal."""
    def no_rebuild(self):
        raise AssertionError("ingest must resolve incrementally")

    folder = tempfile.mkdtemp(prefix="sayso-ingest-")
    try:
        with Ledger(os.path.join(folder, "l.db")) as ledger:
            with monkeypatch.context() as patch:
                patch.setattr(Ledger, "rebuild_events", no_rebuild)
                for i in order:
                    ledger.ingest([corpus[i]])
                # The same article republished with changed text: a new version of it.
                first = next((corpus[i] for i in order if corpus[i].suffix == ".json"), None)
                if first is not None:
                    doc = json.loads(first.read_text(encoding="utf-8"))
                    doc["text"] += "\n\nThis version adds a closing line of its own."
                    changed = Path(folder) / first.name
                    changed.write_text(json.dumps(doc), encoding="utf-8")
                    assert ledger.ingest([changed]).updated == 1
            incremental = snapshot(ledger.store)
            assert incremental
            ledger.rebuild_events()
            assert incremental == snapshot(ledger.store)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_one_ingest_folds_its_articles_in_batches_as_a_rebuild_would(
    corpus, tmp_path: Path, monkeypatch
) -> None:
    """One `sayso ingest` of many files folds them into the events a few at a time (a batch
    boundary falls mid-run here): the events equal a rebuild's."""
    import sayso.ledger

    monkeypatch.setattr(sayso.ledger, "RESOLVE_BATCH", 3)
    folded: list[int] = []
    fold = Ledger.resolve_incremental

    def counting(self, ids, stale=()):
        ids = list(ids)
        folded.append(len(ids))
        return fold(self, ids, stale)

    monkeypatch.setattr(Ledger, "resolve_incremental", counting)
    with Ledger(str(tmp_path / "l.db")) as ledger:
        summary = ledger.ingest(list(reversed(corpus)))
        assert summary.added == len(corpus)
        assert max(folded) == 3 and len(folded) > 2
        incremental = snapshot(ledger.store)
        ledger.rebuild_events()
        assert incremental == snapshot(ledger.store)
