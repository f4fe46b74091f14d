"""The counter-figure of a swap: "Russia freed 12 people in return for six Russians".

The people after "in return for" / "in exchange for" move the other way from the figure the
verb moves: the giver of the clause is their receiver. The parties are the article's main
sides, a member of a bloc counting as the bloc when the bloc is the side ("the United States
sent ten agents home in exchange for four people held in Russia": Russia -> the West).
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.extract.lexicon import lexicon

COUNTER_HEADS = {"return", "exchange", "swap", "trade"}


def is_counter(anchor: Token, verb: Token | None) -> bool:
    """Whether the figure sits under "in return for" / "in exchange for" below its verb."""
    for node in (anchor, *anchor.ancestors):
        if node == verb:
            return False
        if (
            node.lower_ == "for"
            and node.dep_ == "prep"
            and node.head.lower_ in COUNTER_HEADS
            and node.head.dep_ == "pobj"
            and node.head.head.lower_ == "in"
        ):
            return True
    return False


def _side(code: str | None, parties: list[str]) -> str | None:
    if code is None or code in parties:
        return code
    bloc = lexicon().bloc_of(code)
    return bloc if bloc in parties else code


def counter_directions(
    frame: str | None, subject_side: str | None, nat: str | None, parties: list[str]
) -> list[tuple[str, str]] | None:
    """From -> to of a counter-figure, or None when the clause does not tell."""
    subj = _side(subject_side, parties)
    nat = _side(nat, parties)
    others = [p for p in parties if p != subj]
    if subj and others:
        if frame == "give":  # the giver of the clause receives the counter-figure
            return [(others[0], subj)]
        if frame == "receive":
            return [(subj, others[0])]
    if nat and nat in parties:
        other = [p for p in parties if p != nat]
        if other:
            return [(other[0], nat)]
    return None
