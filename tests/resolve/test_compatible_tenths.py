"""Figures' ranges compared in whole tenths agree with the same ranges as exact fractions."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

from sayso.records import Claim, Span
from sayso.resolve.verdicts import compatible

APPROX = (None, "about", "at_least", "at_most")


def _fraction_range(value: int, approx: str | None) -> tuple[Fraction, Fraction | None]:
    v = Fraction(value)
    return {
        "about": (v * Fraction(9, 10), v * Fraction(11, 10)),
        "at_least": (v, None),
        "at_most": (Fraction(0), v),
    }.get(approx, (v, v))


def _claim(value: int, approx: str | None) -> Claim:
    return Claim(article_id="a", span=Span(0, 1), measure="killed", from_code="RUS",
                 to_code="UKR", value=value, approx=approx, quote="x")


def test_tenths_match_fractions() -> None:
    values = [0, 1, 9, 10, 11, 27, 30, 33, 90, 99, 100, 109, 110, 111, 1200, 1212, 1320, 1321]
    for (va, aa), (vb, ab) in product(product(values, APPROX), repeat=2):
        lo_a, hi_a = _fraction_range(va, aa)
        lo_b, hi_b = _fraction_range(vb, ab)
        expected = (hi_a is None or lo_b <= hi_a) and (hi_b is None or lo_a <= hi_b)
        assert compatible(_claim(va, aa), _claim(vb, ab)) == expected, (va, aa, vb, ab)
