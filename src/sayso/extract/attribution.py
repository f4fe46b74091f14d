"""Who says so, through whom: the reporting chain that governs a token.

The chain is read off the dependency tree, outermost source first. Walking from the root of the
sentence down to the token, each cue verb whose content holds the token contributes, in order:
its outer markers ("according to X", "per X", "as reported by X", the Z of "told Z"), its
subject, and its inner markers ("citing Y", "quoting Y", "which quoted W"). Relays of the whole
sentence come first, then cues that wrap it ("…, Reuters reported, citing Y"), then the cues
that govern the token. Markers set off at the edge of the sentence ("Per AP, …", "…, according
to X.") cover all of it wherever the parser hangs them, except a closing one that belongs to a
coordinated clause of its own. The innermost source is the claimant; the others are the ``via``
intermediaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from sayso.extract.actors import (
    DOCUMENT_NOUNS,
    ISSUE_VERBS,
    MEDIA_NOUNS,
    ActorMemory,
    Speaker,
    resolve_phrase,
    resolve_speaker,
)
from sayso.extract.lexicon import lexicon
from sayso.extract.perdoc import (
    doc_tokens,
    lowers,
    memo,
    right_end,
    root_of,
    sent_of,
    sent_tokens,
    text_of,
    texts,
)
from sayso.nlp import doc_text

CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "attr"}
HEDGES = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly"}
CITING = {"cite", "quote"}
TALLY_CUES = {"put", "estimate", "count", "tally", "place", "set"}
OPENING = re.compile(r"\s*(?:[Pp]er|[Aa]ccording to)\s+(?P<who>[^,;:]{2,60}?),\s")
#: a sentence that opens on a part of the figure just given: "Of those, 47 were shot down"
PARTITIVE_OPENING = re.compile(r"\s*(?:[Oo]f|[Aa]mong)\s+(?:those|them|these)\b")


@dataclass
class Attribution:
    chain: list[Speaker] = field(default_factory=list)  # outermost first; last = claimant
    stance: str = "asserts"
    cue: Token | None = None
    negated: bool = False
    hedged: bool = False
    #: the innermost source, where it is a body of no known side ("regional officials said")
    unplaced: Speaker | None = None

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


#: nouns for a count that someone keeps: "according to a tally by X" is X's count
COUNT_NOUNS = {
    "tally", "count", "figure", "data", "datum", "statistic", "estimate", "calculation", "record",
    "toll",
}


def _marker_source(prep: Token) -> Token | None:
    """Who an "according to" / "per" marker names: its object, or whoever keeps the count it
    names ("according to a tally by the prison service and the Red Cross") or whoever issued
    the document it names ("according to a statement from the ministry")."""
    obj = _pobj(prep)
    return None if obj is None else _keeper(obj)


def _keeper(obj: Token) -> Token:
    """Whoever keeps the count or issued the document ``obj`` names, else ``obj`` itself: the
    source behind "a tally by X", "figures from X", "a statement from X"."""
    if obj.lemma_.lower() in COUNT_NOUNS | DOCUMENT_NOUNS:
        # "a statement from X" is X's; "a readout of the call" is still the readout's issuer
        keys = ("by", "from", "of") if obj.lemma_.lower() in COUNT_NOUNS else ("by", "from")
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in keys:
                keeper = _pobj(c)
                if keeper is not None and keeper.pos_ in ("PROPN", "NOUN"):
                    return keeper
    return obj


def _outer_markers(node: Token) -> list[Token]:
    """Sources that relay what ``node`` states: according to / per / as reported by / told Z."""
    out = []  # the Z of "told Z" comes after: it sits inside an "according to" of the sentence
    for c in node.children:
        low = c.lower_
        if c.dep_ == "prep" and low in ("according", "per"):
            obj = _marker_source(c)
            if obj is not None:
                out.extend(_relaying(obj))
                out.append(obj)
                out.extend(_cited_by_marker(obj))
        elif c.dep_ in ("advcl", "relcl", "acl") and c.tag_ == "VBN" and is_cue(c):
            for a in c.children:
                if a.dep_ == "agent":
                    obj = _pobj(a)
                    if obj is not None:
                        out.append(obj)
        elif c.dep_ == "prep" and low in ("in", "on"):
            out.extend(_carrier(_pobj(c)))
    return out + _told(node)


#: verbs by which an outlet carries a body's statement: "in a statement carried by state TV"
CARRY_VERBS = {"carry", "broadcast", "air", "publish", "run", "relay", "televise", "post"}


def _carrier(medium: Token | None) -> list[Token]:
    """The outlet that carried the statement a speaker made: it relays, it does not speak."""
    if medium is None:
        return []
    for c in medium.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in CARRY_VERBS:
            for a in c.children:
                obj = _pobj(a) if a.dep_ == "agent" else None
                if obj is not None:
                    return [obj]
        if c.dep_ == "prep" and c.lower_ == "by" and medium.lemma_.lower() in CARRY_VERBS:
            obj = _pobj(c)  # "in a video broadcast by Al Jazeera", parsed as a noun
            if obj is not None:
                return [obj]
    return []


#: verbs of speaking to someone: "speaking to the BBC, X said" is X telling the BBC
SPEAK_TO = {"speak", "talk"}
#: nouns of speaking with someone: "in an interview with CNN, X said"
SPEAK_WITH = {"interview", "conversation"}


def _told(node: Token) -> list[Token]:
    """Who a cue's speaker spoke to, the Z of "told Z", "speaking to Z", "in an interview
    with Z": Z heard it first and passes it on. Only on a cue: "freed 40 after talking with
    Turkey" names no one who passes anything on."""
    out: list[Token] = []
    if not is_cue(node):
        return out
    for c in node.children:
        if node.lemma_ == "tell" and c.dep_ in ("dative", "dobj") and c.pos_ in ("PROPN", "NOUN"):
            out.append(c)
        elif node.lemma_ == "tell" and c.dep_ == "prep" and c.lower_ == "to":
            obj = _pobj(c)
            if obj is not None:
                out.append(obj)
        elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in SPEAK_TO and c.tag_ == "VBG":
            out += [o for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                    for o in [_pobj(p)] if o is not None]
        elif c.dep_ == "prep" and c.lower_ == "in":
            noun = _pobj(c)
            if noun is not None and noun.lemma_.lower() in SPEAK_WITH:
                out += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                        for o in [_pobj(p)] if o is not None]
    return out


