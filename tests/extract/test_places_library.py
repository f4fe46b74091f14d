"""Places nobody wrote down, from the library of world towns and provinces (``gazetteer``).

Every sentence here is new: a town or province that ``places.tsv`` lacks must still name its
state, and a word, a person or a disputed place must not.
"""

from __future__ import annotations

from datetime import date

import pytest

from sayso.extract import extract_text
from sayso.extract.gazetteer import _subdivision_names, fold, sites
from sayso.extract.places import place_country, places
from sayso.nlp import load


def facts(body: str) -> list[tuple[str, str | None, str | None, int | None]]:
    text = f"Report\n\n{body}"
    return [
        (c.measure, c.from_code, c.to_code, c.value)
        for c in extract_text(text, published=date(2025, 6, 3), outlet="Test Desk")
    ]


def where(sentence: str, words: str | None = None) -> str | None:
    """The state ``place_country`` reads in a sentence (or in the tokens of ``words`` only)."""
    doc = load()(sentence)
    toks = list(doc)
    if words:
        toks = [t for t in toks if t.text in words.split()]
    return place_country(toks)


@pytest.fixture(autouse=True)
def _bundled_only(monkeypatch):
    monkeypatch.delenv("SAYSO_LEXICON", raising=False)


def test_the_towns_in_these_tests_are_not_hand_written():
    assert not {"sialkot", "nabatieh", "kaliningrad", "khyber pakhtunkhwa"} & set(places())


def test_a_strike_on_a_pakistani_town_only_the_library_knows_kills_pakistanis():
    got = facts(
        "Pakistan and India traded fire again on Tuesday. Four civilians were killed when "
        "shells landed in Sialkot before dawn, a hospital official said."
    )
    assert ("killed", "IND", "PAK", 4) in got


def test_a_strike_on_a_lebanese_town_only_the_library_knows_kills_lebanese():
    got = facts(
        "Lebanon and Israel exchanged accusations on Tuesday. Two people were killed in a "
        "strike on Nabatieh overnight, the health ministry said."
    )
    assert ("killed", "ISR", "LBN", 2) in got


def test_a_region_named_after_a_library_city_places_a_downing():
    got = facts(
        "Russia and Ukraine traded drone attacks. The defence ministry said nine drones were "
        "shot down over the Kaliningrad region overnight."
    )
    assert ("drones_downed", "RUS", "UKR", 9) in got


def test_a_province_places_its_state():
    sentence = "Eleven drones were brought down over Khyber Pakhtunkhwa province on Tuesday."
    assert where(sentence) == "PAK"
    assert where("Two shells hit a market in North Darfur state, killing six.") == "SDN"


def test_a_province_two_states_share_needs_the_article_to_decide():
    assert where("Six drones were downed over Punjab province.") is None
    assert where("Pakistan's army said six drones were downed over Punjab province.") == "PAK"


def test_a_shared_town_name_goes_to_the_state_the_article_names():
    # Hyderabad: a city of India and a smaller one of Pakistan
    assert where("Pakistan's police said a blast hit a bus in Hyderabad.", "Hyderabad") == "PAK"
    assert where("Indian police said a blast hit a bus in Hyderabad.", "Hyderabad") == "IND"
    assert where("Police said a blast hit a bus in Hyderabad.", "Hyderabad") == "IND"  # larger


def test_a_person_named_like_a_city_is_no_place():
    assert where("Florence Okafor, a nurse, said two people died.") is None
    assert where("Florence said the talks would resume on Friday.") is None
    assert where("Two people died in Florence on Friday.") == "ITA"


def test_a_common_word_is_no_place():
    assert where("Mobile footage showed the strike on the bridge.") is None
    assert where("Split between the two camps, the council adjourned.") is None


def test_a_town_after_to_or_with_is_no_place_of_the_event():
    assert where("She moved to Salisbury with her two children in 2021.") is None


def test_a_disputed_division_places_nothing():
    assert where("Three people were killed in Mariupol, officials said.") is None
    assert where("Three people were killed in Melitopol, officials said.") is None
    assert where("Three people were killed in Kharkiv, officials said.") == "UKR"


def test_a_user_place_overrides_the_library(tmp_path, monkeypatch):
    sentence = "Four people were killed in Sialkot, officials said."
    assert where(sentence) == "PAK"
    (tmp_path / "places.tsv").write_text("Sialkot\tIND\tcity\n", encoding="utf-8")
    monkeypatch.setenv("SAYSO_LEXICON", str(tmp_path))
    assert where(sentence) == "IND"


def test_a_user_marks_a_library_town_disputed(tmp_path, monkeypatch):
    sentence = "Four people were killed in Sialkot, officials said."
    (tmp_path / "places.tsv").write_text("Sialkot\tPAK\tdisputed\n", encoding="utf-8")
    monkeypatch.setenv("SAYSO_LEXICON", str(tmp_path))
    assert where(sentence) is None
    assert "sialkot" not in places()


def test_the_index_folds_spellings_and_skips_what_english_never_writes():
    assert fold("Khān Yūnis") == "khan yunis"
    table = sites()
    assert {s[0] for s in table["khan yunis"]} == {"PSE"}
    assert _subdivision_names("Kurskaya oblast'", "RU") == []  # "the Kursk region" is a city
    assert _subdivision_names("Red Sea", "SD") == []
    assert _subdivision_names("Khyber Pakhtunkhwa", "PK") == ["Khyber Pakhtunkhwa"]


def test_the_index_is_built_once_and_read_back_from_the_cache(tmp_path, monkeypatch):
    from sayso.extract import gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(gazetteer, "_build", lambda: {"zarya": [("RUS", 20000, True, "01")]})
    gazetteer.sites.cache_clear()
    try:
        assert gazetteer.sites() == {"zarya": [("RUS", 20000, True, "01")]}
        assert gazetteer._cache_path().is_file()

        def no_build():
            raise AssertionError("rebuilt although cached")

        monkeypatch.setattr(gazetteer, "_build", no_build)
        gazetteer.sites.cache_clear()
        assert gazetteer.sites()["zarya"][0][0] == "RUS"
    finally:
        gazetteer.sites.cache_clear()
