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
from sayso.extract.breakdowns import foreign_group
from sayso.extract.lexicon import lexicon
from sayso.extract.perdoc import doc_tokens, memo, sent_of, sent_tokens
from sayso.extract.places import misread_place, place_country
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
    "boy",
    "boys",
    "girl",
    "girls",
    "teenager",
    "teenagers",
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


DEAL_NOUNS = {"exchange", "swap", "trade", "deal", "format", "handover", "formula"}


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
    toks = doc_tokens(doc)
    if noun.i + 1 < len(doc):
        candidates.insert(0, f"{noun.lower_} {toks[noun.i + 1].lower_}")
    # a modifier before the noun only: "four people dead" is a toll, not "dead people"
    comps = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    for c in comps:
        candidates.insert(0, f"{c.lower_} {noun.lower_}")
        if c.i < noun.i - 1:  # "unmanned aerial vehicles": the modifiers that run up to it
            candidates.insert(0, " ".join(t.lower_ for t in toks[c.i : noun.i + 1]))
    for cand in candidates:
        if cand in nouns:
            return nouns[cand]
    hit = lexicon().country_of_token(noun)
    if hit and hit[1] == "demonym" and noun.tag_ in ("NNS", "NNPS"):
        return "persons"  # "390 Russians", "the final 303 Ukrainians"
    return None


def measure_class(m: Mention) -> tuple[str | None, Token | None]:
    """The class of what is counted and the noun that says so (None when the tree shows none)."""
    noun = m.noun
    if noun is None:
        return None, None
    cls = _phrase_class(noun)
    if noun.lower_ in ("those", "them") and m.undisclosed:
        cls = "persons"
    if cls is None and m.each and noun.lemma_.lower() in DEAL_NOUNS:
        # "a 1,000-for-1,000 exchange": people each way, unless "body swap" says bodies
        comps = [c for c in noun.children if c.dep_ in ("compound", "amod")]
        cls = next((_phrase_class(c) for c in comps if _phrase_class(c)), "persons")
    if cls == "persons" and any(
        c.lower_ in FALLEN for c in noun.children if c.dep_ == "amod" and c.i < noun.i
    ):
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


#: Frames whose participle names what happened to the people counted ("18 injured").
CASUALTY = ("kill", "wound")
#: verbs that only carry another: "33 hostages are to be released", "are expected to be freed"
CARRIERS = {"be", "expect", "set", "schedule", "due", "plan", "hope", "seem", "appear", "likely"}


def _headline_down(tok: Token) -> Token | None:
    """The "down" of a headline's verb ("Russian air defences down 112 Ukrainian drones"),
    which the parser takes for an adverb or preposition, hanging the count on it, on the
    subject or on nothing: a noun, then a "down" no verb governs, then the counted phrase."""
    num = tok if tok.like_num else next((c for c in tok.children if c.dep_ == "nummod"), tok)
    i = num.left_edge.i - 1  # the parser may make the noun the head of all: from the count
    if i < 1:
        return None
    toks = doc_tokens(tok.doc)
    j = i - 1 if toks[i].lower_ == "of" else -1
    j = j - 1 if j > 0 and toks[j].lower_ == "out" else j
    if j > 1 and toks[j].like_num:  # "down 61 of 76 drones": the whole's "down" is the part's
        i = j - 1
    down, before = toks[i], toks[i - 1]
    if (
        down.lower_ == "down"
        and down.pos_ in ("ADV", "ADP")
        # "Russia says air defences down 41 …": the said clause's verb, read as an adverb
        and (down.head.pos_ not in ("VERB", "AUX") or down.dep_ == "ccomp")
        and before.pos_ in ("NOUN", "PROPN")
    ):
        return down
    return None