def _inner_markers(node: Token) -> list[Token]:
    """Sources that ``node``'s speaker relays: citing Y, quoting Y, Y which in turn quoted W,
    and the keeper of the figures cited ("citing figures from Y" is Y's count)."""
    out = []
    for c in node.children:
        if c.dep_ in ("advcl", "xcomp", "conj", "acl", "csubj") and c.lemma_.lower() in CITING:
            for o in c.children:
                if o.dep_ in ("dobj", "pobj"):
                    o = _keeper(o)
                    out.append(o)
                    out.extend(_relayed_by(o))
    return out


def _carried(chain: list[Speaker], doc) -> list[Speaker]:
    """The chain a pronoun takes over from the sentence before: "…, according to the mission,
    citing figures from the Air Force. …, it added" — "it" is the mission; the keeper of the
    figures it cited gave that one figure only."""
    if len(chain) < 2:
        return chain
    span = doc.char_span(chain[-1].start, chain[-1].end, alignment_mode="expand")
    return chain[:-1] if span is not None and _cited_keeper(root_of(span)) else chain


def _cited_keeper(tok: Token) -> bool:
    """Whether ``tok`` keeps figures a source cites: the Y of "citing figures from Y"."""
    prep, counted = tok.head, tok.head.head
    return (
        tok.dep_ == "pobj" and prep.dep_ == "prep" and counted.dep_ in ("dobj", "pobj")
        and counted.lemma_.lower() in COUNT_NOUNS and counted.head.lemma_.lower() in CITING
    )


def _relays_source(t: Token) -> bool:
    """A participle by which a relay hangs on its source: the "cited" of "cited by Reuters"."""
    return t.dep_ in ("acl", "relcl") and t.tag_ == "VBN" and t.lemma_.lower() in CITING


def _relaying(speaker: Token) -> list[Token]:
    """Sources that relay a speaker named as cited: "a Palestinian official, cited by Reuters,
    said …" is the official's claim via Reuters, wherever in the sentence it sits."""
    out = []
    for c in speaker.children:
        if _relays_source(c):
            for a in c.children:
                if a.dep_ == "agent":
                    obj = _pobj(a)
                    if obj is not None:
                        out.append(obj)
    return out


def _relayed_by(noun: Token) -> list[Token]:
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CITING | {"say", "report"}:
            for o in c.children:
                if o.dep_ in ("dobj",):
                    return [o, *_relayed_by(o)]
    return []


def _cited_by_marker(source: Token) -> list[Token]:
    """Whom a marker's source cites in a relative clause: "according to OCHA, which cited the
    ministry" is the ministry's figure, relayed by OCHA."""
    return [
        _keeper(o) for c in source.children
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CITING
        for o in c.children if o.dep_ == "dobj"
    ]


def _misparsed_report(noun: Token) -> Token | None:
    """The cue of "…, state-run news agency TASS reported." where the parser read the outlet's
    kind as an object and its name and cue as a relative clause on it: the name right after
    the kind is the cue's subject, and the cue states nothing of its own. Only an outlet's
    kind: "…, a claim Kyiv acknowledged" is a relative clause indeed."""
    if noun.lemma_.lower() not in MEDIA_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ != "relcl" or not is_cue(c) or _states_own(c):
            continue
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PROPN" and subj.left_edge.i == noun.i + 1:
            return c
    return None


#: nouns by which a later clause takes up a figure stated before: "…, a figure Kyiv confirmed"
RESTATING_NOUNS = COUNT_NOUNS | {"claim", "account", "number", "assertion", "version"}


