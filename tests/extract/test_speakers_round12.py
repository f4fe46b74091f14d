"""Who speaks, on sentences written for these tests: an outlet named after its description
("Russian state media outlet TASS") is that outlet; "according to X, which cited Y" is Y's
figure relayed by X; "…, state-run news agency TASS reported" relays the sentence although the
parser reads it as a relative clause; and a titled new name ("regional governor Ivan X") is not
the governor met before."""

from datetime import date

import pytest
from extract_helpers import attributed, headed

PUBLISHED = date(2025, 10, 4)  # a Saturday


def facts(body: str) -> list[tuple]:
    return attributed(headed(body, PUBLISHED))


# -- the outlet's own name wins over the description before it


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Russian state media outlet RIA Novosti said Ukrainian shelling had killed three "
         "civilians in Belgorod.",
         ("killed", "UKR", "RUS", 3, "RIA", ())),
        ("According to Russian state media outlet TASS, Ukrainian drones wounded four people "
         "in Kursk.",
         ("wounded", "UKR", "RUS", 4, "TASS", ())),
        ("Ukrainian drones wounded four people in Kursk, Russian state media outlet TASS said.",
         ("wounded", "UKR", "RUS", 4, "TASS", ())),
        # negative: state media named by description only is the state's media
        ("Russian state media said Ukrainian shelling had killed three civilians in Belgorod.",
         ("killed", "UKR", "RUS", 3, "RUSMED", ())),
    ],
)
def test_named_outlet_beats_its_description(body: str, want: tuple) -> None:
    assert want in facts(body)


# -- "according to X, which cited Y": Y speaks, X relays


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("According to OCHA, which cited the health ministry, Israeli strikes killed 27 people "
         "in Gaza on Friday.",
         ("killed", "ISR", "PSE", 27, "PSEGOV", ("UN",))),
        ("Israeli strikes killed 27 people in Gaza on Friday, according to the UN, which cited "
         "the Gaza health ministry.",
         ("killed", "ISR", "PSE", 27, "PSEGOV", ("UN",))),
        ("Russian drones killed six people in Sumy, according to Reuters, which cited the "
         "regional administration.",
         ("killed", "RUS", "UKR", 6, "UKRGOV", ("REUTERS",))),
        # negative: a relative clause that cites no one leaves the marker's source the claimant
        ("According to OCHA, which visited the site, Israeli strikes killed 27 people in Gaza "
         "on Friday.",
         ("killed", "ISR", "PSE", 27, "UN", ())),
    ],
)
def test_marker_source_which_cited(body: str, want: tuple) -> None:
    assert want in facts(body)


# -- a closing "…, state-run news agency TASS reported" read as a relative clause


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Russia's Defence Ministry said its air defences downed 30 Ukrainian drones overnight, "
         "state news agency TASS reported.",
         ("drones_downed", "RUS", "UKR", 30, "RUSMIL", ("TASS",))),
        ("Ukrainian drones wounded three people in Kursk, state-run news agency RIA Novosti "
         "reported.",
         ("wounded", "UKR", "RUS", 3, "RIA", ())),
        # negative: the outlet's clause states something of its own
        ("Russia's Defence Ministry said its air defences downed 30 Ukrainian drones over "
         "Bryansk, a region TASS says is calm.",
         ("drones_downed", "RUS", "UKR", 30, "RUSMIL", ())),
    ],
)
def test_closing_outlet_report_misparsed(body: str, want: tuple) -> None:
    assert want in facts(body)


# -- "…, a figure Kyiv acknowledged": Kyiv takes up Moscow's figure, it does not relay it


@pytest.mark.parametrize(
    "body",
    [
        "Moscow said it had handed over 900 bodies, a figure Kyiv acknowledged.",
        "Moscow said it had handed over 900 bodies, a claim Kyiv confirmed on Friday.",
        "Moscow said it had handed over 900 bodies, a number Kyiv later acknowledged.",
    ],
)
def test_echoing_clause_is_no_relay(body: str) -> None:
    got = facts(body)
    assert ("remains_returned", "RUS", "UKR", 900, "RUSGOV", ()) in got
    assert not any(f[5] for f in got)


def test_outlet_reporting_figures_is_not_an_echo() -> None:
    """Negative: only a confirming or denying cue echoes; an outlet that reports does not."""
    got = facts("Russia's defence ministry said it downed 40 Ukrainian drones, figures TASS "
                "reported.")
    assert not any(f[4] == "TASS" for f in got)


# -- a titled name is a new person, not the role met before


def test_titled_name_is_not_the_governor_met_before() -> None:
    got = facts(
        "Russian drones struck Kharkiv overnight, killing two people, the governor said. "
        "Separately, Ukrainian shelling killed three people in Belgorod, TASS reported, "
        "citing regional governor Vyacheslav Gladkov."
    )
    assert ("killed", "UKR", "RUS", 3, "RUSGOV", ("TASS",)) in got
    assert ("killed", "RUS", "UKR", 2, "UKRGOV", ()) in got


def test_bare_role_is_still_the_one_met_before() -> None:
    got = facts(
        "Russian drones struck Kharkiv overnight, killing two people, the governor said. "
        "The governor later said a second strike had wounded five."
    )
    assert ("wounded", "RUS", "UKR", 5, "UKRGOV", ()) in got
