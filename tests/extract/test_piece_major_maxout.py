"""The Maxout layers' inference path gives exactly thinc's outputs, and leaves training alone."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import Maxout

from sayso.nlp import MODEL, load
from sayso.nlp.maxout import piece_major


@pytest.mark.parametrize(
    ("nO", "nI", "nP", "rows"), [(96, 288, 3, 700), (8, 5, 2, 1), (4, 6, 4, 33)]
)
def test_same_outputs_as_thincs_maxout(nO: int, nI: int, nP: int, rows: int) -> None:
    rng = numpy.random.default_rng(7)
    X = rng.standard_normal((rows, nI), dtype="f")
    theirs = Maxout(nO, nI, nP=nP).initialize(X=X)
    theirs.set_param("b", rng.standard_normal((nO, nP), dtype="f"))
    ours = theirs.copy()
    holder = spacy.blank("en")
    holder.add_pipe("tok2vec").model = ours  # piece_major walks a pipeline's models
    assert piece_major(holder) == 1
    assert numpy.array_equal(ours.predict(X), theirs.predict(X))
    Y, backprop = ours.begin_update(X)  # training runs thinc's own forward and backward
    assert numpy.array_equal(Y, theirs.predict(X))
    assert backprop(numpy.ones_like(Y)).shape == X.shape


def test_the_tok2vec_layers_give_the_same_vectors() -> None:
    nlp = spacy.load(MODEL)
    text = "Kharkiv's governor said 14 people were hurt when a glide bomb hit a market on Friday."
    theirs = nlp(text).tensor
    assert piece_major(nlp) >= 10  # the shared tok2vec's five layers and the NER's own five
    assert piece_major(nlp) == 0  # once only
    assert numpy.array_equal(nlp(text).tensor, theirs)


def test_sayso_pipeline_has_it() -> None:
    assert piece_major(load()) == 0
