"""The extraction engine: one article's Doc in, claims out (see the package docstring)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sayso.extract import dates as dates_
from sayso.extract.actors import ActorMemory, country_in, phrase_tokens, resolve_speaker
from sayso.extract.attribution import Attribution, attribute, is_cue
from sayso.extract.frames import (
    _subject,
    _verb_of,
    casualty_or_exchange,
    directions,
    frame_of,
    measure_class,
    scope_of,
)
from sayso.extract.lexicon import lexicon
from sayso.extract.quantities import Mention, find_mentions
from sayso.nlp import load
from sayso.records import EVENT_TYPE_OF_MEASURE, Article, Claim, Span

EXTRACTOR_VERSION = "0.1.0"

DISCLOSE = {
    "say",
    "disclose",
    "specify",
    "give",
    "reveal",
    "provide",
    "mention",
    "release",
    "publish",
    "report",
    "announce",
    "state",
    "name",
    "confirm",
    "offer",
}
SECONDARY_NOUNS = {
    "claim",
    "figure",
    "account",
    "number",
    "tally",
    "toll",
    "assertion",
    "remarks",
    "remark",
    "statement",
    "comments",
    "count",
    "version",
}
PLAN_WORDS = {
    "ready",
    "prepared",
    "plan",
    "plans",
    "agreed",
    "agree",
    "expected",
    "expect",
    "foresee",
    "foresees",
    "offer",
    "offered",
    "willing",
    "promise",
    "promised",
    "will",
    "would",
    "deal",
    "agreement",
    "due",
    "intend",
    "intends",
    "propose",
}
QUOTE_PAIRS = [("\u201c", "\u201d"), ('"', '"')]


@dataclass
class Context:
    """What the article has established so far, for carrying attribution and dates forward."""

    memory: ActorMemory = field(default_factory=ActorMemory)
    last: Attribution | None = None
    last_class: str | None = None
    parties: list[str] = field(default_factory=list)
    outlet: str | None = None


def sentence_case_headings(text: str) -> str:
    """Lower-case the capitalised words of title-case lines, keeping every offset.

    spaCy's English model parses "Moscow Claims No War Dead Returned" as one long name; the
    same line in sentence case parses as a clause. Known names keep their capitals.
    """
    lex = lexicon()
    keep = set(lex.country_words) | {w for a in lex.actors for w in a.split()}
    out = []
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w'’-]*", line)
        caps = [w for w in words if w[0].isupper()]
        if len(words) >= 3 and len(caps) / len(words) > 0.6 and not line.rstrip().endswith("."):

            def lower(m: re.Match) -> str:
                w = m.group(0)
                if m.start() == 0 or w in keep or w.isupper() and len(w) > 1:
                    return w
                return w[0].lower() + w[1:]

            line = re.sub(r"[A-Za-z][\w'’-]*", lower, line)
        out.append(line)
    return "\n".join(out)


def main_parties(doc: Doc) -> list[str]:
    """The article's main sides: the countries named most often (two, when there are two)."""
    lex = lexicon()
    counts: Counter[str] = Counter()
    for tok in doc:
        hit = lex.country_of_word(tok.text)
        if hit and tok.pos_ in ("PROPN", "ADJ", "NOUN") and hit[0] != "WST":
            counts[hit[0]] += 1
    return [c for c, _ in counts.most_common(2)]


def quote_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    for o, c in QUOTE_PAIRS:
        pattern = re.escape(o) + r"[^" + re.escape(o) + re.escape(c) + r"]{2,}" + re.escape(c)
        regions += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return regions


def _clause_span(tok: Token, sent: SpacySpan) -> tuple[int, int]:
    """The clause around a figure: the subtree of its verb, kept inside the sentence."""
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    start = max(start, sent.start_char)
    end = min(end, sent.end_char)
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-\u201c\u201d\"'"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-\u201c\u201d\"'"):
        end -= 1
    return start, end


