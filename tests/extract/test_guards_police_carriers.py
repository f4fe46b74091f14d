"""Military bodies with their own name, police, outlets that carry a statement and a body's own
spokesman, on sentences written for these tests."""

from datetime import date

from extract_helpers import grounded

PUBLISHED = date(2025, 9, 20)


def speakers(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((c.measure, c.claimant, tuple(c.via)) for c in grounded(text, PUBLISHED))


def test_revolutionary_guards_are_a_military_body_and_the_carrier_relays():
    got = speakers(
        "Report\n\nIran's Revolutionary Guards said in a statement carried by state television "
        "that they had fired 50 missiles at Israel."
    )
    assert got == [("missiles_launched", "IRNMIL", ("IRNMED",))]


def test_irgc_statement_aired_by_state_tv():
    got = speakers(
        "Report\n\nThe IRGC said in a message aired by state TV that it had launched 12 drones "
        "at Israel."
    )
    assert got == [("drones_launched", "IRNMIL", ("IRNMED",))]


def test_police_speak_for_the_state_of_the_place_struck():
    got = speakers(
        "Report\n\nRussia launched 40 drones at Ukraine overnight. Three people were killed "
        "when a drone hit a house in Kharkiv, police said."
    )
    assert ("killed", "UKRGOV", ()) in got


def test_police_force_in_a_town_under_rocket_fire():
    got = speakers(
        "Report\n\nHamas fired 20 rockets at Israel. Two people were killed in Sderot, the "
        "police force said."
    )
    assert ("killed", "ISRGOV", ()) in got


def test_possessive_country_before_plural_officials():
    got = speakers("Report\n\nUkraine's officials said Russia had launched 40 drones overnight.")
    assert got == [("drones_launched", "UKRGOV", ())]
    got = speakers("Report\n\nHamas fired 20 rockets at Israel, Israel's officials said.")
    assert got == [("missiles_launched", "ISRGOV", ())]


def test_movements_own_spokesman_is_not_a_relay():
    got = speakers(
        "Report\n\nHezbollah said on Monday it had fired 30 rockets at Israel, military "
        "spokesman Ali Haidar said in a televised speech."
    )
    assert got == [("missiles_launched", "LBNGOV", ())]


def test_movements_unnamed_spokesman_is_not_a_relay():
    got = speakers(
        "Report\n\nThe Houthis said they had launched 4 drones at Israel, a military spokesman "
        "said."
    )
    assert got == [("drones_launched", "YEMGOV", ())]
