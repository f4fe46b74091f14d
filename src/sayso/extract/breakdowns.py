"""Figures that lean on an earlier one: breakdowns and elided counts.

"41 drones were downed, including 17 over the Kursk region and nine over the Moscow region",
"Of those freed, 69 were women and 21 were minors", "on Saturday, the number was 307",
"13 of those freed were flown to Germany and three to the United States": the count names no
noun of its own (or only "those", "them"), so it takes its measure and direction from the figure
it continues — the antecedent — and records what narrows it as a ``scope`` ("over Kursk region",
"women"), so that a part is never read as a rival total. A "to X" or "over X" of its own
replaces the antecedent's receiving side or defender.

Only the shapes above are read as elided: a bare number anywhere else (an age after a name, a
house number) is no count at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sayso.extract.actors import phrase_tokens
from sayso.extract.perdoc import doc_tokens, sent_of, sent_tokens
from sayso.extract.places import place_country
from sayso.extract.quantities import LOOSE_PREPS, Mention, bound_start

PRONOUN_NOUNS = {"those", "them", "these", "whom", "which"}
#: subjects that restate a count: "the number was 307", "the total rose to 1,000"
COUNT_NOUNS = {"number", "figure", "total", "tally", "count"}
PLACE_PREPS = ("over", "above", "in", "on", "near")
INCLUDING = {"including", "among", "incl."}
#: verbs of weapons landing: a part that "hit" or "struck" something is neither a launch count
#: nor a downing, only where some of those launched fell
IMPACT_VERBS = {"hit", "strike", "reach", "impact", "land"}
#: words that make a figure the rest of a count just split: "the remaining 1,718 were …"
REST_WORDS = {"remaining", "other", "rest"}
#: words that narrow a count of people to a part of them ("120 civilians", "69 were women")
SUBCATEGORIES = {
    "civilian", "civilians", "serviceman", "servicemen", "soldier", "soldiers", "woman", "women",
    "man", "men", "minor", "minors", "child", "children", "boy", "boys", "girl", "girls",
    "teenager", "teenagers", "journalist", "journalists", "officer", "officers", "conscript",
    "conscripts", "wounded", "sick", "elderly", "ballistic", "cruise", "national", "nationals",
    "citizen", "citizens", "marine", "marines", "pilot", "pilots", "defender", "defenders",
}


@dataclass
class Elision:
    """What an elided figure adds to its antecedent."""

    scope: str | None = None
    to: str | None = None  # "three to the United States"
    place: str | None = None  # "nine over the Moscow region": the state where it happened
    frm: str | None = None  # "13 of those freed by Russia": the giver the part names
    restated: bool = False  # "the number was 307": a count of its own, not a part
    frame: str | None = None  # "35 of which were intercepted": the part's own verb's frame
    toll: str | None = None  # "19 of those killed": the toll the part belongs to


#: what a part's own verb makes of its whole's measure: "48 missiles, 35 of which were
#: intercepted" (launched -> downed, the defender now first), "12 wounded, two of whom died"
REFRAMED = {
    ("launched", "down"): ("downed", True),
    ("downed", "launch"): ("launched", True),
    ("wounded", "kill"): ("killed", False),
    ("killed", "wound"): ("wounded", False),
}


def reframed(measure: str, frame: str | None) -> tuple[str, bool]:
    """(measure, flipped) of a part whose own verb says what became of it."""
    kind, _, what = measure.rpartition("_")  # "drones", "launched"; "", "killed"
    hit = REFRAMED.get((what, frame)) if frame else None
    if hit is None:
        return measure, False
    return (f"{kind}_{hit[0]}" if kind else hit[0]), hit[1]


def _prep_country(tok: Token, preps: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(country, label) of a "to X" / "over X" phrase hanging on ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if not objs:
                continue
            toks = phrase_tokens(objs[0])
            words = [t.text for t in toks if t.dep_ != "det" and t.i > c.i]
            return place_country(toks), f"{c.lower_} {' '.join(words)}".strip()
    return None, None


def _agent_side(verb: Token) -> str | None:
    """The state in the "by X" of a passive ("freed by Russia")."""
    from sayso.extract.frames import side_of

    for a in verb.children:
        if a.dep_ == "agent":
            for o in a.children:
                if o.dep_ == "pobj":
                    return side_of(phrase_tokens(o))
    return None


def _attr_label(be: Token, num: Token) -> str | None:
    """ "69 were women": the noun the count is said to be."""
    for c in be.children:
        if c.dep_ == "attr" and c != num and c.pos_ in ("NOUN", "ADJ"):
            mods = [m.lower_ for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i]
            return " ".join([*mods, c.lower_])
    return None


def elision(m: Mention) -> Elision | None:
    """How ``m`` continues an earlier figure, or None when it is not an elided count."""
    toll = partitive_toll(m)
    el = _elision(m, toll is not None)
    if el is not None and toll is None and m.noun is None:
        toll = fronted_toll(sent_of(m.anchor))  # "Of the dead, 19 were children"
    if el is not None and toll is not None:
        # "19 of those killed were children" after "killed 40 and wounded 100": a part of the
        # dead, whichever toll was stated last ("two of those wounded died": its own verb's)
        el.frame = el.frame or ("kill" if toll == "killed" else "wound")
        el.toll = toll
    return el


def fronted_toll(sent) -> str | None:
    """The toll a sentence's opening "Of the dead," / "Among those injured," divides."""
    if len(sent) < 3 or sent_tokens(sent)[0].lower_ not in ("of", "among"):
        return None
    for tok in sent_tokens(sent)[1:6]:
        if tok.text == ",":
            return None
        if tok.lower_ in _TOLL_WORDS and tok.lower_ != "victims":
            return _TOLL_WORDS[tok.lower_]
    return None


