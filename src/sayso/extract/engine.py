"""The extraction engine: one article's Doc in, claims out (see the package docstring)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sayso.extract import background, guard, prefilter
from sayso.extract import dates as dates_
from sayso.extract.actors import (
    ActorMemory,
    Speaker,
    conjoined_sides,
    country_in,
    in_aid_name,
    mediators,
    merge_blocs,
    names_pair,
    pair_of_bodies,
    phrase_tokens,
    resolve_speaker,
)
from sayso.extract.attribution import (
    Attribution,
    antecedent,
    attribute,
    is_cue,
    reporting_cue,
)
from sayso.extract.breakdowns import (
    Elision,
    breakdown_scope,
    count_noun_measure,
    counted_of,
    counter_count,
    elision,
    group_toll,
    impact_part,
    other_act,
    reframed,
    renamed_whole,
)
from sayso.extract.exchange import counter_directions, is_counter
from sayso.extract.frames import (
    _child_pobj_country,
    _subject,
    _verb_of,
    casualty_or_exchange,
    directions,
    enemy_named,
    frame_of,
    go_between_subject,
    hits_of,
    measure_class,
    nationality,
    own_ranks_lost,
    partitive_clause,
    scope_of,
    state_not_act,
    third_ground,
    two_way_total,
)
from sayso.extract.headlines import (
    headline_claims,
    headline_future,
    mask_datelines,
    mask_speaker_prefixes,
    names_speaker,
    placed_turn,
    remember_turn,
    source_attributions,
    turn_speaker,
    unclaimed_figures,
)
from sayso.extract.lexicon import held_lexicon, lexicon
from sayso.extract.perdoc import doc_tokens, lowers, release, root_of, sent_of, sent_tokens, text_of
from sayso.extract.places import places
from sayso.extract.quantities import Mention, find_mentions, misstated, partitive_whole
from sayso.nlp import doc_text, load
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
    "intended",
    "meant",  # "the first phase was meant to free 33"
    "supposed",
    "propose",
    "could",
    "likely",  # "40 detainees are likely to be released next week"
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
    #: paragraphs attributed by a "Source:" line: (start, end, source)
    sources: list = field(default_factory=list)
    #: the claims of the last figure stated in full, and its sentence's number: an elided
    #: figure ("and nine over the Moscow region") continues it (see ``breakdowns``)
    antecedent: list[Claim] = field(default_factory=list)
    antecedent_sent: int = -10
    #: every figure stated so far, in order, with the lemma of the noun it counted
    stated: list[tuple[Claim, str | None]] = field(default_factory=list)
    #: states the article names as go-betweens only: never a giving or receiving side
    go_betweens: set[str] = field(default_factory=set)
    #: running tolls and the figure each updates, whose day they take once it is known
    updates: list[tuple[Claim, Claim]] = field(default_factory=list)


def sentence_case_headings(text: str) -> str:
    """Lower-case the capitalised words of title-case lines, keeping every offset.

    spaCy's English model parses "Moscow Claims No War Dead Returned" as one long name; the
    same line in sentence case parses as a clause. Known names keep their capitals.
    """
    keep = _known_names(id(lexicon()))
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


@lru_cache(maxsize=4)
def _known_names(_lex_id: int) -> frozenset[str]:
    """The words that keep their capitals in a heading: country words and the words of actors'
    names (built once per lexicon, not once per article)."""
    lex = lexicon()
    return frozenset(lex.country_words) | {w for a in lex.actors for w in a.split()}


def main_parties(doc: Doc) -> list[str]:
    """The article's main sides: the countries named most often (two, when there are two)."""
    lex = lexicon()
    counts: Counter[str] = Counter()
    for tok, hit in zip(doc_tokens(doc), lex.countries_of(doc), strict=True):
        if hit and tok.pos_ in ("PROPN", "ADJ", "NOUN") and hit[0] != "WST":
            if not in_aid_name(tok, lex):  # "the Norwegian Refugee Council" is no side
                counts[hit[0]] += 1
        elif tok.pos_ == "PROPN" and _place_side(tok):
            counts[_place_side(tok)] += 1  # "Khan Younis", "the Kursk region": a side's ground
        elif tok.pos_ == "PROPN" and tok.text in lex.actors:
            # a side named by its movement or body alone: "Hamas freed three hostages"
            code = lex.actors[tok.text][0][:3]
            if code in lex.countries and code != "WST":
                counts[code] += 1
    counts = merge_blocs(counts, doc, lex)
    go_betweens = mediators(doc)  # "a swap brokered by Turkey": no side, where two others are
    if len([c for c in counts if c not in go_betweens]) >= 2:
        counts = Counter({c: n for c, n in counts.items() if c not in go_betweens})
    return [c for c, _ in counts.most_common(2)]


