"""Figures of held-out round 10: the other side of a bloc is none of its members.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

from extract_helpers import attributed, grounded, headed

from sayso.extract.frames import _other

PUBLISHED = date(2025, 9, 20)  # a Saturday


def test_a_blocs_other_side_is_none_of_its_members():
    assert _other("WST", ["USA", "YEM"]) == "YEM"
    assert _other("WST", ["GBR", "USA"]) is None
    assert _other("USA", ["WST", "IRN"]) == "IRN"


def test_drones_downed_by_a_blocs_ships_come_from_the_other_party():
    got = attributed(grounded(
        "Houthi rebels in Yemen attacked shipping again on Friday, a US official said. "
        "HMS Duncan and USS Mason shot down 9 drones, US Central Command said.",
        PUBLISHED,
    ))
    assert [g[:4] for g in got] == [("drones_downed", "WST", "YEM", 9)], got
    got = attributed(grounded(
        "Gunmen attacked a tanker on Friday. HMS Duncan and USS Mason shot down 9 drones, "
        "US Central Command said.",
        PUBLISHED,
    ))
    assert all(g[2] not in ("USA", "GBR") for g in got), got


def test_a_factbox_bullet_is_a_past_event_of_no_day():
    body = (
        "Israel and Hamas exchanged bodies on Tuesday, the Red Cross said. Earlier handovers "
        "since the truce began:\n\n"
        "* Hamas handed over four bodies of hostages in a ceremony in Khan Younis.\n\n"
        "* Israel returned 45 bodies of Palestinians, Gaza's health ministry said.\n"
    )
    got = _dated(body)
    assert ("remains_returned", 4, None) in got and ("remains_returned", 45, None) in got, got


def test_a_bullet_with_its_own_day_keeps_it_and_a_plain_digest_is_dated():
    body = (
        "Past swaps since the war began:\n\n"
        "* Russia freed 90 Ukrainian prisoners on Monday, Kyiv said.\n"
    )
    assert ("prisoners_released", 90, date(2025, 9, 15)) in _dated(body)
    body = (
        "Our daily digest of what the two sides said.\n\n"
        "* Russia freed 90 Ukrainian prisoners, Kyiv said.\n"
    )
    assert ("prisoners_released", 90, PUBLISHED) in _dated(body)


def _dated(body: str) -> set[tuple]:
    return {(c.measure, c.value, c.event_date) for c in headed(body, PUBLISHED, "Report")}


def test_weapons_named_by_a_movement_are_its_states():
    got = attributed(grounded("HMS Duncan and USS Mason downed 6 Houthi drones on Friday.",
                              PUBLISHED))
    assert [g[:4] for g in got] == [("drones_downed", "WST", "YEM", 6)], got
    got = attributed(grounded("Israeli jets shot down 8 Hezbollah drones on Friday.", PUBLISHED))
    assert [g[:4] for g in got] == [("drones_downed", "ISR", "LBN", 8)], got


def test_captives_freed_by_a_mediation_go_neither_way_from_the_mediator():
    got = attributed(grounded(
        "Russia and Ukraine swapped prisoners on Friday. Qatar said it had brokered three swaps, "
        "freeing 620 prisoners in all.",
        PUBLISHED,
    ))
    assert all("QAT" not in g[1:3] for g in got), got