def _verb_of(tok: Token) -> Token | None:
    """The verb that moves a figure; through "is to", "are expected to" to the verb they carry."""
    # "Three were killed and 18 injured", "left 23 wounded": a casualty participle right after
    # the figure is its own verb, not the verb the figure is conjoined to (the parser may hang
    # the participle on the figure, on what it is conjoined to, or on the verb governing both).
    toks = doc_tokens(tok.doc)
    if tok.i + 1 < len(tok.doc):
        own = toks[tok.i + 1]
        if own.tag_ == "VBN" and own.head in (tok, tok.head) and frame_of(own) in CASUALTY:
            return own
    if tok.dep_ == "conj" and tok.i + 1 < len(tok.doc):
        aux = toks[tok.i + 1]
        if aux.dep_ in ("aux", "auxpass") and aux.head.dep_ == "conj" and aux.head.i > aux.i:
            # "downed 88 drones and 128 decoys were lost": the parser joins the two nouns, but
            # the second is the subject of the verb its auxiliary opens
            return aux.head
    if _headline_down(tok) is not None:
        return _headline_down(tok)  # "Air defences down 112 drones": a verb read as an adverb
    node, below = tok, tok
    verb = None
    while True:
        if node.lower_ == "according" and node.head != node and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.head.children
        ):  # "According to the governor, Oleh X, nine people were injured": the parser hung
            # the subject on the source's name; the main verb, with no subject, is its verb
            return node.head
        if node.pos_ in ("VERB", "AUX") or (node.tag_ == "VBN" and node.head != node):
            verb = node
            break
        if node.head == node:
            return None
        below, node = node, node.head
    if below.dep_ == "dobj" and frame_of(verb) is None and any(
        c.dep_ in ("relcl", "appos") for c in below.subtree
    ):
        # "said two civilians, who had been held in Ukraine, returned home": a clause set in
        # after the figure leads the parser to make it the object of the saying verb, leaving
        # its own verb with no subject (people who "take" or "get" something are not moved)
        own = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > below.i), None)
        if own is not None and frame_of(own) not in (None, "receive") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in own.children
        ):
            return own
    if below.dep_ not in ("nsubj", "nsubjpass"):
        return verb
    for _ in range(3):
        if verb.lemma_.lower() not in CARRIERS or frame_of(verb):
            break
        nxt = next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None
        )
        if nxt is None:  # "are due to be freed", "are likely to be released": via the adjective
            nxt = next(
                (
                    x
                    for c in verb.children
                    if c.dep_ == "acomp" and c.lemma_.lower() in CARRIERS
                    for x in c.children
                    if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")
                ),
                None,
            )
        if nxt is None:
            break
        verb = nxt
    return verb


#: nouns for weapons that got through: "hits by 13 drones were recorded" counts no launch
HIT_NOUNS = {"hit", "impact"}


def hits_of(noun: Token | None) -> bool:
    """Whether a weapon count names the hits they made ("hits by 13 strike UAVs", "impacts
    of four missiles"): a part of what was launched, neither the launch nor a downing."""
    prep = noun.head if noun is not None else None
    return (prep is not None and prep.lower_ in ("by", "of") and noun.dep_ == "pobj"
            and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in HIT_NOUNS)


#: nouns that name what a side gives in a deal: "the United States' own contribution was three
#: Russians" is the United States giving three Russians
GIVE_NOUNS = {"contribution", "share"}


def frame_of(verb: Token | None) -> str | None:
    """The frame (``frames.tsv``) a verb moves its figures in; asked of each verb for every
    figure it governs, so worked out once per verb."""
    if verb is None:
        return None
    known = memo(verb.doc, "sayso_frames", lambda _: {})
    if verb.i not in known:
        known[verb.i] = _frame_of(verb)
    return known[verb.i]