def _measure(cls: str, verb: Token | None, noun: Token | None) -> str | None:
    if cls == "remains":
        return "remains_returned"
    if cls in ("drones", "missiles"):
        down = frame_of(verb) == "down" or (
            noun is not None
            and any(
                frame_of(c) == "down" for c in noun.children if c.dep_ in ("acl", "amod", "relcl")
            )
        )
        return f"{cls}_{'downed' if down else 'launched'}"
    if cls == "persons":
        return casualty_or_exchange(cls, verb, noun)
    return None


def _casualty_without_noun(m: Mention) -> str | None:
    """A bare figure that is a toll: "five killed", "the toll rose to nine", "14 wounded"."""
    tok = m.anchor
    frames = lexicon().frames
    if frames.get(tok.head.lower_) in ("kill", "wound") and tok.head != tok:
        return "killed" if frames[tok.head.lower_] == "kill" else "wounded"
    if tok.head.lower_ in ("to", "at") and tok.head.head != tok.head:
        verb = tok.head.head
        words = {t.lower_ for t in verb.subtree if t.i < tok.i}
        if "toll" in words or ("number" in words and words & {"killed", "dead"}):
            return (
                "wounded" if words & {"wounded", "injured"} and "killed" not in words else "killed"
            )
    return None


def _subject_side(verb: Token | None, att: Attribution, ctx: Context) -> str | None:
    if verb is None:
        return None
    subj = _subject(verb)
    if subj is None:
        return None
    countries = lexicon().countries
    if subj.lower_ in ("it", "they", "we"):
        # "Russia said it handed over": the pronoun is the nearest subject before it
        for t in reversed(list(subj.sent)[: subj.i - subj.sent.start]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN"):
                c = country_in(phrase_tokens(t), lexicon())
                if c:
                    return c
                sp = resolve_speaker(t, ctx.memory)
                if sp.code and sp.code[:3] in countries:
                    return sp.code[:3]
        if att.claimant and att.claimant.code[:3] in countries:
            return att.claimant.code[:3]
        return None
    if subj.lower_ in ("each", "both") or any(
        c.lower_ in ("each", "both", "neither") for c in subj.children
    ):
        return None
    c = country_in(phrase_tokens(subj), lexicon())
    if c:
        return c
    sp = resolve_speaker(subj, ctx.memory)
    return sp.code[:3] if sp.code and sp.code[:3] in lexicon().countries else None


def _stance(
    att: Attribution,
    verb: Token | None,
    frm: str | None,
    to: str | None,
    claimant: str,
    sent: SpacySpan,
) -> str:
    stance = att.stance
    if stance == "acknowledges":
        side = claimant[:3]
        if not (side == to and frm != side):
            stance = "asserts"
    if stance in ("asserts", "acknowledges") and _planned(verb, sent):
        stance = "expects"
    return stance


def _planned(verb: Token | None, sent: SpacySpan) -> bool:
    if verb is None:
        return False
    node = verb
    for _ in range(4):
        if any(
            c.lower_ in PLAN_WORDS
            for c in node.children
            if c.dep_ in ("aux", "acomp", "amod", "advmod", "nsubj", "auxpass", "xcomp")
        ):
            return True
        if node.lower_ in PLAN_WORDS or node.lemma_ in PLAN_WORDS:
            return True
        if (
            node.dep_ in ("xcomp", "acomp", "ccomp", "conj", "advcl", "pcomp", "acl")
            and node.head != node
        ):
            node = node.head
            if node.lemma_ in ("say", "write", "tell", "report", "claim", "state", "add"):
                break
            continue
        break
    return False


def _headline_speaker(sent: SpacySpan, ctx: Context) -> Attribution | None:
    """A heading that ends "— Medinsky" or starts "Medinsky:" names its speaker."""
    text = sent.text
    m = re.search(r"\s[—–-]\s*([^—–-]{2,40})$", text) or re.match(r"^([^:]{2,40}):\s", text)
    if not m:
        return None
    span = sent.doc.char_span(
        sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand"
    )
    if span is None:
        return None
    sp = resolve_speaker(span.root, ctx.memory)
    if not sp.code:
        return None
    return Attribution(chain=[sp])


def _quoted_attribution(
    tok: Token, regions: list[tuple[int, int]], sents: list[SpacySpan], ctx: Context
) -> Attribution | None:
    """A figure inside a quotation that runs over several sentences: the speaker named at
    either end of the quotation."""
    for s, e in regions:
        if s <= tok.idx < e:
            for sent in sents:
                if sent.start_char <= e - 1 < sent.end_char or sent.start_char <= s < sent.end_char:
                    if sent.start_char <= tok.idx < sent.end_char:
                        continue
                    att = _sentence_attribution(sent, ctx)
                    if att and att.chain:
                        return att
    return None


def _sentence_attribution(sent: SpacySpan, ctx: Context) -> Attribution | None:
    for tok in sent:
        if tok.dep_ in ("ccomp",) and is_cue(tok.head):
            return attribute(tok, ctx.memory, ctx.last, ctx.outlet)
    for tok in sent:
        if tok.dep_ == "parataxis" and is_cue(tok):
            return attribute(tok.head, ctx.memory, ctx.last, ctx.outlet)
    return None


def _remember_speakers(sent: SpacySpan, ctx: Context) -> None:
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "appos") and tok.pos_ in (
            "PROPN",
            "NOUN",
        ):
            resolve_speaker(tok, ctx.memory)


