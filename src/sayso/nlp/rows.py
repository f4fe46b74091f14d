"""Distinct rows of an integer array, found by sorting each row as one opaque value: several
times faster than ``numpy.unique(axis=0)``, which sorts them column by column."""

from __future__ import annotations

import numpy


def distinct_rows(rows: numpy.ndarray, *, return_index: bool = False) -> tuple:
    """``numpy.unique(rows, axis=0, return_inverse=True)`` (and ``return_index``), in another
    order of the distinct rows (their bytes'): (distinct, [first,] inverse), inverse flat."""
    rows = numpy.ascontiguousarray(rows)
    width = rows.shape[1]
    whole = rows.view(numpy.dtype((numpy.void, rows.itemsize * width))).reshape(-1)
    found = numpy.unique(whole, return_index=return_index, return_inverse=True)
    distinct = found[0].view(rows.dtype).reshape((-1, width))
    return (distinct, *found[1:-1], found[-1].reshape(-1))