def partitive_toll(m: Mention) -> str | None:
    """ "19 of those killed", "19 of the dead", "two of those injured": the toll (killed or
    wounded) the group the count is a part of names."""
    noun = m.noun
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    if noun.head.head != m.anchor:
        return None
    if noun.lower_ in PRONOUN_NOUNS:
        word = next((c.lower_ for c in noun.children if c.dep_ in ("acl", "relcl", "amod")), None)
    else:
        word = noun.lower_ if noun.pos_ in ("ADJ", "VERB") or noun.tag_ == "VBN" else None
    if word is None:  # "19 of the people killed were children": the reduced relative right
        # after the noun (which the parser may hang on the figure) names the toll
        word = next((
            c.lower_ for c in (*noun.children, *m.anchor.children)
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1
        ), None)
    return _TOLL_WORDS.get(word) if word != "victims" else None


def impact_part(m: Mention) -> bool:
    """ "12 missiles, two of which hit a power plant", "nine of them struck homes": a part that
    is the subject of a verb of landing tells where some of those launched fell; it is no launch
    count, no downing and no toll."""
    noun, tok = m.noun, m.anchor
    if noun is None or noun.lower_ not in PRONOUN_NOUNS or tok.dep_ != "nsubj":
        return False
    return noun.dep_ == "pobj" and noun.head.head == tok and (
        tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in IMPACT_VERBS
    )


