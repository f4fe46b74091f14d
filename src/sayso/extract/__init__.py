"""From an article's text to grounded claims.

One spaCy Doc per article; each sentence's figures are found (``quantities``), typed and
directed (``frames``), attributed (``attribution``) and dated (``dates``). Every claim carries
the span of the clause it rests on, and ``text[start:end]`` is always its quote.
"""

from __future__ import annotations

from datetime import date

from sayso.extract.engine import EXTRACTOR_VERSION, extract_claims
from sayso.records import Article, Claim

__all__ = ["EXTRACTOR_VERSION", "extract_claims", "extract_text"]


def extract_text(
    text: str, published: date | None = None, outlet: str | None = None, article_id: str = "text"
) -> list[Claim]:
    """The claims of one text, without a store."""
    return extract_claims(Article(id=article_id, text=text, published=published, outlet=outlet))
