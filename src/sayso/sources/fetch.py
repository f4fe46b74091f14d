"""URLs fetched politely: an honest user agent, timeouts, a size cap and a few retries.

Used by ``sayso watch`` for feeds and the pages their items link to. Conditional requests
(ETag / Last-Modified) let an unchanged feed cost one 304 and nothing more.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx

from sayso import __version__

USER_AGENT = f"sayso/{__version__} (news claims ledger; python-httpx/{httpx.__version__})"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
#: A feed or page larger than this is refused: no article is, and reading one stalls a run.
MAX_BYTES = 5_000_000
#: Extra tries after a network error or a 5xx answer, with a doubling pause between them.
RETRIES = 2
BACKOFF_S = 0.5


class FetchError(Exception):
    """A URL that could not be fetched; ``str(e)`` is one line naming the URL and why."""

    def __init__(self, url: str, reason: str, *, transient: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient  # worth trying again at the next poll


@dataclass
class Fetched:
    url: str  # after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def client() -> httpx.Client:
    """An HTTP client with sayso's user agent, timeouts, and redirects followed."""
    return httpx.Client(
        headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True
    )


def fetch(
    http: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_BYTES,
    retries: int = RETRIES,
) -> Fetched:
    """GET ``url``; a 304 comes back as is, any other non-2xx raises ``FetchError``."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for attempt in range(retries + 1):
        try:
            return _get(http, url, headers, max_bytes)
        except FetchError as exc:
            if not exc.transient or attempt == retries:
                raise
        time.sleep(BACKOFF_S * 2**attempt)
    raise AssertionError("unreachable")


def _get(http: httpx.Client, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
    try:
        with http.stream("GET", url, headers=headers) as resp:
            if resp.status_code == 304:
                return Fetched(str(resp.url), 304, b"", dict(resp.headers))
            if resp.status_code >= 400:
                transient = resp.status_code >= 500 or resp.status_code == 429
                raise FetchError(url, f"HTTP {resp.status_code}", transient=transient)
            declared = int(resp.headers.get("Content-Length") or 0)
            if declared > max_bytes:
                raise FetchError(url, f"larger than {max_bytes} bytes")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, f"larger than {max_bytes} bytes")
                chunks.append(chunk)
            return Fetched(str(resp.url), resp.status_code, b"".join(chunks), dict(resp.headers))
    except httpx.HTTPError as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise FetchError(url, reason, transient=True) from exc
