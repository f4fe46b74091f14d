"""Who a noun phrase names: gazetteer aliases, countries with roles, metonymy, memory.

A speaker is linked in this order: a named actor from ``actors.tsv`` inside the phrase; a
country (name, adjective, demonym or capital) with a role word from ``roles.tsv`` ("the Russian
defence ministry" -> RUSMIL, "Kyiv" -> UKRGOV); a definite description met before in the article
("the ministry" -> the last ministry named); else the surface name with a best-effort side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from sayso.extract.gazetteer import only_compass
from sayso.extract.lexicon import Lexicon, lexicon
from sayso.extract.perdoc import doc_tokens, memo, root_of, sent_of, sent_tokens, span_text, text_of
from sayso.nlp import doc_text

PRONOUNS = {"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our", "my"}
FIRST_PERSON = {"we", "our", "us", "i", "my", "ours"}
# Phrases whose head alone says nothing about who speaks.
# Words for what a body issues: "the statement said" speaks for whoever issued it.
DOCUMENT_NOUNS = {
    "statement",
    "report",
    "bulletin",
    "communique",
    "communiqué",
    "update",
    "release",
    "briefing",
    "announcement",
    "post",
    "summary",
    "notice",
    "readout",
    "message",
}
#: bare nouns by which a report refers back to the body it just quoted ("the department")
BODY_ANAPHORS = {"department", "agency", "body", "institution"}
ISSUE_VERBS = {"issue", "release", "publish", "post", "put", "circulate", "send"}
#: participles by which a relay hangs on its source: "an official, cited by Reuters"
RELAY_PARTICIPLES = {"cite", "quote"}
GENERIC_HEADS = {"side", "sides", "party", "parties", "country", "countries", "government"}


@dataclass(frozen=True)
class Speaker:
    code: str
    name: str
    start: int  # character offsets of the phrase that names it
    end: int
    pronoun: bool = False  # a pronoun or bare anaphor whose chain is inherited
    role: str = ""  # for a body of no known side ("regional officials"): its role, to place
    turn: bool = False  # a transcript label's officer ("LT GEN MEHTA:"), placed once for all turns


@dataclass
class ActorMemory:
    """What the article has named so far, for "the ministry", "the headquarters", "Peskov"."""

    by_head: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    by_role: dict[str, str] = field(default_factory=dict)  # "MIL" -> the last military named
    head_words: dict[str, set[str]] = field(default_factory=dict)  # the words it was named by
    last_code: str = ""  # the last actor named, the issuer of "the statement" that follows
    last_person: str = ""  # the code of the last person named, for "he"/"she"
    last_movement: str = ""  # the last side's body named by its own name, for "the group"
    #: (doc, token index) of each phrase head resolved -> its code, for "its spokesman" after it
    by_token: dict[tuple[int, int], str] = field(default_factory=dict)
    #: a transcript label's words -> the code its first placed figure gave its officer
    turns: dict[str, str] = field(default_factory=dict)


#: the dependencies that keep a word inside the noun phrase of its head
PHRASE_DEPS = frozenset({
    "compound",
    "amod",
    "poss",
    "det",
    "nmod",
    "case",
    "prep",
    "pobj",
    "appos",
    "flat",
    "punct",
    "cc",
    "conj",
    "npadvmod",
    "nummod",
    "quantmod",
    "acl",
    "agent",
})


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase around ``head``: its modifiers, an "of"-complement, an apposition."""
    phrases = memo(head.doc, "sayso_phrases", lambda _: {})  # asked of each head many times
    if head.i not in phrases:
        phrases[head.i] = _phrase_tokens(head)
    return list(phrases[head.i])


def _phrase_tokens(head: Token) -> list[Token]:
    out = [head]
    stack = [c for c in head.children]
    while stack:
        t = stack.pop()
        dep = t.dep_
        if dep not in PHRASE_DEPS:
            continue
        if dep == "prep" and t.lower_ not in ("of", "for", "in"):
            continue
        if dep == "acl" and (t.tag_ != "VBN" or t.lemma_.lower() in RELAY_PARTICIPLES):
            continue  # "an official, cited by Reuters": Reuters relays, it does not name
        out.append(t)
        stack.extend(t.children)
    out.sort(key=lambda t: t.i)
    while len(out) > 1 and out[-1].is_punct and out[-1] != head:
        out.pop()  # the comma that set off a cut clause ("an official, cited by X,")
    return out


