"""`sayso reextract`: a lexicon edit reaches stored articles without re-ingesting them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from sayso.ledger import DB_ENV, Ledger, LedgerError

TEXT = ("date 2025-07-05 Lakeside Gazette\n"
        "The Harbour Agency relayed that Russia returned 40 Ukrainian bodies to Ukraine "
        "on Friday.\n")
COPY = TEXT.replace("Lakeside Gazette", "Hill Post")  # a different outlet line, the same text


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.delenv("SAYSO_LEXICON", raising=False)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(COPY, encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                      "--db", db])
    assert result.exit_code == 0, result.output
    return db


def _claimants(db: str) -> dict[str, list[str]]:
    with Ledger(db) as ledger:
        return {a.id: [c.claimant for c in ledger.claims(a.id)] for a in ledger.articles()}


def test_reextract_applies_a_lexicon_edit_to_stored_articles(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _claimants(store)
    assert sorted(before.values()) == [["SELF"], ["SELF"]]  # the copy carries the same claims
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "actors.tsv").write_text("HARBOUR\tHarbour Agency\tHarbour Agency\n")
    (lexicon / "cues.tsv").write_text("relay\tasserts\n")
    monkeypatch.setenv("SAYSO_LEXICON", str(lexicon))

    result = CliRunner().invoke(app, ["reextract", "--db", store])
    assert result.exit_code == 0, result.output
    assert "2 articles re-extracted, 2 changed" in result.stderr
    assert sorted(_claimants(store).values()) == [["HARBOUR"], ["HARBOUR"]]
    with Ledger(store) as ledger:
        [event] = ledger.events()
        assert event.type == "remains_repatriation"
        assert {c.claimant for c in ledger.claims()} == {"HARBOUR"}

    again = CliRunner().invoke(app, ["reextract", "--db", store])
    assert "2 articles re-extracted, 0 changed" in again.stderr


def test_reextract_named_articles_only_and_unknown_ids(store: str) -> None:
    with Ledger(store) as ledger:
        first = ledger.articles()[0].id
        summary = ledger.reextract([first])
        assert summary.articles == 1 and summary.changed == []
        with pytest.raises(LedgerError, match="no such article: nope"):
            ledger.reextract(["nope"])
    result = CliRunner().invoke(app, ["reextract", "nope", "--db", store])
    assert result.exit_code == 1 and "no such article: nope" in result.stderr