def _frame_of(verb: Token) -> str | None:
    frames = lexicon().frames
    lemma = verb.lemma_.lower()
    if lemma == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in GIVE_NOUNS
        and any(p.dep_ == "poss" for p in c.children)
        for c in verb.children
    ):
        return "give"  # "X's contribution was N": X gives N
    for c in verb.children:
        if c.dep_ in ("prt", "advmod", "dobj", "oprd", "acomp") and c.lower_ in (
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
    if lemma == "leave":  # "shelling left two people dead": the state the figure is left in
        for c in verb.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and frames.get(c.lower_) in CASUALTY:
                return frames[c.lower_]
            if c.dep_ == "dobj":  # the parser may hang "dead" on the people, after them
                for a in c.children:
                    if a.i > c.i and a.dep_ in ("amod", "acl") and frames.get(a.lower_) in CASUALTY:
                        return frames[a.lower_]
    toks = doc_tokens(verb.doc)
    if verb.i > 0:  # "Russia let go", parsed with "let" as an auxiliary of "go"
        key = f"{toks[verb.i - 1].lemma_.lower()} {lemma}"
        if key in frames and toks[verb.i - 1].head == verb:
            return frames[key]
    if verb.i + 1 < len(verb.doc):  # "set free 95 Russians", parsed with "free" on the noun
        key = f"{lemma} {toks[verb.i + 1].lower_}"
        if key in frames:
            return frames[key]
    return frames.get(lemma) or frames.get(verb.lower_)


def side_of(tokens: list[Token]) -> str | None:
    """The state a phrase names: a country, capital or place, else a known actor's state
    ("by Hamas" -> PSE)."""
    hit = place_country(tokens)
    if hit:
        return hit
    lex = lexicon()
    words = [t.text for t in tokens]
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            actor = lex.actors.get(" ".join(words[i : i + n]))
            if actor and actor[0][:3] in lex.countries:
                return actor[0][:3]
    return None


def _child_pobj_country(verb: Token, preps: tuple[str, ...]) -> str | None:
    """The state named by a "to X" / "from X" / "over X" phrase on the verb, or on its particle
    ("came back to Ukraine", "sent home to Russia"); a region counts as its state."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.pos_ != "VERB"]
    for h in heads:
        for c in h.children:
            if (c.dep_ in ("prep", "dative") or c.dep_ == "conj" and c.pos_ == "ADP") and (
                c.lower_ in preps
            ):
                # "to the Red Cross in Gaza City and then to Israeli forces": the first stop
                # that names a side; a place inside the phrase is where, not to whom
                for p in [c, *[x for x in c.children if x.dep_ == "conj" and x.lower_ in preps]]:
                    objs = [o for o in p.children if o.dep_ == "pobj"]
                    if objs:
                        hit = side_of(_own_words(objs[0]))
                        if hit:
                            return hit
            if h is verb and c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN"):
                return country_in(phrase_tokens(c), lexicon())
    return None


def _own_words(head: Token) -> list[Token]:
    """A noun phrase without the phrases nested in it ("the Red Cross", not "… in Gaza")."""
    nested = {t.i for c in head.children if c.dep_ in ("prep", "acl", "relcl") for t in c.subtree}
    return [t for t in phrase_tokens(head) if t.i not in nested]


def _in_exchange_for(verb: Token) -> str | None:
    """ "33 hostages released in exchange for 1,900 Palestinian prisoners": the side whose
    people come back in return, so the figure goes the other way."""
    for t in verb.subtree:
        if t.lower_ == "for" and t.head.lemma_.lower() in ("exchange", "return", "swap"):
            objs = [o for o in t.children if o.dep_ == "pobj"]
            if objs:
                hit = nationality(objs[0], None, None)
                if hit:
                    return hit
    return None


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:  # "• Thailand–Cambodia: Cambodian troops fired": a topic label
        doc = verb.doc
        subjects = [c for c in subjects if not (
            c.right_edge.i + 1 < len(doc) and doc_tokens(doc)[c.right_edge.i + 1].text == ":"
        )] or subjects
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    if subjects:
        return subjects[0]
    if verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children):
        return verb.head  # "Israeli strikes killed 30", misread as a reduced relative
    if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head != verb:
        if verb.dep_ == "xcomp":  # "Israel was expected to free": Israel frees
            for c in verb.head.children:
                if c.dep_ == "nsubjpass":
                    return c
        return _subject(verb.head)  # "Russia was prepared to hand over": Russia hands over
    prev = doc_tokens(verb.doc)[verb.i - 1] if verb.i > 0 else None
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and (prev.dep_ in ("ROOT", "dep", "npadvmod") or prev.head == prev)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return prev  # a name the parser left hanging right before its verb: "Israel released"
    return None


def nationality(
    noun: Token | None, speaker_side: str | None, subject_side: str | None, inner: bool = False
) -> str | None:
    """Whose people or weapons the noun counts: "Ukrainian soldiers", "its own", "our defenders".
    ``inner``: the noun is a body the counted people belong to ("prisoners of the Armed Forces
    of Ukraine"), so a state named by its own "of" is theirs; "prisoners of Russia" alone could
    be held by Russia and tells nothing."""
    if noun is None:
        return None
    lex = lexicon()
    hit = lex.country_of_token(noun)
    if hit and hit[1] == "demonym" or inner and hit and hit[1] == "name":
        return hit[0]
    for c in noun.subtree:
        if c.i > noun.i + 6:
            break
        if c.dep_ in ("amod", "compound", "nmod") and (c.head == noun or _force_word(c.head, noun)):
            h = lex.country_of_token(c)
            if h:
                return h[0]
            if c.pos_ == "PROPN" and c.text in lex.actors:  # "Houthi drones": the movement's
                side = lex.side_of(lex.actors[c.text][0])
                if side:
                    return side
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
    # "the bodies of 6,000 Ukrainian servicemen": the people inside the counted noun
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                    return nationality(
                        o, speaker_side, subject_side, inner or o.lemma_.lower() in FORCE_NOUNS
                    )
    return None


#: bodies whose members a figure can count: "prisoners of the Armed Forces of Ukraine"
FORCE_NOUNS = {"forces", "force", "army", "military", "navy", "troops", "guard", "brigade"}


def _force_word(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` names a force in front of the counted noun ("Ukrainian Armed Forces
    prisoners", "Russian Navy sailors"): the state that modifies it owns the people counted."""
    return tok.dep_ == "compound" and tok.head == noun and tok.lower_ in FORCE_NOUNS


#: words for the two parties together: "captives from both sides", "of the two sides"
PAIR_NOUNS = {"side", "party", "country", "nation", "army"}
TWO_WAY_VERBS = {"exchange", "swap", "trade"}


def two_way_total(verb: Token | None, noun: Token | None) -> bool:
    """A count of people that moved both ways and names no way ("3,233 captives from both
    sides", "2,950 prisoners have been exchanged since 2022"): not one claim in either
    direction. "From each side" is the "X each" of a swap, read elsewhere."""
    for head in (noun, verb):
        for prep in (c for c in (head.children if head is not None else ()) if c.dep_ == "prep"):
            for o in prep.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in PAIR_NOUNS and any(
                    d.lower_ in ("both", "two") for d in o.children
                ):
                    return True
    if verb is None or verb.lemma_.lower() not in TWO_WAY_VERBS:
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    named = any(c.dep_ in ("agent", "dative") or c.dep_ == "prep" and c.lower_ in (
        "to", "from", "for", "with", "by") for c in verb.children)
    return passive and not named and nationality(noun, None, None) is None


#: nouns of a go-between's work: "its mediation had secured the release of …"
GO_BETWEEN_NOUNS = {"mediation", "mediator", "mediators", "broker", "brokers", "go-between"}


def go_between_subject(verb: Token | None) -> bool:
    """Whether the verb's subject is a mediator's work ("its mediation secured the release"):
    the mediator gives and receives no one, so the subject names no side."""
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
        verb.head.lemma_.lower() in ("mediate", "broker")
    ):
        return True  # "it mediated 17 swaps, freeing 4,000 captives": the mediation frees them
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    return subj is not None and (
        subj.lower_ in GO_BETWEEN_NOUNS
        or any(c.lower_ in GO_BETWEEN_NOUNS for c in subj.children if c.dep_ == "compound")
    )


def _launcher(noun: Token | None) -> str | None:
    """The attacker a weapon's own reduced relative names: "drones launched by Russia",
    "missiles fired from Iran" — the main verb ("were shot down") still decides the measure."""
    if noun is None:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "from":  # "drones from Syria"
            objs = [o for o in c.children if o.dep_ == "pobj"]
            side = side_of(phrase_tokens(objs[0])) if objs else None
            if side:
                return side
        if c.dep_ not in ("acl", "relcl") or partitive_clause(c):
            continue
        launch = frame_of(c) == "launch"
        for a in c.children:
            # "drones launched by Russia"; "drones fired from Iran", "carrying drugs from Syria"
            if a.dep_ == "agent" and launch or a.dep_ == "prep" and a.lower_ == "from":
                objs = [o for o in a.children if o.dep_ == "pobj"]
                side = side_of(phrase_tokens(objs[0])) if objs else None
                if side:
                    return side
    return None


def _conjoined_sides(verb: Token | None) -> list[str]:
    """The two different sides a verb's subject names as conjuncts ("Moscow and Kyiv")."""
    if verb is None:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    sides: list[str] = []
    for tok in [subj, *subj.conjuncts]:
        side = side_of([tok, *(c for c in tok.children if c.dep_ == "compound")])
        if side and side not in sides:
            sides.append(side)
    return sides if len(sides) == 2 else []


def _other(code: str | None, parties: list[str]) -> str | None:
    if code is None:
        return None
    lex = lexicon()
    bloc = lex.bloc_of(code)  # Germany's other party is not the West it belongs to
    members = lex.blocs.get(code, set())  # nor is the West's other party one of its members
    others = [p for p in parties if p != code and p != bloc and p not in members]
    return others[0] if others else None


def _contrasted_side(
    noun: Token | None, speaker_side: str | None, subject_side: str | None, parties: list[str]
) -> str | None:
    """The main side whose people a later figure coordinated with this one counts, where this
    one names nobody's: "3 hostages and 90 Palestinian prisoners" sets the 3 apart as the other
    side's. Only a later conjunct: "90 Ukrainian soldiers and 30 civilians" shares its adjective
    forward, never back."""
    if noun is None or len(parties) < 2:
        return None
    later = [c for c in noun.conjuncts if c.i > noun.i]
    later += [c for c in noun.head.children
              if c.i > noun.i and c.dep_ == noun.dep_ and c.dep_ in ("nsubjpass", "dobj")]
    for other in later:
        if any(c.dep_ == "nummod" for c in other.children):
            side = nationality(other, speaker_side, subject_side)
            if side in parties[:2]:
                return side
    return None


def directions(
    m: Mention,
    measure: str,
    verb: Token | None,
    noun: Token | None,
    parties: list[str],
    speaker_side: str | None,
    subject_side: str | None,
    holder: str | None = None,
    attack: tuple[str, str] | None = None,
) -> list[tuple[str | None, str | None]]:
    """From -> to for the figure, both ways for "each" figures. ``holder`` is the side that
    gave the people last freed in the article: third-country nationals freed with them ("Ten
    Thai nationals were also freed") come from the same hands, not from either main side.
    ``attack`` is the (attacker, target) of the last attack stated: victims on its target with
    no attacker named are its victims, whichever two sides the article names most."""
    lex = lexicon()

    def giver(to: str | None) -> str | None:
        held = held_in(noun)  # "Israelis held in Gaza were freed": Gaza gives
        if held is not None and held != to:
            return held
        if to is not None and to not in parties[:2] and holder in parties[:2] and holder != to:
            return holder
        return _other(to, parties)

    sent = sent_of(m.anchor)
    each = (
        m.each
        or any(t.lower_ in ("each", "apiece") for t in sent_tokens(sent))
        and any(t.lower_ in ("each", "apiece", "both") for t in _window(m, 8))
    )
    if each:
        # "Russia and Ukraine each handed over 52": the two sides the subject names, whoever
        # else (a mediator) the article mentions more
        pair = _conjoined_sides(verb) or (parties[:2] if len(parties) >= 2 else [])
        if len(pair) == 2:
            a, b = pair
            return [(a, b), (b, a)]
    frame = frame_of(verb)
    nat = nationality(noun, speaker_side, subject_side)
    if nat is None and noun is not None and foreign_group(noun):
        return [(None, None)]  # "Ten Ruritanian nationals were also freed": no side we know
    to_pp = _child_pobj_country(verb, ("to", "into")) if verb is not None else None
    from_pp = _child_pobj_country(verb, ("from",)) if verb is not None else None
    agent = None
    passive = False
    if verb is not None:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.tag_ == "VBN"
            and verb.dep_ in ("acl", "amod")
            and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children)
        )  # "14 people freed by Russia": a bare participle on its noun is passive
        passive = passive or (
            noun is not None and noun.dep_ == "nsubj" and noun.head == verb
            and frame_of(verb) == "give" and verb.tag_ in ("VBD", "VBN")
            and any(a.lower_ in ("see", "saw", "sees") for a in verb.ancestors)
        )  # "would see four bodies returned": the things counted are handed over, not handing
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    agent = side_of(phrase_tokens(objs[0]))
        if agent is None and passive and frame_of(verb) in ("kill", "wound"):
            agent = _striker(verb)
    subj = subject_side
    if measure in ("remains_returned", "prisoners_released") and nat is None and not (
        subj or agent or to_pp or from_pp
    ):  # "3 hostages and 90 Palestinian prisoners were freed": the hostages are the others'
        nat = _other(_contrasted_side(noun, speaker_side, subject_side, parties), parties[:2])
    if measure in ("remains_returned", "prisoners_released") and verb is not None:
        counter = _in_exchange_for(verb)
        if counter and not (subj or agent or to_pp or from_pp or nat):
            return [(counter, _other(counter, parties))]
    if measure in ("remains_returned", "prisoners_released"):
        if frame == "receive" and not passive:
            to = subj or to_pp or nat or speaker_side
            frm = from_pp or _other(to, parties)
        elif frame == "give" and not passive:
            frm = subj or from_pp
            to = to_pp or nat or _other(frm, parties)
            if frm is None:
                frm = giver(to)
        elif frame == "give" and passive:
            frm = agent or from_pp
            to = to_pp or nat
            if to is None and frm is None and m.value == 0:
                to = speaker_side  # "no war dead returned", said by the side that got none
            if to is None:
                to = _other(frm, parties)
            if frm is None:
                frm = giver(to)
        elif frame == "receive" and passive:
            # "1,200 bodies had been received": by the agent, else by the side that says so
            to = agent or to_pp or speaker_side or nat
            frm = from_pp or _other(to, parties)
        else:
            to = to_pp or nat or (subj if frame in ("come", "receive") else None)
            if to is None and frame == "come" and verb is not None and any(
                c.lower_ == "home" for c in verb.children
            ) and (speaker_side in parties or len(parties) < 2):
                # "counted ten people arriving home": the speaker's home, unless the speaker
                # is neither side (a mediator: "Ankara says 52 detainees went home")
                to = speaker_side
            if to is None and frame == "come" and speaker_side in parties and from_pp is None:
                # "Kyiv said 1,000 bodies had arrived": they arrived where the speaker is
                to = speaker_side
            frm = from_pp or agent or giver(to)
            if to is None and frm is not None:
                to = _other(frm, parties)
            if to is None and m.value == 0:
                to = speaker_side
                frm = _other(to, parties)
        return [(frm, to)]
    if measure in ("drones_launched", "missiles_launched"):
        # "fired from southern Lebanon toward the Galilee": launched from the attacker's ground
        frm = (agent if passive else subj) or nat or from_pp
        to = (
            _child_pobj_country(verb, ("at", "on", "against", "over", "toward", "towards"))
            if verb is not None
            else None
        )
        if to is None and noun is not None:  # "sent 98 drones against Ukraine"
            to = _child_pobj_country(noun, ("at", "on", "against"))
        if to is None and verb is not None:
            for c in verb.children:
                if c.dep_ == "dobj":
                    to = country_in(phrase_tokens(c), lex)
        if frm is None:
            frm = _other(to or speaker_side, parties)
        if to is None and frm is not None and _place_country(sent) not in (None, frm):
            to = _place_country(sent)  # "In Ukraine, Russia fired 64 drones overnight"
        return [(frm, to or _other(frm, parties))]
    if measure in ("drones_downed", "missiles_downed"):
        over = _child_pobj_country(verb, ("over", "above", "in")) if verb is not None else None
        if not passive and noun is not None and noun.dep_ == "nsubj" and noun.head == verb and (
            not any(c.dep_ == "dobj" for c in verb.children)
        ):
            subj = None  # "- 71: rockets intercepted": a bullet's reduced passive, no downer
        frm = over or (agent if passive else subj) or speaker_side
        attacker = _launcher(noun)  # "60 drones launched by Russia were shot down"
        if attacker is not None:
            frm = frm if frm != attacker else None
            return [(frm or _other(attacker, parties), attacker)]
        nat = nat or _weapons_side(sent, measure)
        if nat is None and attack is not None and attack[1] == frm and attack[0] != frm:
            return [(frm, attack[0])]  # downed by the side the last attack told was on
        to = nat or _other(frm, parties)
        frm = frm or _other(to, parties)
        return [(frm, to)]
    # killed / wounded: the victims' side, the other side as the attacker
    place = _place_country(sent)
    if not (agent or subj or nat) and third_ground(sent, [*parties, *(attack or ())]):
        # "he fought in Afghanistan, where 15,000 soldiers died": a third state's ground, with
        # nobody named as the attacker or the victims, is none of the main sides' toll
        return []
    if frame in ("kill", "wound") and not passive and subj:
        # "Russia's ministry claimed to have killed 60 servicemen": the subject is the
        # attacker, whoever says so; the victims are of the place struck, else those of the
        # same attacker's last attack ("killed one Cambodian soldier and wounded two others"),
        # else the other side
        told = attack[1] if attack is not None and attack[0] == subj else None
        to = next((s for s in (nat, place, told) if s and s != subj), None)
        if to is None and subj not in parties[:2] and speaker_side not in (None, subj):
            to = speaker_side  # a third state's attack told by its victims' side
        return [(subj, to or _other(subj, parties))]
    to = nat or _toll_owner(verb, subj) or place or speaker_side
    if to is None and agent is not None:
        to = _other(agent, parties)  # "14 civilians killed by Ukrainian shelling": the other's
    if attack is not None and attack[1] == to and (agent is None or agent == attack[0]):
        return [attack]  # "one civilian was killed in Rylsk" after Ukraine's drones on Russia
    return [(agent if agent and agent != to else _other(to, parties), to)]


