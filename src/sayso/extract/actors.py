"""Who a noun phrase names: gazetteer aliases, countries with roles, metonymy, memory.

A speaker is linked in this order: a named actor from ``actors.tsv`` inside the phrase; a
country (name, adjective, demonym or capital) with a role word from ``roles.tsv`` ("the Russian
defence ministry" -> RUSMIL, "Kyiv" -> UKRGOV); a definite description met before in the article
("the ministry" -> the last ministry named); else the surface name with a best-effort side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from sayso.extract.lexicon import Lexicon, lexicon

PRONOUNS = {"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our", "my"}
FIRST_PERSON = {"we", "our", "us", "i", "my", "ours"}
# Phrases whose head alone says nothing about who speaks.
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
    hits = []
    for alias, (code, name) in lex.actors.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            hits.append((m.start(), m.end(), code, name))
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


def resolve_speaker(head: Token, memory: ActorMemory, lex: Lexicon | None = None) -> Speaker:
    """The actor a subject, an agent or an "according to" object names."""
    lex = lex or lexicon()
    toks = phrase_tokens(head)
    # Stop at a relative clause or a long apposition: the speaker is the core of the phrase.
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    doc = head.doc
    text = doc.text[start:end]
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
    # a definite description or a surname met before
    for key in (head.lemma_.lower(), head.text):
        if key in memory.by_head and key not in GENERIC_HEADS:
            return Speaker(memory.by_head[key], text, start, end)
        if key in memory.by_name:
            return Speaker(memory.by_name[key], text, start, end)
    if head.ent_type_ == "PERSON" and head.text in memory.by_name:
        return Speaker(memory.by_name[head.text], text, start, end)
    if role and head.lemma_.lower() not in GENERIC_HEADS:
        # an unnamed body ("officials", "the headquarters"): its country from the sentence
        near = country_in(list(head.sent), lex)
        if near:
            code = near + role
            _remember(memory, head, code, text)
            return Speaker(code, text, start, end)
    return Speaker("", text, start, end)


def _remember(memory: ActorMemory, head: Token, code: str, text: str) -> None:
    if head.pos_ != "PRON":
        memory.by_head[head.lemma_.lower()] = code
        memory.by_head[head.text] = code
    for t in head.subtree:
        if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t == head and t.pos_ == "PROPN":
            memory.by_name[t.text] = code
        if t.ent_type_ == "PERSON":
            memory.by_name[t.text] = code
