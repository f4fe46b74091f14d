"""Web app render times over a store of 10k events (generated into a temp SQLite file).

Prints one table: the median time of each page over a few requests, through the real ASGI app
in-process (no network), and its ratio to a baseline measured in the same run: the add form,
a page that renders a template and reads nothing. Not a test: nothing is asserted.

    .venv/bin/python bench/bench_web.py [--events 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from sayso.records import EVENT_TYPE_OF_MEASURE, Claim, Event, Span
from sayso.resolve import verdicts_for
from sayso.store import Store, convert
from sayso.web import create_app

SIDES = (("RUS", "UKR"), ("UKR", "RUS"), ("ISR", "PSE"), ("PSE", "ISR"))
CLAIMANTS = ("GOV", "MIL", "MED", "OMB")
MEASURES = tuple(EVENT_TYPE_OF_MEASURE)
BODY = ("{a} said on {day} that {b} had {verb} {n} of them, a figure the other side "
        "disputed; officials gave no further detail.")


def generate(db: str, n_events: int, seed: int = 7) -> None:
    """One article per event, each with three claims (two sides, one figure each way)."""
    rng = random.Random(seed)
    store = Store(Store.url_for(db))
    start = dt.date(2016, 1, 1)
    now = dt.datetime.now(dt.UTC)
    events: list[Event] = []
    with Session(store.engine) as s, s.begin():
        for i in range(n_events):
            day = start + dt.timedelta(days=rng.randrange(3650))
            measure = rng.choice(MEASURES)
            a, b = rng.choice(SIDES)
            n = rng.randrange(1, 1500)
            text = BODY.format(a=a, b=b, day=day.isoformat(), verb="handed over", n=n)
            from sayso.records import Article

            art = Article(id=f"bench-{i}", text=text, outlet=f"Outlet {i % 40}",
                          title=f"Report {i}", published=day)
            s.add(convert.ArticleRow(**convert.article_row(art, None, now)))
            eid = f"{EVENT_TYPE_OF_MEASURE[measure]}-{day.isoformat()}-{i}"
            claims = []
            for k, (claimant, value) in enumerate(((a, n), (b, n + rng.choice((0, 0, 7)))),
                                                  ):
                claims.append(Claim(
                    article_id=art.id, measure=measure, from_code=a, to_code=b, value=value,
                    span=Span(0, 30 + k), quote=text[: 30 + k],
                    claimant=claimant + rng.choice(CLAIMANTS), stance="asserts",
                    event_type=EVENT_TYPE_OF_MEASURE[measure], event_date=day,
                    date_precision="day", event_id=eid, confidence=0.8,
                    extractor_version="bench"))
            claims.append(Claim(
                article_id=art.id, measure=measure, from_code=b, to_code=a, value=None,
                undisclosed=True, span=Span(40, 60), quote=text[40:60], claimant=b + "GOV",
                event_type=EVENT_TYPE_OF_MEASURE[measure], event_date=day, event_id=eid,
                extractor_version="bench"))
            s.flush()
            s.add_all(convert.ClaimRow(**convert.claim_row(c)) for c in claims)
            events.append(Event(id=eid, type=EVENT_TYPE_OF_MEASURE[measure], date=day,
                                parties=tuple(sorted((a, b))), date_precision="day",
                                claims=claims, verdicts=verdicts_for(claims)))
    store.save_events(events)
    store.close()


def median_ms(client: TestClient, url: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        response = client.get(url, headers={"accept": "text/html"})
        times.append((time.perf_counter() - t0) * 1000)
        if response.status_code != 200:
            sys.exit(f"{url}: {response.status_code}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sayso-bench-web-") as tmp:
        db = str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        generate(db, args.events)
        built = time.perf_counter() - t0
        app = create_app(db)
        with TestClient(app) as client:
            middle = max(1, args.events // 100)  # a page in the middle of the timeline
            some = client.get("/api/events", params={"page": middle, "per_page": 50}).json()
            event_id = some["events"][0]["id"]
            pages = [
                ("baseline: add form (no reads)", "/add"),
                ("timeline, page 1", "/timeline"),
                ("timeline, page 100", "/timeline?page=100"),
                ("timeline, filtered (type, party, verdict)",
                 "/timeline?type=air_attack&party=RUS&verdict=contested"),
                ("timeline JSON twin", "/timeline.json"),
                ("event page", f"/events/{event_id}"),
                ("disputes, page 1", "/disputes"),
                ("totals, one measure", "/totals?measure=killed"),
                ("search (FTS)", "/search?q=officials+disputed"),
            ]
            rows = [(name, median_ms(client, url, args.runs)) for name, url in pages]
        app.state.ledger.close()
    base = rows[0][1]
    print(f"sayso web: {args.events:,} events (store built in {built:.1f} s), median of "
          f"{args.runs} requests each, in-process ASGI")
    print(f"{'page':<44}{'ms':>10}{'x baseline':>12}")
    for name, ms in rows:
        print(f"{name:<44}{ms:>10.1f}{ms / base:>12.1f}")


if __name__ == "__main__":
    main()
