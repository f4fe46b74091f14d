"""Figures of round 16: a launch "fired from X toward Y" runs from X's state to Y's; a strike
told without a figure ("Israeli jets bombed Gaza City") gives the tolls after it their way;
"operatives" are people a toll counts; a headline's "down 61 of 76 drones" is 61 downed of 76
launched.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

import pytest
from extract_helpers import facts, headed

PUBLISHED = date(2025, 9, 15)  # a Monday


def _facts(body: str, headline: str = "Report") -> set[tuple]:
    return facts(body, PUBLISHED, headline)


@pytest.mark.parametrize("body, fact", [
    ("Israel and Hezbollah traded fire on Monday. UNIFIL said 22 rockets had been fired from "
     "Lebanon toward Israel.", ("missiles_launched", "LBN", "ISR", 22)),
    ("Israel and Hezbollah traded fire on Monday. Some 30 rockets were launched from southern "
     "Lebanon towards the Galilee, a UNIFIL spokesman said.",
     ("missiles_launched", "LBN", "ISR", 30)),
    ("Russia and Ukraine traded strikes. The monitors said 15 drones were launched from Belarus "
     "towards Kyiv overnight.", ("drones_launched", "BLR", "UKR", 15)),
])
def test_a_launch_from_one_place_toward_another(body, fact):
    assert fact in _facts(body), _facts(body)


def test_a_launch_from_a_named_attacker_keeps_its_subject():
    got = _facts("Russia and Ukraine traded strikes. Russia fired 12 missiles from the Black Sea "
                 "toward Odesa, the navy said.")
    assert ("missiles_launched", "RUS", "UKR", 12) in got, got


@pytest.mark.parametrize("body, fact", [
    ("Israel and Hamas fought on. Israeli jets bombed Gaza City on Monday. The WHO said the "
     "strikes killed 14.", ("killed", "ISR", "PSE", 14)),
    ("Israel and Hamas fought on. Israeli warplanes bombed Khan Younis overnight. At least 31 "
     "people were killed, the health ministry said.", ("killed", "ISR", "PSE", 31)),
    ("Russia and Ukraine fought on. Russian forces shelled Kharkiv overnight. Regional officials "
     "said the attack wounded nine people.", ("wounded", "RUS", "UKR", 9)),
])
def test_a_strike_told_without_a_figure_directs_the_toll_after_it(body, fact):
    assert fact in _facts(body), _facts(body)


def test_a_strike_by_the_other_side_turns_the_toll_round():
    got = _facts("Russia and Ukraine fought on. Ukrainian drones hit an oil depot in Bryansk. "
                 "The governor said two people were injured.")
    assert got == {("wounded", "UKR", "RUS", 2)}, got


@pytest.mark.parametrize("body, fact", [
    ("Israel and Hezbollah traded fire. Israeli strikes killed 12 Hezbollah operatives in "
     "southern Lebanon, the Israeli army said.", ("killed", "ISR", "LBN", 12)),
    ("Israel and Hamas fought on. The Israeli military said its troops killed seven Hamas "
     "operatives in Rafah.", ("killed", "ISR", "PSE", 7)),
])
def test_operatives_are_people_a_toll_counts(body, fact):
    assert fact in _facts(body), _facts(body)


def test_operatives_recruited_are_no_toll():
    assert _facts("Russia and Ukraine fought on. The SBU said its agents had recruited 30 "
                  "operatives in the region.") == set()


@pytest.mark.parametrize("headline, facts", [
    ("Ukraine's air defences down 61 of 76 Russian drones",
     {("drones_downed", "UKR", "RUS", 61), ("drones_launched", "RUS", "UKR", 76)}),
    ("Russian air defences down 23 out of 30 Ukrainian drones overnight",
     {("drones_downed", "RUS", "UKR", 23), ("drones_launched", "UKR", "RUS", 30)}),
    ("Russia says air defences down 41 of 45 Ukrainian drones",
     {("drones_downed", "RUS", "UKR", 41), ("drones_launched", "UKR", "RUS", 45)}),
])
def test_a_headline_downing_part_of_a_whole(headline, facts):
    got = _facts("Russia and Ukraine fought on.", headline=headline)
    assert got == facts, got


def test_a_headline_downing_with_no_whole_is_unchanged():
    got = _facts("Russia and Ukraine fought on.",
                 headline="Ukraine's air defences down 48 Russian drones")
    assert got == {("drones_downed", "UKR", "RUS", 48)}, got


@pytest.mark.parametrize("body, fact", [
    ("Israel and Hamas fought on. Khan Younis was bombed by Israeli warplanes overnight. Medics "
     "said 23 people were killed.", ("killed", "ISR", "PSE", 23)),
    ("Russia and Ukraine fought on. Kharkiv was shelled on Monday. Officials said six people "
     "were wounded.", ("wounded", "RUS", "UKR", 6)),
    ("Russia and Ukraine fought on. A market in Belgorod was hit on Monday. The governor said two "
     "people were killed.", ("killed", "UKR", "RUS", 2)),
])
def test_a_place_struck_in_the_passive_directs_the_toll_after_it(body, fact):
    assert fact in _facts(body), _facts(body)


def test_a_toll_of_a_past_year_takes_no_side_from_the_attack_told():
    got = headed(
        "Thai jets bombed Cambodian positions on Tuesday. Cambodia's defence ministry said the "
        "strikes killed three civilians. The clashes are the deadliest since July 2025, when at "
        "least 43 people were killed over five days of fighting.", date(2026, 7, 22))
    assert {(c.measure, c.from_code, c.to_code, c.value) for c in got} == {
        ("killed", "THA", "KHM", 3)}, got


def test_a_toll_of_this_year_still_takes_the_attack_told():
    got = headed(
        "Russian drones struck Kharkiv on Tuesday. Officials said on Wednesday that 12 people had "
        "been killed in the attack.", date(2026, 7, 22))
    assert ("killed", "RUS", "UKR", 12) in {
        (c.measure, c.from_code, c.to_code, c.value) for c in got}, got


@pytest.mark.parametrize("body, facts", [
    ("Russia attacked Ukraine overnight. The air force said 61 of 76 drones were downed.",
     {("drones_downed", "UKR", "RUS", 61), ("drones_launched", "RUS", "UKR", 76)}),
    ("Ukraine attacked Russia overnight. Russia's defence ministry said 18 of 20 Ukrainian drones "
     "were destroyed over Bryansk.",
     {("drones_downed", "RUS", "UKR", 18), ("drones_launched", "UKR", "RUS", 20)}),
])
def test_a_part_parsed_as_a_modifier_of_the_whole(body, facts):
    assert _facts(body) == facts, _facts(body)


def test_a_part_of_the_whole_with_its_article_is_unchanged():
    got = _facts("Russia attacked Ukraine overnight. The air force said 61 of the 76 drones "
                 "were downed.")
    assert got == {("drones_downed", "UKR", "RUS", 61), ("drones_launched", "RUS", "UKR", 76)}
