"""A partitive "one of …", a named group among a toll, a running toll's day, and kin.

"One of the missiles was shot down" counts one, as "two of the missiles" counts two; "two
nurses were among the dead" narrows the killed figure just stated (not the wounded one stated
last); "died overnight, bringing the toll to five" updates the attack told before and takes its
day; the 26 of "downed 23 of 26 drones" is what was launched, and "all but two" counts
nothing; "and one wounded" is a toll of one, and "killed two more" after a wounded count adds
to the killed; in "downed 88 drones and 128 decoys were lost" the 128 are lost, not downed;
"the army said its strikes killed 12" makes the army's side the attacker. Every sentence here
was written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import headed


def claims_of(body: str) -> list:
    return headed(body, date(2024, 3, 12))


def keys(claims) -> set[tuple]:
    return {(c.measure, c.from_code, c.to_code, c.value) for c in claims}


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            "Russia fired three cruise missiles at Ukraine overnight, the air force said. "
            "One of the missiles was shot down over Mykolaiv.",
            ("missiles_downed", "UKR", "RUS", 1),
        ),
        (
            "Russia launched six drones at Ukraine. One of them was destroyed by mobile fire "
            "groups.",
            ("drones_downed", "UKR", "RUS", 1),
        ),
        (
            "Russia fired 12 drones at Odesa overnight, the army said. One of its soldiers was "
            "wounded.",
            ("wounded", "RUS", "UKR", 1),
        ),
    ],
)
def test_partitive_one_counts_one(body: str, key: tuple) -> None:
    assert key in keys(claims_of(body))


def test_one_of_a_group_that_does_nothing_counts_nothing() -> None:
    body = (
        "Russia freed 90 prisoners on Friday. One of the released prisoners told reporters he "
        "had been beaten."
    )
    assert all(c.value != 1 for c in claims_of(body))


@pytest.mark.parametrize(
    ("body", "key", "scope"),
    [
        (
            "Russian missiles killed eight people in Dnipro, the governor said. Two nurses were "
            "among the dead.",
            ("killed", "RUS", "UKR", 2),
            "nurses",
        ),
        (
            "A Russian drone strike on Sumy killed five people and injured 20. Among the dead "
            "were two firefighters.",
            ("killed", "RUS", "UKR", 2),
            "firefighters",
        ),
        (
            "A Russian missile strike on Poltava killed three people and wounded 14. Four "
            "doctors were among the injured.",
            ("wounded", "RUS", "UKR", 4),
            "doctors",
        ),
    ],
)
def test_named_group_among_a_toll_is_a_part_of_that_toll(
    body: str, key: tuple, scope: str
) -> None:
    claims = claims_of(body)
    part = [c for c in claims if (c.measure, c.from_code, c.to_code, c.value) == key]
    assert part and part[0].scope == scope
    other = "wounded" if key[0] == "killed" else "killed"
    assert not any(c.measure == other and c.value == key[3] for c in claims)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "A Russian missile strike on Kharkiv on Sunday killed four people. A man wounded in "
            "the strike died in hospital overnight, bringing the toll to five.",
            date(2024, 3, 10),
        ),
        (
            "Russian drones killed two civilians in Chernihiv on Saturday, officials said. An "
            "elderly woman died of her injuries on Monday, raising the death toll to three.",
            date(2024, 3, 9),
        ),
    ],
)
def test_running_toll_takes_the_day_of_the_attack_it_updates(body: str, day: date) -> None:
    claims = claims_of(body)
    update = max((c for c in claims if c.measure == "killed"), key=lambda c: c.value)
    assert update.event_date == day


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine's military said its forces downed 23 of 26 Russian drones overnight.",
        "Ukraine's military said its forces downed 23 out of 26 Russian drones overnight.",
        "Russia attacked Ukraine overnight with 26 drones, the air force said. Of the 26 "
        "drones, 23 were shot down.",
    ],
)
def test_whole_of_a_downed_part_is_what_was_launched(body: str) -> None:
    found = keys(claims_of(body))
    assert ("drones_downed", "UKR", "RUS", 23) in found
    assert ("drones_launched", "RUS", "UKR", 26) in found
    assert ("drones_downed", "UKR", "RUS", 26) not in found


def test_all_but_a_few_is_no_count_of_the_downed() -> None:
    body = (
        "The Israeli military said it had intercepted all but two of the 30 missiles fired "
        "from Iran."
    )
    found = keys(claims_of(body))
    assert ("missiles_launched", "IRN", "ISR", 30) in found
    assert not any(k[3] == 2 for k in found)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            "Two people were killed and one wounded in a Russian drone attack on Poltava, local "
            "officials said.",
            ("wounded", "RUS", "UKR", 1),
        ),
        (
            "The Russian strike on Sumy killed three civilians and injured one, Ukraine's "
            "governor said.",
            ("wounded", "RUS", "UKR", 1),
        ),
    ],
)
def test_bare_one_under_a_casualty_verb_is_a_toll_of_one(body: str, key: tuple) -> None:
    assert key in keys(claims_of(body))


def test_no_one_hurt_counts_nobody_as_one() -> None:
    body = "No one was injured in the Russian attack on Lviv, Ukraine's mayor said."
    assert all(c.value != 1 for c in claims_of(body))


@pytest.mark.parametrize(
    ("body", "key", "not_key"),
    [
        (
            "Russian drones wounded four people in Sumy and killed two more, Ukraine's governor "
            "said.",
            ("killed", "RUS", "UKR", 2),
            ("wounded", "RUS", "UKR", 2),
        ),
        (
            "Russian glide bombs injured six people in Kupiansk and killed one more, Ukraine's "
            "regional governor said.",
            ("killed", "RUS", "UKR", 1),
            ("wounded", "RUS", "UKR", 1),
        ),
    ],
)
def test_more_under_another_casualty_verb_adds_to_that_toll(
    body: str, key: tuple, not_key: tuple
) -> None:
    found = keys(claims_of(body))
    assert key in found
    assert not_key not in found


@pytest.mark.parametrize(
    ("body", "value", "day"),
    [
        (
            "Russia freed 50 prisoners on Friday and 30 more on Saturday, Ukraine said.",
            30,
            date(2024, 3, 9),
        ),
        (
            "Ukraine said Russia had released 64 captives on Sunday and 21 more on Monday.",
            21,
            date(2024, 3, 11),
        ),
    ],
)
def test_elided_figure_keeps_its_own_day(body: str, value: int, day: date) -> None:
    part = next(c for c in claims_of(body) if c.value == value)
    assert part.event_date == day


def test_group_among_the_dead_skips_a_wounded_figure_told_between() -> None:
    body = (
        "Russian missiles killed four people in Dnipro, Ukraine's governor said. In "
        "Zaporizhzhia, at least 25 people were wounded, officials said. A hospital spokesman "
        "said two nurses were among the dead in Dnipro."
    )
    found = keys(claims_of(body))
    assert ("killed", "RUS", "UKR", 2) in found
    assert ("wounded", "RUS", "UKR", 2) not in found


def test_group_among_the_dead_with_no_killed_figure_is_no_part_of_the_wounded() -> None:
    body = (
        "Russian drones wounded 12 people in Sumy, Ukraine's governor said. Two medics were "
        "among the dead."
    )
    assert all(c.value != 2 for c in claims_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Russian forces launched 273 drones against Ukraine overnight, the air force reported. "
        "Ukrainian forces downed 88 drones and 128 decoy drones were lost, likely due to "
        "electronic warfare.",
        "Russia sent 150 drones at Ukraine overnight, the air force said. Air defences shot down "
        "88 drones and 40 decoys were lost from radar.",
    ],
)
def test_a_second_subject_after_and_takes_its_own_verb(body: str) -> None:
    found = keys(claims_of(body))
    assert ("drones_downed", "UKR", "RUS", 88) in found
    assert not any(k[3] in (128, 40) for k in found)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            "Israel's military said its strikes killed 12 Hamas fighters overnight.",
            ("killed", "ISR", "PSE", 12),
        ),
        (
            "Russia's defence ministry said its missile strikes killed 15 Ukrainian soldiers "
            "near Kupiansk.",
            ("killed", "RUS", "UKR", 15),
        ),
    ],
)
def test_its_strikes_make_the_speaker_the_attacker(body: str, key: tuple) -> None:
    assert key in keys(claims_of(body))
