"""Tolls, plans and silences that the figure readers used to miss or misread.

A casualty count the parser tags as a time ("wounded 14 overnight"), a toll "left" in a state
("left two people dead"), a release "likely" or that "may" come, a stage that "would see"
bodies returned, a bare "It did not say how many." after a sentence that counts no figure, a
withheld count of what a side "is prepared to release", a night named "during the night", and
"Of them, …" after a sentence that names again the people of an earlier figure. Every
sentence here was written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import headed, outcomes


def claims_of(body: str, published: date = date(2025, 10, 8)):
    return headed(body, published)


def facts(claims) -> set[tuple]:
    return outcomes(claims)


@pytest.mark.parametrize(
    ("body", "wounded"),
    [
        ("Israeli strikes on Tyre killed three people and injured 14 overnight, Lebanese "
         "officials said.", ("wounded", "ISR", "LBN", 14, False)),
        ("Russian drones killed two people and wounded eleven overnight in Odesa, Ukrainian "
         "officials said.", ("wounded", "RUS", "UKR", 11, False)),
    ],
)
def test_a_toll_tagged_as_a_time_still_counts(body, wounded) -> None:
    assert wounded in facts(claims_of(body))


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Russian shelling of Kherson left two people dead, the Ukrainian governor said.",
         ("killed", "RUS", "UKR", 2, False)),
        ("An Israeli air strike on Rafah left 17 people dead overnight, Palestinian health "
         "officials said.", ("killed", "ISR", "PSE", 17, False)),
    ],
)
def test_left_dead_is_a_toll(body, fact) -> None:
    assert fact in facts(claims_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Some 25 Ukrainian soldiers are likely to be freed by Russia next week, Kyiv said.",
        "Azerbaijan may free 12 Armenian detainees next week, Yerevan said.",
    ],
)
def test_likely_and_may_with_a_coming_day_expect(body) -> None:
    got = claims_of(body)
    assert got and all(c.stance == "expects" for c in got)


def test_may_have_is_no_plan() -> None:
    got = claims_of("Russia may have launched 50 drones at Ukraine overnight, Kyiv said.")
    assert [c.stance for c in got] == ["asserts"]


@pytest.mark.parametrize(
    "second",
    [
        "Turkey said the next stage would see 600 bodies returned.",
        "A Turkish official said the following round would see 250 bodies returned.",
    ],
)
def test_would_see_bodies_returned_keeps_the_givers_way(second) -> None:
    got = claims_of("Russia handed over 500 bodies of Ukrainian soldiers on Friday. " + second)
    planned = [c for c in got if c.stance == "expects"]
    assert planned and {(c.from_code, c.to_code) for c in planned} == {("RUS", "UKR")}


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Russia launched 40 missiles at Ukraine overnight. The Ukrainian air force said most "
         "of the missiles were shot down. It did not say how many.",
         ("missiles_downed", "UKR", "RUS", None, True)),
        ("Iran fired missiles at Israel on Sunday. The Israeli army said most of the rockets "
         "were intercepted but did not say how many.",
         ("missiles_downed", "ISR", "IRN", None, True)),
    ],
)
def test_bare_how_many_withholds_the_count_before_it(body, fact) -> None:
    got = facts(claims_of(body))
    assert fact in got
    assert not any(f[0] == "missiles_launched" and f[4] for f in got)


@pytest.mark.parametrize(
    "body",
    [
        "Russia freed 15 Ukrainian soldiers today. The Russian side has not disclosed how many "
        "more it is prepared to release.",
        "Azerbaijan handed over six Armenian detainees on Tuesday. Baku has not said how many "
        "more it is ready to free.",
    ],
)
def test_withheld_count_of_a_coming_release(body) -> None:
    withheld = [c for c in claims_of(body) if c.undisclosed]
    assert len(withheld) == 1
    assert withheld[0].stance == "expects"
    assert withheld[0].measure == "prisoners_released"


def test_how_many_as_subject_is_no_elided_launch() -> None:
    got = claims_of("Russia launched 80 drones at Ukraine overnight. Kyiv said 60 were shot "
                    "down. It did not say how many hit their targets.")
    assert not [c for c in got if c.undisclosed]


@pytest.mark.parametrize("night", ["during the night", "in the night"])
def test_during_the_night_is_the_morning_of_publication(night) -> None:
    got = claims_of(
        f"Kyiv said five civilians were killed on Monday. Ukraine did not say how many drones "
        f"it launched at Russia {night}.",
        published=date(2025, 10, 8),
    )
    withheld = [c for c in got if c.undisclosed]
    assert withheld and all(c.event_date == date(2025, 10, 8) for c in withheld)


@pytest.mark.parametrize(
    ("body", "part"),
    [
        ("Russia freed 30 Ukrainian prisoners on Friday, Kyiv said. Moscow said Ukraine had "
         "handed back five Russian soldiers in return. The prisoners had been held in Kursk, "
         "the ombudsman said. Of them, eight were civilians.",
         ("prisoners_released", "RUS", "UKR", 8, False)),
        ("Israel released 90 Palestinian detainees on Sunday. Hamas said it had freed three "
         "Israeli hostages in exchange. According to the prison service, the detainees had "
         "been held at Ofer. Of them, 21 were minors.",
         ("prisoners_released", "ISR", "PSE", 21, False)),
    ],
)
def test_of_them_after_the_people_are_named_again(body, part) -> None:
    got = facts(claims_of(body))
    assert part in got
    assert (part[0], part[2], part[1], part[3], False) not in got


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Russian guided bombs left six people dead in Izium, the Ukrainian governor said.",
         ("killed", "RUS", "UKR", 6, False)),
        ("Azerbaijani artillery left three Armenian soldiers dead, officials in Yerevan said.",
         ("killed", "AZE", "ARM", 3, False)),
    ],
)
def test_dead_after_the_people_is_a_toll_not_remains(body, fact) -> None:
    assert facts(claims_of(body)) == {fact}


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Thursday: Russia's defence ministry said its air defences downed 33 Ukrainian drones "
         "during the night.", date(2025, 10, 2)),
        ("Ukraine's air force said on Tuesday that Russia had launched 70 drones at Ukraine "
         "overnight.", date(2025, 9, 30)),
    ],
)
def test_a_named_day_dates_the_night(body, day) -> None:
    got = claims_of(body, published=date(2025, 10, 5))
    assert got and all(c.event_date == day for c in got)


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Iran launched 60 drones at Israel overnight. The Israeli army did not say how many of "
         "the missiles were intercepted.", ("missiles_downed", "ISR", "IRN", None, True)),
        ("Ukraine launched 80 drones at Russia overnight. Moscow did not say how many of the "
         "drones were shot down.", ("drones_downed", "RUS", "UKR", None, True)),
    ],
)
def test_how_many_of_the_things_counts_those_things(body, fact) -> None:
    assert fact in facts(claims_of(body))


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("In the Middle East, Israeli strikes on Khan Younis killed 4 people, Palestinian "
         "officials said.", ("killed", "ISR", "PSE", 4, False)),
        ("In the Caucasus, Azerbaijani shelling near Goris killed two people, Yerevan said.",
         ("killed", "AZE", "ARM", 2, False)),
    ],
)
def test_a_world_region_is_no_sides_place(body, fact) -> None:
    assert facts(claims_of(body)) == {fact}


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Azerbaijan may free 15 Armenian detainees soon, Yerevan said. In Ukraine, the air "
         "force says Russia fired 64 drones overnight.",
         ("drones_launched", "RUS", "UKR", 64, False)),
        ("Armenia freed two Azerbaijani soldiers on Monday. In Israel, the army said Iran "
         "launched 30 missiles overnight.", ("missiles_launched", "IRN", "ISR", 30, False)),
    ],
)
def test_a_bulletins_country_lead_is_the_target(body, fact) -> None:
    assert fact in facts(claims_of(body))


def test_a_digest_lines_weekday_dates_its_figures() -> None:
    body = (
        "Tuesday: A Russian drone hit a bus in Kherson, killing three people, Ukrainian "
        "officials said.\n\n"
        "Thursday: Ukraine's air force said Russia had launched 95 drones overnight."
    )
    got = {c.measure: c.event_date for c in claims_of(body, published=date(2025, 10, 5))}
    assert got == {"killed": date(2025, 9, 30), "drones_launched": date(2025, 10, 2)}
