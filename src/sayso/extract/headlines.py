"""The furniture around a report: datelines, bylines and "Source:" lines.

A wire dateline ("KYIV, June 3 (Reuters) –", "MOSCOW, May 2. /TASS/.") names the place and the
agency that wrote the copy. It is no part of the first sentence: left in, the parser reads
"MOSCOW" as that sentence's subject. The agency it names is the author of the copy, not an
intermediary between the article and its sources. Every function here keeps character
offsets: text is blanked, never cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sayso.extract.actors import FIRST_PERSON, ActorMemory, Speaker, resolve_speaker
from sayso.extract.frames import measure_class, nationality
from sayso.extract.lexicon import Lexicon, lexicon
from sayso.extract.perdoc import root_of, sent_tokens
from sayso.extract.places import places
from sayso.extract.quantities import Mention
from sayso.nlp import doc_text
from sayso.records import Claim
from sayso.records import Span as ClaimSpan

_CITY = r"[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+)*"
_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
DATELINE = re.compile(
    rf"^(?P<city>{_CITY})(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)??(?:,\s+{_DATE}\.?)?\s*"
    r"(?:\((?P<a1>[^()\n]{2,40})\)|/(?P<a2>[^/\n]{2,40})/\.?)\s*[-–—:.]?\s+"
    rf"|^(?P<city2>{_CITY}),\s+{_DATE}\s*[-–—:.]\s+"
    rf"|^(?P<city3>{_CITY}(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)\s+[-–—]\s+(?=[A-Z])",
    re.MULTILINE,
)
BYLINE = re.compile(
    r"^By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}(?:,\s*(?P<a>[^\n]{2,40}))?$", re.MULTILINE
)
SOURCE_LINE = re.compile(
    r"^\s*(?:Source|Sources|Via)\s*:\s*(?P<src>[^\n]{2,80}?)\s*\.?\s*$",
    re.MULTILINE | re.IGNORECASE,
)


def mask_datelines(text: str) -> tuple[str, list[str]]:
    """The text with datelines and bylines blanked (same length), and the agencies they name."""
    agencies: list[str] = []
    out = list(text)
    for m in DATELINE.finditer(text):
        agency = m.group("a1") or m.group("a2")
        if agency:
            agencies.append(agency.strip())
        for i in range(m.start(), m.end()):
            if out[i] != "\n":
                out[i] = " "
        if text[m.end() - 1].isspace():
            # a line break right before the sentence keeps the blanks out of it: after a
            # long run of spaces alone the parser may split off its first word ("Four")
            out[m.end() - 1] = "\n"
    for m in BYLINE.finditer(text):
        if m.group("a"):
            agencies.append(m.group("a").strip())
    return "".join(out), agencies


def source_lines(text: str) -> list[tuple[int, int, str]]:
    """ "Source: Ukraine's air force" lines: (start, end, the source's words) of each."""
    return [(m.start("src"), m.end("src"), m.group("src")) for m in SOURCE_LINE.finditer(text)]


def source_attributions(doc: Doc, memory: ActorMemory) -> list[tuple[int, int, Speaker]]:
    """(start, end, source) of each paragraph that a "Source:" line attributes: the lede
    under the line, up to the next blank line (and each statement under its issuer's name)."""
    text = doc_text(doc)
    out = []
    for s, e, _ in source_lines(text):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        sp = resolve_speaker(root_of(span), memory)
        if not sp.code:
            continue
        start = e
        while start < len(text) and text[start] in " \t\r\n.":
            start += 1
        end = text.find("\n\n", start)
        out.append((start, len(text) if end < 0 else end, sp))
    return out + heading_attributions(doc, memory)


#: the marks that open a quoted statement
OPENING_QUOTES = "\"\u201c"
#: a line of its own between blank lines, a few words with no closing stop
NAME_HEADING = re.compile(r"(?<=\n\n)(?P<who>[A-Z][^\n.!?:;\"\u201c\u201d]{2,60}?)[ \t]*\n\n")


def heading_attributions(doc: Doc, memory: ActorMemory) -> list[tuple[int, int, Speaker]]:
    """(start, end, speaker) of each quoted statement printed under a heading that names its
    issuer and nothing else ("Armenian Ministry of Defence" over '"On the night of …"'), as a
    report sets out two sides' statements one after the other: the quoted paragraphs under
    the heading are that body's."""
    text = doc_text(doc)
    lex = lexicon()
    out = []
    for m in NAME_HEADING.finditer(text):
        who = m.group("who").strip()
        start = m.end()
        if not text.startswith(tuple(OPENING_QUOTES), start):
            continue  # the story goes on in its own voice under a mere section title
        if not names_speaker(who, lex):
            continue
        span = doc.char_span(m.start("who"), m.start("who") + len(who), alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        sp = resolve_speaker(root_of(span), memory)
        if not sp.code or sp.pronoun:
            continue
        end = start
        while end < len(text) and text.startswith(tuple(OPENING_QUOTES), end):
            nxt = text.find("\n\n", end)  # the statement's paragraphs, each opening a quote
            end = len(text) if nxt < 0 else nxt + 2
        out.append((start, end, sp))
    return out


def unclaimed_figures(sent: SpacySpan, mentions: list[Mention], claims: list[Claim]) -> list:
    """The figures of a headline that gave no claim of their own ("Four hostages home":
    no verb says which way), to be read against the body."""
    return [
        (m, sent)
        for m in mentions
        if m.value is not None
        and not any(c.span.start <= m.anchor.idx < c.span.end for c in claims)
        and not _counts_other_things(m)
    ]


def _counts_other_things(m: Mention) -> bool:
    """ "Strikes across two wars", "Three days of talks": a noun that names nothing the
    measures count, so the figure is no claim whatever the body says with the same number."""
    noun = m.noun
    return (
        noun is not None
        and noun.pos_ in ("NOUN", "PROPN")
        and not m.each
        and measure_class(m)[0] is None
    )


def _by_sender(c: Claim) -> bool:
    """Whether a counted noun's nationality is the claim's ``from`` (weapons launched) rather
    than its ``to`` (people freed, killed; drones downed)."""
    return c.measure in ("drones_launched", "missiles_launched")


#: the side whose bodies count a figure: the victims of a toll, the target of a launch, the
#: defender of a downing
COUNTING_SIDE = {
    "killed": 1, "wounded": 1, "drones_launched": 1, "missiles_launched": 1,
    "drones_downed": 0, "missiles_downed": 0,
}


def _placed_body(who: Speaker, c: Claim) -> Speaker | None:
    """A heading's speaker of no named side ("Air Force: …") is the body of that role that
    states the figure in the text, or else the role of the side that counts such figures."""
    if c.claimant[3:] == who.role and c.claimant[:3] in lexicon().countries:
        return replace(who, code=c.claimant)
    if c.measure not in COUNTING_SIDE:
        return None
    side = (c.from_code, c.to_code)[COUNTING_SIDE[c.measure]]
    return replace(who, code=side + who.role) if side else None


def headline_claims(
    pending: list,
    claims: list[Claim],
    text: str,
    speaker: Speaker | None = None,
    chains: dict | None = None,
) -> list[Claim]:
    """A verbless headline figure states what the body states with the same figure: its
    measure and direction are those of the first body claim of that value, its claimant the
    headline's own (SELF, the speaker the headline names, or the chain of its own cue verb,
    ``chains`` keyed by the figure's id)."""
    out: list[Claim] = []
    for m, sent in pending:
        said = (chains or {}).get(id(m))
        body = [
            c
            for c in claims
            if c.value == m.value and not c.undisclosed and c.span.start >= sent.end_char
        ]
        if not body:
            continue
        nat = nationality(m.noun, None, None) if m.noun is not None else None
        if nat:  # "307 Russian servicemen home": only the claims that bring Russians home
            body = [c for c in body if nat == (c.from_code if _by_sender(c) else c.to_code)]
            if not body:
                continue
        first = body[0]
        start, end = sent.start_char, sent.end_char
        line_end = text.find("\n", start)
        end = end if line_end < 0 else min(end, line_end)  # a masked dateline may follow
        while start < end and (text[start].isspace() or text[start] in "\"'\u201c"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".:;,\"'\u201d"):
            end -= 1
        who = said.claimant if said else speaker
        seen = set()
        for c in body:
            key = (c.measure, c.from_code, c.to_code)
            if c.measure != first.measure or key in seen:
                continue
            seen.add(key)
            by = _placed_body(who, c) if who is not None and not who.code else who
            out.append(
                replace(
                    c,
                    span=ClaimSpan(start, end),
                    quote=text[start:end],
                    claimant=by.code if by else "SELF",
                    claimant_name=by.name if by else None,
                    claimant_span=ClaimSpan(by.start, by.end) if by else None,
                    via=[s.code for s in said.via] if said else [],
                    stance="expects" if c.stance == "expects" else "asserts",
                    hedged=False,
                    scope=None,
                    confidence=0.5,
                )
            )
    return out


SPEAKER_PREFIX = re.compile(
    r"^[ \t]*+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[—–-]?\s*)?"
    r"(?P<who>[^:\n\"\u201c]{2,60}?)\s*:[ \t]+(?=\S)",
    re.MULTILINE,
)


#: role words that name no speaker alone before a colon ("Source: Reuters" credits a line)
NO_BARE_SPEAKERS = {"source", "sources", "side", "office", "service", "authority", "council"}


def names_speaker(who: str, lex: Lexicon) -> bool:
    """Whether the words before a colon name a speaker: an actor, a bare country or capital,
    or a phrase that ends in a role ("Ukraine's air force"); never a topic ("Ukraine war")."""
    words = who.split()
    if not words or len(words) > 8 or who.lower().startswith(("live", "update", "watch")):
        return False
    if who in lex.actors and who.isupper():
        return True  # "UN:", "AP:": a short alias counts only as the whole prefix
    if any(re.fullmatch(r"(?:.*\s)?" + re.escape(a), who) for a in lex.actors if len(a) > 2):
        return True
    if lex.country_of_word(who):
        return True
    low = " ".join(w.lower() for w in words)
    roles = {r for _, role_words in lex.roles for r in role_words} - NO_BARE_SPEAKERS
    if low.removeprefix("the ") in roles:
        return True  # "Air Force: …", "Police: …": a body whose side its figure tells
    bare = [w.removesuffix("'s").removesuffix("’s") for w in words]
    known_places = places()
    has_country = any(lex.country_of_word(w) or w.lower() in known_places for w in bare)
    if not has_country:
        return officer(who, lex)
    roles = [r for _, role_words in lex.roles for r in role_words]
    if any(low.endswith(r) for r in roles):
        return True
    # "Odesa regional governor Oleh Kiper": a place, a role, then a capitalised name
    for i in range(1, len(words) - 1):
        head = " ".join(w.lower() for w in words[: i + 1])
        name = words[i + 1 :]
        if (any(head.endswith(r) for r in roles) and len(name) <= 3
                and all(w[:1].isupper() for w in name)):
            return True
    return False


def officer(who: str, lex: Lexicon) -> bool:
    """Whether a label names an officer by title and name ("Col. Sofiya Qureshi"), or in a
    transcript's capitals by title and surname ("LT GEN MEHTA"), not a body ("Air Force")."""
    return _titled_name(who.split(), lex) or _shouted(who, lex)


def _shouted(who: str, lex: Lexicon) -> bool:
    """A title and a surname in capitals, as transcripts set their labels."""
    return _capitals(who) and _titled_name(who.title().split(), lex, fewest=1)


def _capitals(who: str) -> bool:
    """Whether a label is written in capitals ("COL. QURESHI"), as transcripts set them."""
    return who.isupper() and sum(c.isalpha() for c in who) >= 4


def _titled_name(words: list[str], lex: Lexicon, fewest: int = 2) -> bool:
    """Whether words are a title and a person's name, as a briefing's transcript labels its
    speakers: "Col. Sofiya Qureshi", "Wing Commander Vyomika Singh" (a first and last name,
    capitalised, after words that name a role; a label in capitals may give the surname
    alone)."""
    for i in range(1, len(words) - fewest + 1):
        title, name = words[:i], words[i:]
        if fewest <= len(name) <= 3 and all(w[:1].isupper() and w.isalpha() for w in name) and (
            all(w[:1].isupper() for w in title) and lex.role_of(" ".join(title).lower())
        ):
            return True
    return False


def placed_turn(sp: Speaker, memory: ActorMemory) -> Speaker:
    """A transcript label's officer as the first figure of their turns placed them: "LT GEN
    MEHTA: Pakistan launched 350 drones at us" places Mehta with India for all his turns."""
    code = memory.turns.get(sp.name) if sp.turn and not sp.code else None
    return replace(sp, code=code) if code else sp


def remember_turn(sp: Speaker, memory: ActorMemory) -> None:
    """Keep the side a label's officer was placed in, for the rest of the transcript."""
    if sp.turn and sp.code:
        memory.turns.setdefault(sp.name, sp.code)


def turn_speaker(sent: SpacySpan, sources: list, memory: ActorMemory) -> Speaker | None:
    """The speaker whose labelled turn or printed statement holds a sentence that says "we"
    or "our" (an officer once placed): the one they stand for."""
    toks = sent_tokens(sent)
    if not any(t.lower_ in FIRST_PERSON for t in toks):
        return None
    start = next((t.idx for t in toks if not t.is_space), sent.start_char)
    for s, e, sp in sources:
        if s <= start < e and (sp.turn or sp.code):
            placed = placed_turn(sp, memory)
            return placed if placed.code else None
    return None


def speaker_prefixes(text: str) -> list[tuple[int, int, int, int]]:
    """Lines that open with their speaker and a colon ("Ukraine's air force: Russia launched
    47 drones", a live-blog "09:42 — Kremlin: …"): (prefix start, prefix end, speaker start,
    speaker end) of each."""
    lex = lexicon()
    out = []
    for m in SPEAKER_PREFIX.finditer(text):
        if names_speaker(m.group("who"), lex):
            out.append((m.start(), m.end(), m.start("who"), m.end("who")))
    return out


def mask_speaker_prefixes(
    text: str, nlp, memory: ActorMemory
) -> tuple[str, list[tuple[int, int, Speaker]]]:
    """The text with "Speaker:" openings blanked (so the parser reads the clause after them
    alone) and, for each, (start, end, speaker) of the line it attributes."""
    out = list(text)
    found = []
    for p_start, p_end, w_start, w_end in speaker_prefixes(text):
        who = text[w_start:w_end]
        doc = nlp(who.title() if _shouted(who, lexicon()) else who)  # "LT GEN MEHTA" as a name
        sp = resolve_speaker(doc[:].root, memory)
        if not sp.code and (not sp.role or "\n" not in text[:p_start]):
            continue  # a body line's "Col. Sofiya Qureshi: …", "Air Force: …" of no named
            # side: the figure places them (a headline's is read whole, as a heading)
        line_end = text.find("\n", p_end)
        line_end = len(text) if line_end < 0 else line_end
        turn = not sp.code and officer(who, lexicon())
        found.append((p_end, line_end,
                      Speaker(sp.code, who, w_start, w_end, role=sp.role, turn=turn)))
        for i in range(p_start, p_end):
            out[i] = " "
    return "".join(out), found


def headline_future(verb: Token | None) -> bool:
    """A headline's "X to do Y" is its future tense: "Israel to release 90 prisoners",
    "33 hostages to be freed", "Kyiv to hand over 75" (a plan, so the figure is expected)."""
    if verb is None or verb.tag_ not in ("VB", "VBN"):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    finite = ("VBZ", "VBP", "VBD", "MD")
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.dep_ in ("ROOT", "conj", "ccomp")
    # no subject found: the parser misread the heading, which has no finite verb at all
    return not any(t.tag_ in finite for t in verb.sent)
