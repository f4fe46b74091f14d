"""Figures in a sentence: numerals, number words, "none", bounds, "X for X", undisclosed.

A mention is the run of tokens that states a count, the noun it counts (when the tree shows
one) and how exact it is. Numbers that are not counts (dates, ages, years, percentages,
distances, prices, designations such as Kh-101) are left out here or by the measure lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sayso.extract.lexicon import lexicon
from sayso.extract.numbers import is_number_word, parse_number
from sayso.extract.perdoc import doc_tokens, ents, lowers

SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
UNIT_WORDS = {
    "percent",
    "%",
    "per",
    "year",
    "years",
    "-year",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "metres",
    "meters",
    "hours",
    "hour",
    "days",
    "day",
    "minutes",
    "weeks",
    "months",
    "dollars",
    "euros",
    "roubles",
    "rubles",
    "hryvnias",
    "times",
    "storey",
    "story",
    "percentage",
    "km/h",
    "tonnes",
    "tons",
    "old",
}
BOUNDS = [
    (("more", "than"), "at_least"),
    (("at", "least"), "at_least"),
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("upwards", "of"), "at_least"),
    (("over",), "at_least"),
    (("in", "excess", "of"), "at_least"),
    (("up", "to"), "at_most"),
    (("nearly",), "at_most"),
    (("almost",), "at_most"),
    (("as", "many", "as"), "at_most"),
    (("fewer", "than"), "at_most"),
    (("less", "than"), "at_most"),
    (("about",), "about"),
    (("around",), "about"),
    (("some",), "about"),
    (("roughly",), "about"),
    (("approximately",), "about"),
    (("nearly", "about"), "about"),
    (("an", "estimated"), "about"),
    (("estimated",), "about"),
    (("close", "to"), "at_most"),
]
ZERO_WORDS = {"none", "zero", "nobody", "noone"}
UNDISCLOSED_ADJ = {"unspecified", "undisclosed", "unknown", "unnamed", "unconfirmed"}


@dataclass
class Mention:
    start: int  # token index of the first token of the figure
    end: int  # token index after the last
    value: int | None
    approx: str | None = None
    undisclosed: bool = False
    noun: Token | None = None  # the counted noun, when the tree shows one
    anchor: Token | None = None  # the token whose place in the tree decides frame and source
    each: bool = False  # "X for X", "each", "each way": one figure in both directions
    pair: bool = False  # "X for X": the whole deal, an umbrella figure with no day of its own
    same: bool = False  # "the same number": the value of the figure just stated (engine fills)


#: the bounds, longest first: "no fewer than" before "fewer than"
_BOUNDS_LONGEST_FIRST = sorted(BOUNDS, key=lambda b: -len(b[0]))


def _bound_before(doc, start: int) -> tuple[str | None, int]:
    low = lowers(doc)
    toks = doc_tokens(doc)
    for words, approx in _BOUNDS_LONGEST_FIRST:
        n = len(words)
        if start - n < 0:
            continue
        if tuple(low[start - n : start]) == words:
            if words == ("over",) and start - 2 >= 0 and toks[start - 2].pos_ == "VERB":
                continue  # "handed over 1,000": a particle, not a bound
            if words == ("some",) and start + 1 < len(doc) and toks[start].lower_ == "of":
                continue
            return approx, start - n
    return None, start


#: words that open a place right after a figure, which the parser sometimes reads as the
#: adjective of a noun ("including 67 near aid points": "near" as JJ, "points" as counted)
LOOSE_PREPS = frozenset({"near", "around", "outside", "inside", "across"})


def bound_start(doc, start: int) -> int:
    """Where a figure starts with the bound before it ("more than 4,500")."""
    return _bound_before(doc, start)[1]


def _counted_noun(tok: Token) -> Token | None:
    doc = tok.doc
    toks = doc_tokens(doc)
    if tok.i + 1 < len(doc) and toks[tok.i + 1].lower_ in LOOSE_PREPS:
        return None  # "67 near aid points": a figure placed, its noun left out
    if _quantmod_part(tok):  # "61 of 76 drones" read as one number: the part counts them too
        return _counted_noun(tok.head)
    if tok.i + 2 < len(doc) and toks[tok.i + 1].text == ":" and (
        tok.i == 0 or toks[tok.i - 1].is_punct or toks[tok.i - 1].is_space
    ):  # "- 85: rockets fired", a box of numbers (not "Day 3: soldiers return")
        return _noun_after_colon(toks, tok.i + 2)
    if (
        # "nmod": a capitalised number word opening a line, tagged as a name ("Thirteen ...")
        tok.dep_ in ("nummod", "quantmod", "amod", "det", "compound", "nmod")
        and tok.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and tok.head.i > tok.i
    ):
        return tok.head
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    if tok.i + 2 < len(doc) and toks[tok.i + 1].lower_ == "out" and toks[tok.i + 2].lower_ == "of":
        # "downed 23 out of 26 drones": the parser hangs "out of" on the verb
        return next((o for o in toks[tok.i + 2].children if o.dep_ == "pobj"), None)
    # "the number was 307", "the toll rose to 9": no noun in the tree
    return _included_noun(tok)


#: plurals that count without a numeral ("dozens of rockets"): no figure of their own (FORMAT.md)
VAGUE_PLURALS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})


def _included_noun(tok: Token) -> Token | None:
    """What a bare figure counts in "dozens of rockets, including 12 toward Haifa, were fired"
    or "fired rockets, including 12 at Haifa": the group it is included in, when that group is
    told with no numeral (a counted whole makes the figure a part, told elsewhere)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "including":
        return None
    host = tok.head.head
    groups = [host] if host.pos_ == "NOUN" else [
        c for c in host.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
    ] if host.pos_ == "VERB" else []
    counted = lexicon().measure_nouns
    for g in groups:
        if any(_is_count(c) for c in g.children):
            continue
        if g.lower_ in VAGUE_PLURALS:
            g = next((o for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), g)
        if g.tag_ == "NNS" and (counted.get(g.lemma_.lower()) or counted.get(g.lower_)):
            return g  # not "23 drones over three regions, including 12 over Bryansk"
    return None