def _echoes(cue: Token, below: Token) -> bool:
    """Whether ``cue`` only takes up what the clause ``below`` said: "Moscow said it returned
    900 bodies, a figure Kyiv acknowledged" read with "acknowledged" as the root. Kyiv echoes
    Moscow's figure (a claim of its own); it does not relay Moscow's statement."""
    if below.i > cue.i or lexicon().cues.get(cue.lemma_.lower()) not in ("acknowledges",
                                                                         "denies"):
        return False  # "…, figures TASS reported": the outlet relays them
    doc = cue.doc
    comma = below.right_edge.i + 1  # the noun opens the phrase set off after the clause
    toks = doc_tokens(doc)
    if comma + 2 >= cue.i or toks[comma].text != ",":
        return False
    noun = toks[comma + 2] if toks[comma + 1].dep_ == "det" else toks[comma + 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in RESTATING_NOUNS and noun.i < cue.i


def _subject(cue: Token) -> Token | None:
    """Who speaks through a cue: its subject, or the agent of a passive ("was reported by X").
    The subject of a passive cue with no agent is what is spoken of, not who speaks ("Israel
    was expected to free…", "it was reported that…")."""
    stray = _stray_subject(cue)
    for c in cue.children:
        if c.dep_ == "nsubj" and c != stray:
            return c
        if c.dep_ == "agent":
            return _pobj(c)
    if any(c.dep_ == "nsubjpass" for c in cue.children):
        return None  # "…, and Israel was expected to free 90": no speaker, not the first's
    # "... and added that": a conjoined cue shares its subject
    if cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX"):
        glued = _glued_speaker(cue) or _appended_speaker(cue)
        if glued is not None:
            return glued
        reporter = reporting_cue(cue.head)
        if reporter is not None:
            # "X said Ukraine had received 757, but did not say how many …": the parser hangs
            # the silence on the reported clause; it is still X who says or does not say
            return _subject(reporter)
        return _subject(cue.head)
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp"):
        # "…, the ministry said, adding that Kyiv had freed 15": who adds is who said, also
        # where the parser hangs the participle on what was said ("said Russia had received
        # 390, listing 270 servicemen …")
        nearest = _nearest_report(cue)
        if nearest is not None:
            return _subject(nearest)
        reporter = cue.head if is_cue(cue.head) else reporting_cue(cue.head)
        if reporter is not None:
            return _subject(reporter)
    return _stranded_subject(cue)


def _nearest_report(participle: Token) -> Token | None:
    """"Kyiv says 205 came home, while Moscow puts the number at 185, saying it handed over
    185": the parser hangs the participle on the first clause, but it closes the clause right
    before it. That clause, when a cue with a subject of its own set off just before the
    participle, is whose statement the participle continues."""
    doc = participle.doc
    for sib in participle.head.children:
        if sib.i >= participle.i or sib.dep_ not in ("advcl", "conj") or not is_cue(sib):
            continue
        if not any(c.dep_ == "nsubj" for c in sib.children):
            continue
        gap = doc[sib.right_edge.i + 1 : participle.i]
        if len(gap) and all(t.is_punct for t in gap):
            return sib
    return None


def reporting_cue(verb: Token) -> Token | None:
    """The cue whose statement ``verb`` is, where ``verb`` is no cue itself: "said" in "X
    said Ukraine had received the bodies"."""
    if is_cue(verb) or verb.dep_ not in ("ccomp", "xcomp") or not is_cue(verb.head):
        return None
    return verb.head


def _stray_subject(cue: Token) -> Token | None:
    """The subject of a reported clause the parser hung on the cue beside the speaker's own:
    in "Israeli strikes killed 30 people, the ministry said" both "strikes" and "ministry" can
    come out as subjects of "said". The one set off right before the cue speaks; the first one
    is what is said."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or not subjects[0].i < subjects[1].i < cue.i:
        return None
    if subjects[1].left_edge.i == subjects[0].i + 1:
        return None  # "Syria's official news agency SANA reported": one speaker and its name
    return subjects[0]


def _stranded_subject(cue: Token) -> Token | None:
    """"…, with 32 wounded, the head of the city administration, Tymur Tkachenko, said": the
    parser hangs the speaker on the clause before, leaving the cue with no subject. The speaker
    is the noun phrase set off right before the cue, taken at the top of its appositions."""
    prev = cue.i - 1
    doc = cue.doc
    toks = doc_tokens(doc)
    while prev >= sent_of(cue).start and toks[prev].is_punct:
        prev -= 1
    if prev < sent_of(cue).start:
        return None
    tok = toks[prev]
    if tok.pos_ not in ("PROPN", "NOUN") or cue in tok.subtree:
        return None
    top = _top_of_appositions(tok)
    if prev == cue.i - 1 and not _name_on_count(top):
        return None  # nothing set off by a comma: no stranded speaker
    return top


def _top_of_appositions(tok: Token) -> Token:
    """The head of the apposition chain a set-off speaker ends: "the head of the city
    administration, Tymur Tkachenko" is the head. A name the parser set in apposition to a
    count ("Russia launched 40 drones, Col. Yuriy Ihnat, the air force spokesman, told …")
    stops the climb: a count is no speaker. A body a title is "for" climbs to the title
    ("Oksana Bilyk, spokeswoman for the Southern Defence Forces")."""
    while True:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("for", "of") \
                and tok.head.head.dep_ == "appos":
            tok = tok.head.head
            continue
        if tok.dep_ not in ("appos", "compound", "flat") or tok.head.pos_ not in ("PROPN", "NOUN"):
            return tok
        if _name_on_count(tok):
            return tok
        tok = tok.head


def _name_on_count(tok: Token) -> bool:
    """Whether a name stands in apposition to a count, set off by a comma: "40 drones, Lt. Gen.
    Ivan Petrov said" misparsed; a count is never named by a person."""
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or not _counted(tok.head):
        return False
    left = tok.left_edge.i
    return left > 0 and doc_tokens(tok.doc)[left - 1].text in (",", "—", "–")


def _counted(noun: Token) -> bool:
    """Whether a noun is a count of something: it has a numeral ("40 drones")."""
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _appended_speaker(cue: Token) -> Token | None:
    """"Russia launched 40 drones, Col. Yuriy Ihnat, the air force spokesman, told reporters":
    the parser sets the name in apposition to the count and coordinates the cue with the first
    clause. The speaker is the name the apposition chain right before the cue climbs to."""
    toks = doc_tokens(cue.doc)
    prev, start = cue.i - 1, sent_of(cue).start
    while prev >= start and toks[prev].is_punct:
        prev -= 1
    if prev < start or prev == cue.i - 1 or toks[prev].pos_ not in ("PROPN", "NOUN"):
        return None
    top = _top_of_appositions(toks[prev])
    if cue in top.subtree or top.dep_ != "appos" or not _counted(top.head):
        return None
    return top


def _states_own(cue: Token) -> bool:
    """Whether a cue has a statement or a figure of its own ("…, Kyiv reported 15 civilians")."""
    return any(
        c.dep_ in ("ccomp", "xcomp", "advcl")
        or c.dep_ == "dobj" and any(g.like_num for g in c.subtree)
        for c in cue.children
    )


def _glued_speaker(cue: Token) -> Token | None:
    """"…, Russian Presidential Aide Vladimir Medinsky informed reporters": the parser hangs
    the name set off by a comma on the noun before it and coordinates the cue with the first
    clause. The speaker is the name right before the cue, its phrase opened by the comma."""
    doc = cue.doc
    toks = doc_tokens(doc)
    if cue.i == 0 or toks[cue.i - 1].pos_ != "PROPN" or toks[cue.i - 1].dep_ != "appos":
        return None
    tok = toks[cue.i - 1]
    left = tok.left_edge.i
    if left == 0 or toks[left - 1].text != "," or cue in tok.subtree:
        return None
    return tok


def _content_edges(sent) -> tuple[int, int]:
    """The first and last token of a sentence that are neither punctuation nor space."""
    words = [t.i for t in sent_tokens(sent) if not (t.is_punct or t.is_space)]
    return (words[0], words[-1]) if words else (sent.start, sent.end - 1)


def _set_off(sent) -> list[tuple[Token, int, int, bool, bool]]:
    """The phrases set off at the edge of a sentence, by a comma or a dash before its end or a
    comma after its start: (head, first token, last token, closing, opening). Worked out once
    per sentence; every figure in it asks."""

    def build(doc) -> list[tuple[Token, int, int, bool, bool]]:
        first, last = _content_edges(sent)
        words = texts(doc)
        out = []
        for t in sent_tokens(sent):
            left = t.left_edge.i
            before = words[left - 1] if left - 1 >= sent.start else None
            subj = next((c for c in reversed(list(t.lefts)) if c.dep_ == "nsubj"), None)
            if before not in (",", "—", "–") and subj is not None and subj.i > left:
                # "…, as well as two missiles, the Air Force reported": the parser hangs the
                # missiles on the cue too; the cue is set off from its own subject on
                edge = subj.left_edge.i
                if edge - 1 > left and words[edge - 1] in (",", "—", "–"):
                    left, before = edge, words[edge - 1]
            if before not in (",", "—", "–", ";") and left > first:
                continue  # neither closing nor opening, whatever its right end
            right = right_end(t)
            after = words[right + 1] if right + 1 < sent.end else None
            closing = right >= last and before is not None and before in (",", "—", "–", ";")
            opening = left <= first and after is not None and after == ","
            if closing or opening:
                out.append((t, left, right, closing, opening))
        return out

    return memo(sent.doc, ("sayso_set_off", sent.start, sent.end), build)


def _peripheral(tok: Token, memory: ActorMemory) -> tuple[list, list[Token], list[Token], set]:
    """Sources set off at the edge of the sentence, which stand for all of it wherever the
    parser hangs them: "Per AP, …", "…, according to Reuters." (outer markers) and a closing
    "…, the ministry said." (a wrapping cue). An opening "Per Reuters, the city's mayor, …"
    that the parser reads as one phrase names two sources: Reuters relays the mayor. Returns
    the outer markers, the wrapping cues, the speakers set in apposition to an opening marker,
    and the tokens of the opening marker."""
    sent = sent_of(tok)
    doc = tok.doc
    outer: list = []
    wrappers: list[Token] = []
    speakers: list[Token] = []
    opened: set = set()
    opening = OPENING.match(text_of(sent))
    if opening:  # "Per Reuters, the mayor counted …", however the parser hangs "Per"
        span = doc.char_span(
            sent.start_char + opening.start("who"),
            sent.start_char + opening.end("who"),
            alignment_mode="expand",
        )
        if span is not None and not (span.start <= tok.i < span.end):
            opened = {t.i for t in sent_tokens(span)}
            words = sent_tokens(span)
            cut = next((t for t in words if t.i > span.start and _relays_source(t)), None)
            if cut is not None:  # "According to a source cited by Interfax, …"
                outer.extend(resolve_speaker(r, memory) for r in _relaying(cut.head))
                span = doc[span.start : cut.i]
                while len(span) > 1 and span[-1].is_punct:
                    span = span[:-1]
            outer.append(resolve_phrase(span, memory))
            outer.extend(resolve_speaker(c, memory) for c in _cited_by_marker(root_of(span)))
            speakers = [
                c for t in sent_tokens(span) for c in t.children
                if c.dep_ == "appos" and c.i >= span.end
            ]
    for t, left, right, closing, opening in _set_off(sent):
        if left <= tok.i <= right:
            continue
        if closing and not opening and _in_other_conjunct(t, tok):
            continue
        if t.dep_ == "prep" and t.lower_ in ("according", "per"):
            if _across_semicolon(t, tok):
                continue  # "A said X; B got 24, according to C": C speaks for B's clause only
            obj = _marker_source(t)
            if obj is not None and obj.i not in opened:
                outer.extend(_relaying(obj))  # "according to an official cited by X"
                outer.append(obj)
                outer.extend(_cited_by_marker(obj))
        elif closing and not opening and t.pos_ == "NOUN" and _misparsed_report(t):
            wrappers.append(_misparsed_report(t))  # "…, state-run news agency TASS reported."
        elif closing and t.dep_ in ("parataxis", "ccomp", "advcl") and is_cue(t):
            if any(c.dep_ == "mark" for c in t.children):
                continue  # "…, while Moscow said it received 52": a report of its own
            if t.tag_ == "VBG" and _nearest_report(t) is not None:
                continue  # "…, while Moscow puts it at 185, saying …": closes Moscow's clause
            if _subject(t) is not None:
                wrappers.append(t)
    return outer, wrappers, speakers, opened


def _across_semicolon(marker: Token, tok: Token) -> bool:
    """Whether a semicolon parts a source's words from a figure: "A said X; B got 24,
    according to C" — C speaks for the clause after the semicolon only."""
    if not isinstance(marker, Token):
        return False
    lo, hi = sorted((marker.i, tok.i))
    return ";" in texts(tok.doc)[lo:hi]


def _closing_report(cue: Token) -> bool:
    """Whether a cue the parser coordinated with the first clause closes the sentence as its
    report: "13 hostages were freed, and Israel freed 39 in return, officials said" hangs
    "said" as a conjunct of "freed" holding only the second clause, yet it reports both. The
    cue ends the sentence, its subject follows its content, set off by a comma."""
    if not is_cue(cue):
        return False
    # the subject nearest the cue: "…, as well as two missiles, the Air Force reported" hangs
    # "missiles" on the cue as a second subject, ahead of the speaker
    subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None) or next(
        (c for c in cue.children if c.dep_ == "nsubj"), None
    )
    content = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if content is None and cue.dep_ == "conj" and not _states_own(cue):
        # "…, Aide Vladimir Medinsky informed reporters.": a cue with nothing of its own to
        # state, coordinated with the first clause, reports it
        subj = subj or _glued_speaker(cue) or _appended_speaker(cue)
        content = cue.head if subj is not None else None
    if subj is None or content is None or not content.i < subj.i:
        return False
    _, last = _content_edges(sent_of(cue))
    comma = doc_tokens(cue.doc)[subj.left_edge.i - 1]
    return max(t.i for t in cue.subtree) >= last and comma.text in (",", "—", "–")


