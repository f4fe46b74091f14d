"""Extraction spread over worker processes (or a Dask cluster), results back in input order.

The parent reads the inputs as a stream and decides what needs analysis (the ledger's rules:
unchanged and verbatim-copied articles are not analysed again); workers load spaCy once and
turn batches of articles into claims; the parent receives the batches in the order it sent
them and writes to the store in one place. At most a few batches per worker are in flight, so
memory stays flat however long the input is.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Protocol

from sayso.records import Article, Claim

#: Articles per task, parsed as one ``nlp.pipe`` batch (32 runs ~7% faster than 8 on one process:
#: the decoder steps over more states at once), few enough to keep every worker busy.
BATCH = 32
#: Tasks in flight per worker: one running, one queued, one coming back.
IN_FLIGHT = 3
#: Fewer articles needing analysis than this are analysed in the parent: a pool costs a
#: spaCy load per worker, more than a handful of articles take.
MIN_PARALLEL = 24

Item = Any  # an Article or a SourceError, as ``read_inputs`` yields them
Result = tuple[Item, list[Claim] | None]


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_batch(articles: list[Article]) -> list[list[Claim] | str]:
    """Claims of each article (or the one-line reason it failed); runs in a worker.

    The batch is parsed ahead with ``nlp.pipe``, then each article goes through the engine.
    """
    from sayso.extract import extract_claims
    from sayso.extract.prefilter import parse_ahead, wanted_texts
    from sayso.nlp import load

    texts = wanted_texts(articles, extract_claims)
    out: list[list[Claim] | str] = []
    with parse_ahead(load(), texts):
        for article in articles:
            try:
                out.append(extract_claims(article))
            except Exception as exc:  # one article's failure must not stop the batch
                out.append(" ".join(str(exc).split()) or type(exc).__name__)
    return out


def _ready() -> bool:
    """A task that only shows a worker came up (its initialiser ran)."""
    return True


#: A short page in sayso's own words that goes through the reader, the extractors (dateparser
#: included) and the resolver's patterns once, so that a process has loaded what they need
#: before its first real article.
WARM_UP_PAGE = """<html><head><title>Drones hit Odesa overnight</title>
<meta property="article:published_time" content="2025-03-03T09:00:00Z"></head>
<body><article><h1>Drones hit Odesa overnight</h1>
<p>ODESA, March 3 - Russian drones killed two people and wounded 14 in the Odesa region
overnight, the regional governor said on Monday. Ukraine's air force said it had shot down 20
of the 25 drones launched from Kursk late on March 2. Moscow did not say how many of its
troops died.</p></article></body></html>"""


def warm_up() -> None:
    """Load, once per process, what every article needs: the spaCy pipeline, the HTML reader's
    libraries, the lexicons and gazetteers, dateparser's English data and the resolver's
    compiled patterns (most of it loads on first use rather than at import). Workers run it as
    they start; the benchmarks run it outside the clock, as they load the baseline's model."""
    from sayso.extract import extract_claims
    from sayso.extract.gazetteer import sites
    from sayso.nlp import load
    from sayso.resolve.signals import mediators, place_marks
    from sayso.sources.html import read_html

    load()
    article = read_html(WARM_UP_PAGE, "sayso-warm-up")
    extract_claims(article)
    sites()  # the gazetteer of towns and sites, which only some texts reach
    place_marks(article.text)
    mediators(article.text)
    # what is loaded now lives as long as the process: full collections need not walk its
    # quarter of a million objects again (they took 4% of a one-process ingest)
    gc.freeze()


class Runner(Protocol):
    """Something that runs ``analyse_batch`` remotely: submit now, wait for it later."""

    def submit(self, batch: list[Article]) -> Callable[[], list[list[Claim] | str]]: ...

    def close(self) -> None: ...


class InlineRunner:
    """Batches analysed in this process: one process, but still ``nlp.pipe``'s batching."""

    def __init__(self, jobs: int = 1) -> None:
        warm_up()

    def submit(self, batch: list[Article]) -> Callable[[], list[list[Claim] | str]]:
        return lambda: analyse_batch(batch)

    def close(self) -> None:
        pass


#: Why an article failed when the worker process analysing it died (``PoolRunner``).
WORKER_DIED = (
    "the worker process analysing it died (killed, out of memory, or crashed in native code)"
)


