"""Two ingests into one store at once, and a reader polling it all along, on SQLite (WAL) and
on PostgreSQL: the final store equals a sequential run's, and the reader never errors."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from robust_helpers import CORPUS_SIZE, run, sayso, snapshot

from sayso.store import Store

#: A safety net, not a timing test: a hang fails the run instead of stalling CI.
pytestmark = pytest.mark.timeout(600)


def _reader(url: str, stop: threading.Event, seen: list[tuple[int, int]], errors: list) -> None:
    """Reads claims and events in a loop, as `sayso serve` would, until told to stop."""
    try:
        store = None
        while not stop.is_set():
            try:
                store = store or Store(url)
            except Exception as exc:  # the schema may not exist yet: that is not an error
                if "no such table" not in str(exc) and "does not exist" not in str(exc):
                    raise
                time.sleep(0.05)
                continue
            claims, events = store.claims(), store.events()
            assert all(c.quote for c in claims)
            seen.append((len(claims), len(events)))
            time.sleep(0.02)
        if store is not None:
            store.close()
    except BaseException as exc:  # reported by the test, with its type
        errors.append(exc)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_ingests_and_a_reader_at_once(backend, corpus: Path, baseline, tmp_path, request):
    if backend == "sqlite":
        db = str(tmp_path / "shared.db")
    else:
        db = request.getfixturevalue("new_postgres_database")()
    Store(Store.url_for(db)).close()  # the reader needs tables; the writers race on the rest
    files = sorted(str(p) for p in corpus.iterdir())
    stop, seen, errors = threading.Event(), [], []
    reader = threading.Thread(target=_reader, args=(Store.url_for(db), stop, seen, errors))
    reader.start()
    try:
        # Opposite orders: the two writers meet in the middle, on the same articles.
        writers = [sayso("--db", db, "ingest", *files), sayso("--db", db, "ingest", *files[::-1])]
        cli_reads = 0
        while any(w.poll() is None for w in writers):
            listed = run("--db", db, "claims", "--format", "jsonl", timeout=120)
            assert listed.returncode == 0, listed.stderr
            assert all(json.loads(line)["quote"] for line in listed.stdout.splitlines())
            cli_reads += 1
        outputs = [w.communicate(timeout=300) for w in writers]
    finally:
        stop.set()
        reader.join(timeout=120)
    assert not errors, errors
    for writer, (_, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert "skipped" not in err.splitlines()[-1].split(";")[0].replace("0 skipped", "")
    assert seen and cli_reads, "the reader never ran beside the writers"
    added = sum(int(err.strip().splitlines()[-1].split()[1]) for _, err in outputs)
    assert added == CORPUS_SIZE  # each article added once, by one writer or the other
    checked = run("--db", db, "check")
    assert checked.returncode == 0, checked.stdout
    assert snapshot(db) == baseline
