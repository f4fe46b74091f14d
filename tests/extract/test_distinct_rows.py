"""``distinct_rows`` finds what ``numpy.unique(axis=0)`` finds."""

from __future__ import annotations

import numpy
import pytest

from sayso.nlp.rows import distinct_rows


@pytest.mark.parametrize("shape", [(300, 4), (1, 6), (0, 4), (50, 1)])
def test_same_rows_inverse_and_first_occurrences(shape) -> None:
    rng = numpy.random.default_rng(11)
    pool = rng.integers(0, 2**63, size=(max(shape[0] // 3, 1), shape[1]), dtype=numpy.uint64)
    rows = pool[rng.integers(0, len(pool), size=shape[0])]
    distinct, first, inverse = distinct_rows(rows, return_index=True)
    theirs = numpy.unique(rows, axis=0)
    assert sorted(map(tuple, distinct.tolist())) == sorted(map(tuple, theirs.tolist()))
    assert numpy.array_equal(distinct[inverse], rows)  # each row from its distinct one
    for u, i in enumerate(first.tolist()):  # the first row that is it
        assert numpy.array_equal(rows[i], distinct[u])
        assert not any(numpy.array_equal(rows[j], distinct[u]) for j in range(i))
    assert len(distinct_rows(rows)) == 2
