"""Places below the level of a state ("the Kursk region", "Kharkiv") and the state holding them.

Looked up in this order, the first that knows a name deciding:

1. the user's ``$SAYSO_LEXICON`` ``places.tsv`` rows, then the bundled ``places.tsv``, so that a
   figure placed "over the Bryansk region" finds its defender without a line of code;
2. the world's towns and provinces (``gazetteer``: GeoNames cities of 15,000 people or more,
   ISO 3166-2 provinces, states and governorates), so that "a strike on Sialkot" or "over
   Khyber Pakhtunkhwa province" is placed although nobody wrote the place down.

A country's own names and capitals are in ``countries.tsv``; this file only adds what lies inside.

The library knows 120,000 names, many of them words or people's names too ("Mobile",
"Florence", "Split"), so it is only asked about a name that stands as a place where it is used:

- the name is capitalised and tagged a proper noun, and is no part of a longer person's name
  ("Florence Okafor") nor followed by one, nor a part of a longer place name the library does
  not know (the whole entity must be the name: "North" of "North Kivu" is not Cameroon's);
- spaCy reads it as a place (GPE/LOC/FAC), or it stands where places stand: the object of a
  preposition or of a verb ("struck Kotli"), the subject of a passive ("Kotli was shelled"), or
  naming a place noun ("the Punjab province"); never the subject of an active verb ("Florence
  said");
- the preposition before it, if any, says where ("in", "over", "near", "of" ...): after "to",
  "from", "by" or "with" a town is a destination or a party ("came to Salisbury with her two
  children"), which only states and the hand-written places are trusted to name;
- a stop word or a common English verb, adjective or adverb (spaCy's lemmatizer index:
  "Mobile", "Split", "Reading") is placed only where spaCy reads it as a place.

A name that several states share goes to the one the article itself names (its parties), else
to the place under its own name rather than an old or foreign one, else the most populous; a
province name shared by two states that the article cannot decide ("Punjab") places nothing.

``places.tsv`` rows of kind ``disputed`` place nothing: neither the name nor any library town in
the same first-level division of that state ("Donetsk UKR disputed" covers Mariupol too). The
text must say whose they are.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.tokens import Token

from sayso.extract.actors import actor_name_tokens, country_in
from sayso.extract.lexicon import _alts, _rows, lexicon
from sayso.extract.perdoc import doc_tokens, texts

#: nouns a place name can qualify: "the Kursk region", "Punjab province"
PLACE_NOUNS = {"region", "oblast", "province", "governorate", "district", "state", "city",
               "town", "village", "county", "municipality", "area", "camp", "port", "territory"}
#: entity labels spaCy gives a place
PLACE_ENTS = {"GPE", "LOC", "FAC"}
#: where a place stands in a clause: "in Kotli", "struck Kotli", "Kotli was shelled"
PLACE_DEPS = {"pobj", "dobj", "nsubjpass", "npadvmod", "appos", "ROOT"}
#: prepositions that say where something happened; a town after "to", "from", "by" or "with"
#: is a destination or a party, which only states and the hand-written places are trusted for
LOCATIVE = {"in", "over", "near", "on", "at", "around", "across", "above", "outside", "inside",
            "into", "of", "towards", "toward", "along", "between", "off"}


@lru_cache(maxsize=4)
def _tables(extra: str) -> tuple[dict[str, str], dict[str, str]]:
    out: dict[str, str] = {}
    disputed: dict[str, str] = {}
    for row in _rows("places.tsv"):  # bundled first, then the user's: the later row wins
        if len(row) < 2:
            continue
        kind = row[2].lower() if len(row) > 2 else ""
        for name in _alts(row[0]):
            if kind == "disputed":
                disputed[name.lower()] = row[1].upper()
                out.pop(name.lower(), None)
            else:
                out[name.lower()] = row[1].upper()
                disputed.pop(name.lower(), None)
    return out, disputed


def places() -> dict[str, str]:
    """Lower-case place name -> country code (reloaded when ``$SAYSO_LEXICON`` changes)."""
    return _tables(os.environ.get("SAYSO_LEXICON", ""))[0]


def disputed() -> dict[str, str]:
    """Lower-case names of places whose control is disputed -> the state whose division it is."""
    return _tables(os.environ.get("SAYSO_LEXICON", ""))[1]


@lru_cache(maxsize=4)
def _blocked_divisions(extra: str) -> frozenset[tuple[str, str]]:
    """(state, GeoNames first-level division) of every disputed place the library knows."""
    from sayso.extract.gazetteer import fold, sites

    table = sites()
    return frozenset(
        (s[0], s[3]) for name, code in disputed().items()
        for s in table.get(fold(name), ()) if s[0] == code and s[3]
    )


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """English verbs, adjectives and adverbs (spaCy's lemmatizer index): "mobile", "split"."""
    from sayso.nlp import load

    try:
        index = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, []))


def _same_name(left: Token | None, right: Token | None) -> bool:
    """Whether two adjacent capitalised proper nouns belong to one place's name ("North
    Kivu"), a place noun after a name ("Kotli District") aside. A facility named after its
    town ("Sialkot Airport") is in the town: only a region's or town's name (GPE, LOC)."""
    return (left is not None and right is not None and right.ent_iob_ == "I"
            and right.ent_type_ in ("GPE", "LOC")
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (left, right))
            and right.lower_ not in PLACE_NOUNS)