def _weapons_side(sent, measure: str) -> str | None:
    """ "Indian drones were shot down, …, adding that two quadcopters had been brought down":
    the one side whose weapons of the figure's kind the sentence names elsewhere fired them."""
    nouns = lexicon().measure_nouns
    kind = measure.split("_")[0]
    sides = {
        nationality(t, None, None) for t in sent_tokens(sent)
        if t.pos_ == "NOUN" and (nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)) == kind
    } - {None}
    return sides.pop() if len(sides) == 1 else None


#: a force's own ranks: it names the enemy's dead ("Russian soldiers", "enemy troops"), and its
#: own plainly
OWN_RANKS = {"soldier", "serviceman", "servicemember", "troop", "trooper", "reservist", "officer"}


def own_ranks_lost(verb: Token | None, noun: Token | None) -> bool:
    """ "Two soldiers were killed in a roadside bombing, the military said": a force that tells
    of soldiers killed or wounded, with no side named on them and no attacker named, tells of its
    own, wherever they fell."""
    if verb is None or noun is None or noun.lemma_.lower() not in OWN_RANKS:
        return False
    if noun.dep_ != "nsubjpass" or noun.head != verb:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "killed by Hamas fighters": the attacker named
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun.children)


def enemy_named(noun: Token | None) -> bool:
    """ "30 enemy soldiers were killed, the General Staff said": the people of the side the
    speaker fights, not the speaker's own."""
    return noun is not None and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("enemy", "hostile")
        for c in noun.children
    )


