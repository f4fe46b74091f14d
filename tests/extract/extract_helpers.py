"""What the extraction tests share: the claims of a short text, each checked to be grounded."""

from __future__ import annotations

from datetime import date

from sayso.extract import extract_text
from sayso.records import Claim


def grounded(text: str, published: date, outlet: str | None = None) -> list[Claim]:
    """The claims of ``text``; every one's quote must be the text at its span."""
    out = extract_text(text, published=published, outlet=outlet)
    for c in out:
        assert text[c.span.start : c.span.end] == c.quote, "every claim is grounded"
    return out


def headed(body: str, published: date, headline: str = "Report") -> list[Claim]:
    """The claims of a short article: a figure-free headline, then ``body``."""
    return grounded(f"{headline}\n\n{body}", published, outlet="Test Desk")


def facts(body: str, published: date, headline: str = "Report") -> set[tuple]:
    """(measure, from, to, value) of each claim of a short article (``headed``)."""
    return {
        (c.measure, c.from_code, c.to_code, c.value)
        for c in headed(body, published, headline=headline)
    }


def outcomes(claims: list[Claim]) -> set[tuple]:
    """What the claims say happened, whoever says it."""
    return {(c.measure, c.from_code, c.to_code, c.value, c.undisclosed) for c in claims}


def attributed(claims: list[Claim]) -> list[tuple]:
    """What the claims say and who says it through whom, sorted."""
    return sorted(
        (c.measure, c.from_code, c.to_code, c.value, c.claimant, tuple(c.via)) for c in claims
    )