def _alias_hits(text: str, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """Every actor alias in ``text``: the longest one starting at each position."""
    hits = []
    for m in lex.alias_pattern().finditer(text):
        code, name = lex.actors[m.group(1)]
        hits.append((m.start(1), m.end(1), code, name))
    return hits


def actor_name_tokens(doc) -> frozenset[int]:
    """The tokens inside an actor's name: an alias, or a name its prefix opens ("HMS
    Richmond"). The actor's name wins over a place named inside it. Once per Doc."""
    lex = lexicon()
    return memo(doc, ("sayso_actor_names", id(lex)), lambda d: _actor_name_tokens(d, lex))


def _actor_name_tokens(doc, lex: Lexicon) -> frozenset[int]:
    starts = [t.idx for t in doc_tokens(doc)]
    out = set(lex.prefixed_names(doc))
    for m in lex.alias_pattern().finditer(doc_text(doc)):
        i = bisect_left(starts, m.start(1))
        while i < len(starts) and starts[i] < m.end(1):
            out.add(i)
            i += 1
    return frozenset(out)


def country_in(tokens: list[Token], lex: Lexicon) -> str | None:
    """The country a run of tokens names, longest phrase first ("the United States")."""
    if not tokens:
        return None
    # the same phrases are asked about for each figure and speaker: answered once per Doc
    known = memo(tokens[0].doc, ("sayso_country_in", id(lex)), lambda _: {})
    key = tuple(t.i for t in tokens)
    if key not in known:
        known[key] = _country_in(tokens, lex)
    return known[key]


def _country_in(tokens: list[Token], lex: Lexicon) -> str | None:
    bloc = _conjoined_bloc(tokens, lex)
    if bloc:  # "US and British strikes", "the United States and Britain said": one party
        return bloc
    words = [t.text for t in tokens]
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            if n > 1 and not lex.opens_name(words[i] + " "):
                continue  # no name of several words begins with this one
            # one word: where it stands decides ("Chad Miller" is a person, not a state)
            hit = (
                lex.country_of_word(" ".join(words[i : i + n]))
                if n > 1
                else lex.country_of_token(tokens[i])
            )
            if hit and not (
                n == 1 and words[i] in ("US", "U.S.") and i > 0 and words[i - 1].lower() == "of"
            ):
                return hit[0]
    return None


def _conjoined_bloc(tokens: list[Token], lex: Lexicon) -> str | None:
    """The bloc of two member states coordinated inside one phrase: states of one bloc that
    act together ("American and British warships") are the bloc as one party (``WST``)."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ != "conj" or t.head.i not in inside:
            continue
        first, second = _member_word(t.head, lex), _member_word(t, lex)
        if not first or not second or first[0] == second[0]:
            continue
        bloc = lex.bloc_of(first[0])
        if bloc and bloc == lex.bloc_of(second[0]):
            return bloc
    return None


def _member_word(tok: Token, lex: Lexicon) -> tuple[str, str] | None:
    """The state a coordinated word names: a country word, or a ship or unit its navy's prefix
    names ("HMS Richmond and USS Carney": two members of one bloc)."""
    hit = _country_word(tok, lex)
    if hit:
        return hit
    prefix = next((c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                   and c.text in lex.prefixes), None)
    side = lex.side_of(lex.actors[prefix][0]) if prefix else None
    return (side, "name") if side else None


def _country_word(tok: Token, lex: Lexicon) -> tuple[str, str] | None:
    """The country a word names with the compound words before it ("States" in "the United
    States")."""
    hit = lex.country_of_token(tok)
    if hit:
        return hit
    words = [c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    for k in range(len(words)):
        hit = lex.country_of_word(" ".join([*words[k:], tok.text]))
        if hit:
            return hit
    return None


def merge_blocs(counts: Counter[str], doc, lex: Lexicon | None = None) -> Counter[str]:
    """Country counts with a bloc's members folded into the bloc, where the article treats
    them as one party: two or more members named, or the bloc itself ("the West")."""
    lex = lex or lexicon()
    out = Counter(counts)
    text = doc_text(doc)
    for bloc, members in lex.blocs.items():
        hits = {c: _mentions(text, lex, c) for c in members if c in lex.countries}
        named = [c for c, n in hits.items() if n]
        itself = _mentions(text, lex, bloc) if bloc in lex.countries else 0
        if len(named) >= 2 or itself:
            for c in named:
                out.pop(c, None)
            out[bloc] = sum(hits[c] for c in named) + itself
    return out


MEDIATE_VERBS = {"broker", "mediate"}
MEDIATOR_NOUNS = {"mediator", "mediators", "mediation", "broker", "go-between"}


def mediators(doc) -> set[str]:
    """States the article names as go-betweens, not sides: "a swap brokered by Turkey",
    "Qatar, which mediated the deal", "Turkish mediators"."""
    lex = lexicon()
    return set(memo(doc, ("sayso_mediators", id(lex)), lambda d: _mediators(d, lex)))


def _mediators(doc, lex: Lexicon) -> set[str]:
    out: set[str] = set()

    def side(tok: Token) -> str | None:
        hit = country_in(phrase_tokens(tok), lex)
        if hit:
            return hit
        code = next((h[2] for h in _alias_hits(tok.text, lex)), None)
        return lex.side_of(code) if code else None

    for t in doc_tokens(doc):
        if t.pos_ == "VERB" and t.lemma_.lower() in MEDIATE_VERBS:
            who = [o for c in t.children if c.dep_ == "agent" for o in c.children
                   if o.dep_ == "pobj"]
            who += [c for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if t.dep_ == "relcl":  # "Qatar's foreign ministry, which mediated"
                who.append(t.head)
            out |= {s for s in map(side, who) if s}
        elif t.lower_ in MEDIATOR_NOUNS:
            out |= {
                h[0] for c in t.children if c.dep_ in ("amod", "compound", "poss")
                for h in [lex.country_of_token(c)] if h
            }
    return out


def _mentions(text: str, lex: Lexicon, code: str) -> int:
    """How often a country is named in a text, by any of its names, multi-word ones too; the
    longest name wins, so "the West Bank" is no mention of the West."""
    return _name_counts(text, id(lex)).get(code, 0)


@lru_cache(maxsize=8)
def _name_counts(text: str, _lex_id: int) -> dict[str, int]:
    words, pattern = _country_names(_lex_id)
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        word = m.group(0)
        if not _compass_bloc(word, text[max(0, m.start() - 4) : m.start()]):
            continue  # "West Darfur", "western Ukraine": a direction; only "the West" is a bloc
        code = words[word.lower()]
        counts[code] = counts.get(code, 0) + 1
    return counts


def _compass_bloc(word: str, before: str) -> bool:
    """Whether a country word that is also a direction names its bloc where it stands: only
    capitalised, and the noun only after "the" ("the West", "Western"; not "West Darfur", not
    "in the west of the country")."""
    if not only_compass(word):
        return True
    return word[0].isupper() and (word.lower().endswith("ern") or before.lower() == "the ")


@lru_cache(maxsize=4)
def _country_names(_lex_id: int) -> tuple[dict[str, str], re.Pattern]:
    """Every country's names, lower case -> code, and one pattern for them: built once per
    lexicon, not once per article."""
    lex = lexicon()
    words: dict[str, str] = {}
    for c in lex.countries.values():
        for w in c.names + c.adjectives + c.demonyms + c.capitals:
            if w:
                words.setdefault(w.lower().removeprefix("the "), c.code)
    return words, re.compile(r"(?<![\w.])" + _longest_first(words) + r"(?!\w)", re.IGNORECASE)


def _longest_first(words: Iterable[str]) -> str:
    """A pattern that matches the longest of ``words`` it can at a position (backing off to
    shorter ones), as an alternation sorted longest first does; but the words share their
    prefixes (a trie), so a position is tried letter by letter rather than word by word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word is tried first

    return branch(trie)


def resolve_speaker(head: Token, memory: ActorMemory, lex: Lexicon | None = None) -> Speaker:
    """The actor a subject, an agent or an "according to" object names; kept by its token,
    for "its spokesman" after it."""
    sp = _resolve_speaker(head, memory, lex)
    if sp.code and not sp.pronoun:
        memory.by_token[(id(head.doc), head.i)] = sp.code
    return sp


def _resolve_speaker(head: Token, memory: ActorMemory, lex: Lexicon | None) -> Speaker:
    lex = lex or lexicon()
    toks, start, end, text = _speaker_phrase(head)
    low = head.lower_
    if low in PRONOUNS and len(toks) == 1:
        return Speaker("", head.text, head.idx, head.idx + len(head.text), pronoun=True)
    if _both_sides(head):
        return Speaker("", text, start, end)  # "officials on both sides": each side's own
    name = _split_name(head)
    if name is not None:  # "the Palestinian news agency WAFA reported": the name the parser cut
        end = name.idx + len(name.text)
        text = doc_text(head.doc)[start:end]
    hits = _alias_hits(text, lex)
    if hits:
        s, e, code, name = _best_hit(hits, head, start)
        code = _owned_body(head, start + s, start + e, code, lex)
        _remember(memory, head, code, text)
        person = head.ent_type_ == "PERSON" and not any(c.dep_ == "det" for c in head.children)
        alias = text[s:e].lower()
        if code[:3] in lex.countries and not person and not lex.role_of(alias) \
                and code[3:] != "MED":  # a state's news agency is no movement
            memory.last_movement = code  # "Hamas", "the Houthis"; not "Putin", "the Kremlin"
        return Speaker(code, text, start, end)
    group = _group_anaphor(head, toks, memory, lex)
    if group:  # "Hezbollah said … The group's spokesman said …": Hezbollah's
        _remember(memory, head, group, text)
        return Speaker(group, text, start, end)
    body = _body_anaphor(toks, memory, lex)
    if body:  # "UNIFIL said … A spokesman for the mission said …": UNIFIL's
        _remember(memory, head, body, text)
        return Speaker(body, text, start, end)
    owner_body = _possessed_body(head, memory)
    if owner_body:  # "The WHO said … Its regional director said …": the WHO's
        _remember(memory, head, owner_body, text)
        return Speaker(owner_body, text, start, end)
    org = _organisation(toks, lex) or _aid_body(head, lex)
    if org is not None:  # "a spokesman for the monitoring group": the group speaks, no state
        _remember(memory, head, org, text)
        return Speaker(org, text, start, end)
    state_media = _state_outlet(head, lex)
    outlet = "" if state_media else _outlet_name(head, lex)
    if outlet:  # "Iran's Tasnim news agency": the agency relays, its country does not speak
        _remember(memory, head, outlet, text)
        return Speaker(outlet, text, start, end)
    country = country_in(toks, lex)
    phrase_low = " ".join(t.lower_ for t in toks)
    title = _stray_title(head, toks, lex)
    if title:  # "…, Lt. Col. Oksana Bilyk said" with the title hung on the clause before
        phrase_low = f"{title} {phrase_low}"
    # "Lebanon's state-run National News Agency": the state's media, whatever its own name
    role = "MED" if state_media else lex.role_of(phrase_low)
    if country:
        code = country if country == "WST" and not role else country + (role or "GOV")
        if country == "WST":
            code = "WST"
        _remember(memory, head, code, text)
        return Speaker(code, text, start, end)
    owner = _possessor_side(head, lex) if role else None
    if owner:  # "Ukraine did not comment. Its air force said …": Ukraine's air force
        code = owner + role
        _remember(memory, head, code, text)
        return Speaker(code, text, start, end)
    if head.lemma_.lower() in DOCUMENT_NOUNS and memory.last_code:
        return Speaker(memory.last_code, text, start, end)
    if (
        head.lemma_.lower() in BODY_ANAPHORS
        and memory.last_code
        and not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in head.children)
    ):  # "the ministry said … 'We …,' the department said": the body just heard from
        return Speaker(memory.last_code, text, start, end)
    # a definite description or a surname met before
    modifiers = {
        t.lower_ for t in toks if t.dep_ in ("compound", "amod") and t.head == head
    }
    for key in (head.lemma_.lower(), head.text):
        # "the ministry" is the ministry met before; "the Interior Ministry" is not
        known = memory.head_words.get(key, set())
        if key in memory.by_head and key not in GENERIC_HEADS and modifiers <= known:
            return Speaker(memory.by_head[key], text, start, end)
        if key in memory.by_name:
            return Speaker(memory.by_name[key], text, start, end)
    if head.ent_type_ == "PERSON" and head.text in memory.by_name:
        return Speaker(memory.by_name[head.text], text, start, end)
    if role and head.lemma_.lower() not in GENERIC_HEADS:
        named_below = _headline_referent(head, toks, lex)
        if named_below:  # "…, ministry says" over a lede naming the Russian Defence Ministry
            _remember(memory, head, named_below, text)
            return Speaker(named_below, text, start, end)
        # an unnamed body ("officials", "a source in the defence ministry"): whose it is
        near = _unnamed_country(head, toks, role, memory, lex)
        if near:
            code = near + role
            _remember(memory, head, code, text)
            return Speaker(code, text, start, end)
        return Speaker("", text, start, end, role=role)  # the figure it states may place it
    if head.ent_type_ == "PERSON":
        # an unknown person keeps the surface name; the side is a best effort from the words
        # before the name ("Ukrainian MP Ivan Petrenko", "in Kharkiv, Ivan Petrenko")
        countries = lex.countries_of(head.doc)
        origins, attackers = _strike_sides(sent_of(head), lex)
        before = next(
            (countries[i] for i in range(head.i, sent_of(head).start - 1, -1)
             if countries[i] and i not in attackers | origins), None
        )  # "Russia launched 40 drones, Oksana Bilyk said": Bilyk counts them, not Russia
        if before is None and attackers:
            struck = _other_main_party(
                head.doc, lex.country_of_token(doc_tokens(head.doc)[min(attackers)])[0], lex)
            before = (struck,) if struck else None
        if before:
            code = before[0] + "GOV"
            _remember(memory, head, code, text)
            return Speaker(code, text, start, end)
    named = _named_body(head, lex)
    if named:  # "told Al Jazeera", "CNN reported": an outlet or body no gazetteer lists
        _remember(memory, head, named, text)
        return Speaker(named, text, start, end)
    member = _named_member(head, memory, lex)
    if member:  # "aid groups, including the Danish Refugee Council, said": the one named
        return Speaker(member, text, start, end)
    return Speaker("", text, start, end)


def _stray_title(head: Token, toks: list[Token], lex: Lexicon) -> str:
    """The title right before a person's name that the parser hung elsewhere: in "Russia
    launched 40 drones, Lt. Col. Oksana Bilyk said" the title can come out as a modifier of the
    clause before, leaving "Bilyk" alone as the speaker. Capitalised words that run from a comma
    (or the sentence's start) up to the name are its title, where they name a role."""
    if head.ent_type_ != "PERSON":
        return ""
    everything = doc_tokens(head.doc)
    start, i = sent_of(head).start, toks[0].i - 1
    words: list[str] = []
    while i >= start and len(words) < 4:
        t = everything[i]
        if t.text == "." and i > start and not everything[i - 1].whitespace_:
            t = everything[i - 1]  # "Capt" "." split by the tokenizer: one abbreviation
            i -= 1
            if not t.text[:1].isupper():
                break
            words.append(t.lower_ + ".")
        elif t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper():
            words.append(t.lower_)
        else:
            break
        i -= 1
    if not words or i >= start and everything[i].text not in (",", "—", "–", "("):
        return ""
    title = " ".join(reversed(words))
    return title if lex.role_of(title) else ""


def _best_hit(
    hits: list[tuple[int, int, str, str]], head: Token, start: int
) -> tuple[int, int, str, str]:
    """The alias a speaker's phrase (starting at character ``start``) names: where the head,
    or a name set in apposition to it, is an alias, a description before the head loses
    ("Russian state media outlet RIA Novosti", "… outlet TASS" are the outlet named); then the
    longest alias nearest the head, also one in a later apposition ("Per Reuters, the mayor,
    Sergei Sobyanin, …" misread as one phrase is the mayor's)."""
    at = head.idx - start
    anchors = [at] + [
        c.idx - start for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
    ]
    named = any(h[0] <= a < h[1] for h in hits for a in anchors)
    return min(hits, key=lambda h: (named and h[1] <= at, -(h[1] - h[0]), abs(h[0] - at)))


def _split_name(head: Token) -> Token | None:
    """The proper name right after an outlet's kind that the parser made a second subject of
    the cue ("the Palestinian news agency WAFA reported": "agency" and "WAFA" both subjects):
    it names the outlet the head speaks of."""
    doc = head.doc
    if head.lemma_.lower() not in MEDIA_NOUNS or head.dep_ != "nsubj" or head.i + 1 >= len(doc):
        return None
    nxt = doc_tokens(doc)[head.i + 1]
    if nxt.dep_ == "nsubj" and nxt.head == head.head and nxt.pos_ == "PROPN" and not any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in nxt.children
    ):
        return nxt
    return None


#: spaced dashes that set a heading's speaker off from its claim ("… 40 drones – MoD")
DASHES = {"-", "–", "—"}


def _speaker_phrase(head: Token) -> tuple[list[Token], int, int, str]:
    """The phrase a speaker's head stands in: its tokens (not to be changed: they are kept for
    the next call), the character offsets of the phrase and its text; once per head, as every
    sentence's nouns are resolved and the speakers among them again for each figure."""
    phrases = memo(head.doc, "sayso_speaker_phrases", lambda _: {})
    if head.i not in phrases:
        toks = phrase_tokens(head)  # in the order of the text
        # "… over Belgorod - ministry": a spaced dash before the head sets the speaker off
        # from the words the parser hung on it (not "Russian-installed", a dash inside a word)
        cut = [t for t in toks if t.i < head.i and t.text in DASHES and t.i > 0
               and doc_tokens(t.doc)[t.i - 1].whitespace_ and t.whitespace_]
        if cut:
            toks = [t for t in toks if t.i > cut[-1].i]
        names = actor_name_tokens(head.doc)
        if head.i in names and toks[-1].i + 1 in names:
            # "Doctors Without Borders": a name the parser cut at its preposition runs on
            everything, j = doc_tokens(head.doc), toks[-1].i + 1
            while j in names and all(k in names for k in range(head.i, j)):
                toks = [*toks, everything[j]]
                j += 1
        named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if named and any(c.dep_ == "nummod" for c in head.children):
            # "40 drones, Col. Yuriy Ihnat, the air force spokesman, told …": a count is never
            # named by a person; the name the parser hung on it speaks for itself
            cut_off = {t.i for c in named for t in c.subtree}
            toks = [t for t in toks if t.i not in cut_off]
            while len(toks) > 1 and toks[-1].is_punct:
                toks = toks[:-1]
        # Stop at a relative clause or a long apposition: the speaker is the core of the phrase.
        first, last = toks[0], toks[-1]
        start, end = first.idx, last.idx + len(last.text)
        phrases[head.i] = toks, start, end, span_text(head.doc, first.i, last.i + 1)
    return phrases[head.i]


#: nouns that name an outlet by the proper name before them ("the Fars news agency")
OUTLET_NOUNS = {"agency", "newspaper", "broadcaster", "channel", "daily", "outlet"}


def _outlet_name(head: Token, lex: Lexicon) -> str:
    """The code of an outlet no gazetteer lists, named before its kind ("Iran's Tasnim news
    agency" -> TASNIM): its own capitalised name, no country's word among it."""
    if head.lemma_.lower() not in OUTLET_NOUNS:
        return ""
    words = [
        c for c in head.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
    ]
    if not words or any(lex.country_of_token(t) for t in words):
        return ""
    code = re.sub(r"[^A-Z0-9]", "", "".join(t.text for t in words).upper())
    return code if len(code) > 1 and code[:3] not in lex.countries else ""


#: the kinds of outlet a state may run ("state television", "the official news agency")
MEDIA_NOUNS = OUTLET_NOUNS | {"television", "tv", "radio", "media", "network", "press"}
#: words before an outlet that make it its state's voice; "semi-official" is not one of them
STATE_MEDIA_MARK = re.compile(
    r"(?<![\w-])(?:state|official|(?:state|government)-(?:run|owned|controlled))(?![\w-])",
    re.IGNORECASE,
)


def _state_outlet(head: Token, lex: Lexicon) -> bool:
    """Whether a speaker is an outlet marked as its state's ("Syria's official news agency",
    "the state-run National News Agency", "SANA, the state news agency"): state media speaking
    in its own name is that state's ``MED``, not an outlet of its own name (FORMAT.md)."""
    # the kind may head the phrase, stand in apposition, or come before the outlet's name as
    # a compound ("Cambodia's official news agency AKP")
    for noun in (head, *(c for c in head.children if c.dep_ in ("appos", "compound"))):
        if noun.lemma_.lower() not in MEDIA_NOUNS and noun.lower_ not in MEDIA_NOUNS:
            continue
        start = noun.left_edge.i  # the words before the noun, past its owner ("Syria's")
        owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
        if any(not country_in(own := phrase_tokens(c), lex)
               or lex.role_of(" ".join(t.lower_ for t in own)) for c in owners):
            continue  # "the air force's official channel" is the air force speaking
        for c in owners:
            start = max(start, c.right_edge.i + 1)
        if start < noun.i and STATE_MEDIA_MARK.search(span_text(head.doc, start, noun.i)):
            return True
    return False


def _named_member(head: Token, memory: ActorMemory, lex: Lexicon) -> str:
    """The code of the one member a group no gazetteer places names ("partners, including
    X"): the named member vouches for what the group says. Several members name no one."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            obj = next((k for k in c.children if k.dep_ == "pobj"), None)
            if obj is None or any(
                k.dep_ in ("conj", "cc") for k in (*obj.children, *head.children)
            ):
                return ""
            return resolve_speaker(obj, memory, lex).code
    return ""


#: verbs by which a body relays news rather than acts: its subject is an outlet
RELAY_VERBS = {"report", "quote", "cite", "publish", "broadcast", "air"}


def _relays(head: Token) -> bool:
    """Whether a name stands where an outlet does: "told Al Jazeera", "according to CNN",
    "CNN reported", "reported by CNN", "citing CNN". A party that acts or keeps silent ("the
    RSF did not say") is left to the sides."""
    verb = head.head
    if head.dep_ in ("dative", "dobj") and verb.lemma_ == "tell":
        return True
    if head.dep_ == "pobj" and verb.lower_ in ("to", "per", "by"):
        gov = verb.head
        return gov.lower_ in ("according", "per") or gov.lemma_ in ("tell", *RELAY_VERBS) or (
            gov.dep_ == "agent" and gov.head.lemma_.lower() in RELAY_VERBS
        )
    if head.dep_ == "pobj" and verb.dep_ == "agent":
        return verb.head.lemma_.lower() in RELAY_VERBS
    if head.dep_ == "dobj" and verb.lemma_.lower() in ("cite", "quote"):
        return True
    return head.dep_ == "nsubj" and verb.lemma_.lower() in RELAY_VERBS


def _named_body(head: Token, lex: Lexicon) -> str:
    """The code of an outlet named by a proper name the gazetteer does not list: its name in
    capitals, as outlets are coded ("Al Jazeera" -> ALJAZEERA). Only a name the tagger marks as
    an organisation, standing where an outlet does, every word of it capitalised, and spelling
    no state's code."""
    if head.pos_ != "PROPN" or head.ent_type_ != "ORG" or not _relays(head):
        return ""
    words = [t for t in head.subtree if t.dep_ in ("compound", "flat") or t == head]
    if any(not t.text[:1].isupper() or t.ent_type_ != "ORG" for t in words):
        return ""
    if words[-1].i - words[0].i + 1 != len(words):
        return ""
    code = re.sub(r"[^A-Z0-9]", "", "".join(t.text for t in words).upper())
    return code if len(code) > 1 and code[:3] not in lex.countries else ""


#: bare nouns by which a report refers back to a side's body it named by name ("the group")
GROUP_ANAPHORS = {"group", "movement", "militia", "organisation", "organization"}


def _group_anaphor(head: Token, toks: list[Token], memory: ActorMemory, lex: Lexicon) -> str:
    """The code of a bare "the group" (or "the group's spokesman", "a spokesman for the
    movement", "the movement's armed wing") that refers back to the side's body last named by
    its own name, with the role of the body it owns ("armed wing" -> MIL)."""
    if not memory.last_movement:
        return ""
    for t in toks:
        if t.lemma_.lower() not in GROUP_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children
        ):
            continue
        if any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in ARMED_WORDS
            for c in t.children
        ):
            continue  # "the monitoring group" is a group of its own; "the militant group" not
        owner = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("for", "of") else None
        if t == head and not (head.dep_ == "nsubj" and _acts_as_side(head.head, lex)):
            continue  # "the group included 12 guardsmen": a group of people, not a speaker
        if t != head and not (
            t.dep_ == "poss" and t.head == head
            or owner is not None and (owner == head or owner.lemma_.lower() in SPOKES_NOUNS)
        ):
            continue
        role = lex.role_of(" ".join(x.lower_ for x in toks if x not in t.subtree)) if t != head \
            else None
        side = memory.last_movement[:3]
        return side + role if role and role != "GOV" else memory.last_movement
    return ""


#: bare nouns by which a report refers back to a body of no state it just quoted
NEUTRAL_ANAPHORS = {"mission", "agency", "organisation", "organization", "body", "committee",
                    "charity", "force"}


def _body_anaphor(toks: list[Token], memory: ActorMemory, lex: Lexicon) -> str:
    """The code of the body of no state that "a spokesman for the mission" (or "the agency's
    spokeswoman") refers back to: the last source quoted, where it is such a body ("UNIFIL
    said … A spokesman for the mission said"). A state's body is left to the roles."""
    for t in toks:  # "Ukraine's defence ministry said … A spokesman for the ministry said"
        key = t.lemma_.lower()
        if _spokes_of(t) is None or t.pos_ != "NOUN" or key not in memory.by_head \
                or key in GENERIC_HEADS:
            continue
        bare = [c.lower_ for c in t.children if c.dep_ not in ("punct",)] == ["the"]
        if bare:  # "the ministry", not "the monitoring group Caspian Watch": one met before
            return memory.by_head[key]
    code = memory.last_code
    if not code or lex.side_of(code) or code[:3] in lex.countries:
        return ""
    for t in toks:
        if t.lemma_.lower() not in NEUTRAL_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children
        ) or any(c.dep_ in ("amod", "compound", "nmod") for c in t.children):
            continue  # "the UN refugee agency" names a body of its own
        if _spokes_of(t) is not None:
            return code
    return ""


def _spokes_of(t: Token) -> Token | None:
    """The person who speaks for the body ``t`` names: the spokesman of "a spokesman for the
    mission", "the agency's spokeswoman"."""
    spokes = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("for", "of") else (
        t.head if t.dep_ == "poss" else None)
    return spokes if spokes is not None and spokes.lemma_.lower() in SPOKES_NOUNS else None


#: frames of acts a side in arms does: "the group fired 18 drones", "the group freed two"
SIDE_FRAMES = {"launch", "give", "down", "kill", "wound"}


def _acts_as_side(verb: Token, lex: Lexicon) -> bool:
    """Whether a bare "the group" as the subject of ``verb`` is the movement named before: it
    speaks, fires, frees or kills; a group that "included 12 guardsmen" is a group of people."""
    low = verb.lemma_.lower()
    return low in lex.cues or lex.frames.get(low) in SIDE_FRAMES


#: people who speak for the body they are "of" or "for": "a spokesman for the group"
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "representative", "official",
                "director", "head", "chief", "member", "coordinator"}
#: nouns of a body that is no state's: a group, a monitor, a charity
ORG_NOUNS = {"group", "organisation", "organization", "monitor", "watchdog", "charity",
             "foundation", "coalition", "network", "institute", "observatory", "ngo",
             "initiative", "campaign", "movement", "association", "society", "union"}
#: words by which a group is a side in arms, speaking for its side ("the militant group")
ARMED_WORDS = {"militant", "armed", "rebel", "insurgent", "separatist", "paramilitary",
               "terrorist", "islamist", "jihadist", "resistance", "political"}
#: the code of an organisation of no known name; the scorer reads its first three letters as
#: the side, so it must not spell a state
NO_STATE_ORG = "NGO"


#: words by which a body's proper name marks it as an aid or relief body, no state's, though the
#: name may hold a country ("the Norwegian Refugee Council") or a state word ("council")
AID_WORDS = {"refugee", "refugees", "relief", "humanitarian", "aid", "rescue", "charity",
             "borders", "frontieres", "frontières", "watch"}
#: words by which a proper name is a state's body whatever else it holds
STATE_WORDS = {"ministry", "government", "military", "army", "forces", "commissioner",
               "ombudsman", "intelligence", "security", "defence", "defense", "guard"}


def _aid_body(head: Token, lex: Lexicon) -> str | None:
    """The initials of a named body that is no state's: an aid body ("the Danish Refugee
    Council said" -> DRC), or a proper-named organisation with no country or state word in its
    name ("the World Health Organization" -> WHO). A country in an aid body's name is where it
    was founded, not whom it speaks for."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    inner = [x for x in head.subtree if x.dep_ not in ("det", "punct", "poss")]
    first = min((x.i for x in inner), default=0)
    words = [x for x in inner if first <= x.i <= head.i]
    if len(words) < 2 or any(not x.text[:1].isupper() for x in words):
        return None
    low = {x.lower_ for x in words}
    if low & STATE_WORDS:
        return None
    aid = bool(low & AID_WORDS)
    if not aid and (
        head.lemma_.lower() not in ORG_NOUNS
        or any(lex.country_of_token(x) for x in words)
        or lex.role_of(" ".join(x.lower_ for x in words))
    ):
        return None
    code = "".join(x.text[0] for x in words).upper()
    return code if code[:3] not in lex.countries else None


def in_aid_name(tok: Token, lex: Lexicon) -> bool:
    """Whether a country word is part of an aid body's name ("Norwegian" in "the Norwegian
    Refugee Council"): no mention of a side."""
    return tok.dep_ in ("amod", "compound") and _aid_body(tok.head, lex) is not None


def _organisation(toks: list[Token], lex: Lexicon) -> str | None:
    """The code of a body that is no state's, spoken for by a person in the phrase: "Chad
    Miller, a spokesman for the monitoring group" speaks for the group, not for a state named
    elsewhere in the sentence. A body with a proper name takes its initials ("a spokeswoman for
    the Baltic Prisoner Watch" -> BPW); an unnamed one a generic code. A body whose words place
    it in a state role ("a spokesman for the ministry") is a state's and is left to the roles."""
    for t in toks:
        if t.dep_ == "pobj" and t.head.lower_ in ("for", "of"):
            spokes = t.head.head
        elif t.dep_ == "poss":
            spokes = t.head
        else:
            continue
        person = spokes.ent_type_ == "PERSON" and t.head.lower_ == "of"  # "Olga Petrenko of X"
        if spokes.lemma_.lower() not in SPOKES_NOUNS and not person or spokes not in toks:
            continue
        name = next(  # "the monitoring group Caspian Watch": the group's own name
            (c for c in t.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
             and c.i > t.i), None
        ) if t.pos_ == "NOUN" else None
        words = [x for x in (name or t).subtree if x.dep_ not in ("det", "punct")]
        proper = [x for x in words if x.pos_ == "PROPN" and x.text[:1].isupper()]
        named = t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "")
        if t.lemma_.lower() not in ORG_NOUNS and not named:
            continue
        kinds = {x.lower_ for x in t.children if x.dep_ in ("amod", "compound")}
        if not named and (not kinds or kinds & ARMED_WORDS):
            continue  # "the group" refers back; "the militant group" is a side in arms
        aid = _aid_body(name or t, lex)
        if aid:  # "a representative of the Norwegian Refugee Council"
            return aid
        if lex.country_of_token(t) or lex.role_of(" ".join(x.lower_ for x in words)):
            continue  # "a spokesman for Ukraine", "a spokesman for the army"
        if proper and (name or t) in proper:
            initials = "".join(x.text[0] for x in words if x.text[:1].isupper())
            code = initials.upper() if len(initials) > 1 else (name or t).text.upper()
            if code[:3] not in lex.countries:
                return code
        return NO_STATE_ORG
    return None


