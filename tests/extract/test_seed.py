"""Acceptance on the real seed article: through the CLI, scored by the reference scorer."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sayso.extract import extract_claims
from sayso.sources import read_inputs

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "eval" / "dev" / "seed.json"
SCORE = SHARED / "eval" / "score.py"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/eval/dev/seed.json is absent")


def sayso(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "sayso", *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_seed_scores_through_ingest_and_export(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "seed.json").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    db = str(tmp_path / "s.db")
    sayso("--db", db, "ingest", str(folder))
    export = tmp_path / "export.jsonl"
    export.write_text(sayso("--db", db, "export", "--format", "jsonl"), encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORE), str(folder), str(export), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    metrics = json.loads(scored.stdout)
    assert metrics["fact_f1"] == 1.0
    assert metrics["attr_f1"] >= 0.8
    assert metrics["grounded"] == 1.0
    assert metrics["event_date_acc"] == 1.0


def _keys(claims):
    return sorted(
        (
            c.measure,
            c.from_code,
            c.to_code,
            c.value,
            c.undisclosed,
            c.claimant,
            tuple(c.via),
            c.stance,
            c.event_date,
            c.quote,
        )
        for c in claims
    )


def test_raw_text_file_yields_the_same_claims(tmp_path):
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    raw = tmp_path / "seed.txt"
    raw.write_text("date 2025-06-14 Live Tv\n" + gold["text"], encoding="utf-8")
    (from_text,) = list(read_inputs([str(raw)]))
    (from_json,) = list(read_inputs([str(SEED)]))
    assert from_text.published == date(2025, 6, 14) and from_text.outlet == "Live Tv"
    assert from_text.text == from_json.text
    assert _keys(extract_claims(from_text)) == _keys(extract_claims(from_json))


def test_seed_claims_in_detail():
    (article,) = list(read_inputs([str(SEED)]))
    claims = extract_claims(article)
    facts = {(c.measure, c.from_code, c.to_code, c.value, c.undisclosed) for c in claims}
    assert facts == {
        ("remains_returned", "RUS", "UKR", 1200, False),
        ("remains_returned", "UKR", "RUS", 0, False),
        ("prisoners_released", "RUS", "UKR", None, True),
        ("prisoners_released", "UKR", "RUS", None, True),
    }
    kyiv = [c for c in claims if c.claimant == "UKRGOV"]
    assert kyiv and all(c.stance == "acknowledges" and c.value == 1200 for c in kyiv)
    assert any(c.via == ["REUTERS"] and c.claimant == "RUSGOV" for c in claims)
    assert any(c.via == ["RUSMED"] and c.claimant == "RUSMIL" for c in claims)
    assert {c.event_date for c in claims} == {date(2025, 6, 14)}
    for c in claims:
        assert article.text[c.span.start : c.span.end] == c.quote
        assert 0 < c.confidence <= 1 and c.extractor_version
