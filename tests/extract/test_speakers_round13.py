"""Who speaks, on sentences written for these tests: an abbreviated title ("Gov.", "Lt. Gen.",
"Sen.") places its bearer in the role its full word would, and the tokenizer's split full stop
("Lt" + ".") ends no sentence before the name; and a closing "according to X" after two tallies
joined by "and" speaks for both, not only the one it hangs on."""

from datetime import date

import pytest
from extract_helpers import attributed, headed

from sayso.extract.lexicon import lexicon
from sayso.extract.prefilter import sentences

PUBLISHED = date(2025, 10, 4)  # a Saturday
RAID = "Russia launched a wave of drones at Ukraine overnight. "


def facts(body: str) -> list[tuple]:
    return attributed(headed(body, PUBLISHED))


# -- abbreviated titles


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Five people were injured in the Dnipropetrovsk region, regional Gov. Serhiy Lysak "
         "said.",
         ("wounded", "RUS", "UKR", 5, "UKRGOV", ())),
        ("In the Zaporizhzhia region, three people were killed and nine others were injured "
         "when a missile hit a shop, Gov. Petro Hnatenko said.",
         ("wounded", "RUS", "UKR", 9, "UKRGOV", ())),
        ("Three people were killed in Kherson, Lt. Gen. Petro Hnatenko said.",
         ("killed", "RUS", "UKR", 3, "UKRMIL", ())),
        ("Ukrainian air defences shot down 52 drones, Lt. Gen. Petro Hnatenko said.",
         ("drones_downed", "UKR", "RUS", 52, "UKRMIL", ())),
        ("Ukrainian air defences shot down 52 drones, Gen. Petro Hnatenko said.",
         ("drones_downed", "UKR", "RUS", 52, "UKRMIL", ())),
        ("Two civilians were killed in Sumy, Col. Petro Hnatenko said.",
         ("killed", "RUS", "UKR", 2, "UKRMIL", ())),
        ("Two civilians were killed in Sumy, Sen. Petro Hnatenko said.",
         ("killed", "RUS", "UKR", 2, "UKRGOV", ())),
        # negative: a courtesy title is no office
        ("Ukrainian air defences shot down 52 drones, Mr. Petro Hnatenko said.",
         ("drones_downed", "UKR", "RUS", 52, "UKRGOV", ())),
    ],
)
def test_abbreviated_title_is_the_role(body: str, want: tuple) -> None:
    assert want in facts(RAID + body)


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("regional gov. petro hnatenko", "GOV"),
        ("lt . gen. petro hnatenko", "MIL"),  # the tokenizer split "Lt" from its stop
        ("maj . gen. petro hnatenko", "MIL"),
        ("col . petro hnatenko", "MIL"),
        ("rep. petro hnatenko", "GOV"),
        ("amb . petro hnatenko", "GOV"),
        ("mr. petro hnatenko", None),  # negative: no office
        ("dr . petro hnatenko", None),
    ],
)
def test_roles_data_reads_abbreviations(phrase: str, role: str | None) -> None:
    assert lexicon().role_of(phrase) == role


def test_a_title_stop_ends_no_rough_sentence() -> None:
    text = "Two were killed, Lt. Gen. Petro Hnatenko said. Shelling hit Kyiv. Then it stopped."
    got = [text[s:e].strip() for s, e in sentences(text)]
    assert got == [
        "Two were killed, Lt. Gen. Petro Hnatenko said.", "Shelling hit Kyiv.", "Then it stopped."
    ]


# -- one "according to" over two tallies joined by "and"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Two people died and 11 were wounded in the Odesa region, according to regional "
         "authorities.",
         [("killed", "RUS", "UKR", 2, "UKRGOV", ()), ("wounded", "RUS", "UKR", 11, "UKRGOV", ())]),
        ("Four people were killed and 13 were hurt in Kharkiv, according to local officials.",
         [("killed", "RUS", "UKR", 4, "UKRGOV", ()), ("wounded", "RUS", "UKR", 13, "UKRGOV", ())]),
        ("Three civilians were killed in Kherson and five others were hurt in Nikopol, "
         "according to the regional administration.",
         [("killed", "RUS", "UKR", 3, "UKRGOV", ()), ("wounded", "RUS", "UKR", 5, "UKRGOV", ())]),
    ],
)
def test_closing_marker_covers_tallies_joined_by_and(body: str, want: list) -> None:
    got = facts(RAID + body)
    for w in want:
        assert w in got


def test_closing_marker_stays_with_another_voice() -> None:
    """Negative: "…, and Moscow claims …, according to TASS" is Moscow's clause alone."""
    got = facts(RAID + "Two people died in Odesa, and Moscow claims 11 were wounded in Kursk, "
                "according to TASS.")
    assert ("killed", "RUS", "UKR", 2, "SELF", ()) in got
    assert ("wounded", "RUS", "UKR", 11, "RUSGOV", ("TASS",)) in got


def test_closing_marker_stays_in_a_contrasted_clause() -> None:
    """Negative: "but" sets the second clause against the first."""
    got = facts(RAID + "Two people died in Odesa, but 11 were wounded in Kharkiv, according to "
                "the regional administration.")
    assert ("killed", "RUS", "UKR", 2, "SELF", ()) in got
