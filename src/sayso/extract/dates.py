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

from sayso.extract.lexicon import lexicon
from sayso.extract.perdoc import doc_tokens, ents_in, memo, root_of, sent_of, sent_tokens, texts
from sayso.nlp import doc_text

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
    "over the month",
    "during the month",
    "throughout the month",
    "over the past month",
    "over the past week",
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


RANGE = re.compile(r"(\d{1,2})\s*(?:-|–|to|and)\s*(\d{1,2})")
VAGUE = (
    (re.compile(r"\b(week|weekend)\b"), "week"),
    (re.compile(r"\b(month)\b"), "month"),
)
MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"


def resolve(expr: str, published: date, future: bool = False) -> tuple[date | None, str | None]:
    """A date expression -> (date, precision).

    ``(None, "week")`` or ``(None, "month")``: the text places the event only within a week or
    a month ("earlier this week", "last month", "in February"), or over a range of days ("May
    23-25"), so it has no day; the night of a range is the morning it ends ("the night of 9-10
    March"). ``(None, None)``: not a date of an event at all.
    """
    low = expr.lower().strip()
    low = re.sub(r"'s$|’s$", "", low).strip()
    # "later on Monday", "earlier in the day": the day itself
    low = re.sub(r"^(?:later|earlier)\s+(?:on\s+)?(?=\S)", "", low)
    if low in ("tonight", "last night", "this morning", "this afternoon", "this evening",
               "in the day", "earlier today", "today", "overnight", "later today",
               "during the night", "in the night", "through the night") or "overnight" in low:
        return published, "day"
    if re.fullmatch(r"the (?:day before|previous day|day earlier)", low):
        return published - timedelta(days=1), "day"  # "The day before, Russia launched 87"
    m = re.fullmatch(r"(\w+) days? ago", low)
    if m and m.group(1) in _SMALL:
        return published - timedelta(days=_SMALL[m.group(1)]), "day"
    forced = None
    if re.match(r"^(last|past|previous)\s", low):
        forced = False
    elif re.match(r"^(next|coming|this coming)\s", low):
        forced = True
    low = re.sub(
        r"^(on|last|this coming|this|next|coming|earlier this week,?|late on|early on|"
        r"early|late|the night of|the morning of|on the night of)\s+", "", low
    )
    low = re.sub(r"^(on|the night of|the morning of)\s+", "", low)
    low = re.sub(r"\s+(night|morning|evening|afternoon)$", "", low)
    if forced is not None:
        future = forced
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
    if re.search(r"\d", low) and RANGE.search(low) and re.search(MONTHS, low):
        if "night" in expr.lower():
            a, b = RANGE.search(low).groups()
            return resolve(RANGE.sub(b, low, count=1), published, future)
        return None, "week"  # a range of days: no one day
    if not re.search(r"\d", low):
        for pattern, precision in VAGUE:
            if pattern.search(low):
                return None, precision
        if re.fullmatch(r"(in |early |late |mid-?)?(" + MONTHS + r")[a-z]*( \d{4})?", low):
            return None, "month"  # a month alone is not an event day
        if re.search(r"\b(year|years|days|decade)\b", low):
            return None, None
    if re.fullmatch(r"(in |since )?\d{4}", low):
        # a year alone is no event day; a past year places the event before this report's
        return (None, "year") if int(low[-4:]) < published.year else (None, None)
    got = _parse(low, published, "future" if future else "past")
    if got is None:
        return None, None
    # "February 2022": a month and its year name no day
    day_no = re.search(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)", low)
    precision = "day" if day_no and re.search(MONTHS, low) else "month"
    if precision == "month":
        return None, "month"
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


_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4}


CARRIER_MARKERS = {"set", "due"}  # future only as "set to …", "due to …"


def _marks_future(tok: Token) -> bool:
    if tok.lower_ in CARRIER_MARKERS:
        return any(c.dep_ == "xcomp" for c in tok.children)
    return tok.lower_ in FUTURE_MARKERS


def own_clause(node: Token) -> bool:
    """Whether a clause stands apart from the head the parser gave it: a semicolon between
    them ("Russia freed 300 on Friday; another 500 would follow") ends one statement, so the
    plan or tense of the next says nothing of this one."""
    semis = memo(node.doc, "sayso_semicolons", lambda d: [i for i, w in enumerate(texts(d))
                                                         if w == ";"])
    if not semis:  # most texts: no semicolon at all, and nothing to look for
        return False
    head = node.head
    lo, hi = sorted((node.i, head.i))
    toks = doc_tokens(node.doc)
    return any(lo < i < hi and toks[i].head == head for i in semis)


