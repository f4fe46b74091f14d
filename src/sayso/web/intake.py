"""What the "add articles" form and ``POST /api/ingest`` take in: pasted text, uploaded files
and URLs, turned into Articles by the same readers as ``sayso ingest``; and the jobs that
ingest them in the background while a page shows their progress.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import httpx

from sayso.records import Article
from sayso.sources import MAX_BYTES, read_inputs

#: Content types of fetched pages, and the reader each goes to.
_KIND_OF_TYPE = {"text/html": ".html", "application/xhtml+xml": ".html",
                 "application/json": ".json", "text/plain": ".txt"}
FETCH_TIMEOUT_S = 20.0


@dataclass
class Input:
    """One thing to read: bytes, a label the user knows it by, and the id it gets when the
    content names none (a pasted text's hash, an upload's name, a URL)."""

    data: bytes
    label: str
    default_id: str
    suffix: str
    url: str | None = None
    title: str | None = None


def pasted(text: str, title: str | None = None) -> Input:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Input(text.encode("utf-8"), "pasted text", f"pasted:{digest}", ".txt",
                 title=(title or "").strip() or None)


def uploaded(name: str, data: bytes) -> Input:
    base = os.path.basename(name or "upload") or "upload"
    suffix = os.path.splitext(base)[1].lower()
    if suffix not in (".txt", ".html", ".htm", ".json", ".jsonl"):
        suffix = ""  # sniffed from the content
    return Input(data, base, f"upload:{base}", suffix)


def urls_of(text: str) -> list[str]:
    """The URLs in a box of text, one a line (or separated by spaces)."""
    return [u for u in re.split(r"\s+", text or "") if u]


def fetch(url: str, client: httpx.Client | None = None) -> Input:
    """Download one page (http or https, at most ``MAX_BYTES``); raises ``ValueError`` with a
    reason the user can read."""
    if not re.match(r"https?://", url):
        raise ValueError(f"{url}: only http:// and https:// URLs can be fetched")
    own = client is None
    client = client or httpx.Client(follow_redirects=True, timeout=FETCH_TIMEOUT_S,
                                    headers={"User-Agent": "sayso"})
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise ValueError(f"{url}: the server answered {response.status_code}")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise ValueError(f"{url}: larger than {MAX_BYTES // 1_000_000} MB")
                chunks.append(chunk)
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            final = str(response.url)
    except httpx.HTTPError as exc:
        raise ValueError(f"{url}: could not be fetched ({type(exc).__name__})") from exc
    finally:
        if own:
            client.close()
    return Input(b"".join(chunks), url, final, _KIND_OF_TYPE.get(ctype, ""), url=final)


def read(inputs: list[Input], *, published: date | None = None,
         outlet: str | None = None) -> list[Article | str]:
    """Articles from the inputs, or one line of text per input that could not be read."""
    out: list[Article | str] = []
    with tempfile.TemporaryDirectory(prefix="sayso-web-") as tmp:
        for n, item in enumerate(inputs):
            path = os.path.join(tmp, f"input-{n}{item.suffix}")
            with open(path, "wb") as fh:
                fh.write(item.data)
            for found in read_inputs([path], published=published, outlet=outlet):
                if not isinstance(found, Article):
                    out.append(str(found).replace(path, item.label))
                    continue
                if found.id == path:
                    found = dataclasses.replace(found, id=item.default_id)
                found.source = item.url or item.label
                found.url = found.url or item.url
                if item.title:
                    found.title = item.title
                out.append(found)
    return out


@dataclass
class Job:
    """One ingest run of the add form, watched by the job page."""

    id: str
    total: int = 0
    done: int = 0
    state: str = "queued"  # queued, running, done, failed
    log: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    summary: dict | None = None
    error: str | None = None
    started: float = field(default_factory=time.time)

    def as_dict(self) -> dict:
        return {
            "id": self.id, "state": self.state, "done": self.done, "total": self.total,
            "log": list(self.log), "articles": list(self.article_ids), "summary": self.summary,
            "error": self.error,
        }


class Jobs:
    """Background ingest jobs, one at a time (the store has one writer), kept in memory."""

    def __init__(self, keep: int = 100) -> None:
        self._jobs: dict[str, Job] = {}
        self._keep = keep
        self._lock = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def start(self, work: Callable[[Job], None]) -> Job:
        job = Job(id=uuid.uuid4().hex[:12])
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[: max(0, len(self._jobs) - self._keep)]:
                del self._jobs[old]

        def run() -> None:
            job.state = "running"
            try:
                work(job)
                job.state = "done"
            except Exception as exc:  # the page must say what went wrong, not hang
                job.error = " ".join(str(exc).split()) or type(exc).__name__
                job.state = "failed"

        threading.Thread(target=run, name=f"sayso-job-{job.id}", daemon=True).start()
        return job