def _noun_after_colon(toks, k: int) -> Token | None:
    """ "- 3: people wounded in Nahariya": a "by the numbers" line, the figure then what it
    counts (its modifiers first: "9: Lebanese civilians killed")."""
    for t in toks[k : k + 4]:
        if t.pos_ == "NOUN":
            return t
        if t.pos_ not in ("ADJ", "PROPN", "DET") or t.is_punct:
            return None
    return None


def partitive_whole(m: Mention) -> bool:
    """Whether the figure is the whole a part is taken from: the 26 of "downed 23 of 26
    drones" or "23 out of 26", the 45 of "Of the 45 drones, 38 were shot down". The verb acts
    on the part only; the whole counts what there was to act on."""
    noun = m.noun
    if any(_quantmod_part(c) for c in m.anchor.children):
        return True  # "61 of 76 drones were downed", the part parsed as a modifier of the whole
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    if not noun.left_edge.i <= m.start < noun.i:
        return False  # the part itself ("23" of "23 of 26 drones") counts the noun too
    of = noun.head
    doc = noun.doc
    head = of.head
    if head.lower_ == "out" and head.i == of.i - 1:
        return of.i >= 2 and _is_count(doc_tokens(doc)[of.i - 2])
    if _is_count(head) and head.i < of.i:
        return True  # "23 of 26 drones"
    # "Of the 45 drones, 38 were shot down": a fronted "of" on a verb whose subject is a figure
    return of.i < head.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and _is_count(c) for c in head.children
    )


def _is_count(tok: Token) -> bool:
    return tok.like_num or is_number_word(tok.text)


def _quantmod_part(tok: Token) -> bool:
    """Whether ``tok`` is the part of "61 of 76 drones" that the parser hangs, with its "of", on
    the whole as a modifier of it."""
    toks = doc_tokens(tok.doc)
    return (
        tok.dep_ == "quantmod"
        and _is_count(tok)
        and _is_count(tok.head)
        and tok.head.i == tok.i + 2
        and toks[tok.i + 1].lower_ == "of"
    )


