"""Verdicts: how the sources of an event stand on each figure."""

from __future__ import annotations

from datetime import date

import pytest

from sayso.records import Verdict
from sayso.resolve import compatible, resolve_events, verdicts_for


def _row(verdicts: list[Verdict], from_code: str, to_code: str, scope: str | None = None):
    [row] = [
        v for v in verdicts if (v.from_code, v.to_code, v.scope) == (from_code, to_code, scope)
    ]
    return row


def test_both_sides_agree_corroborated(claim) -> None:
    """1,200 bodies: Russia says it, Kyiv acknowledges it, Reuters carries Russia's word."""
    [v] = verdicts_for(
        [
            claim("a1", "remains_returned", "RUS", "UKR", 1200, "RUSGOV"),
            claim("a2", "remains_returned", "RUS", "UKR", 1200, "UKRGOV", stance="acknowledges"),
            claim("a3", "remains_returned", "RUS", "UKR", 1200, "RUSGOV", via=["REUTERS"]),
        ]
    )
    assert (v.verdict, v.low, v.best, v.high) == ("corroborated", 1200, 1200, 1200)
    [figure] = v.figures
    assert figure.claimants == ["RUSGOV", "UKRGOV"]
    assert figure.stances == ["asserts", "acknowledges"]


def test_one_claimant_through_many_chains_is_one_source(claim) -> None:
    """Reuters and AP citing the same ministry in two articles: still one source."""
    [v] = verdicts_for(
        [
            claim("a1", "drones_downed", "RUS", "UKR", 41, "RUSMIL", via=["REUTERS"]),
            claim("a2", "drones_downed", "RUS", "UKR", 41, "RUSMIL", via=["AP", "TASS"]),
        ]
    )
    assert v.verdict == "single-source"


def test_the_article_restating_its_source_adds_nothing(claim) -> None:
    """A headline in the outlet's voice over the ministry's figure is the ministry alone."""
    claims = [
        claim("a1", "drones_downed", "RUS", "UKR", 41, "SELF"),
        claim("a1", "drones_downed", "RUS", "UKR", 41, "RUSMIL"),
    ]
    assert verdicts_for(claims)[0].verdict == "single-source"
    # Another outlet's own voice, naming no one, is a second source.
    claims.append(claim("a2", "drones_downed", "RUS", "UKR", 41, "SELF"))
    assert verdicts_for(claims)[0].verdict == "corroborated"


def test_two_sides_two_figures_contested(claim) -> None:
    """Ankara: the White House's 8 Russians against the Kremlin's 10."""
    when = date(2024, 8, 1)
    [v] = verdicts_for(
        [
            claim("a1", "prisoners_released", "WST", "RUS", 8, "USAGOV", when=when),
            claim("a1", "prisoners_released", "WST", "RUS", 10, "RUSGOV", when=when),
            claim("a2", "prisoners_released", "WST", "RUS", 8, "AP", when=when),
        ]
    )
    assert (v.verdict, v.low, v.best, v.high) == ("contested", 8, 8, 10)
    assert [(f.value, f.claimants) for f in v.figures] == [(8, ["AP", "USAGOV"]), (10, ["RUSGOV"])]


def test_two_named_sources_in_one_article_contested(claim) -> None:
    """Two wires disagreeing side by side are a contradiction, not an update."""
    [v] = verdicts_for(
        [
            claim("a1", "killed", "RUS", "UKR", 8, "REUTERS"),
            claim("a1", "killed", "RUS", "UKR", 12, "AP"),
        ]
    )
    assert v.verdict == "contested"


def test_a_toll_updated_by_one_side_is_revised(claim) -> None:
    """Kyiv's toll 5 → 7 → 9 across the day: the latest supersedes, nothing is contested."""
    claims = [
        claim("a1", "killed", "RUS", "UKR", 5, "UKRGOV"),
        claim("a1", "killed", "RUS", "UKR", 5, "SELF"),
        claim("a2", "killed", "RUS", "UKR", 7, "UKRGOV", via=["REUTERS"]),
        claim("a3", "killed", "RUS", "UKR", 9, "UKRGOV"),
        claim("a3", "killed", "RUS", "UKR", 5, "SELF"),  # "earlier in the day, five"
    ]
    [v] = verdicts_for(claims)
    assert (v.verdict, v.low, v.best, v.high) == ("revised", 5, 9, 9)