def is_future(tok: Token) -> bool:
    """Whether the clause of ``tok`` looks ahead ("will", "is expected to", "next")."""
    node = tok
    for _ in range(6):
        if any(_marks_future(c) for c in node.children) or _marks_future(node):
            return True
        if node.head == node or own_clause(node):
            break
        node = node.head
    return False


DATELINE = re.compile(r"(^|\n)\s*[A-Z][A-Z .'’-]+(\([^)]*\))?,\s*$")


def in_dateline(ent: SpacySpan) -> bool:
    """ "KYIV, May 25 (Wire) –": the date of the copy, not of the event."""
    text = doc_text(ent.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    return bool(DATELINE.search(text[line_start : ent.start_char]))


def expression(ent: SpacySpan) -> str:
    """The date phrase with the words before it that change its day: "the night of 9-10 May"
    (spaCy often tags only "9-10 May")."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 16) : ent.start_char].lower()
    if re.search(r"night of\s*$", before) and "night" not in ent.text.lower():
        return "the night of " + ent.text
    doc = ent.doc
    toks = doc_tokens(doc)
    if ent.text.lower() in ("the day", "a day") and ent.end + 1 < len(doc) and (
        toks[ent.end].lower_ in ("before", "earlier") and toks[ent.end + 1].is_punct
    ):
        return f"the day {toks[ent.end].lower_}"  # spaCy leaves out "before"
    prep = re.search(r"\b(during|in|through)\s*$", before)
    if prep and ent.text.lower() == "the night":  # spaCy leaves out the preposition
        return f"{prep.group(1)} the night"
    return ent.text


NIGHT_WORDS = ("overnight", "during the night", "in the night", "through the night", "last night")


def is_night(ent: SpacySpan) -> bool:
    """ "overnight", "during the night": the morning of publication only where no day is named."""
    return expression(ent).lower().strip() in NIGHT_WORDS


LINE_LABEL = re.compile(r"\s*(" + "|".join(WEEKDAYS) + r")\s*[:—–-]\s", re.I)


def line_label(sent: SpacySpan, published: date) -> date | None:
    """The day a digest line opens with ("Wednesday: A missile hit …"): it dates the line's
    figures, which name no day of their own (spaCy often leaves the label untagged)."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    m = LINE_LABEL.match(text, start)
    return resolve(m.group(1), published)[0] if m else None


def date_entities(sent: SpacySpan) -> list[SpacySpan]:
    """The date phrases of a sentence; worked out once per sentence, which each figure asks."""
    found = memo(sent.doc, ("sayso_date_entities", sent.start, sent.end), _date_entities, sent)
    return list(found)


def _date_entities(sent: SpacySpan) -> list[SpacySpan]:
    toks = doc_tokens(sent.doc)
    return [e for e in ents_in(sent) if e.label_ in ("DATE", "TIME") and not in_dateline(e)] + [
        sent.doc[t.i : t.i + 1] for t in sent_tokens(sent)
        if t.lower_ == "overnight" and t.ent_type_ == ""
    ] + [  # "The day before, Russia launched 52": spaCy often leaves it untagged
        sent.doc[t.i - 1 : t.i + 1] for t in sent_tokens(sent)
        if t.lower_ == "day" and t.ent_type_ == "" and t.i > sent.start
        and toks[t.i - 1].lower_ == "the" and t.i + 2 < len(sent.doc)
        and toks[t.i + 1].lower_ in ("before", "earlier") and toks[t.i + 2].is_punct
    ]


#: "the two days of fighting", "the past three days", "two years of war": a stretch of
#: several days, over which a toll runs with no one day of its own
STRETCH_OF_DAYS = re.compile(
    r"(?:the\s+)?(?:(?:past|last|previous|first|next)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|few|[2-9]|\d{2,})\s+"
    r"(?:days|weeks|months|years)",
    re.I,
)
WHOLE_STRETCH = re.compile(r"(?:the|this|that|last|past)\s+(?:whole\s+)?(?:week|month|year)", re.I)
PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|midnight|dawn|dusk)\b", re.I)


