"""The pre-filter blanks what cannot carry a claim, keeps every offset, and changes no claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso.extract import extract_claims, prefilter
from sayso.nlp import load
from sayso.parallel import analyse_batch
from sayso.sources import read_inputs

TEXT = (
    "Talks resume in Geneva\n\n"
    "The weather in the city was mild and the cafes were full. Sailboats crowded the lake shore. "
    "Street musicians played all afternoon. "
    "Ukraine's air force said 30 drones were shot down overnight.\n\n"
    "A local museum opened a new wing devoted to clocks. Its curator praised the craftsmanship. "
    "Visitors queued around the block for the opening."
)


def test_blanking_keeps_offsets_and_line_breaks() -> None:
    masked = prefilter.blank_unlikely(TEXT)
    assert len(masked) == len(TEXT)
    assert [i for i, ch in enumerate(masked) if ch == "\n"] == [
        i for i, ch in enumerate(TEXT) if ch == "\n"
    ]
    for kept in ("Talks resume in Geneva", "30 drones were shot down", "Street musicians"):
        start = TEXT.index(kept)
        assert masked[start : start + len(kept)] == kept
    # Far from any figure, cue or trigger: not parsed.
    for dropped in ("Sailboats crowded", "curator praised", "Visitors queued"):
        start = TEXT.index(dropped)
        assert masked[start : start + len(dropped)].strip() == ""


def test_window_keeps_the_neighbours_of_a_trigger() -> None:
    narrow = prefilter.blank_unlikely(TEXT, window=0)
    assert "Street musicians" not in narrow and "museum opened" not in narrow
    wide = prefilter.blank_unlikely(TEXT, window=2)
    assert "Sailboats crowded" in wide and "curator praised" in wide
    assert "Visitors queued" not in wide


def test_irregular_forms_of_cue_and_frame_verbs_trigger() -> None:
    # cue and frame verbs are lemmas: "said", "told", "struck", "swapped" are theirs too
    kept = [
        "The mayor said the market would reopen.",
        "An official told reporters nothing more.",
        "The depot was struck before dawn.",
        "The sides swapped lists on Monday.",
    ]
    text = "Notes\n\n" + " The cafes were full. ".join(kept) + " The lake was calm."
    masked = prefilter.blank_unlikely(text, window=0)
    for sentence in kept:
        assert sentence in masked
    assert "The cafes were full" not in masked and "The lake was calm" not in masked


def _articles(examples: list[Path]):
    return [a for a in read_inputs(examples) if not isinstance(a, Exception)]


def _keys(claims):
    return [c.to_prediction() for c in claims]


def test_no_claim_changes_with_the_prefilter(
    examples: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _articles(examples)
    monkeypatch.setattr(prefilter, "ENABLED", False)
    without = [_keys(extract_claims(a)) for a in arts]
    monkeypatch.setattr(prefilter, "ENABLED", True)
    with_filter = [_keys(extract_claims(a)) for a in arts]
    assert any(without)
    assert with_filter == without


def test_batched_parsing_gives_the_claims_of_one_by_one(examples: list[Path]) -> None:
    arts = _articles(examples)
    one_by_one = [_keys(extract_claims(a)) for a in arts]
    assert [_keys(c) for c in analyse_batch(arts)] == one_by_one
    assert prefilter._parsed == {}  # nothing left behind
    texts = prefilter.wanted_texts(arts, extract_claims)
    assert len(texts) == len(arts)
    with prefilter.parse_ahead(load(), texts):
        assert len(prefilter._parsed) == len(set(texts))
