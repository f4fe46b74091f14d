"""Fixtures of the robustness tests: a generated corpus, and its store after one clean run
(helpers to run `sayso` as a separate process, to kill it or race two: robust_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from generated_corpus import build
from robust_helpers import CORPUS_SIZE, snapshot

from sayso.ledger import Ledger


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    build(folder, CORPUS_SIZE)
    return folder


@pytest.fixture(scope="session")
def baseline(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The store after one clean, uninterrupted, single ingest of the corpus."""
    db = tmp_path_factory.mktemp("baseline") / "clean.db"
    with Ledger(str(db)) as ledger:
        summary = ledger.ingest([corpus])
    assert summary.added == CORPUS_SIZE and not summary.skipped
    return snapshot(str(db))
