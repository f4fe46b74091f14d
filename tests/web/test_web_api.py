"""The REST API through a real ASGI client: every endpoint, and its errors."""

from __future__ import annotations

from fastapi.testclient import TestClient
from web_helpers import SEED_EVENT, SEEDLIKE

SEED_ID = str(SEEDLIKE.resolve())


def test_articles_paged(client: TestClient) -> None:
    first = client.get("/api/articles", params={"per_page": 3}).json()
    assert first["paging"] == {"page": 1, "per_page": 3, "total": 9, "pages": 3}
    second = client.get("/api/articles", params={"per_page": 3, "page": 2}).json()
    ids = [a["id"] for a in first["articles"] + second["articles"]]
    assert len(set(ids)) == 6
    assert all({"title", "outlet", "published", "claims"} <= set(a) for a in first["articles"])


def test_article_with_text_and_claims(client: TestClient) -> None:
    found = client.get(f"/api/articles/{SEED_ID}").json()
    assert found["article"]["outlet"] == "Riverside Chronicle"
    text = found["article"]["text"]
    assert found["claims"]
    for claim in found["claims"]:
        start, end = claim["span"]
        assert text[start:end] == claim["quote"]
        assert claim["article"] == SEED_ID


def test_claims_filters(client: TestClient) -> None:
    by_event = client.get("/api/claims", params={"event": SEED_EVENT}).json()
    assert {c["event"]["id"] for c in by_event["claims"]} == {SEED_EVENT}
    directions = {(c["from"], c["to"], c["value"]) for c in by_event["claims"]}
    assert ("RUS", "UKR", 900) in directions and ("UKR", "RUS", 0) in directions
    by_side = client.get("/api/claims", params={"claimant": "ukr", "per_page": 500}).json()
    assert by_side["claims"] and all(c["claimant"].startswith("UKR") for c in by_side["claims"])
    by_measure = client.get("/api/claims", params={"measure": "drones_launched"}).json()
    assert all(c["measure"] == "drones_launched" for c in by_measure["claims"])
    one = by_event["claims"][0]
    again = client.get(f"/api/claims/{one['id']}").json()
    assert again["claim"] == one


def test_events_filters(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    assert everything["paging"]["total"] == len(everything["events"]) >= 5
    attacks = client.get("/api/events", params={"type": "air_attack"}).json()["events"]
    assert attacks and {e["type"] for e in attacks} == {"air_attack"}
    window = ("2025-07-05", "2025-07-31")
    expected = {e["id"] for e in everything["events"]
                if e["date"] and window[0] <= e["date"] <= window[1]}
    dated = client.get("/api/events", params={"since": window[0], "until": window[1]})
    assert expected and {e["id"] for e in dated.json()["events"]} == expected
    contested = client.get("/api/events", params={"verdict": "contested"}).json()["events"]
    assert contested
    assert all(any(v["verdict"] == "contested" for v in e["verdicts"]) for e in contested)
    assert client.get("/api/events", params={"party": "RUS"}).json()["events"]
    assert client.get("/api/events", params={"party": "XYZ"}).json()["events"] == []


def test_event(client: TestClient) -> None:
    found = client.get(f"/api/events/{SEED_EVENT}").json()
    verdicts = {(v["from"], v["to"]): v for v in found["event"]["verdicts"]}
    assert set(verdicts) == {("RUS", "UKR"), ("UKR", "RUS")}
    assert verdicts[("RUS", "UKR")]["best"] == 900
    assert SEED_ID in found["articles"]


def test_disputes_and_totals(client: TestClient) -> None:
    disputes = client.get("/api/disputes").json()
    assert disputes["disputes"] and disputes["paging"]["total"] >= len(disputes["disputes"])
    assert {d["kind"] for d in disputes["disputes"]} <= {"contested", "denied", "withheld"}
    every = [d.as_dict() for d in client.app.state.ledger.disputes()]  # the whole-store way
    assert client.get("/api/disputes", params={"per_page": 500}).json()["disputes"] == every
    one = client.get("/api/disputes", params={"per_page": 1, "page": 2}).json()
    assert one["disputes"] == disputes["disputes"][1:2]

    bodies = client.get("/api/totals", params={"measure": "remains_returned"}).json()["totals"]
    assert bodies and {t["measure"] for t in bodies} == {"remains_returned"}
    for total in bodies:
        assert total["value"] == sum(e["value"] for e in total["events"])
    to_ukraine = [t for t in bodies if (t["from"], t["to"]) == ("RUS", "UKR")]
    assert to_ukraine and any(e["id"] == SEED_EVENT for t in to_ukraine for e in t["events"])
    one_way = client.get("/api/totals", params={"measure": "remains_returned",
                                                "direction": "RUS:UKR"}).json()["totals"]
    assert one_way == to_ukraine
    ledger = client.app.state.ledger  # the whole-store way gives the same sums
    assert bodies == [t.as_dict() for t in ledger.totals("remains_returned")]
    every = client.get("/api/totals").json()["totals"]
    assert len({t["measure"] for t in every}) > 1
    later = client.get("/api/totals", params={"since": "2025-08-01"}).json()["totals"]
    assert all(e["date"] >= "2025-08-01" for t in later for e in t["events"])
    assert client.get("/api/totals", params={"direction": "RUS"}).status_code == 400


def test_search(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "war dead"}).json()
    assert SEED_ID in {r["article"] for r in found["results"]}
    claims = client.get("/api/search", params={"q": "remains", "in": "claims"}).json()
    assert claims["results"] and all(r["claim"] for r in claims["results"])
    # Query syntax of FTS5 is not exposed: quotes and operators are just dropped.
    odd = client.get("/api/search", params={"q": 'drones" OR NEAR(*'})
    assert odd.status_code == 200


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/claims", "/api/events", "/api/disputes", "/api/totals",
                 "/api/ingest", "/api/corrections", "/api/search"):
        assert path in paths
    assert "post" in paths["/api/corrections"] and "post" in paths["/api/ingest"]
    assert client.get("/api/docs").status_code == 200


