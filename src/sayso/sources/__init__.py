"""Every input kind → ``Article``: text, HTML and JSON files, folders of them, and stdin.

One entry point, ``read_inputs``, yields an Article or a SourceError per input, so a bad file
is reported by name and the files around it are still read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date

from sayso.records import Article
from sayso.sources.decode import decode_bytes
from sayso.sources.detect import guess_language, sniff_kind
from sayso.sources.errors import SourceError
from sayso.sources.html import read_html
from sayso.sources.jsonfile import looks_like_jsonl, read_json, read_jsonl
from sayso.sources.text import read_text

__all__ = ["MAX_BYTES", "SUFFIXES", "SourceError", "guess_language", "read_inputs"]

#: Larger inputs are refused: no news article is this big, and reading one would stall a run.
MAX_BYTES = 20_000_000
#: Extensions picked up when walking folders, and the kind each names.
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
NO_DATE = "no publication date found"
STDIN_NAME = "stdin"


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | None = None,
    outlet: str | None = None,
) -> Iterator[Article | SourceError]:
    """Read files, folders (recursively, sorted) and ``-`` (stdin).

    ``published`` and ``outlet`` override whatever the inputs say (the CLI's ``--published``
    and ``--outlet``).
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            items = _read_stdin()
        elif os.path.isdir(path):
            items = (item for file in _walk(path) for item in _read_file(file))
        else:
            items = _read_file(path)
        for item in items:
            yield item if isinstance(item, SourceError) else _finish(item, published, outlet)


def _walk(folder: str) -> Iterator[str]:
    """Known-kind files under ``folder``, sorted, hidden files and folders skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                path = os.path.join(root, name)
                found.append((os.path.relpath(path, folder).split(os.sep), path))
    return (path for _, path in sorted(found))


def _read_file(path: str) -> Iterator[Article | SourceError]:
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise SourceError(path, _too_large(size))
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        yield SourceError(path, "no such file or directory")
        return
    except SourceError as exc:
        yield exc
        return
    except OSError as exc:
        yield SourceError(path, f"cannot read ({exc.strerror or exc})")
        return
    kind = SUFFIXES.get(os.path.splitext(path)[1].lower())
    yield from _parse(data, path, path, kind)


def _read_stdin() -> Iterator[Article | SourceError]:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(MAX_BYTES + 1) if stream else sys.stdin.read(MAX_BYTES + 1).encode()
    yield from _parse(data, STDIN_NAME, "-", None)


def _parse(
    data: bytes, name: str, source: str, kind: str | None
) -> Iterator[Article | SourceError]:
    """Decode and dispatch one input; ``kind`` None means sniff it from the content."""
    try:
        if len(data) > MAX_BYTES:
            raise SourceError(name, _too_large(len(data)))
        content, encoding = decode_bytes(data, name)
        if not content.strip():
            raise SourceError(name, "empty file")
        if kind is None:
            kind = sniff_kind(content)
            if kind == "json" and looks_like_jsonl(content):
                kind = "jsonl"
        if kind == "json":
            items = list(read_json(content, name, source=source))
        elif kind == "jsonl":
            items = list(read_jsonl(content, name, source=source))
        elif kind == "html":
            items = [read_html(content, name, source=source)]
        else:
            items = [read_text(content, name, source=source)]
    except SourceError as exc:
        yield exc
        return
    for item in items:
        if isinstance(item, Article) and encoding not in ("utf-8", "utf-16"):
            item.notes.append(f"decoded as {encoding}")
        yield item


def _finish(article: Article, published: date | None, outlet: str | None) -> Article:
    """Apply the caller's overrides and the fields every kind shares."""
    if published is not None:
        article.published = published
    if outlet is not None:
        article.outlet = outlet
    if article.published is None:
        article.notes.append(NO_DATE)
    article.language = guess_language(article.text)
    return article


def _too_large(size: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB, limit {MAX_BYTES / 1e6:g} MB)"
