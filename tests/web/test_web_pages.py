"""The server-rendered pages and their JSON twins, through a real ASGI client."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from web_helpers import SEED_EVENT, SEEDLIKE

SEED_ID = str(SEEDLIKE.resolve())
HTML = {"accept": "text/html"}


def test_every_page_renders_and_has_a_json_twin(client: TestClient) -> None:
    claim_id = client.get("/api/claims").json()["claims"][0]["id"]
    pages = ["/timeline", f"/events/{SEED_EVENT}", f"/article?id={quote(SEED_ID)}",
             "/articles", f"/claims/{claim_id}", "/disputes", "/totals", "/search?q=drones",
             "/actors/RUSGOV", "/corrections"]
    for page in pages:
        html = client.get(page, headers=HTML)
        assert html.status_code == 200, page
        assert html.headers["content-type"].startswith("text/html")
        assert "<script src=\"/static/sayso.js\"" in html.text
        path, _, query = page.partition("?")
        twin = client.get(path + ".json" + ("?" + query if query else ""))
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
        accept = client.get(page, headers={"accept": "application/json"})
        assert accept.json() == twin.json(), page
    assert client.get("/", headers=HTML).text == client.get("/timeline", headers=HTML).text
    assert client.get("/add", headers=HTML).status_code == 200
    assert client.get("/static/sayso.css").status_code == 200


def test_timeline_filters_chart_and_paging(client: TestClient) -> None:
    page = client.get("/timeline", params={"measure": "remains_returned"}, headers=HTML).text
    assert "<svg class=\"chart\"" in page and "RUSGOV" in page
    assert SEED_EVENT in page
    first = client.get("/timeline.json", params={"per_page": 2}).json()
    assert len(first["events"]) == 2 and first["paging"]["pages"] >= 3
    nav = client.get("/timeline", params={"per_page": 2}, headers=HTML).text
    assert 'rel="next"' in nav and "page=2" in nav
    attacks = client.get("/timeline.json", params={"type": "air_attack"}).json()
    assert {e["type"] for e in attacks["events"]} == {"air_attack"}
    assert attacks["chart"]["series"]
    bad = client.get("/timeline", params={"verdict": "nonsense"}, headers=HTML)
    assert bad.status_code == 400 and "unknown verdict" in bad.text


def test_event_page_shows_both_directions_with_claimants(client: TestClient) -> None:
    page = client.get(f"/events/{SEED_EVENT}", headers=HTML).text
    assert "RUS → UKR" in page and "UKR → RUS" in page
    claims = client.get(f"/api/events/{SEED_EVENT}").json()["event"]["claims"]
    assert "900" in page
    for claim in claims:
        assert f"({claim['claimant']})" in page or f">{claim['claimant']}<" in page
        for via in claim["via"]:
            assert f">{via}</a>" in page
    assert re.search(r'href="/article\?id=[^"]+&amp;claim=\d+#c\d+"', page)
    missing = client.get("/events/nothing", headers=HTML)
    assert missing.status_code == 404 and "no event" in missing.text


def test_article_page_highlights_the_chosen_claim(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"article": SEED_ID}).json()["claims"]
    chosen = claims[0]
    page = client.get("/article", params={"id": SEED_ID, "claim": chosen["id"]},
                      headers=HTML).text
    selected = re.findall(r'<mark class="hl s\d selected" title="([^"]*)">([^<]*)</mark>', page)
    assert selected
    assert "".join(text for _, text in selected) in chosen["quote"]
    assert chosen["claimant"] in selected[0][0] and chosen["stance"] in selected[0][0]
    assert "Selected claim:" in page
    assert f'id="c{chosen["id"]}"' in page
    assert client.get("/article", params={"id": "nope"}, headers=HTML).status_code == 404
    assert client.get("/article", headers=HTML).status_code == 422


def test_actor_search_and_disputes_pages(client: TestClient) -> None:
    actor = client.get("/actors/UKR", headers=HTML)
    assert actor.status_code == 200 and "UKRMIL" in actor.text
    assert client.get("/actors/NOBODY", headers=HTML).status_code == 404
    found = client.get("/search", params={"q": "bodies"}, headers=HTML).text
    assert "<mark>" in found
    assert "Nothing matches" in client.get("/search", params={"q": "zebra"}, headers=HTML).text
    disputes = client.get("/disputes", headers=HTML).text
    assert "contested" in disputes or "denied" in disputes


def test_correction_form_shows_everywhere_and_survives_reextraction(
    client: TestClient, app
) -> None:
    claims = client.get("/api/claims", params={"event": SEED_EVENT}).json()["claims"]
    target = next(c for c in claims if c["from"] == "UKR")

    def same(rec) -> bool:  # the target claim, found by its identity (span and fact)
        return (rec["span"], rec["measure"], rec["from"], rec["to"], rec["value"]) == (
            target["span"], target["measure"], target["from"], target["to"], target["value"])

    form = {"kind": "fix", "claimant": "rusmil", "author": "Desk editor",
            "reason": "the ministry said it, not the Kremlin"}
    done = client.post(f"/claims/{target['id']}/corrections", data=form,
                       headers=HTML, follow_redirects=False)
    assert done.status_code == 303
    page = client.get(f"/events/{SEED_EVENT}", headers=HTML).text
    assert "Desk editor" in page and "the ministry said it" in page
    assert "RUSMIL" in client.get("/corrections", headers=HTML).text

    ledger = app.state.ledger
    (exported,) = [r for r in ledger.export_predictions(SEED_ID) if same(r)]
    assert exported["claimant"] == "RUSMIL"
    assert exported["corrections"][0]["author"] == "Desk editor"

    ledger.reextract([SEED_ID])  # new rows, same claim: the correction still holds
    (again,) = [r for r in ledger.export_predictions(SEED_ID) if same(r)]
    assert again["claimant"] == "RUSMIL"

    wrong = {"kind": "wrong", "author": "Desk editor", "reason": "not in the text"}
    fresh = client.get("/api/claims", params={"event": SEED_EVENT}).json()["claims"]
    (target_now,) = [c for c in fresh if same(c)]
    posted = client.post(f"/claims/{target_now['id']}/corrections", data=wrong, headers=HTML)
    assert posted.status_code == 200, posted.text
    assert not [r for r in ledger.export_predictions(SEED_ID) if same(r)]
    event = client.get(f"/api/events/{SEED_EVENT}").json()["event"]
    assert not [c for c in event["claims"] if same(c)]
    article = client.get("/article", params={"id": SEED_ID}, headers=HTML).text
    assert f'id="c{target_now["id"]}" class="side-' in article
    assert re.search(rf'id="c{target_now["id"]}" class="side-\d wrong', article)
    bad = client.post(f"/claims/{target_now['id']}/corrections", data={"kind": "fix"},
                      headers=HTML)
    assert bad.status_code == 400 and "author" in bad.text


@pytest.fixture
def news_site() -> Iterator[str]:
    """A real HTTP server on loopback standing in for a news site."""
    page = (
        b"<html><head><title>Overnight swap</title>"
        b'<link rel="canonical" href="https://example.test/swap-0901">'
        b'<meta property="article:published_time" content="2025-09-01"></head><body><article>'
        b"<h1>Overnight swap</h1><p>Ukraine said it returned the bodies of 45 Russian soldiers "
        b"to Russia on Monday, its coordination headquarters reported.</p>"
        b"<p>Russia did not say how many bodies it had handed over in return.</p>"
        b"</article></body></html>"
    )

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            if self.path != "/swap":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_add_form_fetches_urls_and_shows_progress(client: TestClient, news_site: str) -> None:
    form = {"urls": f"{news_site}/swap\n{news_site}/missing\nftp://x"}
    started = client.post("/add", data=form, headers=HTML, follow_redirects=False)
    assert started.status_code == 303
    job_url = started.headers["location"]
    job = client.app.state.jobs.get(job_url.rsplit("/", 1)[1])
    for _ in range(600):
        if job.state in ("done", "failed"):
            break
        threading.Event().wait(0.1)
    result = client.get(job_url + ".json").json()
    assert result["job"]["state"] == "done", result
    assert "https://example.test/swap-0901" in result["job"]["articles"]
    log = " ".join(result["job"]["log"])
    assert "answered 404" in log and "only http:// and https://" in log
    assert any(c["value"] == 45 for c in result["claims"])
    page = client.get(job_url, headers=HTML).text
    assert "New claims" in page and "45" in page and 'class="event-link"' in page
    assert client.get("/jobs/unknown", headers=HTML).status_code == 404
    empty = client.post("/add", data={}, headers=HTML)
    assert empty.status_code == 400 and "nothing to add" in empty.text
