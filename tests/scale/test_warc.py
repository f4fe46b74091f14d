"""WARC archives as CC-NEWS ships them: HTML responses become articles, the rest is skipped."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sayso.ledger import Ledger
from sayso.sources import read_inputs
from sayso.sources.errors import SourceError

PAGE = """<html><head><title>{title}</title>
<meta property="article:published_time" content="2025-07-{day}T08:00:00Z">
<link rel="canonical" href="{url}"></head>
<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>
<p>{body}</p><p>The regional governor said crews worked through the night to clear debris
from the damaged buildings.</p></article><footer>All rights reserved.</footer></body></html>"""


def _response(writer: WARCWriter, url: str, status: str, ctype: str, body: bytes, extra=()):
    headers = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def build_warc(path: Path, compress: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for n, (title, body) in enumerate(
            [
                (
                    "Air force reports 48 drones shot down overnight",
                    "Ukraine's air force said on Tuesday that it shot down 48 of 60 drones "
                    "launched by Russia overnight.",
                ),
                (
                    "Hundreds return in latest prisoner swap",
                    "Russia and Ukraine each released 150 prisoners of war on Friday, the "
                    "Ukrainian coordination headquarters said.",
                ),
            ]
        ):
            url = f"https://news.example/story-{n}"
            page = PAGE.format(title=title, body=body, url=url, day=10 + n)
            _response(writer, url, "200 OK", "text/html; charset=utf-8", page.encode())
            req = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        _response(writer, "https://news.example/report.pdf", "200 OK", "application/pdf",
                  b"%PDF-1.4 not an article")
        _response(writer, "https://news.example/gone", "404 Not Found", "text/html",
                  b"<html><body>Not found</body></html>")
        _response(writer, "https://news.example/old", "301 Moved Permanently", "text/html", b"",
                  extra=[("Location", "https://news.example/story-0")])


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_articles_in_the_rest_skipped_with_reasons(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    build_warc(path, compress=name.endswith(".gz"))
    if name.endswith(".gz"):
        with open(path, "rb") as fh:
            assert fh.read(2) == b"\x1f\x8b"
            gzip.open(path).read(10)

    with Ledger(str(tmp_path / "warc.db")) as ledger:
        summary = ledger.ingest([path])
        ids = [a.id for a in ledger.articles()]
        claims = ledger.claims()
    assert ids == ["https://news.example/story-0", "https://news.example/story-1"]
    assert summary.added == 2
    assert claims and {c.article_id for c in claims} == set(ids)
    reasons = sorted(summary.skipped)
    assert len(reasons) == 3
    assert any("gone" in r and "HTTP 404" in r for r in reasons)
    assert any("report.pdf" in r and "not HTML (application/pdf)" in r for r in reasons)
    assert any("old" in r and "301" in r and "redirect to https://news.example/story-0" in r
               for r in reasons)


def test_warc_in_a_folder_and_a_broken_archive(tmp_path: Path) -> None:
    build_warc(tmp_path / "a.warc.gz", compress=True)
    (tmp_path / "b.warc").write_bytes(b"this is not an archive at all\n" * 10)
    items = list(read_inputs([tmp_path]))
    articles = [i for i in items if not isinstance(i, SourceError)]
    errors = [str(i) for i in items if isinstance(i, SourceError)]
    assert len(articles) == 2
    assert all(a.url and a.url.startswith("https://news.example/story-") for a in articles)
    assert any(e.startswith(str(tmp_path / "b.warc")) and "WARC" in e for e in errors)
