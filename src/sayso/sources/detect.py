"""Cheap guesses about an input: its kind (when the extension does not say) and its language.

Both are heuristics on purpose: they run on every article, need no model, and only have to
separate the cases sayso treats differently (English news vs. anything else).
"""

from __future__ import annotations

import re

# Frequent English function words (and "said", ubiquitous in news); in English prose they make
# up roughly a third to a half of the tokens, in other languages written in Latin script
# well under a tenth.
ENGLISH_WORDS = frozenset(
    "the of and to in is was are were be been has have had a an that for on with as at by "
    "from it its this which who said says not but or will would after over than their they "
    "he she his her we our".split()
)
ENGLISH_SHARE = 0.15  # below this share of function words, the text is not taken as English
MIN_WORDS = 8  # fewer words than this say too little to overrule the default
UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE
)


def guess_language(text: str) -> str:
    """An ISO 639 code for ``text``: "en", "ru", "uk" or "und" (undetermined)."""
    words = _WORD.findall(text)
    letters = [c for w in words for c in w]
    if not letters:
        return "und"
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyrillic > len(letters) / 2:
        return "uk" if any(c in UKRAINIAN_LETTERS for c in letters) else "ru"
    if len(words) < MIN_WORDS:
        return "en"  # a headline-sized text: keep sayso's default rather than guess
    hits = sum(1 for w in words if w.lower() in ENGLISH_WORDS)
    return "en" if hits / len(words) >= ENGLISH_SHARE else "und"


def sniff_kind(text: str) -> str:
    """ "json", "html" or "text" for content whose name does not tell its kind."""
    head = text.lstrip()[:2048]
    if head[:1] in ("{", "["):
        return "json"
    if head[:1] == "<" and _HTML_START.search(head):
        return "html"
    return "text"
