"""Who says so, through whom: the reporting chain that governs a token.

The chain is read off the dependency tree, outermost source first. Walking from the root of the
sentence down to the token, each cue verb whose content holds the token contributes, in order:
its outer markers ("according to X", "per X", "as reported by X", the Z of "told Z"), its
subject, and its inner markers ("citing Y", "quoting Y", "which quoted W"). A cue that merely
wraps the sentence ("…, the ministry said", parsed as parataxis) counts the same. The innermost
source is the claimant; the others are the ``via`` intermediaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from sayso.extract.actors import ActorMemory, Speaker, resolve_speaker
from sayso.extract.lexicon import lexicon

CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr"}
HEDGES = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly"}
CITING = {"cite", "quote"}


@dataclass
class Attribution:
    chain: list[Speaker] = field(default_factory=list)  # outermost first; last = claimant
    stance: str = "asserts"
    cue: Token | None = None
    negated: bool = False
    hedged: bool = False

    @property
    def claimant(self) -> Speaker | None:
        return self.chain[-1] if self.chain else None

    @property
    def via(self) -> list[Speaker]:
        return self.chain[:-1]


def is_cue(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon().cues


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ == "pobj":
            return c
        if c.dep_ == "prep":  # "according" -> "to" -> X
            found = _pobj(c)
            if found is not None:
                return found
    return None


def _outer_markers(node: Token) -> list[Token]:
    """Sources that relay what ``node`` states: according to / per / as reported by / told Z."""
    out = []
    for c in node.children:
        low = c.lower_
        if c.dep_ == "prep" and low in ("according", "per"):
            obj = _pobj(c)
            if obj is not None:
                out.append(obj)
        elif c.dep_ in ("advcl", "relcl", "acl") and c.tag_ == "VBN" and is_cue(c):
            for a in c.children:
                if a.dep_ == "agent":
                    obj = _pobj(a)
                    if obj is not None:
                        out.append(obj)
        elif c.dep_ in ("dative", "dobj") and node.lemma_ == "tell" and c.pos_ in ("PROPN", "NOUN"):
            out.append(c)
        elif c.dep_ == "prep" and low == "to" and node.lemma_ == "tell":
            obj = _pobj(c)
            if obj is not None:
                out.append(obj)
    return out


def _inner_markers(node: Token) -> list[Token]:
    """Sources that ``node``'s speaker relays: citing Y, quoting Y, Y which in turn quoted W."""
    out = []
    for c in node.children:
        if c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.lemma_.lower() in CITING:
            for o in c.children:
                if o.dep_ in ("dobj", "pobj"):
                    out.append(o)
                    out.extend(_relayed_by(o))
    return out


def _relayed_by(noun: Token) -> list[Token]:
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CITING | {"say", "report"}:
            for o in c.children:
                if o.dep_ in ("dobj",):
                    return [o, *_relayed_by(o)]
    return []


def _subject(cue: Token) -> Token | None:
    for c in cue.children:
        if c.dep_ in ("nsubj", "nsubjpass") and not (
            c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in cue.children)
        ):
            return c
        if c.dep_ == "agent":
            return _pobj(c)
    # "... and added that": a conjoined cue shares its subject
    if cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX"):
        return _subject(cue.head)
    return None


def attribute(
    tok: Token, memory: ActorMemory, last: Attribution | None, own_outlet: str | None = None
) -> Attribution:
    """The chain of sources under which ``tok`` is stated."""
    path = [tok, *tok.ancestors][::-1]  # root first
    heads: list[tuple[Token, bool]] = []  # (node, is governing cue)
    for i, node in enumerate(path):
        below = path[i + 1] if i + 1 < len(path) else None
        governing = is_cue(node) and below is not None and below.dep_ in CONTENT_DEPS
        heads.append((node, governing))
    att = Attribution()
    # relays of the whole statement ("according to X", "as reported by X") are outermost
    ordered: list[Token] = [o for node, _ in heads for o in _outer_markers(node)]
    cue: Token | None = None
    for node, governing in heads:
        wrappers = [c for c in node.children if c.dep_ == "parataxis" and is_cue(c)]
        for w in wrappers:
            ordered.extend(_outer_markers(w))
            s = _subject(w)
            if s is not None:
                ordered.append(s)
            ordered.extend(_inner_markers(w))
            cue = w
        if governing:
            s = _subject(node)
            if s is not None:
                ordered.append(s)
            cue = node
        ordered.extend(_inner_markers(node))
    att.cue = cue
    if cue is not None:
        att.stance = lexicon().cues.get(cue.lemma_.lower(), "asserts")
        att.negated = _negated(cue)
    chain: list[Speaker] = []
    for t in ordered:
        sp = resolve_speaker(t, memory)
        if sp.pronoun:
            if last is not None and last.chain:
                chain.extend(last.chain)
            continue
        if own_outlet and sp.name and sp.name.lower() in own_outlet.lower():
            continue
        if not sp.code:
            continue
        if chain and chain[-1].code == sp.code:
            chain[-1] = sp
            continue
        chain.append(sp)
    att.chain = chain
    att.hedged = any(t.lower_ in HEDGES for t in tok.sent)
    return att
