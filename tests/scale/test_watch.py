"""``sayso watch`` against feeds served on 127.0.0.1 that change between polls, and one that
fails (a 500, then garbage)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from sayso.ledger import Ledger
from sayso.sources.fetch import RETRIES, USER_AGENT
from sayso.store.feeds import feed_state, seen_guids
from sayso.watch import poll, watch

STORIES = {
    "1": (
        "Air defence downs 52 drones over the south",
        "Air defence units shot down 52 of the 64 attack drones that Russia launched overnight, "
        "Ukraine's air force said on Monday. Debris fell on two villages near the coast.",
    ),
    "2": (
        "Ministry says 90 soldiers brought home in exchange",
        "Russia's defence ministry said on Tuesday that 90 Russian servicemen had been returned "
        "from territory controlled by Kyiv. In return, 90 Ukrainian prisoners of war were "
        "handed over, the ministry said, adding that the exchange was mediated by the United "
        "Arab Emirates. The freed men were flown to Moscow for medical checks and treatment. "
        "Relatives gathered at the airfield to meet them, according to footage shown on state "
        "television later that evening.",
    ),
    "3": (
        "Kyiv receives 500 bodies in repatriation",
        "Ukraine received the bodies of 500 fallen defenders on Thursday, the coordination "
        "headquarters for prisoners of war said. Forensic experts will now work to identify "
        "them, a process the headquarters said could take months. Moscow said it had received "
        "20 bodies of its own soldiers in return. Officials on both sides declined to say when "
        "the next repatriation would take place, citing the ongoing talks between delegations "
        "that met in Istanbul earlier this month to discuss further exchanges.",
    ),
}


def _page(n: str) -> bytes:
    title, body = STORIES[n]
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="2025-08-0{n}T09:00:00Z"></head>'
        f"<body><article><h1>{title}</h1><p>{body}</p>"
        "<p>The report could not be independently verified.</p></article></body></html>"
    ).encode()


def _rss(items: list[str], base: str) -> bytes:
    """RSS: story 1 only links to its page; the others carry their full text."""
    out = []
    for n in items:
        title, body = STORIES[n]
        content = f"<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>"
        if n == "1":
            content = ""
        out.append(
            f"<item><title>{title}</title><link>{base}/story/{n}.html</link>"
            f"<guid>urn:story:{n}</guid><pubDate>Mon, 0{n} Aug 2025 09:00:00 GMT</pubDate>"
            f"{content}</item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Coastal Dispatch</title><link>https://coastal.example</link>"
        + "".join(out)
        + "</channel></rss>"
    ).encode()


class Site:
    """What the server serves, changed by the test between polls; and what it was asked."""

    def __init__(self) -> None:
        self.items = ["1", "2"]
        self.failures = RETRIES + 1  # a 500 to every try of the first poll, then garbage
        self.requests: list[tuple[str, str | None, str | None]] = []
        self.base = ""


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep the test output clean
            pass

        def do_GET(self) -> None:
            state.requests.append(
                (self.path, self.headers.get("If-None-Match"), self.headers.get("User-Agent"))
            )
            if self.path == "/feed.xml":
                body = _rss(state.items, state.base)
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(200, body, "application/rss+xml", etag)
            elif self.path == "/broken.xml":
                if state.failures:
                    state.failures -= 1
                    self._send(500, b"server error", "text/plain")
                else:
                    self._send(200, b"<<< this is not a feed >>>", "application/xml")
            elif self.path.startswith("/story/"):
                n = self.path.removeprefix("/story/").removesuffix(".html")
                if n in STORIES:
                    self._send(200, _page(n), "text/html; charset=utf-8")
                else:
                    self._send(404, b"not found", "text/plain")
            else:
                self._send(404, b"not found", "text/plain")

        def _send(self, code: int, body: bytes, ctype: str, etag: str | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def test_polls_ingest_new_items_once_and_survive_a_broken_feed(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sayso.sources.fetch.BACKOFF_S", 0.0)
    feed, broken = f"{site.base}/feed.xml", f"{site.base}/broken.xml"
    with Ledger(str(tmp_path / "watch.db")) as ledger:
        first = watch(ledger, [feed, broken], interval=0, max_polls=1)
        assert first[0].new == 2 and first[0].error is None
        assert first[1].error == "HTTP 500"  # retried, then reported; the run goes on
        assert {a.id for a in ledger.articles()} == {
            f"{site.base}/story/1.html",  # fetched from its link
            f"{site.base}/story/2.html",  # read from the feed's own content
        }
        assert ledger.claims(), "the stories carry figures"

        second = watch(ledger, [feed, broken], interval=0, max_polls=1)
        assert second[0].not_modified  # the ETag came back: 304, nothing parsed
        assert second[1].error and second[1].error.startswith("broken feed")

        site.items = ["3", "2", "1"]
        third = poll(ledger, feed)
        assert (third.new, third.seen) == (1, 2)
        assert len(ledger.articles()) == 3
        assert seen_guids(ledger.store, feed) == {"urn:story:1", "urn:story:2", "urn:story:3"}
        assert feed_state(ledger.store, feed).etag
        assert feed_state(ledger.store, broken).last_error.startswith("broken feed")

    pages = [path for path, _, _ in site.requests if path.startswith("/story/")]
    assert pages == ["/story/1.html"]  # never fetched twice; items with content not at all
    assert {ua for _, _, ua in site.requests} == {USER_AGENT}
    assert any(etag for path, etag, _ in site.requests if path == "/feed.xml")


def test_cli_watch_once_and_max_polls(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    done = runner.invoke(app, ["watch", f"{site.base}/feed.xml", "--once", "--db", db])
    assert done.exit_code == 0, done.output
    assert "2 new" in done.output
    done = runner.invoke(
        app, ["watch", f"{site.base}/feed.xml", f"{site.base}/nowhere.xml", "--max-polls", "2",
              "--interval", "0", "--db", db],
    )
    assert done.exit_code == 0, done.output
    assert "not modified" in done.output and "HTTP 404" in done.output
    with Ledger(db) as ledger:
        assert len(ledger.articles()) == 2
