"""Figures of held-out round 9: more kinds of people harmed, tolls over a stretch of days, the
day after an elided second figure, a named outlet's state, "martyred", quadcopters, past years,
"N deaths", an attacker named only by its agent, and a month other than the report's.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

import pytest
from extract_helpers import headed

from sayso.extract.dates import resolve

FRIDAY = date(2025, 7, 25)  # a Friday: "on Thursday" = 07-24


def _rows(body: str, published: date = FRIDAY, headline: str = "Report") -> set[tuple]:
    return {
        (c.measure, c.from_code, c.to_code, c.value, c.event_date)
        for c in headed(body, published, headline)
    }


def _facts(body: str, published: date = FRIDAY) -> set[tuple]:
    return {r[:4] for r in _rows(body, published)}


@pytest.mark.parametrize(
    ("people", "measure"),
    [("a monk", "killed"), ("three villagers", "wounded"), ("two pilgrims", "killed"),
     ("four students", "wounded"), ("six passengers", "killed")],
)
def test_more_kinds_of_people_are_counted(people: str, measure: str):
    verb = "killed" if measure == "killed" else "wounded"
    body = f"Laotian shelling {verb} {people} on Thursday, Vietnam's army said."
    got = _facts(body)
    assert any(r[0] == measure and r[1:3] == ("LAO", "VNM") for r in got), got


@pytest.mark.parametrize(
    "body",
    [
        "Vietnam's health ministry said 12 civilians had been killed in the three days of "
        "fighting with Laos.",
        "The Vietnamese army said 30 people were killed by Laotian shelling over the past four "
        "days.",
    ],
)
def test_a_toll_over_several_days_has_no_day(body: str):
    got = _rows(body)
    assert got and all(r[4] is None for r in got), got


def test_a_figure_joined_to_a_toll_over_days_runs_over_them_too():
    body = (
        "Vietnam's health ministry said 12 civilians had been killed by Laotian fire in the two "
        "days of fighting, and 40 people had been wounded."
    )
    got = _rows(body)
    assert ("wounded", "LAO", "VNM", 40, None) in got, got


def test_a_count_of_hours_keeps_its_day():
    body = "Vietnam's army said Laotian shelling killed eight people in the past 24 hours."
    assert all(r[4] is not None for r in _rows(body))


def test_an_elided_second_figure_shares_its_day_with_the_first():
    body = (
        "Vietnam's health ministry said Laotian shelling killed 3 people on Thursday. Laos's "
        "defence ministry said Vietnamese fire had killed two soldiers and eight wounded near "
        "the river on Friday."
    )
    got = _rows(body)
    assert ("killed", "VNM", "LAO", 2, FRIDAY) in got, got


def test_a_headline_total_restated_since_a_day_has_no_day():
    body = (
        "Clashes spread on Friday, with Laos saying 12 people had been killed on its side "
        "since clashes erupted on Wednesday. Its health ministry said 9 civilians had been "
        "killed in the two days of fighting, and 30 people had been wounded. Vietnam's army "
        "said two soldiers were wounded on Thursday."
    )
    got = [
        r for r in _rows(body, headline="Border clashes go on; Laos says 12 dead") if r[3] == 12
    ]
    assert len(got) == 1 and all(r[4] is None for r in got), got


def test_an_outlet_named_after_its_state_speaks_for_its_people():
    body = (
        "Vietnamese artillery pounded border villages in Laos on Thursday. Laos's Pathet Lao "
        "News Agency reported that the strikes killed four."
    )
    assert ("killed", "VNM", "LAO", 4) in _facts(body)


def test_martyred_people_are_killed():
    body = "Five civilians were martyred when Laotian shells hit villages, Vietnam's army said."
    assert ("killed", "LAO", "VNM", 5) in _facts(body)


def test_quadcopters_are_drones():
    body = "Vietnam's army said it had shot down three Laotian quadcopters on Thursday."
    assert ("drones_downed", "VNM", "LAO", 3) in _facts(body)


def test_a_figure_said_in_a_past_year_has_no_day_of_this_report():
    body = (
        "Laotian troops shelled the border on Thursday. In 2019, officials in Hanoi said 40 "
        "civilians had been killed by Laotian fire."
    )
    got = [r for r in _rows(body) if r[3] == 40]
    assert got and all(r[4] is None for r in got), got


def test_deaths_and_injuries_are_tolls():
    body = (
        "Vietnamese and Laotian troops clashed on Thursday. Laos's health ministry reported "
        "9 deaths and 31 injuries."
    )
    got = _facts(body)
    assert {("killed", "VNM", "LAO", 9), ("wounded", "VNM", "LAO", 31)} <= got, got


def test_victims_of_a_named_attacker_are_the_other_side():
    body = (
        "Russia and Ukraine traded strikes overnight. In occupied areas, 14 civilians were "
        "killed by Ukrainian shelling, the UN mission said."
    )
    assert ("killed", "UKR", "RUS", 14) in _facts(body)


def test_a_count_over_another_month_joins_no_day_of_this_report():
    body = (
        "Russia launched 5,000 drones at Ukraine in June, Ukraine's air force said. A Russian "
        "drone strike on Odesa on Thursday killed three people, Ukraine's military said."
    )
    got = [r for r in _rows(body) if r[0] == "drones_launched"]
    assert got and all(r[4] is None for r in got), got


@pytest.mark.parametrize(("expr", "day"), [("March 2023", False), ("March 3, 2023", True)])
def test_a_month_and_year_name_no_day(expr: str, day: bool):
    got, prec = resolve(expr, FRIDAY)
    assert (got is not None) == day and prec == ("day" if day else "month")


def test_the_side_whose_shells_hit_is_the_attacker():
    body = (
        "Vietnamese and Laotian troops traded fire on Thursday. Four villagers were killed and "
        "nine injured when Laotian rockets struck a market, a spokesman said."
    )
    got = _facts(body)
    assert {("killed", "LAO", "VNM", 4), ("wounded", "LAO", "VNM", 9)} <= got, got


@pytest.mark.parametrize(
    "body",
    [
        "Officials in Hanoi said 20 civilians had been killed by Laotian fire, while Vientiane "
        "put its own losses at 12 soldiers.",
        "Officials in Hanoi put Laos's losses at 12 soldiers.",
    ],
)
def test_a_sides_own_losses_are_its_dead(body: str):
    got = _facts("Vietnamese and Laotian troops traded fire on Thursday. " + body)
    assert ("killed", "VNM", "LAO", 12) in got, got


def test_a_counted_downing_takes_the_weapons_side_the_sentence_names():
    body = (
        "Vietnamese and Laotian troops traded fire on Thursday. Laotian drones were also shot "
        "down near the river on Wednesday, the spokesman said, adding that four quadcopters had "
        "been brought down."
    )
    assert ("drones_downed", "VNM", "LAO", 4) in _facts(body)
