"""RSS and Atom feeds (feedparser): each item becomes an Article.

An item that carries its full text (Atom ``content``, RSS ``content:encoded``) is read from the
feed; otherwise the page it links to is fetched and read as HTML. Every item has a stable key
(its GUID, else its link, else its title) so that a watcher never ingests it twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import feedparser
import lxml.html

from sayso.records import Article
from sayso.sources.decode import decode_bytes
from sayso.sources.errors import SourceError
from sayso.sources.html import read_html

#: Item content shorter than this is a teaser: the linked page is fetched instead.
MIN_CONTENT_CHARS = 400


@dataclass
class FeedItem:
    guid: str
    link: str | None
    title: str | None
    published: date | None
    content_html: str | None  # full text carried by the feed, if any
    outlet: str | None


class BrokenFeed(Exception):
    """A feed that is not RSS or Atom at all."""


def parse_feed(data: bytes, url: str) -> list[FeedItem]:
    """The items of a feed, in feed order; ``BrokenFeed`` when nothing in it is a feed."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "not RSS or Atom"
        raise BrokenFeed(f"{url}: broken feed ({' '.join(str(reason).split())})")
    if not parsed.entries and not parsed.feed.get("title"):
        raise BrokenFeed(f"{url}: not RSS or Atom")
    outlet = (parsed.feed.get("title") or "").strip() or None
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        title = (entry.get("title") or "").strip() or None
        key = entry.get("id") or link or title
        if not key:
            key = hashlib.sha256(repr(sorted(entry.items())).encode()).hexdigest()
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(
            FeedItem(
                guid=str(key),
                link=link,
                title=title,
                published=date(*stamp[:3]) if stamp else None,
                content_html=max(contents, key=len) if contents else None,
                outlet=outlet,
            )
        )
    return items


def item_article(item: FeedItem, get_page: Callable[[str], bytes]) -> Article:
    """The Article of an item: from its content when it carries the full text, else from the
    page at its link (``get_page`` fetches it; its errors propagate)."""
    name = item.link or item.guid
    text = _content_text(item)
    if text is not None:
        article = Article(id=name, text=text, url=item.link, title=item.title, source=name)
    elif item.link:
        html, _ = decode_bytes(get_page(item.link), item.link)
        article = read_html(html, item.link, source=item.link)
        article.url = article.url or item.link
    else:
        raise SourceError(name, "feed item has neither content nor link")
    article.outlet = article.outlet or item.outlet
    article.published = article.published or item.published
    return article


def _content_text(item: FeedItem) -> str | None:
    """Headline, blank line, paragraphs (FORMAT.md's shape) of the item's own content."""
    if not item.content_html:
        return None
    root = lxml.html.fromstring(item.content_html)
    blocks = root.xpath("//p|//h2|//h3|//li") or [root]
    paragraphs = [" ".join(b.text_content().split()) for b in blocks]
    paragraphs = [p for p in paragraphs if p]
    body = "\n\n".join(paragraphs)
    if len(body) < MIN_CONTENT_CHARS:
        return None
    return "\n\n".join(filter(None, [item.title, body]))