#: nouns a side's own dead are counted under: "put its own losses at 30 soldiers"
TOLL_NOUNS = {"loss", "toll", "casualty"}


def _toll_owner(verb: Token | None, subj: str | None) -> str | None:
    """ "New Delhi put its own losses at 30 soldiers": the side whose toll the verb's object
    is are the victims, whatever place the sentence names."""
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ != "dobj" or c.lemma_.lower() not in TOLL_NOUNS:
            continue
        for p in c.children:
            if p.dep_ != "poss":
                continue
            if p.lower_ not in ("its", "their"):
                return side_of(phrase_tokens(p))
            who = next((w for w in verb.children if w.dep_ == "nsubj"), None)
            return (side_of(phrase_tokens(who)) if who is not None else None) or subj
    return None


def _striker(verb: Token) -> str | None:
    """ "five civilians were killed when Indian shells hit villages": the side whose strike
    the clause on the casualty verb (or on the one joined to it: "five were killed and 11
    injured when …") tells is the attacker, as a "by" phrase would be."""
    for c in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if c.dep_ != "advcl" or frame_of(c) != "launch" or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children
        ):
            continue
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if subj is not None:
            return side_of(phrase_tokens(subj))
    return None


def _window(m: Mention, n: int):
    doc = m.anchor.doc
    return doc[max(sent_of(m.anchor).start, m.start - n) : min(sent_of(m.anchor).end, m.end + n)]


