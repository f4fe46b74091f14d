"""What the parser is allowed to see: bounded work on any text, and English text only.

spaCy and sayso's per-sentence rules slow down sharply on pathological input: one
50,000-character "sentence" took over 20 s where the same words in ordinary sentences take
about one. No news sentence is that long, so such stretches are blanked (replaced by spaces,
newlines kept) before parsing, and only the first ``MAX_ANALYSED_CHARS`` characters of an
article are parsed at all. Blanking keeps every offset, so claims still point into the
article's own text; nothing is ever claimed from a blanked stretch.
"""

from __future__ import annotations

import re

from sayso.records import Article

#: A stretch between sentence ends (or line breaks) longer than this is not parsed.
MAX_SENTENCE_CHARS = 2_000
#: Characters of one article that are parsed at most: about 8,000 words, a long feature.
#: Extraction time grows faster than the text (some per-sentence steps look at the whole
#: Doc): 40,000 characters of cue sentences took 12 s here, 200,000 took five minutes.
MAX_ANALYSED_CHARS = 50_000
#: The only language sayso's pipeline and lexicons are built for.
ANALYSED_LANGUAGES = frozenset({"en"})

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


def analysable(article: Article) -> bool:
    """False for text in a language the English pipeline would mis-analyse."""
    return article.language in ANALYSED_LANGUAGES


def skipped_regions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` stretches of ``text`` that are not parsed, in order."""
    regions: list[tuple[int, int]] = []
    limit = min(len(text), MAX_ANALYSED_CHARS)
    pos = 0
    while pos < limit:
        newline = text.find("\n", pos, limit)
        end = limit if newline < 0 else newline
        if end - pos > MAX_SENTENCE_CHARS:
            regions.extend(_long_sentences(text, pos, end))
        pos = end + 1
    if len(text) > MAX_ANALYSED_CHARS:
        regions.append((MAX_ANALYSED_CHARS, len(text)))
    return regions


def _long_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() - pos > MAX_SENTENCE_CHARS:
            found.append((pos, m.end()))
        pos = m.end()
    if end - pos > MAX_SENTENCE_CHARS:
        found.append((pos, end))
    return found


def parse_text(article: Article) -> str | None:
    """The text to hand the parser: ``None`` when the article is not to be analysed, else its
    text cut to ``MAX_ANALYSED_CHARS`` with pathological stretches blanked (offsets kept)."""
    text = article.text
    if not text or not text.strip() or not analysable(article):
        return None
    regions = skipped_regions(text)
    if not regions:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in regions:
        if start >= MAX_ANALYSED_CHARS:
            break
        parts.append(text[pos:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    parts.append(text[pos:MAX_ANALYSED_CHARS])
    result = "".join(parts)[:MAX_ANALYSED_CHARS]
    return result if result.strip() else None


def notes(article: Article) -> list[str]:
    """Why an article is analysed only in part, or not at all: lines for the ingest summary."""
    if not analysable(article):
        return [f"not analysed: language {article.language!r} is not English"]
    regions = skipped_regions(article.text)
    if not regions:
        return []
    chars = sum(end - start for start, end in regions)
    return [f"partly analysed: {chars} characters in {len(regions)} overlong stretch(es) skipped"]
