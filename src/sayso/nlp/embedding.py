"""The model's token embeddings, worked out once per distinct token.

Both tok2vec models start by embedding each token from its own attributes alone (its norm,
prefix, suffix and shape, and for the shared one whether a space follows it): hashed tables,
concatenated, mixed by a Maxout layer and normalised. No context enters before the
convolutions that follow, so tokens with the same attributes get the same vector wherever they
stand, and news text repeats its words: in a batch of 32 articles about two tokens in three
repeat another, and most of the rest were met in earlier batches. This inference path sends
only the attribute rows it has not met through the model's own layers (at least 64 rows at a
time, as the matrix library rounds tiny products differently) and gathers the rest from a
memo, which starts afresh past ``MEMO_ROWS`` rows so that memory stays flat. The vectors are
the model's own to the last bit (a test compares them with thinc's). Training still runs
thinc's own forward pass.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy
from spacy.language import Language
from thinc.api import Model

from sayso.nlp.inference import install
from sayso.nlp.rows import distinct_rows

#: Distinct token rows remembered per model before its memo starts afresh (96 floats each).
MEMO_ROWS = 50_000
#: The fewest rows sent through the model at once (see the module's docstring).
MIN_ROWS = 64


def memoise_embeddings(nlp: Language) -> int:
    """Give every token-embedding stage in the pipeline's models the memoised path; how many."""
    return install(nlp, _is_embedding, _forward_for)


def _is_embedding(node: Model) -> bool:
    """spaCy's ``MultiHashEmbed``: features >> ragged >> hashed tables >> mixer >> list."""
    names = [layer.name for layer in node.layers]
    return (
        len(names) == 5
        and names[0] == "extract_features"
        and names[1] == "list2ragged"
        and names[-1] == "ragged2list"
    )


class _Memo:
    def __init__(self) -> None:
        self.rows: dict[bytes, int] = {}
        self.vectors: numpy.ndarray | None = None
        self.lock = threading.Lock()  # a Dask worker may run several threads

    def clear(self) -> None:
        self.rows.clear()


def _forward_for(thincs: Callable) -> Callable:
    memo = _Memo()

    def forward(model: Model, docs, is_train: bool):
        if is_train:
            return thincs(model, docs, is_train)
        extract, _ragged, tables, mixer, _listed = model.layers
        features = extract.predict(docs)
        lengths = [len(f) for f in features]
        if not sum(lengths):
            return thincs(model, docs, is_train)
        distinct, where = distinct_rows(numpy.concatenate(features))
        keys = [row.tobytes() for row in distinct]
        with memo.lock:
            out = _vectors(memo, keys, distinct, tables, mixer)[where]
        return model.ops.unflatten(out, model.ops.asarray1i(lengths)), _no_backprop

    return forward


def _vectors(memo: _Memo, keys: list[bytes], distinct, tables: Model, mixer: Model):
    """The vector of each distinct attribute row, from the memo or worked out now."""
    if len(keys) > MEMO_ROWS:  # more distinct tokens than the memo holds: no memo
        return _computed(distinct, tables, mixer)
    if len(memo.rows) + len(keys) > MEMO_ROWS:
        memo.clear()  # a long ingest meets new words without end
    index = numpy.empty(len(keys), dtype=numpy.int64)
    missing = []
    for i, key in enumerate(keys):
        found = memo.rows.get(key)
        if found is None:
            missing.append(i)
        else:
            index[i] = found
    if missing:
        vectors = _computed(distinct[missing], tables, mixer)
        if memo.vectors is None:
            memo.vectors = numpy.empty((MEMO_ROWS, vectors.shape[1]), dtype=vectors.dtype)
        start = len(memo.rows)
        memo.vectors[start : start + len(missing)] = vectors
        for offset, i in enumerate(missing):
            memo.rows[keys[i]] = index[i] = start + offset
    return memo.vectors[index]


def _computed(rows, tables: Model, mixer: Model):
    """The model's own vectors for attribute rows, padded to ``MIN_ROWS`` rows for the product."""
    n = len(rows)
    if n < MIN_ROWS:
        rows = numpy.concatenate([rows, numpy.repeat(rows[:1], MIN_ROWS - n, axis=0)])
    return mixer.predict(tables.predict(rows))[:n]


def _no_backprop(dY):
    raise RuntimeError("sayso's memoised embeddings have no backward pass: call with is_train")
