"""Tolls and parts that name no class of their own, and headings that name no speaker.

"three others were wounded" (a toll under its own verb), "eight others were freed" (more of
the release just told), drones "lost" from radar (neither launched nor downed), "destroyed 37
of them" (a part downed), "a woman was killed" (a toll of one with no numeral), "12 National
Guard members" among a freed group (a part named by its unit), "killed in Russian shelling"
(a demonym names the attacker, never the place), a topic before a heading's colon ("Ukraine
war latest:"), and "how many of its own troops" in a withheld figure. Every sentence here was
written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import headed, outcomes


def claims_of(body: str, headline: str = "Report", published: date = date(2024, 2, 8)):
    return headed(body, published, headline)


def facts(claims) -> set[tuple]:
    return outcomes(claims)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Three Ukrainian farmers were killed and eight others were injured in a Russian "
            "strike on Nikopol, officials said.",
            {("killed", "RUS", "UKR", 3, False), ("wounded", "RUS", "UKR", 8, False)},
        ),
        (
            "One Russian soldier was killed and four others were wounded when Ukrainian drones "
            "hit a depot in Belgorod, the Russian defence ministry said.",
            {("wounded", "UKR", "RUS", 4, False)},
        ),
    ],
)
def test_others_counts_under_its_own_verb(body: str, want: set) -> None:
    got = facts(claims_of(body))
    assert want <= got
    assert not any(f[0] == "killed" and f[3] in (8, 4) for f in got)


@pytest.mark.parametrize(
    "body",
    [
        "Russia sent 52 drones against Ukraine overnight, the Ukrainian air force said. "
        "Air defences destroyed 37 of them, while 11 others were lost from radar.",
        "Russia launched 52 drones at Ukraine overnight; 37 were shot down and 11 decoy drones "
        "were lost to electronic warfare, the Ukrainian air force said.",
    ],
)
def test_lost_drones_are_neither_launched_nor_killed(body: str) -> None:
    """And "destroyed 37 of them": a part with its own verb, downed, not launched."""
    got = facts(claims_of(body))
    assert ("drones_launched", "RUS", "UKR", 52, False) in got
    assert ("drones_downed", "UKR", "RUS", 37, False) in got
    assert not any(f[3] == 11 for f in got)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "A man was killed in a Russian drone attack on Kherson, Ukrainian officials said.",
            ("killed", "RUS", "UKR", 1, False),
        ),
        (
            "The Ukrainian shelling of Horlivka wounded a woman, Russian officials said.",
            ("wounded", "UKR", "RUS", 1, False),
        ),
    ],
)
def test_a_single_casualty_counts_one(body: str, want: tuple) -> None:
    assert want in facts(claims_of(body))


def test_a_person_not_harmed_is_no_toll() -> None:
    body = "A woman told reporters that Russia launched 20 drones at Ukraine overnight."
    assert not any(c.value == 1 for c in claims_of(body))


@pytest.mark.parametrize(
    ("second", "scope"),
    [
        ("The group included 14 National Guard members and nine civilians.", "national guard"),
        ("Among them were 14 border guards and nine civilians.", "border guards"),
    ],
)
def test_a_unit_named_part_of_a_group(second: str, scope: str) -> None:
    body = f"Russia freed 103 Ukrainian prisoners on Tuesday, Kyiv said. {second}"
    got = claims_of(body)
    parts = {c.value: c for c in got if c.measure == "prisoners_released"}
    assert {103, 14, 9} <= set(parts)
    assert parts[14].from_code == "RUS" and parts[14].to_code == "UKR"
    assert scope in (parts[14].scope or "")


def test_bare_members_are_no_part() -> None:
    body = "Russia freed 103 Ukrainian prisoners on Tuesday, Kyiv said. It has 14 members."
    assert 14 not in {c.value for c in claims_of(body)}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Four soldiers were killed in Russian shelling near Izium, Ukraine said.",
            ("killed", "RUS", "UKR", 4, False),
        ),
        (
            "Six people were wounded in Ukrainian shelling near Shebekino, Russia said.",
            ("wounded", "UKR", "RUS", 6, False),
        ),
    ],
)
def test_a_demonym_in_the_attack_phrase_is_no_place(body: str, want: tuple) -> None:
    assert want in facts(claims_of(body))


@pytest.mark.parametrize(
    "headline",
    [
        "Ukraine war latest: Russia launches 61 drones overnight",
        "Russia-Ukraine war: Russia launches 61 drones overnight",
    ],
)
def test_a_topic_before_the_colon_is_no_speaker(headline: str) -> None:
    body = "Russia launched 61 drones at Ukraine overnight, the Ukrainian air force said."
    got = claims_of(body, headline=headline)
    head = [c for c in got if c.span.start < len(headline)]
    assert head and all(c.claimant == "SELF" for c in head)


def test_a_named_speaker_before_the_colon_still_speaks() -> None:
    body = "Russia launched 61 drones at Ukraine overnight, the Ukrainian air force said."
    got = claims_of(body, headline="Zelensky: Russia launched 61 drones overnight")
    head = [c for c in got if c.span.start < 45]
    assert head and all(c.claimant == "UKRGOV" for c in head)


@pytest.mark.parametrize(
    "second",
    [
        "Baku did not say how many of its own soldiers had been wounded.",
        "Azerbaijan's defence ministry gave no figure and did not say how many of its own "
        "troops had been hurt.",
    ],
)
def test_its_own_people_in_a_withheld_toll(second: str) -> None:
    first = "Two Armenian soldiers were killed by Azerbaijani fire on Monday, Armenia said."
    body = f"{first} {second}"
    withheld = [c for c in claims_of(body) if c.undisclosed]
    assert withheld
    assert all((c.from_code, c.to_code) == ("ARM", "AZE") for c in withheld)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Russia handed over 75 Ukrainian prisoners on Thursday, Kyiv said. "
            "Eight others were freed on Friday.",
            ("prisoners_released", "RUS", "UKR", 8, False),
        ),
        (
            "Ukraine returned 64 Russian soldiers on Thursday, Moscow said. "
            "Seven others came home on Friday.",
            ("prisoners_released", "UKR", "RUS", 7, False),
        ),
    ],
)
def test_others_freed_after_a_release(body: str, want: tuple) -> None:
    assert want in facts(claims_of(body))


def test_others_that_struck_are_no_count() -> None:
    body = (
        "Russia fired 14 missiles at Kyiv overnight, the Ukrainian air force said. "
        "Ten were shot down and four others hit buildings."
    )
    assert 4 not in {c.value for c in claims_of(body)}