def _closes_sentence(cue: Token) -> bool:
    """Whether a cue and its subject close the sentence, set off by a comma: "…, X says"."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > cue.i or subj.left_edge.i == 0:
        return False
    _, last = _content_edges(sent_of(cue))
    comma = doc_tokens(cue.doc)[subj.left_edge.i - 1]
    return right_end(cue) >= last and comma.text in (",", "—", "–")


def _semicolon_between(child: Token, cue: Token) -> bool:
    """Whether a clause before the cue ends at a semicolon: "A and B swap 146 prisoners each;
    X says talks go on" — the first clause stands alone, X does not state it."""
    toks = doc_tokens(cue.doc)
    if child.i > cue.i:  # "X said A; B got 24": B is no longer what X said
        return any(t.text == ";" for t in toks[cue.i + 1 : child.left_edge.i])
    right = max(t.i for t in child.subtree)
    return any(t.text == ";" for t in toks[right + 1 : cue.i])


def _content_of(cue: Token, child: Token) -> bool:
    """Whether ``child`` is what the cue states: its complement ("said that X"), a "that"
    clause the parser hung as an adverbial ("it was reported by Reuters, …, that X"), or the
    phrase that runs on after a wrapping cue ("…, AP reported, in a swap that freed 8")."""
    if child.dep_ in CONTENT_DEPS:
        return not _semicolon_between(child, cue)
    if child.dep_ == "nsubj" and child == _stray_subject(cue):
        return True  # "Israeli strikes killed 30, the ministry said", misparsed
    if child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children
    ):
        return True
    if child.dep_ == "prep" and child.lower_ == "at" and cue.lemma_.lower() in TALLY_CUES:
        return True  # "officials put the toll at five"
    if child.dep_ in ("dative", "punct", "dep") and child.pos_ in ("NOUN", "PROPN", "NUM") and (
        child.i > cue.i and cue.lemma_.lower() == "say"
    ):  # "Kyiv says air defences down 52 drones": a headline's verbless clause, misparsed
        return True
    if child.dep_ in ("dep", "npadvmod") and child.i < cue.i and _closes_sentence(cue):
        return True  # "Night raid: 90 drones, air force says": a verbless clause, misparsed
    if child.dep_ == "conj" and child.i > cue.i and child.pos_ in ("NUM", "NOUN") and any(
        c.dep_ in CONTENT_DEPS and cue.i < c.i < child.i for c in cue.children
    ):  # "X said one had been killed and five wounded": the elided clause, misparsed
        return True
    return cue.dep_ == "parataxis" and child.dep_ in ("prep", "advcl") and child.i > cue.i


