"""The hand-written gold cases under ``tests/gold``: every claim must match, on every axis.

The cases are short articles in FORMAT.md's format, written for these tests (none comes from the
dev set). `sayso evaluate tests/gold` ingests them together into a scratch store and must score
them perfectly; each file is then scored on its own, so that a failure names the case and lists
what was missed and what was spurious.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from sayso.evaluate import load_gold, read_jsonl, score

GOLD = Path(__file__).parents[1] / "gold"
FILES = sorted(GOLD.glob("*.json"))
PERFECT = ("fact_f1", "attr_f1", "claimant_full_acc", "via_acc", "stance_acc", "grounded",
           "event_date_acc")


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """`sayso evaluate tests/gold`, exactly as a user runs it, keeping its export."""
    out = tmp_path_factory.mktemp("gold") / "predictions.jsonl"
    result = CliRunner().invoke(app, ["evaluate", str(GOLD), "--json", "--export", str(out)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert (metrics["fact_f1"], metrics["attr_f1"], metrics["grounded"]) == (1.0, 1.0, 1.0), (
        {k: metrics[k] for k in PERFECT})
    by_article: dict[str, list[dict]] = {}
    for rec in read_jsonl(out):
        by_article.setdefault(rec["article"], []).append(rec)
    return by_article


def _key(rec: dict) -> tuple:
    return (rec.get("measure"), (rec.get("from") or "").upper(), (rec.get("to") or "").upper(),
            None if rec.get("undisclosed") else rec.get("value"), bool(rec.get("undisclosed")),
            (rec.get("claimant") or "").upper(), tuple(v.upper() for v in rec.get("via") or []),
            rec.get("stance"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gold_case(path: Path, predictions: dict[str, list[dict]]) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    preds = predictions.get(doc["id"], [])
    metrics = score({doc["id"]: doc}, preds)
    gold_keys = {_key(c) for c in doc["claims"]}
    pred_keys = {_key(p) for p in preds}
    detail = (f"\nmissed:   {sorted(gold_keys - pred_keys, key=str)}"
              f"\nspurious: {sorted(pred_keys - gold_keys, key=str)}"
              f"\nmetrics:  { {k: metrics[k] for k in PERFECT} }")
    assert gold_keys == pred_keys, detail
    if not doc["claims"]:  # a case of figures that are not claims: nothing may come out
        return
    for key in PERFECT:
        if key == "event_date_acc" and not doc["events"]:
            continue
        assert metrics[key] == 1.0, f"{key} = {metrics[key]}" + detail


def test_gold_folder_scores_perfectly_as_a_whole(predictions: dict[str, list[dict]]) -> None:
    flat = [rec for recs in predictions.values() for rec in recs]
    metrics = score(load_gold(GOLD), flat)
    for key in ("fact_f1", "attr_f1", "grounded"):
        assert metrics[key] == 1.0, (key, metrics[key])


def test_gold_folder_covers_at_least_eighty_cases() -> None:
    assert len(FILES) >= 80, f"only {len(FILES)} gold cases in {GOLD}"
