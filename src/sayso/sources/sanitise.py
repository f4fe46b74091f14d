"""Characters no store can hold, replaced one for one so that offsets still hold.

A JSON escape can smuggle in a NUL (PostgreSQL text refuses it) or a lone surrogate (it cannot
be encoded as UTF-8, so neither hashed nor stored). Each becomes U+FFFD, the replacement
character: the text keeps its length, and every other character stays as the input had it.
"""

from __future__ import annotations

import re

from sayso.records import Article

REPLACEMENT = "\ufffd"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_FIELDS = ("id", "text", "url", "outlet", "title", "source")


def clean(value: str) -> str:
    """``value`` with NULs and lone surrogates replaced, one character for one."""
    return _UNSTORABLE.sub(REPLACEMENT, value)


def sanitise(article: Article) -> Article:
    """Clean every text field of ``article`` in place; a note says when the text changed."""
    for name in _FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            cleaned = clean(value)
            if cleaned != value:
                setattr(article, name, cleaned)
                if name == "text":
                    count = len(_UNSTORABLE.findall(value))
                    article.notes.append(f"{count} unstorable character(s) replaced by U+FFFD")
    article.notes = [clean(n) for n in article.notes]
    return article
