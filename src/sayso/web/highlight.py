"""An article's text cut into pieces at every evidence boundary, for highlighting.

Spans overlap (one sentence can carry several claims), so the text is split at every start and
end; each piece knows the claims covering it. The template escapes every piece.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sayso.records import Claim


@dataclass
class Piece:
    text: str
    claims: list[int] = field(default_factory=list)  # indexes into the claims given


def pieces(text: str, claims: list[Claim]) -> list[Piece]:
    """The text in order, as pieces; a piece with claims is evidence for each of them."""
    bounds = {0, len(text)}
    for c in claims:
        if 0 <= c.span.start < c.span.end <= len(text):
            bounds.update((c.span.start, c.span.end))
    cuts = sorted(bounds)
    out: list[Piece] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [
            i for i, c in enumerate(claims)
            if c.span.start <= start and end <= c.span.end and c.span.end <= len(text)
        ]
        if out and not covering and not out[-1].claims:
            out[-1].text += text[start:end]
        else:
            out.append(Piece(text[start:end], covering))
    return out
