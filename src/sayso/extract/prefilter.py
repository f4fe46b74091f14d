"""Parse only what can carry a claim: a cheap pre-filter in front of spaCy's parser and NER.

Most of a news article is colour, background and quotes with no figure in them. A sentence can
only carry a claim when it has a figure (digits, number words), says that a figure is withheld
("did not say how many"), names what figures count (prisoners, bodies, drones), or sets up who
speaks for the sentences after it (a cue verb, a speaker). Those sentences, the headline, and a
window of sentences around each are kept; every other character is blanked with a space (line
breaks stay), so the text keeps its length and every offset into it still holds. The parser
turns a run of blanks into a single whitespace token, which costs next to nothing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sayso.extract.lexicon import lexicon
from sayso.extract.numbers import NUMBER_WORDS

#: Sentences kept on each side of a sentence that may carry a claim.
WINDOW = 1
#: Words and phrases that announce a withheld figure, or a toll without a digit in sight.
UNDISCLOSED_WORDS = frozenset(
    "figure figures toll tally count details none no neither undisclosed unspecified dozens "
    "hundreds thousands scores".split()
)
UNDISCLOSED_PHRASES = ("how many", "number of")
#: Words of multi-word lexicon entries ("the fallen", "hand over") too common to trigger alone.
_COMMON = frozenset("the a an of to in on at up out off back home over away for by".split())
#: Verbs of lexicon phrases ("be killed") whose irregular forms are in nearly every sentence.
_AUXILIARIES = frozenset({"be", "have", "do"})
_NUMBER_WORDS = sorted(w for w in NUMBER_WORDS if w not in ("a", "and"))
_SENTENCE = re.compile(r"[^\n]*?(?:[.!?][\"”’)]*(?=\s)|\n|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@lru_cache(maxsize=4)
def _triggers(lexicon_key: int) -> frozenset[str]:
    """Lower-case words that make a sentence worth parsing (numbers, cues, measures, frames)."""
    lex = lexicon()
    words: set[str] = set(_NUMBER_WORDS) | UNDISCLOSED_WORDS
    for phrase in [*lex.cues, *lex.measure_nouns, *lex.frames]:
        words.update(w.lower() for w in phrase.split() if w.lower() not in _COMMON)
    # Cue verbs and frame verbs are lemmas: their inflections count too, the irregular ones
    # ("said", "told", "struck", "swapped") as the model's lemmatizer lists them.
    irregular = _irregular_forms()
    for lemma in [*lex.cues, *lex.frames]:
        for word in lemma.split():
            if word.lower() not in _COMMON:
                words.update(_inflections(word.lower()))
                if word.lower() not in _AUXILIARIES:  # "was" and "had" are in every sentence
                    words.update(irregular.get(word.lower(), ()))
    return frozenset(words)


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, set[str]]:
    """Verb forms by lemma, from the English model's lemmatizer exceptions ("said" -> say,
    "swapped" -> swap): the inflections no suffix rule makes."""
    from sayso.nlp import load

    table = load().get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb", {})
    forms: dict[str, set[str]] = {}
    for form, lemmas in table.items():
        for lemma in lemmas:
            forms.setdefault(lemma, set()).add(form)
    return forms


def _inflections(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return forms


_LAST_WORD = re.compile(r"(?<![\w.])([A-Za-z]{2,5}\.)$")


@lru_cache(maxsize=4)
def _titles(lexicon_key: int) -> frozenset[str]:
    """Abbreviated titles the roles data writes with their full stop ("gov.", "gen.")."""
    return frozenset(
        w for _, words in lexicon().roles for phrase in words for w in phrase.split()
        if w.endswith(".")
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds (start, end) by punctuation and line breaks; cheap, not exact. A
    title's full stop ("…, Lt. Gen. Ivan X said") ends no sentence: the speaker stays with the
    figure he speaks of."""
    titles = _titles(id(lexicon()))
    spans: list[tuple[int, int]] = []
    joined = False
    for m in _SENTENCE.finditer(text):
        if m.end() > m.start() and text[m.start() : m.end()].strip():
            if joined and spans:
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append((m.start(), m.end()))
            last = _LAST_WORD.search(text, max(m.start(), m.end() - 6), m.end())
            joined = last is not None and last.group(1).lower() in titles
    return spans