def _elision(m: Mention, toll: bool) -> Elision | None:
    part = _part_of_those_moved(m)
    if part is not None:
        return part
    if m.noun is not None and not toll and not (
        m.noun.lower_ in PRONOUN_NOUNS or m.noun.tag_ == "VBN"  # "69 of those freed"
    ):
        return None
    tok = m.anchor
    head = tok.head
    to, _ = _prep_country(tok, ("to", "into"))
    place, label = _prep_country(tok, PLACE_PREPS)
    nxt = doc_tokens(tok.doc)[m.end] if m.end < len(tok.doc) else None
    before = doc_tokens(tok.doc)[m.start - 1] if m.start > 0 else None
    if m.noun is None and (
        tok.lower_ == "more"
        or nxt is not None and nxt.lower_ in ("more", "further", "others")
        or before is not None and before.lower_ in ("another", "further")
    ):
        # "with 303 more each", "another 500 would follow": another count of the same;
        # "wounded four and killed two more": its own casualty verb says which toll it adds to
        from sayso.extract.lexicon import lexicon

        verb = nxt.head if head == nxt else head  # "two" may hang on "more"
        frames = lexicon().frames
        own = frames.get(verb.lemma_.lower()) or frames.get(verb.lower_)
        return Elision(restated=True, frame=own if own in ("kill", "wound") else None)
    if head.lower_ in INCLUDING or (head.dep_ == "prep" and head.lower_ in INCLUDING):
        return Elision(scope=label, to=to, place=place)
    if before is not None and before.lower_ in INCLUDING and nxt is not None and (
        nxt.lower_ in LOOSE_PREPS
    ):  # "including 67 near aid points", parsed as if "near" modified "points"
        after = doc_tokens(tok.doc)[m.end : tok.head.right_edge.i + 1]
        toks = [t for t in after if t.dep_ != "det"]
        label = " ".join(t.text for t in toks).lower() or None
        return Elision(scope=label, place=place_country(toks[1:]) if toks else None)
    if tok.dep_ == "conj" and (to or place):
        return Elision(scope=label if place else None, to=to, place=place)
    if head.lemma_ == "be" and tok.dep_ in ("nsubj", "attr", "conj", "acomp"):
        be = head
        if tok.dep_ == "conj":
            be = next((c for c in head.children if c.dep_ == "conj" and c.lemma_ == "be"), head)
        subj = next((c for c in be.children if c.dep_ == "nsubj" and c != tok), None)
        if subj is not None and subj.lemma_.lower() in COUNT_NOUNS:
            return Elision(restated=True)
        label = _attr_label(be, tok)
        if label and label.split()[-1] in SUBCATEGORIES | {"boys", "girls"}:
            return Elision(scope=label)
        if label and before is not None and before.lower_ in REST_WORDS:
            # "the remaining 1,718 were detainees": the rest of a count just split, whatever
            # they are said to be
            return Elision(scope=label)
        if label is None and tok.dep_ in ("attr", "acomp") and subj is not None and subj.lower_ in (
            "it", "that", "this"
        ):
            return Elision(restated=True)
        return None
    if tok.dep_ == "conj" and head.dep_ == "attr" and head.head.lemma_ == "be":
        # "69 were women and 21 were minors": the second count hangs on the first noun
        be = next(
            (
                t
                for t in doc_tokens(tok.doc)[tok.i + 1 : sent_of(tok).end]
                if t.lemma_ == "be" and any(c.dep_ == "attr" for c in t.children)
            ),
            None,
        )  # the next "were …", however the parser hung it
        label = _attr_label(be, tok) if be is not None else None
        return Elision(scope=label) if label else None
    if m.noun is not None:  # "13 of those (freed by Russia) were flown to Germany"
        from sayso.extract.frames import frame_of  # frames imports this module's neighbours

        verb = head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        vto, _ = _prep_country(verb, ("to", "into"))
        vplace, vlabel = _prep_country(verb, PLACE_PREPS)
        giver = [m.noun] if m.noun.tag_ == "VBN" else []
        giver += [c for c in m.noun.children if c.dep_ in ("acl", "relcl")]
        frm = next((g for g in map(_agent_side, giver) if g), None)
        own = frame_of(verb) if m.noun.lower_ in PRONOUN_NOUNS and tok.dep_ in (
            "nsubj", "nsubjpass", "dobj"  # "air defences shot down 37 of them"
        ) else None
        moved = vto or to or vplace or place
        if m.noun.lower_ in ("which", "whom") and own is None and not moved:
            return None  # "12 missiles, two of which hit a plant": no count the measure keeps
        return Elision(
            scope=vlabel if vplace else None, to=vto or to, place=vplace or place, frm=frm,
            frame=own,
        )
    if head.pos_ in ("VERB", "AUX") and tok.dep_ == "conj" and (to or place):
        return Elision(scope=label if place else None, to=to, place=place)
    return None


def _part_of_those_moved(m: Mention) -> Elision | None:
    """ "eight of the Ukrainians returned were civilians": a part of the people just moved, with
    what they were as its scope. The parser reads the reduced relative ("the Ukrainians
    returned") as the figure's own verb and hangs that clause on "were" as its subject."""
    tok, noun = m.anchor, m.noun
    verb = tok.head
    if noun is None or tok.dep_ != "nsubj" or verb.dep_ != "csubj" or verb.head.lemma_ != "be":
        return None
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == tok):
        return None
    label = _attr_label(verb.head, tok)
    if label is None:
        return None
    from sayso.extract.frames import nationality  # frames imports this module's neighbours

    return Elision(scope=label, to=nationality(noun, None, None))


#: verbs that place a part in its whole, or tell how the people were held before they moved
PART_VERBS = {
    "be", "include", "comprise", "list", "number", "count", "contain", "feature", "hold",
    "capture", "detain", "imprison", "jail", "keep", "intern", "sentence", "convict",
}