class PoolRunner:
    """A process pool; workers come from a fork server that has sayso imported.

    A worker that dies (killed, out of memory, a crash in native code) breaks a
    ``concurrent.futures`` pool, which then fails every batch in flight rather than waiting for
    them forever. The pool is replaced and each failed batch analysed again; a batch that breaks
    the fresh pool too is split into its articles, so that only the article that kills its
    worker fails (with ``WORKER_DIED``) and the rest of the ingest goes on.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["sayso.extract", "sayso.parallel"])
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=warm_up)

    def submit(self, batch: list[Article]) -> Callable[[], list[list[Claim] | str]]:
        pool = self.pool
        try:
            future = pool.submit(analyse_batch, batch)
        except BrokenProcessPool:  # broken since the last batch came back
            self._replace(pool)
            return lambda: self._again(batch)

        def result() -> list[list[Claim] | str]:
            try:
                return future.result()
            except BrokenProcessPool:
                self._replace(pool)
                return self._again(batch)

        return result

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A fresh pool in place of a broken one (once: the other batches it failed find the
        new pool already there). A pool whose workers cannot even start (spaCy failing to load)
        would fail every article one pool at a time: that stops the run instead."""
        if self.pool is not broken:
            return
        broken.shutdown(wait=True, cancel_futures=True)
        self.pool = self._start()
        try:
            self.pool.submit(_ready).result()
        except BrokenProcessPool:
            self.pool.shutdown(wait=True)
            raise RuntimeError(
                "worker processes die as they start (see the error above); what is stored is kept"
            ) from None

    def _run(self, batch: list[Article]) -> list[list[Claim] | str]:
        """Analyse a batch now; ``BrokenProcessPool`` (pool replaced) if a worker dies on it."""
        pool = self.pool
        try:
            return pool.submit(analyse_batch, batch).result()
        except BrokenProcessPool:
            self._replace(pool)
            raise

    def _again(self, batch: list[Article]) -> list[list[Claim] | str]:
        """A batch the pool failed: whole, else article by article."""
        try:
            return self._run(batch)
        except BrokenProcessPool:
            if len(batch) == 1:
                return [WORKER_DIED]
        out: list[list[Claim] | str] = []
        for article in batch:
            try:
                out += self._run([article])
            except BrokenProcessPool:
                out.append(WORKER_DIED)
        return out

    def close(self) -> None:
        self.pool.shutdown(wait=True)


def runner_for(engine: str, scheduler: str | None = None) -> Callable[[int], Runner] | None:
    """The runner factory of the CLI's ``--engine``: None is the local process pool."""
    if engine == "local":
        if scheduler:
            raise ValueError("--scheduler needs --engine dask")
        return None
    if engine == "dask":
        from sayso.dask_engine import DaskRunner

        return lambda jobs: DaskRunner(jobs, scheduler)
    raise ValueError(f"unknown engine {engine!r} (local or dask)")


def analysed(
    items: Iterable[Item],
    needs_analysis: Callable[[Article], bool],
    *,
    jobs: int = 1,
    runner: Callable[[int], Runner] | None = None,
    min_parallel: int | None = None,
) -> Iterator[Result]:
    """Each item with its claims (None where the parent must decide: not analysed here).

    ``needs_analysis`` is asked once per article, in input order, as it is read. With fewer
    than ``min_parallel`` articles to analyse, nothing is analysed here and the caller
    extracts them one by one; with more, ``jobs`` 1 analyses batches in this process.
    """
    # A pool is worth starting for at least one article to analyse, never for none.
    min_parallel = max(1, MIN_PARALLEL if min_parallel is None else min_parallel)
    items = iter(items)
    head: list[Result] = []
    wanted = 0
    for item in items:
        need = isinstance(item, Article) and needs_analysis(item)
        head.append((item, need))  # type: ignore[arg-type]
        wanted += need
        if wanted >= min_parallel:
            break
    if wanted < min_parallel:  # the whole input was read: too little to batch
        for item, _ in head:
            yield item, None
        return
    remote = (runner or (PoolRunner if jobs > 1 else InlineRunner))(jobs)
    try:
        flagged = _chain(head, ((i, isinstance(i, Article) and needs_analysis(i)) for i in items))
        yield from _in_order(flagged, remote, max(1, jobs) * IN_FLIGHT)
    finally:
        remote.close()


def _chain(first: list, rest: Iterator) -> Iterator[tuple[Item, bool]]:
    yield from first
    yield from rest


def _in_order(
    flagged: Iterator[tuple[Item, bool]], remote: Runner, window: int
) -> Iterator[Result]:
    """Send batches of the items that need analysis, keep ``window`` batches in flight, and
    yield every item (analysed or not) in input order."""
    pending: deque[tuple[list[tuple[Item, bool]], Callable[[], list]]] = deque()
    while True:
        chunk = list(islice(flagged, BATCH))
        if chunk:
            batch = [item for item, need in chunk if need]
            waiter = remote.submit(batch) if batch else (lambda: [])
            pending.append((chunk, waiter))
        if pending and (len(pending) >= window or not chunk):
            done_chunk, waiter = pending.popleft()
            results = iter(waiter())
            for item, need in done_chunk:
                yield item, _claims_or_raise(next(results)) if need else None
        if not chunk and not pending:
            return


class AnalysisFailed(Exception):
    """A worker could not analyse an article; the message is its one-line reason."""


def _claims_or_raise(result: list[Claim] | str) -> list[Claim] | AnalysisFailed:
    return AnalysisFailed(result) if isinstance(result, str) else result
