"""The memoised attribute rules and lemmatizer give exactly what spaCy's own components give."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from sayso.nlp import MODEL, attributes, load

#: New sentences, chosen for the rules the attribute ruler has beyond its tag map: contractions
#: ("gon na", "let 's", "ai n't", "y' all"), "it"/"you"/"I" as subject and object, auxiliaries
#: and "do/have" as main verbs, expletive "there", "but" as an adverb, white space runs.
TEXTS = [
    "Kherson's governor said 14 people were hurt when a drone hit a bus stop on Tuesday.",
    "Y'all gonna hear it from me: I ain't signing, the negotiator told them.  Let's wait.",
    "There were 40 detainees on the list, and there is no word on the rest.\n\nIt gave us it.",
    "Did they have the figures? They did, but only for the first round; you gave them to me.",
    "We gotta check whether the 300 drones were shot down or lost to jamming, he said.",
    "   \n  The ministry, which has not said how many, c'mon, had   prisoners in three camps.",
    "",
    "a",
]


def _attrs(doc) -> list[list[int]]:
    return doc.to_array([POS, MORPH, LEMMA, TAG, DEP, HEAD]).tolist()


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


def test_same_tokens_as_spacy(nlp) -> None:
    ruler = attributes.MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))
    lemmas = attributes.MemoLemmatizer(nlp.get_pipe("lemmatizer"))
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    for doc in docs:
        theirs = nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(doc.copy()))
        ours = lemmas(ruler(doc.copy()))
        assert _attrs(ours) == _attrs(theirs), doc.text


def test_memo_starts_afresh_past_its_size(nlp, monkeypatch) -> None:
    monkeypatch.setattr(attributes, "MEMO_SIZE", 3)
    ruler = attributes.MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS[:3]))
    for doc in docs:
        theirs = nlp.get_pipe("attribute_ruler")(doc.copy())
        assert _attrs(ruler(doc.copy())) == _attrs(theirs)
    assert len(ruler._memo) <= len(docs[-1])


def test_sayso_pipeline_runs_the_memoised_components() -> None:
    names = load().pipe_names
    assert "sayso_attribute_rules" in names and "sayso_lemmas" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    doc = load()("Officials said 12 soldiers were returned.")
    assert {t.lemma_ for t in doc} >= {"official", "say", "soldier", "return"}


def test_known_word_sets_lemmatize_as_spacys_lists() -> None:
    """The lemmatizer's index of known words, made sets, gives the lemmas the lists gave: the
    reference is a pipeline loaded apart, whose tables are untouched."""
    reference = spacy.load(MODEL)
    index = reference.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in index.values())
    ours = load()
    assert all(
        isinstance(words, frozenset)
        for words in ours.get_pipe("lemmatizer").lookups.get_table("lemma_index").values()
    )
    text = ("Shelling flattened the busiest markets; medics said the strongest blasts wounded "
            "dozens, and crews were digging out bodies while ferries carried the injured away.")
    theirs = [(t.text, t.lemma_) for t in reference(text)]
    assert [(t.text, t.lemma_) for t in ours(text)] == theirs
    assert ("bodies", "body") in theirs and ("flattened", "flatten") in theirs
