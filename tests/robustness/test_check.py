"""`sayso check` finds each kind of damage, names it in one line, and exits 1; a sound store
passes with exit 0 and nothing on stdout."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.check import check_store
from sayso.cli import app
from sayso.ledger import Ledger
from sayso.records import Article, Claim, Span

TEXT = "Russia launched 40 drones at Ukraine overnight, Ukraine's air force said on Sunday.\n"


def _claim(article_id: str, event_date=date(2025, 6, 1)) -> Claim:
    return Claim(article_id=article_id, measure="drones_launched", from_code="RUS",
                 to_code="UKR", value=40, span=Span(0, 46), quote=TEXT[0:46],
                 claimant="UKRMIL", event_type="air_attack", event_date=event_date,
                 confidence=0.9)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A sound store: an article, its verbatim copy, their claims and event."""
    path = tmp_path / "sound.db"
    with Ledger(str(path)) as ledger:
        ledger.store.add_article(Article(id="a", text=TEXT), [_claim("a")])
        ledger.store.add_article(Article(id="b", text=TEXT), [_claim("b")], copy_of="a")
        ledger.rebuild_events()
    return path


def _sql(db: Path, *statements: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.execute(statement)


def test_a_sound_store_passes(db: Path):
    report = check_store(str(db))
    assert report.ok, report.problems
    assert report.counts == {"articles": 2, "claims": 2, "events": 1}
    result = CliRunner().invoke(app, ["--db", str(db), "check"])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == "check: 2 articles, 2 claims, 1 events: ok"


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (["UPDATE claims SET quote = 'forty drones' WHERE article_id = 'a'"],
         "claim: #1 of a: quote is not text[0:46]"),
        (["UPDATE claims SET span_end = 5000 WHERE article_id = 'b'"],
         "claim: #2 of b: span 0-5000 outside the text"),
        (["UPDATE claims SET article_id = 'gone' WHERE article_id = 'b'"],
         "claim: #2: its article gone is missing"),
        (["UPDATE claims SET event_id = 'ev-none' WHERE article_id = 'a'"],
         "claim: #1 of a: its event ev-none is missing"),
        (["INSERT INTO events (id, type, parties) VALUES ('ev-empty', 'air_attack', '[]')"],
         "event: ev-empty: no claim belongs to it"),
        (["UPDATE articles SET copy_of = NULL"],
         "duplicate: same text stored as 2 separate articles: a, b"),
        (["UPDATE articles SET text = 'Edited by hand.' WHERE id = 'b'"],
         "article: b: content hash does not match its text"),
        (["DELETE FROM alembic_version", "INSERT INTO alembic_version VALUES ('0001')"],
         "schema: at revision 0001, this sayso expects"),
    ],
    ids=["quote", "span", "article", "event", "empty-event", "duplicate", "hash", "schema"],
)
def test_each_kind_of_damage_is_found(db: Path, damage: list[str], expected: str):
    _sql(db, *damage)
    report = check_store(str(db))
    assert any(p.startswith(expected) for p in report.problems), report.problems
    result = CliRunner().invoke(app, ["--db", str(db), "check"])
    assert result.exit_code == 1
    assert any(line.startswith(expected) for line in result.stdout.splitlines())


def test_a_missing_file_is_a_problem_and_is_not_created(tmp_path: Path):
    path = tmp_path / "nothing.db"
    report = check_store(str(path))
    assert report.problems == [f"database: {path}: no such SQLite file"]
    assert not path.exists()


def test_a_corrupt_file_is_reported_not_raised(tmp_path: Path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database" * 100)
    report = check_store(str(path))
    assert not report.ok and report.problems[0].startswith("database: cannot be read")
