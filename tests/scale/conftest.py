"""Fixtures of the scale tests: a small corpus (the bundled examples), an eager pool."""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso import parallel

EXAMPLES = Path(__file__).parents[2] / "src/sayso/data/examples"


@pytest.fixture
def examples() -> list[Path]:
    """The invented example articles (text, HTML, JSON), in a fixed order."""
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html", ".json"))


@pytest.fixture
def always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send even a handful of articles to the workers (a pool normally waits for 24)."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 0)
    monkeypatch.setattr(parallel, "BATCH", 2)

