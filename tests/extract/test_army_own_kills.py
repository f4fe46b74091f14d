"""An unnamed army telling of its own troops' killing speaks for the killers' state, even when
the victims are a named armed group."""

from __future__ import annotations

from datetime import date

from extract_helpers import headed

DAY = date(2025, 3, 5)


def _claimants(body: str) -> set[tuple]:
    return {(c.measure, c.from_code, c.to_code, c.value, c.claimant) for c in headed(body, DAY)}


def test_army_reporting_its_troops_killing_a_named_group() -> None:
    body = "Israeli soldiers killed nine Hezbollah fighters in southern Lebanon, the army said."
    assert ("killed", "ISR", "LBN", 9, "ISRMIL") in _claimants(body)


def test_gunmen_and_militants_are_people_counted() -> None:
    body = "Israeli troops killed seven Hamas gunmen in Rafah on Tuesday, the military said."
    assert ("killed", "ISR", "PSE", 7, "ISRMIL") in _claimants(body)


def test_the_victims_side_still_counts_a_strike_on_it() -> None:
    body = "Russian missiles killed four people in Odesa overnight, the regional governor said."
    assert ("killed", "RUS", "UKR", 4, "UKRGOV") in _claimants(body)
