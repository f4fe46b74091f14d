"""Who speaks, on sentences written for these tests: an unnamed local official ("the
governor", "the mayor") who gives a part of a toll ("three children were among the dead")
speaks for the state of the place hit, as for a toll of its own; an unnamed army that tells of
soldiers killed by a side it names by a country word speaks for the soldiers' side, wherever
the cue stands."""

from datetime import date

import pytest
from extract_helpers import attributed, headed

PUBLISHED = date(2026, 5, 12)  # a Tuesday


def facts(body: str, headline: str = "Report") -> list[tuple]:
    return attributed(headed(body, PUBLISHED, headline=headline))


# -- a local official giving a part of the toll told before: the struck state's


@pytest.mark.parametrize(
    ("body", "code", "frm", "to"),
    [
        ("Russian missiles killed 11 civilians in Kharkiv. The governor said three children "
         "were among the dead.", "UKRGOV", "RUS", "UKR"),
        ("Russian shelling killed seven people in Odesa. The mayor said two children "
         "were among the dead.", "UKRGOV", "RUS", "UKR"),
        ("Russian bombs killed nine people in Sumy. Four women were among the dead, the "
         "regional administration said.", "UKRGOV", "RUS", "UKR"),
        ("Ukrainian drones killed five people in Belgorod. The governor said two children "
         "were among the dead.", "RUSGOV", "UKR", "RUS"),
    ],
)
def test_local_official_gives_a_part_for_the_place_hit(
    body: str, code: str, frm: str, to: str
) -> None:
    got = facts(body)
    parts = [c for c in got if c[3] < max(c[3] for c in got)]
    assert parts and all(c[1:3] == (frm, to) and c[4] == code for c in parts)


def test_named_governor_keeps_his_state() -> None:
    # negative: a governor named with his region is that region's state's, as before
    got = facts("Russian missiles killed 11 civilians in Kharkiv. Kharkiv governor Oleh "
                "Syniehubov said three children were among the dead.")
    assert all(c[4] != "RUSGOV" for c in got)


# -- an unnamed army telling of soldiers killed by a named side speaks for the soldiers


@pytest.mark.parametrize(
    "body",
    [
        "Russian shelling killed four soldiers near Pokrovsk, the army said.",
        "Four soldiers were killed by Russian artillery fire, the military said.",
        "Russian drones wounded six soldiers near Kupiansk, the military said.",
        "The army said Russian shelling killed four soldiers.",
    ],
)
def test_unnamed_army_speaks_for_its_fallen(body: str) -> None:
    got = facts(body, headline="Russia-Ukraine war: latest")
    assert [(c[1], c[2], c[4]) for c in got] == [("RUS", "UKR", "UKRMIL")]


def test_army_telling_of_enemy_soldiers_killed_stays_the_killers() -> None:
    # negative: soldiers with the other side's name are not the army's own
    got = facts("Ukrainian forces killed 40 Russian soldiers near Bakhmut, the army said.",
                headline="Russia-Ukraine war: latest")
    assert [(c[1], c[2], c[4]) for c in got] == [("UKR", "RUS", "UKRMIL")]


def test_army_striking_fighters_stays_the_strikers() -> None:
    # negative: "Israeli strikes killed 12 Hamas fighters, the army said" is Israel's army
    got = facts("Israeli strikes killed 12 Hamas fighters in Gaza, the army said.")
    assert [(c[1], c[2], c[4]) for c in got] == [("ISR", "PSE", "ISRMIL")]


def test_unnamed_army_of_another_war_speaks_for_its_fallen() -> None:
    got = facts("Israeli strikes killed three soldiers near Tyre, the army said.",
                headline="Israel strikes southern Lebanon")
    assert [(c[1], c[2], c[4]) for c in got] == [("ISR", "LBN", "LBNMIL")]