def attachment(ent: SpacySpan, verb: Token | None, cue: Token | None) -> str | None:
    """Where a date phrase hangs: on the event "verb", on the speech "cue", elsewhere in the
    "sentence", or None where it dates something else ("held since 2023", "remarks made on
    Friday", "agreements reached on May 16"). "span" where it opens a stretch of days on the
    verb itself ("had killed 16 since Wednesday"): a running toll with no day of its own."""
    toks = doc_tokens(ent.doc)
    prev = toks[ent.start - 1] if ent.start > 0 else None
    nxt = toks[ent.end] if ent.end < len(ent.doc) else None
    after_nxt = toks[ent.end + 1] if ent.end + 1 < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in ("after", "before") and not (
        after_nxt is not None and after_nxt.is_punct  # "The day before, …": the day itself
    ) and re.fullmatch(
        r"(?:a|an|one|two|three|\d+) (?:day|days|week|weeks|hours?)", ent.text.lower()
    ):
        return None  # "a day after the group shelled the city": another event's day
    if _since_clause(ent, verb):
        return "span"  # "killed since fighting erupted on Wednesday", however it is parsed
    if verb is not None and ent.label_ == "DATE" and not PART_OF_DAY.search(ent.text):
        # "since the evening": one night's count
        since = ent.text.lower().startswith("since ") or prev is not None and prev.lower_ == "since"
        since = since or bool(STRETCH_OF_DAYS.fullmatch(ent.text.strip())) or bool(
            prev is not None and prev.lower_ in ("over", "during", "throughout")
            and WHOLE_STRETCH.fullmatch(ent.text.strip())
        )  # "over the month": every day of it
        node = root_of(ent)
        # "had been killed in the two days of fighting, and 46 wounded": a conjoined figure
        # runs over the same days
        first = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i or (
            verb.dep_ == "advcl" and any(c.lower_ == "with" for c in verb.children)
        ) else verb  # "… had risen to 67,869, with 170,105 wounded": the same stretch
        while node.head != node and node != verb and (
            node.dep_ not in ("acl", "relcl") or since and _counting_clause(node)
        ):
            if since and node == first and ent.end <= verb.i:
                return "span"
            if node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "since" for c in node.children
            ):
                since = True  # "killed since Israel began its strikes on Friday"
            node = node.head
        if since and node == verb:
            return "span"
    if ent.text.lower().startswith(("since", "for ", "until", "from ")):
        return None
    if verb is not None and verb.dep_ in ("relcl", "advcl") and verb.head.i in range(
        ent.start, ent.end
    ):
        return "verb"  # "in 2010, when the United States sent ten agents home"
    if prev is not None and prev.lower_ == "since":
        return None  # "since February 2022, the mission has verified …": no day of its own
    node = root_of(ent)
    while True:
        if verb is not None and node == verb:
            return "verb"
        if cue is not None and node == cue:
            return "cue"
        if _elided_conjunct(node, verb):
            return "verb"  # "one had been killed and five wounded on Friday": one day for both
        if node.dep_ in ("acl", "relcl") and node != verb and not _launch_of_object(node, verb):
            return None
        if node.head == node:
            return "sentence"
        if verb is not None and own_clause(node) and not (
            node.left_edge.i <= verb.i <= node.right_edge.i
        ):
            return None  # "freed 300 on Friday; another 500 would follow": that statement's
        node = node.head


#: "Between 14 and 17 October", "from 3 to 6 May", "May 3 to 6": a stretch of days named
#: as a range, which spaCy often splits so that no one entity carries it
DAY_RANGE = re.compile(
    r"(?<!night of )\b(?:between|from)\s+(?:\d{1,2}(?:\s+(?:" + MONTHS + r")[a-z]*)?|(?:"
    + MONTHS + r")[a-z]*\s+\d{1,2})\s+(?:and|to|until|through)\s+(?:\d{1,2}\s+(?:"
    + MONTHS + r")|(?:" + MONTHS + r")[a-z]*\s+\d{1,2}|\d{1,2}\b)",
    re.I,
)


#: "Between Tuesday night and Thursday morning", "from Monday to Wednesday": days named by
#: their weekdays (the night of one day to the morning of the next is one night: its morning)
WEEKDAY_RANGE = re.compile(
    r"\b(?:between|from)\s+(" + "|".join(WEEKDAYS) + r")(\s+(?:night|evening))?"
    r"(?:\s+(?:morning|afternoon))?\s+(?:and|to|until|through)\s+(" + "|".join(WEEKDAYS) + r")",
    re.I,
)


def _days_apart(m: re.Match) -> bool:
    """Whether a weekday range spans days, not the one night before its last morning."""
    first, last = WEEKDAYS.index(m.group(1).lower()), WEEKDAYS.index(m.group(3).lower())
    return not (m.group(2) and (first + 1) % 7 == last)


