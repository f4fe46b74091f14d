"""Which side an unnamed body speaks for when the sentence names the attacker as a clause
("Russia struck X", "drones launched by Y", "fired from Z"), a misparsed second subject of the
cue, a body that holds prisoners, and a sentence that breaks down the figure just attributed
("Of those, …"). Sentences written for these tests, in several phrasings each."""

from datetime import date

from extract_helpers import grounded

PUBLISHED = date(2025, 3, 15)  # a Saturday


def facts(text: str) -> list[tuple]:
    got = grounded(text, PUBLISHED)
    return sorted((c.measure, c.from_code, c.to_code, c.value, c.claimant) for c in got)


# -- the subject of a strike, or its agent, is the attacker: the place struck is the victims'


def test_subject_of_attacked_is_the_attacker_and_a_governor_speaks_for_the_place():
    got = facts(
        "Two people were killed and 14 wounded when Russia attacked Odesa with drones "
        "overnight, regional governor Oleh Kiper said on Sunday."
    )
    assert got == [("killed", "RUS", "UKR", 2, "UKRGOV"), ("wounded", "RUS", "UKR", 14, "UKRGOV")]


def test_subject_of_shelled_is_the_attacker_other_way():
    got = facts(
        "Regional officials said four civilians were killed after Ukraine shelled Belgorod."
    )
    assert got == [("killed", "UKR", "RUS", 4, "RUSGOV")]


def test_agent_of_a_passive_strike_is_the_attacker():
    got = facts(
        "Six people were wounded when Lviv was hit by Russia overnight, the city's mayor said."
    )
    assert got == [("wounded", "RUS", "UKR", 6, "UKRGOV")]


def test_headline_place_hit_is_the_victims_side():
    got = facts(
        "Odesa hit by drones overnight, two dead\n\n"
        "Two people were killed when Russia attacked Odesa with drones overnight, regional "
        "governor Oleh Kiper said on Sunday."
    )
    assert {(g[0], g[1], g[2], g[3]) for g in got} == {("killed", "RUS", "UKR", 2)}
    assert {g[4] for g in got} == {"SELF", "UKRGOV"}


# -- where weapons came from, or who launched them, is not the side of the body counting them


def test_launched_from_a_place_is_the_attackers_place():
    got = facts(
        "Drones launched from Bryansk struck Chernihiv overnight, killing three people, the "
        "regional military administration said."
    )
    assert got == [("killed", "RUS", "UKR", 3, "UKRGOV")]


def test_launched_by_a_state_leaves_the_air_force_the_defenders():
    got = facts(
        "Report\n\nThe air force said 40 drones launched by Russia at Ukraine were shot down "
        "overnight."
    )
    assert got == [("drones_downed", "UKR", "RUS", 40, "UKRMIL")]


def test_fired_by_a_state_leaves_the_air_force_the_defenders():
    got = facts(
        "Report\n\nAir defence units destroyed 18 missiles fired by Iran at Israel, the air "
        "force said."
    )
    assert got == [("missiles_downed", "ISR", "IRN", 18, "ISRMIL")]


# -- a cue the parser gave two subjects: the one right before it speaks


def test_two_subjects_of_said_the_nearer_one_speaks():
    got = facts(
        "Russian strikes killed at least 20 Ukrainians across the Kherson region, the region's "
        "administration said."
    )
    assert got == [("killed", "RUS", "UKR", 20, "UKRGOV")]


def test_two_subjects_of_said_health_authority():
    got = facts(
        "Turkish strikes killed at least nine Syrians across the north, the region's health "
        "authority said."
    )
    assert got == [("killed", "TUR", "SYR", 9, "SYRGOV")]


# -- a body that holds prisoners speaks for the side that frees them


def test_penitentiary_service_is_the_freeing_side():
    got = facts("Azerbaijan freed 15 Armenian detainees on Monday, the penitentiary service said.")
    assert got == [("prisoners_released", "AZE", "ARM", 15, "AZEGOV")]


def test_prison_service_is_the_freeing_side():
    got = facts(
        "Ukraine handed over 41 Russian prisoners of war on Friday, the prison service said."
    )
    assert got == [("prisoners_released", "UKR", "RUS", 41, "UKRGOV")]