#: nouns that name a place by an "of" phrase: "the city of Sumy"
SETTLEMENTS = {"city", "town", "village", "region", "district", "province", "port", "capital"}


def third_ground(sent, sides: list[str]) -> bool:
    """Whether the sentence places what it tells in a state that is none of ``sides`` (the
    main parties and those of the last attack told)."""
    place = _place_country(sent)
    if place is None or len(set(sides) - {None}) < 2:
        return False
    return place not in sides and lexicon().bloc_of(place) not in sides  # the US in the West


#: regions spanning several states: a bulletin's "In the Middle East, …" places no side
WORLD_REGIONS = {
    "middle east", "near east", "far east", "balkans", "caucasus", "south caucasus", "levant",
    "gulf", "persian gulf", "sahel", "horn of africa", "eastern europe", "central asia",
    "north africa", "west africa", "east africa", "southeast asia", "baltics", "region",
}


def _misread_name(w: Token, obj: Token) -> bool:
    """ "Raids on Nabatieh kill 5": a heading's verb read as the noun after "on", the place's
    name as its capitalised adjective: still the name of the place struck."""
    return (
        w.dep_ in ("amod", "compound") and w.head == obj and w.i < obj.i
        and w.text[:1].isupper() and w.i > sent_of(w).start
    )


