"""The day of an event told without a figure, for the figures that follow it.

"Russia and Ukraine exchanged prisoners on Saturday. The ministry did not say how many." The
second sentence has no day of its own; the first dates the exchange though it states no count.
A sentence whose event verb (a frame of ``frames.tsv``, or "exchange", "swap") carries a date
phrase gives that day to the later figures of the same event type in the article, as a dated
figure would.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.extract import dates as dates_
from sayso.extract.actors import phrase_tokens
from sayso.extract.frames import frame_of, side_of
from sayso.extract.lexicon import lexicon
from sayso.extract.perdoc import root_of, sent_tokens

TYPE_OF_CLASS = {
    "remains": "remains_repatriation",
    "persons": "prisoner_exchange",
    "drones": "air_attack",
    "missiles": "air_attack",
}
ATTACK_FRAMES = {"launch", "down", "kill", "wound"}
EVENT_NOUNS = {"exchange", "swap", "trade", "repatriation", "handover", "transfer"}


def _event_type(sent: SpacySpan, frame: str) -> str | None:
    nouns = lexicon().measure_nouns
    words = sent_tokens(sent)
    classes = [
        nouns.get(t.lemma_.lower()) or nouns.get(t.lower_) for t in words if t.pos_ == "NOUN"
    ]
    classes = [c for c in classes if c]
    if frame in ATTACK_FRAMES or any(c in ("drones", "missiles") for c in classes):
        return "air_attack"
    if "remains" in classes:
        return "remains_repatriation"
    if "persons" in classes or any(t.lemma_.lower() in ("exchange", "swap") for t in words):
        return "prisoner_exchange"
    return None


def event_day(
    sent: SpacySpan, published: date | None
) -> tuple[str, date | None, str | None] | None:
    """(event type, day, precision) that a figure-less sentence gives its event, or None."""
    if published is None:
        return None
    for ent in dates_.date_entities(sent):
        verb = root_of(ent)
        while verb.head != verb and verb.pos_ not in ("VERB",):
            verb = verb.head
        if verb.pos_ != "VERB":
            continue
        frame = frame_of(verb) or (
            "give"
            if verb.lemma_.lower() in EVENT_NOUNS
            or any(c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS for c in verb.children)
            else None
        )  # "swapped prisoners on Tuesday", "carried out an exchange on Tuesday"
        if frame is None or dates_.attachment(ent, verb, None) != "verb":
            continue
        kind = _event_type(sent, frame)
        if kind is None:
            continue
        d, prec = dates_.resolve(dates_.expression(ent), published, dates_.is_future(verb))
        if d is not None or prec is not None:
            return kind, d, prec
    return None


#: nouns of an attack told as a thing done: "delivered a massive strike with drones"
ATTACK_NOUNS = {"strike", "attack", "barrage", "assault", "raid", "salvo"}
TWO_WAY = {"exchange", "swap", "trade"}
#: verbs of a strike told with no weapon counted: "Israeli jets bombed Gaza City"
STRIKE_VERBS = {"bomb", "shell", "strike", "hit", "bombard", "pound", "attack", "raid", "target"}
MEASURE_OF_CLASS = {"persons": "prisoners_released", "remains": "remains_returned"}


def _side(tok: Token) -> str | None:
    """The state a noun phrase names (a country, capital, place, or a known actor's state)."""
    return side_of(phrase_tokens(tok))


def _nationality(noun: Token) -> str | None:
    """The state of the people a noun counts, from its own modifiers ("Ukrainian soldiers")."""
    lex = lexicon()
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "poss"):
            hit = lex.country_of_token(c)
            if hit and hit[0] != "WST":
                return hit[0]
    return None


def told_events(sent: SpacySpan, parties: list[str]) -> list[tuple[str, str, str]]:
    """(measure, from, to) of the events a figure-less sentence tells, for the undisclosed or
    undirected figures right after it: "Russian forces delivered a massive strike with
    missiles and drones against Kyiv. The ministry did not say how many had been used" — the
    launches run Russia -> Ukraine, whatever an earlier headline about downed drones said;
    "Ukrainian soldiers held in Russian captivity returned home. The headquarters did not
    say how many were freed" — the prisoners went to Ukraine."""
    nouns = lexicon().measure_nouns

    def other(side: str | None) -> str | None:
        rest = [p for p in parties[:2] if p != side]
        return rest[0] if side in parties[:2] and rest else None

    for verb in (t for t in sent_tokens(sent) if t.pos_ == "VERB"):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        frame = (
            "launch"
            if obj is not None and obj.lemma_.lower() in ATTACK_NOUNS
            or verb.lemma_.lower() in STRIKE_VERBS
            else frame_of(verb)
        )
        if frame not in ("give", "receive", "come", "launch"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.lemma_.lower() in TWO_WAY or subj is not None and any(
            c.dep_ == "conj" for c in subj.children
        ):
            continue  # "Russia and Ukraine exchanged prisoners": both ways, none to give
        if frame == "launch":
            classes = {nouns.get(t.lemma_.lower()) or nouns.get(t.lower_) for t in verb.subtree}
            weapons = sorted(classes & {"drones", "missiles"})
            frm = _side(subj) if subj is not None and subj.dep_ == "nsubj" else None
            targets = [
                t for t in verb.subtree
                if t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "at")
            ]
            if not weapons and verb.lemma_.lower() in STRIKE_VERBS:
                # "Israeli jets bombed Gaza City. The WHO said the strikes killed 14": the
                # victims after it are of the side struck, by the striker ("Gaza City was
                # bombed by Israeli jets": the agent strikes, the subject is struck; with no
                # agent, a main side's place is struck by the other)
                targets += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                if frm is None:
                    frm = next((
                        _side(o) for c in verb.children if c.dep_ == "agent"
                        for o in c.children if o.dep_ == "pobj"
                    ), None) or other(next((s for s in map(_side, targets) if s), None))
            to = next((s for s in map(_side, targets) if s and s != frm), None) or other(frm)
            if frm and to and frm != to and not weapons and verb.lemma_.lower() in STRIKE_VERBS:
                return [("killed", frm, to), ("wounded", frm, to)]
            if frm and to and frm != to:
                return [(f"{w}_launched", frm, to) for w in weapons]
            continue
        counted = [
            t for t in verb.children
            if t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and nouns.get(t.lemma_.lower()) in MEASURE_OF_CLASS
        ]
        if not counted:
            continue
        measure = MEASURE_OF_CLASS[nouns[counted[0].lemma_.lower()]]
        nat = _nationality(counted[0])
        actor = _side(subj) if subj is not None and subj not in counted else None
        if frame == "give" and actor:
            frm, to = actor, nat if nat != actor else None
            to = to or other(frm)
        elif frame == "receive" and actor:
            frm, to = other(actor), actor
        elif frame in ("come", "give") and nat and counted[0].dep_ in ("nsubj", "nsubjpass"):
            frm, to = other(nat), nat  # "Ukrainian soldiers returned home", "… were freed"
        else:
            continue
        if frm and to and frm != to:
            return [(measure, frm, to)]
    return []
