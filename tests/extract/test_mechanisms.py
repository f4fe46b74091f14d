"""The extraction mechanisms on sentences written for these tests (not from the dev set)."""

from datetime import date

import pytest

from sayso import extract

PUBLISHED = date(2025, 7, 5)  # a Saturday


def claims_of(text: str):
    got = extract(text, published=PUBLISHED)
    for c in got:
        assert text[c.span.start : c.span.end] == c.quote, "every claim is grounded"
    return got


def only(text: str):
    got = claims_of(text)
    assert len(got) == 1, got
    return got[0]


def test_cue_with_pronoun_carried_to_the_next_sentence():
    got = claims_of(
        "Ukraine's air force said Russia launched 120 drones at Ukraine overnight. "
        "It said 95 of the drones had been shot down."
    )
    launched = [c for c in got if c.measure == "drones_launched"]
    downed = [c for c in got if c.measure == "drones_downed"]
    assert [(c.from_code, c.to_code, c.value, c.claimant) for c in launched] == [
        ("RUS", "UKR", 120, "UKRMIL")
    ]
    assert [(c.from_code, c.to_code, c.value, c.claimant) for c in downed] == [
        ("UKR", "RUS", 95, "UKRMIL")
    ]
    assert launched[0].event_date == PUBLISHED  # overnight: the morning of publication


def test_spelled_out_figure_and_give_frame_with_recipient():
    c = only(
        "Poland handed over two dozen Belarusian detainees to Belarus on Thursday, "
        "the Polish foreign ministry said."
    )
    assert (c.measure, c.from_code, c.to_code, c.value) == ("prisoners_released", "POL", "BLR", 24)
    assert c.claimant == "POLGOV" and c.via == [] and c.stance == "asserts"
    assert c.event_date == date(2025, 7, 3)


def test_according_to_citing_chain_outermost_first():
    c = only(
        "According to TASS, citing the Russian defence ministry, Ukraine returned "
        "84 Russian servicemen on Friday."
    )
    assert (c.from_code, c.to_code, c.value) == ("UKR", "RUS", 84)
    assert c.claimant == "RUSMIL" and c.via == ["TASS"]
    assert c.event_date == date(2025, 7, 4)


def test_receive_frame_and_undisclosed_count():
    got = claims_of(
        "Kyiv said it had received 640 bodies, but the Kremlin did not say how many "
        "bodies Russia had received."
    )
    keys = {(c.from_code, c.to_code, c.value, c.undisclosed, c.claimant) for c in got}
    assert ("RUS", "UKR", 640, False, "UKRGOV") in keys
    assert ("UKR", "RUS", None, True, "RUSGOV") in keys


def test_each_gives_both_directions_and_reported_makes_the_outlet_the_claimant():
    got = claims_of(
        "Russia and Ukraine each released 150 prisoners on Wednesday, Reuters reported."
    )
    assert {(c.from_code, c.to_code, c.value, c.claimant) for c in got} == {
        ("RUS", "UKR", 150, "REUTERS"),
        ("UKR", "RUS", 150, "REUTERS"),
    }
    assert {c.event_date for c in got} == {date(2025, 7, 2)}


def test_headline_dash_names_the_speaker():
    got = claims_of("Moscow Hands Over 500 Ukrainian Bodies — Peskov\n\nThe talks went on.")
    assert [(c.from_code, c.to_code, c.value, c.claimant) for c in got] == [
        ("RUS", "UKR", 500, "RUSGOV")
    ]


def test_future_plan_is_expected_and_undated():
    c = only("Russia says it will return 2,000 bodies to Ukraine next week, Interfax reported.")
    assert c.stance == "expects" and c.claimant == "RUSGOV" and c.via == ["INTERFAX"]
    assert c.event_date is None


def test_denial():
    c = only("Ukraine denied that Russia had shot down 200 Ukrainian drones over Russia on Friday.")
    assert (c.measure, c.from_code, c.to_code, c.value) == ("drones_downed", "RUS", "UKR", 200)
    assert c.claimant == "UKRGOV" and c.stance == "denies"


@pytest.mark.parametrize(
    "text",
    [
        "The convoy travelled 90 miles in 2024 to reach the border.",
        "About 70 percent of residents stayed, the mayor said.",
        "A 27-year-old soldier was sentenced to 12 years.",
    ],
)
def test_numbers_that_are_not_claims(text):
    assert claims_of(text) == []


def test_bounds():
    c = only("Russia handed more than 300 Ukrainian bodies to Ukraine on Friday, officials said.")
    assert (c.value, c.approx) == (300, "at_least")


def test_tolls_without_a_counted_noun():
    got = claims_of(
        "Death toll in Russian attack on Kyiv rises to nine\n\n"
        "In Kyiv, five killed and 14 wounded, the mayor said."
    )
    keys = {(c.measure, c.from_code, c.to_code, c.value) for c in got}
    assert keys == {
        ("killed", "RUS", "UKR", 9),
        ("killed", "RUS", "UKR", 5),
        ("wounded", "RUS", "UKR", 14),
    }
