"""From an article's text to grounded claims.

One spaCy Doc per article; each sentence's figures are found (``quantities``), typed and
directed (``frames``), attributed (``attribution``) and dated (``dates``). Every claim carries
the span of the clause it rests on, and ``text[start:end]`` is always its quote.
"""

from __future__ import annotations

import sys
import types
from datetime import date

from sayso.extract.engine import EXTRACTOR_VERSION, extract_claims
from sayso.records import Article, Claim

__all__ = ["EXTRACTOR_VERSION", "extract_claims", "extract_text"]


def extract_text(
    text: str, published: date | None = None, outlet: str | None = None, article_id: str = "text"
) -> list[Claim]:
    """The claims of one text, without a store."""
    return extract_claims(Article(id=article_id, text=text, published=published, outlet=outlet))


class _CallableModule(types.ModuleType):
    """``sayso.extract`` is both this package and the library's entry point: importing the
    package rebinds the name ``sayso.extract`` to it, so the package itself answers
    ``sayso.extract(text, published=…, outlet=…)`` whichever was imported first."""

    def __call__(
        self,
        text: str,
        published: date | None = None,
        outlet: str | None = None,
        article_id: str = "text",
    ) -> list[Claim]:
        return extract_text(text, published=published, outlet=outlet, article_id=article_id)


sys.modules[__name__].__class__ = _CallableModule
