"""What the extractors ask of a parsed Doc again and again, worked out once per Doc.

spaCy builds a fresh Python object for every ``doc[i]``, every ``doc.ents`` and every span's
``.text``; the extractors ask the same questions of the same tokens for each figure and each
speaker of an article, and those rebuilt objects came to cost more than the reasoning on them.
The answers are kept in ``doc.user_data`` (as ``sayso.nlp.doc_text`` keeps the text), so they
live and die with their Doc. Only what follows from the parse (and the lexicon) is kept that
way, never what depends on the article read so far (the speakers met, the figures stated).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import StringStore
from spacy.tokens import Token

from sayso.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

T = TypeVar("T")


def memo(doc: Doc, key: object, build: Callable[..., T], *args: Any) -> T:
    """``build(*args)`` (``build(doc)`` with none), computed on the first call for this key and
    kept with the Doc."""
    data = doc.user_data
    try:
        return data[key]
    except KeyError:
        value = data[key] = build(*(args or (doc,)))
        return value


#: the attributes a ``ParsedToken`` reads from its Doc once, on creation: the strings, each a
#: lookup in spaCy's string store on every access (50-110 ns), and its index
READ_ONCE = ("text", "lower_", "lemma_", "dep_", "tag_", "ent_type_", "pos_", "i")


class ParsedToken(Token):
    """A Token of a parsed Doc whose attributes are plain slots, read once: spaCy computes its
    strings on each access, makes a new Token for each ``head`` and a generator for each
    ``children``, and the extractors ask these hundreds of times per token.

    Still a spaCy Token (equal to, and hashing like, ``doc[i]``), so the plain Tokens that
    spans and ``doc[i]`` give mix with these. Its ``head``, ``children``, ``lefts``,
    ``rights``, ``subtree``, ``left_edge``, ``right_edge``, ``ancestors`` and ``conjuncts`` are
    ParsedTokens of the same Doc, and the walks tuples, not generators. Only for a Doc that no
    longer changes; ``release`` ends its use."""

    __slots__ = (*READ_ONCE, "head", "children", "_lefts", "_subtree", "_left_edge", "_right_edge")

    @property
    def lefts(self) -> tuple[ParsedToken, ...]:  # type: ignore[override]
        found = self._lefts
        if found is None:
            i = self.i
            found = self._lefts = tuple(c for c in self.children if c.i < i)
        return found

    @property
    def rights(self) -> tuple[ParsedToken, ...]:  # type: ignore[override]
        return self.children[len(self.lefts) :]

    @property
    def subtree(self) -> tuple[ParsedToken, ...]:  # type: ignore[override]
        """As spaCy walks it: the left children's subtrees, the token, the right ones'."""
        found = self._subtree
        if found is None:
            found = []
            lefts = self.lefts
            for c in lefts:
                found.extend(c.subtree)
            found.append(self)
            for c in self.children[len(lefts) :]:
                found.extend(c.subtree)
            found = self._subtree = tuple(found)
        return found

    @property
    def ancestors(self) -> tuple[ParsedToken, ...]:  # type: ignore[override]
        out = []
        tok = self
        while tok.head is not tok:
            tok = tok.head
            out.append(tok)
        return tuple(out)

    @property
    def conjuncts(self) -> tuple[ParsedToken, ...]:  # type: ignore[override]
        """As spaCy finds them: from the first of the coordination, its "conj" right children,
        theirs, and so on; the token itself left out."""
        start = self
        while start.head is not start and start.dep_ == "conj":
            start = start.head
        found = [start]
        for word in found:
            found.extend(c for c in word.rights if c.dep_ == "conj")
        return tuple(w for w in found if w is not self)

    @property
    def left_edge(self) -> ParsedToken:  # type: ignore[override]
        found = self._left_edge
        if found is None:
            found = self._left_edge = doc_tokens(self.doc)[Token.left_edge.__get__(self).i]
        return found

    @property
    def right_edge(self) -> ParsedToken:  # type: ignore[override]
        found = self._right_edge
        if found is None:
            found = self._right_edge = doc_tokens(self.doc)[Token.right_edge.__get__(self).i]
        return found


def doc_tokens(doc: Doc) -> list[ParsedToken]:
    """The Doc's tokens as ParsedTokens, built once: ``doc[i]`` makes a new Token on each call,
    and each of its attributes is computed anew on each access. (``memo`` by hand: the
    extractors ask for these more than for anything else.)"""
    data = doc.user_data
    try:
        return data["sayso_tokens"]
    except KeyError:
        found = data["sayso_tokens"] = _parsed_tokens(doc)
        return found


def release(doc: Doc) -> None:
    """Drop what was kept with the Doc, and the links among its ParsedTokens: those form
    cycles (each token's head, its head's children) that would wait for the cycle collector,
    and with them the Doc."""
    for tok in doc.user_data.get("sayso_tokens", ()):
        tok.head = tok.children = tok._lefts = tok._subtree = None
        tok._left_edge = tok._right_edge = None
    doc.user_data.clear()


#: the columns ``_parsed_tokens`` reads, all at once, with ``Doc.to_array``: those of
#: ``READ_ONCE`` but the index, then the head
_COLUMNS = [ORTH, LOWER, LEMMA, DEP, TAG, ENT_TYPE, POS, HEAD]


class _Strings(dict):
    """The strings of a vocabulary by hash, each looked up in its store once."""

    def __init__(self, store: StringStore) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        found = self[key] = self.store[key]
        return found


#: a ``_Strings`` for each string store met (each keeps its store, so no id is reused)
_STRINGS: dict[int, _Strings] = {}
#: strings kept per store before its table starts afresh
STRINGS_KEPT = 200_000


def _parsed_tokens(doc: Doc) -> list[ParsedToken]:
    """The ParsedTokens of a Doc, read from one array of its attributes rather than token by
    token and property by property (twice as long that way)."""
    vocab = doc.vocab
    table = doc.to_array(_COLUMNS)
    strings = _STRINGS.get(id(vocab.strings))
    if strings is None:
        strings = _STRINGS[id(vocab.strings)] = _Strings(vocab.strings)
    elif len(strings) > STRINGS_KEPT:
        strings.clear()  # a long ingest meets new words without end: memory stays flat
    out = [ParsedToken(vocab, doc, i) for i in range(len(doc))]
    children: list[list[ParsedToken]] = [[] for _ in out]
    for i, (tok, row) in enumerate(zip(out, table.tolist(), strict=True)):
        orth, lower, lemma, dep, tag, ent, pos, head = row
        tok.text, tok.lower_, tok.lemma_ = strings[orth], strings[lower], strings[lemma]
        tok.dep_, tok.tag_, tok.ent_type_ = strings[dep], strings[tag], strings[ent]
        tok.pos_, tok.i = POS_NAMES[pos], i
        tok._lefts = tok._subtree = tok._left_edge = tok._right_edge = None
        if head:  # an offset, read as unsigned
            head = i + (head if head < 1 << 63 else head - (1 << 64))
            children[head].append(tok)  # in the order of the text, as spaCy gives them
            tok.head = out[head]
        else:
            tok.head = tok
    for tok, kids in zip(out, children, strict=True):
        tok.children = tuple(kids)
    return out


def texts(doc: Doc) -> list[str]:
    """Each token's text, by index."""
    return memo(doc, "sayso_texts", lambda d: [t.text for t in doc_tokens(d)])