def other_act(verb: Token | None) -> bool:
    """Whether a count of people that no frame moves is the object of some other act ("12
    officers were promoted", "were decorated", "trained"): no part of the figure before it,
    which a part joins by "were among them", "included" or an act of its own measure."""
    from sayso.extract.frames import frame_of  # frames imports this module's neighbours

    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in PART_VERBS
        and frame_of(verb) is None
    )


def foreign_group(noun: Token) -> bool:
    """ "Ten Ruritanian nationals": people of a state the lexicon does not know, a group of
    their own — never a part of the main sides' figure, nor sent to either side."""
    from sayso.extract.lexicon import lexicon

    return noun.lemma_.lower() in ("national", "citizen") and any(
        c.ent_type_ == "NORP" and lexicon().country_of_token(c) is None
        for c in noun.children
        if c.dep_ in ("amod", "compound")
    )


def breakdown_scope(noun: Token | None, antecedent_noun: str | None) -> str | None:
    """The scope of a counted noun that names a part ("120 civilians") of a figure of people."""
    from sayso.extract.frames import state_not_act  # frames imports this module's neighbours

    if noun is None or foreign_group(noun) or state_not_act(noun):
        return None  # "the 40 missing men are alive": a state, no part of what was done
    low = noun.lower_
    if low in SUBCATEGORIES and low != antecedent_noun:
        mods = [m.lower_ for m in noun.children if m.dep_ in ("amod",) and m.i < noun.i]
        return " ".join([*mods, low]) if mods and mods[0] in SUBCATEGORIES else low
    if low in UNIT_MEMBERS and low != antecedent_noun:
        return _unit_label(noun)
    if low != antecedent_noun and _named_group(noun):
        return low  # "two paramedics were among the dead": a trade or role names a part
    return None


#: The toll a group is placed in: "among the dead" / "among those injured".
_TOLL_WORDS = {
    "dead": "killed", "killed": "killed", "slain": "killed", "victims": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
}


def group_toll(noun: Token) -> str | None:
    """ "Two paramedics were among the dead": the toll (killed or wounded) the group is a part
    of, so that it narrows that figure and not the one stated last."""
    sent = sent_of(noun)
    for tok in sent_tokens(sent):
        if tok.lower_ == "among":
            for t in tok.subtree:
                if t.i > tok.i and t.lower_ in _TOLL_WORDS:
                    return _TOLL_WORDS[t.lower_]
    head = noun
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ("include", "comprise"):
        # "The dead included four paramedics", "Those wounded included two children"
        for subj in head.head.children:
            if subj.dep_ in ("nsubj", "nsubjpass"):
                hit = next((t for t in subj.subtree if t.lower_ in _TOLL_WORDS), None)
                if hit is not None:
                    return _TOLL_WORDS[hit.lower_]
    return None


def _named_group(noun: Token) -> bool:
    """A noun of people narrower than "people" or "prisoners" (rescuers, medics, workers)."""
    from sayso.extract.frames import GENERAL_PERSONS
    from sayso.extract.lexicon import lexicon

    nouns = lexicon().measure_nouns
    low, lemma = noun.lower_, noun.lemma_.lower()
    return (
        nouns.get(low, nouns.get(lemma)) == "persons"
        and low not in GENERAL_PERSONS
        and lemma not in GENERAL_PERSONS
    )


#: People named by the body they serve in: a part of a group when the text names that body.
UNIT_MEMBERS = {"members", "guards", "guardsmen", "sailors", "fighters"}


def _unit_label(noun: Token) -> str | None:
    """ "12 National Guard members", "30 members of the Azov brigade", "nine border guards":
    the unit named before or after the noun makes the scope; a bare "12 members" has none."""
    before = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    if before:
        start = min(t.i for c in before for t in c.subtree)
        return noun.doc[start : noun.i + 1].text.lower()
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "NORP")):
                return f"{noun.lower_} of {obj.lower_}"
    return None


TOLL_WORDS = {"toll", "death toll", "loss"}
KILL_WORDS = {"killed", "dead", "died", "deaths", "death", "lives"}
WOUND_WORDS = {"wounded", "injured", "hurt"}


#: nouns that are themselves the harm a figure counts: "52 deaths", "140 injuries"
CASUALTY_NOUNS = {
    "death": "killed", "fatality": "killed", "injury": "wounded",
}