def day_range_on(verb: Token) -> bool:
    """Whether the verb's clause names a range of days ("Between 14 and 17 October, strikes
    killed 62"): a toll over those days, no day of its own."""
    sent = sent_of(verb)
    text = doc_text(verb.doc)
    ranges = [m for m in DAY_RANGE.finditer(text, sent.start_char, sent.end_char)
              if re.search(MONTHS, m.group(0), re.I)]
    ranges += [m for m in WEEKDAY_RANGE.finditer(text, sent.start_char, sent.end_char)
               if _days_apart(m)]
    for m in ranges:
        tok = next((t for t in sent_tokens(sent) if t.idx >= m.start()), None)
        node = tok
        while node is not None and node.head != node and node != verb:
            node = node.head
        if node == verb or tok is not None and tok.i < verb.i and m.end() <= verb.idx and (
            tok.i == sent.start or tok.i == sent.start + 1
        ):
            return True  # on the verb, or fronted before it
    return False


def open_since(verb: Token) -> bool:
    """ "Since the start of hostilities, 68,100 have been killed": "since" on the event verb (or
    the verb it is conjoined to) with no day named, a running toll. A named day ("since
    Friday") or part of a day ("since the evening") is left to the date entities."""
    heads = [verb]
    node = verb  # "killed and 3,310 injured": the conjunct, or the figure it qualifies
    while node.dep_ in ("conj", "acl") and node.head != node and len(heads) < 4:
        node = node.head
        heads.append(node)
    for h in heads:
        for c in h.children:
            if c.lower_ != "since" or c.dep_ != "prep":
                continue
            sub = list(c.subtree)
            if any(t.ent_type_ in ("DATE", "TIME") for t in sub) or any(
                PART_OF_DAY.search(t.text) for t in sub
            ):
                continue
            return True
    return False


def _elided_conjunct(node: Token, verb: Token | None) -> bool:
    """ "one civilian had been killed and five wounded in the province on Friday": the second
    figure's bare participle shares the first verb's auxiliaries, so it is the same clause told
    twice and its day phrase dates the first figure too. The parser hangs the participle on the
    number and the number on the verb, on the verb's head or on the verb's own object."""
    if verb is None or node.dep_ != "acl" or node.tag_ != "VBN" or node.i < verb.i:
        return False
    num = node.head
    if not num.like_num or num.dep_ != "conj" or (
        num.head not in (verb, verb.head) and num.head.head != verb
    ):  # "killed two and eight wounded", "killed two soldiers and eight wounded"
        return False
    frames = lexicon().frames
    return node.lemma_.lower() in frames and verb.lemma_.lower() in frames and not any(
        t.lower_ in (";", ".") or t.lemma_.lower() in frames
        for t in doc_tokens(node.doc)[verb.i + 1 : num.i]
    )


#: the finite verb tags of a clause's own verb ("erupted", "began", "breaks out", "has begun")
FINITE_TAGS = ("VBD", "VBZ", "VBP", "VBN")


def _since_clause(ent: SpacySpan, verb: Token | None) -> bool:
    """Whether the day phrase dates a "since" clause of the event verb, a clause with a verb of
    its own ("killed since fighting between the two groups erupted on Wednesday", "since the
    offensive began on Monday"): that day opens the stretch the toll runs over. The parser often
    hangs "since" on the verb as a preposition and the clause's verb as a conjunct, so the
    clause is read off the words: "since" on the event verb (or opening the sentence, "Since
    clashes began on Monday, 40 have been killed"), then a finite verb, then the day, with no
    punctuation between them."""
    if verb is None:
        return False
    doc = ent.doc
    toks = doc_tokens(doc)
    if ent.start > verb.i:
        after = reversed(toks[verb.i + 1 : ent.start])
        since = next((t for t in after if t.lower_ == "since"), None)
        heads = {verb, verb.head} if verb.dep_ == "conj" else {verb}
        on_verb = since is not None and (
            since.head in heads or since.dep_ == "mark" and since.head.head in heads
        )
    else:
        since = toks[ent.sent.start]  # a fronted clause, which the parser may hang anywhere
        on_verb = since.lower_ == "since" and any(t.text == "," for t in toks[ent.end : verb.i])
    if since is None or not on_verb:
        return False
    between = doc[since.i + 1 : ent.start]
    return on_verb and not any(t.is_punct for t in between) and any(
        t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") and t != verb for t in between
    )


