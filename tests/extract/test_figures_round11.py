"""Figures of round 11: a toll counted since a clause's day has no day; "whether any" withholds
no number outside a swap's untold half; "declined to say how many" withholds one.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

import pytest
from extract_helpers import facts, headed

PUBLISHED = date(2025, 9, 20)  # a Saturday


def _dated(body: str) -> set[tuple]:
    return {(c.measure, c.value, c.event_date) for c in headed(body, PUBLISHED)}


def _withheld(body: str) -> set[tuple]:
    return {
        (c.measure, c.from_code, c.to_code, c.claimant)
        for c in headed(body, PUBLISHED) if c.undisclosed
    }


@pytest.mark.parametrize("body", [
    # the parser hangs "since" on the verb and "erupted" as its conjunct
    "At least 40 people have been killed since fighting between Russia and Ukraine erupted on "
    "Wednesday, the Ukrainian health ministry said.",
    "At least 40 Ukrainian civilians have been killed by Russian strikes since fighting broke "
    "out near Kharkiv on Wednesday, Kyiv said.",
    "Russian shelling has killed 15 Ukrainian civilians since hostilities between the two "
    "countries resumed on Wednesday, Ukrainian officials said.",
    "Russian shelling has killed 15 Ukrainian civilians since clashes started on Wednesday, "
    "Ukrainian officials said.",
    # a fronted clause, which the parser hangs on the reporting verb
    "Since fighting between Russia and Ukraine erupted on Wednesday, at least 40 Ukrainian "
    "civilians have been killed, Kyiv said.",
])
def test_a_toll_since_a_clause_with_its_own_verb_has_no_day(body):
    got = _dated(body)
    assert got and all(d is None for _, _, d in got), got


def test_a_day_of_the_toll_itself_or_of_another_event_stays():
    got = _dated(
        "Russian shelling killed 15 Ukrainian civilians on Thursday, a day after talks began, "
        "Ukrainian officials said."
    )
    assert got == {("killed", 15, date(2025, 9, 18))}, got
    got = _dated(
        "Russian shelling killed 15 Ukrainian civilians on Thursday, the highest toll since "
        "fighting erupted on Monday, Ukrainian officials said."
    )
    assert got == {("killed", 15, date(2025, 9, 18))}, got
    got = _dated("On Monday, Russian shelling killed 15 Ukrainian civilians, Kyiv said.")
    assert got == {("killed", 15, date(2025, 9, 15))}, got


@pytest.mark.parametrize("tail", [
    "It did not say whether any soldiers had been hurt.",
    "It did not say whether any of its soldiers had been killed.",
    "The army did not say if any troops were wounded in the strike.",
])
def test_whether_any_casualties_withholds_no_number(tail):
    body = f"Russian drones struck a base in Kharkiv overnight, the Ukrainian army said. {tail}"
    assert _withheld(body) == set()


def test_whether_any_drones_hit_their_targets_withholds_no_launch_figure():
    body = (
        "Ukraine said its air defences shot down 40 Russian drones overnight. The air force did "
        "not say whether any drones had hit their targets."
    )
    assert _withheld(body) == set()


@pytest.mark.parametrize("body, want", [
    ("Russia handed over 500 bodies to Ukraine on Friday, Kyiv said. It did not say whether "
     "any bodies had been returned to Russia.", ("remains_returned", "UKR", "RUS", "UKRGOV")),
    ("Russia freed 90 Ukrainian prisoners on Friday, Kyiv said. Moscow did not say whether any "
     "Russian prisoners had been released in return.",
     ("prisoners_released", "UKR", "RUS", "RUSGOV")),
])
def test_whether_any_of_a_swaps_other_half_is_withheld(body, want):
    assert _withheld(body) == {want}


@pytest.mark.parametrize("tail, want", [
    ("It did not say how many soldiers had been hurt.", ("wounded", "RUS", "UKR", "UKRMIL")),
    ("It did not give a number of wounded soldiers.", ("wounded", "RUS", "UKR", "UKRMIL")),
    ("It refused to say how many soldiers were wounded.", ("wounded", "RUS", "UKR", "UKRMIL")),
    ("It declined to say how many soldiers were killed.", ("killed", "RUS", "UKR", "UKRMIL")),
])
def test_how_many_and_a_refusal_to_say_withhold_a_number(tail, want):
    body = f"Russian drones struck a base in Kharkiv overnight, the Ukrainian army said. {tail}"
    assert _withheld(body) == {want}


def test_declined_to_say_names_who_withheld_and_declined_to_comment_withholds_nothing():
    body = (
        "Russia freed 90 Ukrainian prisoners on Friday, Kyiv said. Moscow declined to say how "
        "many Russian prisoners it got back."
    )
    assert _withheld(body) == {("prisoners_released", "UKR", "RUS", "RUSGOV")}
    body = "Russia freed 90 Ukrainian prisoners on Friday, Kyiv said. Moscow declined to comment."
    assert _withheld(body) == set()


def _facts(body: str, headline: str = "Report") -> set[tuple]:
    return facts(body, PUBLISHED, headline)


@pytest.mark.parametrize("body", [
    "Kyiv has said Russia holds more than 7,500 Ukrainian prisoners, a figure Moscow disputes.",
    "Ukraine says Russia is holding about 7,500 Ukrainian prisoners of war.",
    "Russia is believed to hold 7,500 Ukrainian prisoners and 300 civilians, Kyiv said.",
    "Hamas still holds 19 Israeli hostages, the Israeli government said.",
    "Israel is keeping 1,900 Palestinian detainees in its jails, Hamas said.",
    "Ukraine has 4,000 Russian prisoners, Kyiv said.",
    "Russia holds the bodies of 5,000 Ukrainian soldiers, Kyiv said.",
])
def test_a_count_a_side_holds_is_no_release(body):
    assert _facts(body) == set()


def test_a_release_from_a_held_count_stays():
    assert _facts(
        "Russia freed 75 Ukrainian prisoners it had held since 2023, Kyiv said."
    ) == {("prisoners_released", "RUS", "UKR", 75)}
    assert _facts(
        "Russia held 7,500 Ukrainian prisoners before the swap and freed 75 of them on Friday, "
        "Kyiv said."
    ) == {("prisoners_released", "RUS", "UKR", 75)}
    assert _facts(
        "Russia handed over 400 bodies of Ukrainian soldiers it had kept in morgues, Kyiv said."
    ) == {("remains_returned", "RUS", "UKR", 400)}
    assert _facts("Ukraine has received 75 prisoners from Russia, Kyiv said.") == {
        ("prisoners_released", "RUS", "UKR", 75)
    }


@pytest.mark.parametrize("tail", [
    'A rabbi in Haifa said the vigil would go on "until every one of them is home."',
    "Relatives said they would keep marching until each one of them was freed.",
])
def test_every_one_of_them_is_no_count(tail):
    lede = "Israel freed 90 Palestinian prisoners on Sunday, the prison service said. "
    got = _facts(lede + tail)
    assert got == {("prisoners_released", "ISR", "PSE", 90)}


@pytest.mark.parametrize("headline, want", [
    ("Russian air defences down 97 Ukrainian drones overnight, ministry says",
     ("drones_downed", "RUS", "UKR", 97)),
    ("Ukrainian forces down 35 Russian drones over Kyiv", ("drones_downed", "UKR", "RUS", 35)),
    ("Russian air defences down at least 45 Ukrainian drones", ("drones_downed", "RUS", "UKR", 45)),
])
def test_a_headlines_down_is_its_verb(headline, want):
    assert want in _facts("The war goes on, officials said.", headline)


def test_a_down_governed_by_a_verb_is_no_headline_verb():
    body = "The war goes on, officials said."
    assert _facts(body, "Russian drone launches down 40 percent") == set()
    assert _facts("Ukraine's air force shot down 35 Russian drones.") == {
        ("drones_downed", "UKR", "RUS", 35)
    }