def _is_designation(doc, i: int) -> bool:
    toks = doc_tokens(doc)
    if i > 1 and toks[i - 1].text == "-" and _tens_hyphen(doc, i - 1, len(doc)):
        return False  # the "three" of "twenty-three" is read with its tens
    if i > 0 and toks[i - 1].text in ("-", "/") and toks[i - 1].whitespace_:
        return False  # "- 85: rockets fired": a bullet or a dash, not the "-" of "Su-34"
    return i > 0 and toks[i - 1].text in ("-", "/") or (i > 0 and toks[i - 1].text[-1:] == "-")


def _tens_hyphen(doc, j: int, end: int) -> bool:
    """ "twenty", "-", "three": a hyphen inside a spelled-out number."""
    from sayso.extract.numbers import TENS, UNITS

    toks = doc_tokens(doc)
    return (
        toks[j].text == "-"
        and j > 0
        and j + 1 < end
        and toks[j - 1].lower_ in TENS
        and toks[j + 1].lower_ in UNITS
    )


def _compound_modifier(doc, j: int, end: int) -> bool:
    """ "12 one-way attack drones", "40 three-day passes": a number word hyphened to the word
    after it modifies that word; it is no part of the count before it."""
    toks = doc_tokens(doc)
    return (
        j + 2 < end
        and is_number_word(toks[j].text)
        and toks[j + 1].text == "-"
        and not _tens_hyphen(doc, j + 1, end)
        and not toks[j + 2].like_num
    )


def _counts_measure_noun(doc, j: int, end: int) -> bool:
    """Whether the words after a number name what the measures count ("69 missiles",
    "390 Russians"): then a DATE or QUANTITY tag that spaCy put on the run is wrong."""
    lex = lexicon()
    toks = doc_tokens(doc)
    for k in range(j, min(j + 3, end)):
        word = toks[k].lower_
        if word in lex.measure_nouns or toks[k].lemma_.lower() in lex.measure_nouns:
            return True
        hit = lex.country_of_token(toks[k])
        if hit and hit[1] == "demonym":
            return True
        if toks[k].pos_ not in ("ADJ", "PROPN", "NOUN") or toks[k].ent_type_ in ("DATE", "TIME"):
            return False
    return False


def _skipped_entity(doc, i: int, j: int, end: int) -> bool:
    toks = doc_tokens(doc)
    return toks[i].ent_type_ in SKIP_ENTS and not (
        toks[i].ent_type_ in ("QUANTITY", "DATE", "TIME", "CARDINAL")
        and _counts_measure_noun(doc, j, end)
        or _bare_number_date(doc, i)
        or _toll_object(toks[i])
        or _count_before_time(doc, i, j, end)
    )


def _count_before_time(doc, i: int, j: int, end: int) -> bool:
    """ "seven in the morning and 13 a few hours later": the tagger runs a bare count into the
    time phrase after it; a count whose next word opens a time of its own ("a few hours",
    "an hour") is no part of that time."""
    toks = doc_tokens(doc)
    if j + 1 >= end or toks[i].ent_type_ not in ("DATE", "TIME") or toks[i].dep_ not in (
        "conj", "appos"
    ):
        return False
    nxt = toks[j]
    return nxt.ent_iob_ == "I" and (nxt.lower_ in ("a", "an") or nxt.like_num)


def _toll_object(tok: Token) -> bool:
    """ "killed four and injured 14 overnight": spaCy reads "14 overnight" as a TIME, but a
    bare number below any year that is the object of a casualty verb counts people."""
    if tok.ent_type_ not in ("DATE", "TIME") or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    value = parse_number([tok.text])
    if value is None or value >= 1900:
        return False
    return lexicon().frames.get(tok.head.lower_) in ("kill", "wound") or lexicon().frames.get(
        tok.head.lemma_.lower()
    ) in ("kill", "wound")


def _is_age(doc, i: int, end: int) -> bool:
    """ "Emily Damari, 28, and …", "Khalida Jarrar, 62,", "aged 19": a person's age."""
    toks = doc_tokens(doc)
    if i > 0 and toks[i - 1].lower_ in ("aged", "age", "ages"):
        return True
    j = i + 1
    closed = j >= end or toks[j].text in (",", ")", ".", ";")
    if not (i > 1 and toks[i - 1].text == "," and closed):
        return False
    return toks[i - 2].ent_type_ == "PERSON" or toks[i - 2].pos_ == "PROPN"


