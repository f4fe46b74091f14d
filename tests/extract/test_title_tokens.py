"""An abbreviated title keeps its full stop, so the parser does not end the sentence at it and
the speaker after it is found."""

from __future__ import annotations

from datetime import date

import pytest

from sayso.extract import extract_claims
from sayso.nlp import TITLES, load
from sayso.records import Article


@pytest.mark.parametrize(("text", "claimant"), [
    ("Russian shelling killed three civilians in Kherson on Monday, Ukrainian army Sgt. Ivan "
     "Petrenko said.", "UKRMIL"),
    ("Russian drones killed two people in Sumy overnight, Pres. Volodymyr Zelensky said on "
     "Tuesday.", "UKRGOV"),
    ("Israeli strikes killed 14 people in Gaza on Sunday, Palestinian Amb. Riyad Mansour told the "
     "council.", "PSEGOV"),
    ("Ukrainian forces shot down 20 Russian drones overnight, Brig. Gen. Oleksandr Tarnavskyi "
     "said.", "UKRMIL"),
])
def test_the_speaker_after_a_title_is_found(text: str, claimant: str) -> None:
    claims = extract_claims(Article(id="t", text=text, published=date(2025, 6, 3)))
    assert [c.claimant for c in claims] == [claimant]


def test_titles_are_one_token_and_end_no_sentence() -> None:
    doc = load()("Five soldiers were hurt, Lt. Col. Ann Smith said. Maj. Tom Lee agreed.")
    assert {t.text for t in doc} >= {"Lt.", "Col.", "Maj."}
    assert len(list(doc.sents)) == 2
    assert set(TITLES) >= {"Sgt.", "Pres.", "Amb.", "Min.", "Brig.", "Capt.", "Cmdr."}
    doc = load()("Ten sailors were rescued, Capt. Ana Ruiz said. Cmdr. Li Wei said two were hurt.")
    assert {t.text for t in doc} >= {"Capt.", "Cmdr."}
    assert len(list(doc.sents)) == 2
