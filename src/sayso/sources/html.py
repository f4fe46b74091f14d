"""HTML pages: trafilatura strips the boilerplate and reads the metadata.

The text is rebuilt as headline, blank line, paragraphs separated by blank lines, the shape
FORMAT.md gives gold texts, so that HTML and text inputs look alike to the extractors.
"""

from __future__ import annotations

import re
from datetime import date

import trafilatura

from sayso.records import Article
from sayso.sources.errors import SourceError

# htmldate's pattern search over the page text is what turns a footer's "© 2024" into
# 2024-01-01; without it, only markup, meta tags and the URL are read.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(html: str, name: str, *, source: str | None = None) -> Article:
    """An Article from an HTML page; ``name`` is its id unless the page names its own URL."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={**_DATE_PARAMS, "max_date": date.today().isoformat()},
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise SourceError(name, f"cannot parse HTML ({type(exc).__name__})") from exc
    if doc is None or not (doc.text or "").strip():
        raise SourceError(name, "no article text found in HTML")

    title = (doc.title or "").strip() or None
    paragraphs = [line.strip() for line in doc.text.split("\n") if line.strip()]
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([title] if title else []) + paragraphs)

    notes: list[str] = []
    published = _published(doc.date, html, notes)
    url = doc.url if doc.url and re.match(r"https?://", doc.url) else None
    return Article(
        id=url or name,
        text=text,
        url=url,
        outlet=(doc.sitename or "").strip() or None,
        title=title or (paragraphs[0] if paragraphs else None),
        published=published,
        source=source,
        notes=notes,
    )


def _published(found: str | None, html: str, notes: list[str]) -> date | None:
    """The page's date, refusing a bare 1 January that the page does not itself state."""
    if not found:
        return None
    try:
        day = date.fromisoformat(found[:10])
    except ValueError:
        notes.append(f"unreadable publication date: {found}")
        return None
    if (day.month, day.day) == (1, 1) and not _states_new_year(html, day.year):
        notes.append(f"ignored {day.isoformat()}: likely a copyright year, not a date")
        return None
    return day


def _states_new_year(html: str, year: int) -> bool:
    pattern = (
        rf"{year}[-/.]0?1[-/.]0?1(?!\d)|\b0?1[-/.]0?1[-/.]{year}"
        rf"|\b1(?:st)? Jan\w* {year}|\bJan\w* 1(?:st)?,? {year}"
    )
    return re.search(pattern, html, re.IGNORECASE) is not None
