"""The day an event happened, read relative to the article's publication date.

dateparser reads the expression with ``RELATIVE_BASE`` at the publication date; the tense of
the clause decides the direction of a bare weekday ("on Saturday" is the last one in a past
clause, the next one in "will take place on Sunday"). "Overnight" is the morning of publication.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
FUTURE_MARKERS = {
    "will",
    "would",
    "expected",
    "expects",
    "expect",
    "due",
    "plan",
    "plans",
    "planned",
    "scheduled",
    "set",
    "next",
    "coming",
    "shall",
    "ready",
    "intends",
}
UMBRELLA_MARKERS = (
    "in total",
    "in all",
    "altogether",
    "over three days",
    "over two days",
    "over the weekend",
    "across three days",
    "over the three days",
    "in several stages",
    "so far",
    "total of",
    "overall",
)


@lru_cache(maxsize=4096)
def _parse(expr: str, base: date, prefer: str) -> date | None:
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day, 12),
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": [],
    }
    got = dateparser.parse(expr, languages=["en"], settings=settings)
    return got.date() if got else None


def resolve(expr: str, published: date, future: bool = False) -> tuple[date | None, str | None]:
    """A date expression -> (date, precision)."""
    low = expr.lower().strip()
    low = re.sub(r"^(on|last|this|earlier this week,?|late on|early on|early|late)\s+", "", low)
    low = re.sub(r"'s$|’s$", "", low).strip()
    if "overnight" in low or low in ("tonight", "last night"):
        return published, "day"
    if low in ("today", "this morning", "this afternoon", "this evening", "earlier today"):
        return published, "day"
    if low in ("yesterday",):
        return published - timedelta(days=1), "day"
    if low in ("tomorrow",):
        return published + timedelta(days=1), "day"
    if low in WEEKDAYS:
        target = WEEKDAYS.index(low)
        delta = (published.weekday() - target) % 7
        if future:
            delta = -((target - published.weekday()) % 7)
        return published - timedelta(days=delta), "day"
    if re.search(r"\b(week|month|year|days|weeks|months|years|decade)\b", low) and not re.search(
        r"\d", low
    ):
        return None, None
    got = _parse(low, published, "future" if future else "past")
    if got is None:
        return None, None
    precision = (
        "day"
        if re.search(r"\d", low)
        and re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", low)
        else "month"
    )
    if precision == "month" and re.fullmatch(r"[a-z]+( \d{4})?", low):
        return None, None  # a month alone is not an event day
    if re.fullmatch(r"(in )?\d{4}", low):
        return None, None  # a year alone is not an event day
    if not re.search(r"\d{4}", low) and abs((got - published).days) > 183:
        # "May 16" with no year: the one nearest the publication date
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                cand = got.replace(year=year)
            except ValueError:
                continue
            if abs((cand - published).days) <= 183:
                got = cand
                break
    return got, precision


def is_future(tok: Token) -> bool:
    node = tok
    for _ in range(6):
        if any(c.lower_ in FUTURE_MARKERS for c in node.children) or node.lower_ in FUTURE_MARKERS:
            return True
        if node.head == node:
            break
        node = node.head
    return False


def date_entities(sent: SpacySpan) -> list[SpacySpan]:
    return [e for e in sent.ents if e.label_ in ("DATE", "TIME")] + [
        sent.doc[t.i : t.i + 1] for t in sent if t.lower_ == "overnight" and t.ent_type_ == ""
    ]


def attachment(ent: SpacySpan, verb: Token | None, cue: Token | None) -> str | None:
    """Where a date phrase hangs: on the event "verb", on the speech "cue", elsewhere in the
    "sentence", or None where it dates something else ("held since 2023", "remarks made on
    Friday", "agreements reached on May 16")."""
    if ent.text.lower().startswith(("since", "for ", "until", "from ")):
        return None
    node = ent.root
    while True:
        if verb is not None and node == verb:
            return "verb"
        if cue is not None and node == cue:
            return "cue"
        if node.dep_ in ("acl", "relcl") and node != verb:
            return None
        if node.head == node:
            return "sentence"
        node = node.head
