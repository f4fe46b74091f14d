"""Every state as a side, and the words that only look like one.

The country table covers every member of the United Nations (and Palestine, Kosovo, Taiwan, the
Holy See). A first name ("Jordan Smith"), a lower-case word ("a turkey farm") or a word inside a
longer name ("Guinea" in "Papua New Guinea") is no state of its own. "Neither side said how many
it fired" holds each side's own figure; a toll "since Monday" has no day of its own; a toll in a
third state, with nobody named, is no part of the main sides' figures. Every sentence here was
written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import headed, outcomes

from sayso.extract.engine import main_parties
from sayso.extract.lexicon import lexicon
from sayso.nlp import load


def claims_of(body: str, published: date = date(2017, 3, 17)):
    return headed(body, published)


def facts(claims) -> set[tuple]:
    return outcomes(claims)


def test_every_member_state_is_known() -> None:
    countries = lexicon().countries
    assert len([c for c in countries if c != "WST"]) >= 197
    for code in ("ETH", "ERI", "SSD", "SDN", "MLI", "NER", "TWN", "XKX", "VAT", "PSE", "TUV"):
        assert code in countries


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("Jordan Smith said the talks had failed.", "Jordan", None),
        ("Israel Katz said the talks had failed.", "Israel", None),
        ("Jordan said the talks had failed.", "Jordan", "JOR"),
        ("Papua New Guinea said the talks had failed.", "Guinea", "PNG"),
        ("Equatorial Guinea said the talks had failed.", "Guinea", "GNQ"),
        ("Guinea said the talks had failed.", "Guinea", "GIN"),
        ("South Sudan said the talks had failed.", "Sudan", "SSD"),
        ("Sudan said the talks had failed.", "Sudan", "SDN"),
        ("South Sudanese officials said the talks had failed.", "Sudanese", "SSD"),
    ],
)
def test_a_word_names_a_state_only_where_it_stands_for_one(sentence, word, code) -> None:
    doc = load()(sentence)
    tok = next(t for t in doc if t.text == word)
    hit = lexicon().country_of_token(tok)
    assert (hit[0] if hit else None) == code


def test_ordinary_words_and_first_names_count_for_no_side() -> None:
    doc = load()(
        "Chad Evans, who runs a turkey farm near the border, said Mali and Niger had closed "
        "the crossing. Mali said Niger had shut it first."
    )
    assert set(main_parties(doc)) == {"MLI", "NER"}
    assert lexicon().country_of_word("turkey") is None
    assert lexicon().country_of_word("china") is None


@pytest.mark.parametrize(
    "body",
    [
        "Ethiopia's army said its air defences shot down 14 Eritrean drones overnight.",
        "Ethiopian air defences destroyed 14 Eritrean drones overnight, the army said.",
    ],
)
def test_newly_known_states_take_sides(body: str) -> None:
    got = claims_of(body)
    assert facts(got) == {("drones_downed", "ETH", "ERI", 14, False)}
    assert got[0].claimant == "ETHMIL"


@pytest.mark.parametrize(
    "body",
    [
        "Cambodia said Thai artillery had killed three of its soldiers on Thursday. Thailand "
        "said Cambodian rockets had killed nine civilians. Neither side has said how many "
        "drones it launched.",
        "Thai officials said Cambodian rockets had killed nine civilians. Cambodia said Thai "
        "shelling had killed three of its soldiers. Neither side said how many drones they "
        "had launched.",
    ],
)
def test_neither_side_withholds_its_own_figure_both_ways(body: str) -> None:
    got = [c for c in claims_of(body) if c.undisclosed]
    assert {(c.from_code, c.to_code, c.claimant) for c in got} == {
        ("THA", "KHM", "THAGOV"),
        ("THA", "KHM", "KHMGOV"),
        ("KHM", "THA", "THAGOV"),
        ("KHM", "THA", "KHMGOV"),
    }


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        ("Thai officials said Cambodian shelling had killed at least 9 civilians in Surin "
         "since Monday.", None),
        ("Thailand said Cambodian rockets had killed 9 civilians since March 13.", None),
        ("Thailand said Cambodian rockets had killed 9 civilians on Monday.", date(2017, 3, 13)),
        ("Thailand said 9 Cambodian drones had been shot down since the evening.",
         date(2017, 3, 17)),
    ],
)
def test_a_toll_since_a_day_has_no_day_of_its_own(body: str, dated) -> None:
    got = claims_of(body)
    assert got and all(c.event_date == dated for c in got)


@pytest.mark.parametrize(
    "tail",
    [
        "Her grandfather fought in Angola, where about 2,000 soldiers died.",
        "His uncle served in the war in Afghanistan, in which some 2,000 soldiers were killed.",
    ],
)
def test_a_toll_in_a_third_state_is_no_part_of_the_main_sides(tail: str) -> None:
    got = claims_of("Armenia said Azerbaijani fire killed two of its soldiers on Tuesday. " + tail)
    assert facts(got) == {("killed", "AZE", "ARM", 2, False)}


def test_a_toll_on_a_side_named_by_the_last_attack_keeps_it() -> None:
    got = claims_of(
        "Armenia said Azerbaijani drones struck a village in Armenia overnight. Two "
        "civilians were killed in Armenia, officials said."
    )
    assert ("killed", "AZE", "ARM", 2, False) in facts(got)


# -- figure leftovers: whose army, lists, plans, the last attack, "from X", "neither X nor Y" --


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Armenia handed over 14 soldiers of the Azerbaijani army on Monday. In return, 14 "
            "soldiers of the armed forces of Armenia were handed over.",
            ("prisoners_released", "AZE", "ARM", 14, False),
        ),
        (
            "Azerbaijan said 12 servicemen of the Armenian army had been returned to Armenia, "
            "and in return 12 members of the forces of Azerbaijan were handed over to Baku.",
            ("prisoners_released", "ARM", "AZE", 12, False),
        ),
    ],
)
def test_prisoners_of_a_states_army_go_home_to_it(body: str, fact: tuple) -> None:
    assert fact in facts(claims_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Armenia has received a list of 45 more soldiers Baku wants back, the ministry said.",
        "Azerbaijan said it had handed Armenia a list of 45 detainees it wanted released.",
    ],
)
def test_people_on_a_wish_list_were_not_moved(body: str) -> None:
    assert not claims_of(body)


def test_people_on_a_list_slated_for_release_are_a_plan() -> None:
    got = claims_of(
        "Armenia and Azerbaijan agreed a swap on Sunday. Baku published a list of 45 Armenian "
        "detainees slated for release on Monday."
    )
    assert [(c.value, c.stance) for c in got] == [(45, "expects")]


@pytest.mark.parametrize(
    "body",
    [
        "Armenia and Azerbaijan swapped prisoners on Monday. The first stage of the deal, "
        "agreed in May, was meant to free 44 Armenian detainees in exchange for 61 "
        "Azerbaijani soldiers.",
        "Armenia and Azerbaijan swapped prisoners on Monday. Under the accord signed in May, "
        "Azerbaijan was supposed to free 44 Armenian detainees in exchange for 61 "
        "Azerbaijani soldiers.",
    ],
)
def test_what_a_deal_was_meant_to_do_is_expected_and_undated(body: str) -> None:
    got = [c for c in claims_of(body) if c.value == 44]
    assert got and all(c.stance == "expects" and c.event_date is None for c in got)


@pytest.mark.parametrize(
    "tail",
    [
        "The Israeli army said one missile had been intercepted.",
        "The Israeli military said its air defences had intercepted one missile.",
    ],
)
def test_a_downing_answers_the_attack_just_told(tail: str) -> None:
    got = claims_of(
        "Israeli strikes on Lebanon killed four people on Thursday, Beirut said. Lebanese "
        "officials said the toll could rise.\n\nYemen's Houthis said they fired two missiles "
        "at Israel overnight. " + tail
    )
    assert ("missiles_downed", "ISR", "YEM", 1, False) in facts(got)


@pytest.mark.parametrize(
    "body",
    [
        "Greece said its navy had destroyed 7 drones coming from Turkey on Friday.",
        "Greek forces shot down 7 drones carrying explosives from Turkey on Friday.",
    ],
)
def test_a_weapon_from_a_state_was_fired_by_it(body: str) -> None:
    assert ("drones_downed", "GRC", "TUR", 7, False) in facts(claims_of(body))


@pytest.mark.parametrize(
    "tail",
    [
        "Neither Chile nor Peru has said how many people were wounded in Tuesday's clash.",
        "Neither Peru nor Chile said how many people were wounded in the clash.",
    ],
)
def test_neither_x_nor_y_are_the_silent_sides(tail: str) -> None:
    got = [
        c for c in claims_of("Bolivia said 3 people were killed by Brazilian fire. " + tail)
        if c.undisclosed
    ]
    assert {(c.from_code, c.to_code, c.claimant) for c in got} == {
        ("CHL", "PER", "CHLGOV"), ("CHL", "PER", "PERGOV"),
        ("PER", "CHL", "CHLGOV"), ("PER", "CHL", "PERGOV"),
    }


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Armenia said its air defences had downed 12 Azerbaijani drones overnight, a day "
         "after Baku shelled the town.", date(2017, 3, 17)),
        ("Armenia said its air defences had downed 12 Azerbaijani drones on Tuesday, two days "
         "after Baku shelled the town.", date(2017, 3, 14)),
    ],
)
def test_a_day_after_another_event_is_not_the_figures_day(body: str, day: date) -> None:
    got = claims_of(body)
    assert [c.event_date for c in got] == [day]


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        (
            "Azerbaijan said 31 Armenian soldiers had been sent home, and Baku said it "
            "received the same number of Azerbaijani troops.",
            ("prisoners_released", "ARM", "AZE", 31, False),
        ),
        (
            "Armenia said it had freed 31 Azerbaijani soldiers on Monday. Baku handed over the "
            "same number of Armenian prisoners.",
            ("prisoners_released", "AZE", "ARM", 31, False),
        ),
    ],
)
def test_the_same_number_restates_the_figure_for_the_other_way(body: str, fact) -> None:
    assert fact in facts(claims_of(body))


def test_the_same_number_as_another_time_is_no_figure() -> None:
    got = claims_of(
        "Armenia said 31 Azerbaijani drones were downed on Monday, the same number as in May."
    )
    assert [c.value for c in got] == [31]


def test_nationals_of_any_member_state_go_home_from_the_last_holder() -> None:
    got = claims_of(
        "Israel released 60 Palestinian prisoners from a jail near Ramallah on Friday. Hamas "
        "freed 24 Israeli hostages in Gaza on Friday, Israel said. Nine Vietnamese nationals "
        "were released too, Hanoi said."
    )
    nine = [c for c in got if c.value == 9]
    assert [(c.from_code, c.to_code, c.claimant) for c in nine] == [("PSE", "VNM", "VNMGOV")]