#: occasions of speaking: "told X in a phone call that …" hangs the "that" clause on them
SPEECH_NOUNS = {"call", "conversation", "interview", "meeting", "speech", "address"}


def _in_statement(steps: list[Token]) -> bool:
    """ "said in a statement that it had released the three", "told him in a phone call that
    …": the parser hangs the "that" clause on the noun; it is still what the cue states."""
    if len(steps) < 3:
        return False
    prep, noun, clause = steps
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "on", "via", "through")
        and noun.lemma_.lower() in DOCUMENT_NOUNS | SPEECH_NOUNS
        and clause.dep_ in ("acl", "relcl", "ccomp")
        and _that_clause(clause)
    )


def _that_clause(clause: Token) -> bool:
    """Whether a clause hung on a noun opens with the "that" of reported speech: as its mark,
    or misread as its object or subject beside a real one ("in an interview with X that Armenia
    had handed over 5 detainees")."""
    thats = [c for c in clause.children if c.lower_ == "that"]
    if any(c.dep_ == "mark" for c in thats):
        return True
    return any(
        t.dep_ in ("dobj", "nsubj") and any(o.dep_ == t.dep_ and o != t for o in clause.children)
        for t in thats
    )


def _in_other_conjunct(marker: Token, tok: Token) -> bool:
    """Whether ``marker`` closes a coordinated clause that does not hold ``tok``: in "A did
    X, but B claims Y, according to Z" the closing source is B's, not A's. Two tallies joined
    by "and" ("Two died and 11 were wounded, according to Z") are one report: Z tells both."""
    for node in (marker, *marker.ancestors):
        if (
            node.dep_ == "conj"
            and node.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):  # a clause with its own subject, not "starting with X and ending with Y"
            if tok == node or node in tok.ancestors:
                return False
            return not _joined_tally(node)
    return False


def _joined_tally(conj: Token) -> bool:
    """Whether a conjoined clause only adds to the one before: joined by a bare "and", and no
    speaking of its own ("… and Moscow says …" is another voice)."""
    ccs = [c for c in conj.head.children if c.dep_ == "cc" and conj.head.i < c.i < conj.i]
    if [c.lower_ for c in ccs] != ["and"] or is_cue(conj):
        return False
    toks = doc_tokens(conj.doc)
    return not any(toks[i].text in (";", "—", "–") for i in range(ccs[0].i - 1, ccs[0].i))


def _is_own(sp: Speaker, own_outlet: str) -> bool:
    """Whether a source is the article's own outlet (or the agency of its dateline): "told
    Reuters" in Reuters copy is no intermediary. ``own_outlet`` holds names separated by "|".
    A country or capital never is: "Kyiv said" in the Kyiv Morning Star is Kyiv speaking."""
    return _own_name(sp.name, sp.code, own_outlet, id(lexicon()))


@lru_cache(maxsize=4096)
def _own_name(speaker: str, code: str, own_outlet: str, _lex_id: int) -> bool:
    """``_is_own`` of a speaker's name and code: asked for every source of every figure."""
    lex = lexicon()
    name = speaker.lower().removeprefix("the ").strip()
    if not name or lex.country_of_word(speaker) or lex.country_of_word(name):
        return False
    for own in filter(None, (o.strip() for o in own_outlet.split("|"))):
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", own.lower()):
            return True
        row = lex.actors.get(own)
        if code and row and row[0] == code:
            # one code may stand for several bodies (the UN's agencies): the WHO quoted in an
            # OCHA report is no voice of the report's own
            named = {lex.actors[m.group(1)][1] for m in lex.alias_pattern().finditer(speaker)}
            if not named or row[1] in named:
                return True
    return False


