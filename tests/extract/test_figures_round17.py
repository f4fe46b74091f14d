"""Figures of round 17: a bare figure "including 12 toward Haifa" in a group told with no
numeral ("dozens of rockets") counts that group's things; a heading's "Raids on Nabatieh kill 5"
whose verb the parser reads as a noun still places the victims at the place struck; a "by the
numbers" box ("- 85: rockets fired from Lebanon") counts what follows its colon, a bullet's dash
is no designation ("Su-34"), and "- 71: rockets intercepted" is a reduced passive.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

import pytest
from extract_helpers import facts

PUBLISHED = date(2025, 9, 15)  # a Monday


def _facts(body: str, headline: str = "Report") -> set[tuple]:
    return facts(body, PUBLISHED, headline)


@pytest.mark.parametrize("body, fact", [
    ("Israel and Hezbollah traded fire on Monday. Dozens of rockets, including 12 toward Haifa, "
     "were fired, the army said.", ("missiles_launched", "LBN", "ISR", 12)),
    ("Israel and Hezbollah traded fire on Monday. Hezbollah fired scores of rockets, including "
     "17 at Safed.", ("missiles_launched", "LBN", "ISR", 17)),
    ("Russia and Ukraine traded strikes. Russia launched drones overnight, including 15 at "
     "Odesa, the air force said.", ("drones_launched", "RUS", "UKR", 15)),
    ("Israel and Hamas fought on. Israeli strikes killed dozens of people, including 9 in Rafah, "
     "the health ministry said.", ("killed", "ISR", "PSE", 9)),
])
def test_a_figure_included_in_a_group_told_without_a_numeral(body, fact):
    assert fact in _facts(body), _facts(body)


def test_a_part_of_a_counted_whole_stays_a_part():
    got = _facts("Russia and Ukraine traded strikes. Russia launched 50 drones overnight, "
                 "including 15 at Odesa, the air force said.")
    assert ("drones_launched", "RUS", "UKR", 50) in got, got


@pytest.mark.parametrize("heading, body, fact", [
    ("Raids on Nabatieh kill 5, army says",
     "The Israeli army says its jets killed five Hezbollah fighters in Nabatieh overnight.",
     ("killed", "ISR", "LBN", 5)),
    ("Strikes on Tyre kill 3, army says",
     "The Israeli army says its aircraft killed three Hezbollah members near Tyre.",
     ("killed", "ISR", "LBN", 3)),
])
def test_a_heading_toll_of_raids_on_a_place_runs_to_the_place(heading, body, fact):
    got = _facts(f"{heading}\n\n{body}", headline="Israel-Lebanon live: strikes go on")
    assert fact in got and (fact[0], fact[2], fact[1], fact[3]) not in got, got


def test_a_numbers_box_counts_what_follows_each_colon():
    got = _facts(
        "Israel and Hezbollah traded fire overnight.\n\n"
        "- 64: rockets fired from Lebanon, according to the Israeli military\n"
        "- 50: rockets intercepted\n"
        "- 7: people killed in southern Lebanon, according to Lebanon's health ministry\n"
        "- 200: buildings damaged",
        headline="The night in numbers",
    )
    assert got == {
        ("missiles_launched", "LBN", "ISR", 64),
        ("missiles_downed", "ISR", "LBN", 50),
        ("killed", "ISR", "LBN", 7),
    }, got


def test_a_designation_after_a_hyphen_is_still_no_figure():
    got = _facts("Russia and Ukraine traded strikes. Russian Su-34 jets dropped glide bombs on "
                 "Kharkiv, wounding four people, the governor said.")
    assert all(c[3] != 34 for c in got), got


def test_a_figure_included_in_places_stays_a_part_of_the_count():
    got = _facts("Russia and Ukraine traded strikes. The air force said it had shot down 40 "
                 "Russian drones over several regions, including 15 over the Kyiv region.")
    assert ("drones_downed", "UKR", "RUS", 15) in got, got


def test_a_numbered_part_before_a_colon_counts_nothing():
    got = _facts("Russia and Ukraine swapped prisoners on Sunday.\n\nDay 2: prisoners come home",
                 headline="Swap diary")
    assert not any(c[3] == 2 for c in got), got
