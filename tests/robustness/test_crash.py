"""Crash safety: an ingest SIGKILLed mid-run leaves a store that passes `sayso check`, and
running the same command again finishes the job: the store then equals a clean single run's."""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest
from robust_helpers import CORPUS_SIZE, run, sayso, snapshot

#: A safety net, not a timing test: a hang fails the run instead of stalling CI.
pytestmark = pytest.mark.timeout(600)


def _stored(db: Path) -> int:
    """Articles committed so far (0 while the schema is still being created)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(corpus: Path, baseline, tmp_path):
    db = tmp_path / "killed.db"
    proc = sayso("--db", str(db), "ingest", str(corpus))
    try:
        while _stored(db) < 3 and proc.poll() is None:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    stored = _stored(db)
    assert 3 <= stored < CORPUS_SIZE, f"killed at {stored} of {CORPUS_SIZE}: not mid-run"

    checked = run("--db", str(db), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout == "" and checked.stderr.strip().endswith(": ok")

    again = run("--db", str(db), "ingest", str(corpus))
    assert again.returncode == 0, again.stderr
    summary = again.stderr.strip().splitlines()[-1]
    assert f"{CORPUS_SIZE - stored} added, {stored} unchanged" in summary, summary
    assert run("--db", str(db), "check").returncode == 0
    assert snapshot(str(db)) == baseline


class Killed(BaseException):
    """Stands for the process dying: nothing after it runs, nothing catches it."""


@pytest.mark.parametrize("batch", [1, 2])
def test_death_between_storing_and_grouping_is_finished_by_the_rerun(
    corpus: Path, baseline, tmp_path, monkeypatch, batch: int
):
    """The narrowest window, hit on purpose: articles and their claims are committed, and the
    process dies before they are grouped into events (one at a time, or a batch of two). The
    same ingest, run again, groups them."""
    import sayso.ledger
    from sayso.ledger import Ledger

    monkeypatch.setattr(sayso.ledger, "RESOLVE_BATCH", batch)
    db = str(tmp_path / f"window-{batch}.db")
    real = Ledger.resolve_incremental
    calls = []

    def dies_on_the_third(self, article_ids, stale=()):
        calls.append(list(article_ids))
        if len(calls) == 3:
            raise Killed
        return real(self, article_ids, stale)

    monkeypatch.setattr(Ledger, "resolve_incremental", dies_on_the_third)
    with Ledger(db) as ledger:
        try:
            ledger.ingest([corpus])
        except Killed:
            pass
        else:
            raise AssertionError("incremental grouping was never called")
    monkeypatch.setattr(Ledger, "resolve_incremental", real)
    assert run("--db", db, "check").returncode == 0
    with Ledger(db) as ledger:
        # the third fold's articles: stored, not grouped
        assert len(ledger.store.unresolved_articles()) == batch
        summary = ledger.ingest([corpus])
    assert summary.unchanged == 3 * batch and summary.added == CORPUS_SIZE - 3 * batch
    assert snapshot(db) == baseline
