"""Hand-built records for the store tests: every field set, or every optional one empty."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sayso.records import Article, Claim, Event, Figure, Span, Verdict

TEXT = (
    "Russia said on Saturday it had handed over the bodies of 1,200 Ukrainian soldiers, "
    "Reuters reported. Kyiv acknowledged the figure."
)


def article(id: str = "a1", text: str = TEXT, **fields) -> Article:
    values = dict(
        url=f"https://example.org/{id}",
        outlet="Example Wire",
        title="Bodies returned",
        published=date(2025, 6, 14),
        language="en",
        source=f"corpus/{id}.json",
        notes=["no byline", "date from metadata"],
    )
    values.update(fields)
    return Article(id=id, text=text, **values)


def bare_article(id: str = "bare", text: str = "Nothing much.") -> Article:
    return Article(id=id, text=text)


def claim(article_id: str = "a1", start: int = 0, end: int = 20, **fields) -> Claim:
    """A claim with every field set; override any by keyword."""
    values = dict(
        measure="remains_returned",
        from_code="RUS",
        to_code="UKR",
        value=1200,
        quote=TEXT[start:end],
        claimant="RUSGOV",
        claimant_name="Russia",
        claimant_span=Span(0, 6),
        via=["REUTERS", "RUSMED"],
        stance="asserts",
        approx="about",
        undisclosed=False,
        scope="soldiers",
        hedged=True,
        event_type="remains_repatriation",
        event_date=date(2025, 6, 14),
        date_precision="day",
        event_id=None,
        confidence=0.875,
        extractor_version="test-1",
    )
    values.update(fields)
    return Claim(article_id=article_id, span=Span(start, end), **values)


def bare_claim(article_id: str = "a1", start: int = 5, end: int = 9) -> Claim:
    """A claim with every optional field left empty (undisclosed figure)."""
    return Claim(
        article_id=article_id,
        measure="prisoners_released",
        from_code=None,
        to_code=None,
        value=None,
        span=Span(start, end),
        quote="said",
        undisclosed=True,
    )


def rekeyed(claims: list[Claim], article_id: str) -> list[Claim]:
    """Copies of claims for another article, as the caller of ``add_article(copy_of=)`` makes."""
    return [replace(c, article_id=article_id, event_id=None) for c in claims]


def verdict(measure: str = "remains_returned", kind: str = "corroborated") -> Verdict:
    return Verdict(
        measure=measure,
        from_code="RUS",
        to_code="UKR",
        verdict=kind,
        low=1200,
        best=1200,
        high=1212,
        figures=[
            Figure(1200, None, False, ["RUSGOV", "UKRGOV"], ["asserts", "acknowledges"]),
            Figure(1212, "about", False, ["RUSMED"], ["asserts"]),
        ],
        scope="soldiers",
    )


def event(id: str, type: str = "remains_repatriation", day: date | None = None, **kw) -> Event:
    return Event(
        id=id,
        type=type,
        date=day,
        parties=("RUS", "UKR"),
        date_precision="day" if day else None,
        **kw,
    )
