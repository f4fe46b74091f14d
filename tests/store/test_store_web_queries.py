"""The web app's queries (paged and filtered events, chart points, search, disputes, totals,
corrections) on both backends: the bundled examples ingested, every page read through the app.

Here rather than in tests/web because it needs this folder's PostgreSQL fixtures.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sayso.cli import example_files
from sayso.ledger import Ledger
from sayso.web import create_app


@pytest.fixture
def filled(store_url: str):
    with Ledger(store_url) as ledger:
        ledger.ingest(example_files())
    app = create_app(store_url)
    with TestClient(app) as client:
        yield client
    app.state.ledger.close()


def test_pages_on_both_backends(filled: TestClient) -> None:
    events = filled.get("/api/events").json()
    assert events["paging"]["total"] >= 4
    one = events["events"][0]
    party = one["parties"][0]
    by_party = filled.get("/api/events", params={"party": party}).json()["events"]
    assert by_party and all(party in e["parties"] for e in by_party)
    verdict = one["verdicts"][0]["verdict"]
    by_verdict = filled.get("/api/events", params={"verdict": verdict}).json()["events"]
    assert one["id"] in {e["id"] for e in by_verdict}
    timeline = filled.get("/timeline.json", params={"measure": "remains_returned"}).json()
    assert timeline["chart"]["series"]
    for page in ("/timeline", f"/events/{one['id']}", "/disputes", "/totals",
                 "/search?q=drones", "/search?q=bodies&in=claims", "/actors/UKR",
                 "/articles", "/corrections"):
        assert filled.get(page, headers={"accept": "text/html"}).status_code == 200, page
    hits = filled.get("/api/search", params={"q": "drones"}).json()
    assert hits["results"] and all("<" not in r["snippet"] for r in hits["results"])
    ledger = filled.app.state.ledger
    assert filled.get("/api/disputes", params={"per_page": 500}).json()["disputes"] == [
        d.as_dict() for d in ledger.disputes()]

    claim = filled.get("/api/claims", params={"event": one["id"]}).json()["claims"][0]
    body = {"claim": claim["id"], "kind": "wrong", "author": "me", "reason": "test"}
    assert filled.post("/api/corrections", json=body).status_code == 201
    listed = filled.get("/api/corrections").json()["corrections"]
    assert listed[0]["kind"] == "wrong"
    assert filled.get(f"/api/claims/{claim['id']}").json()["claim"]["wrong"] is True