#: nouns that name one person speaking: "he" or "she" can stand for them, "it" cannot
PERSON_NOUNS = {
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "aide", "mayor",
    "governor", "negotiator", "envoy", "lawmaker", "deputy", "commander", "official",
    "ombudsman", "ombudswoman", "commissioner", "source", "general", "chief", "head", "leader",
    "premier", "adviser", "advisor", "secretary", "ambassador", "diplomat", "officer",
}


def _is_person(tok: Token) -> bool:
    """Whether a speaker's head names a person; a country never does, whatever the tagger
    says ("Azerbaijan" read as a PERSON)."""
    if lexicon().country_of_token(tok):
        return False
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_NOUNS


def _corefers(pronoun: Token, named: Token) -> bool:
    """Whether a pronoun speaker inside what a named source states stands for that source:
    "Hamas said it had received the list but did not say how many …", "the ministry said it
    had struck … and claimed to have killed 60". "He" and "she" stand only for a person, "it"
    only for a body, so "Reuters reported that he said …" still refers back to the person
    named before."""
    low = pronoun.lower_
    if low in ("he", "she"):
        return _is_person(named)
    if low == "it":
        return not _is_person(named)
    return low in ("they", "we")


def antecedent(pronoun: Token) -> Token | None:
    """The named speaker a pronoun subject stands for inside the same sentence: the subject
    of the nearest cue whose statement holds it ("the headquarters said it was preparing …
    but did not say how many"), where the pronoun can stand for it."""
    for node in pronoun.ancestors:
        if not is_cue(node):
            continue
        subj = _subject(node)
        if subj is None or subj == pronoun or pronoun in subj.subtree:
            continue
        if subj.pos_ != "PRON":
            return subj if _corefers(pronoun, subj) else None
    return None


def attribute(
    tok: Token, memory: ActorMemory, last: Attribution | None, own_outlet: str | None = None
) -> Attribution:
    """The chain of sources under which ``tok`` is stated.

    Outermost first: relays of the whole statement ("according to X", "per X", "as reported
    by X"), then cues that wrap it ("…, Reuters reported, citing Y"), then the cues that govern
    it, from the root of the sentence down.
    """
    path = [tok, *tok.ancestors][::-1]  # root first
    heads: list[tuple[Token, bool]] = []  # (node, is governing cue)
    for i, node in enumerate(path):
        below = path[i + 1] if i + 1 < len(path) else None
        governing = is_cue(node) and below is not None and not _echoes(node, below) and (
            _content_of(node, below) or _in_statement(path[i + 1 : i + 4])
        )
        heads.append((node, governing))
    att = Attribution()
    edge_outer, edge_wrappers, edge_speakers, opened = _peripheral(tok, memory)
    outer: list = [
        o for node, _ in heads for o in _outer_markers(node)
        if o.i not in opened and not _across_semicolon(o, tok)
    ]
    # a marker at the sentence's edge covers all of it, wherever the parser hangs it
    outer = edge_outer + [o for o in outer if o not in edge_outer]
    wrapped: list[Token] = []
    governed: list[Token] = list(edge_speakers)
    cue: Token | None = None
    wrap_cue: Token | None = None
    wrappers = [c for node, _ in heads for c in node.children if c.dep_ == "parataxis"]
    wrappers = [
        w for w in wrappers if is_cue(w) and w not in path and not _across_semicolon(w, tok)
    ]
    wrappers += [
        c for node, _ in heads for c in node.children
        if c.dep_ == "conj" and c not in path and _closing_report(c)
    ]  # "A happened, and B happened, officials said": the report closes both clauses
    wrappers += [w for w in edge_wrappers if w not in wrappers]
    wrappers = [w for w in wrappers if not _own_subreport(w, path, heads)]
    for w in wrappers:
        wrapped.extend(_outer_markers(w))
        s = _subject(w)
        if s is not None:
            wrapped.extend(_relaying(s))
            wrapped.append(s)
            wrapped.extend(_inner_markers(s))  # "TASS, quoting Y, said"
        wrapped.extend(_inner_markers(w))
        wrap_cue = w
    for node, governing in heads:
        if governing and _own_report(node):
            governed = []  # "Kyiv said A, and Moscow said B": B is Moscow's alone
        if governing:
            s = _subject(node)
            if s is not None:
                governed.extend(_relaying(s))
                governed.append(s)
                governed.extend(_inner_markers(s))
            cue = node
        governed.extend(_inner_markers(node))
    ordered = outer + wrapped + governed
    cue = cue or wrap_cue
    att.cue = cue
    if cue is not None:
        att.stance = lexicon().cues.get(cue.lemma_.lower(), "asserts")
        att.negated = _negated(cue)
    chain: list[Speaker] = []
    named: Token | None = None  # the last speaker this sentence names, for a pronoun after it
    told = {z.i for node, _ in heads for z in _told(node)}
    last_told = False  # whether the chain ends on the Z of "told Z"
    for t in ordered:
        sp = t if isinstance(t, Speaker) else resolve_speaker(t, memory)
        if sp.pronoun:
            att.unplaced = None
            if named is not None and _corefers(t, named):
                continue  # "Hamas said it had received …": "it" is Hamas, not the last source
            before = _speaker_before(t, memory) if named is None else None
            if before is not None and not (last and last.chain and last.chain[-1].code
                                           == before.code):
                chain.append(before)  # "The ministry did not comment. It said …"
                continue
            if last is not None and last.chain:
                chain.extend(_carried(last.chain, tok.doc))
            elif t.lower_ in ("he", "she") and memory.last_person:
                # "Peskov spoke to reporters. He said …": the last person named
                chain.append(Speaker(memory.last_person, sp.name, sp.start, sp.end))
            continue
        if isinstance(t, Token):
            named = t
        if own_outlet and sp.name and _is_own(sp, own_outlet):
            continue
        if not sp.code:
            if sp.role:
                att.unplaced = sp
            continue
        att.unplaced = None
        last_told = isinstance(t, Token) and t.i in told
        if chain and chain[-1].code == sp.code:
            chain[-1] = sp
            continue
        chain.append(sp)
    if last_told and att.unplaced is None:  # "X told Z", X no one known: Z does not claim it
        chain.pop()
    if not chain and last is not None and last.chain and _continues(sent_of(tok), last):
        chain = list(last.chain)
    dangling = _dangling_cue(sent_of(tok)) if not chain and att.unplaced is None else None
    if dangling is not None:  # "Russian officials, for their part, said | shelling killed 3"
        sp = resolve_speaker(_subject(dangling), memory)
        if sp.code:
            chain = [sp]
            att.cue = dangling
            att.stance = lexicon().cues.get(dangling.lemma_.lower(), "asserts")
    trailing = _trailing_cue(sent_of(tok)) if not chain and att.unplaced is None else None
    if trailing is not None:  # "Strikes on Nabatieh kill 11 | , health ministry says"
        sp = resolve_speaker(_subject(trailing), memory)
        if (sp.code or sp.role) and not sp.pronoun and not (own_outlet and _is_own(sp, own_outlet)):
            chain = [sp] if sp.code else []
            att.unplaced = None if sp.code else sp
            att.cue = trailing
            att.stance = lexicon().cues.get(trailing.lemma_.lower(), "asserts")
    after = _reported_after(sent_of(tok)) if not chain and att.unplaced is None else None
    if after is not None:  # "Russia attacked with 97 drones. This was reported by X."
        sp = resolve_speaker(_subject(after), memory)
        if (sp.code or sp.role) and not (own_outlet and _is_own(sp, own_outlet)):
            chain = [sp] if sp.code else []
            att.unplaced = None if sp.code else sp  # "Regional officials reported this"
            att.cue = after
            att.stance = lexicon().cues.get(after.lemma_.lower(), "asserts")
    # a source does not relay itself: "It said …, adding that …" names the same one twice
    chain = [s for k, s in enumerate(chain) if k == 0 or chain[k - 1].code != s.code]
    credit = _heading_credit(tok, memory) if chain else None
    if credit is not None and chain[-1].code == credit.code[:3] + "GOV" != credit.code:
        chain[-1] = credit  # "Russia says it downed 40 drones – MoD": the ministry says it
    att.chain = _own_voice(_own_record(chain))
    sent = sent_of(tok)
    att.hedged = any(w in HEDGES for w in lowers(tok.doc)[sent.start : sent.end])
    return att