def _place_country(sent) -> str | None:
    lex = lexicon()
    for t in sent_tokens(sent):
        words = " ".join(w.lower_ for w in phrase_tokens(t) if w.dep_ != "det")
        if t.dep_ == "pobj" and words in WORLD_REGIONS:
            continue
        if t.dep_ == "pobj" and (
            t.head.lower_ in ("in", "across", "near", "over", "on")
            or t.head.lower_ == "of" and t.head.head.lemma_.lower() in SETTLEMENTS
        ):  # "in Kharkiv", "struck the city of Sumy"
            for w in phrase_tokens(t):
                hit = lex.country_of_token(w)
                if hit and hit[1] in ("name", "capital"):
                    return hit[0]
            names = [
                w for w in phrase_tokens(t)
                if w.pos_ == "PROPN"
                and (lex.country_of_token(w) or ("", ""))[1] not in ("demonym", "adjective")
            ]  # "killed in Azerbaijani fire": a demonym names the attacker, not the place
            hit = place_country(names) or next(
                (p for w in phrase_tokens(t) if _misread_name(w, t) and (p := misread_place(w))),
                None,
            )
            if hit:
                return hit
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


def partitive_clause(clause: Token) -> bool:
    """A relative clause with a figure of its own ("126 drones, of which 79 were shot down")
    tells what became of a part, not of the whole its noun counts."""
    return clause.dep_ == "relcl" and any(t.like_num for t in clause.subtree)


#: verbs of keeping people: "hostages still held in Gaza", "detained in Russia"
HOLD_VERBS = {"hold", "detain", "keep", "imprison", "jail", "remain", "capture", "abduct"}


def held_in(noun: Token | None) -> str | None:
    """The side a reduced relative says holds the people counted: "soldiers held in Russian
    captivity", "hostages held in Gaza", "detained by Hamas" — the giver, when they are freed."""
    for c in noun.children if noun is not None else ():
        if c.dep_ != "acl" or c.lemma_.lower() not in HOLD_VERBS:
            continue
        for p in c.children:
            if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in ("in", "by"):
                objs = [o for o in p.children if o.dep_ == "pobj"]
                words = phrase_tokens(objs[0]) if objs else []
                side = side_of(words) or (country_in(words, lexicon()) if words else None)
                if side:
                    return side
    return None