def _bare_number_date(doc, i: int) -> bool:
    """ "put the number shot down at 74", tagged DATE: a lone number below any year, with no
    month, weekday or time word in its entity, is a count that spaCy misread."""
    tok = doc_tokens(doc)[i]
    if tok.ent_type_ != "DATE" or not tok.text.isdigit() or int(tok.text) >= 1900:
        return False
    ent = next((e for e in ents(doc) if e.start <= i < e.end), None)
    return ent is not None and len(ent) == 1


#: Quantifiers that leave a bare scale word ("several hundred", "a few thousand") without a figure.
VAGUE_QUANTIFIERS = frozenset({"several", "few", "many", "some", "countless", "numerous"})


def _vague_scale(before: Token, first: str) -> bool:
    return first.lower() in ("dozen", "hundred", "thousand", "million") and (
        before.lower_ in VAGUE_QUANTIFIERS
    )


#: Words that open the group a partitive "one of …" picks from ("one of the missiles", "two
#: rockets, one of which was intercepted").
_PARTITIVE_HEADS = frozenset(
    {"the", "its", "their", "them", "those", "these", "our", "his", "her", "your", "which", "whom"}
)


def _partitive_one(doc: Doc, i: int, end: int) -> bool:
    """ "One of the missiles was intercepted", "one of its soldiers was wounded": a partitive
    "one" counts one member of the group, as "two of the missiles" counts two."""
    low = lowers(doc)
    return (
        low[i] == "one" and i + 2 < end and low[i + 1] == "of" and low[i + 2] in _PARTITIVE_HEADS
    )


def _one_harmed(doc: Doc, i: int, end: int) -> bool:
    """ "Two were killed and one wounded", "killed three and injured one": a bare "one" that a
    casualty verb counts is a toll of one, as "five wounded" is a toll of five."""
    low = lowers(doc)
    if low[i] != "one" or (i > 0 and low[i - 1] in ("no", "any", "every", "the")):
        return False
    toks = doc_tokens(doc)
    tok = toks[i]
    frames = lexicon().frames
    nxt = toks[i + 1] if i + 1 < end else None
    if nxt is not None and frames.get(nxt.lower_) in ("kill", "wound") and nxt.head == tok:
        return tok.ent_type_ == "CARDINAL"
    return tok.dep_ == "dobj" and frames.get(tok.head.lemma_.lower()) in ("kill", "wound")


#: the words other than numbers that a figure can start at (each test below needs one)
_OPENERS = frozenset({"one", "single", "both", "same", "a", "an", "no", "any"}) | ZERO_WORDS


#: ``is_number_word`` of each word met, asked of every word of every sentence
_number_word = lru_cache(maxsize=1 << 14)(is_number_word)