def _own_subreport(wrapper: Token, path: list[Token], heads: list[tuple[Token, bool]]) -> bool:
    """Whether a figure sits in a report of its own, hung below the clause a wrapping cue
    closes: in "Strikes killed nine, the ministry said, as the army said it had killed six"
    the six are the army's alone, not relayed by the ministry."""
    if wrapper.head not in path:
        return False
    top = path.index(wrapper.head)
    return any(
        governing and node.dep_ == "advcl" and path.index(node) > top
        and any(c.dep_ == "nsubj" for c in node.children)
        for node, governing in heads
    )


#: a headline's closing credit: "… overnight – MoD", "… - ministry", "… — army"
HEADING_CREDIT = re.compile(r"\s[—–-]\s+([^—–\-\n]{2,40}?)\s*$")


def _heading_credit(tok: Token, memory: ActorMemory) -> Speaker | None:
    """The speaker a headline credits after a spaced dash, where ``tok`` stands in the
    headline before it: the body that made the statement the headline's verb reports
    ("Russia says it downed 40 drones – MoD" is the defence ministry's statement)."""
    doc = tok.doc
    text = doc_text(doc)
    line_end = text.find("\n")
    if line_end < 0 or tok.idx >= line_end:
        return None
    m = HEADING_CREDIT.search(text, 0, line_end)
    if m is None or tok.idx >= m.start(1):
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None:
        return None
    sp = resolve_speaker(root_of(span), memory)
    return sp if sp.code and not sp.pronoun else None


#: words by which a report points back at the sentence before it ("This was reported by X")
REPORT_POINTERS = {"this", "that"}


def _reported_after(sent) -> Token | None:
    """The cue of a report that follows what it reports, in the same paragraph, as translated
    news writes it: "Russia attacked Ukraine with 97 drones. This was reported by the Air
    Force." (or "The Air Force reported this."). Its speaker states the sentence before."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    nxt = sent_of(doc_tokens(doc)[sent.end])
    last = next((t for t in reversed(sent_tokens(sent)) if not t.is_space), sent_tokens(sent)[-1])
    if "\n" in doc_text(doc)[last.idx + len(last.text) : nxt.start_char]:
        return None  # a new paragraph speaks for itself
    root = root_of(nxt)
    if not is_cue(root) or _subject(root) is None:
        return None
    if any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in REPORT_POINTERS
           and not list(c.children) for c in root.children):
        return root
    return None


def _speaker_before(pronoun: Token, memory: ActorMemory) -> Speaker | None:
    """The speaker a pronoun subject refers back to across a sentence break: the named subject
    of the cue that heads the sentence before ("India's defence ministry did not comment on
    the drones. It said …"), even where that sentence stated no figure and so set no source."""
    sent = sent_of(pronoun)
    doc = pronoun.doc
    before = sent.start - 1
    toks = doc_tokens(doc)
    while before >= 0 and toks[before].is_space:
        before -= 1
    if before < 0 or "\n\n" in doc_text(doc)[toks[before].idx : sent.start_char]:
        return None  # a new paragraph starts afresh
    root = root_of(sent_of(toks[before]))
    if not (is_cue(root) or root.lemma_.lower() in ISSUE_VERBS):
        return None
    subj = _subject(root)
    if subj is None or subj.pos_ == "PRON" or not _corefers(pronoun, subj):
        return None
    sp = resolve_speaker(subj, memory)
    return sp if sp.code else None


#: marks by which a second report is set against the first ("…, while Moscow said …")
CONTRAST_MARKS = {"while", "whereas", "whilst"}


def _own_report(cue: Token) -> bool:
    """Whether a cue starts a report of its own inside what another cue states: in "Kyiv said
    84 soldiers returned, and Moscow said it received as many" the parser hangs Moscow's "said"
    as a conjunct of "returned" (or, after "while", as its adverbial); a clause with a speaker
    of its own is no part of Kyiv's statement; nor is a participle that continues such a
    clause ("…, while Moscow puts it at 185, saying it handed over 185")."""
    if cue.tag_ == "VBG" and _nearest_report(cue) is not None:
        return True
    if is_cue(cue.head) or not (
        cue.dep_ == "conj"
        or cue.dep_ == "advcl" and any(c.lower_ in CONTRAST_MARKS for c in cue.children)
    ):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in cue.children)


