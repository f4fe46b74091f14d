"""sayso's greedy decoder gives exactly the parse and the entities of spaCy's own components."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START

from sayso.nlp import MODEL, load
from sayso.nlp.biluo import token_cases
from sayso.nlp.decoding import HeldGreedyDecoder

#: New text of the kinds sayso reads: datelines, quotes, lists of figures, long sentences, a
#: headline run into its lede, white space runs, a single token and an empty text.
TEXTS = [
    "KHARKIV, Ukraine (Reuters) - Russian glide bombs killed four people and wounded 31 in "
    "Kharkiv on Thursday, regional governor Oleh Syniehubov said, adding that a nursery was hit.",
    '"We handed over 84 servicemen and received 84 of ours," the Coordination Headquarters for '
    "the Treatment of Prisoners of War wrote on Telegram.  The UAE mediated the swap.",
    "The army said it had intercepted 23 of 26 drones launched overnight from Yemen's Houthi-held "
    "north; three fell in open areas near Eilat, and nobody was hurt, according to Magen David "
    "Adom, which did not say how many people were treated for shock.",
    "Ceasefire talks resume in Doha\nQatari and Egyptian mediators met Hamas officials on "
    "Sunday, two sources briefed on the talks told AFP.",
    "   \n  Tuesday,   12 March 2024 -   NATO's Mark Rutte met Volodymyr Zelenskiy in Odesa.",
    "Gaza",
    "",
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


def _attrs(doc) -> list[list[int]]:
    return doc.to_array([DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]).tolist()


@pytest.mark.parametrize("batch", [1, 3, len(TEXTS)])
def test_same_parse_and_entities_as_spacy(nlp, batch: int) -> None:
    with nlp.select_pipes(disable=["parser", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    for name in ("parser", "ner"):
        theirs = list(nlp.get_pipe(name).pipe([d.copy() for d in docs], batch_size=batch))
        ours = list(
            HeldGreedyDecoder(nlp.get_pipe(name)).pipe([d.copy() for d in docs], batch_size=batch)
        )
        for mine, spacys in zip(ours, theirs, strict=True):
            assert _attrs(mine) == _attrs(spacys), (name, mine.text)
        docs = theirs


def test_one_doc_at_a_time(nlp) -> None:
    decoder = HeldGreedyDecoder(nlp.get_pipe("ner"))
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(TEXTS[0])
    assert _attrs(decoder(doc.copy())) == _attrs(nlp.get_pipe("ner")(doc.copy()))
    assert {e.label_ for e in decoder(doc.copy()).ents} >= {"GPE", "PERSON", "DATE", "CARDINAL"}


def test_sayso_pipeline_runs_the_decoder(nlp) -> None:
    names = load().pipe_names
    assert {"sayso_parser", "sayso_ner"} <= set(names)
    assert "parser" not in names and "ner" not in names
    text = "Officials in Kyiv said on Friday that 150 soldiers had come home from Russia."
    doc = load()(text)
    assert _attrs(doc) == _attrs(nlp(text))
    assert {e.label_ for e in doc.ents} >= {"GPE", "DATE", "CARDINAL"}


def test_a_beam_component_is_refused(nlp) -> None:
    parser = nlp.get_pipe("parser")
    parser.cfg["beam_width"] = 4
    try:
        with pytest.raises(ValueError, match="greedy"):
            HeldGreedyDecoder(parser)
    finally:
        parser.cfg["beam_width"] = 1


def test_biluo_table_agrees_with_spacys_validity(nlp) -> None:
    """At every step of decoding new text, the table's valid actions are spaCy's own."""
    ner = nlp.get_pipe("ner")
    steps = HeldGreedyDecoder(ner).biluo
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    with nlp.select_pipes(disable=["ner"]):
        docs = list(nlp.pipe(TEXTS[:5]))
    checked = 0
    for doc in docs:
        cases = token_cases(doc)
        state = ner.moves.init_batch([doc])[0]
        opened = 0
        while not state.is_final():
            row = steps.masks[opened * 8 + cases[state.B(0)]]
            assert row.tolist() == [ner.moves.is_valid(state, n) for n in names]
            # walk the buffer with every kind of step: open, continue, close, unit, out
            choice = next(i for i in (3, 20, 39, 56, 73, 2, 57) if row[i])
            kind, label = names[choice].split("-")[0], names[choice].partition("-")[2]
            ner.moves.apply_transition(state, names[choice])
            opened = {"B": steps.open_of.get(nlp.vocab.strings[label], 0), "L": 0}.get(kind, opened)
            checked += 1
    assert checked > 100


def test_preset_entities_go_to_spacys_own_steps(nlp) -> None:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Kyiv said 40 drones were downed over Odesa on Sunday.")
    doc.ents = [doc.char_span(0, 4, label="GPE")]
    assert token_cases(doc) is None
    decoded = HeldGreedyDecoder(nlp.get_pipe("ner"))(doc.copy())
    assert _attrs(decoded) == _attrs(nlp.get_pipe("ner")(doc.copy()))
    assert decoded.ents[0].text == "Kyiv"
