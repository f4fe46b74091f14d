"""A process pool gives the very store a single process gives, and streams its input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from scale_helpers import snapshot
from typer.testing import CliRunner

from sayso import parallel
from sayso.cli import app
from sayso.ledger import Ledger
from sayso.records import Article


def test_two_workers_build_the_store_of_one(
    examples: list[Path], tmp_path: Path, always_parallel: None
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in examples:
        shutil.copy(path, corpus / path.name)
    # A verbatim copy inside the run: analysed once, linked to the first, in both modes.
    shutil.copy(examples[0], corpus / "zz-copy.txt")
    runs = {}
    for jobs in (1, 2):
        with Ledger(str(tmp_path / f"jobs{jobs}.db")) as ledger:
            summary = ledger.ingest([corpus], jobs=jobs)
            assert summary.copies == 1 and not summary.skipped
            runs[jobs] = snapshot(ledger)
    assert runs[1]["claims"], "the examples hold claims"
    assert runs[2] == runs[1]


def test_cli_jobs_2_matches_jobs_1(
    examples: list[Path], tmp_path: Path, always_parallel: None
) -> None:
    runner = CliRunner()
    for jobs in ("1", "2"):
        db = str(tmp_path / f"cli{jobs}.db")
        done = runner.invoke(
            app,
            ["ingest", "--jobs", jobs, "--db", db, *map(str, examples)],
            env={"COLUMNS": "200"},  # room for the whole bar: the rate is its last column but one
        )
        assert done.exit_code == 0, done.output
        assert "articles/s" in done.output  # the progress bar's rate (stderr is mixed in)
    with Ledger(str(tmp_path / "cli1.db")) as one, Ledger(str(tmp_path / "cli2.db")) as two:
        assert snapshot(two) == snapshot(one)


def test_reingest_sends_nothing_to_the_workers(
    examples: list[Path], tmp_path: Path, always_parallel: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Ledger(str(tmp_path / "again.db")) as ledger:
        ledger.ingest(examples, jobs=1)
        before = snapshot(ledger)

        def no_runner(jobs: int):
            raise AssertionError("unchanged articles must not be analysed again")

        summary = ledger.ingest(examples, jobs=2, runner=no_runner)
        assert summary.unchanged == len(examples)
        assert snapshot(ledger) == before


def test_input_is_streamed_with_a_bounded_window(always_parallel: None) -> None:
    """Only a few batches are read ahead of what has come back: memory stays flat."""
    read = []

    def stream():
        for i in range(60):
            read.append(i)
            yield Article(id=f"a{i}", text=f"Headline {i}\n\nBody {i}.")

    class Inline:
        """Runs batches in this process, and checks how far reading ran ahead of results."""

        def __init__(self, jobs: int) -> None:
            self.window = jobs * parallel.IN_FLIGHT * parallel.BATCH

        def submit(self, batch):
            return lambda: [[] for _ in batch]

        def close(self) -> None:
            pass

    results = 0
    for _item, claims in parallel.analysed(stream(), lambda a: True, jobs=2, runner=Inline):
        results += 1
        assert claims == []
        assert len(read) - results <= 2 * parallel.IN_FLIGHT * parallel.BATCH + parallel.BATCH
    assert results == 60


def test_a_failing_article_is_skipped_not_fatal(tmp_path: Path, always_parallel: None) -> None:
    class Failing:
        def __init__(self, jobs: int) -> None:
            pass

        def submit(self, batch):
            return lambda: ["worker fell over" for _ in batch]

        def close(self) -> None:
            pass

    arts = [Article(id=f"x{i}", text=f"Title {i}\n\nSome text {i}.") for i in range(3)]
    with Ledger(str(tmp_path / "fail.db")) as ledger:
        summary = ledger.ingest_articles(arts, jobs=2, runner=Failing)
    assert len(summary.skipped) == 3
    assert all("could not be analysed: worker fell over" in s for s in summary.skipped)
