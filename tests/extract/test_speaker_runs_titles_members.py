"""Speakers over a run of sentences, titles before a name, named members, named outlets.

A sentence with no source that adds to or breaks down the figures just attributed keeps their
source ("Seven other people were injured", "None of the missiles were intercepted", also after
another such sentence); a title before a name gives the role ("Houthi military spokesman X" is
the armed wing); "partners, including X, said" is X speaking; "Iran's Tasnim news agency" is an
outlet, TASNIM, not Iran. Every sentence here was written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import headed


def claims_of(body: str) -> list:
    return headed(body, date(2024, 3, 12))


def speaker_of(claims, measure: str, value: int) -> str:
    return next(c.claimant for c in claims if c.measure == measure and c.value == value)


@pytest.mark.parametrize(
    "body",
    [
        "Regional governor Oleh Syniehubov said a Russian drone strike killed two people in "
        "Kharkiv. Seven other people were injured.",
        "Mayor Ihor Terekhov said a Russian glide bomb killed two people in Kharkiv. "
        "Seven more were wounded.",
    ],
)
def test_added_toll_keeps_the_source_before(body: str) -> None:
    claims = claims_of(body)
    assert speaker_of(claims, "killed", 2) == "UKRGOV"
    assert next(c.claimant for c in claims if c.value == 7) == "UKRGOV"


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine's air force said Russia fired 12 missiles at Ukraine overnight. "
        "None of the missiles were intercepted.",
        "Ukraine's air force said Russia launched 80 drones and six missiles at Ukraine. "
        "Air defences shot down 70 of the drones. None of the missiles were intercepted.",
    ],
)
def test_none_of_them_keeps_the_source_over_a_run(body: str) -> None:
    claims = claims_of(body)
    assert speaker_of(claims, "missiles_downed", 0) == "UKRMIL"


def test_a_plain_toll_after_a_source_stays_the_outlets() -> None:
    claims = claims_of(
        "Ukraine's air force said Russia launched 80 drones and six missiles at Ukraine. "
        "Air defences shot down 70 of the drones. Four missiles were intercepted."
    )
    assert speaker_of(claims, "missiles_downed", 4) == "SELF"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Houthi military spokesman Yahya Saree said the group had fired three drones and "
         "one missile at Israel.", "YEMMIL"),
        ("Hamas military spokesman Abu Obeida said 12 hostages had been killed by Israeli "
         "strikes.", "PSEMIL"),
        ("Kremlin spokesman Dmitry Peskov said 80 Ukrainian drones were shot down by Russian "
         "forces.", "RUSGOV"),
    ],
)
def test_a_title_before_a_name_gives_the_role(body: str, code: str) -> None:
    claims = claims_of(body)
    assert claims and {c.claimant for c in claims} == {code}


@pytest.mark.parametrize(
    "body",
    [
        "Iran's state news agency, citing a Houthi official, reported that Israeli strikes "
        "in Yemen had killed six people.",
        "A Houthi official said Israeli strikes had killed six people in Yemen.",
    ],
)
def test_the_movements_adjective_names_it(body: str) -> None:
    assert speaker_of(claims_of(body), "killed", 6) == "YEMGOV"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Humanitarian partners, including the Danish Refugee Council, said about 30 "
         "civilians had been wounded by Russian strikes in Ukraine.", "DRC"),
        ("Several charities, including the Norwegian Refugee Council, said about 30 "
         "civilians had been wounded by Russian strikes in Ukraine.", "NRC"),
        ("Several charities, including the Norwegian Refugee Council and Save the Children, "
         "said about 30 civilians had been wounded by Russian strikes in Ukraine.", "SELF"),
    ],
)
def test_a_group_speaks_through_its_one_named_member(body: str, code: str) -> None:
    assert speaker_of(claims_of(body), "wounded", 30) == code


@pytest.mark.parametrize(
    ("body", "chain"),
    [
        ("Iran's Tasnim news agency, citing a Houthi official, reported that Israeli strikes "
         "on Hodeidah port in Yemen had killed six people.", ("YEMGOV", ["TASNIM"])),
        ("Turkey's Anadolu news agency reported that Israeli strikes had killed six people "
         "in Gaza.", ("ANADOLU", [])),
        ("Iran's state news agency, citing a Houthi official, reported that Israeli strikes "
         "in Yemen had killed six people.", ("YEMGOV", ["IRNMED"])),
    ],
)
def test_an_outlet_named_before_its_kind_relays(body: str, chain: tuple) -> None:
    c = next(c for c in claims_of(body) if c.measure == "killed" and c.value == 6)
    assert (c.claimant, list(c.via)) == chain