def _both_sides(head: Token) -> bool:
    """Whether a speaker phrase names both sides at once ("officials on both sides", "sources
    in both governments"): no one side speaks, each states the claim for itself."""
    toks = [head, *(o for p in head.children if p.dep_ == "prep" for o in p.children
                    if o.dep_ == "pobj")]
    toks += [c for c in head.children if c.dep_ == "poss"]  # "both countries' ministries"
    if len(conjoined_sides(head)) == 2:
        return True  # "Moscow and Kyiv said": each side states it
    return any(t.lemma_.lower() in PAIR_HEADS and names_pair(t) or pair_of_bodies(t)
               for t in toks)


def pair_of_bodies(noun: Token) -> bool:
    """Whether a plural noun names one body of each side ("both militaries", "the two defence
    ministries"): marked as the pair, in the role of an institution (not "the two officials",
    who may both be one side's)."""
    if noun.tag_ != "NNS" or not names_pair(noun):
        return False
    words = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
    return lexicon().role_of(words) in ("MIL", "INT", "MED")


#: nouns that, marked as a pair, name the two sides: "officials in both capitals"
PAIR_HEADS = GENERIC_HEADS | {"capital", "capitals"}


def conjoined_sides(head: Token) -> list[str]:
    """The two states a coordinated phrase names one by one ("Moscow and Kyiv", "Israel and
    Hamas"), not two members of one bloc (those act as the bloc); else nothing."""
    if not head.conjuncts:
        return []
    lex = lexicon()
    sides: list[str] = []
    for t in (head, *head.conjuncts):
        hit = _country_word(t, lex)
        code = hit[0] if hit else None
        if code is None and t.text in lex.actors:
            code = lex.side_of(lex.actors[t.text][0])
        if code is None:
            return []  # "Russia and the UN": not two sides
        if code not in sides:
            sides.append(code)
    if len(sides) != 2 or lex.bloc_of(sides[0]) and lex.bloc_of(sides[0]) == lex.bloc_of(sides[1]):
        return []
    return sides