def test_not_found(client: TestClient) -> None:
    for url in ("/api/events/no-such-event", "/api/articles/nothing-here", "/api/claims/999999",
                "/api/nowhere"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]


def test_bad_filters(client: TestClient) -> None:
    cases = {
        "/api/events?type=battle": "unknown event type",
        "/api/events?verdict=maybe": "unknown verdict",
        "/api/events?since=yesterday": "not a date",
        "/api/events?since=2025-08-01&until=2025-07-01": "after the end date",
        "/api/events?party=<b>": "not an actor code",
        "/api/claims?measure=cows": "unknown measure",
        "/api/totals?measure=cows": "unknown measure",
        "/api/search?q=x&in=everything": "search 'articles' or 'claims'",
    }
    for url, message in cases.items():
        response = client.get(url)
        assert response.status_code == 400, url
        assert message in response.json()["error"], url
    invalid = client.get("/api/events", params={"page": 0})
    assert invalid.status_code == 422 and "page" in invalid.json()["error"]
    assert client.get("/api/events", params={"per_page": 10_000}).status_code == 422
    assert client.get("/api/search").status_code == 422


def test_ingest_text(client: TestClient) -> None:
    text = (SEEDLIKE.read_text().replace("900", "640").replace("2025-08-09", "2025-09-13"))
    response = client.post("/api/ingest", json={"text": text})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["job"]["summary"]["added"] == 1
    values = {(c["from"], c["to"], c["value"]) for c in result["claims"]}
    assert ("RUS", "UKR", 640) in values
    assert "remains_repatriation-2025-09-13-RUS-UKR" in {e["id"] for e in result["events"]}
    article = result["claims"][0]["article"]
    assert article.startswith("pasted:")
    again = client.post("/api/ingest", json={"text": text}).json()
    assert again["job"]["summary"]["unchanged"] == 1


def test_ingest_files_and_errors(client: TestClient) -> None:
    files = [("files", ("note.txt", SEEDLIKE.read_bytes().replace(b"900", b"515"), "text/plain")),
             ("files", ("empty.txt", b"   ", "text/plain"))]
    result = client.post("/api/ingest/files", files=files).json()
    assert result["job"]["summary"]["added"] == 1
    assert any("empty.txt" in s for s in result["job"]["summary"]["skipped"])
    assert "upload:note.txt" in result["job"]["articles"]
    nothing = client.post("/api/ingest", json={})
    assert nothing.status_code == 400 and "nothing to ingest" in nothing.json()["error"]
    bad_date = client.post("/api/ingest", json={"text": "Hello", "published": "soon"})
    assert bad_date.status_code == 400
    assert client.post("/api/ingest", json={"text": 5}).status_code == 422


