"""`sayso evaluate --errors`: missed, spurious and mis-attributed claims, and per-measure scores."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sayso.cli import app
from sayso.evaluate import errors, per_measure

TEXT = ("Kyiv says 40 captives came home\n\n"
        "Ukraine's coordination headquarters said 40 captives came home on Monday. "
        "Moscow has not commented.")


def _gold(claims: list[dict]) -> dict[str, dict]:
    return {"g-1": {"id": "g-1", "url": "https://example.test/g-1", "outlet": "Test Desk",
                    "published": "2025-03-04", "title": TEXT.split("\n")[0], "text": TEXT,
                    "events": [{"id": "e1", "type": "prisoner_exchange", "date": "2025-03-03",
                                "parties": ["RUS", "UKR"]}],
                    "claims": claims}}


def _claim(**over) -> dict:
    rec = {"event": "e1", "measure": "prisoners_released", "from": "RUS", "to": "UKR",
           "value": 40, "claimant": "UKRGOV", "via": [], "stance": "asserts",
           "quote": "40 captives came home on Monday"}
    rec.update(over)
    return rec


def test_errors_lists_missed_spurious_and_wrong_fields() -> None:
    gold = _gold([_claim(), _claim(measure="remains_returned", value=3, quote="40 captives")])
    preds = [
        {**_claim(via=["TASS"]), "article": "g-1"},                    # right fact, wrong chain
        {**_claim(value=41, quote="40 captives came home"), "article": "g-1"},   # spurious
    ]
    [found] = errors(gold, preds)
    assert found["article"] == "g-1"
    assert len(found["missed"]) == 1 and "remains_returned" in found["missed"][0]
    assert len(found["spurious"]) == 1 and " 41 " in found["spurious"][0]
    assert [w["fields"] for w in found["wrong"]] == [["via"]]


def test_errors_is_empty_for_a_perfect_prediction() -> None:
    gold = _gold([_claim()])
    assert errors(gold, [{**_claim(), "article": "https://example.test/g-1"}]) == []


def test_per_measure_scores_each_measure_on_its_own() -> None:
    gold = _gold([_claim(), _claim(measure="remains_returned", value=3)])
    preds = [{**_claim(), "article": "g-1"},
             {**_claim(measure="killed", value=2), "article": "g-1"}]
    table = per_measure(gold, preds)
    assert table["prisoners_released"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1,
                                           "predicted": 1, "hits": 1}
    assert table["remains_returned"]["r"] == 0.0 and table["remains_returned"]["gold"] == 1
    assert table["killed"]["p"] == 0.0 and table["killed"]["predicted"] == 1


def test_cli_errors_runs_the_real_pipeline(tmp_path: Path) -> None:
    gold = _gold([_claim(), _claim(measure="remains_returned", value=3, quote="Moscow")])
    (tmp_path / "g-1.json").write_text(json.dumps(gold["g-1"]), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--errors", "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["per_measure"]["remains_returned"]["hits"] == 0
    [found] = metrics["errors"]
    assert any("remains_returned" in line for line in found["missed"])
    text = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--errors"]).stdout
    assert "per measure (facts):" in text and "MISSED" in text and "== g-1" in text