def _place_side(tok: Token) -> str | None:
    """The state of a place named by this token (alone or with the next one), if known."""
    table = places()
    toks = doc_tokens(tok.doc)
    nxt = toks[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and f"{tok.lower_} {nxt.lower_}" in table:
        return table[f"{tok.lower_} {nxt.lower_}"]
    prev = toks[tok.i - 1] if tok.i > 0 else None
    if prev is not None and f"{prev.lower_} {tok.lower_}" in table:
        return None  # counted at the first word
    return table.get(tok.lower_)


def quote_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    for o, c in QUOTE_PAIRS:
        pattern = re.escape(o) + r"[^" + re.escape(o) + re.escape(c) + r"]{2,}" + re.escape(c)
        regions += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return regions


def _clause_span(tok: Token, sent: SpacySpan) -> tuple[int, int]:
    """The clause around a figure: the subtree of its verb, kept inside the sentence and
    inside the semicolons the verb's own statement lies between."""
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    for c in tok.children:
        if c.text == ";":
            start, end = (max(start, c.idx + 1), end) if c.i < tok.i else (start, min(end, c.idx))
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
    if cls == "remains":  # "Russia holds the bodies of 6,000 soldiers": none handed over
        return None if noun is not None and state_not_act(noun) else "remains_returned"
    if cls in ("drones", "missiles") and verb is not None and verb.lemma_ == "lose":
        return None  # "eight were lost from radar": neither a launch count nor a kill
    if cls in ("drones", "missiles") and verb is not None and verb.lemma_ in ("fall", "crash") and (
        noun is not None and noun.dep_ == "nsubj" and noun.head == verb
    ):
        return None  # "eight drones fell in civilian areas": where some fell, no count
    if cls in ("drones", "missiles") and hits_of(noun):
        return None  # "hits by 13 drones were recorded": some of those launched
    if cls in ("drones", "missiles") and noun is None and frame_of(verb) in ("kill", "wound"):
        return "killed" if frame_of(verb) == "kill" else "wounded"  # "…16 missiles; five killed"
    if cls in ("drones", "missiles"):
        down = frame_of(verb) == "down" or (
            noun is not None
            and any(
                frame_of(c) == "down"
                for c in noun.children
                if c.dep_ in ("acl", "amod", "relcl") and not partitive_clause(c)
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
    if tok.dep_ == "dobj" and frames.get(tok.head.lemma_.lower()) in ("kill", "wound"):
        # "killing two and wounding four": a casualty verb's own bare object counts people
        return "killed" if frames[tok.head.lemma_.lower()] == "kill" else "wounded"
    if tok.head.lower_ in ("to", "at") and tok.head.head != tok.head:
        verb = tok.head.head
        words = {t.lower_ for t in verb.subtree if t.i < tok.i}
        if "toll" in words or ("number" in words and words & {"killed", "dead"}):
            return (
                "wounded" if words & {"wounded", "injured"} and "killed" not in words else "killed"
            )
    return None


def _toll_stated(toll: str, ctx: Context, sents: list[SpacySpan]) -> list[Claim]:
    """The claims of the last sentence that stated a figure of ``toll``, in the last three."""
    last = next((c for c, _ in reversed(ctx.stated) if c.measure == toll), None)
    if last is None:
        return []
    home = next((s for s in sents if s.start_char <= last.span.start < s.end_char), None)
    if home is None or sents.index(home) < ctx.antecedent_sent - 2:
        return []
    return [
        c for c, _ in ctx.stated
        if c.measure == toll and home.start_char <= c.span.start < home.end_char
    ]


def _gap(sent_no: int, ctx: Context, sents: list[SpacySpan], text: str) -> int:
    """Sentences since the antecedent's, less those between that state no figure within the
    same paragraph or list: "killed 11" / "- WHO recorded two attacks" / "- three children
    were among those killed": the toll stays the last figure the reader was told."""
    first = ctx.antecedent_sent
    gap = sent_no - first
    if gap <= 1 or first < 0:
        return gap
    if "\n\n" in text[sents[first].start_char:sents[sent_no].end_char].rstrip():
        return gap  # a new paragraph or section: its own figures
    lo, hi = sents[first + 1].start_char, sents[sent_no].start_char
    told = [c.span.start for c, _ in ctx.stated if lo <= c.span.start < hi]
    return gap - sum(
        1 for s in sents[first + 1:sent_no] if not any(s.start_char <= t < s.end_char for t in told)
    )


def _own_day(tok: Token, verb: Token | None, published: date | None) -> date | None:
    """The day a date phrase inside an elided figure's own words names ("and 30 more on
    Saturday"), when the figure is not the verb that dates the whole sentence."""
    if published is None or verb is None or tok == verb or tok.dep_ != "conj":
        return None
    after = tok.right_edge.i + 1  # "and 21 more on Monday", "on" hung on the verb
    for ent in dates_.date_entities(sent_of(tok)):
        if tok.left_edge.i <= ent.start and ent.end - 1 <= tok.right_edge.i or (
            ent.start == after + 1 and doc_tokens(tok.doc)[after].lower_ in ("on", "by")
        ):
            d, prec = dates_.resolve(dates_.expression(ent), published, False)
            if d is not None and prec == "day":
                return d
    return None


def _toll_origin(
    m: Mention, measure: str, frm: str, to: str, verb: Token | None, att: Attribution,
    ctx: Context,
) -> Claim | None:
    """The earlier figure a running toll updates ("a soldier died overnight, bringing the toll to
    three" after "Monday's strike killed two"): the update counts that attack's dead, so it takes
    its day, unless the toll's own verb names one."""
    if m.noun is not None or _casualty_without_noun(m) != measure or m.anchor.head.lower_ != "to":
        return None
    own = dates_.date_entities(sent_of(m.anchor))
    if any(dates_.attachment(e, verb, att.cue) in ("verb", "span") for e in own):
        return None  # its own day, or a stretch it runs over ("from two years of war")
    return next(
        (
            c for c, _ in reversed(ctx.stated)
            if c.measure == measure and (c.from_code, c.to_code) == (frm, to)
            and c.value is not None and (m.value is None or c.value < m.value)
        ),
        None,
    )


def _subject_side(verb: Token | None, att: Attribution, ctx: Context) -> str | None:
    if verb is None or verb == att.cue and frame_of(verb) is None:
        return None  # "Night raid: 90 drones, air force says": the speaker, not the actor
    subj = _subject(verb)
    if subj is None:
        return None
    countries = lexicon().countries
    # "the army said its strikes killed 12": the owner is the pronoun's referent
    owner = next(
        (c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "our")),
        None,
    )
    if subj.lower_ in ("it", "they", "we") or owner is not None:
        pron = owner or subj
        # "Russia said it handed over": the pronoun is the nearest subject before it
        for t in reversed(sent_tokens(sent_of(pron))[: pron.i - sent_of(pron).start]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN"):
                if any(c.lower_ in ("each", "both", "neither") for c in t.children):
                    return None  # "neither side said how many it fired": each side its own
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


def _confirms_other(
    ctx: Context, measure: str, frm: str, to: str, m: Mention, att: Attribution
) -> bool:
    """Whether a "confirm"-type cue takes up, as a thing named ("confirmed the release of
    90"), a figure another side stated before: "the commission said Israel released 90 …
    Israel's prison service confirmed the release of 90" acknowledges, though the confirming
    side is the one that acted. A side confirming in a clause of its own ("confirmed that it
    had released 70") states its act: asserts."""
    claimant = att.claimant.code if att.claimant else ""
    if m.value is None or att.cue is None or claimant[:3] not in lexicon().countries:
        return False
    named = next((a for a in (m.anchor, *m.anchor.ancestors) if a.head == att.cue), None)
    if named is None or named.dep_ != "dobj" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in named.children
    ):
        return False
    return any(
        (c.measure, c.from_code, c.to_code, c.value) == (measure, frm, to, m.value)
        and c.claimant[:3] in lexicon().countries
        and c.claimant[:3] != claimant[:3]
        for c, _ in ctx.stated
    )


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
        auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"may", "might"} and "have" not in auxes:
            return True  # "may free 12 next week" (not "may have launched 50")
        if node.dep_ == "xcomp" and node.head.lemma_ in ("be", "set", "due") and any(
            c.lower_ == "to" for c in node.children if c.dep_ == "aux"
        ):
            return True  # "Hamas is to free 33", "33 hostages are to be released"
        if (
            node.dep_ in ("xcomp", "acomp", "ccomp", "conj", "advcl", "pcomp", "acl")
            and node.head != node
            and not dates_.own_clause(node)  # "freed 300; another 500 would follow"
        ):
            node = node.head
            if node.lemma_ in ("say", "write", "tell", "report", "claim", "state", "add"):
                break
            continue
        break
    return False


PLANNED_MODIFIERS = {
    "agreed", "planned", "proposed", "promised", "envisaged", "slated", "scheduled",
    "expected", "pledged", "offered", "future", "upcoming", "next", "set", "due",
}


def _planned_noun(anchor: Token, verb: Token | None) -> bool:
    """A figure inside a planned thing: "the 1,000-for-1,000 exchange agreed at talks",
    "95 prisoners slated for release", "a planned swap of 300"."""
    for node in (anchor, *anchor.ancestors):
        if node == verb or node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "amod"):
            return False
        if node.pos_ in ("NOUN", "PROPN", "NUM") and any(
            c.lower_ in PLANNED_MODIFIERS for c in node.children if c.dep_ in ("acl", "amod")
        ):
            return True
        toks, k = doc_tokens(node.doc), node.right_edge.i + 1
        after = toks[k] if k < len(toks) else None
        if (
            node.pos_ == "NOUN"
            and after is not None
            and after.lower_ in PLANNED_MODIFIERS
            and (after.tag_ in ("VBN", "VBD") or after.lower_ == "due")
            and after.dep_ in ("advcl", "conj", "relcl", "prep")
        ):  # "the swap agreed at talks", "detainees due to be freed": the parser hangs the
            # participle on the main verb
            return True
    return False


def _governing_verb(tok: Token) -> Token | None:
    gov = tok
    while gov.head != gov and gov.pos_ not in ("VERB", "AUX"):
        gov = gov.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _withholder(att: Attribution, gov: Token | None, ctx: Context) -> Attribution:
    """Who left a figure out, when the sentence's source is a reporter: "X confirmed …,
    according to Reuters, but made no mention of …" and "X denied …, Reuters said, but did
    not say how many …" are X's silences, reported by Reuters — the clause after "but" shares
    the subject of the statement before it (the parser may hang it on the reporting verb)."""
    if gov is None or gov.dep_ != "conj" or att.claimant is None:
        return att
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
        return att  # a subject of its own: the chain found for it stands
    head = gov.head
    if reporting_cue(head) is not None:
        return att  # "X said A had happened, but did not say …": X's own silence
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return att
    sp = resolve_speaker(subj, ctx.memory)
    if sp.code == att.claimant.code and is_cue(head):
        # "Reuters said, but did not say": the statement Reuters reports has the speaker
        inner = next((c for c in head.children if c.dep_ == "ccomp"), None)
        inner_subj = next(
            (c for c in inner.children if c.dep_ == "nsubj"), None) if inner is not None else None
        if inner_subj is None or not is_cue(inner):
            return att
        sp = resolve_speaker(inner_subj, ctx.memory)
    if not sp.code or sp.pronoun or sp.code == att.claimant.code:
        return att
    if sp.code[:3] not in lexicon().countries:
        return att  # only a party's silence is re-read; an outlet's stays the outlet's
    return Attribution(chain=[*att.chain, sp], stance=att.stance, cue=att.cue, hedged=att.hedged)


def _owner_state(att: Attribution, doc: Doc) -> str | None:
    """The state a speaker of no known side belongs to by name ("Lebanon's National News
    Agency"): its people are the ones its figures count, as with the state's own agencies."""
    sp = att.claimant
    if sp is None or sp.pronoun:
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    countries = lexicon().countries_of(doc)
    owners = {
        countries[t.i][0] for t in span or ()
        if countries[t.i] is not None and t.dep_ == "poss"
    }
    return owners.pop() if len(owners) == 1 else None


def _headline_speaker(sent: SpacySpan, ctx: Context) -> Attribution | None:
    """A heading that ends "— Medinsky" or starts "Medinsky:" names its speaker."""
    text = text_of(sent)
    m = re.search(r"\s[—–-]\s*([^—–-]{2,40})$", text) or re.match(r"^([^:]{2,40}):\s", text)
    if not m:
        return None
    span = sent.doc.char_span(
        sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand"
    )
    if span is None:
        return None
    if text[m.end(1) : m.end(1) + 1] == ":" and root_of(span).pos_ != "PROPN" and not (
        names_speaker(m.group(1), lexicon())
    ):
        return None  # "Ukraine war latest: …": a topic before the colon, no speaker
    sp = resolve_speaker(root_of(span), ctx.memory)
    if not sp.code:
        # "Air Force: 61 of 76 drones downed": a body of no named side, placed by its figure
        heading = sp.role and text[m.end(1)] == ":" and sp.name.lower() not in ("source", "sources")
        return Attribution(unplaced=sp) if heading else None
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
                        att = _cue_after_quote(sent, e, ctx)  # '"… 84 of them," he wrote'
                    else:
                        att = _sentence_attribution(sent, ctx)
                    if att and att.chain:
                        return att
    return None


