"""Aid bodies named after a country speak for no state, and a part counted right after an
attributed figure ("97 of the drones") continues that source. Sentences written for these
tests, in several phrasings each."""

from datetime import date

from extract_helpers import attributed, grounded

PUBLISHED = date(2025, 9, 20)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


# -- an aid body whose name holds a country is no state body


def test_representative_of_a_refugee_council():
    got = facts(
        "A representative of the Norwegian Refugee Council said 12 civilians were killed in "
        "a Russian strike on Kharkiv."
    )
    assert got == [("killed", "RUS", "UKR", 12, "NRC", ())]


def test_refugee_council_as_subject():
    got = facts(
        "The Danish Refugee Council reported that 40 people were wounded in a Russian strike "
        "on Odesa."
    )
    assert got == [("wounded", "RUS", "UKR", 40, "DRC", ())]


def test_relief_foundation_member():
    got = facts(
        "Oleg Petrov of the Swiss Relief Foundation said 40 people were wounded in a Russian "
        "strike on Odesa."
    )
    assert got == [("wounded", "RUS", "UKR", 40, "SRF", ())]


def test_named_world_organisation_takes_its_initials():
    got = facts(
        "The World Health Organization said 12 civilians were killed in a Russian strike on "
        "Kharkiv."
    )
    assert got == [("killed", "RUS", "UKR", 12, "WHO", ())]


def test_state_council_keeps_its_state():
    got = facts(
        "The Russian Security Council said 12 civilians were killed in a Ukrainian strike on "
        "Belgorod."
    )
    assert got == [("killed", "UKR", "RUS", 12, "RUSGOV", ())]


# -- "N of the drones" after an attributed count continues that source


def test_part_of_the_drones_continues_the_air_force():
    got = facts(
        "The Ukrainian Air Force said Russia launched 90 drones overnight. Air defences "
        "destroyed 70 of the drones."
    )
    assert got == [
        ("drones_downed", "UKR", "RUS", 70, "UKRMIL", ()),
        ("drones_launched", "RUS", "UKR", 90, "UKRMIL", ()),
    ]


def test_part_of_them_continues_the_air_force():
    got = facts(
        "Russia sent 75 drones against Ukraine overnight, the Ukrainian Air Force said. Mobile "
        "fire groups shot down 61 of the drones over the north."
    )
    assert got == [
        ("drones_downed", "UKR", "RUS", 61, "UKRMIL", ()),
        ("drones_launched", "RUS", "UKR", 75, "UKRMIL", ()),
    ]
