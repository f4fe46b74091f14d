"""sayso: who says so? Attributed claims from news reports, grouped into events."""

from sayso.records import Actor, Article, Claim, Event, Span, Verdict

__version__ = "0.1.0"

__all__ = ["Actor", "Article", "Claim", "Event", "Span", "Verdict", "extract", "__version__"]


def extract(text: str, published=None, outlet: str | None = None, article_id: str = "text"):
    """The claims of one text, without a store (see ``sayso.extract.extract_claims``)."""
    from sayso.extract import extract_text

    return extract_text(text, published=published, outlet=outlet, article_id=article_id)
