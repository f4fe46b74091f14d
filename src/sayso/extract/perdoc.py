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

from sayso.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
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


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, built once: ``doc[i]`` makes a new Token on each call."""
    return memo(doc, "sayso_tokens", list)


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


def sent_tokens(span: SpacySpan) -> list[Token]:
    """``list(span)`` from the Doc's token list: iterating a Span makes each Token anew."""
    return doc_tokens(span.doc)[span.start : span.end]


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


