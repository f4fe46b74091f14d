"""The `sayso` command as users and evaluators call it: streams, exit codes, --db placement."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app
from sayso.ledger import DB_ENV, Ledger
from sayso.records import Article, Claim, Span

ROOT = Path(__file__).parents[1]
BODY = (
    "Air force says 280 of 300 drones downed\n\n"
    "Russia launched 300 drones at Ukraine overnight, Ukraine's air force said on Sunday. "
    "The air force said its units shot down 280 of them.\n"
)


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.chdir(tmp_path)  # a stray default ./sayso.db lands here, not in the repo
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "attack.txt"
    path.write_text("date 2025-07-06 Kyiv Morning Ledger\n" + BODY, encoding="utf-8")
    return path


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str]:
    """A store with hand-written claims and their event (independent of the extractor)."""
    db = tmp_path / "filled.db"
    with Ledger(str(db)) as led:
        claims = [
            Claim(article_id="a1", measure="drones_launched", from_code="RUS", to_code="UKR",
                  value=300, span=Span(41, 77), quote=BODY[41:77], claimant="UKRMIL",
                  claimant_name="Ukraine's air force", event_type="air_attack",
                  event_date=date(2025, 7, 6), confidence=0.9),
            Claim(article_id="a1", measure="drones_downed", from_code="UKR", to_code="RUS",
                  value=280, approx=None, span=Span(133, 168), quote=BODY[133:168],
                  claimant="UKRMIL", via=["REUTERS"], event_type="air_attack",
                  event_date=date(2025, 7, 6), confidence=0.7),
        ]
        led.store.add_article(Article(id="a1", text=BODY, published=date(2025, 7, 6)), claims)
        (event,) = led.rebuild_events()
    return db, event.id


def invoke(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


# -- --db before or after the subcommand ---------------------------------------------------------


@pytest.mark.parametrize("before", [True, False])
def test_db_before_or_after_subcommand(
    runner: CliRunner, article: Path, tmp_path: Path, before: bool
) -> None:
    db = str(tmp_path / "x.db")

    def cmd(*args: str) -> list[str]:
        return ["--db", db, *args] if before else [args[0], "--db", db, *args[1:]]

    result = invoke(runner, *cmd("ingest", str(article)))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "1 added" in result.stderr
    assert Path(db).exists() and not (tmp_path / "sayso.db").exists()
    for args in (("claims",), ("events",), ("export", "--format", "jsonl")):
        result = invoke(runner, *cmd(*args))
        assert result.exit_code == 0, (args, result.output)
    assert not (tmp_path / "sayso.db").exists()


def test_subcommand_db_beats_the_one_before(runner: CliRunner, article: Path, tmp_path: Path):
    result = invoke(runner, "--db", str(tmp_path / "outer.db"), "ingest", "--db",
                    str(tmp_path / "inner.db"), str(article))
    assert result.exit_code == 0
    assert (tmp_path / "inner.db").exists() and not (tmp_path / "outer.db").exists()


def test_env_db_and_default(runner: CliRunner, article: Path, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    assert invoke(runner, "ingest", str(article)).exit_code == 0
    assert (tmp_path / "sayso.db").exists()
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.db"))
    assert invoke(runner, "ingest", str(article)).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_bad_db_is_one_line_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "--db", str(tmp_path / "no" / "such" / "dir.db"), "events")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot open database")


# -- ingest ------------------------------------------------------------------------------------


def test_bad_inputs_warn_and_exit_0(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = str(tmp_path / "x.db")
    assert invoke(runner, "--db", db, "ingest", str(article)).exit_code == 0
    before = invoke(runner, "--db", db, "export").stdout
    result = invoke(runner, "--db", db, "ingest", str(binary), str(empty), str(article))
    assert result.exit_code == 0
    assert result.stdout == ""
    skipped = [ln for ln in result.stderr.splitlines() if ln.startswith("skipped ")]
    assert len(skipped) == 2
    assert str(binary) in skipped[0] and str(empty) in skipped[1]
    assert "2 skipped" in result.stderr.strip().splitlines()[-1]
    assert invoke(runner, "--db", db, "export").stdout == before


def test_strict_makes_a_skip_an_error(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke(runner, "--db", str(tmp_path / "x.db"), "ingest", "--strict",
                    str(article), str(empty))
    assert result.exit_code == 1
    assert "--strict" in result.stderr and str(empty) in result.stderr
    clean = invoke(runner, "--db", str(tmp_path / "y.db"), "ingest", "--strict", str(article))
    assert clean.exit_code == 0


def test_stdin_and_overrides(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    result = invoke(runner, "--db", db, "ingest", "--published", "2025-07-06",
                    "--outlet", "Pasted", "-", input=BODY)
    assert result.exit_code == 0, result.output
    with Ledger(db) as led:
        (a,) = led.articles()
    assert (a.published, a.outlet, a.text) == (date(2025, 7, 6), "Pasted", BODY)


def test_bad_published_is_a_usage_error(runner: CliRunner, article: Path) -> None:
    result = invoke(runner, "ingest", "--published", "last week", str(article))
    assert result.exit_code == 2


# -- queries and exports -------------------------------------------------------------------------


def test_claims_formats(runner: CliRunner, filled: tuple[Path, str]) -> None:
    db = str(filled[0])
    table = invoke(runner, "--db", db, "claims")
    assert table.exit_code == 0 and "drones_launched" in table.stdout and "UKRMIL" in table.stdout
    as_json = json.loads(invoke(runner, "--db", db, "claims", "--format", "json").stdout)
    lines = invoke(runner, "--db", db, "claims", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(ln) for ln in lines] == as_json
    assert [p["value"] for p in as_json] == [300, 280]
    rows = list(csv.DictReader(io.StringIO(
        invoke(runner, "--db", db, "claims", "--format", "csv").stdout)))
    assert [r["value"] for r in rows] == ["300", "280"] and rows[1]["via"] == "REUTERS"
    only = invoke(runner, "--db", db, "claims", "--article", "nobody", "--format", "json")
    assert json.loads(only.stdout) == []


def test_events_and_show(runner: CliRunner, filled: tuple[Path, str]) -> None:
    db, event_id = str(filled[0]), filled[1]
    table = invoke(runner, "--db", db, "events")
    assert table.exit_code == 0 and event_id in table.stdout
    (ev,) = json.loads(invoke(runner, "--db", db, "events", "--format", "json").stdout)
    assert ev["id"] == event_id and ev["type"] == "air_attack" and ev["date"] == "2025-07-06"
    assert {v["measure"] for v in ev["verdicts"]} == {"drones_launched", "drones_downed"}
    card = invoke(runner, "show", event_id, "--db", db)
    assert card.exit_code == 0
    for words in ("300", "280", "Ukraine's air force", "REUTERS", "asserts", "single-source"):
        assert words in card.stdout
    as_json = json.loads(invoke(runner, "--db", db, "show", event_id, "--format", "json").stdout)
    assert len(as_json["claims"]) == 2


def test_show_unknown_event(runner: CliRunner, filled: tuple[Path, str]) -> None:
    result = invoke(runner, "--db", str(filled[0]), "show", "no-such-event")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no event 'no-such-event' (see `sayso events`)"


def test_export_formats(runner: CliRunner, filled: tuple[Path, str], tmp_path: Path) -> None:
    db = str(filled[0])
    out = invoke(runner, "--db", db, "export", "--format", "jsonl")
    records = [json.loads(ln) for ln in out.stdout.splitlines()]
    assert [r["measure"] for r in records] == ["drones_launched", "drones_downed"]
    for r in records:
        assert {"article", "measure", "from", "to", "value", "undisclosed", "approx",
                "claimant", "via", "stance", "event", "span", "quote", "confidence"} <= set(r)
        assert BODY[r["span"][0]:r["span"][1]] == r["quote"]
    target = tmp_path / "out.csv"
    assert invoke(runner, "--db", db, "export", "--format", "csv", "-o", str(target)).exit_code == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["claimant"] for r in rows] == ["UKRMIL", "UKRMIL"]


# -- demo --------------------------------------------------------------------------------------


def test_demo_prints_the_ledger(runner: CliRunner, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "mine.db"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the demo's own store lands here
    result = invoke(runner, "demo")
    assert result.exit_code == 0, result.output
    assert "Articles" in result.stdout and "┃" in result.stdout  # a Rich table
    assert "Volga Daily Wire" in result.stdout
    assert "8 added" in result.stderr and "0 skipped" in result.stderr
    assert not (tmp_path / "mine.db").exists()  # the demo never writes to the user's store
    assert list(tmp_path.glob("sayso-demo-*/demo.db"))


def test_demo_into_a_given_db(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert invoke(runner, "demo", "--db", str(db)).exit_code == 0
    with Ledger(str(db)) as led:
        assert len(led.articles()) == 8


# -- a real process, as the evaluators run it -------------------------------------------------


def test_python_m_sayso_ingest_and_export(article: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep
           + os.environ.get("PYTHONPATH", "")}
    env.pop(DB_ENV, None)
    db = str(tmp_path / "proc.db")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "sayso", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, stdin=subprocess.DEVNULL,
                              timeout=300)

    ingest = run("--db", db, "ingest", str(article))
    assert ingest.returncode == 0, ingest.stderr
    assert ingest.stdout == "" and "1 added" in ingest.stderr
    first = run("--db", db, "export", "--format", "jsonl")
    again = run("export", "--db", db, "--format", "jsonl")
    assert first.returncode == 0 and again.returncode == 0
    assert first.stdout == again.stdout
    for line in first.stdout.splitlines():
        assert json.loads(line)["article"] == str(article)
    usage = run("--help")
    assert usage.returncode == 0 and "ingest" in usage.stdout and "sayso" in usage.stdout