def _as_place(run: list[Token]) -> bool:
    """Whether a run of tokens stands as a place name where it is used (see the module doc)."""
    first, last = run[0], run[-1]
    doc = first.doc
    if not (first.pos_ == "PROPN" and last.pos_ == "PROPN" and first.text[:1].isupper()
            and last.text[:1].isupper()):
        return False
    toks = doc_tokens(doc)
    after = toks[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.ent_iob_ == "I" and after.ent_type_ == "PERSON":
        return False  # inside a longer person's name
    if first.ent_iob_ == "I" and first.ent_type_ == "PERSON":
        return False
    before = toks[first.i - 1] if first.i > 0 else None
    if _same_name(before, first) or _same_name(last, after):
        return False  # "North" of "North Kivu": a library hit must be the whole name
    if (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
            and after.lower_ not in PLACE_NOUNS and after.ent_type_ not in PLACE_ENTS):
        return False  # "Florence Okafor": a first name before a surname
    entity = any(t.ent_type_ in PLACE_ENTS for t in run)
    alpha = [t for t in run if t.is_alpha]
    if not alpha or all(t.is_stop for t in alpha):
        return False
    if all(t.is_stop or t.lower_ in _common_words() for t in alpha):
        return entity  # "Mobile", "Split": a word unless spaCy reads a place
    head = next((t for t in run if not (run[0].i <= t.head.i <= run[-1].i) or t.head == t), last)
    while head.dep_ in ("conj", "compound", "appos") and head.head != head:
        if head.dep_ == "compound" and head.head.lower_ in PLACE_NOUNS:
            return True  # "the Punjab province", "Kotli district"
        head = head.head
    if head.dep_ == "nsubj":
        return False  # places are struck; people and governments act
    if head.dep_ == "pobj" and head.head.lower_ not in LOCATIVE:
        return False  # "came to Salisbury": a destination, not where it happened
    return entity or head.dep_ in PLACE_DEPS


def _named_states(doc) -> set[str]:
    """The states an article names (its parties), once per document."""
    named = doc.user_data.get("sayso_named_states")
    if named is None:
        lex = lexicon()
        named = {
            hit[0] for word in texts(doc)
            if word[:1].isupper() and (hit := lex.country_of_word(word))
        }
        doc.user_data["sayso_named_states"] = named
    return named


def _pick(candidates: list, named: set[str]) -> str | None:
    """The state a shared name means: one the article names, else the own name, else the most
    populous; a tie between provinces (no population) decides nothing."""
    ours = [s for s in candidates if s[0] in named]
    pool = ours or candidates
    best = max(pool, key=lambda s: (s[2], s[1]))
    rivals = [s for s in pool if (s[2], s[1]) == (best[2], best[1]) and s[0] != best[0]]
    return None if rivals else best[0]


def library_place(run: list[Token]) -> str | None:
    """The state a run of tokens names as a place the library knows, if it stands as one."""
    from sayso.extract.gazetteer import fold, sites

    doc = run[0].doc
    name = fold(doc[run[0].i : run[-1].i + 1].text)
    candidates = sites().get(name)
    if not candidates or name in disputed() or not _as_place(run):
        return None
    blocked = _blocked_divisions(os.environ.get("SAYSO_LEXICON", ""))
    candidates = [s for s in candidates if (s[0], s[3]) not in blocked]
    return _pick(candidates, _named_states(doc)) if candidates else None


def place_country(tokens: list[Token]) -> str | None:
    """The state a run of tokens places something in: a country, a capital, a place in
    ``places.tsv``, else a town or province of the library standing as a place there."""
    hit = country_in(tokens, lexicon())
    if hit:
        return hit
    if tokens:  # a place inside an actor's name is none: "HMS Richmond" is a British ship
        named = actor_name_tokens(tokens[0].doc)
        tokens = [t for t in tokens if t.i not in named]
    table = places()
    words = [t.text.lower() for t in tokens]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            code = table.get(" ".join(words[i : i + n]))
            if code:
                return code
    # the library, for a name nobody wrote down: runs of adjacent capitalised tokens
    for n in (4, 3, 2, 1):
        for i in range(len(tokens) - n + 1):
            run = tokens[i : i + n]
            if (run[-1].i - run[0].i == n - 1 and run[0].text[:1].isupper()
                    and run[-1].text[:1].isupper()):
                code = library_place(run)
                if code:
                    return code
    return None


def misread_place(tok: Token) -> str | None:
    """The state of a capitalised name the parser read as an adjective where a place stands
    ("Raids on Nabatieh kill 5": "Nabatieh" as the modifier of a noun "kill"), if the library
    knows it and it is no common English word."""
    from sayso.extract.gazetteer import fold, sites

    if not tok.is_alpha or not tok.text[:1].isupper() or tok.lower_ in _common_words():
        return None
    name = fold(tok.text)
    candidates = sites().get(name)
    if not candidates or name in disputed():
        return None
    blocked = _blocked_divisions(os.environ.get("SAYSO_LEXICON", ""))
    candidates = [s for s in candidates if (s[0], s[3]) not in blocked]
    return _pick(candidates, _named_states(tok.doc)) if candidates else None