def find_mentions(sent: SpacySpan) -> list[Mention]:
    """Every stated count in a sentence."""
    doc = sent.doc
    toks, low = doc_tokens(doc), lowers(doc)
    out: list[Mention] = []
    i = sent.start
    while i < sent.end:
        tok = toks[i]
        if low[i] == "the" and _none_downed(tok):
            # "The ballistic missiles were not intercepted": none of those told was downed
            out.append(Mention(i, tok.head.i + 1, 0, anchor=tok.head, noun=tok.head))
        if low[i] not in _OPENERS and not (tok.like_num or _number_word(tok.text)):
            i += 1  # most words: no figure starts here, so none of the tests below is run
            continue
        # numbers: digits or number words, possibly several tokens ("twelve hundred and twelve")
        if (
            (tok.like_num or is_number_word(tok.text))
            and not _skipped_entity(doc, i, _run_end(doc, i, sent.end), sent.end)
            and not _is_designation(doc, i)
            and not _is_age(doc, i, sent.end)
            and tok.lower_ not in ("one",)
            or (tok.lower_ == "one" and tok.ent_type_ == "CARDINAL" and tok.dep_ == "nummod")
            or _partitive_one(doc, i, sent.end)
            or _one_harmed(doc, i, sent.end)
        ):
            j = i + 1
            while j < sent.end and not _compound_modifier(doc, j, sent.end) and (
                toks[j].like_num
                or is_number_word(toks[j].text)
                or (
                    toks[j].lower_ == "and"
                    and j + 1 < sent.end
                    and is_number_word(toks[j + 1].text)
                    and toks[j - 1].lower_ in ("hundred", "thousand")
                )
                or _tens_hyphen(doc, j, sent.end)
            ):
                j += 1
            words = [t.text for t in toks[i:j] if t.text != "-"]
            start = i
            if (
                i > sent.start
                and toks[i - 1].lower_ == "a"
                and words[0].lower() in ("dozen", "hundred", "thousand")
            ):
                start = i - 1
                words = ["a", *words]
            if i - 2 >= sent.start and toks[i - 2].lower_ == "all" and toks[i - 1].lower_ == "but":
                i = j  # "intercepted all but two of them": the two are what got through
                continue
            if start == i and i > sent.start and _vague_scale(toks[i - 1], words[0]):
                i = j  # "several hundred prisoners": a vague plural, no figure (FORMAT.md)
                continue
            value = parse_number(words)
            nxt = toks[j] if j < sent.end else None
            paired = _hyphen_pair(doc, j, sent.end, value)
            if paired:  # "1,000-for-1,000", tokenised as "1,000", "-", "for-1,000"
                m = Mention(start, paired, value, _bound_before(doc, start)[0], anchor=toks[j - 1])
                m.noun = _counted_noun(toks[paired - 1]) or _counted_noun(toks[j - 1])
                if m.noun is None and paired < sent.end and toks[paired].pos_ == "NOUN":
                    m.noun = toks[paired]
                m.each = m.pair = True
                out.append(m)
                i = paired
                continue
            if value is None or (
                nxt is not None
                and (nxt.lower_ in UNIT_WORDS or nxt.text == "-" or nxt.text.startswith("-"))
            ):
                i = j
                continue
            if _skipped_entity(doc, i, j, sent.end) or (
                1900 <= value <= 2100
                and "," not in tok.text
                and tok.tag_ == "CD"
                and (nxt is None or nxt.pos_ not in ("NOUN",))
            ):
                i = j
                continue
            approx, _ = _bound_before(doc, start)
            last = toks[j - 1]
            noun = next(
                (
                    n
                    for n in map(_counted_noun, reversed(toks[i:j]))
                    if n is not None and not (n.i >= i and n.i < j)
                ),
                None,
            )
            if noun is not None and noun.lower_ in ("others", "more") and noun.i == j and _harmed(
                noun
            ):
                # "two killed and three others wounded", "wounded four and killed two more":
                # "others" names no class of its own; it stands where a bare toll would
                last, noun, j = noun, None, j + 1
            elif noun is not None and noun.lower_ == "others" and noun.i == j and _moved(noun):
                noun = None  # "ten others were freed": more of what the article counts
            m = Mention(start, j, value, approx, anchor=last, noun=noun)
            # "1,000 for 1,000", "1,000-for-1,000": one figure each way
            if j + 1 < sent.end and toks[j].lower_ in ("for", "-for-") and toks[j + 1].like_num:
                if parse_number([toks[j + 1].text]) == value:
                    m.each = m.pair = True
                    m.end = j + 2
                    j = j + 2
                    k = j
                    while k < sent.end and toks[k].is_punct and toks[k].text in "'’”\"":
                        k += 1
                    if m.noun is None and k < sent.end and toks[k].pos_ in ("NOUN", "PROPN"):
                        m.noun = toks[k]  # "'1,000 for 1,000' swap"
            elif (
                noun is not None
                and noun.i == j
                and j + 2 < sent.end
                and toks[j + 1].lower_ == "for"
                and toks[j + 2].like_num
                and parse_number([toks[j + 2].text]) == value
            ):
                # "swapped 84 prisoners for 84 on Friday": one figure each way, on that day
                # (not the deal's umbrella figure, which names the deal: "1,000 for 1,000")
                m.each = True
                j = j + 3
            out.append(m)
            i = j
            continue
        if _not_a_single(doc, i, sent.start):
            noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
            out.append(Mention(i, i + 1, 0, anchor=noun or tok, noun=noun))
            i += 1
            continue
        if (
            tok.lower_ == "both"
            and i + 2 < sent.end
            and toks[i + 1].lower_ == "of"
            and toks[i + 2].lower_ in ("which", "whom", "them", "those", "these")
        ):  # "two missiles, both of which were intercepted": a part of two that is all of it
            out.append(Mention(i, i + 1, 2, anchor=tok, noun=toks[i + 2]))
        elif _same_number(doc, i, sent.end):
            # "Moscow said it received the same number of Russian troops": the figure again
            noun = next((o for p in toks[i + 1].children if p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), None)
            out.append(Mention(i, i + 2, None, anchor=noun or toks[i + 1], noun=noun, same=True))
        elif tok.lower_ in ZERO_WORDS:
            out.append(Mention(i, i + 1, 0, anchor=tok, noun=_counted_noun(tok)))
        elif _single_casualty(tok):
            # "a woman was killed", "the strike wounded a soldier": a count of one person
            out.append(Mention(i, tok.head.i + 1, 1, anchor=tok.head, noun=tok.head))
        elif tok.lower_ == "no" and tok.dep_ == "det" and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
            if noun.lower_ not in (
                "figure",
                "figures",
                "number",
                "details",
                "mention",
                "date",
                "comment",
                "information",
                "word",
                "timetable",
            ):
                out.append(Mention(i, i + 1, 0, anchor=noun, noun=noun))
        elif tok.lower_ == "any" and _negated_above(tok):
            noun = _counted_noun(tok) or (tok.head if tok.dep_ == "det" else None)
            out.append(Mention(i, i + 1, 0, anchor=tok, noun=noun))
        i += 1
    return out