def _figure_date(
    verb: Token | None, att: Attribution, sent: SpacySpan, published: date | None, stance: str
) -> tuple[date | None, str | None, bool]:
    """(date, precision, explicit) for the clause; explicit False when nothing in it says.

    A date on the event verb wins; then one elsewhere in the sentence that is not the date of
    the statement; then the statement's own date ("said on Wednesday"), since news reports an
    act on the day it is announced or later.
    """
    low = sent.text.lower()
    future = stance == "expects" or (verb is not None and dates_.is_future(verb))
    ranked = []
    for ent in dates_.date_entities(sent):
        where = dates_.attachment(ent, verb, att.cue)
        if where is None or (stance == "expects" and where != "verb"):
            continue
        dist = abs(ent.root.i - verb.i) if verb is not None else 0
        ranked.append(({"verb": 0, "sentence": 1, "cue": 2}[where], dist, ent))
    if published is not None:
        for _, _, ent in sorted(ranked, key=lambda r: (r[0], r[1])):
            d, prec = dates_.resolve(ent.text, published, future)
            if d is not None:
                return d, prec, True
    if any(m in low for m in dates_.UMBRELLA_MARKERS):
        return None, None, True
    return None, None, False


def extract_claims(article: Article) -> list[Claim]:
    """Every claim the article states, each grounded in a span of its text."""
    text = article.text
    if not text or not text.strip():
        return []
    doc = load()(sentence_case_headings(text))
    ctx = Context(parties=main_parties(doc), outlet=article.outlet)
    sents = [s for s in doc.sents if s.text.strip()]
    regions = quote_regions(text)
    claims: list[Claim] = []
    pending_dates: list[Claim] = []
    explicit: list[tuple[int, str, date | None, str | None]] = []
    first_line_end = text.find("\n") if "\n" in text else len(text)
    for sent in sents:
        _remember_speakers(sent, ctx)
        sent_claims: list[Claim] = []
        is_title = sent.start_char < first_line_end and len(sents) > 1
        for m in find_mentions(sent):
            cls, noun = measure_class(m)
            toll = _casualty_without_noun(m) if m.noun is None else None
            if cls is None and m.noun is None:
                cls = "persons" if toll else ctx.last_class
            if cls is None:
                continue
            anchor = noun or m.anchor
            verb = _verb_of(anchor)
            measure = toll or _measure(cls, verb, noun)
            if measure is None:
                continue
            claim = _build(
                article, text, sent, sents, m, measure, anchor, noun, verb, ctx, regions, is_title
            )
            if claim is None:
                continue
            ctx.last_class = cls
            for c, exp in claim:
                sent_claims.append(c)
                if exp:
                    explicit.append((c.span.start, c.event_type, c.event_date, c.date_precision))
                elif c.stance != "expects":
                    pending_dates.append(c)
        sent_claims += _undisclosed(article, text, sent, ctx)
        sent_claims += _secondary(article, text, sent, sent_claims, ctx)
        pending_dates += [
            c
            for c in sent_claims
            if c.event_date is None
            and c.stance != "expects"
            and c not in pending_dates
            and not _umbrella(sent)
        ]
        claims += sent_claims
        att = _sentence_attribution(sent, ctx)
        if att is not None and att.chain:
            ctx.last = att
    _fill_dates(pending_dates, explicit, article.published)
    return _dedupe(claims)