def _cue_after_quote(sent: SpacySpan, quote_end: int, ctx: Context) -> Attribution | None:
    """The speaker of a quotation named right after it: the subject of the first cue verb
    past the closing quotation mark."""
    for t in sent_tokens(sent):
        if t.idx >= quote_end and is_cue(t):
            # the parser may take the quoted figure for a second subject: the speaker is the
            # subject after the quotation
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.idx >= quote_end), None)
            if subj is not None:
                sp = resolve_speaker(subj, ctx.memory)
                if sp.code:
                    return Attribution(chain=[sp])
                if sp.pronoun and ctx.last is not None:
                    return Attribution(chain=list(ctx.last.chain))
            return None
    return None


def _sentence_attribution(sent: SpacySpan, ctx: Context) -> Attribution | None:
    toks = sent_tokens(sent)
    for tok in toks:
        if tok.dep_ in ("ccomp",) and is_cue(tok.head):
            return attribute(tok, ctx.memory, ctx.last, ctx.outlet)
    for tok in toks:
        if tok.dep_ == "parataxis" and is_cue(tok):
            return attribute(tok.head, ctx.memory, ctx.last, ctx.outlet)
    for tok in toks:  # "According to X, the detainees were held …": X, for "Of them, …"
        if tok.dep_ == "prep" and tok.lower_ == "according" and tok.head.pos_ in ("VERB", "AUX"):
            return attribute(tok.head, ctx.memory, ctx.last, ctx.outlet)
    return None


def _remember_speakers(sent: SpacySpan, ctx: Context) -> None:
    for tok in sent_tokens(sent):
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
    low = text_of(sent).lower()
    future = stance == "expects" or (verb is not None and dates_.is_future(verb))
    ranked = []
    if verb is not None and stance != "expects" and (
        dates_.day_range_on(verb) or dates_.open_since(verb)
    ):
        return None, None, True  # "Between 14 and 17 October, …", "since the war began": days
    for ent in dates_.date_entities(sent):
        where = dates_.attachment(ent, verb, att.cue)
        if where == "span":
            return None, None, True  # "killed 16 since Wednesday": a toll over days
        if stance == "expects" and where != "verb" and _in_subject(ent, verb):
            where = "verb"  # "the final stage, expected on Sunday, would bring home 303"
        if where is None or (stance == "expects" and where != "verb"):
            continue
        dist = abs(root_of(ent).i - verb.i) if verb is not None else 0
        ranked.append(({"verb": 0, "sentence": 1, "cue": 2}[where], dist, ent))
    if published is not None:
        ranked.sort(key=lambda r: (r[0], r[1]))
        if len(ranked) > 1 and dates_.is_night(ranked[0][2]):
            # "… said on Tuesday it downed 41 drones during the night": the day named is the night's
            ranked = ranked[1:] + ranked[:1]
        label = dates_.line_label(sent, published) if stance != "expects" else None
        if label is not None and (not ranked or dates_.is_night(ranked[0][2])):
            return label, "day", True  # "Wednesday: A missile hit …" in a digest
        for rank, _, ent in ranked:
            d, prec = dates_.resolve(dates_.expression(ent), published, future)
            if d is not None:
                return d, prec, True
            if prec is not None and rank == 0 or prec == "year":
                # "swapped earlier this week": no day to give; "in 2018, officials said": a
                # past year's figure, of no day of this report's
                return None, prec, True
    if any(m in low for m in dates_.UMBRELLA_MARKERS):
        return None, None, True
    return None, None, False


def _in_subject(ent: SpacySpan, verb: Token | None) -> bool:
    """Whether a date phrase sits inside the subject of the event verb."""
    if verb is None:
        return False
    subj = _subject(verb)
    return subj is not None and subj.left_edge.i <= root_of(ent).i <= subj.right_edge.i


def extract_claims(article: Article) -> list[Claim]:
    """Every claim the article states, each grounded in a span of its text."""
    with held_lexicon():
        return _extract_claims(article)


def _extract_claims(article: Article) -> list[Claim]:
    parsed = guard.parse_text(article)  # None: not English, or nothing to parse
    if parsed is None:
        return []
    parsed, agencies = mask_datelines(parsed)  # a dateline's agency is the author
    speaker_memory = ActorMemory()
    parsed, prefixed = mask_speaker_prefixes(parsed, load(), speaker_memory)  # "Kremlin: …"
    doc = prefilter.parse(load(), sentence_case_headings(parsed))
    try:
        return _claims_of_doc(article, doc, agencies, prefixed)
    finally:
        # The per-Doc caches (perdoc.py) hold Tokens, which hold the Doc: releasing them frees
        # the Doc now rather than at the next run of the cycle collector.
        release(doc)


