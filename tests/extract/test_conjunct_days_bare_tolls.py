"""Each figure's own day in a clause naming two days; bare objects of casualty participles.

Sentences written for these tests (not from the dev set)."""

from datetime import date

import pytest
from extract_helpers import grounded

PUBLISHED = date(2025, 7, 5)  # a Saturday


def _got(text: str):
    return grounded(text, PUBLISHED)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ukraine's air force said Russia launched 40 drones at Ukraine on Monday "
            "and 12 missiles on Tuesday.",
            {
                ("drones_launched", 40, date(2025, 6, 30)),
                ("missiles_launched", 12, date(2025, 7, 1)),
            },
        ),
        (
            "Ukraine said Russia fired 25 missiles at Ukraine on Wednesday "
            "and 60 drones on Thursday.",
            {
                ("missiles_launched", 25, date(2025, 7, 2)),
                ("drones_launched", 60, date(2025, 7, 3)),
            },
        ),
        (
            "Russia handed over 120 bodies of Ukrainian soldiers on Monday and another 40 on "
            "Tuesday, Ukraine's coordination headquarters said.",
            {
                ("remains_returned", 120, date(2025, 6, 30)),
                ("remains_returned", 40, date(2025, 7, 1)),
            },
        ),
        (
            "Russia returned 200 bodies of fallen Ukrainian soldiers on Friday and a further 35 "
            "on Saturday, Ukraine's coordination headquarters said.",
            {
                ("remains_returned", 200, date(2025, 7, 4)),
                ("remains_returned", 35, date(2025, 7, 5)),
            },
        ),
    ],
)
def test_each_figure_takes_the_day_in_its_own_conjunct(text, expected):
    assert {(c.measure, c.value, c.event_date) for c in _got(text)} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A Russian strike hit the Ukrainian city of Nikopol, killing two and wounding four, "
            "the governor said.",
            {
                ("killed", 2),
                ("wounded", 4)},
        ),
        (
            "Russian drones struck the Ukrainian town of Sumy overnight, injuring nine and "
            "killing three, Ukrainian officials said.",
            {
                ("wounded", 9),
                ("killed", 3)},
        ),
        (
            "A Russian strike on the Ukrainian city of Nikopol killed two and wounded four, "
            "the governor said.",
            {
                ("killed", 2),
                ("wounded", 4)},
        ),
    ],
)
def test_bare_objects_of_casualty_participles_are_tolls(text, expected):
    got = _got(text)
    assert {(c.measure, c.value) for c in got} == expected
    assert all((c.from_code, c.to_code) == ("RUS", "UKR") for c in got)