def test_a_detainees_commission_still_speaks_for_the_detainees():
    got = facts(
        "Azerbaijan freed 15 Armenian detainees on Monday, the commission for detainees said."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 15, "ARMGOV")]


# -- "Of those, …" breaks down the figure the sentence before attributed


def test_of_them_keeps_the_source_of_the_sentence_before():
    got = facts(
        "Russia's defence ministry said Ukraine had fired 80 drones at Russian regions "
        "overnight. Of them, 52 drones were destroyed over the Kursk region."
    )
    assert ("drones_downed", "RUS", "UKR", 52, "RUSMIL") in got


def test_of_those_keeps_the_source_of_the_sentence_before():
    got = facts(
        "Report\n\nIsrael's military said 40 rockets had been fired at Israel from Lebanon "
        "overnight. Of those, 31 were intercepted."
    )
    assert ("missiles_downed", "ISR", "LBN", 31, "ISRMIL") in got


def test_of_those_after_an_unattributed_sentence_stays_the_articles():
    got = facts(
        "Ukraine's air force said the night was calm in the west. Russia launched 20 missiles "
        "at Kyiv on Friday. Of those, 15 missiles were shot down."
    )
    assert ("missiles_downed", "UKR", "RUS", 15, "SELF") in got


def test_of_them_after_an_according_to_sentence_keeps_its_source():
    got = facts(
        "Report\n\nAzerbaijan freed 31 Armenian detainees on Friday. According to Armenia's "
        "foreign ministry, the detainees had been held in Baku for a year. Of them, nine were "
        "civilians."
    )
    assert ("prisoners_released", "AZE", "ARM", 9, "ARMGOV") in got


def test_of_those_after_an_according_to_sentence_ombudsman():
    got = facts(
        "Report\n\nRussia returned 52 Ukrainian soldiers on Monday. According to Ukraine's "
        "ombudsman, the men had been held for two years. Of those, 14 were civilians."
    )
    assert ("prisoners_released", "RUS", "UKR", 14, "UKROMB") in got


# -- a body remembered from an earlier sentence is not the striker the sentence names


def test_remembered_military_is_not_the_attacker_named_now():
    got = facts(
        "Report\n\nRussian troops advanced near Pokrovsk, Ukraine's president said. The air "
        "force said 70 drones launched by Russia had been shot down over Ukraine."
    )
    assert got == [("drones_downed", "UKR", "RUS", 70, "UKRMIL")]


def test_remembered_military_is_not_the_attacker_named_now_other_way():
    got = facts(
        "Report\n\nUkrainian forces shelled Donetsk, the city's mayor said. The air force said "
        "Ukraine had launched 30 drones at Russia overnight."
    )
    assert got == [("drones_launched", "UKR", "RUS", 30, "RUSMIL")]


# -- "according to a count by X" is X's count


def test_according_to_a_count_by_names_the_counter():
    got = facts(
        "Russia has handed back 57 Ukrainian civilians this year, according to a count by "
        "Ukraine's ombudsman."
    )
    assert got == [("prisoners_released", "RUS", "UKR", 57, "UKROMB")]


def test_according_to_figures_from_names_the_counter():
    got = facts(
        "Azerbaijan has freed 66 Armenian detainees since January, according to figures from "
        "Armenia's foreign ministry."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 66, "ARMGOV")]


# -- armed movements named as sides: the side of the state they act from


def test_hezbollah_is_a_side():
    got = facts("Report\n\nHezbollah fired 12 rockets at northern Israel, the Israeli army said.")
    assert got == [("missiles_launched", "LBN", "ISR", 12, "ISRMIL")]


def test_houthis_speak_for_their_side():
    got = facts("Report\n\nThe Houthis said they had fired three missiles at Israel on Sunday.")
    assert got == [("missiles_launched", "YEM", "ISR", 3, "YEMGOV")]


def test_who_shoots_down_is_no_attacker():
    got = facts("Report\n\nRussia shot down 30 Ukrainian drones overnight, officials said.")
    assert got == [("drones_downed", "RUS", "UKR", 30, "RUSGOV")]