def test_corrections_api(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"event": SEED_EVENT}).json()["claims"]
    target = next(c for c in claims if c["value"] == 900)
    body = {"claim": target["id"], "kind": "fix", "author": "A. Checker",
            "reason": "the text says 9,000", "changes": {"value": "9000"}}
    response = client.post("/api/corrections", json=body)
    assert response.status_code == 201, response.text
    assert response.json()["claim"]["value"] == 9000
    listed = client.get("/api/corrections").json()
    assert listed["corrections"][0]["author"] == "A. Checker"
    assert listed["corrections"][0]["changes"] == {"value": 9000}
    errors = {
        "kind": ({**body, "kind": "delete"}, 400),
        "author": ({**body, "author": " "}, 400),
        "field": ({**body, "changes": {"colour": "red"}}, 400),
        "value": ({**body, "changes": {"value": "many"}}, 400),
        "event": ({**body, "changes": {"event_id": "nope"}}, 400),
        "claim": ({**body, "claim": 999999}, 404),
        "shape": ({"claim": "x"}, 422),
    }
    for name, (payload, status) in errors.items():
        assert client.post("/api/corrections", json=payload).status_code == status, name


def test_oversized_upload_is_413(db: str) -> None:
    from sayso.web import create_app

    app = create_app(db, max_body=2_000)
    with TestClient(app) as small:
        big = ("files", ("big.txt", b"x" * 5_000, "text/plain"))
        response = small.post("/api/ingest/files", files=[big])
        assert response.status_code == 413
        assert "too large" in response.json()["error"]
        form = small.post("/add", files=[big], headers={"accept": "text/html"})
        assert form.status_code == 413 and "limit is 0.002 MB" in form.text

        def chunks():  # no Content-Length: the limit is counted as the body arrives
            for _ in range(10):
                yield b"y" * 500

        streamed = small.post("/api/ingest", content=chunks(),
                              headers={"content-type": "application/json"})
        assert streamed.status_code == 413
    app.state.ledger.close()


def test_writes_need_the_token(db: str) -> None:
    from sayso.web import create_app

    guarded = create_app(db, token="s3cret")
    with TestClient(guarded) as c:
        body = {"text": "Nothing here."}
        assert c.post("/api/ingest", json=body).status_code == 401
        bad = c.post("/api/ingest", json=body, headers={"authorization": "Bearer nope"})
        assert bad.status_code == 401
        ok = c.post("/api/ingest", json=body, headers={"authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert c.get("/api/events").status_code == 200  # reads stay open
    guarded.state.ledger.close()
    public = create_app(db, read_only=True)
    with TestClient(public) as c:
        refused = c.post("/api/ingest", json={"text": "x"})
        assert refused.status_code == 403 and "read-only" in refused.json()["error"]
        assert "Add articles" not in c.get("/").text
    public.state.ledger.close()


def test_moving_a_claim_to_another_event_regroups(client: TestClient) -> None:
    events = client.get("/api/events", params={"type": "prisoner_exchange"}).json()["events"]
    assert len(events) >= 2
    source, goal = events[0]["id"], events[1]["id"]
    claim = client.get("/api/claims", params={"event": source}).json()["claims"][0]
    body = {"claim": claim["id"], "kind": "fix", "author": "Desk", "reason": "same swap",
            "changes": {"event_id": goal}}
    moved = client.post("/api/corrections", json=body)
    assert moved.status_code == 201, moved.text
    assert moved.json()["claim"]["event"]["id"] == goal
    in_goal = client.get("/api/claims", params={"event": goal}).json()["claims"]
    assert claim["id"] in {c["id"] for c in in_goal}
    assert claim["id"] not in {
        c["id"] for c in client.get("/api/claims", params={"event": source}).json()["claims"]}


def test_loopback_addresses() -> None:
    from sayso.web.app import is_loopback

    assert all(map(is_loopback, ("127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]")))
    assert not any(map(is_loopback, ("0.0.0.0", "192.168.1.5", "::", "example.org")))
