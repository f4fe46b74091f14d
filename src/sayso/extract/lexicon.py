"""The data files that teach sayso actors and words (see ``sayso/data/README.md``).

Everything the extractor knows about the world lives in tab-separated files, so that a user adds
an actor, an outlet or a cue verb without touching code. Extra folders with files of the same
names (``$SAYSO_LEXICON`` holds them, separated by ``os.pathsep``) extend the bundled ones.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sayso.extract.perdoc import doc_tokens, memo, span_text, texts, texts_ws

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the most tokens a country's name spans ("the Democratic Republic of the Congo")
_LONGEST_NAME = 6
#: the most phrases whose role is kept at once
_MEMO_SIZE = 1 << 14
#: a short word and the full stop the tokenizer split from it ("lt . gen."): an abbreviated
#: title, joined again so that the roles data can name it as it is written ("lt. gen.")
_SPLIT_ABBREVIATION = re.compile(r"(?<![\w.])([a-z]{2,4}) \.(?= |$)")


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
    #: aliases that prefix a name of the actor's own ("USS", "HMS": a navy's ships)
    prefixes: set[str] = field(default_factory=set)
    #: bloc code -> member states (WST -> USA, DEU, POL ...)
    blocs: dict[str, set[str]] = field(default_factory=dict)
    cues: dict[str, str] = field(default_factory=dict)
    measure_nouns: dict[str, str] = field(default_factory=dict)
    frames: dict[str, str] = field(default_factory=dict)
    _alias_pattern: re.Pattern | None = field(default=None, repr=False, compare=False)
    #: phrase -> its role, as worked out (every speaker phrase asks, many of them twice)
    _role_memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    _lower_country_words: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _name_prefixes: frozenset[str] | None = field(default=None, repr=False, compare=False)

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

    def _lower_names(self) -> frozenset[str]:
        """Every country word in lower case."""
        if self._lower_country_words is None:
            self._lower_country_words = frozenset(w.lower() for w in self.country_words)
        return self._lower_country_words

    def opens_name(self, start: str) -> bool:
        """Whether some country word of several words could begin with ``start`` (a word and
        the space after it), whatever its case: most words begin none, and then no longer
        phrase from them need be built and looked up."""
        if self._name_prefixes is None:
            names = self._lower_names()
            self._name_prefixes = frozenset(n[:k] for n in names for k in range(1, len(n) + 1))
        return start.lower() in self._name_prefixes

    def country_of_token(self, tok: Token) -> tuple[str, str] | None:
        """The country a word names where it stands in its sentence.

        A word inside a person's name is none ("Jordan Smith", "Israel Katz"), and a word inside
        a longer country name takes that name ("Guinea" in "Papua New Guinea", "Sudan" in "South
        Sudan"): the word alone cannot tell either apart.
        """
        return self.countries_of(tok.doc)[tok.i]

    def countries_of(self, doc: Doc) -> list[tuple[str, str] | None]:
        """``country_of_token`` of every token of a Doc, by index: the same tokens are asked
        about for every speaker and figure, so the whole Doc is answered once."""
        return memo(doc, ("sayso_countries", id(self)), self._countries)

    def _countries(self, doc: Doc) -> list[tuple[str, str] | None]:
        # a word names a country only if its lower case is a country word's lower case
        names = self._lower_names()
        out = [self.country_of_word(w) if w.lower() in names else None for w in texts(doc)]
        for i, hit in enumerate(out):
            if hit is not None:
                out[i] = self._country_in_place(doc, i, hit)
        return out

    def _country_in_place(
        self, doc: Doc, i: int, hit: tuple[str, str]
    ) -> tuple[str, str] | None:
        spaced = texts_ws(doc)
        # the words a longer name may begin with: any but one followed by a space that no name
        # of several words begins with
        opening = {
            s for s in range(max(0, i - _LONGEST_NAME + 1), i + 1)
            if spaced[s][-1:] != " " or self.opens_name(spaced[s])
        }
        for n in range(_LONGEST_NAME, 1, -1):
            for start in range(max(0, i - n + 1), min(i, len(doc) - n) + 1):
                if start not in opening:
                    continue
                longer = self.country_of_word(span_text(doc, start, start + n))
                if longer:
                    return longer
        if i in self.prefixed_names(doc):
            return None  # "Philippine" of the cruiser "USS Philippine Sea"
        toks = doc_tokens(doc)
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(doc) else None
        if tok.ent_type_ == "PERSON" and (
            tok.ent_iob_ == "I" or nxt is not None and nxt.ent_iob_ == "I"
        ):
            return None
        return hit

    def prefixed_names(self, doc: Doc) -> frozenset[int]:
        """The tokens of names that an actor's prefix opens ("Richmond" of "HMS Richmond",
        "Philippine Sea" of "USS Philippine Sea"): the ship is the navy's, so no word of its
        name is a country or a place. Once per Doc."""
        return memo(doc, ("sayso_prefixed", id(self)), self._prefixed)

    def _prefixed(self, doc: Doc) -> frozenset[int]:
        out: set[int] = set()
        words = texts(doc)
        for i, word in enumerate(words[:-1]):
            if word not in self.prefixes:
                continue
            j = i + 1  # the capitalised words after it: "Harry S. Truman"
            toks = doc_tokens(doc)
            while j < len(words) and words[j][:1].isupper() and toks[j].pos_ in ("PROPN", "ADJ"):
                out.add(j)
                j += 1
        return frozenset(out)

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
        if phrase not in self._role_memo:
            if len(self._role_memo) >= _MEMO_SIZE:
                self._role_memo.clear()  # a long ingest meets new phrases without end
            padded = f" {phrase} "
            if "." in padded:  # "regional gov. ivan x", "lt . gen. ivan x": abbreviated titles
                padded = _SPLIT_ABBREVIATION.sub(r"\1.", padded)
            self._role_memo[phrase] = next(
                (role for role, words in self.roles if any(f" {w} " in padded for w in words)),
                None,
            )
        return self._role_memo[phrase]


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
            if alias.endswith(" *"):  # "USS *": the prefix of a ship's (or unit's) name
                alias = alias[:-2].strip()
                lex.prefixes.add(alias)
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


#: the lexicon ``held_lexicon`` holds in this context, if any
_HELD: ContextVar[Lexicon | None] = ContextVar("sayso_lexicon", default=None)


def lexicon() -> Lexicon:
    """The lexicon in force (reloaded when ``$SAYSO_LEXICON`` changes), or the one held."""
    held = _HELD.get()
    return held if held is not None else _load(os.environ.get("SAYSO_LEXICON", ""))


@contextmanager
def held_lexicon() -> Iterator[Lexicon]:
    """Within: ``lexicon()`` is the lexicon in force on entry. An article is read with one
    lexicon, and reading the environment again on each of the extractors' calls (0.7 µs)
    added up to 3% of an extraction."""
    token = _HELD.set(lexicon())
    try:
        yield _HELD.get()
    finally:
        _HELD.reset(token)