def _none_downed(tok: Token) -> bool:
    """ "The missiles were not intercepted": "the" opening the plural weapons just counted,
    the subject of a negated downing verb, and nothing ("all", "some", a number) making it a
    part of them."""
    from sayso.extract.frames import _phrase_class, frame_of  # frames imports this module

    noun, verb = tok.head, tok.head.head
    if tok.lower_ != "the" or tok.dep_ != "det" or noun.dep_ != "nsubjpass" or noun.tag_ != "NNS":
        return False
    if not any(c.dep_ == "neg" for c in verb.children) or frame_of(verb) != "down":
        return False
    if any(c.dep_ == "cc" or c.lower_ in ("but", "until") for c in verb.subtree):
        return False  # "were not shot down by jets but by mobile fire groups"
    if any(c.dep_ == "prep" and c.lower_ in ("over", "above", "in", "near", "around", "outside")
           for c in verb.children):
        return False  # "not intercepted over Kyiv": perhaps elsewhere
    if any(c.dep_ in ("nummod", "quantmod", "predet") or c.lower_ in ("all", "some", "both")
           for c in noun.children):
        return False
    return _phrase_class(noun) in ("drones", "missiles")


def _harmed(noun: Token) -> bool:
    """Whether ``noun`` is the subject or object of a casualty verb ("killed", "injured")."""
    frames = lexicon().frames
    verb = noun.head
    if any(  # "27 others injured, X said": the parser makes "others" the speaker's second
        # subject, with the casualty participle hung on it
        c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1
        and (frames.get(c.lower_) or frames.get(c.lemma_.lower())) in ("kill", "wound")
        for c in noun.children
    ):
        return True
    return noun.dep_ in ("nsubjpass", "nsubj", "dobj", "conj") and (
        frames.get(verb.lower_) or frames.get(verb.lemma_.lower())
    ) in ("kill", "wound")