def count_noun_measure(m: Mention, last_class: str | None) -> str | None:
    """The measure of a figure put on a count noun: "put the toll at five dead", "the number
    shot down on approach to the capital at 74", "the death toll rose to 9", "gave the number
    of bodies received as 1,100"."""
    from sayso.extract.frames import _phrase_class, frame_of  # frames imports this module
    from sayso.extract.lexicon import lexicon as lexicon_

    tok = m.anchor
    if m.noun is not None and m.noun.lemma_.lower() in CASUALTY_NOUNS:
        return CASUALTY_NOUNS[m.noun.lemma_.lower()]  # "verified 52 civilian deaths"
    doc, sent = tok.doc, sent_of(tok)
    start = bound_start(doc, m.start)  # "brings the number … to more than 4,500"
    toks = doc_tokens(doc)
    if start - 1 < sent.start or toks[start - 1].lower_ not in ("at", "to", "as"):
        return None
    counts = [
        t for t in toks[sent.start : start]
        if t.pos_ == "NOUN" and t.lemma_.lower() in COUNT_NOUNS | TOLL_WORDS
    ]
    if not counts:
        return None
    count = counts[-1]
    words = {t.lower_ for t in sent_tokens(sent)}
    if count.lemma_.lower() == "loss" and (
        m.noun is None or lexicon_().measure_nouns.get(m.noun.lemma_.lower()) == "persons"
    ):  # "put its own losses at 30 soldiers": a toll of the dead
        return "killed"
    if count.lemma_.lower() == "toll" or words & KILL_WORDS:
        return "wounded" if words & WOUND_WORDS and not words & KILL_WORDS else "killed"
    if words & WOUND_WORDS:
        return "wounded"
    # "the number of bodies received": what the count is of, where its noun says
    counted = [o for p in count.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    for head in (count, *counted):
        cls = (_phrase_class(head) if head is not count else None) or last_class
        for c in head.children:
            frame = frame_of(c) if c.dep_ in ("acl", "relcl") else None
            if frame in ("down", "launch") and cls in ("drones", "missiles"):
                return f"{cls}_{'downed' if frame == 'down' else 'launched'}"
            if frame in ("give", "receive", "come") and cls in ("persons", "remains"):
                # "brings the number of Ukrainians freed since 2022 to 4,500"
                return "prisoners_released" if cls == "persons" else "remains_returned"
    return None


#: verbs that set a count at a value: "Moscow puts the number at 185", "gave the figure as 90"
PUT_VERBS = {"put", "place", "give", "set", "estimate", "peg", "cite"}


def counter_count(m: Mention) -> bool:
    """ "Kyiv says 84 were freed, while Moscow puts the number at 185": a bare count noun ("the
    number", "its figure", with nothing saying what it counts) set at a value restates the count
    just named, in the new speaker's word."""
    doc, sent = m.anchor.doc, sent_of(m.anchor)
    start = bound_start(doc, m.start)
    toks = doc_tokens(doc)
    if start - 1 < sent.start or toks[start - 1].lower_ not in ("at", "as"):
        return False
    verb = toks[start - 1].head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PUT_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in COUNT_NOUNS and not any(
        c.dep_ not in ("det", "poss") for c in obj.children
    )


def counted_of(m: Mention) -> Token | None:
    """ "brings the number of Ukrainians freed to 4,500": the people the count noun before the
    figure counts, whose nationality gives the way they moved."""
    doc, sent = m.anchor.doc, sent_of(m.anchor)
    start = bound_start(doc, m.start)
    counts = [
        t for t in doc_tokens(doc)[sent.start : start]
        if t.pos_ == "NOUN" and t.lemma_.lower() in COUNT_NOUNS
    ]
    if not counts:
        return None
    for prep in counts[-1].children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def renamed_whole(sent, prev, stated: list) -> list | None:
    """The figure an "Of them, six were civilians" opening divides, where the sentence before
    it counts nothing but names the people again ("the detainees had been held outside
    Baku"): the last figure that counted the same noun, not the last figure stated.

    ``stated`` holds (claim, noun lemma) pairs in the order the article stated them."""
    words = [t.lower_ for t in sent_tokens(sent)[:2]]
    if words[:2] not in (["of", "them"], ["of", "those"], ["among", "them"]):
        return None
    named = [
        t.lemma_.lower()
        for t in sent_tokens(prev)
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.tag_ == "NNS"
    ]
    if not named or any(t.like_num for t in sent_tokens(prev)):
        return None
    for claim, lemma in reversed(stated):
        if lemma in named and claim.value is not None and not claim.undisclosed:
            return [c for c, x in stated if x == lemma and c.span == claim.span]
    return None
