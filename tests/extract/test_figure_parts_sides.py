"""What a figure counts and which way it goes, where the sentence around it misleads.

A part's own verb ("48 missiles, 35 of which were intercepted"), a weapon's reduced relative
("drones launched by Iran were shot down"), third-country nationals freed beside a side's own
people, a mediator's cumulative total "from both sides", a wire dateline with a plain hyphen,
and a bare "did not say how many" after a clause that counts no release. Every sentence here
was written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import headed, outcomes

from sayso.extract import extract_text


def claims_of(body: str, published: date = date(2025, 9, 17), headline: str = "Report"):
    return headed(body, published, headline)


def facts(claims) -> set[tuple]:
    return outcomes(claims)


# -- a part's own verb decides its measure -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "whole", "part"),
    [
        (
            "Moscow fired 58 missiles at targets across Ukraine, and 41 of them were shot down, "
            "the Ukrainian air force said.",
            ("missiles_launched", "RUS", "UKR", 58, False),
            ("missiles_downed", "UKR", "RUS", 41, False),
        ),
        (
            "Iran launched 120 drones at Israel overnight, of which 97 were shot down, "
            "the Israeli military said.",
            ("drones_launched", "IRN", "ISR", 120, False),
            ("drones_downed", "ISR", "IRN", 97, False),
        ),
        (
            "Russia attacked Ukraine with 210 drones overnight, 180 of which were destroyed "
            "by air defences, Kyiv said.",
            ("drones_launched", "RUS", "UKR", 210, False),
            ("drones_downed", "UKR", "RUS", 180, False),
        ),
    ],
)
def test_part_intercepted_is_downed_by_the_defender(body, whole, part) -> None:
    got = claims_of(body)
    assert facts(got) == {whole, part}
    dated = {c.value: c.event_date for c in got}
    assert dated[part[3]] == dated[whole[3]] is not None  # the part shares its whole's day


def test_part_that_died_is_killed() -> None:
    got = claims_of(
        "At least 40 people were wounded in Kharkiv by Russian strikes, three of whom later "
        "died, Ukraine's emergency service said."
    )
    assert ("wounded", "RUS", "UKR", 40, False) in facts(got)
    assert ("killed", "RUS", "UKR", 3, False) in facts(got)


# -- a weapon's reduced relative names the attacker ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Israel's army said 52 drones launched by Iran were brought down overnight.",
        "Explosions were heard in Haifa overnight. Israel's military said 44 drones sent by "
        "Iran had been destroyed.",
        "Air defences downed 44 drones launched by Iran overnight, Israel said.",
    ],
)
def test_launched_by_names_the_attacker_main_verb_the_measure(body: str) -> None:
    got = claims_of(body)
    assert {(c.measure, c.from_code, c.to_code) for c in got} == {
        ("drones_downed", "ISR", "IRN")
    }


def test_fired_from_names_the_attacker() -> None:
    got = claims_of("Sirens sounded across Israel. The army said 14 missiles fired from Iran "
                    "were intercepted.")
    assert {(c.measure, c.from_code, c.to_code, c.value) for c in got} == {
        ("missiles_downed", "ISR", "IRN", 14)
    }


# -- the subject of "killed" is the attacker -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Israel's army said it had struck a command post in Lebanon and claimed to have "
            "killed more than 20 fighters.",
            ("killed", "ISR", "LBN", 20, False),
        ),
        (
            "Kyiv said its drones killed 14 Russian soldiers near Bakhmut.",
            ("killed", "UKR", "RUS", 14, False),
        ),
    ],
)
def test_the_killer_named_as_subject_is_the_attacker(body, fact) -> None:
    assert fact in facts(claims_of(body))


# -- third-country nationals ----------------------------------------------------------------

HOSTAGE_DAY = (
    "Israel released 60 Palestinian prisoners from a jail near Ramallah on Friday. "
    "Hamas freed 24 Israeli hostages in Gaza on Friday, Israel said. "
)


@pytest.mark.parametrize(
    "extra",
    [
        "Two Filipino nationals were released as well in a parallel deal, Manila said.",
        "Two Filipino citizens were also released on Friday, the Philippine foreign ministry "
        "said.",
    ],
)
def test_third_country_nationals_go_home_from_the_last_holder(extra: str) -> None:
    got = claims_of(HOSTAGE_DAY + extra)
    two = [c for c in got if c.value == 2]
    assert [(c.measure, c.from_code, c.to_code, c.scope) for c in two] == [
        ("prisoners_released", "PSE", "PHL", None)
    ]
    assert two[0].claimant == "PHLGOV"


def test_nationals_of_an_unknown_state_are_no_part_and_no_side() -> None:
    got = claims_of(HOSTAGE_DAY + "Nine Ruritanian nationals were released too, Strelsau said.")
    assert not [c for c in got if c.value == 9]


# -- a mediator's total from both sides -----------------------------------------------------

SWAP_DAY = "Russia and Ukraine swapped 84 prisoners each on Friday, in a deal brokered by Turkey. "


@pytest.mark.parametrize(
    "extra",
    [
        "Turkish mediators have so far arranged the return of 1,540 captives from both sides, "
        "Ankara said.",
        "In all, 2,950 prisoners of both sides have been exchanged since the war began, "
        "Ankara said.",
        "In all, 2,950 prisoners have been exchanged since the war began, Ankara said.",
    ],
)
def test_a_two_way_total_gives_no_claim(extra: str) -> None:
    got = claims_of(SWAP_DAY + extra)
    assert {c.value for c in got} == {84}


@pytest.mark.parametrize(
    "extra",
    [
        "Turkey said its mediation had so far freed 412 Ukrainian detainees.",
        "Turkey said 412 Ukrainians had been received from Russia since 2022.",
    ],
)
def test_a_mediator_is_never_a_side(extra: str) -> None:
    got = [c for c in claims_of(SWAP_DAY + extra) if c.value == 412]
    assert [(c.from_code, c.to_code) for c in got] == [("RUS", "UKR")]


# -- datelines and intermediaries -----------------------------------------------------------


@pytest.mark.parametrize(
    "dateline", ["KHARKIV - ", "KHARKIV, Sept 15 (Reuters) - ", "KHARKIV — ", ""]
)
def test_handed_to_the_red_cross_goes_home_whatever_the_dateline(dateline: str) -> None:
    got = claims_of(
        f"{dateline}Four Ukrainian soldiers held in Russia since 2022 were handed over to the "
        "Red Cross on Monday and returned to Ukraine, the Ukrainian army said."
    )
    assert facts(got) == {("prisoners_released", "RUS", "UKR", 4, False)}
    assert got[0].claimant == "UKRMIL" and got[0].event_date == date(2025, 9, 15)


def test_red_cross_is_no_receiving_side() -> None:
    got = claims_of(
        "ODESA - Two Ukrainian marines held in the Kursk region were transferred to the "
        "International Committee of the Red Cross on Tuesday, Ukraine's navy said."
    )
    assert facts(got) == {("prisoners_released", "RUS", "UKR", 2, False)}


# -- a bare "how many" withholds only what its own sentence counts -------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Ukrainian officials thought most of the remaining 40 were still alive, but would "
        "not say how many.",
        "The ombudsman in Kyiv believes many of the 40 missing men are alive but has not "
        "said how many.",
    ],
)
def test_how_many_are_alive_is_no_release_count(tail: str) -> None:
    got = claims_of(
        "Russia freed 84 Ukrainian soldiers on Friday, Kyiv said, and Ukraine handed 84 "
        "Russian prisoners to Moscow. " + tail
    )
    assert {c.value for c in got} == {84}
    assert not [c for c in got if c.undisclosed]


def test_bare_how_many_after_a_release_clause_is_withheld() -> None:
    got = claims_of(
        "Armenia and Azerbaijan exchanged prisoners on Sunday, but neither government said "
        "how many."
    )
    assert {(c.from_code, c.to_code) for c in got if c.undisclosed} == {
        ("ARM", "AZE"), ("AZE", "ARM")
    }


# -- where the people were held ------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "fact"),
    [
        (
            "Three Filipino citizens held in Gaza were also freed, Manila said.",
            ("prisoners_released", "PSE", "PHL", 3, False),
        ),
        (
            "Israel later freed four Filipino nationals detained in Israel, Manila said.",
            ("prisoners_released", "ISR", "PHL", 4, False),
        ),
    ],
)
def test_held_in_names_the_giver_of_third_country_nationals(extra, fact) -> None:
    got = claims_of(
        "Hamas freed 24 Israeli hostages in Gaza on Friday, Israel said. Israel released 60 "
        "Palestinian prisoners in return. " + extra
    )
    assert fact in facts(got)


@pytest.mark.parametrize(
    "tail",
    [
        "Officials believe most of the 31 hostages still held in Gaza are alive.",
        "The army said 31 hostages remain held in Gaza.",
    ],
)
def test_people_still_held_are_no_release(tail: str) -> None:
    got = claims_of(HOSTAGE_DAY + tail)
    assert not [c for c in got if c.value == 31]


# -- "both of which": a part that is the whole ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Iran fired two drones at Israel on Monday, both of which were downed over the Golan, "
        "the army said.",
        "Russia launched two missiles at Kyiv on Monday. Both of them were shot down, "
        "Ukraine's air force said.",
    ],
)
def test_both_of_which_were_downed(body: str) -> None:
    got = facts(claims_of(body))
    downed = {f for f in got if f[0].endswith("_downed")}
    assert len(downed) == 1 and next(iter(downed))[3] == 2
    launched = next(f for f in got if f[0].endswith("_launched"))
    assert next(iter(downed))[1:3] == (launched[2], launched[1])  # the defender first


# -- a downing or a toll with no side of its own takes the attack told before -------------


@pytest.mark.parametrize(
    ("tail", "fact"),
    [
        (
            "Of those, 38 drones were shot down.",
            ("drones_downed", "UKR", "RUS", 38, False),
        ),
        (
            "The air force did not say how many missiles had been intercepted.",
            ("missiles_downed", "UKR", "RUS", None, True),
        ),
    ],
)
def test_downing_without_sides_runs_against_the_attack(tail, fact) -> None:
    got = facts(claims_of(
        "Ukraine's air force said Russia had launched 53 drones and three missiles at Ukraine "
        "overnight. " + tail
    ))
    assert fact in got
    assert not {f for f in got if f[0] == fact[0] and f[1:3] == ("RUS", "UKR")}


def test_withheld_toll_takes_the_attackers_side() -> None:
    got = claims_of(
        "Turkish strikes killed at least 17 Syrians in the Idlib region, a Syrian monitor "
        "said. Turkey's defence ministry said it had hit 25 targets but did not say how many "
        "fighters were killed."
    )
    assert {(c.measure, c.from_code, c.to_code) for c in got if c.undisclosed} == {
        ("killed", "TUR", "SYR")
    }


ROUNDUP = (
    "Strikes in two wars\n\nISRAEL - Iran fired eight missiles at Israel overnight, the "
    "Israeli army said. Israel said its jets struck targets in Iran.\n\n"
)


@pytest.mark.parametrize(
    ("item", "fact"),
    [
        (
            "UKRAINE - Russia sent 76 drones against Ukraine overnight, Kyiv said.",
            ("drones_launched", "RUS", "UKR", 76, False),
        ),
        (
            "UKRAINE - Russian missiles struck the city of Poltava, killing four people, "
            "officials said.",
            ("killed", "RUS", "UKR", 4, False),
        ),
        (
            "RUSSIA - Moscow said 23 drones launched by Ukraine were destroyed. One civilian "
            "was killed in the Belgorod region, the governor said.",
            ("killed", "UKR", "RUS", 1, False),
        ),
    ],
)
def test_roundup_items_keep_their_own_sides(item, fact) -> None:
    text = ROUNDUP + item
    got = extract_text(text, published=date(2025, 9, 17), outlet="Test Desk")
    assert fact in facts(got)


@pytest.mark.parametrize(
    "body",
    [
        "Israeli strikes killed at least 27 Palestinians in Gaza, the health ministry said.",
        "Russian shelling killed 6 civilians in Odesa, the regional governor said.",
    ],
)
def test_attackers_nationality_on_the_subject_is_the_attacker(body: str) -> None:
    got = claims_of(body)
    attackers = {c.from_code for c in got}
    assert attackers == {"ISR"} or attackers == {"RUS"}
    assert all(c.to_code in ("PSE", "UKR") for c in got) and got


# -- headlines: a figure that counts nothing the measures count -----------------------------


@pytest.mark.parametrize("headline", ["Strikes across two wars", "Three days of raids"])
def test_headline_figure_of_other_things_is_no_claim(headline: str) -> None:
    got = claims_of(
        "Russia fired two missiles and three drones at Ukraine overnight, Kyiv said.",
        headline=headline,
    )
    assert all(c.claimant != "SELF" for c in got)
