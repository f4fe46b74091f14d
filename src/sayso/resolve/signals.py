"""What a claim's own words say about its event, beyond type, date and parties.

Read from the claim's quote at resolution time, with a small lexicon (no list of known events):

- :func:`whole_marks`: the figure counts a whole deal, a running total, another exchange or
  another time ("in all", "over three days", "the first phase", "1,000 for 1,000", "since 2022",
  "so far", "another 300", "the next round", a year other than the article's). Such a figure is
  an umbrella or another event, never the stage the article dates.
- :func:`stage_marks`: the figure is about one specific exchange ("the first round", "the first
  batch", "later in the night"): it belongs to that exchange even when the article dates it
  elsewhere.
- :func:`place_marks`: the figure is placed below the level of a state ("over the Kursk
  region", "on approach to the capital"): a smaller figure so placed is a breakdown by place.
- :func:`mediators`: the states that brokered, mediated or hosted it ("brokered by the UAE",
  "Qatari-mediated"), as country codes. Two reports naming different mediators tell two events.
- :func:`words`: the content words of a quote, for text similarity between an undated figure and
  the dated events of its article.

Location never splits: FORMAT.md makes one event of a day's swap or of one side's overnight
attack wherever it hit, so places only mark breakdowns (``scope``), never a reason to split.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUM = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)"
_SPAN_UNIT = r"(?:days?|weeks?|months?|years?|period|phase|stages?)"
#: a day named by its weekday or its number in the month
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_NUM = r"\d{1,2}(?:st|nd|rd|th)?"

#: Marks of a figure that counts more than one stage, or another time.
_WHOLE = re.compile(
    r"|".join(
        [
            rf"\b{_NUM}[\s-]*(?:for|-for-)[\s-]*{_NUM}\b",  # "1,000 for 1,000", "1,000-for-1,000"
            r"\b(?:in all|in total|all told|altogether|overall|so far|to date|cumulative(?:ly)?)\b",
            r"\bsince\b",
            r"\bphases?\b",
            r"\b(?:programme|program|format)\b",
            r"\bin (?:several|two|three|four|five|multiple|\d+) (?:stages|rounds|batches)\b",
            rf"\b(?:over|across|during|throughout|within)\s+(?:the\s+)?"
            rf"(?:(?:same|next|past|coming|following|first|last)\s+)?"
            rf"(?:{_NUM}[\s-]*|several\s+|\w+-(?:day|week|month)\s+)?{_SPAN_UNIT}\b",
            r"\b\w+-(?:day|week|month)\b",  # "the 42-day first phase", "a six-week truce"
            # a stretch of days: "between Tuesday night and Thursday morning", "from Monday to
            # Wednesday", "between 14 and 17 October" (not "between 12 and 15 drones")
            rf"\bbetween\s+(?:the\s+)?{_DAY}\b[^.;]{{0,40}}?\band\s+(?:the\s+)?{_DAY}\b",
            rf"\bfrom\s+(?:the\s+)?{_DAY}\b[^.;]{{0,40}}?\b(?:to|until|till|through)\s+"
            rf"(?:the\s+)?{_DAY}\b",
            rf"\b(?:between|from)\s+(?:the\s+)?{_DATE_NUM}\s+(?:and|to|until|through)\s+"
            rf"(?:the\s+)?{_DATE_NUM}\s+(?:of\s+)?{_MONTH}(?!\w)",
        ]
    ),
    re.IGNORECASE,
)

#: Marks of a figure about one specific exchange.
_STAGE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|final|initial|opening)\s+"
    r"(?:round|stage|batch|group|handover|transfer|swap|exchange|release)\b"
    r"|\blater (?:in the|that|this) (?:day|night|evening|afternoon)\b"
    r"|\b(?:tonight|this evening|later today)\b",
    re.IGNORECASE,
)

#: Marks of a figure about another exchange than the one the article dates ("another 300",
#: "four more", "the next round", "a previous swap").
_OTHER = re.compile(
    rf"\b(?:another|next|further|additional|subsequent|previous)\b"
    rf"|\b{_NUM} more\b"
    # an undated later stage ("in the second batch") is not the exchange the article dates
    r"|\b(?:second|third|fourth|fifth|sixth)\s+(?:round|stage|batch|group|phase|handover)\b",
    re.IGNORECASE,
)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: Who brokered it: "brokered by the UAE", "mediated by Qatar and Egypt", "hosted by Turkey",
#: "with the mediation of Saudi Arabia"; "Emirati-brokered", "a UAE-mediated swap".
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
_NAMES = rf"{_NAME}(?:\s*(?:,\s*and|,|and)\s+{_NAME})*"
_BY = re.compile(
    rf"\b(?:brokered|mediated|facilitated|hosted)\s+by\s+(?P<by>{_NAMES})"
    rf"|\bwith the (?:mediation|help) of\s+(?P<of>{_NAMES})"
    r"|\b(?P<adj>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-(?:brokered|mediated|facilitated|hosted)\b",
)

_STOP = frozenset(
    """a an the and or but of in on at to for from by with as that this these those it its
    their his her they he she we our was were is are be been being had has have will would
    could should may might said says say also after before over under than then there here
    into out about up down more most some any each other another such only all not no nor
    which who whom whose what when where while during per""".split()
)


def whole_marks(text: str, year: int | None = None) -> bool:
    """Whether ``text`` counts a whole deal, a running total, another exchange or another time
    (a year other than ``year``, the article's)."""
    if _WHOLE.search(text) or _OTHER.search(text):
        return True
    if year is not None:
        return any(int(y) != year for y in _YEAR.findall(text))
    return False


def stage_marks(text: str) -> bool:
    """Whether ``text`` names one specific exchange ("the first round", "later in the night")."""
    return bool(_STAGE.search(text))


def place_marks(text: str) -> bool:
    """Whether ``text`` places its figure somewhere below a state ("over the Kursk region",
    "on approach to the capital", "near Kharkiv"): a smaller figure so placed is a part of the
    day's total, counted by place (FORMAT.md's breakdowns), not another event."""
    return bool(_place_pattern().search(text))


@lru_cache(maxsize=1 << 16)
def mediators(text: str) -> frozenset[str]:
    """The country codes of the states ``text`` says brokered, mediated or hosted the event."""
    found: set[str] = set()
    for m in _BY.finditer(text):
        phrase = m.group("by") or m.group("of") or m.group("adj") or ""
        found |= _countries(phrase)
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def words(text: str) -> frozenset[str]:
    """Lower-case content words (four letters or more, no stop words, no numbers)."""
    return frozenset(
        w for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if len(w) >= 4 and w not in _STOP
    )


def _countries(phrase: str) -> set[str]:
    """Country codes named in a phrase, by name, adjective or demonym (longest first)."""
    table = _country_words()
    found: set[str] = set()
    rest = f" {phrase} "
    for word in sorted(table, key=len, reverse=True):
        pattern = rf"(?<![\w-]){re.escape(word)}(?![\w])"
        if re.search(pattern, rest):
            found.add(table[word])
            rest = re.sub(pattern, " ", rest)
    return found


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    from sayso.extract.lexicon import lexicon

    lex = lexicon()
    table = {w: code for w, (code, _kind) in lex.country_words.items() if len(w) > 2}
    for code in lex.countries:
        table.setdefault(code, code)  # "the UAE" where the code is what the text uses
    return table


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern:
    from sayso.extract.lexicon import lexicon
    from sayso.extract.places import places

    names = set(places()) | {
        cap.lower() for c in lexicon().countries.values() for cap in c.capitals
    }
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    generic = r"(?:capital|city|town|village|district|region|oblast|province|border crossing)"
    return re.compile(
        r"\b(?:over|near|in|around|above|across|towards|approaching|on approach to|at)\s+"
        rf"(?:the\s+)?(?:(?:{alts})\b|(?:\w+\s+)?{generic}\b)",
        re.IGNORECASE,
    )
