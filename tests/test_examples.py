"""The bundled example corpus: shipped, readable, and telling one story from several sides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sayso.cli import example_files
from sayso.ledger import Ledger

FOLDER = Path(__file__).parents[1] / "src" / "sayso" / "data" / "examples"


def words(path: Path) -> int:
    if path.suffix == ".json":
        return len(json.loads(path.read_text(encoding="utf-8"))["text"].split())
    if path.suffix == ".html":
        import re

        body = path.read_text(encoding="utf-8").split("<article>")[1].split("</article>")[0]
        return len(re.sub(r"<[^>]+>", " ", body).split())
    return len(path.read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def demo_ledger(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    with Ledger(str(db)) as led:
        summary = led.ingest(example_files())
        yield led, summary


def test_the_package_finds_them() -> None:
    files = example_files()
    assert [f.name for f in files] == sorted(p.name for p in FOLDER.iterdir()
                                             if p.suffix in {".txt", ".html", ".json"})
    assert len(files) == 8
    kinds = sorted(f.suffix for f in files)
    assert kinds.count(".json") == 1 and kinds.count(".html") == 1 and kinds.count(".txt") == 6
    assert "invented" in (FOLDER / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(p.name for p in FOLDER.glob("0*")))
def test_each_is_a_short_article(name: str) -> None:
    path = FOLDER / name
    assert 150 <= words(path) <= 250
    if path.suffix == ".txt":
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("date 2025-07-0")


def test_all_are_stored_with_dates_and_outlets(demo_ledger) -> None:
    led, summary = demo_ledger
    assert (summary.added, summary.skipped) == (8, [])
    articles = led.articles()
    assert len(articles) == 8
    for a in articles:
        assert a.published is not None and a.outlet, a.id
        assert not a.text.startswith("date "), a.id
    assert len({a.outlet for a in articles}) == 6


def test_the_ledger_shows_sides_disagree(demo_ledger) -> None:
    """Once claims are extracted: three events, a contradiction and a figure both sides give."""
    led, _ = demo_ledger
    if not led.claims():
        pytest.skip("the extractor found no claims in the examples yet")
    events = led.events()
    assert {"air_attack", "prisoner_exchange", "remains_repatriation"} <= {e.type for e in events}
    verdicts = {v.verdict for e in events for v in e.verdicts}
    assert "contested" in verdicts or "denied" in verdicts
    assert "corroborated" in verdicts
    for p in led.export_predictions():
        a = next(a for a in led.articles() if a.id == p["article"])
        assert a.text[p["span"][0]:p["span"][1]] == p["quote"]