def _claims_of_doc(
    article: Article, doc: Doc, agencies: list[str], prefixed: list[tuple[int, int, Speaker]]
) -> list[Claim]:
    """``extract_claims`` over the parsed Doc of the article's masked text."""
    text = article.text
    own = " | ".join(filter(None, [article.outlet, *agencies])) or None
    ctx = Context(parties=main_parties(doc), outlet=own)
    ctx.go_betweens = mediators(doc) - set(ctx.parties)
    ctx.sources = source_attributions(doc, ctx.memory) + prefixed
    sents = [s for s in doc.sents if text_of(s).strip()]
    regions = quote_regions(text)
    claims: list[Claim] = []
    pending_dates: list[Claim] = []
    explicit: list[tuple[int, str, date | None, str | None]] = []
    undated: set[int] = set()  # claims whose clause says they have no day ("1,000 for 1,000")
    sent_claims: list[Claim] = []

    def keep(c: Claim, exp: bool) -> None:
        """A claim of the sentence at hand; one dated by its own clause (``exp``) also dates
        the claims near it, or marks itself as having no day."""
        sent_claims.append(c)
        if exp:
            explicit.append((c.span.start, c.event_type, c.event_date, c.date_precision))
            if c.event_date is None:
                undated.add(id(c))

    first_line_end = text.find("\n") if "\n" in text else len(text)
    heads: list = []  # headline figures no verb directs
    head_chains: dict[int, Attribution] = {}  # ... and who the heading says states them
    head_speaker: Attribution | None = None
    for sent_no, sent in enumerate(sents):
        _remember_speakers(sent, ctx)
        turn = turn_speaker(sent, ctx.sources, ctx.memory)
        if turn is not None:  # "LT GEN MEHTA: … the drones we sent": "we" is the officer's side
            ctx.last = Attribution(chain=[turn])
        sent_claims = []
        whole = renamed_whole(sent, sents[sent_no - 1], ctx.stated) if sent_no else None
        if whole:  # "the detainees were held …. Of them, six were civilians": those detainees
            ctx.antecedent, ctx.antecedent_sent = whole, sent_no - 1
        gapped: list[Claim] = []  # parts stated in this sentence, for a gapped one after them
        is_title = sent.start_char < first_line_end and len(sents) > 1
        for m in find_mentions(sent):
            if _every_one(m, doc):
                continue  # "until every one of them is home": the whole group, no count
            if impact_part(m):
                continue  # "two of which hit a power plant": where some fell, no count
            if m.same:  # "the same number": the last figure stated in this or the last sentence
                last = [c for c, _ in ctx.stated if c.value is not None and c.span.start
                        >= _previous_start(sent)] + [c for c in sent_claims if c.value is not None]
                if not last:
                    continue
                m = replace(m, value=last[-1].value, approx=last[-1].approx)
            el = elision(m) if ctx.antecedent and _gap(sent_no, ctx, sents, text) <= 2 else None
            if el is not None and not is_title:
                sibling = [c for c in sent_claims if c.scope is not None or c in gapped]
                if not (m.anchor.dep_ == "conj" and sibling):
                    sibling = []  # "13 … to Germany and three to the United States"
                if el.toll and not sibling:  # "19 of those killed": of the toll that names
                    sibling = _toll_stated(el.toll, ctx, sents)
                    if not sibling and not any(
                        c.measure in ("killed", "wounded") for c in ctx.antecedent
                    ):
                        continue  # "of those killed" after a swap: no part of what moved
                if not sibling and not (el.frm or el.to or el.place):
                    sibling = _speakers_half(m, ctx, sents)
                made = _continued(article, text, sent, m, el, ctx, sibling[-1:])
                gapped += [c for c, _ in made]
                # a part of a whole still waiting for its day waits with it
                waiting = any(b is p for b in ctx.antecedent for p in pending_dates)
                for c, exp in made:
                    keep(c, exp and not (waiting and c.event_date is None))
                continue
            cls, noun = measure_class(m)
            toll = count_noun_measure(m, ctx.last_class) or (
                _casualty_without_noun(m) if m.noun is None else None
            )
            if toll and m.anchor.head.lemma_ == "lose" and ctx.last_class in ("drones", "missiles"):
                toll = None  # "six others were lost" after a drone count: weapons, not people
            if toll is not None:
                cls, noun = cls or "persons", None  # the figure counts what the count noun does
                if toll in ("prisoners_released", "remains_returned"):
                    noun = counted_of(m)  # "the number of Ukrainians freed": their way home
            if cls is None and (m.noun is None or m.noun.lower_ == "own" or (
                m.noun.lower_ == "them" and frame_of(_verb_of(m.anchor)) is not None
            )):
                # "19 of its own", "the toll rose to 9": what the article was counting ("held
                # 8,000 … and freed 90 of them": of the count held, which no claim stands for)
                cls = "persons" if toll else ctx.last_class
            if cls is None and m.noun is not None and _restated(m, claims + sent_claims):
                # "Kyiv confirmed the 1,212 figure": what the figure restated counted
                cls = CLASS_OF_KIND.get(_restated(m, claims + sent_claims).measure.split("_")[0])
            counter = None
            if toll is None and m.noun is None and counter_count(m):
                # "…, while Moscow puts the number at 185": the count just stated, in its word
                since = sents[max(sent_no - 3, 0)].start_char  # "… says 77. Can you confirm?"
                last = [c for c, _ in ctx.stated if c.value is not None and c.span.start
                        >= since] + [c for c in sent_claims if c.value is not None]
                counter = last[-1] if last else None
                cls = CLASS_OF_KIND.get(counter.measure.split("_")[0]) if counter else None
            if cls is None:
                continue
            anchor = noun or m.anchor
            verb = _verb_of(anchor)
            if noun is not None and frame_of(verb) is None:
                # "counted ten people arriving home": the noun's own verb moves the figure
                verb = next(
                    (c for c in noun.children if c.dep_ in ("acl", "relcl") and frame_of(c)),
                    verb,
                )
            measure = toll or _measure(cls, verb, noun)
            prior = counter or (None if m.same else _restated(m, claims + sent_claims))
            measure = prior.measure if prior is not None else measure
            if m.value == 0 and noun is None and frame_of(verb) is None:
                continue  # "Nobody wants that": a zero with no count and no event verb
            claim = (
                _build(
                    article, text, sent, sents, m, measure, anchor, noun, verb, ctx, regions,
                    is_title, prior,
                )
                if measure is not None
                else []
            )
            if not claim and noun is not None and ctx.antecedent and not is_title:
                # "270 servicemen and 120 civilians were among them": parts of the last figure
                scope = breakdown_scope(noun, None)
                sides = [*ctx.parties, *[c.to_code for c in ctx.antecedent]]
                sides += [c.from_code for c in ctx.antecedent]
                near = _gap(sent_no, ctx, sents, text) <= (2 if _says_part(noun) else 1)
                if scope and near and other_act(verb):
                    continue  # "12 officers were promoted": people acted on otherwise
                if scope and near and not third_ground(sent, sides):
                    # "… fought in Angola, where 2,000 soldiers died": no part of the last figure
                    toll = group_toll(noun)  # "among the dead" after "killed 14 and wounded 30"
                    pick = _toll_stated(toll, ctx, sents) if toll else []
                    if toll and not pick:
                        continue  # "among the dead" with no killed figure told: no part of one
                    waiting = any(b is p for b in pick or ctx.antecedent for p in pending_dates)
                    for c, exp in _continued(
                        article, text, sent, m, Elision(scope=scope), ctx, pick or None
                    ):
                        keep(c, exp and not (waiting and c.event_date is None))
                continue
            if claim is None:
                continue
            if claim and measure.endswith("_downed") and partitive_whole(m):
                # "downed 23 of 26 drones": the 26 is what was launched, from the other side
                launched = measure.replace("_downed", "_launched")
                claim = [
                    (replace(c, measure=launched, from_code=c.to_code, to_code=c.from_code), e)
                    for c, e in claim
                ]
            if claim and misstated(m.anchor):
                # "misstated the number of bodies … as 1,100. It was 1,000.": no claim, but
                # what the correction after it restates
                ctx.antecedent, ctx.antecedent_sent = [c for c, _ in claim], sent_no
                continue
            if prior is not None and claim:  # the restated claim's direction, once
                c0, exp0 = claim[0]
                claim = [(replace(c0, from_code=prior.from_code, to_code=prior.to_code), exp0)]
            if m.value is not None and claim:
                planned = all(c.stance == "expects" for c, _ in claim)
                # "16 civilians, among them three women and five children": a part leaves
                # the whole in place for the parts after it
                part = all(_is_part(c) for c, _ in claim)
                if not (planned or part) or not ctx.antecedent or sent_no - ctx.antecedent_sent > 2:
                    # a plan ("had been expected to free 95") does not displace the figure
                    # just stated as done: parts that follow are parts of what happened
                    ctx.antecedent, ctx.antecedent_sent = [c for c, _ in claim], sent_no
            ctx.stated += [(c, noun.lemma_.lower() if noun is not None else None) for c, _ in claim]
            ctx.last_class = cls
            for c, exp in claim:
                keep(c, exp)
                if not exp and c.stance != "expects":
                    pending_dates.append(c)
        if not sent_claims and not is_title:
            day = background.event_day(sent, article.published)
            if day is not None:  # "Russia and Ukraine swapped prisoners on Saturday."
                explicit.append((sent.start_char, *day))
            ctx.stated += [  # the way of an event told without a figure, for those after it
                (Claim(article.id, ms, frm, to, None, Span(sent.start_char, sent.end_char), "",
                       undisclosed=True, event_type=EVENT_TYPE_OF_MEASURE[ms]), TOLD)
                for ms, frm, to in background.told_events(sent, ctx.parties)
            ]
        sent_claims += _undisclosed(article, text, sent, ctx)
        sent_claims += _secondary(article, text, sent, sent_claims, ctx)
        pending_dates += [
            c
            for c in sent_claims
            if c.event_date is None
            and c.stance != "expects"
            and c not in pending_dates
            and id(c) not in undated
            and not _umbrella(sent)
        ]
        claims += sent_claims
        if is_title:  # a figure no verb directs: read it against the body, at the end
            found = unclaimed_figures(sent, find_mentions(sent), sent_claims)
            for m, _ in found:  # "Kremlin says 84 servicemen returned": the heading's speaker
                said = attribute(m.anchor, ctx.memory, ctx.last, ctx.outlet)
                if said.chain and not said.negated:
                    head_chains[id(m)] = said
            heads += found
            head_speaker = _headline_speaker(sent, ctx) or next(
                (Attribution(chain=[sp]) for s, e, sp in ctx.sources
                 if s < sent.end_char and sent.start_char < e and sp.code),
                None,
            )  # "Kremlin: 120 Russians freed": the speaker masked before the parse
        att = _sentence_attribution(sent, ctx)
        if att is not None and att.chain:
            ctx.last = att
    _fill_dates(pending_dates, explicit, article.published, [s.start_char for s in sents])
    for toll, origin in ctx.updates:  # a running toll shares the day of the figure it updates
        toll.event_date, toll.date_precision = origin.event_date, origin.date_precision
    speaker = (head_speaker.claimant or head_speaker.unplaced) if head_speaker else None
    claims += headline_claims(heads, claims, text, speaker, head_chains)
    claims = _dedupe(claims)
    # An undated figure about the exchange the article dates takes that date (resolve.events)
    from sayso.resolve.events import settle_dates

    settle_dates(claims, {article.id: article.published})
    return claims