def texts_ws(doc: Doc) -> list[str]:
    """Each token's text with the space after it, by index."""
    return memo(doc, "sayso_texts_ws", lambda d: [t.text_with_ws for t in doc_tokens(d)])


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span: the tokens' texts with the spaces
    between them, not the one after the last."""
    if start >= end:
        return ""
    return "".join(texts_ws(doc)[start : end - 1]) + texts(doc)[end - 1]


def ents(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, built once: spaCy walks every token and makes every Span on each call."""
    return memo(doc, "sayso_ents", lambda d: d.ents)


def ents_in(span: SpacySpan) -> list[SpacySpan]:
    """``span.ents`` from the Doc's entities built once (the same walk as spaCy's)."""
    out = []
    start, end = span.start, span.end
    for ent in ents(span.doc):
        if ent.start >= start:
            if ent.end <= end:
                out.append(ent)
            else:
                break
    return out


def lowers(doc: Doc) -> list[str]:
    """Each token's ``lower_``, by index."""
    return memo(doc, "sayso_lowers", lambda d: [t.lower_ for t in doc_tokens(d)])


def sent_tokens(span: SpacySpan) -> list[ParsedToken]:
    """``list(span)`` from the Doc's token list: iterating a Span makes each Token anew."""
    return doc_tokens(span.doc)[span.start : span.end]


def root_of(span: SpacySpan) -> ParsedToken:
    """``span.root`` as the Doc's ParsedToken."""
    return doc_tokens(span.doc)[span.root.i]


def text_of(span: SpacySpan) -> str:
    """``span.text``, cut from the Doc's text rather than joined again token by token."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def right_end(tok: Token) -> int:
    """``max(x.i for x in tok.subtree)``: the last token of its subtree, each subtree walked
    once per Doc (the subtree is the token with its children's subtrees, as spaCy walks it)."""
    ends = memo(tok.doc, "sayso_right_ends", lambda _: {})

    def walk(t: Token) -> int:
        end = ends.get(t.i)
        if end is None:
            end = t.i
            for c in t.children:
                end = max(end, walk(c))
            ends[t.i] = end
        return end

    return walk(tok)


def sent_of(tok: Token) -> SpacySpan:
    """``tok.sent``, from the Doc's sentences built once: spaCy makes a Span and walks out to
    the sentence's edges on each call. (``doc.sents`` cuts at the same sentence starts.)"""
    sents, index = memo(tok.doc, "sayso_sents", _sentences)
    return sents[index[tok.i]]


def _sentences(doc: Doc) -> tuple[list[SpacySpan], list[int]]:
    """The Doc's sentences, and the number of each token's sentence."""
    sents = list(doc.sents)
    return sents, [k for k, s in enumerate(sents) for _ in range(s.start, s.end)]


