"""Who a noun phrase names: gazetteer aliases, countries with roles, metonymy, memory.

A speaker is linked in this order: a named actor from ``actors.tsv`` inside the phrase; a
country (name, adjective, demonym or capital) with a role word from ``roles.tsv`` ("the Russian
defence ministry" -> RUSMIL, "Kyiv" -> UKRGOV); a definite description met before in the article
("the ministry" -> the last ministry named); else the surface name with a best-effort side.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from sayso.extract.lexicon import Lexicon, lexicon
from sayso.nlp import doc_text

PRONOUNS = {"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our", "my"}
FIRST_PERSON = {"we", "our", "us", "i", "my", "ours"}
# Phrases whose head alone says nothing about who speaks.
# Words for what a body issues: "the statement said" speaks for whoever issued it.
DOCUMENT_NOUNS = {
    "statement",
    "report",
    "bulletin",
    "communique",
    "communiqué",
    "update",
    "release",
    "briefing",
    "announcement",
    "post",
    "summary",
    "notice",
    "readout",
    "message",
}
ISSUE_VERBS = {"issue", "release", "publish", "post", "put", "circulate", "send"}
GENERIC_HEADS = {"side", "sides", "party", "parties", "country", "countries", "government"}


@dataclass(frozen=True)
class Speaker:
    code: str
    name: str
    start: int  # character offsets of the phrase that names it
    end: int
    pronoun: bool = False  # a pronoun or bare anaphor whose chain is inherited


@dataclass
class ActorMemory:
    """What the article has named so far, for "the ministry", "the headquarters", "Peskov"."""

    by_head: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    by_role: dict[str, str] = field(default_factory=dict)  # "MIL" -> the last military named
    head_words: dict[str, set[str]] = field(default_factory=dict)  # the words it was named by
    last_code: str = ""  # the last actor named, the issuer of "the statement" that follows
    last_person: str = ""  # the code of the last person named, for "he"/"she"


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase around ``head``: its modifiers, an "of"-complement, an apposition."""
    keep = {
        "compound",
        "amod",
        "poss",
        "det",
        "nmod",
        "case",
        "prep",
        "pobj",
        "appos",
        "flat",
        "punct",
        "cc",
        "conj",
        "npadvmod",
        "nummod",
        "quantmod",
        "acl",
        "agent",
    }
    out = [head]
    stack = [c for c in head.children]
    while stack:
        t = stack.pop()
        if t.dep_ not in keep or t.dep_ in ("relcl", "ccomp", "advcl"):
            continue
        if t.dep_ == "prep" and t.lower_ not in ("of", "for", "in"):
            continue
        if t.dep_ == "acl" and t.tag_ != "VBN":
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _alias_hits(text: str, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """Every actor alias in ``text``: the longest one starting at each position."""
    hits = []
    for m in lex.alias_pattern().finditer(text):
        code, name = lex.actors[m.group(1)]
        hits.append((m.start(1), m.end(1), code, name))
    return hits


def country_in(tokens: list[Token], lex: Lexicon) -> str | None:
    """The country a run of tokens names, longest phrase first ("the United States")."""
    words = [t.text for t in tokens]
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            hit = lex.country_of_word(" ".join(words[i : i + n]))
            if hit and not (
                n == 1 and words[i] in ("US", "U.S.") and i > 0 and words[i - 1].lower() == "of"
            ):
                return hit[0]
    return None


def merge_blocs(counts: Counter[str], doc, lex: Lexicon | None = None) -> Counter[str]:
    """Country counts with a bloc's members folded into the bloc, where the article treats
    them as one party: two or more members named, or the bloc itself ("the West")."""
    lex = lex or lexicon()
    out = Counter(counts)
    text = doc_text(doc)
    for bloc, members in lex.blocs.items():
        hits = {c: _mentions(text, lex, c) for c in members if c in lex.countries}
        named = [c for c, n in hits.items() if n]
        itself = _mentions(text, lex, bloc) if bloc in lex.countries else 0
        if len(named) >= 2 or itself:
            for c in named:
                out.pop(c, None)
            out[bloc] = sum(hits[c] for c in named) + itself
    return out


def _mentions(text: str, lex: Lexicon, code: str) -> int:
    """How often a country is named in a text, by any of its names, multi-word ones too; the
    longest name wins, so "the West Bank" is no mention of the West."""
    return _name_counts(text, id(lex)).get(code, 0)


@lru_cache(maxsize=8)
def _name_counts(text: str, _lex_id: int) -> dict[str, int]:
    lex = lexicon()
    words: dict[str, str] = {}
    for c in lex.countries.values():
        for w in c.names + c.adjectives + c.demonyms + c.capitals:
            if w:
                words.setdefault(w.lower().removeprefix("the "), c.code)
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    counts: dict[str, int] = {}
    for m in re.finditer(r"(?<![\w.])(?:" + alts + r")(?!\w)", text, re.IGNORECASE):
        code = words[m.group(0).lower()]
        counts[code] = counts.get(code, 0) + 1
    return counts


def resolve_speaker(head: Token, memory: ActorMemory, lex: Lexicon | None = None) -> Speaker:
    """The actor a subject, an agent or an "according to" object names."""
    lex = lex or lexicon()
    toks = phrase_tokens(head)
    # Stop at a relative clause or a long apposition: the speaker is the core of the phrase.
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    doc = head.doc
    text = doc[min(t.i for t in toks) : max(t.i for t in toks) + 1].text  # = doc.text[start:end]
    low = head.lower_
    if low in PRONOUNS and len(toks) == 1:
        return Speaker("", head.text, head.idx, head.idx + len(head.text), pronoun=True)
    hits = _alias_hits(text, lex)
    if hits:
        # the longest alias nearest the head wins
        hits.sort(key=lambda h: (-(h[1] - h[0]), abs(h[0] + start - head.idx)))
        s, e, code, name = hits[0]
        _remember(memory, head, code, text)
        return Speaker(code, text, start, end)
    country = country_in(toks, lex)
    phrase_low = " ".join(t.lower_ for t in toks)
    role = lex.role_of(phrase_low)
    if country:
        code = country if country == "WST" and not role else country + (role or "GOV")
        if country == "WST":
            code = "WST"
        _remember(memory, head, code, text)
        return Speaker(code, text, start, end)
    if head.lemma_.lower() in DOCUMENT_NOUNS and memory.last_code:
        return Speaker(memory.last_code, text, start, end)
    # a definite description or a surname met before
    modifiers = {
        t.lower_ for t in toks if t.dep_ in ("compound", "amod") and t.head == head
    }
    for key in (head.lemma_.lower(), head.text):
        # "the ministry" is the ministry met before; "the Interior Ministry" is not
        known = memory.head_words.get(key, set())
        if key in memory.by_head and key not in GENERIC_HEADS and modifiers <= known:
            return Speaker(memory.by_head[key], text, start, end)
        if key in memory.by_name:
            return Speaker(memory.by_name[key], text, start, end)
    if head.ent_type_ == "PERSON" and head.text in memory.by_name:
        return Speaker(memory.by_name[head.text], text, start, end)
    if role and head.lemma_.lower() not in GENERIC_HEADS:
        # an unnamed body ("officials", "a source in the defence ministry"): whose it is
        near = _unnamed_country(head, toks, role, memory, lex)
        if near:
            code = near + role
            _remember(memory, head, code, text)
            return Speaker(code, text, start, end)
    if head.ent_type_ == "PERSON":
        # an unknown person keeps the surface name; the side is a best effort from the words
        # before the name ("Ukrainian MP Ivan Petrenko", "in Kharkiv, Ivan Petrenko")
        before = [t for t in head.sent if t.i <= head.i and lex.country_of_word(t.text)]
        if before:
            code = lex.country_of_word(before[-1].text)[0] + "GOV"
            _remember(memory, head, code, text)
            return Speaker(code, text, start, end)
    return Speaker("", text, start, end)


def resolve_phrase(span, memory: ActorMemory, lex: Lexicon | None = None) -> Speaker:
    """The actor a stretch of text names, read from its own words only (not the apposition
    the parser may hang on it): "Per Reuters, the city's mayor, …" names Reuters."""
    lex = lex or lexicon()
    hits = _alias_hits(span.text, lex)
    if hits:
        s, e, code, _ = max(hits, key=lambda h: h[1] - h[0])
        start = span.start_char + s
        return Speaker(code, span.text[s:e], start, span.start_char + e)
    country = country_in(list(span), lex)
    if country:
        role = lex.role_of(" ".join(t.lower_ for t in span))
        code = "WST" if country == "WST" else country + (role or "GOV")
        return Speaker(code, span.text, span.start_char, span.end_char)
    return resolve_speaker(span.root, memory, lex)


def _unnamed_country(
    head: Token, toks: list[Token], role: str, memory: ActorMemory, lex: Lexicon
) -> str | None:
    """The country of an unnamed body, from the best clue at hand: a body met before inside
    the phrase ("a source in the ministry"), the home state of an outlet that relays it ("TASS,
    citing the defence ministry"), the last body of that role named, else the nearest country
    named before it in the sentence, else any country in the sentence, else the last one
    named in the sentence before."""
    for t in toks:
        if t != head and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in memory.by_head:
            side = lex.side_of(memory.by_head[t.lemma_.lower()])
            if side:
                return side
    sent = head.sent
    for _s, _, code, _ in _alias_hits(sent.text, lex):
        side = lex.actor_country.get(code)
        if side:
            return side
    if role != "GOV" and role in memory.by_role:  # GOV is too common a role to carry over
        return lex.side_of(memory.by_role[role])
    before = [t for t in sent if t.i < head.i and lex.country_of_word(t.text)]
    if before:
        return lex.country_of_word(before[-1].text)[0]
    from sayso.extract.places import place_country  # places builds on this module

    here = place_country(list(sent))  # a country, a capital or a place inside a state
    if here or sent.start == 0:
        return here
    # the nearest country context: the last country named in the sentence before
    prev = head.doc[sent.start - 1].sent
    named = [t for t in prev if lex.country_of_word(t.text)]
    return lex.country_of_word(named[-1].text)[0] if named else None


def _remember(memory: ActorMemory, head: Token, code: str, text: str) -> None:
    if len(code) > 3 and code[:3] in lexicon().countries:
        memory.by_role[code[3:]] = code
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass", "pobj") and (
        verb.lemma_.lower() in lexicon().cues
        or verb.lemma_.lower() in ISSUE_VERBS
        or head.dep_ == "pobj"
        and verb.lower_ in ("according", "to", "per")
    ):
        memory.last_code = code  # a source speaking, not a party acted on
    if head.pos_ != "PRON":
        memory.by_head[head.lemma_.lower()] = code
        memory.by_head[head.text] = code
        words = {t.lower_ for t in head.subtree}
        memory.head_words[head.lemma_.lower()] = memory.head_words[head.text] = words
    if head.ent_type_ == "PERSON":
        memory.last_person = code
    for t in head.subtree:
        if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t == head and t.pos_ == "PROPN":
            memory.by_name[t.text] = code
        if t.ent_type_ == "PERSON":
            memory.by_name[t.text] = code
