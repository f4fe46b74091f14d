"""Extraction on a Dask cluster: the same batches as the local pool, sent to Dask workers.

With no scheduler address a ``LocalCluster`` of worker processes (one thread each: spaCy is
not thread-safe to share) is started for the run and closed after it. Each worker process loads
spaCy once (``sayso.nlp.load`` is cached per process); the parent still writes every result to
the store, in input order, so the store is the one a single process would build.
"""

from __future__ import annotations

from collections.abc import Callable

from sayso.parallel import analyse_batch, warm_up
from sayso.records import Article, Claim


class DaskRunner:
    """``sayso.parallel.Runner`` on a Dask cluster (a LocalCluster when no address)."""

    def __init__(self, jobs: int, scheduler: str | None = None) -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=max(1, jobs),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self.client = Client(self.cluster)
        self.client.run(warm_up)

    def submit(self, batch: list[Article]) -> Callable[[], list[list[Claim] | str]]:
        return self.client.submit(analyse_batch, batch, pure=False).result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
