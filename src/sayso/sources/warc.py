"""WARC and WARC.gz archives (as in Common Crawl's CC-NEWS): one Article per HTML response.

Records are streamed with warcio, so an archive of any size is read in constant memory. Only
``response`` records are inputs; every response that is not a page of HTML with status 200 (a
PDF, a 404, a redirect) is reported as skipped, with the reason, under its target URI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from sayso.records import Article
from sayso.sources.decode import decode_bytes
from sayso.sources.errors import SourceError
from sayso.sources.html import read_html

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: A single page larger than this is not an article (the archive itself may be any size).
MAX_RECORD_BYTES = 20_000_000


def is_warc(path: str | os.PathLike[str]) -> bool:
    return os.fspath(path).lower().endswith(SUFFIXES)


def read_warc(path: str) -> Iterator[Article | SourceError]:
    """Articles of the HTML responses in ``path``; a SourceError for every other response."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; the iterator reads it lazily
    except OSError as exc:
        yield SourceError(path, f"cannot read ({exc.strerror or exc})")
        return
    with fh:
        try:
            for record in ArchiveIterator(fh):
                if not str(record.format).startswith("warc"):  # warcio reads junk as ARC
                    yield SourceError(path, "not a WARC archive (no WARC record header)")
                    return
                if record.rec_type == "response":
                    yield _response(path, record)
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield SourceError(path, f"not a readable WARC archive ({' '.join(str(exc).split())})")


def _response(path: str, record) -> Article | SourceError:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#record"
    name = uri
    http = record.http_headers
    if http is None:
        return SourceError(name, "skipped: not an HTTP response")
    status = http.get_statuscode() or "?"
    if status.startswith("3"):
        where = http.get_header("Location") or "nowhere"
        return SourceError(name, f"skipped: HTTP {http.statusline} (redirect to {where})")
    if status != "200":
        return SourceError(name, f"skipped: HTTP {http.statusline}")
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        return SourceError(name, f"skipped: not HTML ({ctype or 'no content type'})")
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return SourceError(name, f"skipped: page larger than {MAX_RECORD_BYTES} bytes")
    try:
        html, _ = decode_bytes(data, name)
        article = read_html(html, name, source=f"{path}#{uri}")
    except SourceError as exc:
        return exc
    if article.url is None and uri.startswith(("http://", "https://")):
        article.url = uri
    return article