def _build(
    article, text, sent, sents, m: Mention, measure, anchor, noun, verb, ctx, regions, is_title
):
    att = attribute(anchor, ctx.memory, ctx.last, ctx.outlet)
    if att.negated:
        return None
    if not att.chain:
        alt = _quoted_attribution(anchor, regions, sents, ctx)
        if alt is None and is_title:
            alt = _headline_speaker(sent, ctx)
        if alt is not None:
            att = Attribution(chain=alt.chain, stance=alt.stance, cue=None, hedged=att.hedged)
    claimant = att.claimant.code if att.claimant else "SELF"
    countries = lexicon().countries
    speaker_side = claimant[:3] if claimant[:3] in countries else None
    subject_side = _subject_side(verb, att, ctx)
    dirs = directions(m, measure, verb, noun, ctx.parties, speaker_side, subject_side)
    start, end = _clause_span(verb if verb is not None and verb.sent == sent else anchor, sent)
    start, end = min(start, m.anchor.doc[m.start].idx), max(end, m.anchor.idx + len(m.anchor.text))
    start, end = _trim(text, start, end)
    if start >= end:
        return None
    out = []
    for frm, to in dirs:
        if not frm or not to or frm == to:
            continue
        stance = _stance(att, verb, frm, to, claimant, sent)
        d, prec, exp = _figure_date(verb, att, sent, article.published, stance)
        conf = 0.55 + (0.2 if att.cue is not None else 0.0) + (0.1 if noun is not None else 0.0)
        c = Claim(
            article_id=article.id,
            measure=measure,
            from_code=frm,
            to_code=to,
            value=m.value,
            approx=m.approx,
            span=Span(start, end),
            quote=text[start:end],
            claimant=claimant,
            claimant_name=att.claimant.name if att.claimant else None,
            claimant_span=Span(att.claimant.start, att.claimant.end) if att.claimant else None,
            via=[s.code for s in att.via],
            stance=stance,
            hedged=att.hedged,
            scope=scope_of(noun, measure),
            event_type=EVENT_TYPE_OF_MEASURE[measure],
            event_date=d,
            date_precision=prec,
            confidence=min(conf, 0.95),
            extractor_version=EXTRACTOR_VERSION,
        )
        out.append((c, exp))
    return out


