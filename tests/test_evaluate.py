"""sayso's own scorer must agree with ``../shared/eval/score.py`` on every metric.

The shared scorer is the reference; these tests run it as a subprocess on the same predictions
and compare key by key: on the gold read as predictions, on a perturbed copy of it, and on what
`sayso evaluate` itself exports.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from sayso.evaluate import METRIC_KEYS, load_gold, score

SHARED = Path(__file__).parents[1].parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "eval" / "dev"

needs_shared = pytest.mark.skipif(
    not (SCORE_PY.is_file() and DEV.is_dir()),
    reason=f"the shared evaluation folder is absent ({SHARED}): nothing to compare against",
)


def reference(gold_dir: Path, predictions: list[dict], tmp_path: Path) -> dict:
    """score.py's metrics for these predictions, run as the evaluators run it."""
    path = tmp_path / "predictions.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    return reference_file(gold_dir, path)


def reference_file(gold_dir: Path, path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold_dir), str(path), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


def gold_as_predictions(gold: dict[str, dict]) -> list[dict]:
    """The gold claims as a perfect system would export them: spans, event dicts, confidence."""
    out = []
    for doc in gold.values():
        events = {e["id"]: e for e in doc["events"]}
        for c in doc["claims"]:
            start = doc["text"].index(c["quote"])
            ev = events[c["event"]]
            out.append({
                **c,
                "article": doc["id"],
                "span": [start, start + len(c["quote"])],
                "event": {"id": ev["id"], "type": ev["type"], "date": ev.get("date")},
                "confidence": 0.9,
            })
    return out


def perturbed(preds: list[dict], gold: dict[str, dict], seed: int = 7) -> list[dict]:
    """A plausible bad system: missed, wrong and extra claims, wrong sides, chains, stances,
    dates, groupings, spans; articles named by url; ties and confidence orders to break."""
    rng = random.Random(seed)
    urls = {doc["id"]: doc.get("url") for doc in gold.values()}
    out: list[dict] = []
    for p in preds:
        p = json.loads(json.dumps(p))
        roll = rng.random()
        if roll < 0.1:
            continue  # missed
        if roll < 0.2:
            p["value"] = (p.get("value") or 0) + 1
        elif roll < 0.3:
            p["claimant"] = rng.choice(["SELF", "RUSGOV", "UKRMIL", "reuters"])
        elif roll < 0.38:
            p["via"] = [] if p.get("via") else ["tass"]
        elif roll < 0.45:
            p["stance"] = "denies" if p.get("stance") != "denies" else "asserts"
        elif roll < 0.52:
            p["event"] = {**p["event"], "date": "2025-01-01"}
        elif roll < 0.6:
            p["event"] = {**p["event"], "id": f"split-{rng.randint(0, 3)}"}
        elif roll < 0.66:
            p["span"] = [p["span"][0] + 1, p["span"][1] + 1]
        elif roll < 0.7:
            p["span"] = None
        elif roll < 0.74:
            p["undisclosed"], p["value"] = True, None
        if rng.random() < 0.15 and urls.get(p["article"]):
            p["article"] = urls[p["article"]]
        p["confidence"] = rng.choice([0.2, 0.5, 0.5, 0.9, None])
        out.append(p)
        if rng.random() < 0.1:  # a repeat with another claimant and confidence: the judged one
            twin = json.loads(json.dumps(p))
            own = twin["claimant"]
            twin["claimant"] = own[:3] + "MIL" if own != "SELF" else "SELF"
            twin["confidence"] = rng.choice([0.1, 0.5, 0.95])
            out.append(twin)
    out.append({"article": "no-such-article", "measure": "killed", "from": "RUS", "to": "UKR",
                "value": 3, "claimant": "SELF", "confidence": 0.5})
    rng.shuffle(out)
    return out


def test_keys_are_score_py_order() -> None:
    result = score({}, [])
    assert tuple(result) == METRIC_KEYS
    assert result["fact_f1"] == 0.0 and result["bcubed_f1"] == 0.0


@needs_shared
def test_gold_as_predictions_scores_one(tmp_path: Path) -> None:
    gold = load_gold(DEV)
    preds = gold_as_predictions(gold)
    mine = score(gold, preds)
    for key in METRIC_KEYS[3:]:
        assert mine[key] == 1.0, key
    assert mine == reference(DEV, preds, tmp_path)


@needs_shared
def test_gold_files_read_as_predictions(tmp_path: Path) -> None:
    """score.py accepts an event given as a bare id and claims with no span."""
    gold = load_gold(DEV)
    preds = [{**c, "article": d["id"]} for d in gold.values() for c in d["claims"]]
    assert score(gold, preds) == reference(DEV, preds, tmp_path)


@needs_shared
@pytest.mark.parametrize("seed", [1, 7, 42])
def test_perturbed_predictions_match_score_py(tmp_path: Path, seed: int) -> None:
    gold = load_gold(DEV)
    preds = perturbed(gold_as_predictions(gold), gold, seed)
    mine = score(gold, preds)
    assert mine == reference(DEV, preds, tmp_path)
    assert 0 < mine["fact_f1"] < 1 and mine["unknown_article"] == 1


@needs_shared
def test_sayso_evaluate_equals_score_py(tmp_path: Path) -> None:
    """The acceptance check: `sayso evaluate GOLD --json` equals score.py on its own export."""
    export = tmp_path / "export.jsonl"
    result = CliRunner().invoke(app, ["evaluate", str(DEV), "--json", "--export", str(export)])
    assert result.exit_code == 0, result.output
    mine = json.loads(result.stdout)
    assert tuple(mine) == METRIC_KEYS
    assert mine["articles"] == len(load_gold(DEV))
    assert mine == reference_file(DEV, export)


@needs_shared
def test_evaluate_a_seed_only_folder(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(DEV / "seed.json", gold / "seed.json")
    export = tmp_path / "export.jsonl"
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--export", str(export)])
    assert result.exit_code == 0, result.output
    assert "fact_f1" in result.stdout and "bcubed_f1" in result.stdout
    for line in export.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["article"] == "seed-2025-06-14"


def test_evaluate_rejects_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "nowhere" in result.stderr
