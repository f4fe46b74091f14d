"""On a Dask LocalCluster of 2 workers, the claims are exactly those of one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_helpers import snapshot

from sayso.dask_engine import DaskRunner
from sayso.ledger import Ledger
from sayso.parallel import runner_for


@pytest.mark.timeout(300)
def test_local_cluster_of_two_workers_gets_the_single_process_claims(
    examples: list[Path], tmp_path: Path, always_parallel: None
) -> None:
    with Ledger(str(tmp_path / "one.db")) as ledger:
        ledger.ingest(examples, jobs=1)
        one = snapshot(ledger)
    used = []

    def cluster(jobs: int) -> DaskRunner:
        runner = DaskRunner(jobs)
        used.append(len(runner.client.scheduler_info()["workers"]))
        return runner

    with Ledger(str(tmp_path / "dask.db")) as ledger:
        ledger.ingest(examples, jobs=2, runner=cluster)
        assert snapshot(ledger) == one
    assert used == [2]
    assert one["claims"]


def test_engine_choice() -> None:
    assert runner_for("local") is None
    assert callable(runner_for("dask", "tcp://127.0.0.1:8786"))
    with pytest.raises(ValueError, match="unknown engine"):
        runner_for("spark")
    with pytest.raises(ValueError, match="needs --engine dask"):
        runner_for("local", "tcp://127.0.0.1:8786")