def _build(
    article, text, sent, sents, m: Mention, measure, anchor, noun, verb, ctx, regions, is_title,
    prior: Claim | None = None,
):
    att = attribute(anchor, ctx.memory, ctx.last, ctx.outlet)
    if att.negated:
        return None
    if not att.chain:
        alt = _quoted_attribution(anchor, regions, sents, ctx)
        if alt is None and is_title:
            alt = _headline_speaker(sent, ctx)
        if alt is None:  # a "Source:" line above the paragraph
            src = [placed_turn(sp, ctx.memory) for s, e, sp in ctx.sources if s <= anchor.idx < e]
            alt = Attribution(chain=src[:1]) if src and src[0].code else (
                Attribution(unplaced=src[0]) if src else None
            )  # "Col. X: Pakistan launched 300 drones": an officer the figure places
        if alt is not None:
            att = Attribution(
                chain=alt.chain, stance=alt.stance, cue=None, hedged=att.hedged,
                unplaced=alt.unplaced,
            )
    claimant = att.claimant.code if att.claimant else "SELF"
    countries = lexicon().countries
    # a state's own agency speaks from that state ("air defences downed 12", TASS said)
    speaker_side = (
        claimant[:3] if claimant[:3] in countries else lexicon().actor_country.get(claimant)
    ) or _owner_state(att, anchor.doc)
    if att.stance == "denies" and speaker_side in ctx.parties:
        # a side denies what the other side claims: read the figure from the other side
        speaker_side = next((p for p in ctx.parties if p != speaker_side), speaker_side)
    if measure in ("prisoners_released", "remains_returned") and two_way_total(verb, noun):
        return []  # "3,233 captives from both sides": a two-way total has no way to give
    subject_side = _subject_side(verb, att, ctx)
    if go_between_subject(verb) or subject_side in ctx.go_betweens:
        subject_side = None  # "its mediation secured the release of …": no side acts
    if speaker_side in ctx.go_betweens:
        speaker_side = None  # a mediator counts what others gave and got
    last_attack = _direction_from_context("killed", None, ctx)
    dirs = directions(
        m, measure, verb, noun, ctx.parties, speaker_side, subject_side, _last_giver(ctx),
        last_attack[0] if last_attack else None,
    )
    dirs = [(f, t) for f, t in dirs if f not in ctx.go_betweens and t not in ctx.go_betweens]
    if all(not f or not t or f == t for f, t in dirs):
        told = _direction_from_context(measure, noun, ctx) or []
        if not (
            measure in ("killed", "wounded")
            and third_ground(sent, [*ctx.parties, *(s for d in told for s in d if s)])
        ) and not dates_.past_year_clause(verb if verb is not None else anchor, article.published):
            # a toll in a third state, or of a past year's fighting, is no victim of the
            # attack told before
            dirs = told or dirs
    if prior is not None and all(not f or not t or f == t for f, t in dirs):
        dirs = [(prior.from_code, prior.to_code)]  # "confirmed the 1,212 figure": its way
    if measure in ("killed", "wounded") and len(ctx.parties) >= 2 and (
        speaker_side in ctx.parties[:2]
    ):
        other = next(p for p in ctx.parties[:2] if p != speaker_side)
        if claimant[3:] == "MIL" and own_ranks_lost(verb, noun):
            dirs = [(other, speaker_side)]  # "two soldiers were killed, the military said"
        elif enemy_named(noun):
            dirs = [(speaker_side, other)]  # "30 enemy soldiers were killed, the army said"
    if measure in ("prisoners_released", "remains_returned") and is_counter(m.anchor, verb):
        nat = nationality(noun, speaker_side, subject_side)
        dirs = counter_directions(frame_of(verb), subject_side, nat, ctx.parties) or dirs
    placed = _placed(att, measure, dirs)
    if placed is not None:  # "12 were killed across the country, regional officials said"
        remember_turn(placed, ctx.memory)  # a transcript's officer keeps the side placed first
        att = replace(att, chain=[*att.chain, placed], unplaced=None)
        claimant = placed.code
    local = _local_official(att, measure, dirs)
    if local is not None:  # "Russian shelling wounded six in Kharkiv, the governor said"
        att = replace(att, chain=[*att.chain[:-1], local])
        claimant = local.code
    start, end = _clause_span(verb if verb is not None and sent_of(verb) == sent else anchor, sent)
    start, end = min(start, m.anchor.doc[m.start].idx), max(end, m.anchor.idx + len(m.anchor.text))
    start, end = _trim(doc_text(sent.doc), start, end)  # the parsed text: datelines blanked
    if start >= end:
        return None
    both = _both_sides(sent) if claimant == "SELF" and len(ctx.parties) >= 2 else None
    out = []
    for frm, to in dirs:
        if not frm or not to or frm == to:
            continue
        stance = _stance(att, verb, frm, to, claimant, sent)
        if att.stance == "acknowledges" and _confirms_other(ctx, measure, frm, to, m, att):
            stance = "acknowledges"
        if stance in ("asserts", "acknowledges") and _planned_noun(m.anchor, verb):
            stance = "expects"
        if is_title and stance == "asserts" and headline_future(verb):
            stance = "expects"
        d, prec, exp = _figure_date(verb, att, sent, article.published, stance)
        if not exp and dates_.in_past_list(sent):  # a factbox's bullet: a past event, no day
            d, prec, exp = None, None, True
        head = noun if noun is not None and noun.i > m.anchor.i else m.anchor
        own = dates_.conjunct_day(head, article.published, stance == "expects" or (
            verb is not None and dates_.is_future(verb)))
        if own is not None:  # "40 drones on Monday and 12 missiles on Tuesday": its own day
            d, prec, exp = own, "day", True
        origin = _toll_origin(m, measure, frm, to, verb, att, ctx)
        if origin is not None:  # "died overnight, bringing the toll to three": the attack's day
            d, prec, exp = origin.event_date, origin.date_precision, True
        if m.pair:  # "1,000 for 1,000" is the whole deal: an umbrella event, undated
            d, prec, exp = None, None, True
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
            scope=_part_scope(scope_of(noun, measure), m, measure, frm, to, ctx),
            event_type=EVENT_TYPE_OF_MEASURE[measure],
            event_date=d,
            date_precision=prec,
            confidence=min(conf, 0.95),
            extractor_version=EXTRACTOR_VERSION,
        )
        if both is not None:  # "according to both governments": each side states it
            role = lexicon().role_of(" ".join(lowers(sent.doc)[both.left_edge.i : both.i + 1]))
            role = role if role in ("MIL", "INT", "MED") else "GOV"  # "both defence ministries"
            for side in conjoined_sides(both) or ctx.parties[:2]:
                out.append((replace(c, claimant=side + role, claimant_name=both.text,
                                    claimant_span=Span(both.idx, both.idx + len(both.text)),
                                    stance="asserts" if stance == "acknowledges" else stance),
                            exp))
            continue
        if origin is not None:
            ctx.updates.append((c, origin))
        out.append((c, exp))
    return out


def _speakers_half(m: Mention, ctx: Context, sents: list[SpacySpan]) -> list[Claim]:
    """ "Russia freed 150 Ukrainians for 150 Russians. Lubinets said 20 of those released were
    civilians": a side's speaker tells of a part of a swap's release to its own side, the half
    of the swap that came home to it, not whichever half was named last."""
    last = ctx.antecedent[-1] if ctx.antecedent else None
    if last is None or last.measure not in HANDOVERS:
        return []
    att = attribute(m.anchor, ctx.memory, ctx.last, ctx.outlet)
    side = att.claimant.code[:3] if att.claimant else None
    if side is None or side not in ctx.parties or last.to_code == side:
        return []
    sent = sents[ctx.antecedent_sent] if ctx.antecedent_sent < len(sents) else None
    if sent is None:
        return []
    return [
        c for c, _ in ctx.stated
        if c.measure == last.measure and c.value is not None and c.to_code == side
        and c.from_code == last.to_code and sent.start_char <= c.span.start < sent.end_char
    ][-1:]


def _last_giver(ctx: Context) -> str | None:
    """The side that gave the people last freed between the article's two main sides."""
    for c, _ in reversed(ctx.stated):
        if c.measure == "prisoners_released" and {c.from_code, c.to_code} <= set(ctx.parties[:2]):
            return c.from_code
    return None


#: the side struck, whose local bodies count what struck it: the victims' side of a toll,
#: the defender of a downing, the target of a launch
STRUCK_SIDE = {"killed": 1, "wounded": 1, "drones_downed": 0, "missiles_downed": 0,
               "drones_launched": 1, "missiles_launched": 1}


def _placed(att: Attribution, measure: str, dirs) -> Speaker | None:
    """A body of no known side that counts the toll of an attack ("regional officials said")
    speaks for the side struck: the local authorities of the place hit count its dead."""
    if att.unplaced is None or measure not in STRUCK_SIDE:
        return None
    sides = {d[STRUCK_SIDE[measure]] for d in dirs if d[0] and d[1] and d[0] != d[1]}
    if len(sides) != 1:
        return None
    return replace(att.unplaced, code=sides.pop() + att.unplaced.role)


#: local officials who count the toll of their own place
LOCAL_HEADS = {"governor", "mayor", "governorate", "administration"}


