"""Breakdowns the extractor left without a scope are told apart from rival counts."""

from __future__ import annotations

from sayso.resolve.verdicts import breakdown_parts, verdicts_for

P = "prisoners_released"


def test_parts_that_add_up_to_the_total(claim) -> None:
    """390 freed, 270 soldiers and 120 civilians among them: corroborated 390, range 390."""
    claims = [
        claim("a1", P, "RUS", "UKR", 270, "UKRGOV"),
        claim("a1", P, "RUS", "UKR", 390, "UKRGOV"),
        claim("a1", P, "RUS", "UKR", 120, "UKRGOV"),
        claim("a2", P, "RUS", "UKR", 390, "RUSMIL"),
    ]
    assert {c.value for c in claims if id(c) in breakdown_parts(claims)} == {270, 120}
    [v] = verdicts_for(claims)
    assert (v.verdict, v.low, v.best, v.high) == ("corroborated", 390, 390, 390)


def test_a_smaller_figure_after_the_larger_one_of_the_same_side(claim) -> None:
    """"337 drones … 91 over the Moscow region": a part; the other side's 10 beside 8 is not."""
    claims = [
        claim("a1", "drones_downed", "RUS", "UKR", 337, "RUSMIL"),
        claim("a1", "drones_downed", "RUS", "UKR", 91, "RUSMIL"),
        claim("a2", P, "WST", "RUS", 10, "RUSGOV"),
        claim("a2", P, "WST", "RUS", 8, "USAGOV"),
    ]
    assert {c.value for c in claims if id(c) in breakdown_parts(claims)} == {91}


def test_a_long_list_of_figures_is_not_searched_for_sums(claim) -> None:
    """Fourteen figures of fourteen sides in one article, one the sum of two others: the search
    is skipped past twelve smaller figures (it is combinatorial); below that it is done."""
    def row(exponents):
        claims = [claim("a1", P, "RUS", "UKR", 2**e, f"S{e:02d}") for e in exponents]
        total = 2 ** exponents[-1] + 2 ** exponents[-2]
        return claims + [claim("a1", P, "RUS", "UKR", total, "SELF")]

    assert breakdown_parts(row(list(range(14)))) == set()
    few = row(list(range(5)))
    assert {c.value for c in few if id(c) in breakdown_parts(few)} == {8, 16}