def _counting_clause(node: Token) -> bool:
    """ "the number of Ukrainians freed since 2022": a clause whose verb is itself an event the
    measures count stretches the count over the days it names (unlike "held since 2023")."""
    return node.dep_ == "acl" and node.lemma_.lower() in lexicon().frames


def _launch_of_object(node: Token, verb: Token | None) -> bool:
    """ "shot down 12 drones launched by the Houthis late on Monday": the launch of the very
    things the verb counts is the same night's event, so its day dates the figure (unlike
    "prisoners captured in 2022" or "remarks made on Friday")."""
    if verb is None or node.dep_ != "acl" or lexicon().frames.get(node.lemma_.lower()) != "launch":
        return False
    obj = node.head
    while obj.dep_ == "conj" and obj.head != obj:
        obj = obj.head
    return obj.head == verb and obj.dep_ in ("dobj", "nsubjpass")


def conjunct_day(head: Token, published: date | None, future: bool = False) -> date | None:
    """The day phrase that follows a figure inside its own conjunct, where the sentence names
    more than one day ("launched 40 drones on Monday and 12 missiles on Tuesday"): each figure
    takes its own day rather than the first one the verb carries. None where nothing between
    the figure and the phrase suggests it is the figure's own (another number, a comma, a verb).
    """
    if published is None:
        return None
    days = []
    for ent in date_entities(sent_of(head)):
        prev = doc_tokens(ent.doc)[ent.start - 1].lower_ if ent.start > 0 else ""
        if prev not in ("on", "by") or is_night(ent):
            continue  # only "on Monday": a line label or "overnight" dates the whole report
        d, prec = resolve(expression(ent), published, future)
        if d is not None and prec == "day":
            days.append((ent, d))
    if len({d for _, d in days}) < 2:
        return None
    doc = head.doc
    for ent, d in days:
        if ent.start <= head.i:
            continue
        gap = doc[head.i + 1 : ent.start]
        if len(gap) > 8 or any(
            t.like_num or t.pos_ in ("NUM", "VERB", "AUX") or t.is_punct or t.lower_ == "and"
            for t in gap
        ):
            return None
        return d
    return None


BULLET = re.compile(r"^[ \t]*[*•\-–][ \t]+", re.M)
PAST_LIST_WORDS = re.compile(
    r"\b(since|past|previous|earlier|timeline|history|factbox|fact box)\b", re.I
)


def past_list_items(text: str, title: str = "") -> list[tuple[int, int]]:
    """Character ranges of the bullets of a list of past events ("Below are some of the larger
    exchanges since the start of the war:" or a "FACTBOX"/"TIMELINE" heading): each bullet is
    an event of its own, so a figure in one that names no day has none, rather than taking the
    report's day from the text before the list."""
    out: list[tuple[int, int]] = []
    lines = text.splitlines(keepends=True)
    pos, in_list = 0, False
    factbox = bool(PAST_LIST_WORDS.search(title))
    for line in lines:
        body = line.strip()
        if BULLET.match(line):
            if in_list:
                out.append((pos, pos + len(line)))
        elif body:
            in_list = body.endswith(":") and (factbox or bool(PAST_LIST_WORDS.search(body)))
        pos += len(line)
    return out


def in_past_list(sent: SpacySpan) -> bool:
    """Whether the sentence lies in a bullet of a list of past events (:func:`past_list_items`;
    the title is the text's first line)."""
    doc = sent.doc
    items = memo(doc, "sayso_past_list", lambda d: _past_items_of(doc_text(d)))
    return any(a <= sent.start_char < b for a, b in items)


def _past_items_of(text: str) -> list[tuple[int, int]]:
    return past_list_items(text, text.split("\n", 1)[0])


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def past_year_clause(node: Token, published: date | None) -> bool:
    """Whether the clause of ``node`` is dated to a year before the report's: "the deadliest
    since July 2025, when at least 43 people were killed", "In 2024, 18 people died there". That
    is another event than the one the report tells, so it takes no sides from it."""
    if published is None:
        return False
    toks = doc_tokens(node.doc)
    node = toks[node.i]
    for ent in date_entities(sent_of(node)):
        year = _YEAR.search(ent.text)
        if year is None or int(year.group()) >= published.year:
            continue
        root = root_of(ent)
        if root in node.ancestors or node in root.ancestors:
            return True  # "…, when 43 were killed" hangs on the date; "In 2024" on the verb
    return False