def _moved(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a verb that frees or hands people over."""
    frames = lexicon().frames
    verb = noun.head
    return noun.dep_ in ("nsubjpass", "nsubj") and (
        frames.get(verb.lower_) or frames.get(verb.lemma_.lower())
    ) in ("give", "receive", "come")


def _single_casualty(tok: Token) -> bool:
    """ "A woman was killed": the article of one person as subject or object of a casualty
    verb counts one, as a numeral would (FORMAT.md annotates tolls, and one is a toll)."""
    noun = tok.head
    if not (
        tok.lower_ in ("a", "an")
        and tok.dep_ == "det"
        and noun.tag_ == "NN"
        and noun.dep_ in ("nsubjpass", "dobj", "pobj")
        and lexicon().measure_nouns.get(noun.lower_) == "persons"
    ):
        return False
    if noun.dep_ == "pobj":  # "nine people, including a girl, were hurt": one of the nine
        whole = noun.head.head
        if noun.head.lower_ == "including" and whole.pos_ == "VERB":
            # "14 people were injured, including a child": the phrase hangs on the casualty
            # verb, whose counted subject or object is the whole
            frames = lexicon().frames
            return (frames.get(whole.lower_) or frames.get(whole.lemma_.lower())) in (
                "kill", "wound"
            ) and any(
                c.dep_ in ("nsubjpass", "nsubj", "dobj")
                and any(n.dep_ == "nummod" for n in c.children)
                for c in whole.children
            )
        return noun.head.lower_ == "including" and any(
            c.dep_ == "nummod" for c in whole.children) and _harmed(whole)
    return _harmed(noun)


def _same_number(doc, i: int, end: int) -> bool:
    """ "the same number (of …)", compared with nothing else ("as last week" names another)."""
    low = lowers(doc)
    if not (
        low[i] == "same"
        and i > 0
        and low[i - 1] == "the"
        and i + 1 < end
        and low[i + 1] in ("number", "amount")
    ):
        return False
    return not any(w in ("as", "than") for w in low[i + 2 : min(end, i + 8)])


def _hyphen_pair(doc, j: int, end: int, value: int | None) -> int | None:
    """The end of "-for-N" / "-for-" N after a figure when N repeats it, else None."""
    toks = doc_tokens(doc)
    if value is None or j + 1 >= end or toks[j].text not in ("-", "‑", "–"):
        return None
    nxt = toks[j + 1].text
    if nxt.lower().startswith("for-") and parse_number([nxt[4:]]) == value:
        return j + 2
    if nxt.lower() == "for" and j + 3 < end and toks[j + 2].text == "-":
        if parse_number([toks[j + 3].text]) == value:
            return j + 4
    return None


def _run_end(doc, i: int, end: int) -> int:
    """The token after a run of number tokens starting at ``i``."""
    j = i + 1
    toks = doc_tokens(doc)
    while j < end and (toks[j].like_num or is_number_word(toks[j].text) or toks[j].lower_ == "and"):
        if toks[j].lower_ == "and" and not (j + 1 < end and is_number_word(toks[j + 1].text)):
            break
        j += 1
    return j


def _not_a_single(doc, i: int, start: int) -> bool:
    """ "not a single prisoner", "not one body": a count of zero."""
    low = lowers(doc)
    if low[i] == "single" and i - 2 >= start and low[i - 1] == "a":
        return low[i - 2] in ("not", "no")
    if low[i] == "one" and i - 1 >= start and low[i - 1] == "not":
        head = doc_tokens(doc)[i].head
        return head.pos_ in ("NOUN", "PROPN") and head.i > i
    return False


def _negated_above(tok: Token) -> bool:
    """A negation on the verb that governs ``tok`` ("has not received any")."""
    node = tok
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return any(c.dep_ == "neg" for c in node.children) and not any(
        c.lower_ in ("whether", "if") for c in node.children
    )


#: verbs that say a statement got a figure wrong: "misstated the number … as 1,100"
MISSTATE_VERBS = {"misstate", "misreport", "misquote", "misprint", "misidentify", "mislabel"}
#: adverbs that make any verb of statement an error: "incorrectly reported … as 61"
ERROR_ADVERBS = {"incorrectly", "wrongly", "erroneously", "mistakenly", "inaccurately"}


def misstated(tok: Token) -> bool:
    """Whether a figure is the wrong value a correction notice takes back ("An earlier version
    misstated the number of bodies received as 1,100"): no claim, though the figure that
    corrects it ("It was 1,000") continues what it counted."""
    prep = tok.head
    if prep.lower_ not in ("as", "at") or tok.dep_ != "pobj":
        return False
    for node in prep.ancestors:
        if node.pos_ in ("VERB", "AUX") and (
            node.lemma_.lower() in MISSTATE_VERBS
            or any(c.dep_ == "advmod" and c.lower_ in ERROR_ADVERBS for c in node.children)
        ):
            return True
    return False
