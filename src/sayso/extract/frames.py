"""What a figure measures and which way it goes, from verbs, prepositions and nationalities.

"Russia returned the bodies of 1,200 Ukrainian soldiers": the counted noun sits under "bodies"
(remains), the verb "return" is a give-frame whose subject (Russia) is the giver, and the
nationality of the people counted (Ukrainian) is where they go: remains_returned RUS -> UKR.
Where the text names only one side, the other is the article's other main party.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sayso.extract.actors import FIRST_PERSON, country_in, phrase_tokens
from sayso.extract.lexicon import lexicon
from sayso.extract.quantities import Mention

SUBCATEGORIES = {
    "civilian",
    "civilians",
    "serviceman",
    "servicemen",
    "soldier",
    "soldiers",
    "woman",
    "women",
    "minor",
    "minors",
    "child",
    "children",
    "ballistic",
    "cruise",
    "journalist",
    "journalists",
}
FALLEN = {"fallen", "dead", "slain", "killed", "deceased"}
GENERAL_PERSONS = {
    "prisoner",
    "prisoners",
    "pow",
    "pows",
    "people",
    "person",
    "captive",
    "captives",
    "hostage",
    "hostages",
    "detainee",
    "detainees",
}
EXCHANGE_WORDS = {
    "exchange",
    "swap",
    "prisoner",
    "prisoners",
    "pow",
    "pows",
    "captivity",
    "release",
    "released",
    "freed",
    "handover",
    "captive",
    "hostages",
    "hostage",
    "repatriation",
}


@dataclass
class Frame:
    measure: str
    directions: list[tuple[str | None, str | None]]
    scope: str | None = None
    verb: Token | None = None


def _phrase_class(noun: Token) -> str | None:
    """The measure class a counted noun names ("bodies" -> remains, "war dead" -> remains)."""
    nouns = lexicon().measure_nouns
    doc = noun.doc
    candidates = [noun.lower_, noun.lemma_.lower()]
    if noun.i + 1 < len(doc):
        candidates.insert(0, f"{noun.lower_} {doc[noun.i + 1].lower_}")
    comps = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    for c in comps:
        candidates.insert(0, f"{c.lower_} {noun.lower_}")
    for cand in candidates:
        if cand in nouns:
            return nouns[cand]
    return None


def measure_class(m: Mention) -> tuple[str | None, Token | None]:
    """The class of what is counted and the noun that says so (None when the tree shows none)."""
    noun = m.noun
    if noun is None:
        return None, None
    cls = _phrase_class(noun)
    if noun.lower_ in ("those", "them") and m.undisclosed:
        cls = "persons"
    if cls == "persons" and any(c.lower_ in FALLEN for c in noun.children if c.dep_ == "amod"):
        return "remains", noun  # "1,212 fallen defenders returned": bodies
    # "the bodies of 1,200 soldiers", "remains of 27 servicemen": remains, not people
    head = noun
    while head.dep_ in ("pobj", "conj", "appos") and head.head != head:
        head = head.head.head if head.dep_ == "pobj" else head.head
        hc = _phrase_class(head) if head.pos_ in ("NOUN", "PROPN") else None
        if hc == "remains":
            return "remains", head
        if head.pos_ == "VERB":
            break
    return cls, noun


def _verb_of(tok: Token) -> Token | None:
    node = tok
    while node.head != node:
        if node.pos_ in ("VERB", "AUX") or (node.tag_ == "VBN"):
            return node
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def frame_of(verb: Token | None) -> str | None:
    if verb is None:
        return None
    frames = lexicon().frames
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in ("prt", "advmod", "dobj") and c.lower_ in (
            "over",
            "back",
            "home",
            "down",
            "up",
            "go",
            "free",
        ):
            key = f"{lemma} {c.lower_}"
            if key in frames:
                return frames[key]
    return frames.get(lemma) or frames.get(verb.lower_)


def _child_pobj_country(verb: Token, preps: tuple[str, ...]) -> str | None:
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return country_in(phrase_tokens(objs[0]), lexicon())
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN"):
            return country_in(phrase_tokens(c), lexicon())
    return None


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj",):
            return c
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
        return _subject(verb.head)
    return None


def nationality(
    noun: Token | None, speaker_side: str | None, subject_side: str | None
) -> str | None:
    """Whose people or weapons the noun counts: "Ukrainian soldiers", "its own", "our defenders"."""
    if noun is None:
        return None
    lex = lexicon()
    hit = lex.country_of_word(noun.text)
    if hit and hit[1] == "demonym":
        return hit[0]
    for c in noun.subtree:
        if c.i > noun.i + 6:
            break
        if c.dep_ in ("amod", "compound", "nmod") and c.head == noun:
            h = lex.country_of_word(c.text)
            if h:
                return h[0]
        if (
            c.dep_ == "poss"
            and c.head == noun
            or (c.lower_ in ("its", "their") and c.head in (noun, *noun.children))
        ):
            if c.lower_ in FIRST_PERSON:
                return speaker_side
            if c.lower_ in ("its", "their", "his", "her"):
                return subject_side
            h = country_in([c], lex)
            if h:
                return h
    # "none of its own", "of our side"
    for c in noun.children:
        if c.lower_ in FIRST_PERSON:
            return speaker_side
    return None


def _other(code: str | None, parties: list[str]) -> str | None:
    if code is None:
        return None
    others = [p for p in parties if p != code]
    return others[0] if others else None


def directions(
    m: Mention,
    measure: str,
    verb: Token | None,
    noun: Token | None,
    parties: list[str],
    speaker_side: str | None,
    subject_side: str | None,
) -> list[tuple[str | None, str | None]]:
    """From -> to for the figure, both ways for "each" figures."""
    lex = lexicon()
    sent = m.anchor.sent
    each = (
        m.each
        or any(t.lower_ in ("each", "apiece") for t in sent)
        and any(t.lower_ in ("each", "apiece", "both") for t in _window(m, 8))
    )
    if each and len(parties) >= 2:
        a, b = parties[0], parties[1]
        return [(a, b), (b, a)]
    frame = frame_of(verb)
    nat = nationality(noun, speaker_side, subject_side)
    to_pp = _child_pobj_country(verb, ("to", "into")) if verb is not None else None
    from_pp = _child_pobj_country(verb, ("from",)) if verb is not None else None
    agent = None
    passive = False
    if verb is not None:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    agent = country_in(phrase_tokens(objs[0]), lex)
    subj = subject_side
    if measure in ("remains_returned", "prisoners_released"):
        if frame == "receive" and not passive:
            to = subj or to_pp or nat or speaker_side
            frm = from_pp or _other(to, parties)
        elif frame == "give" and not passive:
            frm = subj or from_pp
            to = to_pp or nat or _other(frm, parties)
            if frm is None:
                frm = _other(to, parties)
        elif frame == "give" and passive:
            frm = agent or from_pp
            to = to_pp or nat
            if to is None and frm is None and m.value == 0:
                to = speaker_side  # "no war dead returned", said by the side that got none
            if to is None:
                to = _other(frm, parties)
            if frm is None:
                frm = _other(to, parties)
        else:
            to = to_pp or nat or (subj if frame in ("come", "receive") else None)
            frm = from_pp or agent or _other(to, parties)
            if to is None and frm is not None:
                to = _other(frm, parties)
            if to is None and m.value == 0:
                to = speaker_side
                frm = _other(to, parties)
        return [(frm, to)]
    if measure in ("drones_launched", "missiles_launched"):
        frm = (agent if passive else subj) or nat
        to = (
            _child_pobj_country(verb, ("at", "on", "against", "over")) if verb is not None else None
        )
        if to is None and verb is not None:
            for c in verb.children:
                if c.dep_ == "dobj":
                    to = country_in(phrase_tokens(c), lex)
        if frm is None:
            frm = _other(to or speaker_side, parties)
        return [(frm, to or _other(frm, parties))]
    if measure in ("drones_downed", "missiles_downed"):
        over = _child_pobj_country(verb, ("over", "above", "in")) if verb is not None else None
        frm = over or (agent if passive else subj) or speaker_side
        to = nat or _other(frm, parties)
        return [(frm, to)]
    # killed / wounded: the victims' side, the other side as the attacker
    place = _place_country(sent)
    to = nat or place or speaker_side
    return [(_other(to, parties), to)]


def _window(m: Mention, n: int):
    doc = m.anchor.doc
    return doc[max(m.anchor.sent.start, m.start - n) : min(m.anchor.sent.end, m.end + n)]


def _place_country(sent) -> str | None:
    lex = lexicon()
    for t in sent:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "near", "over", "on"):
            for w in phrase_tokens(t):
                hit = lex.country_of_word(w.text)
                if hit and hit[1] in ("name", "capital"):
                    return hit[0]
    return None


def scope_of(noun: Token | None, measure: str) -> str | None:
    """A breakdown label ("civilians", "ballistic", "over Kursk") so it never reads as a rival."""
    if noun is None:
        return None
    if (
        noun.lower_ in SUBCATEGORIES
        and noun.lower_ not in ("soldiers", "servicemen")
        or any(c.lower_ in ("ballistic", "cruise") for c in noun.children)
    ):
        words = [c.lower_ for c in noun.children if c.lower_ in ("ballistic", "cruise")]
        return " ".join(words + [noun.lower_])
    return None


def casualty_or_exchange(cls: str, verb: Token | None, noun: Token | None) -> str | None:
    """People counted: freed in an exchange, killed or wounded."""
    candidates = [verb] if verb is not None else []
    if noun is not None:
        candidates += [c for c in noun.children if c.dep_ in ("acl", "relcl", "amod")]
        candidates += [noun.head] if noun.head.tag_ in ("VBN", "JJ") else []
    for v in candidates:
        f = (
            frame_of(v)
            if v.pos_ in ("VERB", "AUX") or v.tag_ == "VBN"
            else lexicon().frames.get(v.lower_)
        )
        if f == "kill":
            return "killed"
        if f == "wound":
            return "wounded"
    for v in candidates:
        f = frame_of(v) if v.pos_ in ("VERB", "AUX") else None
        if f in ("give", "receive", "come"):
            return "prisoners_released"
    if noun is not None and noun.lower_ in GENERAL_PERSONS - {"people", "person"}:
        return "prisoners_released"
    sent_words = {t.lower_ for t in (noun or verb).sent} if (noun or verb) is not None else set()
    if sent_words & EXCHANGE_WORDS:
        return "prisoners_released"
    return None
