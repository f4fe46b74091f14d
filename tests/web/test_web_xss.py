"""Article-derived text is escaped everywhere: a hostile body, title or outlet renders as text."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient

TITLE = '<script>alert("title")</script> Swap'
OUTLET = "<img src=x onerror=alert('outlet')>"
BODY = (
    "Bodies returned <script>alert('body')</script>\n\n"
    "Russia said it returned the bodies of 30 Ukrainian soldiers on Friday, "
    "<img src=x onerror=alert('body')> the defence ministry said.\n\n"
    'Ukraine said it handed over 12 bodies, a "<b onmouseover=alert(1)>" official said.'
)
HOSTILE = re.compile(r"<script>alert|<img src=x onerror|<b onmouseover", re.IGNORECASE)


def test_hostile_article_renders_as_text(client: TestClient) -> None:
    record = {"id": "hostile-1", "title": TITLE, "outlet": OUTLET, "published": "2025-10-03",
              "text": BODY, "url": "javascript:alert('url')"}
    upload = ("files", ("hostile.json", json.dumps(record).encode(), "application/json"))
    result = client.post("/api/ingest/files", files=[upload]).json()
    assert result["job"]["summary"]["added"] == 1, result
    assert result["claims"], "the hostile article should still yield claims"
    claim_id = result["claims"][0]["id"]
    events = [e["id"] for e in result["events"]]

    html = {"accept": "text/html"}
    pages = ["/timeline", "/articles", "/article?id=hostile-1",
             f"/article?id=hostile-1&claim={claim_id}", f"/claims/{claim_id}",
             "/search?q=alert", "/search?q=bodies&in=claims", "/actors/RUS", "/disputes",
             *[f"/events/{e}" for e in events]]
    for page in pages:
        text = client.get(page, headers=html).text
        assert not HOSTILE.search(text), page
    article = client.get("/article?id=hostile-1", headers=html).text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(&#39;outlet&#39;)&gt;" in article
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in article
    assert 'href="javascript:' not in article.lower()

    # A correction's author and reason are user text too.
    client.post("/api/corrections", json={
        "claim": claim_id, "kind": "fix", "author": "<script>alert('a')</script>",
        "reason": "<img src=x onerror=alert('r')>", "changes": {"claimant_name": "<i>x</i>"}})
    for page in ("/corrections", f"/claims/{claim_id}", "/article?id=hostile-1"):
        text = client.get(page, headers=html).text
        assert not HOSTILE.search(text) and "<i>x</i>" not in text, page
    # The error page echoes what it was given, escaped.
    error = client.get("/events/<script>alert(1)</script>", headers=html).text
    assert "<script>alert(1)" not in error
