"""Token embeddings worked out once per distinct token are the model's own, to the last bit."""

from __future__ import annotations

import numpy
import pytest
import spacy

from sayso.nlp import MODEL, embedding, load
from sayso.nlp.embedding import memoise_embeddings

#: New text with repeats across and within texts, a one-word and an empty text, odd spacing.
TEXTS = [
    "Russian drones struck Odesa overnight, the regional governor said; two people were hurt.",
    "The regional governor said Russian drones struck Odesa again and  two people were hurt.",
    "Odesa",
    "",
    "UNRWA said 40 trucks crossed at Kerem Shalom on Tuesday, and 40 more were waiting.\n\nIt "
    "gave no figure for the fuel.",
]


def _vectors(nlp, batch_size: int = 8) -> list:
    """The shared tok2vec's output (Doc.tensor) and the NER's own, per text."""
    off = ["tagger", "parser", "attribute_ruler", "lemmatizer"]
    docs = list(nlp.pipe(TEXTS, disable=off, batch_size=batch_size))
    ner = nlp.get_pipe("ner").model.get_ref("tok2vec")
    return [d.tensor for d in docs] + [v for d in docs for v in ner.predict([d])]


@pytest.fixture(scope="module")
def theirs() -> list:
    return _vectors(spacy.load(MODEL))


@pytest.mark.parametrize(("memo_rows", "batch_size"), [(embedding.MEMO_ROWS, 8), (30, 1), (5, 8)])
def test_same_vectors_as_the_models_own(theirs, memo_rows: int, batch_size: int, monkeypatch):
    # a memo smaller than two texts' distinct tokens (30, one text a batch: it starts afresh)
    # or than one batch's (5: no memo)
    monkeypatch.setattr(embedding, "MEMO_ROWS", memo_rows)
    nlp = spacy.load(MODEL)
    assert memoise_embeddings(nlp) >= 2  # the shared tok2vec's and the NER's own
    assert memoise_embeddings(nlp) == 0  # once only
    for _ in range(2):  # cold, then from the memo
        ours = _vectors(nlp, batch_size)
        assert len(ours) == len(theirs)
        assert all(numpy.array_equal(a, b) for a, b in zip(ours, theirs, strict=True))


def test_training_runs_thincs_own_pass() -> None:
    nlp = spacy.load(MODEL)
    memoise_embeddings(nlp)
    tok2vec = nlp.get_pipe("tok2vec").model
    docs = [nlp.make_doc(t) for t in TEXTS[:2]]
    vectors, backprop = tok2vec.begin_update(docs)
    assert [len(v) for v in vectors] == [len(d) for d in docs]
    backprop([numpy.zeros_like(v) for v in vectors])


def test_sayso_pipeline_has_it() -> None:
    assert memoise_embeddings(load()) == 0
