"""`make bench` runs: each benchmark script completes on a tiny input and prints its table.

The figures themselves are not asserted (timings do not belong in tests); what is checked is
that the scripts still fit the code they measure, which they call directly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_bench_resolution_runs() -> None:
    out = _run("bench_resolution.py", "--sizes", "40,80", "--probes", "6")
    assert "candidates" in out and "80" in out


def test_bench_web_runs() -> None:
    out = _run("bench_web.py", "--events", "60", "--runs", "1")
    assert "disputes, page 1" in out and "event page" in out


def test_bench_throughput_runs() -> None:
    out = _run("bench_throughput.py", "--articles", "6", "--rss", "20", "40", "--distinct", "10",
               "--no-dask")
    assert "spaCy full pipeline, 1 process (baseline)" in out
    assert "sayso end to end, 1 process" in out and "CPU s by stage" in out
    # each size's child measures its own peak, before and after the closing rebuild
    assert "20 articles" in out and "40 articles" in out and "rebuild MB" in out
