"""One ingest run of the web app: read the inputs, store them through the ledger, and say
which articles, claims and events came of it. The add form runs it as a background job; the
API runs it while the request waits."""

from __future__ import annotations

import threading
from datetime import date

from sayso.ledger import Ledger
from sayso.records import Article
from sayso.web import intake
from sayso.web.views import claim_record


def run(
    ledger: Ledger,
    lock: threading.Lock,
    inputs: list[intake.Input],
    urls: list[str],
    job: intake.Job,
    *,
    published: date | None = None,
    outlet: str | None = None,
) -> None:
    """Fetch, read and ingest, reporting progress in ``job`` as it goes."""
    job.total = len(inputs) + len(urls)
    for url in urls:
        job.log.append(f"fetching {url}")
        try:
            inputs.append(intake.fetch(url))
        except ValueError as exc:
            job.log.append(f"skipped {exc}")
        job.done += 1
    read = intake.read(inputs, published=published, outlet=outlet)
    job.article_ids = [a.id for a in read if isinstance(a, Article)]
    job.total, job.done = job.done + len(read), job.done
    fetched = job.done

    def progress(done: int, total: int, label: str) -> None:
        job.done = fetched + done
        job.log.append(label)

    job.log.append("analysing (the first run loads the language model)")
    with lock:
        summary = ledger.ingest_articles(read, progress=progress)
    job.summary = summary.as_dict()
    job.log.append(summary.line())


def result(ledger: Ledger, job: intake.Job) -> dict:
    """The new articles' claims and the events they are in."""
    claims = [c for aid in job.article_ids for c in ledger.claims(aid)]
    event_ids = sorted({c.event_id for c in claims if c.event_id})
    events = [e for e in (ledger.store.event(i) for i in event_ids) if e is not None]
    return {
        "job": job.as_dict(),
        "claims": [claim_record(c) for c in claims],
        "events": [{"id": e.id, "type": e.type,
                    "date": e.date.isoformat() if e.date else None,
                    "parties": list(e.parties)} for e in events],
        "_claims": claims, "_events": events,
    }
