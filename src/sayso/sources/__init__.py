"""Every input kind → ``Article``: text, HTML and JSON files, folders of them, and stdin.

One entry point, ``read_inputs``, yields an Article or a SourceError per input, so a bad file
is reported by name and the files around it are still read.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date

from sayso.records import Article
from sayso.sources.decode import decode_bytes
from sayso.sources.detect import guess_language, sniff_kind
from sayso.sources.errors import SourceError
from sayso.sources.html import read_html
from sayso.sources.jsonfile import looks_like_jsonl, read_json, read_jsonl
from sayso.sources.sanitise import sanitise
from sayso.sources.text import read_text
from sayso.sources.warc import is_warc, read_warc

__all__ = [
    "MAX_BYTES",
    "MAX_BYTES_ENV",
    "SUFFIXES",
    "SourceError",
    "guess_language",
    "max_bytes_limit",
    "read_inputs",
]

#: Larger inputs are refused: no news article is this big, and reading one would stall a run.
MAX_BYTES = 20_000_000
#: Environment variable that overrides ``MAX_BYTES`` (the CLI's ``--max-bytes`` beats both).
MAX_BYTES_ENV = "SAYSO_MAX_BYTES"
#: Extensions picked up when walking folders, and the kind each names.
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
NO_DATE = "no publication date found"
STDIN_NAME = "stdin"


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | None = None,
    outlet: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[Article | SourceError]:
    """Read files, folders (recursively, sorted) and ``-`` (stdin).

    ``published`` and ``outlet`` override whatever the inputs say (the CLI's ``--published``
    and ``--outlet``); ``max_bytes`` is the size limit (default: ``max_bytes_limit()``).
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    limit = max_bytes_limit(max_bytes)
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            items = _read_stdin(limit)
        elif os.path.isdir(path):
            items = _read_folder(path, limit)
        elif is_warc(path):  # streamed record by record: no size limit on the archive
            items = read_warc(path)
        else:
            items = _read_file(path, limit)
        for item in items:
            yield item if isinstance(item, SourceError) else _finish(item, published, outlet)


def max_bytes_limit(given: int | None = None) -> int:
    """The size limit: ``given``, else ``$SAYSO_MAX_BYTES``, else ``MAX_BYTES``."""
    if given is not None:
        return given
    env = os.environ.get(MAX_BYTES_ENV, "").strip()
    if env:
        try:
            return int(env)
        except ValueError:
            raise ValueError(f"${MAX_BYTES_ENV} must be a number of bytes, not {env!r}") from None
    return MAX_BYTES


def _read_folder(folder: str, limit: int) -> Iterator[Article | SourceError]:
    """Every known-kind file under ``folder``; a folder with none is reported, not ignored."""
    empty = True
    for file in _walk(folder):
        empty = False
        yield from read_warc(file) if is_warc(file) else _read_file(file, limit)
    if empty:
        yield SourceError(folder, f"folder holds no {'/'.join(SUFFIXES)} files")


def _walk(folder: str) -> Iterator[str]:
    """Known-kind files under ``folder``, sorted, hidden files and folders skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            known = os.path.splitext(name)[1].lower() in SUFFIXES or is_warc(name)
            if not name.startswith(".") and known:
                path = os.path.join(root, name)
                found.append((os.path.relpath(path, folder).split(os.sep), path))
    return (path for _, path in sorted(found))


def _read_file(path: str, limit: int) -> Iterator[Article | SourceError]:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the run, a device never ends
            raise SourceError(path, "not a regular file")
        if info.st_size > limit:
            raise SourceError(path, _too_large(info.st_size, limit))
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        yield SourceError(path, "no such file or directory")
        return
    except PermissionError:
        yield SourceError(path, "cannot read (permission denied)")
        return
    except SourceError as exc:
        yield exc
        return
    except OSError as exc:
        yield SourceError(path, f"cannot read ({exc.strerror or exc})")
        return
    kind = SUFFIXES.get(os.path.splitext(path)[1].lower())
    yield from _parse(data, path, path, kind, limit)


def _read_stdin(limit: int) -> Iterator[Article | SourceError]:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(limit + 1) if stream else sys.stdin.read(limit + 1).encode()
    yield from _parse(data, STDIN_NAME, "-", None, limit)


def _parse(
    data: bytes, name: str, source: str, kind: str | None, limit: int | None = None
) -> Iterator[Article | SourceError]:
    """Decode and dispatch one input; ``kind`` None means sniff it from the content."""
    limit = max_bytes_limit(limit)
    try:
        if len(data) > limit:
            raise SourceError(name, _too_large(len(data), limit))
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
    sanitise(article)
    if published is not None:
        article.published = published
    if outlet is not None:
        article.outlet = outlet
    if article.published is None:
        article.notes.append(NO_DATE)
    article.language = guess_language(article.text)
    return article


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB, limit {limit / 1e6:g} MB)"
