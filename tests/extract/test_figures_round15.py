"""Figures of round 15: "N of which hit" is no count; "19 of the people killed were children" and
"injured, including a child" are parts of the toll; "27 others injured, X said" keeps the 27;
"Moscow puts the number at 185" restates the count just named; a side's speaker tells of a part
of the swap's half that came home to it.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

import pytest
from extract_helpers import headed

PUBLISHED = date(2025, 9, 15)  # a Monday


def _facts(body: str) -> set[tuple]:
    return {(c.measure, c.from_code, c.to_code, c.value, c.scope) for c in headed(body, PUBLISHED)}


@pytest.mark.parametrize("body, whole, measure", [
    ("Russia fired 12 missiles at Kyiv, two of which hit a power plant.", 12, "missiles"),
    ("Russia launched 60 drones at Ukraine overnight, nine of them struck residential buildings "
     "in Kharkiv.", 60, "drones"),
    ("Russia fired 30 missiles at Ukraine on Monday. Four of them reached their targets in Lviv, "
     "the air force said.", 30, "missiles"),
])
def test_a_part_that_hit_is_no_count(body, whole, measure):
    got = _facts(body)
    assert {(m, v) for m, _, _, v, _ in got} == {(f"{measure}_launched", whole)}, got


def test_a_part_shot_down_is_still_a_downing():
    got = _facts("Russia launched 40 drones at Ukraine overnight, 30 of which were shot down.")
    assert ("drones_downed", "UKR", "RUS", 30, None) in got, got


@pytest.mark.parametrize("body, part", [
    ("Russia launched 50 drones at Ukraine overnight. At least 40 people were killed; 19 of the "
     "people killed were children.", ("killed", "RUS", "UKR", 19, "children")),
    ("Israel struck Gaza on Sunday, killing 31 Palestinians and wounding 60. Seven of the "
     "civilians wounded in the attack were women, the health ministry said.",
     ("wounded", "ISR", "PSE", 7, "women")),
    ("Russian shelling of Kherson killed 12 Ukrainians on Monday. Two of the soldiers killed were "
     "officers.", ("killed", "RUS", "UKR", 2, "officers")),
])
def test_a_part_of_the_people_killed(body, part):
    got = _facts(body)
    assert part in got, got
    assert not any(f[3] == part[3] and f[4] is None for f in got), got


@pytest.mark.parametrize("body, part", [
    ("Russia launched 50 drones at Ukraine overnight. 14 people were injured, including a child.",
     ("wounded", "RUS", "UKR", 1, "child")),
    ("Russia launched 50 drones at Ukraine overnight. Eight soldiers were wounded, including an "
     "officer, the army said.", ("wounded", "RUS", "UKR", 1, "officer")),
    ("Israel struck Gaza on Sunday. The strike killed six Palestinians, including a woman, medics "
     "said.", ("killed", "ISR", "PSE", 1, "woman")),
])
def test_including_a_single_person(body, part):
    got = _facts(body)
    assert part in got, got


def test_including_a_place_is_no_part():
    got = _facts("Russia launched 50 drones at Ukraine overnight. 14 people were injured, "
                 "including in the city centre.")
    assert {f[3] for f in got} == {50, 14}, got


@pytest.mark.parametrize("body, toll", [
    ("Russia launched 50 drones at Ukraine overnight. At least nine people were killed and 27 "
     "others injured in the strike, Ukraine's foreign ministry spokesperson Heorhii Tykhyi said.",
     ("wounded", "RUS", "UKR", 27, None)),
    ("Russia launched 50 drones at Ukraine overnight. Three people died and 12 others hurt in "
     "Kharkiv, regional governor Oleh Syniehubov said.", ("wounded", "RUS", "UKR", 12, None)),
])
def test_others_injured_before_the_speaker(body, toll):
    assert toll in _facts(body)


@pytest.mark.parametrize("body, counter, claimant", [
    ("Russia freed Ukrainian prisoners of war on Friday. Kyiv says 84 Ukrainians were freed, "
     "while Moscow puts the number at 185.", ("prisoners_released", "RUS", "UKR", 185), "RUS"),
    ("Russia handed over the bodies of 900 Ukrainian soldiers on Friday, Kyiv said. Moscow put "
     "the figure at 1,000.", ("remains_returned", "RUS", "UKR", 1000), "RUS"),
    ("Russian shelling killed 14 Ukrainians in Kherson, officials said. Moscow put the number at "
     "four.", ("killed", "RUS", "UKR", 4), "RUS"),
])
def test_puts_the_number_at(body, counter, claimant):
    got = {(c.measure, c.from_code, c.to_code, c.value): c.claimant[:3]
           for c in headed(body, PUBLISHED)}
    assert got.get(counter) == claimant, got


def test_a_number_of_something_else_is_no_counter():
    got = _facts("Russia freed 84 Ukrainian prisoners on Friday. Moscow put the number of "
                 "civilians among them at 12.")
    assert {f[3] for f in got} == {84}, got


@pytest.mark.parametrize("body, part", [
    ("Russia freed 150 Ukrainians on Friday in exchange for 150 Russian soldiers. Lubinets told "
     "the BBC that 20 of those released were civilians.",
     ("prisoners_released", "RUS", "UKR", 20, "civilians")),
    ("Russia freed 150 Ukrainians on Friday in exchange for 150 Russian soldiers. Russia's "
     "defence ministry said 20 of those released were officers.",
     ("prisoners_released", "UKR", "RUS", 20, "officers")),
])
def test_a_speaker_tells_of_its_own_half(body, part):
    got = _facts(body)
    assert part in got, got
    assert not any(f[3] == 20 and f[:3] != part[:3] for f in got), got


@pytest.mark.parametrize("body, toll", [
    ("Israeli troops raided Jenin on Monday. Two soldiers were killed in a roadside bombing in the "
     "West Bank, the military announced.", ("killed", "PSE", "ISR", 2, None)),
    ("Israel struck Gaza City overnight. Three soldiers were wounded in fighting in northern Gaza, "
     "the Israeli military said.", ("wounded", "PSE", "ISR", 3, None)),
    ("Russia launched 50 drones at Ukraine overnight. Four servicemen were killed in the Kursk "
     "region, Russia's defence ministry said.", ("killed", "UKR", "RUS", 4, None)),
])
def test_a_force_tells_of_its_own_soldiers(body, toll):
    assert toll in _facts(body)


@pytest.mark.parametrize("body, toll", [
    ("Russian missiles struck Kyiv. Ukraine's General Staff said 1,200 Russian soldiers were "
     "killed.", ("killed", "UKR", "RUS", 1200, None)),
    ("Ukraine struck a Russian base. Ukraine's General Staff said 30 enemy soldiers were killed.",
     ("killed", "UKR", "RUS", 30, None)),
    ("Russia launched 50 drones at Ukraine overnight. Four servicemen were killed in Kharkiv, "
     "officials said.", ("killed", "RUS", "UKR", 4, None)),
])
def test_soldiers_of_the_other_side_or_told_by_officials(body, toll):
    assert toll in _facts(body)


@pytest.mark.parametrize("body, kept", [
    ("Israel struck Gaza on Sunday. Medics said 25 Palestinians were killed. They did not say how "
     "many were militants.", {25}),
    ("Russia launched 50 drones at Ukraine overnight, killing nine people. Officials did not say "
     "how many of the dead were soldiers.", {50, 9}),
])
def test_how_many_were_a_kind_is_no_silence(body, kept):
    got = headed(body, PUBLISHED)
    assert not any(c.undisclosed for c in got), got
    assert {c.value for c in got} == kept


def test_how_many_were_freed_is_still_a_silence():
    got = headed("Russia and Ukraine swapped prisoners on Saturday. Moscow did not say how many "
                 "were freed.", PUBLISHED)
    assert any(c.undisclosed for c in got), got


def test_the_number_put_after_a_question():
    got = headed("Pakistan's army says it shot down 25 Indian drones. Is that right? We do not "
                 "discuss our equipment. Pakistan puts the number at 25; that is their claim.",
                 PUBLISHED)
    assert all(c.measure == "drones_downed" and (c.from_code, c.to_code) == ("PAK", "IND")
               for c in got), got


@pytest.mark.parametrize("body, whole", [
    ("Russia launched 70 drones at Ukraine overnight. Six drones fell in fields near Lviv, the "
     "governor said.", 70),
    ("Russia launched 70 drones at Ukraine overnight. Three drones crashed in Moldova.", 70),
])
def test_drones_that_fell_are_no_count(body, whole):
    assert {c.value for c in headed(body, PUBLISHED)} == {whole}


@pytest.mark.parametrize("body, day", [
    ("Between Friday night and Sunday morning, Russia launched 210 drones at Ukraine, the air "
     "force said.", None),
    ("Russia launched 210 drones at Ukraine between Thursday and Saturday, the air force said.",
     None),
    ("Between Sunday night and Monday morning, Russia launched 35 drones at Ukraine, the air force "
     "said.", date(2025, 9, 15)),
])
def test_a_range_of_weekdays_gives_no_day(body, day):
    got = headed(body, PUBLISHED)
    assert [c.event_date for c in got] == [day], got


def test_not_put_out_a_figure_is_a_silence():
    got = headed("Pakistan launched 120 drones at India overnight, the Indian army said. We have "
                 "not put out a figure for the drones we sent, the army spokesman said.", PUBLISHED)
    assert [(c.measure, c.from_code, c.to_code) for c in got if c.undisclosed] == [
        ("drones_launched", "IND", "PAK")], got


def test_put_out_a_flag_is_no_silence():
    got = headed("Russia freed 84 Ukrainians on Friday. Kyiv has not put out the flags yet.",
                 PUBLISHED)
    assert not any(c.undisclosed for c in got), got