def _local_official(att: Attribution, measure: str, dirs) -> Speaker | None:
    """A local official named by the office alone ("the governor said") counts the toll of
    the place hit, whichever governor the article named before: the struck side's GOV."""
    sp = att.claimant
    if sp is None or measure not in STRUCK_SIDE or sp.code[3:] != "GOV":
        return None
    words = sp.name.split()
    if not words or words[-1] not in LOCAL_HEADS or any(
        w[:1].isupper() for w in words[1:]
    ):
        return None  # "Belgorod governor Gladkov", "the Kharkiv governor": named, keep them
    sides = {d[STRUCK_SIDE[measure]] for d in dirs if d[0] and d[1] and d[0] != d[1]}
    if len(sides) != 1 or sp.code[:3] in sides:
        return None
    return replace(sp, code=sides.pop() + "GOV")


def _struck_speaker(att: Attribution, measure: str, dirs) -> Attribution:
    """The attribution with an unplaced body or an unnamed local official set on the side
    struck: "The governor said three children were among the dead" speaks for the place hit."""
    placed = _placed(att, measure, dirs)
    if placed is not None:
        return replace(att, chain=[*att.chain, placed], unplaced=None)
    local = _local_official(att, measure, dirs)
    if local is not None:
        return replace(att, chain=[*att.chain[:-1], local])
    return att


SIDES_NOUNS = ("side", "government", "country", "party", "capital")


def _both_sides(sent: SpacySpan) -> Token | None:
    """The "both sides" / "both governments" that a sentence's figures are attributed to, as
    the object of "according to" or the subject of a cue verb."""
    for tok in sent_tokens(sent):
        if tok.dep_ == "nsubj" and is_cue(tok.head) and conjoined_sides(tok):
            return tok  # "Moscow and Kyiv said"
        if pair_of_bodies(tok) and tok.dep_ == "nsubj" and is_cue(tok.head):
            return tok  # "both militaries said", "the two defence ministries said"
        if tok.lemma_.lower() not in SIDES_NOUNS:
            continue
        if not names_pair(tok):  # "both sides", "the two sides"
            continue
        head = tok.head
        if tok.dep_ == "poss" and (
            (head.dep_ == "nsubj" and is_cue(head.head))
            or (head.dep_ == "pobj" and head.head.lower_ == "to"
                and head.head.head.lower_ == "according")
        ):
            return head  # "both countries' defence ministries said": each side's own
        if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return tok
        if tok.dep_ == "nsubj" and is_cue(head):
            return tok
        if tok.dep_ == "pobj" and head.head.dep_ == "nsubj" and is_cue(head.head.head):
            return tok  # "officials on both sides said"
    return None


def _part_scope(
    scope: str | None, m: Mention, measure: str, frm: str | None, to: str | None, ctx: Context
) -> str | None:
    """A label such as "civilians" is a breakdown only beside a larger figure of the same
    measure and direction ("205 Ukrainians, including 16 civilians"); "three Israeli women
    were released" alone is the whole count."""
    if scope is None or m.value is None:
        return None
    if scope.split()[0] in ("ballistic", "cruise"):
        return scope
    whole = [
        c
        for c in ctx.antecedent
        if c.measure == measure and c.from_code == frm and c.to_code == to
        and c.value is not None and c.value > m.value
    ]
    return scope if whole else None


def _is_part(c: Claim) -> bool:
    """A breakdown by a group of people ("three women"), not a total that names its kind."""
    return c.scope is not None and c.scope.split()[0] not in ("ballistic", "cruise")


LAUNCHED = ("drones_launched", "missiles_launched")
DOWNED = ("drones_downed", "missiles_downed")


#: the class of figure a measure counts, by the measure's first word
CLASS_OF_KIND = {"prisoners": "persons", "killed": "persons", "wounded": "persons",
                 "remains": "remains", "drones": "drones", "missiles": "missiles"}
#: the noun lemma ``Context.stated`` gives an event told without a figure (``background``)
TOLD = ""


def _told_direction(measure: str, ctx: Context, since: int) -> list[tuple[str, str]] | None:
    """The way of the event told without a figure in the sentence before: "Ukrainian soldiers
    returned home. The headquarters did not say how many were freed" is Russia -> Ukraine."""
    for c, lemma in reversed(ctx.stated):
        if c.span.end < since:
            return None
        if lemma == TOLD and c.measure == measure and c.from_code and c.to_code:
            return [(c.from_code, c.to_code)]
    return None


def _direction_from_context(
    measure: str, noun: Token | None, ctx: Context
) -> list[tuple[str, str]] | None:
    """A figure whose clause names no side takes the sides of the article so far: people
    killed or wounded are the victims of the last attack stated ("At least 12 people were
    killed across the country" after "Russia launched 298 drones"); "hostages" freed go the way
    the article's earlier hostages went."""
    for c, lemma in reversed(ctx.stated):
        if not c.from_code or not c.to_code or c.date_precision == "year":
            continue  # "in 2018, New Delhi put its losses at 30": another year's, not this attack
        if c.event_type == "air_attack" and measure in ("killed", "wounded", *LAUNCHED, *DOWNED):
            # victims and launches go the way of the attack, a downing the other way ("Of
            # those, 47 drones were shot down": by the side attacked)
            if (c.measure in DOWNED) != (measure in DOWNED):
                return [(c.to_code, c.from_code)]
            return [(c.from_code, c.to_code)]
        if c.measure == measure and noun is not None and lemma == noun.lemma_.lower():
            return [(c.from_code, c.to_code)]
    return None


def _says_part(noun: Token) -> bool:
    """ "the released included 49 members of the National Guard": a verb that names a part of
    a whole, so the whole may lie a sentence further back than a bare group noun's."""
    head = noun
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.head.lemma_.lower() in ("include", "comprise") and head.dep_ == "dobj"


def _continued(
    article, text, sent, m: Mention, el: Elision, ctx: Context, sibling: list[Claim] | None = None
) -> list[tuple[Claim, bool]]:
    """Claims of a figure that continues the antecedent: its measure and direction, narrowed by
    the figure's own "to X" / "over X", attributed and dated on its own clause (a part of a
    figure shares its day; a restated count with no day of its own waits for one)."""
    att = attribute(m.anchor, ctx.memory, ctx.last, ctx.outlet)
    if att.negated:
        return []
    src = [placed_turn(sp, ctx.memory) for s, e, sp in ctx.sources if s <= m.anchor.idx < e]
    if not att.chain and src and src[0].code:  # "COL. RAO: … destroyed 31 of them": the label's
        att = replace(att, chain=src[:1])
    claimant = att.claimant.code if att.claimant else "SELF"
    verb = _verb_of(m.anchor)
    tok = m.anchor
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX", "NOUN"):
        last = tok.right_edge
        if tok.head.dep_ == "attr":  # "… and 21 were minors": to the end of the second clause
            be = [c for c in tok.head.head.children if c.dep_ == "conj" and c.i > tok.i]
            last = be[0].right_edge if be else last
        start, end = tok.left_edge.idx, last.idx + len(last.text)
    else:
        start, end = _clause_span(verb if verb is not None and sent_of(verb) == sent else tok, sent)
    start = min(start, doc_tokens(tok.doc)[m.start].idx)
    start, end = _trim(doc_text(sent.doc), start, max(end, tok.idx + len(tok.text)))
    if start >= end:
        return []
    out: list[tuple[Claim, bool]] = []
    seen = set()
    whole = max((c.value for c in ctx.antecedent if c.value is not None), default=None)
    for base in sibling or ctx.antecedent:
        frm, to = base.from_code, el.to or base.to_code
        if el.frm and el.frm != frm:  # "13 of those freed by Russia": the part's own giver
            frm, to = el.frm, el.to or (base.from_code if base.to_code == el.frm else to)
        measure, flipped = reframed(base.measure, el.frame)  # "35 of which were intercepted"
        if flipped:
            frm, to = to, frm
        if measure.startswith(("drones", "missiles")) and verb is not None and (
            verb.lemma_ == "lose"
        ):
            continue  # "12 more were lost to jamming": neither launched nor downed
        if el.place and measure in ("drones_downed", "missiles_downed"):
            frm = el.place
        elif el.place and measure in ("killed", "wounded"):
            to = el.place
        if not frm or not to or frm == to or (frm, to) in seen:
            continue
        seen.add((frm, to))
        base_att, base_claimant = att, claimant
        att = _struck_speaker(att, measure, [(frm, to)])  # the governor of the place hit
        claimant = att.claimant.code if att.claimant else "SELF"
        stance = _stance(att, verb, frm, to, claimant, sent)
        d, prec, exp = _figure_date(verb, att, sent, article.published, stance)
        own = _own_day(tok, verb, article.published) or dates_.conjunct_day(
            tok, article.published)
        if own is not None:  # "freed 50 on Friday and 30 more on Saturday": the part's own day
            d, prec, exp = own, "day", True
        if not exp and not el.restated:
            d, prec, exp = base.event_date, base.date_precision, True
        same_sentence = sent.start_char <= base.span.start < sent.end_char
        if not att.chain and same_sentence:
            # "… 41 drones, including 17 over the Kursk region, the ministry said": the part
            # has the speaker of its whole
            who = {
                "claimant": base.claimant,
                "claimant_name": base.claimant_name,
                "claimant_span": base.claimant_span,
                "via": list(base.via),
                # "…; another 500 would follow, it said": the part's own clause may plan it
                "stance": "expects" if base.stance != "denies" and _planned(verb, sent)
                else base.stance,
                "hedged": base.hedged,
            }
        else:
            who = {
                "claimant": claimant,
                "claimant_name": att.claimant.name if att.claimant else None,
                "claimant_span": Span(att.claimant.start, att.claimant.end)
                if att.claimant
                else None,
                "via": [s.code for s in att.via],
                "stance": stance,
                "hedged": att.hedged,
            }
        out.append((
            replace(
                base,
                **who,
                measure=measure,
                from_code=frm,
                to_code=to,
                value=m.value,
                approx=m.approx,
                undisclosed=False,
                span=Span(start, end),
                quote=text[start:end],
                # a part is smaller than its whole; the same count again is no breakdown
                scope=el.scope if whole is None or (m.value or 0) < whole else None,
                event_date=d,
                date_precision=prec,
                confidence=0.6 + (0.1 if att.cue is not None else 0.0),
            ),
            exp,
        ))
        att, claimant = base_att, base_claimant
    return out