def names_pair(noun: Token) -> bool:
    """Whether a plural noun is marked as the pair of sides: "both sides", "the two sides",
    "both governments", "the two countries" (not "two countries", which may be any two)."""
    if any(c.lower_ == "both" for c in noun.children):
        return True
    return any(c.lower_ == "two" and c.dep_ == "nummod" for c in noun.children) and any(
        c.lower_ == "the" and c.dep_ == "det" for c in noun.children
    )


POSSESSIVE_PRONOUNS = {"its", "their"}


def _possessed_body(head: Token, memory: ActorMemory) -> str:
    """The code of the body that owns a person speaking for it through a pronoun ("its
    spokesman", "its regional director", "their representative"): the body named as the
    nearest subject before it in its own sentence ("UNICEF said its spokesman …"), else the
    main subject of the sentence before ("The WHO said … Its regional director said"), as the
    article resolved it. "Its" owns one body, not "Russian drones" nor a person."""
    pron = next((c for c in head.children
                 if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if pron is None or head.lemma_.lower() not in SPOKES_NOUNS:
        return ""
    sent = sent_of(head)
    subjects = [t for t in sent_tokens(sent) if t.i < head.i and t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and sent.start > 0:
        prev = sent_of(doc_tokens(head.doc)[sent.start - 1])
        subjects = [c for c in root_of(prev).children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return ""
    subj = subjects[-1]
    if subj.pos_ == "PRON" or subj.ent_type_ == "PERSON" or (
        pron.lower_ == "its" and subj.tag_ in ("NNS", "NNPS") and not _known_name(subj)
    ):  # "Doctors Without Borders said … Its coordinator said": one body, a plural name
        return ""
    return memory.by_token.get((id(subj.doc), subj.i), "")


def _known_name(tok: Token) -> bool:
    """Whether a noun heads a known actor's name ("Doctors" in "Doctors Without Borders")."""
    return tok.i in actor_name_tokens(tok.doc)


def _possessor_side(head: Token, lex: Lexicon) -> str | None:
    """The side of a body owned through a pronoun ("its air force", "their ministry"): the
    nearest subject before it that names a side, in its own sentence ("Russia said its
    ministry …") or else the main subject of the sentence before ("Ukraine did not comment.
    Its air force said …") — not whichever body of that role the article named last."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in head.children):
        return None
    sent = sent_of(head)
    subjects = [t for t in sent_tokens(sent) if t.i < head.i and t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and sent.start > 0:
        prev = sent_of(doc_tokens(head.doc)[sent.start - 1])
        subjects = [c for c in root_of(prev).children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in reversed(subjects):
        if subj.pos_ == "PRON":
            return None  # a pronoun owner of a pronoun: no firmer clue here
        side = country_in(phrase_tokens(subj), lex)
        if side is None:
            code = next((h[2] for h in _alias_hits(subj.text, lex)), None)
            side = lex.side_of(code) if code else None
        if side and side != "WST":
            return side
    return None


def _owned_body(head: Token, s: int, e: int, code: str, lex: Lexicon) -> str:
    """A body that a named actor owns takes the body's role: "Hamas's armed wing" -> PSEMIL,
    "the Kremlin's spokesman" stays GOV. Only where the name is the owner, not the head."""
    if s <= head.idx < e or code[:3] not in lex.countries:
        return code  # the name is the head, or an outlet ("TASS's military correspondent")
    side = code[:3]
    # the title before a name counts whole: "Houthi military spokesman Yahya Saree" -> MIL
    own = " ".join(t.lower_ for t in sorted((*_modifiers(head), head), key=lambda t: t.i))
    role = lex.role_of(own)
    if role and role != "GOV" and code[3:] in ("", "GOV"):
        return side + role
    return code


def _modifiers(tok: Token) -> list[Token]:
    """The adjectives and nouns stacked before a head, with their own (a title's words)."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("amod", "compound"):
            out += [c, *_modifiers(c)]
    return out


def resolve_phrase(span, memory: ActorMemory, lex: Lexicon | None = None) -> Speaker:
    """The actor a stretch of text names, read from its own words only (not the apposition
    the parser may hang on it): "Per Reuters, the city's mayor, …" names Reuters."""
    lex = lex or lexicon()
    hits = _alias_hits(span.text, lex)
    if hits:
        s, e, code, _ = _best_hit(hits, root_of(span), span.start_char)
        start = span.start_char + s
        return Speaker(code, span.text[s:e], start, span.start_char + e)
    country = country_in(sent_tokens(span), lex)
    if country:
        role = lex.role_of(" ".join(t.lower_ for t in sent_tokens(span)))
        code = "WST" if country == "WST" else country + (role or "GOV")
        return Speaker(code, span.text, span.start_char, span.end_char)
    return resolve_speaker(root_of(span), memory, lex)


def _headline_referent(head: Token, toks: list[Token], lex: Lexicon) -> str | None:
    """The body a headline's bare speaker stands for: "…, ministry says" and "…, air force
    says" shorten the name the story gives below ("the Russian Defence Ministry said", "Ukraine's
    air force said"). The first body phrase with the same head and the headline's words that
    names a side or a known actor is the one meant."""
    text = doc_text(head.doc)
    line_end = text.find("\n")
    if line_end < 0 or head.idx >= line_end:
        line_end = _subheading_end(text, head.idx)  # a live blog's "…, health ministry says"
        if line_end is None:
            return None
    found = memo(head.doc, "sayso_headline_referents", lambda _: {})
    if head.i not in found:
        found[head.i] = _first_named(head, {t.lower_ for t in toks if t != head}, line_end, lex)
    return found[head.i]


def _subheading_end(text: str, idx: int) -> int | None:
    """The end of the sub-heading holding ``idx``: a line that is a paragraph of its own,
    short and with no closing stop, as a live blog heads each entry; None in a body line."""
    start = text.rfind("\n", 0, idx) + 1
    end = text.find("\n", idx)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if not line or line[-1] in ".!?\"\u201d" or len(line.split()) > 16:
        return None
    if (start > 1 and text[start - 2 : start] != "\n\n") or text[end : end + 2] != "\n\n":
        return None
    return end


def _first_named(head: Token, words: set[str], line_end: int, lex: Lexicon) -> str | None:
    lemma = head.lemma_.lower()
    words -= {"the", "a", "an"}
    for t in doc_tokens(head.doc):
        if t.idx <= line_end or t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() != lemma:
            continue
        phrase = phrase_tokens(t)
        if not words <= {x.lower_ for x in phrase}:
            continue
        if not (_alias_hits(span_text(t.doc, phrase[0].i, phrase[-1].i + 1), lex)
                or country_in(phrase, lex)):
            continue  # "the ministry said" below names no more than the headline does
        sp = resolve_speaker(t, ActorMemory(), lex)
        if sp.code and not sp.pronoun:
            return sp.code
    return None


def _unnamed_country(
    head: Token, toks: list[Token], role: str, memory: ActorMemory, lex: Lexicon
) -> str | None:
    """The country of an unnamed body, from the best clue at hand: a body met before inside
    the phrase ("a source in the ministry"), the home state of an outlet that relays it ("TASS,
    citing the defence ministry"), the last body of that role named, else the nearest country
    named before it in the sentence, else any country in the sentence, else the last one
    named in the sentence before."""
    for t in toks:
        if head.ent_type_ == "PERSON" and t.head == head and t.dep_ in ("compound", "amod"):
            continue  # "regional governor Ivan X" is a new person, not the governor met before
        if t != head and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in memory.by_head:
            named = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")}
            if not named <= memory.head_words.get(t.lemma_.lower(), set()):
                continue  # "a spokeswoman for the Southern Defence Forces": not "Russian forces"
            side = lex.side_of(memory.by_head[t.lemma_.lower()])
            if side:
                return side
    sent = sent_of(head)
    # an army telling of its own state's strike, before any named body in the sentence: in
    # "Israeli troops killed 12 Hamas fighters, the army said" Hamas is who was struck
    struck = _ranks_struck(head, role, lex)
    if struck:  # "Russian shelling killed four soldiers, the army said": the soldiers' army
        return struck
    striker = _own_army(head, role, lex)
    if striker:
        return striker
    enemy = _enemy_of_slain(head, role, lex)
    if enemy:  # "The army said it had killed four Hezbollah fighters": Hezbollah's enemy
        return enemy
    attacked = _attacked_state(head, role, lex)
    if attacked:  # "Hezbollah fired two rockets at Israel, the army said": Israel's army
        return attacked
    for _s, _, code, _ in _alias_hits(text_of(sent), lex):
        side = lex.side_of(code)
        if side:
            return side
    origins, attackers = _strike_sides(sent, lex)
    if role != "GOV" and role in memory.by_role:  # GOV is too common a role to carry over
        remembered = lex.side_of(memory.by_role[role])
        if remembered not in {lex.country_of_token(doc_tokens(sent.doc)[i])[0] for i in attackers}:
            return remembered  # ... but a body counting a strike is not the striker's
    held = _holder_side(head, lex)
    if held:
        return held
    before = [
        t for t in sent_tokens(sent)
        if t.i < head.i and lex.country_of_token(t) and t.i not in attackers | origins
    ]
    if any(t.lower_ in HOLDER_WORDS for t in toks):
        before = [t for t in before if _acts(t)] or before  # who frees, not who is freed
    if before:
        return lex.country_of_token(before[-1])[0]
    from sayso.extract.places import place_country  # places builds on this module

    # a country, a capital or a place inside a state ("a strike on Kharkiv")
    here = place_country([t for t in sent_tokens(sent) if t.i not in attackers | origins])
    if not here and attackers:  # "a Russian strike", no place named: the other side speaks
        attacker = lex.country_of_token(doc_tokens(sent.doc)[min(attackers)])[0]
        return _other_main_party(head.doc, attacker, lex)
    if here or sent.start == 0:
        return here
    # the nearest country context: the last country named in the sentence before
    prev = sent_of(doc_tokens(head.doc)[sent.start - 1])
    named = [t for t in sent_tokens(prev) if lex.country_of_token(t)]
    if named and all(_names_attacker(t, lex) for t in named):
        # "Russia struck Sumy, killing two. The Sumy administration reported this": a body
        # counting a strike is not the striker's
        return _other_main_party(head.doc, lex.country_of_token(named[-1])[0], lex)
    return lex.country_of_token(named[-1])[0] if named else None


def _strike_sides(sent, lex: Lexicon) -> tuple[set[int], set[int]]:
    """The tokens of a sentence that name where weapons came from ("launched from Kursk") and
    those that name an attacker; once per sentence (each of its unnamed bodies asks)."""

    def build(_) -> tuple[set[int], set[int]]:
        toks = sent_tokens(sent)
        origins = {t.i for t in toks if _in_origin(t)}
        attackers = {
            t.i for t in toks
            if _names_attacker(t, lex) or t.i in origins and lex.country_of_token(t)
        }
        return origins, attackers

    origins, attackers = memo(sent.doc, ("sayso_strike_sides", sent.start, id(lex)), build)
    return set(origins), set(attackers)


#: nouns of an attack and of what is fired in it: a nationality on them names the attacker
ATTACK_HEADS = {"strike", "strikes", "attack", "attacks", "barrage", "shelling", "bombardment",
                "assault", "raid", "raids", "salvo", "offensive", "shell", "shells", "bomb",
                "bombs", "airstrike", "airstrikes"}


def _names_attacker(tok: Token, lex: Lexicon) -> bool:
    """Whether a country word names who attacked: "Sunday's Russian missile strike on Sumy",
    "Israeli air strikes", "Ukrainian drones". An unnamed body counting the victims, or the
    drones downed, is the other side's, so that word must not place it."""
    if not lex.country_of_token(tok):
        return False
    if _struck_by(tok):
        return True
    if tok.dep_ not in ("amod", "compound", "poss"):
        return False
    noun = tok.head
    while noun.dep_ in ("compound", "amod") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "Russian ballistic missile strike": up to "strike"
    low = noun.lemma_.lower()
    return low in ATTACK_HEADS or noun.lower_ in ATTACK_HEADS or (
        lex.measure_nouns.get(low) in ("drones", "missiles")
        or lex.measure_nouns.get(noun.lower_) in ("drones", "missiles")
    )


#: verbs of striking: their subject, or the agent of their passive, is the attacker
ATTACK_VERBS = {"strike", "attack", "hit", "shell", "bomb", "bombard", "target", "pound", "kill",
                "launch", "fire", "raid"}
#: verbs by which weapons are sent: "from" on them names where they came from
LAUNCH_VERBS = {"launch", "fire", "send"}


def _phrase_head(tok: Token) -> Token:
    """The noun a modifier belongs to: "the Russian army" -> "army"."""
    while tok.dep_ in ("compound", "amod", "poss", "flat") and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def _struck_by(tok: Token) -> bool:
    """Whether a country word is who strikes in its clause: the subject of "struck" ("Russia
    struck Kharkiv"), or the agent of a strike or launch in the passive ("drones launched by
    Russia", "the city was hit by Russia")."""
    noun = _phrase_head(tok)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif noun.dep_ != "nsubj":
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "Cambodia had not attacked first": a denial names no attacker
    if verb.pos_ != "VERB":
        return False
    # "Russia used 45 drones": whoever uses weapons attacks ("shot down 30 drones" does not)
    return verb.lemma_.lower() in ATTACK_VERBS or (
        noun.dep_ == "nsubj" and verb.lemma_.lower() in USE_VERBS and any(
            c.dep_ == "dobj" and _is_weapon(c, lexicon()) for c in verb.children)
    )


#: verbs by which a side attacks with the weapons they take as object: "Russia used 45 drones"
USE_VERBS = {"use", "deploy", "employ", "unleash"}


#: heads of a land army's name, which reports its own strikes ("the army said")
ARMY_HEADS = {"army", "military", "forces", "troops"}


def _own_army(head: Token, role: str, lex: Lexicon) -> str | None:
    """The side of an unnamed army that reports a strike: "Israel hit targets in Lebanon,
    killing 12, the army said" is the striker's army telling of its own strike. Only a land
    army, and only where a state is the subject (or agent) of a verb of striking, not of
    launching: "Russia launched 90 drones, the air force said" is the defender counting; nor
    where weapons strike ("Iranian missiles struck …"). Troops that fire at people themselves
    ("Israeli troops fired at gunmen") do strike."""
    if role != "MIL" or head.lemma_.lower() not in ARMY_HEADS:
        return None
    for t in sent_tokens(sent_of(head)):
        if t.i >= head.i or not _struck_by(t):
            continue
        noun = _phrase_head(t)
        if _is_weapon(noun, lex):
            continue  # "Iranian missiles struck Israel": weapons, no army of the striker's
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.lemma_.lower() not in LAUNCH_VERBS or _fires_itself(verb, noun, lex):
            hit = lex.country_of_token(t)
            return hit[0] if hit else None
    return None


def _ranks_struck(head: Token, role: str, lex: Lexicon) -> str | None:
    """The side of an unnamed army that tells of soldiers killed or wounded by a side it names
    by a country word: "Russian shelling killed four soldiers, the army said" is the army of
    the soldiers, the article's other main party, not the attacker's, however the sentence
    orders them. Soldiers with a side or an enemy word of their own ("Russian soldiers")
    decide nothing here."""
    if role != "MIL" or head.lemma_.lower() not in ARMY_HEADS:
        return None
    from sayso.extract.frames import OWN_RANKS, frame_of  # frames builds on this module

    for verb in sent_tokens(sent_of(head)):
        if verb.pos_ != "VERB" or frame_of(verb) not in ("kill", "wound") or any(
            c.dep_ == "neg" for c in verb.children
        ):
            continue
        victims = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(
            v.lemma_.lower() in OWN_RANKS
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in v.children)
            for v in victims
        ):
            continue
        passive = any(v.dep_ == "nsubjpass" for v in victims)
        attackers = [
            o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
        ] if passive else [c for c in verb.children if c.dep_ == "nsubj"]
        for attacker in attackers:
            side = country_in(phrase_tokens(attacker), lex) if attacker.pos_ != "PRON" else None
            if side and side != "WST":
                return _other_main_party(head.doc, side, lex)
    return None


def _is_weapon(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun counts drones or missiles ("rockets", "Shaheds")."""
    return lex.measure_nouns.get(noun.lemma_.lower()) in ("drones", "missiles") or (
        lex.measure_nouns.get(noun.lower_) in ("drones", "missiles")
    )


def _fires_itself(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """Whether a force fires at its target itself, launching nothing counted: "Israeli troops
    fired at gunmen" is the troops' own act, told by their army; "Russia launched 90 drones"
    is not (the defender counts them)."""
    if noun.pos_ != "NOUN" or lex.country_of_token(noun):
        return False
    return not any(_is_weapon(c, lex) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


#: words by which a force names itself as the actor of the clause it states: "the army said it
#: had killed …", "… that its jets killed …", "we killed …"
SELF_WORDS = {"it", "its", "we", "our"}


def _enemy_of_slain(head: Token, role: str, lex: Lexicon) -> str | None:
    """The side of an unnamed army that says it killed a named side's fighters: "The army said
    it had killed four Hezbollah fighters" speaks for the group's enemy, the other main party
    of the article, not for the group's own state; so does one that says a group named by its
    own name killed ("… said Hezbollah fighters killed two soldiers"). A country word for the
    killer ("Israeli strikes") may be the army's own side, and decides nothing here."""
    if role != "MIL" or head.dep_ != "nsubj":
        return None
    from sayso.extract.frames import frame_of  # frames builds on this module

    cue = head.head
    for verb in (c for c in cue.children if c.dep_ == "ccomp"):
        if frame_of(verb) != "kill" or any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        killer = _group_named(subj, lex)
        if killer:
            return _other_main_party(head.doc, killer, lex)
        if not (subj.lower_ in SELF_WORDS or any(
            c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in subj.children
        )):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            side = _named_side(obj, lex)
            if side and side != "WST":
                return _other_main_party(head.doc, side, lex)
    return None


def _group_named(noun: Token, lex: Lexicon) -> str | None:
    """The side of a movement a noun phrase names by the movement's own name, with no country
    word in it: "Hezbollah fighters", "a Hamas ambush" (not "Israeli strikes"). Only a body
    that leads a side (a GOV code), not an army's own name ("IDF troops"), which may be the
    speaking army's."""
    toks = phrase_tokens(noun)
    if noun.pos_ == "PRON" or country_in(toks, lex):
        return None
    text = span_text(noun.doc, toks[0].i, toks[-1].i + 1)
    for s, e, code, _ in _alias_hits(text, lex):
        if code[:3] in lex.countries and code[3:] == "GOV" and not lex.role_of(text[s:e].lower()):
            return lex.side_of(code)
    return None


#: prepositions that name what an attack is aimed at: "fired two rockets at Israel"
TARGET_PREPS = {"at", "on", "against", "toward", "towards", "into"}


def _attacked_state(head: Token, role: str, lex: Lexicon) -> str | None:
    """The state an attack told in the sentence was aimed at, where an unnamed force reports
    it: "Hezbollah fired two rockets at Israel, the army said" is the army of the state fired
    at, not of the side that fired. Only where the attacker is named as another side (or not
    at all, in the passive: "two rockets were fired at Israel"); an attack by "it" may be the
    force's own."""
    if role != "MIL":
        return None
    from sayso.extract.places import place_country  # places builds on this module

    for verb in sent_tokens(sent_of(head)):
        low = verb.lemma_.lower()
        if verb.pos_ != "VERB" or low == "kill" or any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not fire": no attack to count
        # "launched an attack on Israel", "carried out a rocket attack on Israel"
        targets = [
            o for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_HEADS
            for p in c.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
            for o in p.children if o.dep_ == "pobj"
        ]
        if not targets and low not in ATTACK_VERBS | LAUNCH_VERBS:
            continue
        targets += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                    for o in p.children if o.dep_ == "pobj"]
        if low in ATTACK_VERBS - LAUNCH_VERBS:  # "struck Haifa": the object is the target
            targets += [c for c in verb.children if c.dep_ == "dobj"]
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        agent = next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                      if o.dep_ == "pobj"), None)
        attacker = agent if subj.dep_ == "nsubjpass" else subj
        by = _named_side(attacker, lex) if attacker is not None else None
        if attacker is not None and (by is None or not _side_or_weapon(attacker, lex)):
            continue  # "it fired …", "Israeli jets fired …": the force may tell its own act
        for t in targets:
            side = place_country(phrase_tokens(t))
            if side and side != by and side != "WST":
                return side
    return None


def _side_or_weapon(tok: Token, lex: Lexicon) -> bool:
    """Whether an attacker is named as a side itself ("Hezbollah", "Russia", "the Houthis") or
    by its weapons ("Iranian missiles"), not as a force whose own army may be the one speaking
    ("Israeli jets", "Russian troops")."""
    return bool(tok.pos_ == "PROPN" or lex.country_of_token(tok) or _is_weapon(tok, lex))


def _named_side(tok: Token, lex: Lexicon) -> str | None:
    """The side a noun phrase names: a country word in it, or a known actor's state."""
    if tok.pos_ == "PRON":
        return None
    toks = phrase_tokens(tok)
    hit = country_in(toks, lex)
    if hit:
        return hit
    code = next((h[2] for h in _alias_hits(span_text(tok.doc, toks[0].i, toks[-1].i + 1), lex)),
                None)
    return lex.side_of(code) if code else None


def _in_origin(tok: Token) -> bool:
    """Whether a token names where weapons came from: "drones launched from Kursk", "missiles
    fired from Iran". That place is the attacker's, not that of the side counting the strike."""
    for node in tok.ancestors:
        if node.dep_ == "prep" and node.lower_ == "from":
            return node.head.pos_ == "VERB" and node.head.lemma_.lower() in LAUNCH_VERBS
    return False


#: words naming a body that holds prisoners: it speaks for the side that frees them, not for
#: the nationality of the prisoners ("Israel released 369 Palestinians, the prison service said")
HOLDER_WORDS = {"prison", "prisons", "penitentiary", "jail", "jails", "correctional"}


def _acts(tok: Token) -> bool:
    """Whether a country word names the side acting in its clause (its subject, or the agent of
    a passive), not the people acted on ("369 Palestinian prisoners", "Israeli hostages")."""
    noun = _phrase_head(tok)
    return noun.dep_ == "nsubj" or noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _other_main_party(doc, side: str, lex: Lexicon) -> str | None:
    """The other of the two countries the article names most, beside ``side``."""
    counts = merge_blocs(Counter(_name_counts(doc_text(doc), id(lex))), doc, lex)
    others = [c for c, _ in counts.most_common(2) if c not in (side, "WST")]
    return others[0] if others else None


RECEIVING_FRAMES = ("receive", "come")


def _holder_side(head: Token, lex: Lexicon) -> str | None:
    """The side of an unnamed body that acts on the people it counts: "the ministry published a
    list of 95 Palestinian prisoners slated for release" is the side holding them, not theirs.
    The nationality of the people acted on names the body's side only where the body takes
    them in ("the ministry welcomed 95 Ukrainian soldiers"); one that frees, lists or holds
    them is the other main side of the article."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in (
        "exchange", "swap", "trade"
    ):
        return None  # a swap moves people both ways: no holder to read off them
    from sayso.extract.frames import frame_of  # frames builds on this module

    for obj in (c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")):
        for t in obj.subtree:
            if t.dep_ not in ("amod", "compound") or t.head.lower_ not in lex.measure_nouns:
                continue
            hit = lex.country_of_token(t)
            if not hit or hit[0] == "WST":
                continue
            if frame_of(verb) in RECEIVING_FRAMES:
                return hit[0]
            counts = merge_blocs(Counter(_name_counts(doc_text(head.doc), id(lex))), head.doc, lex)
            others = [c for c, _ in counts.most_common(2) if c not in (hit[0], "WST")]
            return others[0] if others else None
    return None


def _remember(memory: ActorMemory, head: Token, code: str, text: str) -> None:
    lex = lexicon()
    if len(code) > 3 and code[:3] in lex.countries:
        memory.by_role[code[3:]] = code
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass", "pobj") and (
        verb.lemma_.lower() in lex.cues
        or verb.lemma_.lower() in ISSUE_VERBS
        or head.dep_ == "pobj"
        and verb.lower_ in ("according", "to", "per")
    ):
        memory.last_code = code  # a source speaking, not a party acted on
    subtree = list(head.subtree)
    if head.pos_ != "PRON":
        memory.by_head[head.lemma_.lower()] = code
        memory.by_head[head.text] = code
        words = {t.lower_ for t in subtree}
        memory.head_words[head.lemma_.lower()] = memory.head_words[head.text] = words
    if head.ent_type_ == "PERSON":
        memory.last_person = code
    for t in subtree:
        if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t == head and t.pos_ == "PROPN":
            memory.by_name[t.text] = code
        if t.ent_type_ == "PERSON":
            memory.by_name[t.text] = code
