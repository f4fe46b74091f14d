"""JSON and JSON Lines articles: the FORMAT.md fields, and nothing else.

Gold files carry ``claims`` and ``events``; only the whitelisted keys below are ever read,
so an evaluation can feed sayso its gold files without leaking the answers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sayso.records import Article
from sayso.sources.errors import SourceError
from sayso.sources.html import read_html
from sayso.sources.text import first_line

#: The only keys read from a JSON record.
FIELDS = ("id", "url", "outlet", "title", "published", "text", "html")
_STRING_FIELDS = ("id", "url", "outlet", "title", "text", "html")


def read_json(
    content: str, name: str, *, source: str | None = None
) -> Iterator[Article | SourceError]:
    """Articles from a .json file: one object, or a list of objects."""
    try:
        data = json.loads(content)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield SourceError(name, f"invalid JSON ({_reason(exc)})")
        return
    if isinstance(data, dict):
        yield _guarded(data, name, name, source)
    elif isinstance(data, list):
        if not data:
            yield SourceError(name, "empty JSON list, no articles")
        for i, item in enumerate(data):
            yield _guarded(item, f"{name}#{i}", f"{name}#{i}", source)
    else:
        yield SourceError(name, f"JSON {type(data).__name__} is not an article object or list")


def read_jsonl(
    content: str, name: str, *, source: str | None = None
) -> Iterator[Article | SourceError]:
    """Articles from a .jsonl file, one object per line; a bad line does not stop the others."""
    index = 0
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        try:
            item = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield SourceError(where, f"invalid JSON ({_reason(exc)})")
        else:
            yield _guarded(item, f"{name}#{index}", where, source)
        index += 1


def looks_like_jsonl(content: str) -> bool:
    """True for sniffed content that is JSON Lines rather than one JSON document."""
    try:
        json.loads(content)
    except json.JSONDecodeError as exc:
        return exc.msg == "Extra data"
    except RecursionError:
        return False
    return False


def _guarded(item: Any, default_id: str, where: str, source: str | None) -> Article | SourceError:
    try:
        return from_record(item, default_id, where, source=source)
    except SourceError as exc:
        return exc


def from_record(item: Any, default_id: str, where: str, *, source: str | None = None) -> Article:
    """An Article from one JSON object; ``where`` names it in errors."""
    if not isinstance(item, dict):
        raise SourceError(where, f"expected an object, got {type(item).__name__}")
    rec = {key: item[key] for key in FIELDS if item.get(key) is not None}
    for key in _STRING_FIELDS:
        if key in rec and not isinstance(rec[key], str):
            raise SourceError(where, f'"{key}" must be a string, not {type(rec[key]).__name__}')
    notes: list[str] = []
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        article = Article(id=default_id, text=rec["text"], title=first_line(rec["text"]))
    elif isinstance(rec.get("html"), str) and rec["html"].strip():
        article = read_html(rec["html"], where)
        if "published" not in rec:  # the page's own date notes matter only if it is used
            notes.extend(article.notes)
    elif "text" in rec or "html" in rec:
        raise SourceError(where, '"text" is empty')
    else:
        raise SourceError(where, 'no "text" or "html" field')

    article.id = rec.get("id") or rec.get("url") or article.url or default_id
    article.url = rec.get("url") or article.url
    article.outlet = rec.get("outlet") or article.outlet
    article.title = rec.get("title") or article.title
    if "published" in rec:
        article.published = _parse_date(rec["published"], notes)
    article.source = source
    article.notes = notes
    return article


def _parse_date(value: Any, notes: list[str]) -> date | None:
    """An ISO date or datetime; a bad value is a note, not an error: the text is still usable."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    notes.append(f"bad published value {repr(value)[:40]} ignored")
    return None


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    return "nested too deeply"
