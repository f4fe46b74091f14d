"""The shared vocabulary of sayso: plain records passed along the flow.

Every stage takes and returns these; nothing here touches spaCy or a database,
so the records can be pickled to worker processes and rebuilt from the store.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

MEASURES = (
    "prisoners_released",
    "remains_returned",
    "drones_launched",
    "missiles_launched",
    "drones_downed",
    "missiles_downed",
    "killed",
    "wounded",
)
EVENT_TYPES = ("prisoner_exchange", "remains_repatriation", "air_attack", "talks")
STANCES = ("asserts", "denies", "acknowledges", "expects")
APPROX = ("at_least", "about", "at_most")
VERDICTS = ("corroborated", "contested", "single-source", "undisclosed", "denied", "revised")

#: The event type each measure belongs to.
EVENT_TYPE_OF_MEASURE = {
    "prisoners_released": "prisoner_exchange",
    "remains_returned": "remains_repatriation",
    "drones_launched": "air_attack",
    "missiles_launched": "air_attack",
    "drones_downed": "air_attack",
    "missiles_downed": "air_attack",
    "killed": "air_attack",
    "wounded": "air_attack",
}


def content_hash(text: str) -> str:
    """Hash of an article's text: equal texts (syndicated copies) share it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    """Character offsets into an article's text; ``text[start:end]`` is the evidence."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class Article:
    """One input document, its text stored verbatim so that offsets hold."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    language: str = "en"
    source: str | None = None  # where it was read from (a path, "-", a URL)
    notes: list[str] = field(default_factory=list)  # warnings met while reading it

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Actor:
    """A speaker or party: a CAMEO-style code (``RUSMIL``), a display name, aliases."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def side(self) -> str:
        return "SELF" if self.code == "SELF" else self.code[:3]


@dataclass
class Claim:
    """One statement of a figure: who says it, through whom, about what, grounded in text."""

    article_id: str
    measure: str
    from_code: str | None
    to_code: str | None
    value: int | None
    span: Span
    quote: str
    claimant: str = "SELF"
    claimant_name: str | None = None
    claimant_span: Span | None = None
    via: list[str] = field(default_factory=list)
    stance: str = "asserts"
    approx: str | None = None
    undisclosed: bool = False
    scope: str | None = None
    hedged: bool = False
    event_type: str | None = None
    event_date: date | None = None
    date_precision: str | None = None  # "day", "week", "month" or None when undated
    event_id: str | None = None
    confidence: float = 0.5
    extractor_version: str = ""

    @property
    def fact_key(self) -> tuple:
        """What the claim says, independent of who says it (FORMAT.md's fact key)."""
        value = None if self.undisclosed else self.value
        return (self.measure, self.from_code, self.to_code, value, self.undisclosed)

    @property
    def side(self) -> str:
        return "SELF" if self.claimant == "SELF" else self.claimant[:3]

    def to_prediction(self) -> dict:
        """The FORMAT.md "Predictions" record of this claim."""
        return {
            "article": self.article_id,
            "measure": self.measure,
            "from": self.from_code,
            "to": self.to_code,
            "value": None if self.undisclosed else self.value,
            "undisclosed": self.undisclosed,
            "approx": self.approx,
            "claimant": self.claimant.upper(),
            "claimant_name": self.claimant_name,
            "via": [v.upper() for v in self.via],
            "stance": self.stance,
            "event": {
                "id": self.event_id,
                "type": self.event_type,
                "date": self.event_date.isoformat() if self.event_date else None,
            },
            "span": [self.span.start, self.span.end],
            "quote": self.quote,
            "scope": self.scope,
            "hedged": self.hedged,
            "confidence": round(self.confidence, 3),
            "extractor_version": self.extractor_version,
        }


@dataclass
class Figure:
    """One value claimed for a measure and direction, with the claimants behind it."""

    value: int | None
    approx: str | None
    undisclosed: bool
    claimants: list[str]
    stances: list[str]


@dataclass
class Verdict:
    """How the sources stand on one measure and direction of an event."""

    measure: str
    from_code: str | None
    to_code: str | None
    verdict: str
    low: int | None
    best: int | None
    high: int | None
    figures: list[Figure] = field(default_factory=list)
    scope: str | None = None
    #: The parties (three-letter sides of state claimants) behind the best figure: a figure
    #: both parties give weighs more than one that outlets repeat from one party.
    sides: list[str] = field(default_factory=list)


@dataclass
class Event:
    """A real-world happening that one or more articles report."""

    id: str
    type: str
    date: date | None
    parties: tuple[str, ...]
    date_precision: str | None = None
    claims: list[Claim] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    #: The resolver's blocking keys (type, day, …): each day its reports carry (several where
    #: reports a day apart were merged), or ``undated-YYYY-MM`` (the month the reports came
    #: out) for an umbrella or undated event. Not part of what the event is.
    block: tuple[str, ...] | None = field(default=None, compare=False)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        d.pop("claims")
        d.pop("block")
        d["claims"] = [c.to_prediction() for c in self.claims]
        return d
