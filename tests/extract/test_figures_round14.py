"""Figures of round 14: a range of days ("Between 3 and 6 May, …") and an open "since" ("since
the start of the war") give a toll no day of its own; "The day before, …" is the day before
publication.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

import pytest
from extract_helpers import headed

PUBLISHED = date(2025, 5, 12)  # a Monday


def _dated(body: str) -> dict[tuple, date | None]:
    return {(c.measure, c.value): c.event_date for c in headed(body, PUBLISHED)}


@pytest.mark.parametrize("body", [
    "Between 3 and 6 May, Israeli strikes killed 45 people in Gaza, medics said. On 9 May, "
    "Israeli shelling killed 12 people in Rafah.",
    "From 3 to 6 May, Israeli strikes killed 45 people in Gaza, medics said. On 9 May, "
    "Israeli shelling killed 12 people in Rafah.",
    "Israeli strikes killed 45 people in Gaza between May 3 and May 6, medics said. On 9 May, "
    "Israeli shelling killed 12 people in Rafah.",
])
def test_a_range_of_days_gives_no_day(body):
    got = _dated(body)
    assert got[("killed", 45)] is None, got
    assert got[("killed", 12)] == date(2025, 5, 9), got


@pytest.mark.parametrize("body", [
    "Since the start of the war, Russian strikes have killed 310 civilians in Sumy region, "
    "officials said. On Friday, a Russian drone killed two people in Sumy.",
    "Russian strikes have killed 310 civilians in Sumy region since the start of the invasion, "
    "officials said. On Friday, a Russian drone killed two people in Sumy.",
])
def test_an_open_since_gives_no_day(body):
    got = _dated(body)
    assert got[("killed", 310)] is None, got
    assert got[("killed", 2)] == date(2025, 5, 9), got


def test_a_conjoined_toll_after_an_open_since_gives_no_day():
    got = _dated(
        "On Sunday, Israeli strikes killed eight people in Gaza. Since the beginning of the "
        "offensive, at least 1,240 Palestinians have been killed and 3,310 injured by Israeli "
        "fire, the ministry said."
    )
    assert got[("killed", 1240)] is None and got[("wounded", 3310)] is None, got
    assert got[("killed", 8)] == date(2025, 5, 11), got


def test_since_the_evening_keeps_the_day():
    got = _dated("Russia has launched 40 drones at Ukraine since the evening, the air force said.")
    assert got[("drones_launched", 40)] == PUBLISHED, got


@pytest.mark.parametrize(("body", "value"), [
    ("The day before, Russia launched 52 drones at Ukraine, the air force said.", 52),
    ("Russia launched 120 drones at Ukraine overnight. The previous day, Russia launched 52 "
     "drones at Ukraine, the air force said.", 52),
])
def test_the_day_before_is_yesterday(body, value):
    assert _dated(body)[("drones_launched", value)] == date(2025, 5, 11)


def test_a_day_before_another_event_is_not_yesterday():
    got = _dated(
        "Russia launched 52 drones at Ukraine on Saturday, a day before the talks opened, the "
        "air force said."
    )
    assert got[("drones_launched", 52)] == date(2025, 5, 10), got
