"""From an article's text to grounded claims (placeholder until the engine lands)."""

from __future__ import annotations

from datetime import date

from sayso.records import Article, Claim

EXTRACTOR_VERSION = "0.0.0"


def extract_claims(article: Article) -> list[Claim]:
    """Every claim the article states, each grounded in a span of its text."""
    return []


def extract_text(text: str, published: date | None = None, outlet: str | None = None,
                 article_id: str = "text") -> list[Claim]:
    return extract_claims(Article(id=article_id, text=text, published=published, outlet=outlet))
