"""Incremental resolution at growing store sizes: per-article time and candidate events examined.

Resolution alone, no NLP: the script generates claims as the extractor would hand them over
(a stream of articles, about twenty a day, each reporting on one of the day's events: air
attacks both ways, prisoner exchanges, repatriations, across several pairs of parties, with
revised and rival figures and some undated umbrella claims). For each store size it fills a
fresh SQLite file in a temporary folder (bulk insert, events from one batch resolution), then
folds PROBES further articles into it one by one with ``resolve_articles`` — what ``sayso
ingest`` does after extraction — and times that step.

Prints one table: per-article time and candidates per article, and their ratios to the 1k
store measured in the same run. Candidates per article must not grow with the store.

    python bench/bench_resolution.py [--sizes 1000,10000,100000] [--probes 300]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from sayso.records import Article, Claim, Span
from sayso.resolve import resolve_events
from sayso.resolve.incremental import resolve_articles
from sayso.store import Store, convert
from sayso.store.schema import ArticleRow, ClaimRow, EventBlockRow, EventRow, VerdictRow

START = date(2000, 1, 3)
PER_DAY = 20
PAIRS = [("RUS", "UKR"), ("ISR", "PSE"), ("ARM", "AZE"), ("IND", "PAK"), ("SDN", "SSD")]
TYPES = {
    "air_attack": ["drones_launched", "missiles_launched", "drones_downed", "killed", "wounded"],
    "prisoner_exchange": ["prisoners_released"],
    "remains_repatriation": ["remains_returned"],
}
WIRES = ["SELF", "REUTERS", "AP", "AFP"]
TEXT = "A generated report; its claims are made by the benchmark, not read from it."


def _day_events(rng: random.Random, day: date) -> list[tuple]:
    """The happenings of one day: (type, date, from, to) with `from` the acting side."""
    found = []
    for a, b in PAIRS:
        for attacker, target in ((a, b), (b, a)):
            if rng.random() < 0.5:
                found.append(("air_attack", day, attacker, target))
        for type_ in ("prisoner_exchange", "remains_repatriation"):
            if rng.random() < 0.15:
                found.append((type_, day, a, b))
    return found or [("air_attack", day, *PAIRS[0])]


def _claims(rng: random.Random, article_id: str, happening: tuple, start: int) -> list[Claim]:
    type_, day, actor, other = happening
    claims = []
    for i in range(rng.randint(1, 4)):
        measure = rng.choice(TYPES[type_])
        f, t = actor, other
        if measure in ("drones_downed",):
            f, t = other, actor  # the defender downs what the attacker fired
        elif type_ != "air_attack" and rng.random() < 0.5:
            f, t = other, actor  # the other way of an exchange
        undated = type_ == "prisoner_exchange" and rng.random() < 0.1  # a deal's total
        claimant = rng.choice([actor + "GOV", other + "MIL", *WIRES])
        base = random.Random(f"{type_} {day} {actor} {measure}").randint(1, 400)
        value = base + rng.choice([0, 0, 0, 2, -1])  # mostly agreeing, some revisions
        s = start + i * 40
        claims.append(
            Claim(
                article_id=article_id, measure=measure, from_code=f, to_code=t,
                value=None if rng.random() < 0.05 else max(value, 0), span=Span(s, s + 30),
                quote=TEXT[:30], claimant=claimant,
                via=[] if claimant in WIRES else rng.choice([[], ["REUTERS"], ["AFP", "TASS"]]),
                stance=rng.choice(["asserts"] * 6 + ["acknowledges", "expects"]),
                undisclosed=False, event_type=type_,
                event_date=None if undated else day,
                date_precision=None if undated else "day",
            )
        )
    for c in claims:
        c.undisclosed = c.value is None
    return claims


def generate(rng: random.Random, count: int, prefix: str, days: int) -> list[tuple]:
    """``count`` articles spread over ``days`` days: (Article, claims)."""
    out = []
    for n in range(count):
        day = START + timedelta(days=rng.randrange(days))
        happening = rng.choice(_day_events(random.Random(day.toordinal()), day))
        if rng.random() < 0.3:  # a report the next day about the day before
            published = day + timedelta(days=1)
        else:
            published = day
        aid = f"{prefix}{n}"
        article = Article(id=aid, text=TEXT, published=published, outlet="Bench Wire")
        out.append((article, _claims(rng, aid, happening, 0)))
    return out


def fill(store: Store, items: list[tuple]) -> int:
    """Bulk-load articles and claims, resolved in one batch as ``resolve --rebuild`` would."""
    published = {a.id: a.published for a, _ in items}
    claims = [c for _, cs in items for c in cs]
    events = resolve_events(claims, published)
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(insert(ArticleRow), [convert.article_row(a, None, now) for a, _ in items])
        conn.execute(insert(EventRow), [convert.event_row(e) for e in events])
        conn.execute(
            insert(VerdictRow),
            [convert.verdict_row(e.id, i, v) for e in events
             for i, v in enumerate(e.verdicts)],
        )
        conn.execute(
            insert(EventBlockRow),
            [r for e in events for r in convert.block_rows(e)],
        )
        conn.execute(insert(ClaimRow), [convert.claim_row(c) for c in claims])
    return len(events)


def measure(size: int, probes: int, seed: int) -> dict:
    rng = random.Random(seed)
    days = max(size // PER_DAY, 1)
    with tempfile.TemporaryDirectory(prefix="sayso-bench-") as tmp:
        store = Store(Store.url_for(str(Path(tmp) / "bench.db")))
        background = generate(rng, size, "a", days)
        events = fill(store, background)
        claims = sum(len(cs) for _, cs in background)
        times, cpu, candidates = [], [], []
        for article, cs in generate(rng, probes, "probe", days):
            store.add_article(article, cs)
            t0, c0 = time.perf_counter(), time.process_time()
            done = resolve_articles(store, [article.id])
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            candidates.append(done.candidates)
        store.close()
    return {
        "size": size,
        "claims": claims,
        "events": events,
        "ms": statistics.mean(times) * 1000,
        "cpu": statistics.mean(cpu) * 1000,
        "p90": statistics.quantiles(times, n=10)[-1] * 1000,
        "cand": statistics.mean(candidates),
        "cand_max": max(candidates),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probes", type=int, default=300)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = [measure(size, args.probes, args.seed) for size in sizes]
    base = rows[0]
    print(f"\nIncremental resolution, {args.probes} articles folded into stores of each size "
          f"(SQLite, ratios to the {base['size']:,}-article store)")
    print(f"{'articles':>9} {'claims':>8} {'events':>7} {'ms/article':>11} {'p90 ms':>7} "
          f"{'ratio':>6} {'cpu ms':>7} {'ratio':>6} {'candidates':>10} {'max':>4} {'ratio':>6}")
    for r in rows:
        print(
            f"{r['size']:>9,} {r['claims']:>8,} {r['events']:>7,} {r['ms']:>11.2f} "
            f"{r['p90']:>7.2f} {r['ms'] / base['ms']:>6.2f} {r['cpu']:>7.2f} "
            f"{r['cpu'] / base['cpu']:>6.2f} {r['cand']:>10.2f} "
            f"{r['cand_max']:>4} {r['cand'] / base['cand']:>6.2f}"
        )
    print("ms/article: wall clock of resolve_articles (SQLite commits included); cpu ms: this "
          "process's CPU time, steadier on a shared machine; candidates: stored events "
          "examined per article.")
    grew = rows[-1]["cand"] > 1.5 * base["cand"] + 1
    if grew:
        print("candidates per article grew with the store", file=sys.stderr)
    return 1 if grew else 0


if __name__ == "__main__":
    sys.exit(main())
