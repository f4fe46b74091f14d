"""A pool worker that dies mid-task fails its article, not the ingest.

The article that kills its worker is real: unpickling it in the worker calls ``os._exit``, so
the process dies exactly as a SIGKILL or an out-of-memory kill would leave it, with no hook in
sayso's code.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from scale_helpers import snapshot

from sayso import parallel
from sayso.ledger import Ledger
from sayso.records import Article
from sayso.sources import read_inputs


class Deadly(Article):
    """An article whose arrival in a worker process ends that process."""

    def __reduce__(self):  # what pickle sends the worker: a call to os._exit
        return (os._exit, (70,))


def _articles(examples: list[Path]) -> list[Article]:
    return [a for a in read_inputs([str(p) for p in examples]) if isinstance(a, Article)]


@pytest.mark.timeout(300)  # the bug was a hang (the old pool waited forever): fail instead
def test_a_killed_worker_fails_its_article_and_the_ingest_goes_on(
    examples: list[Path], tmp_path: Path, always_parallel: None
) -> None:
    articles = _articles(examples)
    deadly = Deadly(
        id="deadly", text="Headline\n\nRussia launched 12 drones at Ukraine on Monday.",
        source="corpus/deadly.txt",
    )
    mixed = articles[:3] + [deadly] + articles[3:]
    with Ledger(str(tmp_path / "pool.db")) as ledger:
        summary = ledger.ingest_articles(mixed, jobs=2)
        assert summary.skipped == [
            f"corpus/deadly.txt: could not be analysed: {parallel.WORKER_DIED}"
        ]
        assert summary.added == len(articles)
        assert ledger.store.get_article("deadly") is None
        killed = snapshot(ledger)
    # Every other article is stored exactly as a run without the deadly one stores it.
    with Ledger(str(tmp_path / "plain.db")) as ledger:
        ledger.ingest_articles(articles, jobs=1)
        assert killed == snapshot(ledger)


class StillbornPool(parallel.PoolRunner):
    """A pool whose workers die as they start, as they would where spaCy cannot load."""

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("forkserver")
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=os._exit, initargs=(3,))


@pytest.mark.timeout(120)
def test_workers_that_cannot_start_stop_the_run_with_a_clear_error(
    examples: list[Path], tmp_path: Path, always_parallel: None
) -> None:
    """Not one pool after another failing each article: one error, and the store is intact."""
    with Ledger(str(tmp_path / "stillborn.db")) as ledger:
        ledger.ingest_articles(_articles(examples)[:1])
        before = snapshot(ledger)
        with pytest.raises(RuntimeError, match="die as they start"):
            ledger.ingest_articles(_articles(examples)[1:], jobs=2, runner=StillbornPool)
        assert ledger.store.counts()["articles"] == 1
        assert snapshot(ledger) == before