def _target_noun(tok: Token) -> Token | None:
    """The noun whose count is left out: "how many N", "the number of N", "figure for N"."""
    if tok.lower_ == "many" and any(c.lower_ == "how" for c in tok.children):
        return tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
    if tok.lemma_ in ("number", "figure", "mention", "group", "total", "toll", "count", "details"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        inner = _target_noun(o)
                        return inner or o
    return None


def _undisclosed(article, text, sent, ctx) -> list[Claim]:
    """Claims that a party left a number out: "did not say how many", "an unspecified group"."""
    out: list[Claim] = []
    for tok in sent:
        noun = None
        neg_verb = None
        if tok.lower_ == "many" and any(c.lower_ == "how" for c in tok.children):
            noun = _target_noun(tok)
        elif tok.lemma_ in ("number", "figure", "mention", "details", "group", "figures"):
            noun = (
                _target_noun(tok)
                if any(
                    c.lower_ in ("no", "unspecified", "undisclosed", "any") for c in tok.children
                )
                or _negated_verb(tok)
                else None
            )
            if (
                noun is None
                and tok.lemma_ in ("number", "group")
                and any(c.lower_ in ("unspecified", "undisclosed") for c in tok.children)
            ):
                noun = tok
        elif (
            tok.lower_ == "any"
            and tok.dep_ == "det"
            and any(c.lower_ in ("whether", "if") for c in _verb_chain(tok))
        ):
            noun = tok.head
        if noun is None:
            continue
        neg_verb = _negated_verb(tok) or _neither_verb(tok)
        unspecified = (
            any(c.lower_ in ("unspecified", "undisclosed") for c in tok.children)
            or tok.lemma_ in ("mention", "figure", "details")
            and any(c.lower_ == "no" for c in tok.children)
        )
        if neg_verb is None and not unspecified:
            continue
        m = Mention(tok.i, tok.i + 1, None, undisclosed=True, anchor=noun, noun=noun)
        cls, n2 = measure_class(m)
        if cls is None:
            continue
        verb = _verb_of(noun)
        measure = _measure(cls, verb, noun) or ("prisoners_released" if cls == "persons" else None)
        if measure is None:
            continue
        att = attribute(noun, ctx.memory, ctx.last, ctx.outlet)
        if neg_verb is not None and neg_verb != att.cue and is_cue(neg_verb):
            subj = _subject(neg_verb)
            if subj is not None:
                sp = resolve_speaker(subj, ctx.memory)
                if sp.pronoun and ctx.last and ctx.last.chain:
                    att = Attribution(chain=list(ctx.last.chain))
                elif sp.code:
                    att = Attribution(chain=[sp])
        neither = any(t.lower_ in ("neither", "nor") for t in sent)
        claimants = []
        if neither:
            claimants = [p + "GOV" for p in ctx.parties]
        elif att.claimant:
            claimants = [att.claimant.code]
        if not claimants:
            continue
        speaker_side = claimants[0][:3]
        subject_side = _subject_side(verb, att, ctx)
        frame_dirs = None
        if verb is not None and verb != neg_verb and frame_of(verb):
            frame_dirs = directions(m, measure, verb, noun, ctx.parties, speaker_side, subject_side)
        known = _explicit_direction(verb, noun)
        if frame_dirs and known:
            dirs = frame_dirs
        elif len(ctx.parties) >= 2:
            a, b = ctx.parties[:2]
            dirs = [(a, b), (b, a)]
        else:
            continue
        start, end = _clause_span(neg_verb or tok, sent)
        start, end = _trim(text, start, end)
        for claimant in claimants:
            for frm, to in dirs:
                if not frm or not to or frm == to:
                    continue
                d, prec, exp = _figure_date(verb, att, sent, article.published, "asserts")
                out.append(
                    Claim(
                        article_id=article.id,
                        measure=measure,
                        from_code=frm,
                        to_code=to,
                        value=None,
                        undisclosed=True,
                        span=Span(start, end),
                        quote=text[start:end],
                        claimant=claimant,
                        claimant_name=att.claimant.name if att.claimant else None,
                        via=[s.code for s in att.via] if not neither else [],
                        stance="asserts",
                        event_type=EVENT_TYPE_OF_MEASURE[measure],
                        event_date=d if exp else None,
                        date_precision=prec,
                        confidence=0.6,
                        extractor_version=EXTRACTOR_VERSION,
                    )
                )
    return out


def _neither_verb(tok: Token) -> Token | None:
    """ "Neither side disclosed how many": a negation carried by the subject."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.lemma_ in DISCLOSE:
            subj = _subject(node)
            if subj is not None and any(t.lower_ in ("neither", "no") for t in subj.subtree):
                return node
        if node.head == node:
            return None
        node = node.head
    return None


def _explicit_direction(verb: Token | None, noun: Token | None) -> bool:
    """Whether the clause itself says which way: "to Russia", "Russian soldiers", "got back"."""
    lex = lexicon()
    if noun is not None and any(
        c.dep_ == "amod" and lex.country_of_word(c.text) for c in noun.children
    ):
        return True
    if verb is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "from", "into") for c in verb.children):
        return True
    return frame_of(verb) == "receive"


def _verb_chain(tok: Token):
    node = tok
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return list(node.children)


def _negated_verb(tok: Token) -> Token | None:
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in node.children):
            return node if node.lemma_ in DISCLOSE else None
        if node.head == node:
            return None
        node = node.head
    return None


def _secondary(article, text, sent, sent_claims: list[Claim], ctx) -> list[Claim]:
    """ "…, a claim Kyiv acknowledged", "echoing remarks made by the ministry": the same
    figures, stated again by another source."""
    out: list[Claim] = []
    if not sent_claims:
        return out
    for tok in sent:
        if tok.lemma_.lower() not in SECONDARY_NOUNS or tok.pos_ != "NOUN":
            continue
        if tok.dep_ not in ("dep", "appos", "npadvmod", "dobj", "attr", "conj"):
            continue
        speaker, verb = _secondary_speaker(tok, ctx)
        if speaker is None or verb is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        before = [c for c in sent_claims if c.span.start < tok.idx and not c.undisclosed]
        if not before:
            continue
        outer = attribute(tok, ctx.memory, ctx.last, ctx.outlet)
        via = [s.code for s in outer.chain[:-1]]
        if tok.dep_ == "dobj" and tok.head.dep_ != "advcl":
            continue
        start, end = _trim(
            text,
            tok.left_edge.idx,
            min(tok.right_edge.idx + len(tok.right_edge.text), sent.end_char),
        )
        # the nearest figure's clause: the last stated before the noun
        last_key = before[-1].span
        for c in before:
            if c.span != last_key and c.stance == "expects":
                continue
            stance = lexicon().cues.get(verb.lemma_.lower(), "asserts")
            if stance == "acknowledges" and not (
                speaker.code[:3] == c.to_code and c.from_code != speaker.code[:3]
            ):
                stance = "asserts"
            if stance not in ("acknowledges", "denies"):
                stance = "asserts"
            out.append(
                replace(
                    c,
                    span=Span(start, end),
                    quote=text[start:end],
                    claimant=speaker.code,
                    claimant_name=speaker.name,
                    claimant_span=Span(speaker.start, speaker.end),
                    via=via,
                    stance=stance,
                    hedged=False,
                    confidence=0.6,
                )
            )
    return out


def _secondary_speaker(noun: Token, ctx):
    for t in noun.subtree:
        if t.dep_ in ("nsubj", "agent", "pobj") and t.lower_ not in ("that", "which", "who"):
            if t.dep_ == "pobj" and t.head.dep_ != "agent":
                continue
            verb = t.head if t.dep_ != "pobj" else t.head.head
            if t.dep_ == "agent":
                continue
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if not (is_cue(verb) or verb.lemma_ in ("make", "give", "match")):
                continue
            sp = resolve_speaker(t, ctx.memory)
            if sp.code:
                return sp, verb
    return None, None


def _umbrella(sent: SpacySpan) -> bool:
    low = sent.text.lower()
    return any(m in low for m in dates_.UMBRELLA_MARKERS)


def _fill_dates(pending: list[Claim], explicit, published: date | None) -> None:
    """Claims whose clause gives no date take the nearest dated statement of their event type
    (before it, else after it: a headline), else the publication date."""
    for c in pending:
        same = [e for e in explicit if e[1] == c.event_type and e[2] is not None]
        before = [e for e in same if e[0] <= c.span.start]
        after = [e for e in same if e[0] > c.span.start]
        pick = before[-1] if before else (after[0] if after else None)
        if pick is not None:
            c.event_date, c.date_precision = pick[2], pick[3]
        elif published is not None:
            c.event_date, c.date_precision = published, "day"


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen = set()
    out = []
    for c in sorted(
        claims,
        key=lambda c: (
            c.span.start,
            c.span.end,
            c.measure,
            c.from_code or "",
            c.to_code or "",
            c.claimant,
        ),
    ):
        key = (c.span.start, c.span.end, c.fact_key, c.claimant, tuple(c.via), c.stance)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
