"""Who speaks, on sentences written for these tests: a state's official news agency is that
state's media even unmarked ("Iran's IRNA said"), "its spokesman" speaks for the body named
before it, and a headline's closing credit after a dash ("… – MoD") names its speaker."""

from datetime import date

import pytest
from extract_helpers import attributed, grounded

PUBLISHED = date(2025, 9, 20)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


# -- a state's official news agency, named without "state-run" or "official", is its MED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israeli jets struck southern Lebanon on Friday. Lebanon's National News Agency "
         "reported that a strike on a house in Nabatieh killed five people.",
         ("killed", "ISR", "LBN", 5, "LBNMED", ())),
        ("Israeli jets struck near Homs overnight. The strikes killed three soldiers, the "
         "Syrian Arab News Agency (SANA) reported.",
         ("killed", "ISR", "SYR", 3, "SYRMED", ())),
        ("Israel struck Iran overnight. According to IRNA, Israeli strikes killed 11 people "
         "in Isfahan.",
         ("killed", "ISR", "IRN", 11, "IRNMED", ())),
        ("Israel struck Iran overnight. Iran's IRNA said the strikes had killed 14 people in "
         "Tabriz.",
         ("killed", "ISR", "IRN", 14, "IRNMED", ())),
        ("A Houthi drone struck a refinery in Jizan on Friday, wounding two workers, the Saudi "
         "Press Agency reported.",
         ("wounded", "YEM", "SAU", 2, "SAUMED", ())),
        ("North Korea's KCNA said South Korean shelling had wounded two soldiers on Friday.",
         ("wounded", "KOR", "PRK", 2, "PRKMED", ())),
        ("Israeli troops raided Jenin on Friday. WAFA said the raid killed four Palestinians.",
         ("killed", "ISR", "PSE", 4, "PSEMED", ())),
        # the parser makes "agency" and "WAFA" two subjects of "reported": one outlet
        ("Israeli troops raided Jenin on Friday. The Palestinian news agency WAFA reported "
         "that the raid killed four Palestinians.",
         ("killed", "ISR", "PSE", 4, "PSEMED", ())),
    ],
)
def test_official_agency_unmarked_is_its_states_media(text: str, want: tuple) -> None:
    assert facts(text) == [want]


def test_official_agency_citing_a_ministry_relays_it():
    got = facts(
        "Israeli jets struck southern Lebanon on Friday. Lebanon's National News Agency, "
        "citing the health ministry, said the strikes killed seven people."
    )
    assert got == [("killed", "ISR", "LBN", 7, "LBNGOV", ("LBNMED",))]


def test_semi_official_agency_not_listed_keeps_its_own_name():
    got = facts(
        "Israel struck Iran overnight. Iran's Tasnim news agency said Israeli strikes had "
        "killed nine people."
    )
    assert got == [("killed", "ISR", "IRN", 9, "TASNIM", ())]


def test_capital_spelled_like_an_agency_is_no_agency():
    got = facts("Israeli jets struck Sanaa on Friday, killing six people, Houthi officials said.")
    assert got == [("killed", "ISR", "YEM", 6, "YEMGOV", ())]