def worth_parsing(sentence: str, triggers: frozenset[str] | None = None) -> bool:
    """Whether a sentence may carry a claim or set up who speaks."""
    if triggers is None:
        triggers = _triggers(id(lexicon()))
    if any(ch.isdigit() for ch in sentence):
        return True
    low = sentence.lower()
    if any(p in low for p in UNDISCLOSED_PHRASES):
        return True
    return any(w.lower() in triggers for w in _WORD.findall(sentence))


def keep_mask(text: str, window: int = WINDOW) -> list[tuple[int, int]]:
    """The (start, end) ranges of ``text`` to parse: trigger sentences, neighbours, headline."""
    spans = sentences(text)
    if not spans:
        return []
    triggers = _triggers(id(lexicon()))
    hits = [worth_parsing(text[s:e], triggers) for s, e in spans]
    hits[0] = True  # the headline frames the article (parties, speaker)
    keep = [False] * len(spans)
    for i, hit in enumerate(hits):
        if hit:
            for j in range(max(0, i - window), min(len(spans), i + window + 1)):
                keep[j] = True
    return [span for span, k in zip(spans, keep, strict=True) if k]


def blank_unlikely(text: str, window: int = WINDOW) -> str:
    """``text`` with every sentence that cannot matter blanked out, offsets unchanged."""
    kept = keep_mask(text, window)
    out = []
    pos = 0
    for start, end in kept:
        out.append(_blank(text[pos:start]))
        out.append(text[start:end])
        pos = end
    out.append(_blank(text[pos:]))
    masked = "".join(out)
    assert len(masked) == len(text)
    return masked


def _blank(chunk: str) -> str:
    """Spaces for everything but line breaks (they start sentences in sayso's pipeline)."""
    return re.sub(r"[^\n]", " ", chunk)


def kept_share(text: str) -> float:
    """The share of non-blank characters the pre-filter keeps (for the benchmark's note)."""
    total = sum(1 for ch in text if not ch.isspace())
    kept = sum(1 for ch in blank_unlikely(text) if not ch.isspace())
    return kept / total if total else 1.0


# -- the hook where the engine builds its Doc --------------------------------------------------

#: Off with SAYSO_PREFILTER=0, to measure what the pre-filter costs in F1 (it must cost none).
ENABLED = os.environ.get("SAYSO_PREFILTER", "1") != "0"
_parsed: dict[str, Doc] = {}
_recording = False


class _Wanted(Exception):
    """Raised by ``parse`` while recording: the engine wants this text parsed."""

    def __init__(self, text: str) -> None:
        super().__init__("recording")
        self.text = text


def parse(nlp: Language, text: str) -> Doc:
    """The Doc of ``text``: taken from a batch parsed ahead (``parse_ahead``), else parsed now.

    Both ways parse the same blanked text with the same pipeline, so the Doc is the same.
    """
    if _recording:
        raise _Wanted(text)
    doc = _parsed.pop(text, None)
    if doc is not None:
        return doc
    return nlp(blank_unlikely(text) if ENABLED else text)


def wanted_texts(articles: Iterable[Any], extract: Callable[[Any], Any]) -> list[str]:
    """The texts ``extract`` will ask ``parse`` for, one per article that gets parsed at all.

    Each article runs through the engine up to the point where it builds its Doc, so whatever
    the engine does to a text first (guards, masks, casing) is done here exactly the same way.
    """
    global _recording
    texts = []
    _recording = True
    try:
        for article in articles:
            try:
                extract(article)
            except _Wanted as wanted:
                texts.append(wanted.text)
            except Exception:  # noqa: S110 - the real run reports the failure
                pass
    finally:
        _recording = False
    return texts


@contextmanager
def parse_ahead(nlp: Language, texts: list[str], batch_size: int = 32) -> Iterator[None]:
    """Parse a batch of texts with ``nlp.pipe`` (faster than one call each) before the engine
    asks for them one by one; whatever the engine does not ask for is dropped on exit."""
    masked = (blank_unlikely(t) if ENABLED else t for t in texts)
    for text, doc in zip(texts, nlp.pipe(masked, batch_size=batch_size), strict=True):
        _parsed[text] = doc
    try:
        yield
    finally:
        _parsed.clear()
