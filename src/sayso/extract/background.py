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

from sayso.extract import dates as dates_
from sayso.extract.frames import frame_of
from sayso.extract.lexicon import lexicon

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
    classes = [nouns.get(t.lemma_.lower()) or nouns.get(t.lower_) for t in sent if t.pos_ == "NOUN"]
    classes = [c for c in classes if c]
    if frame in ATTACK_FRAMES or any(c in ("drones", "missiles") for c in classes):
        return "air_attack"
    if "remains" in classes:
        return "remains_repatriation"
    if "persons" in classes or any(t.lemma_.lower() in ("exchange", "swap") for t in sent):
        return "prisoner_exchange"
    return None


def event_day(
    sent: SpacySpan, published: date | None
) -> tuple[str, date | None, str | None] | None:
    """(event type, day, precision) that a figure-less sentence gives its event, or None."""
    if published is None:
        return None
    for ent in dates_.date_entities(sent):
        verb = ent.root
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