def test_publication_dates_decide_the_latest(claim) -> None:
    """Article ids say nothing of time when publication dates are known."""
    claims = [
        claim("zz-morning", "killed", "UKR", "RUS", 1, "RUSGOV"),
        claim("aa-evening", "killed", "UKR", "RUS", 3, "RUSGOV"),
    ]
    assert verdicts_for(claims)[0].best == 1  # no dates: article id order
    published = {"zz-morning": date(2025, 3, 11), "aa-evening": date(2025, 3, 12)}
    assert verdicts_for(claims, published)[0].best == 3
    [event] = resolve_events(claims, published)
    assert event.verdicts[0].best == 3


def test_undisclosed_on_both_sides(claim) -> None:
    claims = [
        claim(a, "prisoners_released", f, t, None, who, undisclosed=True)
        for a in ("a1", "a2")
        for who in ("RUSGOV", "UKRGOV")
        for f, t in (("RUS", "UKR"), ("UKR", "RUS"))
    ]
    verdicts = verdicts_for(claims)
    assert [(v.from_code, v.to_code, v.verdict) for v in verdicts] == [
        ("RUS", "UKR", "undisclosed"),
        ("UKR", "RUS", "undisclosed"),
    ]
    assert all(v.low is v.best is v.high is None for v in verdicts)
    [figure] = verdicts[0].figures
    assert figure.undisclosed and figure.value is None
    assert figure.claimants == ["RUSGOV", "UKRGOV"]


def test_undisclosed_never_contests_a_figure(claim) -> None:
    """Ukraine's air force counts 352 drones; Russia's ministry gives no number."""
    [v] = verdicts_for(
        [
            claim("a1", "drones_launched", "RUS", "UKR", 352, "UKRMIL"),
            claim("a2", "drones_launched", "RUS", "UKR", None, "RUSMIL", undisclosed=True),
        ]
    )
    assert (v.verdict, v.best) == ("single-source", 352)
    assert len(v.figures) == 2


def test_a_denial_makes_it_denied(claim) -> None:
    """Russia's 337 downed, Kyiv dismissing the figure: denied, and who denies is kept."""
    [v] = verdicts_for(
        [
            claim("a1", "drones_downed", "RUS", "UKR", 337, "RUSMIL"),
            claim("a2", "drones_downed", "RUS", "UKR", 337, "RUSGOV"),
            claim("a2", "drones_downed", "RUS", "UKR", 337, "UKRGOV", stance="denies"),
        ]
    )
    assert (v.verdict, v.low, v.best, v.high) == ("denied", 337, 337, 337)
    [figure] = v.figures
    deniers = [c for c, s in zip(figure.claimants, figure.stances, strict=True) if s == "denies"]
    assert deniers == ["UKRGOV"]


def test_a_plan_met_by_the_outcome_is_not_contested(claim) -> None:
    """1,000 for 1,000 agreed, 1,000 exchanged in all."""
    [v] = verdicts_for(
        [
            claim("a1", "prisoners_released", "RUS", "UKR", 1000, "UKRGOV", stance="expects"),
            claim("a2", "prisoners_released", "RUS", "UKR", 1000, "RUSMIL"),
            claim("a3", "prisoners_released", "RUS", "UKR", 1000, "AP"),
        ]
    )
    assert (v.verdict, v.low, v.best, v.high) == ("corroborated", 1000, 1000, 1000)


def test_a_plan_the_outcome_missed_is_flagged(claim) -> None:
    """95 on the list, 90 freed (the dev set's contradiction); the range is the outcome's."""
    [v] = verdicts_for(
        [
            claim("a1", "prisoners_released", "ISR", "PSE", 95, "ISRGOV", stance="expects"),
            claim("a2", "prisoners_released", "ISR", "PSE", 90, "AP"),
            claim("a3", "prisoners_released", "ISR", "PSE", 90, "ISRGOV", stance="acknowledges"),
        ]
    )
    assert (v.verdict, v.low, v.best, v.high) == ("contested", 90, 90, 90)


def test_a_plan_alone_keeps_its_figure(claim) -> None:
    """The 6,000 programme is only a forecast; its figure is still the row's figure."""
    [v] = verdicts_for(
        [claim("a1", "remains_returned", "RUS", "UKR", 6000, "RUSGOV", stance="expects")]
    )
    assert (v.verdict, v.best) == ("single-source", 6000)