def _dangling_cue(sent) -> Token | None:
    """A cue the parser cut off from what it states: "Russian officials, for their part,
    said Ukrainian shelling killed three" can come out as two sentences, the first ending on
    "said" with no statement and no closing stop. That cue states the sentence after it."""
    doc = sent.doc
    before = sent.start - 1
    toks = doc_tokens(doc)
    while before >= 0 and toks[before].is_space:
        before -= 1
    if before < 0:
        return None
    cue = toks[before]
    if "\n" in doc_text(doc)[cue.idx : sent.start_char]:
        return None  # a headline ending "…, Kremlin says" states nothing of the body
    if not is_cue(cue) or any(c.dep_ in CONTENT_DEPS for c in cue.children):
        return None
    subj = _subject(cue)
    return cue if subj is not None and subj.pos_ != "PRON" else None


def _trailing_cue(sent) -> Token | None:
    """A closing cue the parser cut off from what it states: a heading "Strikes on Nabatieh
    kill 11, health ministry says" can come out as two sentences, the second no more than
    ", health ministry says". On the same line, that cue states the sentence before it."""
    doc = sent.doc
    toks = doc_tokens(doc)
    if sent.end >= len(doc):
        return None
    nxt = sent_of(toks[sent.end])
    words = [t for t in sent_tokens(nxt) if not (t.is_space or t.is_punct)]
    if not words or len(words) > 6 or "\n" in doc_text(doc)[sent.end_char : nxt.start_char]:
        return None
    if "\n" in text_of(sent).strip():
        return None  # the figure's sentence runs over a line: no heading and its credit
    cue = words[-1]
    if not is_cue(cue) or cue.dep_ != "ROOT" or any(
        c.dep_ in CONTENT_DEPS for c in cue.children
    ):
        return None
    if not (toks[nxt.start].is_punct or toks[sent.end - 1].lower_ == ","):
        return None  # a new sentence ("The ministry said.") is no credit of the one before
    subj = _subject(cue)
    return cue if subj is not None and subj.pos_ != "PRON" else None


#: a person who voices a body: "X said …, its spokesman said" is one statement, not a relay
VOICE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}


def _own_voice(chain: list[Speaker]) -> list[Speaker]:
    """A chain without the spokesperson of the claimant's own side: a body's spokesman
    restating its statement relays nothing."""
    if len(chain) < 2:
        return chain
    lex = lexicon()
    side = lex.side_of(chain[-1].code)
    return [
        s for s in chain[:-1]
        if not (side and lex.side_of(s.code) == side and VOICE_WORDS & set(s.name.lower().split()))
    ] + [chain[-1]]


def _own_record(chain: list[Speaker]) -> list[Speaker]:
    """A chain that comes back to its claimant: "Putin told Erdogan that …, according to a
    Kremlin readout" is the Kremlin's own record of what Putin said. A source cannot relay
    itself through another, so whoever stands between its two places relays nothing."""
    codes = [s.code for s in chain]
    if len(codes) < 3 or codes[-1] not in codes[:-2]:
        return chain
    return [*chain[: codes.index(codes[-1])], chain[-1]]


def _continues(sent, last: Attribution) -> bool:
    """Whether a sentence with no source of its own breaks down the figure the sentence just
    before it attributed: "The air force said 64 drones were launched. Of those, 47 were shot
    down" is still the air force speaking."""
    if not last.chain or not _breaks_down(sent):
        return False
    doc = sent.doc
    toks = doc_tokens(doc)
    while True:
        before = sent.start - 1
        while before >= 0 and toks[before].is_space:
            before -= 1
        if before < 0:
            return False
        prev = sent_of(toks[before])
        if prev.start_char <= last.chain[-1].start < prev.end_char:
            return True
        # "… 96 of the drones. None of the missiles …": a run of such sentences, none
        # with a cue of its own, goes on from the source before the run
        if not _breaks_down(prev) or any(is_cue(t) for t in sent_tokens(prev)):
            return False
        sent = prev


def _breaks_down(sent) -> bool:
    return bool(PARTITIVE_OPENING.match(text_of(sent))) or _part_of_before(sent)


#: words after "N of" that point back at what was just counted ("97 of the drones")
BACK_POINTERS = {"them", "those", "these", "the"}
#: counts with no numeral that still take a part of what was just counted ("none of them")
PART_WORDS = {"none", "all", "each"}
#: words after a numeral that add to what was just counted ("seven other people", "five more")
ADDING = {"more", "other"}


def _part_of_before(sent) -> bool:
    """Whether a sentence counts a part of what was just counted, or adds to it: "Air
    defences destroyed 97 of the drones" and "None of the missiles were intercepted" break down
    the figure before, "Seven other people were injured", "Five more were wounded" and "Another
    35 were lost" add to it, as "Of those, 97 were destroyed" does."""
    toks = sent_tokens(sent)
    return any(
        (t.like_num or t.lower_ in PART_WORDS)
        and toks[k + 1].lower_ == "of"
        and toks[k + 2].lower_ in BACK_POINTERS
        or t.like_num and toks[k + 1].lower_ in ADDING
        or t.like_num and k > 0 and toks[k - 1].lower_ == "another"  # "Another 35 were lost"
        for k, t in enumerate(toks[:-2])
    )
