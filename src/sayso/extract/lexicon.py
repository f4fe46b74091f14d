"""The data files that teach sayso actors and words (see ``sayso/data/README.md``).

Everything the extractor knows about the world lives in tab-separated files, so that a user adds
an actor, an outlet or a cue verb without touching code. Extra folders with files of the same
names (``$SAYSO_LEXICON`` holds them, separated by ``os.pathsep``) extend the bundled ones.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the most tokens a country's name spans ("the Democratic Republic of the Congo")
_LONGEST_NAME = 6


def _rows(name: str) -> list[list[str]]:
    """The rows of every data file of this name: the bundled one first, then the user's."""
    texts = [resources.files("sayso.data").joinpath(name).read_text(encoding="utf-8")]
    for folder in filter(None, os.environ.get("SAYSO_LEXICON", "").split(os.pathsep)):
        path = Path(folder) / name
        if path.is_file():
            texts.append(path.read_text(encoding="utf-8"))
    rows = []
    for text in texts:
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _alts(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


@dataclass
class Country:
    code: str
    names: list[str]
    adjectives: list[str]
    demonyms: list[str]
    capitals: list[str]


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    #: surface word or phrase -> (country code, how it names it: name/adjective/demonym/capital)
    country_words: dict[str, tuple[str, str]] = field(default_factory=dict)
    roles: list[tuple[str, list[str]]] = field(default_factory=list)
    #: alias -> (code, display name)
    actors: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: actor code -> the country it speaks for (an outlet's home state: TASS -> RUS)
    actor_country: dict[str, str] = field(default_factory=dict)
    #: bloc code -> member states (WST -> USA, DEU, POL ...)
    blocs: dict[str, set[str]] = field(default_factory=dict)
    cues: dict[str, str] = field(default_factory=dict)
    measure_nouns: dict[str, str] = field(default_factory=dict)
    frames: dict[str, str] = field(default_factory=dict)
    _alias_pattern: re.Pattern | None = field(default=None, repr=False, compare=False)

    def alias_pattern(self) -> re.Pattern:
        """One pattern for every actor alias, built once: at each position it captures the
        longest alias starting there (a zero-width lookahead, so overlapping names are all
        seen). Scanning a phrase alias by alias cost more than parsing it."""
        if self._alias_pattern is None:
            alts = "|".join(re.escape(a) for a in sorted(self.actors, key=len, reverse=True))
            self._alias_pattern = re.compile(r"(?=(?<!\w)(" + (alts or "(?!)") + r")(?!\w))")
        return self._alias_pattern

    def country_of_word(self, word: str) -> tuple[str, str] | None:
        if word[:4] == "The ":  # "The West" opening a sentence
            word = "the " + word[4:]
        return self.country_words.get(word) or self.country_words.get(word.lower())

    def country_of_token(self, tok: Token) -> tuple[str, str] | None:
        """The country a word names where it stands in its sentence.

        A word inside a person's name is none ("Jordan Smith", "Israel Katz"), and a word inside
        a longer country name takes that name ("Guinea" in "Papua New Guinea", "Sudan" in "South
        Sudan"): the word alone cannot tell either apart.
        """
        hit = self.country_of_word(tok.text)
        if hit is None:
            return None
        doc = tok.doc
        for n in range(_LONGEST_NAME, 1, -1):
            for start in range(max(0, tok.i - n + 1), min(tok.i, len(doc) - n) + 1):
                longer = self.country_of_word(doc[start : start + n].text)
                if longer:
                    return longer
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.ent_type_ == "PERSON" and (
            tok.ent_iob_ == "I" or nxt is not None and nxt.ent_iob_ == "I"
        ):
            return None
        return hit

    def side_of(self, code: str) -> str | None:
        """The country an actor code belongs to: its first three letters, or its home state."""
        if code[:3] in self.countries:
            return code[:3]
        return self.actor_country.get(code)

    def bloc_of(self, country: str) -> str | None:
        """The bloc (``WST``) a member state acts in, when several of them act as one party."""
        return next((b for b, members in self.blocs.items() if country in members), None)

    def role_of(self, phrase: str) -> str | None:
        """The role a lower-case phrase places its speaker in, most specific role first."""
        padded = f" {phrase} "
        for role, words in self.roles:
            if any(f" {w} " in padded for w in words):
                return role
        return None


@lru_cache(maxsize=4)
def _load(extra: str) -> Lexicon:
    lex = Lexicon()
    for row in _rows("countries.tsv"):
        row += [""] * (5 - len(row))
        c = Country(row[0], _alts(row[1]), _alts(row[2]), _alts(row[3]), _alts(row[4]))
        lex.countries[c.code] = c
        for kind, words in (
            ("capital", c.capitals),
            ("demonym", c.demonyms),
            ("adjective", c.adjectives),
            ("name", c.names),
        ):
            for w in words:
                lex.country_words[w] = (c.code, kind)
    for row in _rows("roles.tsv"):
        lex.roles.append((row[0], _alts(row[1])))
    for row in _rows("actors.tsv"):
        row += [""] * (4 - len(row))
        for alias in _alts(row[2]) + [row[1]]:
            lex.actors[alias] = (row[0].upper(), row[1])
        if row[3]:
            lex.actor_country[row[0].upper()] = row[3].upper()
    for row in _rows("blocs.tsv"):
        lex.blocs.setdefault(row[0].upper(), set()).update(m.upper() for m in _alts(row[1]))
    for row in _rows("cues.tsv"):
        lex.cues[row[0].lower()] = row[1] if len(row) > 1 and row[1] else "asserts"
    for row in _rows("measures.tsv"):
        for noun in _alts(row[1]):
            lex.measure_nouns[noun.lower()] = row[0]
    for row in _rows("frames.tsv"):
        for verb in _alts(row[1]):
            lex.frames.setdefault(verb.lower(), row[0])
    return lex


def lexicon() -> Lexicon:
    """The lexicon in force (reloaded when ``$SAYSO_LEXICON`` changes)."""
    return _load(os.environ.get("SAYSO_LEXICON", ""))