def test_a_breakdown_never_contests_the_total(claim) -> None:
    """390 in all, of them 270 soldiers and 120 civilians: three rows, none contested."""
    verdicts = verdicts_for(
        [
            claim("a1", "prisoners_released", "RUS", "UKR", 390, "UKRGOV"),
            claim("a1", "prisoners_released", "RUS", "UKR", 270, "UKRGOV", scope="soldiers"),
            claim("a1", "prisoners_released", "RUS", "UKR", 120, "UKRGOV", scope="civilians"),
            claim("a2", "prisoners_released", "RUS", "UKR", 390, "AP"),
        ]
    )
    assert [(v.scope, v.verdict, v.best) for v in verdicts] == [
        (None, "corroborated", 390),
        ("civilians", "single-source", 120),
        ("soldiers", "single-source", 270),
    ]


def test_rounded_and_bounded_figures_agree(claim) -> None:
    """1,212 against "about 1,200"; 27 against "more than two dozen"."""
    [v] = verdicts_for(
        [
            claim("a1", "remains_returned", "RUS", "UKR", 1212, "RUSGOV"),
            claim("a2", "remains_returned", "RUS", "UKR", 1200, "REUTERS", approx="about"),
        ]
    )
    assert (v.verdict, v.low, v.best, v.high) == ("corroborated", 1200, 1212, 1212)
    [v] = verdicts_for(
        [
            claim("a1", "remains_returned", "UKR", "RUS", 27, "RUSGOV"),
            claim("a2", "remains_returned", "UKR", "RUS", 24, "REUTERS", approx="at_least"),
        ]
    )
    assert (v.verdict, v.best) == ("corroborated", 27)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((100, None), (100, None), True),
        ((100, None), (101, None), False),
        ((110, None), (100, "about"), True),
        ((111, None), (100, "about"), False),
        ((90, None), (100, "about"), True),
        ((89, None), (100, "about"), False),
        ((1000, None), (1000, "at_least"), True),
        ((999, None), (1000, "at_least"), False),
        ((90, None), (90, "at_most"), True),
        ((91, None), (90, "at_most"), False),
        ((30, "at_least"), (40, "at_most"), True),
        ((50, "at_least"), (40, "at_most"), False),
        ((30, "at_least"), (10, "at_least"), True),
    ],
)
def test_compatible(claim, a, b, expected: bool) -> None:
    x = claim("a1", "killed", "RUS", "UKR", a[0], approx=a[1])
    y = claim("a2", "killed", "RUS", "UKR", b[0], approx=b[1])
    assert compatible(x, y) is expected
    assert compatible(y, x) is expected


def test_verdicts_for_takes_an_event_too(claim) -> None:
    [event] = resolve_events([claim("a1", "remains_returned", "RUS", "UKR", 1200, "RUSGOV")])
    assert verdicts_for(event) == event.verdicts


def test_rows_are_per_measure_direction_and_scope_in_a_stable_order(claim) -> None:
    night = date(2025, 6, 23)
    [event] = resolve_events(
        [
            claim("a1", "wounded", "RUS", "UKR", 14, "UKRGOV", when=night),
            claim("a1", "killed", "RUS", "UKR", 5, "UKRGOV", when=night),
            claim("a1", "drones_downed", "UKR", "RUS", 339, "UKRMIL", when=night),
            claim("a1", "drones_launched", "RUS", "UKR", 352, "UKRMIL", when=night),
        ]
    )
    assert [v.measure for v in event.verdicts] == [
        "drones_launched",
        "drones_downed",
        "killed",
        "wounded",
    ]
    assert _row(event.verdicts, "UKR", "RUS").measure == "drones_downed"


def test_wires_are_not_a_side_but_a_bare_party_code_is(claim) -> None:
    """RIA (three letters, an agency) differing later from Kyiv is an update; Russia itself
    (``RUS`` bare, a party of the figure) differing from Kyiv is a contradiction."""
    ria = [
        claim("a1", "killed", "RUS", "UKR", 8, "RIA"),
        claim("a2", "killed", "RUS", "UKR", 10, "UKRGOV"),
    ]
    assert verdicts_for(ria)[0].verdict == "revised"
    russia = [
        claim("a1", "killed", "RUS", "UKR", 8, "RUS"),
        claim("a2", "killed", "RUS", "UKR", 10, "UKRGOV"),
    ]
    assert verdicts_for(russia)[0].verdict == "contested"