# -- "its spokesman" / "its regional director" speaks for the body "its" refers back to


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israeli strikes hit Khan Younis on Friday. The World Health Organization said "
         "hospitals were overwhelmed. Its regional director said the strikes killed 12 people.",
         ("killed", "ISR", "PSE", 12, "WHO", ())),
        ("Israeli strikes hit Khan Younis on Friday. The World Health Organization said its "
         "teams were there. Its representative said the Israeli strikes killed 12 people.",
         ("killed", "ISR", "PSE", 12, "WHO", ())),
        ("Israeli strikes hit Khan Younis on Friday. The Norwegian Refugee Council said its "
         "staff were safe. Its country director said Israeli strikes killed 12 people.",
         ("killed", "ISR", "PSE", 12, "NRC", ())),
        # the body named as the subject before it in the same sentence
        ("Israeli strikes hit Khan Younis on Friday. The Danish Refugee Council condemned the "
         "strikes, and its spokesman said Israeli strikes killed 12 people.",
         ("killed", "ISR", "PSE", 12, "DRC", ())),
        # the body named last by a bare description ("The agency", "The ministry")
        ("Israeli strikes hit Khan Younis on Friday. The World Health Organization said "
         "hospitals were full. The agency said supplies were short. Its regional director "
         "said the strikes killed 12 people.",
         ("killed", "ISR", "PSE", 12, "WHO", ())),
        ("Russian drones struck Odesa overnight. Ukraine's defence ministry said air defences "
         "were active. The ministry later said the raid had ended. Its spokesman said "
         "Ukrainian forces shot down 30 Russian drones.",
         ("drones_downed", "UKR", "RUS", 30, "UKRMIL", ())),
        # a ministry's spokesman speaks for the ministry, in its role
        ("Russian drones struck Odesa overnight. Ukraine's defence ministry said air defences "
         "were active. Its spokesman said Ukrainian forces shot down 30 Russian drones.",
         ("drones_downed", "UKR", "RUS", 30, "UKRMIL", ())),
    ],
)
def test_its_spokesman_speaks_for_the_body_before(text: str, want: tuple) -> None:
    assert facts(text) == [want]


def test_its_air_force_after_a_country_stays_that_countrys():
    got = facts(
        "Russia launched 80 drones at Ukraine overnight. Ukraine did not comment. Its air "
        "force said it downed 60 drones."
    )
    assert ("drones_downed", "UKR", "RUS", 60, "UKRMIL", ()) in got


def test_its_spokesman_after_no_body_is_left_as_before():
    # "its" has no body to refer back to (the subject before is "The strikes"): unchanged
    got = facts(
        "Israeli strikes hit Khan Younis on Friday. The strikes destroyed homes. Its spokesman "
        "said Israeli strikes killed 12 people."
    )
    assert got == [("killed", "ISR", "PSE", 12, "PSEGOV", ())]


# -- a headline's closing credit after a spaced dash names its speaker

LEDE_RU = (
    "\n\nRussian air defences destroyed {n} Ukrainian drones over the Belgorod region "
    "overnight, the Russian Defence Ministry said."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Russia says it downed 40 Ukrainian drones overnight – MoD",
        "Air defences destroy 40 drones over Belgorod - ministry",
        "Air defences destroy 40 drones over Belgorod — MoD",
        "Russian air defences destroy 40 Ukrainian drones overnight - defence ministry",
    ],
)
def test_headline_credit_after_a_dash_is_its_speaker(headline: str) -> None:
    got = facts(headline + LEDE_RU.format(n=40))
    assert got == [("drones_downed", "RUS", "UKR", 40, "RUSMIL", ())] * 2


def test_headline_credit_army():
    got = facts(
        "Israeli strikes kill 14 in Gaza — army\n\nIsraeli strikes killed 14 people in Gaza "
        "on Friday, the Israeli military said."
    )
    assert got == [("killed", "ISR", "PSE", 14, "ISRMIL", ())] * 2


@pytest.mark.parametrize(
    "headline",
    [
        "Air defences destroy 40 drones over Belgorod",
        "Air defences destroy 40 drones over Belgorod - report",
    ],
)
def test_headline_without_a_credit_stays_the_articles_own(headline: str) -> None:
    got = facts(headline + LEDE_RU.format(n=40))
    assert ("drones_downed", "RUS", "UKR", 40, "SELF", ()) in got


def test_hyphen_inside_a_word_is_no_credit():
    got = facts(
        "Russian-installed officials said Ukrainian shelling killed three people in Donetsk."
    )
    assert got == [("killed", "UKR", "RUS", 3, "RUSGOV", ())]
