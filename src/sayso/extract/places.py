"""Places below the level of a state ("the Kursk region", "Kharkiv") and the state holding them.

Read from ``places.tsv`` (bundled, then the user's ``$SAYSO_LEXICON`` folders), so that a figure
placed "over the Bryansk region" finds its defender without a line of code. A country's own
names and capitals are in ``countries.tsv``; this file only adds what lies inside one.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.tokens import Token

from sayso.extract.actors import country_in
from sayso.extract.lexicon import _alts, _rows, lexicon


@lru_cache(maxsize=4)
def _places(extra: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _rows("places.tsv"):
        if len(row) < 2:
            continue
        for name in _alts(row[0]):
            out[name.lower()] = row[1].upper()
    return out


def places() -> dict[str, str]:
    """Lower-case place name -> country code (reloaded when ``$SAYSO_LEXICON`` changes)."""
    return _places(os.environ.get("SAYSO_LEXICON", ""))


def place_country(tokens: list[Token]) -> str | None:
    """The state a run of tokens places something in: a country, a capital or a known place."""
    hit = country_in(tokens, lexicon())
    if hit:
        return hit
    table = places()
    words = [t.text.lower() for t in tokens]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            code = table.get(" ".join(words[i : i + n]))
            if code:
                return code
    return None
