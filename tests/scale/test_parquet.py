"""Parquet export of claims, events and articles, read back with pyarrow."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from sayso.cli import app
from sayso.ledger import Ledger


def test_export_parquet_reads_back(examples: list[Path], tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--db", db, *map(str, examples)]).exit_code == 0
    out = tmp_path / "parquet"
    done = runner.invoke(app, ["export", "--format", "parquet", "-o", str(out), "--db", db])
    assert done.exit_code == 0, done.output

    claims = pq.read_table(out / "claims.parquet").to_pylist()
    events = pq.read_table(out / "events.parquet").to_pylist()
    articles = pq.read_table(out / "articles.parquet").to_pylist()
    with Ledger(db) as ledger:
        expected = list(ledger.export_predictions())
        assert len(events) == len(ledger.events()) > 0
        assert [a["id"] for a in articles] == [a.id for a in ledger.articles()]
        texts = {a.id: a.text for a in ledger.articles()}
    assert len(claims) == len(expected) > 0
    for row, rec in zip(claims, expected, strict=True):
        assert (row["article"], row["measure"], row["value"], row["claimant"]) == (
            rec["article"], rec["measure"], rec["value"], rec["claimant"]
        )
        assert [row["span_start"], row["span_end"]] == rec["span"]
        assert texts[row["article"]][row["span_start"] : row["span_end"]] == row["quote"]
        assert isinstance(row["undisclosed"], bool)
    schema = pq.read_schema(out / "events.parquet")
    assert str(schema.field("date").type) == "date32[day]"
    assert str(schema.field("parties").type.value_type) == "string"
    assert all(isinstance(e["parties"], list) for e in events)


def test_export_parquet_needs_a_folder(tmp_path: Path) -> None:
    done = CliRunner().invoke(
        app, ["export", "--format", "parquet", "--db", str(tmp_path / "e.db")]
    )
    assert done.exit_code == 1
    assert "needs -o" in done.output