def held_beside(noun: Token) -> bool:
    """ "four bodies, well short of the 28 it is still holding", "far fewer than the 28 hostages
    it holds": the count a side keeps, set against what moves by a comparison, not moved."""
    return (
        noun.dep_ == "pobj"
        and noun.head.head.pos_ in ("ADJ", "ADV")
        and any(c.dep_ == "relcl" and c.lemma_.lower() in HOLD_VERBS for c in noun.children)
    )


def state_not_act(noun: Token) -> bool:
    """Whether people are counted in a state, not in an act: "most of the 26 hostages still
    held in Gaza were alive" counts no one freed, killed or wounded."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in HOLD_VERBS for c in noun.children):
        return True
    if held_beside(noun):
        return True
    node = noun
    while node.dep_ in ("pobj", "prep") and node.head != node:
        node = node.head  # "most of the 26": the subject is "most"
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "holds 8,000 soldiers and 2,000 civilians"
    verb = node.head
    if node.dep_ == "dobj":
        return _keeps(verb)  # "Russia holds 8,000 Ukrainian prisoners": how many it has
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return verb.lemma_.lower() in HOLD_VERBS or verb.lemma_ == "be" and any(
        c.dep_ == "acomp" for c in verb.children
    )  # "31 hostages remain held", "are still being held", "were alive"


def _keeps(verb: Token) -> bool:
    """Whether a verb's object is people (or bodies) a side keeps, not moves: "holds 8,000
    prisoners", "is keeping 2,000 detainees", "has 5,000 Russian prisoners" — a count held,
    which no measure counts (unlike "had 90 prisoners released", whose "have" moves them)."""
    if verb.lemma_.lower() in HOLD_VERBS:
        return True
    return verb.lemma_ == "have" and verb.pos_ == "VERB" and not any(
        c.pos_ in ("VERB", "AUX") or c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children
    )


#: what holds names rather than people: "a list of 300 more people"
LIST_NOUNS = {"list", "lists", "roster", "register"}


#: what a list can say will happen to the people on it: "a list of 95 prisoners slated for
#: release" (a plan, kept as one)
LISTED_FOR = {"slated", "due", "set", "scheduled", "expected", "earmarked", "eligible"}
#: a side's wish for people it has not got: "the men Kyiv wants back"
WISH_VERBS = {"want", "wanted", "wants", "seek", "sought", "demand", "request", "wish"}


def wished_for(noun: Token) -> bool:
    """People counted on a list that says nothing will happen to them: "received a list of 300
    more people Moscow wanted back" moved a list, and the people on it are only a wish."""
    if not (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in LIST_NOUNS
    ):
        return False
    toks, k = doc_tokens(noun.doc), noun.right_edge.i + 1
    after = toks[k] if k < len(toks) else None
    if after is not None and after.lower_ in LISTED_FOR:
        return False  # "detainees due to be freed": the parser hangs "due" on the main verb
    for c in noun.children:
        if c.dep_ == "relcl" and any(
            w.lemma_.lower() in WISH_VERBS or w.lower_ in WISH_VERBS
            for w in (c, *(a for a in c.children if a.dep_ in ("aux", "xcomp", "ccomp")))
        ):
            return True  # "detainees it wanted released": a wish, whatever verb follows
    return not any(
        c.dep_ in ("acl", "relcl", "amod") and (c.lower_ in LISTED_FOR or frame_of(c))
        for c in noun.children
    )


#: verbs that only move captives between sides: their object's "wounded" or "sick" says how
#: the people are, not what the figure counts ("sent", "transferred" may be to a hospital)
SWAP_VERBS = frozenset({"release", "free", "hand", "exchange", "swap", "trade", "repatriate"})


def casualty_or_exchange(cls: str, verb: Token | None, noun: Token | None) -> str | None:
    """People counted: freed in an exchange, killed or wounded."""
    if noun is not None and (wished_for(noun) or held_beside(noun)):
        return None  # "a list of 300 people Moscow wanted back": no one moved yet
    candidates = [verb] if verb is not None else []
    if noun is not None:
        candidates += [
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl", "amod") and not partitive_clause(c)
        ]
        candidates += [noun.head] if noun.head.tag_ in ("VBN", "JJ") else []
    if verb is not None and verb.lemma_.lower() in SWAP_VERBS and frame_of(verb) == "give":
        candidates = [verb]  # "handed over 15 wounded soldiers": people who change hands
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
    if noun is not None and state_not_act(noun):
        return None  # "the 26 hostages still held": no one freed
    if noun is not None and noun.lower_ in GENERAL_PERSONS - {"people", "person"}:
        return "prisoners_released"
    sent_words = {t.lower_ for t in sent_of(noun or verb)} if (noun or verb) is not None else set()
    if sent_words & EXCHANGE_WORDS:
        return "prisoners_released"
    return None