#: nouns that cover both drones and missiles: "no figures for the weapons used"
MIXED_WEAPONS = {"weapon", "munition", "projectile"}


def _targets(noun: Token) -> list[tuple[Token, str | None]]:
    """The nouns whose count is left out, with a class where the noun covers several."""
    out: list[tuple[Token, str | None]] = []
    for n in [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN",)]:
        if n.lemma_.lower() in MIXED_WEAPONS:
            out += [(n, "drones"), (n, "missiles")]
        else:
            out.append((n, None))
    return out


def _every_one(m: Mention, doc: Doc) -> bool:
    """Whether a figure is "every one" or "each one" of a group: the whole group, no count
    ("… would go on until every one of them is home")."""
    words = {t.lower_ for t in doc_tokens(doc)[max(0, m.start - 1) : m.end]}
    return m.value == 1 and not words.isdisjoint(("every", "each", "any"))


#: the measures of a handover, whose two halves a swap pairs
HANDOVERS = ("prisoners_released", "remains_returned")


def _untold_half(measure: str, frm: str, to: str, ctx: Context) -> bool:
    """Whether "did not say whether any bodies had been handed over to Russia" leaves out the
    size of the other half of a swap the article tells (1,212 went to Ukraine): a withheld
    figure. Elsewhere "whether any" asks whether anything happened at all ("whether any
    soldiers had been hurt", "whether any drones hit their targets"), which withholds no
    number (FORMAT.md: an undisclosed figure is a number the text says was not given)."""
    return measure in HANDOVERS and any(
        c.measure == measure and (c.from_code, c.to_code) == (to, frm) and not c.undisclosed
        for c, _ in ctx.stated
    )


def _target_noun(tok: Token) -> Token | None:
    """The noun whose count is left out: "how many N", "the number of N", "figure for N"; for
    a bare "how many were freed", the counted noun named earlier in the sentence."""
    if tok.lower_ == "many" and any(c.lower_ == "how" for c in tok.children):
        if tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        of = [o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if of and of[0].pos_ in ("NOUN", "PROPN"):
            return of[0]  # "how many of the missiles were intercepted"
        nouns = lexicon().measure_nouns
        sent = sent_of(tok)
        prev = sent_of(doc_tokens(sent.doc)[sent.start - 1]) if sent.start > 0 else sent
        prev_start = prev.start
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if (
            tok.dep_ in ("dobj", "ccomp")
            and tok.head.lemma_ in DISCLOSE
            and not (subj is not None and subj.pos_ == "PRON" and subj.i == sent.start)
        ):
            # a bare "… but did not say how many" elides the clause before it in its own
            # sentence: "most of the 33 were alive, but did not say how many" counts no release
            # ("It did not say how many." on its own elides the sentence before)
            prev_start = sent.start
        # "… 112 drones were destroyed. Kyiv did not say how many it had launched."
        before = [
            t for t in doc_tokens(sent.doc)[prev_start : tok.i]
            if t.pos_ == "NOUN" and not state_not_act(t)
        ]
        return next((t for t in reversed(before) if t.lemma_.lower() in nouns), None)
    if tok.lemma_ in ("number", "figure", "mention", "group", "total", "toll", "count", "details"):
        # "gave no figure for the prisoners": the parser may hang the "for" on the verb
        on_verb = [c for c in tok.head.children if c.dep_ == "dative"] if tok.dep_ == "dobj" else []
        for c in [*tok.children, *on_verb]:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("of", "for", "on"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        inner = _target_noun(o)
                        return inner or o
    return None


#: nouns by which a figure is said to be left out: "gave no number", "an unspecified group"
WITHHELD_LEMMAS = ("number", "figure", "mention", "details", "group", "figures")


def _undisclosed(article, text, sent, ctx) -> list[Claim]:
    """Claims that a party left a number out: "did not say how many", "an unspecified group"."""
    out: list[Claim] = []
    for tok in sent_tokens(sent):
        if tok.lower_ not in ("many", "any", "nothing") and tok.lemma_ not in WITHHELD_LEMMAS:
            continue  # none of the tests below can hold
        noun = None
        neg_verb = None
        if tok.lower_ == "many" and tok.head.lemma_ == "be" and any(
            c is not tok and c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")
            for c in tok.head.children
        ):
            continue  # "did not say how many were fighters": what some were, no count left out
        if tok.lower_ == "many" and any(c.lower_ == "how" for c in tok.children):
            noun = _target_noun(tok) or _elided_count(tok, ctx)
        elif tok.lemma_ in WITHHELD_LEMMAS:
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
        elif tok.lower_ == "nothing" and tok.dep_ == "dobj" and tok.head.lemma_ in DISCLOSE:
            noun = _about_noun(tok)  # "has said nothing about a transfer"
        if noun is None:
            continue
        neg_verb = _negated_verb(tok) or _neither_verb(tok)
        unspecified = (
            tok.lower_ == "nothing"
            or any(c.lower_ in ("unspecified", "undisclosed") for c in tok.children)
            or tok.lemma_ in ("mention", "figure", "details", "number")
            and any(c.lower_ == "no" for c in tok.children)
            and (tok.lemma_ != "number" or tok.head.lemma_ in DISCLOSE)  # "gave no number"
        )
        if neg_verb is None and not unspecified:
            continue
        for target, forced in _targets(noun):  # "how many missiles and drones"
            noun = target
            m = Mention(tok.i, tok.i + 1, None, undisclosed=True, anchor=noun, noun=noun)
            cls = forced or measure_class(m)[0]
            if cls is None and noun.pos_ == "VERB":
                cls = ctx.last_class  # "how many more it will release": what the article counts
            if cls is None and noun.lemma_.lower() in background.EVENT_NOUNS:
                cls = ctx.last_class  # "nothing about a transfer": of what the article counts
            if cls is None:
                continue
            verb = next(  # "no mention of any remains sent to Russia": the noun's own verb
                (c for c in noun.children if c.dep_ in ("acl", "relcl") and frame_of(c)), None
            ) or _verb_of(noun)
            own_verb = verb  # a bare "did not say how many": what the noun's verb counts
            if tok.lower_ == "many" and tok.head.pos_ == "VERB" and noun.i < tok.i:
                verb = tok.head  # "did not say how many it had launched": that verb, not the noun's
            elif tok.lower_ == "many" and noun.i < tok.i and _elided_count(tok, ctx) is not None:
                verb = _elided_count(tok, ctx)  # "how many more it is prepared to release"
            measure = _measure(
                cls, own_verb if tok.head.lemma_ in DISCLOSE else verb, noun
            ) or (
                "prisoners_released" if cls == "persons" else None
            )
            if measure is None:
                continue
            att = attribute(noun, ctx.memory, ctx.last, ctx.outlet)
            if not att.chain and neg_verb is None:
                # "Kyiv made no mention of any bodies": the subject of the verb that says none
                gov = _governing_verb(tok)
                subj = _subject(gov) if gov is not None else None
                sp = resolve_speaker(subj, ctx.memory) if subj is not None else None
                if sp is not None and sp.code:
                    att = Attribution(chain=[sp])
            if neg_verb is not None and neg_verb != att.cue and (
                is_cue(neg_verb) or neg_verb.lemma_ in REFUSE  # "Moscow declined to say"
            ):
                subj = _subject(neg_verb)
                if subj is not None:
                    sp = resolve_speaker(subj, ctx.memory)
                    ante = antecedent(subj) if sp.pronoun else None
                    if ante is not None:  # "X said it … but did not say": X's silence
                        sp = resolve_speaker(ante, ctx.memory)
                    if sp.pronoun and ctx.last and ctx.last.chain:
                        att = Attribution(chain=list(ctx.last.chain))
                    elif sp.code:
                        att = Attribution(chain=[sp])
            att = _withholder(att, neg_verb or _governing_verb(tok), ctx)
            neither = any(t.lower_ in ("neither", "nor") for t in sent_tokens(sent))
            named = _neither_named(sent) if neither else []
            claimants = []
            if neither:
                claimants = [p + "GOV" for p in named or ctx.parties]
            elif att.claimant:
                claimants = [att.claimant.code]
            if not claimants:
                continue
            speaker_side = claimants[0][:3]
            subject_side = _subject_side(verb, att, ctx)
            frame_dirs = None
            if verb is not None and verb != neg_verb and frame_of(verb):
                frame_dirs = directions(
                    m, measure, verb, noun, ctx.parties, speaker_side, subject_side
                )
            known = _explicit_direction(verb, noun) or (
                subject_side is not None and frame_of(verb) in ("launch", "give", "receive")
            )  # "how many it had launched": the launcher is the subject
            if _reversed(noun, measure, ctx):  # "a transfer in the other direction"
                dirs = _reversed(noun, measure, ctx)
            elif frame_dirs and known:
                dirs = frame_dirs
            elif not neither and measure in (
                *LAUNCHED, *DOWNED, "killed", "wounded"
            ) and _direction_from_context(measure, noun, ctx):
                # "did not say how many drones had been launched": the attack stated before
                dirs = _direction_from_context(measure, noun, ctx)
            elif not neither and _told_direction(measure, ctx, _previous_start(sent)):
                dirs = _told_direction(measure, ctx, _previous_start(sent))
            elif len(named or ctx.parties) >= 2:
                a, b = (named or ctx.parties)[:2]
                dirs = [(a, b), (b, a)]
            else:
                continue
            if tok.lower_ == "any":  # "whether any …": only a swap's untold half withholds one
                dirs = [(frm, to) for frm, to in dirs if _untold_half(measure, frm, to, ctx)]
            said = tok.head if tok.lower_ == "nothing" else tok  # "has said nothing about …"
            start, end = _clause_span(neg_verb or said, sent)
            start, end = _trim(doc_text(sent.doc), start, end)
            for claimant in claimants:
                for frm, to in dirs:
                    if not frm or not to or frm == to:
                        continue
                    stance = "expects" if _planned(verb, sent) else "asserts"
                    # dated as a statement: a day anywhere in the sentence ("the list of those
                    # to be freed on Saturday … how many it would hand over") is the batch's
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
                            stance=stance,
                            event_type=EVENT_TYPE_OF_MEASURE[measure],
                            event_date=d if exp else None,
                            date_precision=prec,
                            confidence=0.6,
                            extractor_version=EXTRACTOR_VERSION,
                        )
                    )
    return out


def _elided_count(tok: Token, ctx) -> Token | None:
    """ "has not disclosed how many more it is prepared to release": no noun, but the verb of
    the "how many" clause moves what the article has been counting; that verb stands in."""
    if ctx.last_class is None:
        return None
    for t in doc_tokens(tok.doc)[tok.i + 1 : sent_of(tok).end]:
        if t.is_punct:
            return None
        if t.pos_ == "VERB" and frame_of(t) in ("give", "receive", "launch"):
            # the figure is the object: the verb (or the verb it hangs on) has its own subject
            # ("how many it will free", not "how many hit their targets")
            own = [c for v in (t, *t.ancestors) if v.i > tok.i for c in v.children
                   if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
            return t if own else None
    return None


def _neither_named(sent: SpacySpan) -> list[str]:
    """The two states "Neither X nor Y" names as the silent speakers, where it names states."""
    lex = lexicon()
    for t in sent_tokens(sent):
        if t.lower_ == "neither" and t.dep_ in ("det", "preconj", "cc"):
            first = t.head
            codes = [country_in(phrase_tokens(x), lex) for x in (first, *first.conjuncts)]
            if len(codes) >= 2 and all(codes) and len(set(codes)) == len(codes):
                return [c for c in codes if c]
    return []


def _about_noun(tok: Token) -> Token | None:
    """What "said nothing about …" / "nothing on …" is about."""
    for c in [*tok.children, *tok.head.children]:
        if c.dep_ == "prep" and c.lower_ in ("about", "on", "regarding"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _reversed(noun: Token, measure: str, ctx: Context) -> list[tuple[str, str]] | None:
    """ "… in the other direction", "… the other way": the way back of the last figure of
    the measure stated."""
    if not any(
        t.lower_ in ("other", "opposite", "reverse") and t.head.lemma_ in ("direction", "way")
        for t in noun.subtree
    ):
        return None
    for c, _ in reversed(ctx.stated):
        if c.measure == measure and c.from_code and c.to_code and c.value is not None:
            return [(c.to_code, c.from_code)]
    return None


def _previous_start(sent: SpacySpan) -> int:
    """Where the sentence before ``sent`` starts (``sent``'s own start for the first)."""
    if not sent.start:
        return sent.start_char
    return sent_of(doc_tokens(sent.doc)[sent.start - 1]).start_char


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
        c.dep_ == "amod" and lex.country_of_token(c) for c in noun.children
    ):
        return True
    if noun is not None and any(c.lower_ == "own" for c in noun.children):
        return True  # "how many of its own troops were hurt": the speaker's own people
    if verb is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "from", "into") for c in verb.children):
        return True
    if _child_pobj_country(verb, ("to", "into", "from")):
        return True  # "sent back to Russia", "handed to the Red Cross and then to Israel"
    return frame_of(verb) == "receive"


