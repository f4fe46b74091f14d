"""Plain-text articles, with an optional ``date YYYY-MM-DD Outlet`` header line.

The header is how a pasted article carries its publication date (relative dates such as
"on Saturday" resolve against it) without mixing it into the text the offsets point into.
"""

from __future__ import annotations

import re
from datetime import date

from sayso.records import Article
from sayso.sources.errors import SourceError

_HEADER = re.compile(
    r"date(?:\s*:\s*|\s+)(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?:\s+(?P<rest>.*))?",
    re.IGNORECASE,
)
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t\f\v]*\n)+")
_OUTLET_PUNCT = " \t|·•–—-:,;"


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF, so offsets mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped: an article's headline."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def read_text(content: str, name: str, *, source: str | None = None) -> Article:
    """An Article from plain text; ``name`` is its id (the path as given)."""
    text = normalise_newlines(content.removeprefix("\ufeff"))
    notes: list[str] = []
    published: date | None = None
    outlet: str | None = None
    header = _HEADER.fullmatch(first_line(text) or "")
    if header:
        _, _, text = _LEADING_BLANK_LINES.sub("", text).partition("\n")
        text = _LEADING_BLANK_LINES.sub("", text)
        try:
            published = date.fromisoformat(header["date"])
        except ValueError:
            notes.append(f"bad date in header: {header['date']}")
        outlet = (header["rest"] or "").strip(_OUTLET_PUNCT) or None
        if not text.strip():
            raise SourceError(name, "no text after the date header")
    return Article(
        id=name,
        text=text,
        outlet=outlet,
        title=first_line(text),
        published=published,
        source=source,
        notes=notes,
    )
