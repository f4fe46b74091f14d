"""Figures in a sentence: numerals, number words, "none", bounds, "X for X", undisclosed.

A mention is the run of tokens that states a count, the noun it counts (when the tree shows
one) and how exact it is. Numbers that are not counts (dates, ages, years, percentages,
distances, prices, designations such as Kh-101) are left out here or by the measure lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.extract.numbers import is_number_word, parse_number

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


def _bound_before(doc, start: int) -> tuple[str | None, int]:
    for words, approx in sorted(BOUNDS, key=lambda b: -len(b[0])):
        n = len(words)
        if start - n < 0:
            continue
        toks = doc[start - n : start]
        if tuple(t.lower_ for t in toks) == words:
            if words == ("over",) and start - 2 >= 0 and doc[start - 2].pos_ == "VERB":
                continue  # "handed over 1,000": a particle, not a bound
            if words == ("some",) and start + 1 < len(doc) and doc[start].lower_ == "of":
                continue
            return approx, start - n
    return None, start


def _counted_noun(tok: Token) -> Token | None:
    if (
        tok.dep_ in ("nummod", "quantmod", "amod", "det", "compound")
        and tok.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and tok.head.i > tok.i
    ):
        return tok.head
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    # "the number was 307", "the toll rose to 9": no noun in the tree
    return None


def _is_designation(doc, i: int) -> bool:
    return i > 0 and doc[i - 1].text in ("-", "/") or (i > 0 and doc[i - 1].text[-1:] == "-")


def find_mentions(sent: SpacySpan) -> list[Mention]:
    """Every stated count in a sentence."""
    doc = sent.doc
    out: list[Mention] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        # numbers: digits or number words, possibly several tokens ("twelve hundred and twelve")
        if (
            (tok.like_num or is_number_word(tok.text))
            and tok.ent_type_ not in SKIP_ENTS
            and not _is_designation(doc, i)
            and tok.lower_ not in ("one",)
            or (tok.lower_ == "one" and tok.ent_type_ == "CARDINAL" and tok.dep_ == "nummod")
        ):
            j = i + 1
            while j < sent.end and (
                doc[j].like_num
                or is_number_word(doc[j].text)
                or (
                    doc[j].lower_ == "and"
                    and j + 1 < sent.end
                    and is_number_word(doc[j + 1].text)
                    and doc[j - 1].lower_ in ("hundred", "thousand")
                )
            ):
                j += 1
            words = [t.text for t in doc[i:j]]
            start = i
            if (
                i > sent.start
                and doc[i - 1].lower_ == "a"
                and words[0].lower() in ("dozen", "hundred", "thousand")
            ):
                start = i - 1
                words = ["a", *words]
            value = parse_number(words)
            nxt = doc[j] if j < sent.end else None
            if value is None or (
                nxt is not None
                and (nxt.lower_ in UNIT_WORDS or nxt.text == "-" or nxt.text.startswith("-"))
            ):
                i = j
                continue
            if tok.ent_type_ in SKIP_ENTS or (
                1900 <= value <= 2100
                and "," not in tok.text
                and tok.tag_ == "CD"
                and (nxt is None or nxt.pos_ not in ("NOUN",))
            ):
                i = j
                continue
            approx, _ = _bound_before(doc, start)
            last = doc[j - 1]
            noun = next(
                (
                    n
                    for n in map(_counted_noun, reversed(doc[i:j]))
                    if n is not None and not (n.i >= i and n.i < j)
                ),
                None,
            )
            m = Mention(start, j, value, approx, anchor=last, noun=noun)
            # "1,000 for 1,000", "1,000-for-1,000": one figure each way
            if j + 1 < sent.end and doc[j].lower_ in ("for", "-for-") and doc[j + 1].like_num:
                if parse_number([doc[j + 1].text]) == value:
                    m.each = True
                    m.end = j + 2
                    j = j + 2
            out.append(m)
            i = j
            continue
        if tok.lower_ in ZERO_WORDS:
            out.append(Mention(i, i + 1, 0, anchor=tok, noun=_counted_noun(tok)))
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


def _negated_above(tok: Token) -> bool:
    """A negation on the verb that governs ``tok`` ("has not received any")."""
    node = tok
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return any(c.dep_ == "neg" for c in node.children) and not any(
        c.lower_ in ("whether", "if") for c in node.children
    )