def _verb_chain(tok: Token):
    node = tok
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return list(node.children)


#: verbs that withhold what their complement would say: "declined to say how many"
REFUSE = ("decline", "refuse")


def _negated_verb(tok: Token) -> Token | None:
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in node.children):
            out = node.lemma_ == "put" and any(  # "have not put out a figure"
                c.dep_ == "prt" and c.lower_ == "out" for c in node.children)
            return node if node.lemma_ in DISCLOSE or out else None
        if node.lemma_ in DISCLOSE and node.dep_ == "xcomp" and node.head.lemma_ in REFUSE:
            return node.head  # "declined to say how many", "refused to give a figure"
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
    for tok in sent_tokens(sent):
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


def _restated(m: Mention, earlier: list[Claim]) -> Claim | None:
    """ "Kyiv rejected the figure of 60": a figure named as a figure restates an earlier claim
    of the same value, and measures what that claim measured."""
    tok = m.anchor
    near = [tok.head, *[c for c in tok.children]] if tok.head != tok else list(tok.children)
    if tok.dep_ == "pobj" and tok.head.head != tok.head:
        near.append(tok.head.head)  # "the figure of 60"
    if not any(t.lemma_.lower() in SECONDARY_NOUNS for t in near):
        return None
    same = [c for c in earlier if c.value == m.value and not c.undisclosed]
    return same[-1] if same else None


CONTRAST_WORDS = {
    "below", "above", "than", "unlike", "under", "beyond", "exceeding", "short", "versus",
    "contradicting", "contrary", "against", "different",
}


def _contrasted(t: Token, noun: Token) -> bool:
    """Whether a source inside the phrase of a figure-noun is set against it (a rival figure)
    rather than restating it: "a figure well below the one published by Kyiv"."""
    for a in t.ancestors:
        if a == noun:
            return False
        if a.lower_ in CONTRAST_WORDS:
            return True
    return False


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
            if _contrasted(t, noun):  # "a figure well below the one published by Kyiv"
                continue
            sp = resolve_speaker(t, ctx.memory)
            if sp.code:
                return sp, verb
    return None, None


def _umbrella(sent: SpacySpan) -> bool:
    low = text_of(sent).lower()
    return any(m in low for m in dates_.UMBRELLA_MARKERS)


def _fill_dates(
    pending: list[Claim], explicit, published: date | None, starts: list[int] | None = None
) -> None:
    """Claims whose clause gives no date take the nearest dated statement of their event type
    (before it, else after it: a headline), else the publication date. A figure of the same
    sentence placed only within a week or a month ("received 757 bodies last week, but did not
    say how many were handed over in return") places the claim there too: no day."""
    for c in pending:
        if starts:
            here = bisect_right(starts, c.span.start)
            week = [
                e for e in explicit
                if e[1] == c.event_type and bisect_right(starts, e[0]) == here
                and e[0] < c.span.start
            ]
            if week and week[-1][2] is None and week[-1][3] in ("week", "month"):
                c.event_date, c.date_precision = None, week[-1][3]
                continue
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
